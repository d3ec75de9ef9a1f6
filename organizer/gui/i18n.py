"""The interface language: which one to show, and Qt's translators for it.

Translators must be installed before any widget is built, because widgets translate their
text once, as they are made; a change of language therefore applies on the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from organizer import config
from organizer import i18n as text_i18n  # gettext, for the sentences of the layers below

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_locale_before: QLocale | None = None  # restored when the translators are removed


def saved_language(settings: QSettings | None = None) -> str:
    """The language chosen in the menu, or "" when the user never chose one."""
    value = (settings or QSettings()).value(config.LANGUAGE_SETTING_KEY, "")
    return str(value or "")


def save_language(code: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(config.LANGUAGE_SETTING_KEY, code)


def chosen_language(settings: QSettings | None = None) -> str:
    return config.interface_language(saved_language(settings), QLocale.system().name())


def current_language() -> str:
    """The language the interface is showing now ("en" until a translator is installed)."""
    return _current


_current = config.DEFAULT_LANGUAGE


def install_translators(language: str) -> bool:
    """Show the interface in ``language`` from now on; False if its catalogue is missing.

    Qt's own catalogue (qtbase) translates the standard buttons and dialogs (OK, Cancel,
    the file chooser), ours everything else.
    """
    global _current, _locale_before
    remove_translators()
    if language == config.DEFAULT_LANGUAGE:
        text_i18n.set_language(language)
        return True
    app = QCoreApplication.instance()
    ours = QTranslator(app)
    if not ours.load(str(config.translations_dir() / f"organizer_{language}.qm")):
        log.warning("no %s catalogue in %s; the interface stays in English", language, config.translations_dir())
        return False
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    _locale_before = QLocale()
    QLocale.setDefault(QLocale(language))
    # The services' sentences (an error shown in a message box) follow the same choice.
    text_i18n.set_language(language)
    _current = language
    return True


def remove_translators() -> None:
    global _current, _locale_before
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    text_i18n.set_language(None)
    _current = config.DEFAULT_LANGUAGE
