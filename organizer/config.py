"""Settings declared once, with their defaults, and the places the app keeps its files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "organizer"


def _find_resources_dir() -> Path:
    """The shipped resources (fonts, starter content, translations), wherever organizer runs.

    A PyInstaller build unpacks them under ``sys._MEIPASS``; a wheel carries them as
    ``organizer/_resources`` (setup.py copies ``resources/`` there); a source checkout or an
    editable install reads the top-level ``resources/`` folder itself. Every other module
    asks for RESOURCES_DIR rather than building a path of its own.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "organizer" / "_resources"
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES_DIR = _find_resources_dir()
FONTS_DIR = RESOURCES_DIR / "fonts"
STARTER_DIR = RESOURCES_DIR / "starter"

# Environment variable that names the database (a path or an SQLAlchemy URL), like --db.
DB_ENV_VAR = "ORGANIZER_DB"
# Tests and portable installs point this at another folder; nothing else should.
DATA_DIR_ENV_VAR = "ORGANIZER_DATA_DIR"

DEFAULT_DB_FILENAME = "campaign.sqlite3"

# A write or backup killed half-way leaves its temporary copy behind (owner-only, but it can
# hold a speaker's packet); copies this old cannot belong to one still running elsewhere.
STALE_PARTIAL_SECONDS = 3600
AUTOMATIC_BACKUPS_KEPT = 10
SQLITE_BUSY_TIMEOUT_MS = 5000
DEFAULT_WORDS_PER_MINUTE = 130


def data_dir() -> Path:
    """The user's data folder for organizer (not created here)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_FILENAME


# --- interface language --------------------------------------------------------------------
# The interface language: this variable ("en" or "es") first, then the choice saved from the
# View ▸ Language menu (under LANGUAGE_SETTING_KEY), then the system's locale; English otherwise.
LANGUAGE_ENV_VAR = "ORGANIZER_LANG"
LANGUAGE_SETTING_KEY = "view/language"
DEFAULT_LANGUAGE = "en"
INTERFACE_LANGUAGES = {"en": "English", "es": "Español"}


def interface_language(saved: object = None, system_locale: str = "") -> str:
    """The language code to show the interface in, from the sources above in their order.

    ``saved`` is the stored setting ("" or None when the user never chose); ``system_locale``
    is a name like "es_MX". Unknown values fall through to the next source.
    """
    for candidate in (os.environ.get(LANGUAGE_ENV_VAR), saved, system_locale):
        code = str(candidate or "").strip().lower().replace("-", "_").split("_")[0]
        if code in INTERFACE_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def language_forced_by_environment() -> bool:
    """Whether ORGANIZER_LANG names a language, which then outranks the saved choice."""
    value = os.environ.get(LANGUAGE_ENV_VAR, "")
    return value.strip().lower().replace("-", "_").split("_")[0] in INTERFACE_LANGUAGES


def translations_dir() -> Path:
    """Where the compiled catalogues (organizer_<code>.qm) ship."""
    return RESOURCES_DIR / "i18n"
