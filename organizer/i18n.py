"""The command line's and the known errors' sentences in the interface language (Python gettext).

The GUI translates its widgets with Qt's catalogues; everything outside ``organizer/gui``
cannot import Qt, so its sentences go through ``_()`` here, from
``resources/i18n/<code>/LC_MESSAGES/organizer.mo``. The language is chosen as the GUI
chooses it (``config.interface_language``): ORGANIZER_LANG, then a language the GUI set with
``set_language``, then the system locale from LC_ALL, LC_MESSAGES or LANG; English, the
source language, otherwise.

Nothing is read at import: the language is looked up on each call (tests switch it), and a
catalogue is opened the first time a sentence is wanted in that language.
"""

from __future__ import annotations

import functools
import gettext
import os

from organizer import config

DOMAIN = "organizer"
# argparse's own words ("usage:", "error:", "unrecognized arguments") have a catalogue of
# their own, made from the standard library's argparse.py.
ARGPARSE_DOMAIN = "argparse"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_chosen: str | None = None  # set by the GUI from its saved choice, None otherwise


def system_locale() -> str:
    """The locale name the environment gives for messages ("es_US.UTF-8"), or ""."""
    for name in LOCALE_VARIABLES:
        value = os.environ.get(name)
        if value:
            return value
    return ""


def language() -> str:
    """The language code sentences are given in now."""
    return config.interface_language(_chosen, system_locale())


def set_language(code: str | None) -> None:
    """Use ``code`` (the GUI's saved choice) unless ORGANIZER_LANG says otherwise; None forgets it."""
    global _chosen
    _chosen = code or None


def locale_dir() -> os.PathLike[str]:
    return config.translations_dir()


@functools.cache
def translations(code: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The catalogue of ``domain`` in ``code``; the source strings if there is none."""
    if code == config.DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(domain, locale_dir(), languages=[code], fallback=True)


def _(message: str) -> str:
    """``message`` in the interface language. Placeholders are ``{name}``, filled afterwards."""
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations(language()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a sentence for the catalogue where it is defined; ``_()`` translates it where used."""
    return message


def _argparse_gettext(message: str) -> str:
    return translations(language(), ARGPARSE_DOMAIN).gettext(message)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return translations(language(), ARGPARSE_DOMAIN).ngettext(singular, plural, count)


def translate_argparse() -> None:
    """Let argparse's own messages follow the interface language.

    argparse looks its words up with ``gettext.gettext`` in the process-wide default domain,
    whose language only the GNU environment variables choose; it binds the two functions as
    module globals, so replacing them is the one way to make ORGANIZER_LANG apply. In English
    they return the message unchanged, as before.
    """
    import argparse

    argparse._ = _argparse_gettext
    argparse.ngettext = _argparse_ngettext
