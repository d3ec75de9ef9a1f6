"""How the GUI words numbers, durations and times (plain text, never markup), in the
interface's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from organizer.exports.local_time import format_date, format_short_date, format_time
from organizer.gui.i18n import current_language


def counted(n: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` (both already translated, with an {n} in them) for the count n."""
    return (one if n == 1 else many).format(n=n, **values)


def time_left(delta: dt.timedelta) -> str:
    """A countdown a coordinator reads at a glance: "2 days 4 h", "5 h 20 min", "42 min"."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        text = QCoreApplication.translate("format", "{days} days {hours} h") if hours else QCoreApplication.translate("format", "{days} days")
    elif days == 1:
        text = QCoreApplication.translate("format", "1 day {hours} h") if hours else QCoreApplication.translate("format", "1 day")
    elif hours:
        text = QCoreApplication.translate("format", "{hours} h {mins} min") if mins else QCoreApplication.translate("format", "{hours} h")
    else:
        text = QCoreApplication.translate("format", "{mins} min") if mins else QCoreApplication.translate("format", "less than a minute")
    return text.format(days=days, hours=hours, mins=mins)


def clock(value: dt.datetime | dt.time) -> str:
    """7:00 PM / 7:00 p. m.; portable (strftime's %-I is not)."""
    return format_time(value, current_language())


def short_date(value: dt.date) -> str:
    """Mon Jun 9 / lun 9 jun."""
    return format_short_date(value, current_language())


def long_date(value: dt.date) -> str:
    """Monday, June 9, 2026 / lunes 9 de junio de 2026."""
    return format_date(value, current_language())


def date_and_time(value: dt.datetime) -> str:
    """Mon Jun 9, 7:00 PM (in whatever zone ``value`` is in)."""
    return f"{short_date(value)}, {clock(value)}"


def relative_day(value: dt.date, today: dt.date) -> str:
    days = (value - today).days
    if days == 0:
        return QCoreApplication.translate("format", "today")
    if days == 1:
        return QCoreApplication.translate("format", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("format", "yesterday")
    if days < 0:
        return QCoreApplication.translate("format", "{n} days ago").format(n=-days)
    return QCoreApplication.translate("format", "in {n} days").format(n=days)


def mnemonic_safe(text: str) -> str:
    """Button and menu texts treat & as a shortcut marker; user text must not."""
    return text.replace("&", "&&")
