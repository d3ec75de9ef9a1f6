"""Meeting dates from a council's regular schedule ("2nd and 4th Mondays at 6:00 pm").

The time is local to the council (a zoneinfo name such as ``America/Chicago``) and stays
6:00 pm on the wall clock across daylight-saving changes; the UTC instant moves instead.
A local time that does not exist (the skipped hour in spring) is read with the offset in
force before the change, the way ``zoneinfo`` does for ``fold=0``.

Weeks of the month: ``1``..``5`` count from the start of the month (the 5th only exists
in some months and is skipped in the others), ``-1``..``-5`` or ``last`` from the end.
Ordinal suffixes are accepted ("2nd, 4th"). An empty value means every week.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from organizer.errors import ValidationError
from organizer.i18n import _

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_RANGE_DAYS = 366 * 20  # a guard against a typo in a year turning into millions of dates

_WEEK_TOKEN = re.compile(r"^(-?[1-5])(?:st|nd|rd|th)?$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_weekday(weekday: int | None) -> int:
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise ValidationError(
            _("Choose the weekday the council meets (Monday to Sunday)."), field="schedule_weekday"
        )
    return weekday


def parse_weeks(weeks: str) -> tuple[int, ...]:
    """``"2,4"`` -> ``(2, 4)``; ``"last"`` -> ``(-1,)``; ``""`` -> ``()`` (every week)."""
    result: list[int] = []
    for raw in re.split(r"[,\s]+", weeks.strip().casefold()):
        if not raw:
            continue
        if raw == "last":
            number = -1
        else:
            match = _WEEK_TOKEN.match(raw)
            if not match:
                raise ValidationError(
                    _("“{raw}” is not a week of the month; use numbers 1 to 5 or “last”, "
                      "separated by commas, for example “2,4”.").format(raw=raw),
                    field="schedule_weeks",
                )
            number = int(match.group(1))
        if number not in result:
            result.append(number)
    # From the start of the month first, then from the end, so descriptions read naturally.
    return tuple(sorted(result, key=lambda n: (n < 0, n if n > 0 else -n)))


def parse_local_time(text: str) -> dt.time:
    """``"18:00"`` -> 6:00 pm. 24-hour clock, hours and minutes."""
    match = _TIME.match(text.strip())
    hour, minute = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValidationError(
            _("“{text}” is not a time of day; use the 24-hour clock, for example “18:00” for 6 pm.").format(text=text),
            field="schedule_time",
        )
    return dt.time(hour, minute)


def parse_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            _("“{name}” is not a time zone this computer knows; use a name such as "
              "“America/Chicago”.").format(name=name),
            field="timezone",
        ) from None


def _nth_weekdays(year: int, month: int, weekday: int) -> list[dt.date]:
    first_weekday, days = calendar.monthrange(year, month)
    first = 1 + (weekday - first_weekday) % 7
    return [dt.date(year, month, day) for day in range(first, days + 1, 7)]


def meeting_dates(weekday: int, weeks: str, start: dt.date, end: dt.date) -> list[dt.date]:
    """Local dates of the regular meetings from ``start`` to ``end``, both included."""
    weekday = parse_weekday(weekday)
    wanted = parse_weeks(weeks)
    if end < start:
        raise ValidationError(_("The end date is before the start date."), field="end")
    if (end - start).days > MAX_RANGE_DAYS:
        raise ValidationError(_("Choose a date range of 20 years or less."), field="end")
    dates: list[dt.date] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        in_month = _nth_weekdays(year, month, weekday)
        if wanted:
            # A 5th (or 5th-to-last) weekday exists only in some months: skip it elsewhere.
            picked = {in_month[n - 1 if n > 0 else n] for n in wanted if abs(n) <= len(in_month)}
        else:
            picked = set(in_month)
        dates.extend(d for d in sorted(picked) if start <= d <= end)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dates


def meeting_times(
    weekday: int,
    weeks: str,
    local_time: str,
    timezone: str,
    start: dt.date,
    end: dt.date,
) -> list[dt.datetime]:
    """Aware UTC datetimes of the regular meetings on local dates ``start``..``end`` (inclusive)."""
    at = parse_local_time(local_time)
    zone = parse_timezone(timezone)
    return [
        dt.datetime.combine(day, at, tzinfo=zone).astimezone(dt.UTC)
        for day in meeting_dates(weekday, weeks, start, end)
    ]


def ordinal(n: int) -> str:
    """1 -> "1st", -1 -> "last", -2 -> "2nd-to-last"."""
    if n == -1:
        return "last"
    if n < 0:
        return f"{ordinal(-n)}-to-last"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_clock(at: dt.time) -> str:
    """18:00 -> "6:00 pm"; 12:00 -> "12:00 pm"; 0:30 -> "12:30 am"."""
    hour = at.hour % 12 or 12
    return f"{hour}:{at.minute:02d} {'am' if at.hour < 12 else 'pm'}"


def describe_schedule(weekday: int, weeks: str, local_time: str) -> str:
    """``(0, "2,4", "18:00")`` -> ``"2nd and 4th Mondays at 6:00 pm"``."""
    day = WEEKDAY_NAMES[parse_weekday(weekday)]
    wanted = parse_weeks(weeks)
    clock = format_clock(parse_local_time(local_time))
    if not wanted:
        return f"Every {day} at {clock}"
    names = [ordinal(n) for n in wanted]
    if len(names) == 1:
        return f"{names[0].capitalize()} {day} of the month at {clock}"
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    return f"{listed[0].upper()}{listed[1:]} {day}s at {clock}"
