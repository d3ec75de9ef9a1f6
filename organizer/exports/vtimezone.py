"""VTIMEZONE components (RFC 5545 §3.6.5) computed from the system's zoneinfo data.

icalendar's ``Timezone.from_tzid`` writes the spring-forward onset as the local time
*after* the change (03:00 for America/Chicago), while the RFC reads an observance's DTSTART
in its TZOFFSETFROM offset (02:00), so its daylight onsets come out an hour late. This
module finds each transition instant and writes the onset in the offset in force before
it. Where the transitions follow a yearly "n-th weekday of a month" pattern, as US and EU
rules do, the observance gets the RRULE that calendar programs expect (and that keeps
working after the last year asked for); otherwise it lists each onset as an RDATE.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import icalendar

_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    instant: dt.datetime  # UTC
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    is_dst: bool
    name: str

    @property
    def onset(self) -> dt.datetime:
        """The local wall time of the change, read in the offset before it (naive)."""
        return (self.instant + self.offset_from).replace(tzinfo=None)


def transitions(zone: dt.tzinfo, first_year: int, last_year: int) -> list[Transition]:
    """Every change of UTC offset from 1 January of ``first_year`` to the end of ``last_year``."""
    start = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last_year + 1, 1, 1, tzinfo=dt.UTC)
    found = []
    step = dt.timedelta(hours=6)  # shorter than the time between any two real transitions
    before = start
    offset_before = before.astimezone(zone).utcoffset()
    while before < end:
        after = before + step
        offset_after = after.astimezone(zone).utcoffset()
        if offset_after != offset_before:
            instant = _first_moment_with(zone, before, after, offset_after)
            local = instant.astimezone(zone)
            found.append(
                Transition(
                    instant=instant,
                    offset_from=offset_before,
                    offset_to=offset_after,
                    is_dst=bool(local.dst()),
                    name=local.tzname() or "",
                )
            )
        before, offset_before = after, offset_after
    return found


def _first_moment_with(zone: dt.tzinfo, low: dt.datetime, high: dt.datetime, offset) -> dt.datetime:
    """Binary search to the second for the instant the new offset starts."""
    while high - low > dt.timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle.astimezone(zone).utcoffset() == offset:
            high = middle
        else:
            low = middle
    return high


def _yearly_rule(group: list[Transition], last_year: int) -> dict | None:
    """An RRULE for the onsets if they are the same n-th (or last) weekday each year."""
    onsets = [t.onset for t in group]
    years = [o.year for o in onsets]
    if len(onsets) < 2 or years != list(range(years[0], years[0] + len(years))):
        return None
    if len({(o.month, o.weekday(), o.time()) for o in onsets}) != 1:
        return None
    first = onsets[0]
    weekday = _WEEKDAY_CODES[first.weekday()]
    nths = {(o.day - 1) // 7 + 1 for o in onsets}
    is_last = all(o.day + 7 > month_calendar.monthrange(o.year, o.month)[1] for o in onsets)
    if len(nths) == 1:
        byday = f"{nths.pop()}{weekday}"
    elif is_last:
        byday = f"-1{weekday}"
    else:
        return None
    rule = {"FREQ": "YEARLY", "BYMONTH": first.month, "BYDAY": byday}
    if years[-1] < last_year:  # the zone changed its rules inside the range
        rule["UNTIL"] = group[-1].instant
    return rule


@lru_cache(maxsize=32)
def _cached_transitions(tzid: str, first_year: int, last_year: int) -> tuple[Transition, ...]:
    return tuple(transitions(ZoneInfo(tzid), first_year, last_year))


def vtimezone(tzid: str, first_year: int, last_year: int) -> icalendar.Timezone:
    """The VTIMEZONE for ``tzid``, exact for every instant from ``first_year`` to ``last_year``.

    Transitions of the year before are included, so that 1 January of ``first_year`` falls
    after an onset (a calendar program has no rule for times before the first one).
    """
    zone = ZoneInfo(tzid)
    component = icalendar.Timezone()
    component.add("TZID", tzid)
    found = _cached_transitions(tzid, first_year - 1, last_year)
    range_start = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    if not found or found[0].instant > range_start:
        # No change early enough to say which offset holds at the start: state it.
        start = dt.datetime(first_year - 1, 1, 1, tzinfo=zone)
        observance = icalendar.TimezoneDaylight() if start.dst() else icalendar.TimezoneStandard()
        observance.add("DTSTART", start.replace(tzinfo=None))
        observance.add("TZOFFSETFROM", start.utcoffset())
        observance.add("TZOFFSETTO", start.utcoffset())
        observance.add("TZNAME", start.tzname() or tzid)
        component.add_component(observance)

    groups: dict[tuple, list[Transition]] = {}
    for transition in found:
        key = (transition.is_dst, transition.offset_from, transition.offset_to, transition.name)
        groups.setdefault(key, []).append(transition)
    for (is_dst, offset_from, offset_to, name), group in groups.items():
        observance = icalendar.TimezoneDaylight() if is_dst else icalendar.TimezoneStandard()
        observance.add("DTSTART", group[0].onset)
        observance.add("TZOFFSETFROM", offset_from)
        observance.add("TZOFFSETTO", offset_to)
        if name:
            observance.add("TZNAME", name)
        rule = _yearly_rule(group, last_year)
        if rule is not None:
            observance.add("RRULE", rule)
        else:
            for transition in group[1:]:
                observance.add("RDATE", transition.onset)
        component.add_component(observance)
    return component
