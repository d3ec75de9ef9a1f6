"""A council's published calendar (.ics, RFC 5545) read into plain event records.

City feeds list one VEVENT per meeting, but calendars kept in Google or Outlook often hold
one repeating event instead. Repeating events are expanded within a window (a year either
side of today unless told otherwise), each occurrence getting the UID
``<series UID>#<local date>`` so that re-importing recognises it even if the series' time of
day changes. Occurrences moved or cancelled individually (RECURRENCE-ID) replace the
generated ones.

Times without a zone ("floating") are taken in the calendar's X-WR-TIMEZONE if it has one,
else in ``default_timezone`` (the council's). All-day events have no time to put a meeting
at and are skipped, with the reason, like events without a UID.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from dateutil.rrule import rrulestr

from organizer.domain.text import without_control_characters
from organizer.errors import ValidationError
from organizer.i18n import _

DEFAULT_TIMEZONE = "America/Chicago"
EXPANSION_DAYS = 366
MAX_OCCURRENCES = 1000  # per repeating event: a runaway rule must not fill the database


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: dt.datetime  # aware
    end: dt.datetime | None
    summary: str
    location: str
    description: str
    status: str  # "CONFIRMED", "TENTATIVE", "CANCELLED" or "" (upper case)


@dataclass(frozen=True)
class SkippedEvent:
    uid: str
    summary: str
    reason: str


@dataclass
class ParsedCalendar:
    name: str
    events: list[CalendarEvent] = field(default_factory=list)
    skipped: list[SkippedEvent] = field(default_factory=list)


def parse_ics(
    data: bytes,
    *,
    default_timezone: str = DEFAULT_TIMEZONE,
    expand_from: dt.datetime | None = None,
    expand_until: dt.datetime | None = None,
) -> ParsedCalendar:
    """Events of a calendar file, sorted by start. Raises ValidationError for a non-calendar."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise ValidationError(_("This file is not an iCalendar (.ics) calendar.")) from exc
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise ValidationError(_("This file is not an iCalendar (.ics) calendar."))

    floating_zone = _zone(str(calendar.get("X-WR-TIMEZONE", "")) or default_timezone, default_timezone)
    now = dt.datetime.now(dt.UTC)
    window = (
        expand_from or now - dt.timedelta(days=EXPANSION_DAYS),
        expand_until or now + dt.timedelta(days=EXPANSION_DAYS),
    )
    result = ParsedCalendar(name=str(calendar.get("X-WR-CALNAME", "")))

    masters: dict[str, icalendar.Event] = {}
    overrides: dict[str, list[icalendar.Event]] = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", "")).strip()
        if not uid:
            result.skipped.append(
                SkippedEvent("", _text(event, "SUMMARY"), _("it has no UID, so it could not be updated later"))
            )
            continue
        if event.get("RECURRENCE-ID") is not None:
            overrides.setdefault(uid, []).append(event)
        else:
            masters[uid] = event

    for uid, event in masters.items():
        start = _start(event, floating_zone)
        if start is None:
            result.skipped.append(SkippedEvent(uid, _text(event, "SUMMARY"), _why_no_start(event)))
            continue
        if event.get("RRULE") is None:
            overrides.pop(uid, None)  # moves of a single event: the event itself is current
            result.events.append(_record(uid, event, start, floating_zone))
            continue
        try:
            result.events.extend(_expand(uid, event, start, overrides.pop(uid, []), floating_zone, window))
        except (ValueError, TypeError) as exc:
            result.skipped.append(
                SkippedEvent(uid, _text(event, "SUMMARY"), _("its repeat rule could not be read ({exc})").format(exc=exc))
            )
    # Moved occurrences whose series is not in the file still describe real meetings.
    for uid, events in overrides.items():
        for event in events:
            start = _start(event, floating_zone)
            if start is not None:
                recurrence = _recurrence_id(event, floating_zone)
                result.events.append(_record(_occurrence_uid(uid, recurrence or start), event, start, floating_zone))
    result.events.sort(key=lambda e: (e.start, e.uid))
    return result


