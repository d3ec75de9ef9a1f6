"""Settings declared once, with their defaults, and the places the app keeps its files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "organizer"
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"

# Environment variable that names the database (a path or an SQLAlchemy URL), like --db.
DB_ENV_VAR = "ORGANIZER_DB"
# Tests and portable installs point this at another folder; nothing else should.
DATA_DIR_ENV_VAR = "ORGANIZER_DATA_DIR"

DEFAULT_DB_FILENAME = "campaign.sqlite3"
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
