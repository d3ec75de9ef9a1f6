"""Dates and times as a volunteer reads them, in English or Spanish, in the council's zone.

Written out by hand rather than through ``locale``: the system locale of a campaign laptop
says nothing about the language of the person a message is for.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}


def language_or_english(language: str | None) -> str:
    return language if language in _WEEKDAYS else "en"


def local(moment: dt.datetime, timezone: str) -> dt.datetime:
    return moment.astimezone(ZoneInfo(timezone))


def format_time(moment: dt.datetime, language: str) -> str:
    """6:00 PM / 6:00 p. m. (12-hour clock, as both audiences in Illinois read it)."""
    hour = moment.hour % 12 or 12
    if language_or_english(language) == "es":
        return f"{hour}:{moment.minute:02d} {'a. m.' if moment.hour < 12 else 'p. m.'}"
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def format_date(moment: dt.date, language: str) -> str:
    """Monday, March 9, 2026 / lunes 9 de marzo de 2026."""
    lang = language_or_english(language)
    weekday = _WEEKDAYS[lang][moment.weekday()]
    month = _MONTHS[lang][moment.month - 1]
    if lang == "es":
        return f"{weekday} {moment.day} de {month} de {moment.year}"
    return f"{weekday}, {month} {moment.day}, {moment.year}"


def format_short_date(moment: dt.date, language: str) -> str:
    """Mon Mar 9 / lun 9 mar (for text messages)."""
    lang = language_or_english(language)
    weekday = _WEEKDAYS[lang][moment.weekday()][:3]
    month = _SHORT_MONTHS[lang][moment.month - 1]
    if lang == "es":
        return f"{weekday} {moment.day} {month}"
    return f"{weekday} {month} {moment.day}"


def format_when(moment: dt.datetime, language: str) -> str:
    """Monday, March 9, 2026 at 6:00 PM / lunes 9 de marzo de 2026 a las 6:00 p. m."""
    if language_or_english(language) == "es":
        joiner = " a la " if moment.hour % 12 == 1 else " a las "
    else:
        joiner = " at "
    return format_date(moment.date(), language) + joiner + format_time(moment, language)
