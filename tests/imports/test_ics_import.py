"""A council's published calendar, as city sites and Outlook/Google write them."""

from __future__ import annotations

import datetime as dt

import pytest

from organizer.errors import ValidationError
from organizer.imports.ics_import import parse_ics

UTC = dt.UTC
WINDOW = {
    "expand_from": dt.datetime(2026, 1, 1, tzinfo=UTC),
    "expand_until": dt.datetime(2027, 1, 1, tzinfo=UTC),
}


def calendar(*lines: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//City of Bloomington//Calendar//EN", *lines,
                          "END:VCALENDAR"]) + "\r\n").encode("utf-8")


OUTLOOK_ZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Central Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16011104T020000",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0600",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010311T020000",
    "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
    "TZOFFSETFROM:-0600",
    "TZOFFSETTO:-0500",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def test_city_feed_events_become_plain_records_at_the_right_instant():
    data = calendar(
        "BEGIN:VEVENT",
        "UID:civicplus-event-8812@cityblm.org",
        "DTSTAMP:20260201T120000Z",
        "DTSTART;TZID=America/Chicago:20260309T180000",
        "DTEND;TZID=America/Chicago:20260309T210000",
        "SUMMARY:City Council Meeting",
        "LOCATION:City Hall\\, 109 E. Olive St.",
        "DESCRIPTION:Agenda posted 72 hours before.\\nPublic comment at the start.",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:civicplus-event-8813@cityblm.org",
        "DTSTAMP:20260201T120000Z",
        "DTSTART:20261110T000000Z",
        "SUMMARY:City Council Meeting",
        "STATUS:CANCELLED",
        "END:VEVENT",
    )
    parsed = parse_ics(data)
    march, november = parsed.events
    assert march.uid == "civicplus-event-8812@cityblm.org"
    assert march.start.astimezone(UTC) == dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC)
    assert march.end.astimezone(UTC) == dt.datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
    assert march.location == "City Hall, 109 E. Olive St."
    assert march.description == "Agenda posted 72 hours before.\nPublic comment at the start."
    assert march.status == "CONFIRMED"
    assert november.start == dt.datetime(2026, 11, 10, 0, 0, tzinfo=UTC)
    assert november.status == "CANCELLED"
    assert november.end is None


def test_outlook_zone_names_and_floating_times():
    data = calendar(
        *OUTLOOK_ZONE,
        "BEGIN:VEVENT",
        "UID:outlook-1",
        "DTSTAMP:20260201T120000Z",
        "DTSTART;TZID=Central Standard Time:20261109T180000",
        "DURATION:PT2H",
        "SUMMARY:Town Council",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:floating-1",
        "DTSTAMP:20260201T120000Z",
        "DTSTART:20260309T180000",
        "SUMMARY:Floating",
        "END:VEVENT",
    )
    parsed = parse_ics(data, default_timezone="America/Chicago")
    by_uid = {e.uid: e for e in parsed.events}
    assert by_uid["outlook-1"].start.astimezone(UTC) == dt.datetime(2026, 11, 10, 0, 0, tzinfo=UTC)
    assert by_uid["outlook-1"].end - by_uid["outlook-1"].start == dt.timedelta(hours=2)
    assert by_uid["floating-1"].start.astimezone(UTC) == dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC)


def test_x_wr_timezone_decides_floating_times():
    data = calendar(
        "X-WR-TIMEZONE:America/New_York",
        "BEGIN:VEVENT",
        "UID:g-1",
        "DTSTAMP:20260201T120000Z",
        "DTSTART:20260309T180000",
        "END:VEVENT",
    )
    [event] = parse_ics(data, default_timezone="America/Chicago").events
    assert event.start.astimezone(UTC) == dt.datetime(2026, 3, 9, 22, 0, tzinfo=UTC)


def test_repeating_meetings_are_expanded_with_stable_uids_exceptions_and_moves():
    data = calendar(
        *OUTLOOK_ZONE,
        "BEGIN:VEVENT",
        "UID:series-1@town.example",
        "DTSTAMP:20260101T000000Z",
        "DTSTART;TZID=Central Standard Time:20260112T180000",
        "DTEND;TZID=Central Standard Time:20260112T200000",
        "RRULE:FREQ=MONTHLY;BYDAY=2MO;UNTIL=20261231T235959Z",
        "EXDATE;TZID=Central Standard Time:20260413T180000",
        "SUMMARY:Council",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:series-1@town.example",
        "DTSTAMP:20260101T000000Z",
        "RECURRENCE-ID;TZID=Central Standard Time:20260511T180000",
        "DTSTART;TZID=Central Standard Time:20260512T190000",
        "DTEND;TZID=Central Standard Time:20260512T210000",
        "SUMMARY:Council (moved to Tuesday)",
        "END:VEVENT",
    )
    events = parse_ics(data, **WINDOW).events
    uids = [e.uid for e in events]
    assert "series-1@town.example#20260413" not in uids  # excluded
    assert len(events) == 11
    moved = next(e for e in events if e.uid == "series-1@town.example#20260511")
    assert moved.summary == "Council (moved to Tuesday)"
    assert moved.start.astimezone(UTC) == dt.datetime(2026, 5, 13, 0, 0, tzinfo=UTC)
    november = next(e for e in events if e.uid == "series-1@town.example#20261109")
    assert november.start.astimezone(UTC) == dt.datetime(2026, 11, 10, 0, 0, tzinfo=UTC)
    march = next(e for e in events if e.uid == "series-1@town.example#20260309")
    assert march.start.astimezone(UTC) == dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC)
    assert march.end - march.start == dt.timedelta(hours=2)


def test_all_day_events_and_events_without_uid_are_skipped_with_reasons():
    data = calendar(
        "BEGIN:VEVENT",
        "UID:holiday",
        "DTSTAMP:20260101T000000Z",
        "DTSTART;VALUE=DATE:20260704",
        "SUMMARY:City offices closed",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTAMP:20260101T000000Z",
        "DTSTART:20260309T230000Z",
        "SUMMARY:No UID",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:typo",
        "DTSTAMP:20260101T000000Z",
        "DTSTART:2026-03-09 18:00",
        "SUMMARY:Typed by hand",
        "END:VEVENT",
    )
    parsed = parse_ics(data)
    assert parsed.events == []
    reasons = {s.summary: s.reason for s in parsed.skipped}
    assert "all-day" in reasons["City offices closed"]
    assert "UID" in reasons["No UID"]
    assert "could not be read" in reasons["Typed by hand"]


def test_not_a_calendar_is_a_sentence():
    with pytest.raises(ValidationError, match="not an iCalendar"):
        parse_ics(b"first_name,last_name\r\nAna,Perez\r\n")
    with pytest.raises(ValidationError, match="not an iCalendar"):
        parse_ics(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nEND:VCARD\r\n")