def _zone(name: str, fallback: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(fallback)


def _text(event: icalendar.Event, name: str) -> str:
    value = event.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # a repeated property: keep the first
        value = value[0]
    # Cleaned as typed text is: a feed's control characters would otherwise reach the
    # database (PostgreSQL refuses NUL) and the printed packets.
    return without_control_characters(str(value)).strip()


def _as_aware(value: object, zone: dt.tzinfo) -> dt.datetime | None:
    if not isinstance(value, dt.datetime):
        return None  # a DATE: all day
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def _start(event: icalendar.Event, zone: dt.tzinfo) -> dt.datetime | None:
    if event.get("DTSTART") is None:
        return None
    try:
        return _as_aware(event.decoded("DTSTART"), zone)
    except (ValueError, TypeError, KeyError):
        return None


def _why_no_start(event: icalendar.Event) -> str:
    try:
        value = event.decoded("DTSTART") if event.get("DTSTART") is not None else None
    except (ValueError, TypeError, KeyError):
        value = None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return _("it is an all-day event with no start time")
    return _("its start date and time could not be read")


def _end(event: icalendar.Event, start: dt.datetime, zone: dt.tzinfo) -> dt.datetime | None:
    """The end, or None when there is none or it cannot be read (meetings need only a start)."""
    try:
        if event.get("DTEND") is not None:
            return _as_aware(event.decoded("DTEND"), zone)
        if event.get("DURATION") is not None:
            duration = event.decoded("DURATION")
            if isinstance(duration, dt.timedelta):
                return start + duration
    except (ValueError, TypeError, KeyError):
        pass
    return None


def _recurrence_id(event: icalendar.Event, zone: dt.tzinfo) -> dt.datetime | None:
    try:
        return _as_aware(event.decoded("RECURRENCE-ID"), zone)
    except (ValueError, TypeError, KeyError):
        return None


def _record(uid: str, event: icalendar.Event, start: dt.datetime, zone: dt.tzinfo) -> CalendarEvent:
    return CalendarEvent(
        uid=uid,
        start=start,
        end=_end(event, start, zone),
        summary=_text(event, "SUMMARY"),
        location=_text(event, "LOCATION"),
        description=_text(event, "DESCRIPTION"),
        status=_text(event, "STATUS").upper(),
    )


def _occurrence_uid(uid: str, start: dt.datetime) -> str:
    return f"{uid}#{start.strftime('%Y%m%d')}"


def _dates(event: icalendar.Event, name: str, zone: dt.tzinfo) -> Iterable[dt.datetime | dt.date]:
    value = event.get(name)
    if value is None:
        return []
    lists = value if isinstance(value, list) else [value]
    found = []
    for item in lists:
        for entry in item.dts:
            moment = entry.dt
            if isinstance(moment, dt.datetime) and moment.tzinfo is None:
                moment = moment.replace(tzinfo=zone)
            found.append(moment)
    return found


def _expand(
    uid: str,
    event: icalendar.Event,
    start: dt.datetime,
    overrides: list[icalendar.Event],
    zone: dt.tzinfo,
    window: tuple[dt.datetime, dt.datetime],
) -> list[CalendarEvent]:
    rules = event.get("RRULE")
    rule_value = rules[0] if isinstance(rules, list) else rules
    rule_parts = dict(rule_value)
    until = rule_parts.pop("UNTIL", [None])[0]
    rule = rrulestr(icalendar.vRecur(rule_parts).to_ical().decode(), dtstart=start)
    if until is not None:
        # dateutil insists an aware start has an aware UNTIL; a DATE means "through that day".
        if not isinstance(until, dt.datetime):
            until = dt.datetime.combine(until, dt.time(23, 59, 59))
        rule = rule.replace(until=until if until.tzinfo else until.replace(tzinfo=start.tzinfo))
    occurrences: set[dt.datetime] = set()
    for moment in rule.xafter(window[0], count=MAX_OCCURRENCES, inc=True):
        if moment > window[1]:
            break
        occurrences.add(moment)
    for extra in _dates(event, "RDATE", zone):
        if isinstance(extra, dt.datetime) and window[0] <= extra <= window[1]:
            occurrences.add(extra)
    excluded = list(_dates(event, "EXDATE", zone))
    excluded_instants = {e for e in excluded if isinstance(e, dt.datetime)}
    excluded_days = {e for e in excluded if not isinstance(e, dt.datetime)}
    occurrences = {m for m in occurrences if m not in excluded_instants and m.date() not in excluded_days}

    length = (_end(event, start, zone) or start) - start
    by_instant = {}
    for moment in occurrences:
        local = moment.astimezone(start.tzinfo)
        by_instant[local.astimezone(dt.UTC)] = CalendarEvent(
            uid=_occurrence_uid(uid, local),
            start=local,
            end=local + length if length else None,
            summary=_text(event, "SUMMARY"),
            location=_text(event, "LOCATION"),
            description=_text(event, "DESCRIPTION"),
            status=_text(event, "STATUS").upper(),
        )
    for override in overrides:
        recurrence = _recurrence_id(override, zone)
        moved_start = _start(override, zone)
        if recurrence is None or moved_start is None:
            continue
        key = recurrence.astimezone(dt.UTC)
        if key not in by_instant and not window[0] <= moved_start <= window[1]:
            continue
        original_local = recurrence.astimezone(start.tzinfo)
        by_instant[key] = _record(_occurrence_uid(uid, original_local), override, moved_start, zone)
    return list(by_instant.values())
