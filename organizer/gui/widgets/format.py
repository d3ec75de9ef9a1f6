"""How the GUI words numbers, durations and times (plain text, never markup)."""

from __future__ import annotations

import datetime as dt


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def time_left(delta: dt.timedelta) -> str:
    """A countdown a coordinator reads at a glance: "2 days 4 h", "5 h 20 min", "42 min"."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        return f"{days} days {hours} h" if hours else f"{days} days"
    if days == 1:
        return f"1 day {hours} h" if hours else "1 day"
    if hours:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    return f"{mins} min" if mins else "less than a minute"


def clock(value: dt.datetime | dt.time) -> str:
    """7:00 PM; portable (strftime's %-I is not)."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def short_date(value: dt.date) -> str:
    return f"{value:%a %b} {value.day}"


def long_date(value: dt.date) -> str:
    return f"{value:%A, %B} {value.day}, {value.year}"


def date_and_time(value: dt.datetime) -> str:
    """Mon Jun 9, 7:00 PM (in whatever zone ``value`` is in)."""
    return f"{short_date(value)}, {clock(value)}"


def relative_day(value: dt.date, today: dt.date) -> str:
    days = (value - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days < 0:
        return f"{-days} days ago"
    return f"in {days} days"


def mnemonic_safe(text: str) -> str:
    """Button and menu texts treat & as a shortcut marker; user text must not."""
    return text.replace("&", "&&")
