"""Exports to CSV and .ics, and a council's calendar imported (and re-imported)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import func, select

from organizer.domain.enums import ACTIVE_SIGNUP_STATUSES, MeetingStatus, SignupStatus
from organizer.domain.models import GoverningBody, Meeting, Person
from organizer.errors import NotFoundError, ValidationError
from organizer.services import exchange, meetings, people, signups
from organizer.services.demo import load_demo

pytestmark = pytest.mark.storage

CHICAGO = ZoneInfo("America/Chicago")
UTC = dt.UTC
WINDOW = {
    "expand_from": dt.datetime(2026, 1, 1, tzinfo=UTC),
    "expand_until": dt.datetime(2027, 1, 1, tzinfo=UTC),
}


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def body(session, name: str = "Bloomington City Council") -> GoverningBody:
    return session.scalar(select(GoverningBody).where(GoverningBody.name == name))


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=CHICAGO)


# --- CSV exports ---------------------------------------------------------------------------


def test_people_export_neutralises_formulas_and_leaves_out_notes_and_samples(session):
    people.create_person(
        session, first_name="=HYPERLINK(\"http://x.example\")", last_name="Muñoz", email="m@example.org",
        phone="(309) 555-0101", notes="internal only", languages=["es", "en"], may_text=True,
    )
    people.create_person(session, first_name="Sample", email="s@example.org", is_sample=True)
    out = io.BytesIO()
    assert exchange.export_people_csv(session, out) == 1
    [row] = read_csv(out.getvalue())
    assert row["first_name"] == "'=HYPERLINK(\"http://x.example\")"
    assert row["last_name"] == "Muñoz"
    assert row["phone"] == "+13095550101"
    assert row["languages"] == "es; en"
    assert row["may_text"] == "yes" and row["may_email"] == "no"
    assert "notes" not in row

    out = io.BytesIO()
    assert exchange.export_people_csv(session, out, include_notes=True, include_samples=True) == 2
    assert sorted(r["notes"] for r in read_csv(out.getvalue())) == ["", "internal only"]


def test_exported_people_import_back_as_the_same_people(db):
    from organizer.services.people_import import import_people_file

    with db.session() as s:
        people.create_person(s, first_name="-Ana", last_name="Pérez", email="ana@example.org", phone="3095550101")
        people.create_person(s, first_name="Lin", phone="3095550103")
        out = io.BytesIO()
        exchange.export_people_csv(s, out)
    report = import_people_file(db, out.getvalue())
    assert (report.new, report.unchanged, report.rejected) == (0, 2, [])


def test_signups_and_members_exports_follow_the_demo_campaign(session):
    load_demo(session, today=dt.date(2026, 2, 1))
    meeting = max(
        session.scalars(select(Meeting)), key=lambda m: len([s for s in m.signups if s.status != SignupStatus.CANCELLED])
    )
    out = io.BytesIO()
    count = exchange.export_signups_csv(session, meeting.id, out)
    rows = read_csv(out.getvalue())
    assert count == len(rows) == len(meeting.signups)
    assert [int(r["position"]) for r in rows] == sorted(int(r["position"]) for r in rows)
    assert rows[0]["name"] == meeting.signups[0].person.display_name
    assert "notes" not in rows[0]
    # The speaker number matches the packets: 1, 2, 3... for those speaking, blank otherwise.
    speaking = [r for r in rows if r["status"] in {s.value for s in ACTIVE_SIGNUP_STATUSES}]
    assert [r["speaker_number"] for r in speaking] == [str(n) for n in range(1, len(speaking) + 1)]
    assert all(r["speaker_number"] == "" for r in rows if r not in speaking)

    out = io.BytesIO()
    exchange.export_members_csv(session, out, body_ref="Normal")
    members = read_csv(out.getvalue())
    assert members and {m["council"] for m in members} == {"Normal Town Council"}
    assert {m["stance"] for m in members} <= {"Yes", "Leaning yes", "Undecided", "Leaning no", "No", "Unknown"}
    assert all(m["sample"] == "yes" for m in members)
    with pytest.raises(NotFoundError):
        exchange.export_members_csv(session, io.BytesIO(), body_ref="Springfield")
    with pytest.raises(ValidationError):
        exchange.export_signups_csv(session, "the big one", io.BytesIO())


# --- calendars ------------------------------------------------------------------------------


@pytest.fixture
def bloomington_meetings(session):
    blm = body(session)
    march = meetings.create_meeting(session, blm.id, local(2026, 3, 9, 18), agenda_item="Welcoming City Ordinance",
                                    notes="secret strategy")
    november = meetings.create_meeting(session, blm.id, local(2026, 11, 9, 18), status="cancelled")
    normal = meetings.create_meeting(session, body(session, "Normal Town Council").id, local(2026, 3, 16, 19))
    return march, november, normal


def test_meetings_ics_for_one_council_at_the_right_instants(session, bloomington_meetings):
    march, november, _ = bloomington_meetings
    data = exchange.meetings_ics(session, body_ref="Bloomington")
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [march.ics_uid, november.ics_uid]
    assert all(uid.endswith("@organizer.local") for uid in (march.ics_uid, november.ics_uid))
    assert [e.decoded("DTSTART").astimezone(UTC) for e in events] == [
        dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC),
        dt.datetime(2026, 11, 10, 0, 0, tzinfo=UTC),
    ]
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED"]
    assert b"secret strategy" not in data
    assert str(calendar["X-WR-CALNAME"]) == "Bloomington City Council meetings"
    assert len(icalendar.Calendar.from_ical(exchange.meetings_ics(session)).walk("VEVENT")) == 3


def feed(*events: tuple[str, str, str, str]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//City of Bloomington//EN"]
    for uid, start, summary, status in events:
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                  f"DTSTART;TZID=America/Chicago:{start}", f"SUMMARY:{summary}",
                  "LOCATION:City Hall council chambers\\, 109 E. Olive St.\\, Bloomington\\, IL", f"STATUS:{status}",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def count_meetings(session) -> int:
    return session.scalar(select(func.count()).select_from(Meeting))


def test_council_feed_adds_then_updates_and_touches_nothing_else(session, bloomington_meetings):
    march, november, normal = bloomington_meetings
    before_versions = {m.id: m.version for m in bloomington_meetings}
    first = feed(
        ("civic-1@cityblm.org", "20260413T180000", "City Council Meeting", "CONFIRMED"),
        ("civic-2@cityblm.org", "20260427T180000", "Special City Council Meeting", "CONFIRMED"),
    )
    report = exchange.import_council_ics(session, first, "Bloomington", **WINDOW)
    assert (len(report.added), len(report.updated), report.unchanged) == (2, 0, 0)
    added = {m.ics_uid: m for m in session.scalars(select(Meeting).where(Meeting.ics_uid.is_not(None)))}
    april = added["civic-1@cityblm.org"]
    assert april.body.name == "Bloomington City Council"
    assert april.starts_at == dt.datetime(2026, 4, 13, 23, 0, tzinfo=UTC)
    assert april.place == ""  # the council's usual place: inherited, not copied
    assert added["civic-2@cityblm.org"].kind.value == "special"

    again = exchange.import_council_ics(session, first, "Bloomington", **WINDOW)
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 2)

    moved = feed(
        ("civic-1@cityblm.org", "20260414T190000", "City Council Meeting", "CONFIRMED"),
        ("civic-2@cityblm.org", "20260427T180000", "Special City Council Meeting", "CANCELLED"),
    )
    changed = exchange.import_council_ics(session, moved, "Bloomington", **WINDOW)
    assert {c.uid: c.changed for c in changed.updated} == {
        "civic-1@cityblm.org": ("starts_at",),
        "civic-2@cityblm.org": ("status",),
    }
    session.flush()
    assert april.starts_at == dt.datetime(2026, 4, 15, 0, 0, tzinfo=UTC)
    assert added["civic-2@cityblm.org"].status == MeetingStatus.CANCELLED
    assert count_meetings(session) == 5
    assert {m.id: m.version for m in (march, november, normal)} == before_versions


def test_preview_of_a_calendar_import_changes_nothing(session, bloomington_meetings):
    first = feed(("civic-1@cityblm.org", "20260413T180000", "City Council Meeting", "CONFIRMED"))
    exchange.import_council_ics(session, first, "Bloomington", **WINDOW)
    moved = feed(
        ("civic-1@cityblm.org", "20260414T180000", "City Council Meeting", "CONFIRMED"),
        ("civic-3@cityblm.org", "20260511T180000", "City Council Meeting", "CONFIRMED"),
    )
    preview = exchange.import_council_ics(session, moved, "Bloomington", dry_run=True, **WINDOW)
    assert [c.uid for c in preview.added] == ["civic-3@cityblm.org"]
    assert [c.changed for c in preview.updated] == [("starts_at",)]
    assert "would add 1" in preview.summary()
    session.flush()
    assert count_meetings(session) == 4
    april = session.scalar(select(Meeting).where(Meeting.ics_uid == "civic-1@cityblm.org"))
    assert april.starts_at == dt.datetime(2026, 4, 13, 23, 0, tzinfo=UTC) and april.version == 1


def test_reimporting_our_own_export_updates_rather_than_duplicates(session, bloomington_meetings):
    march, november, _ = bloomington_meetings
    held = meetings.create_meeting(session, body(session).id, local(2026, 2, 9, 18), status="held")
    postponed = meetings.create_meeting(session, body(session).id, local(2026, 5, 11, 18), status="postponed",
                                        title="Budget hearing")
    exported = exchange.meetings_ics(session, body_ref="Bloomington")
    total = count_meetings(session)

    same = exchange.import_council_ics(session, exported, "Bloomington", **WINDOW)
    assert (len(same.added), len(same.updated), same.unchanged) == (0, 0, 4)

    meetings.update_meeting(session, march.id, {"starts_at": local(2026, 3, 9, 19, 30)})
    back = exchange.import_council_ics(session, exported, "Bloomington", **WINDOW)
    assert [(c.meeting_id, c.changed) for c in back.updated] == [(march.id, ("starts_at",))]
    session.flush()
    assert march.starts_at == dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC)
    assert count_meetings(session) == total
    assert march.ics_uid == str(icalendar.Calendar.from_ical(exported).walk("VEVENT")[1]["UID"])
    assert (held.status, postponed.status, november.status) == (
        MeetingStatus.HELD, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED
    )
    assert postponed.title == "Budget hearing" and march.title == ""


def test_the_council_feed_adopts_meetings_generated_from_the_schedule(session):
    blm = body(session)
    generated = meetings.generate_meetings(session, blm.id, dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    april_13, april_27 = generated  # the second and fourth Mondays at 6 PM
    meetings.update_meeting(session, april_27.id, {"title": "Welcoming City vote"})
    ana = people.create_person(session, first_name="Ana", email="ana@example.org")
    signup = signups.add_signup(session, april_13.id, ana.id)
    # Another council at the same instant, and one of ours that already follows a feed: not adopted.
    normal_same_time = meetings.create_meeting(session, body(session, "Normal Town Council").id, local(2026, 4, 13, 18))
    followed = meetings.create_meeting(session, blm.id, local(2026, 5, 11, 18))
    followed.ics_uid = "old-feed-9@cityblm.org"
    session.flush()
    total = count_meetings(session)
    city = feed(
        ("civic-1@cityblm.org", "20260413T180000", "City Council Meeting", "CONFIRMED"),
        ("civic-2@cityblm.org", "20260427T180000", "City Council Meeting", "CONFIRMED"),
        ("civic-3@cityblm.org", "20260511T180000", "City Council Meeting", "CONFIRMED"),
    )

    preview = exchange.import_council_ics(session, city, "Bloomington", dry_run=True, **WINDOW)
    assert [c.uid for c in preview.added] == ["civic-3@cityblm.org"]
    assert {c.meeting_id: c.changed for c in preview.updated} == {
        april_13.id: ("title", "ics_uid"), april_27.id: ("ics_uid",)
    }
    assert april_13.ics_uid.endswith("@organizer.local")

    report = exchange.import_council_ics(session, city, "Bloomington", **WINDOW)
    assert (len(report.added), len(report.updated), report.unchanged) == (1, 2, 0)
    assert [(c.meeting_id, c.changed) for c in report.kept] == [(april_27.id, ("title",))]
    assert "1 meeting keeps its title, place or status" in report.summary()
    session.flush()
    assert count_meetings(session) == total + 1  # only May's: the city's own meeting beside ours
    assert (april_13.ics_uid, april_27.ics_uid) == ("civic-1@cityblm.org", "civic-2@cityblm.org")
    assert april_13.title == "City Council Meeting" and april_13.place == ""  # the usual place
    assert april_27.title == "Welcoming City vote"  # the coordinator's, kept
    assert [s.id for s in session.get(Meeting, april_13.id).signups] == [signup.id]
    assert normal_same_time.ics_uid.endswith("@organizer.local") and followed.ics_uid == "old-feed-9@cityblm.org"

    again = exchange.import_council_ics(session, city, "Bloomington", **WINDOW)
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 3)


def test_importing_the_feed_again_never_reverts_the_coordinators_title_place_or_status(session):
    city = feed(
        ("civic-1@cityblm.org", "20260413T180000", "City Council Meeting", "CONFIRMED"),
        ("civic-2@cityblm.org", "20260427T180000", "City Council Meeting", "CONFIRMED"),
        ("civic-3@cityblm.org", "20260511T180000", "City Council Meeting", "CONFIRMED"),
    )
    exchange.import_council_ics(session, city, "Bloomington", **WINDOW)
    by_uid = {m.ics_uid: m for m in session.scalars(select(Meeting))}
    april, late_april, may = (by_uid[f"civic-{n}@cityblm.org"] for n in (1, 2, 3))
    meetings.update_meeting(session, april.id, {"title": "Welcoming City vote", "place": "Room 400"})
    meetings.update_meeting(session, late_april.id, {"status": "cancelled"})
    versions = {m.id: m.version for m in (april, late_april, may)}

    same = exchange.import_council_ics(session, city, "Bloomington", **WINDOW)
    assert (len(same.updated), same.unchanged) == (0, 3)
    assert {c.meeting_id: c.changed for c in same.kept} == {april.id: ("title", "place"), late_april.id: ("status",)}
    session.flush()
    assert (april.title, april.place, late_april.status) == ("Welcoming City vote", "Room 400", MeetingStatus.CANCELLED)
    assert {m.id: m.version for m in (april, late_april, may)} == versions

    # The feed changes: a new time still moves the meeting, and CANCELLED still cancels.
    changed = feed(
        ("civic-1@cityblm.org", "20260413T190000", "City Council Meeting (budget)", "CONFIRMED"),
        ("civic-2@cityblm.org", "20260427T180000", "City Council Meeting", "CONFIRMED"),
        ("civic-3@cityblm.org", "20260511T180000", "City Council Meeting", "CANCELLED"),
    )
    report = exchange.import_council_ics(session, changed, "Bloomington", **WINDOW)
    assert {c.meeting_id: c.changed for c in report.updated} == {april.id: ("starts_at",), may.id: ("status",)}
    session.flush()
    assert april.starts_at == dt.datetime(2026, 4, 14, 0, 0, tzinfo=UTC)
    assert (april.title, april.place) == ("Welcoming City vote", "Room 400")
    assert (late_april.status, may.status) == (MeetingStatus.CANCELLED, MeetingStatus.CANCELLED)

    # A meeting the coordinator marked held stays held even if the feed later says CANCELLED.
    meetings.update_meeting(session, april.id, {"status": "held"})
    held = exchange.import_council_ics(session, feed(
        ("civic-1@cityblm.org", "20260413T190000", "Welcoming City vote", "CANCELLED"),
    ), "Bloomington", **WINDOW)
    assert [(c.meeting_id, c.changed) for c in held.kept] == [(april.id, ("place", "status"))]
    assert april.status == MeetingStatus.HELD


def test_our_export_imported_into_another_campaign_is_recognised_next_time(db, tmp_path):
    from organizer.services.campaign import open_campaign

    with db.session() as s:
        meetings.create_meeting(s, body(s).id, local(2026, 3, 9, 18))
        meetings.create_meeting(s, body(s).id, local(2026, 11, 9, 18))
        exported = exchange.meetings_ics(s)
    if db.path is None:
        pytest.skip("a second campaign file is a SQLite test")
    other = open_campaign(str(tmp_path / "other.sqlite3"))
    try:
        with other.session() as s:
            normal = body(s, "Normal Town Council")
            meetings.create_meeting(s, normal.id, local(2026, 1, 5, 19))  # takes id 1 there
            first = exchange.import_council_ics(s, exported, "Normal", **WINDOW)
            assert len(first.added) == 2
        with other.session() as s:
            second = exchange.import_council_ics(s, exported, "Normal", **WINDOW)
            assert (len(second.added), second.unchanged) == (0, 2)
            assert count_meetings(s) == 3
            # Meeting 1 here is Normal's January meeting, not the file's first meeting: untouched.
            january = s.get(Meeting, 1)
            assert (january.starts_at, january.version) == (dt.datetime(2026, 1, 6, 1, 0, tzinfo=UTC), 1)
            file_uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(exported).walk("VEVENT")}
            imported = s.scalars(select(Meeting).where(Meeting.ics_uid.in_(file_uids))).all()
            assert sorted(m.starts_at for m in imported) == [
                dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC), dt.datetime(2026, 11, 10, 0, 0, tzinfo=UTC)
            ]
    finally:
        other.dispose()


def test_calendar_import_errors_are_sentences(session):
    with pytest.raises(ValidationError, match="not an iCalendar"):
        exchange.import_council_ics(session, b"hello", "Bloomington")
    with pytest.raises(NotFoundError, match="no council called"):
        exchange.import_council_ics(session, feed(), "Springfield")


def test_people_import_and_calendar_import_leave_unrelated_people_alone(session):
    person = people.create_person(session, first_name="Ana", email="ana@example.org")
    exchange.import_council_ics(session, feed(("x@y", "20260413T180000", "Council", "CONFIRMED")), "Normal", **WINDOW)
    session.flush()
    assert session.get(Person, person.id).version == 1
