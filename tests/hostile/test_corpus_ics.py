"""Every corpus item as the SUMMARY, LOCATION and DESCRIPTION of a council calendar event,
and every impossible date and time as its DTSTART.

A meeting is added with the title and place the corpus says, or the event is skipped with
its reason and nothing is saved; impossible starts are skipped, clock-change starts kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_corpus import Item, params
from sqlalchemy import func, select

from organizer.domain.models import GoverningBody, Meeting
from organizer.errors import ValidationError
from organizer.services import exchange
from organizer.services.campaign import open_campaign
from organizer.storage.database import Database

TITLE_LIMIT = 200


@pytest.fixture(scope="module")
def db(fast_folder: Path) -> Iterator[Database]:
    database = open_campaign(fast_folder / "campaign.sqlite3")
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def body(db: Database) -> str:
    with db.session() as s:
        return s.scalars(select(GoverningBody.name).order_by(GoverningBody.id)).first()


def ics_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; the rest as it is."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def calendar(uid: str, summary: bytes, *, dtstart: bytes = b"20270105T180000") -> bytes:
    return b"\r\n".join([
        b"BEGIN:VCALENDAR", b"VERSION:2.0", b"PRODID:-//hostile corpus//EN", b"BEGIN:VEVENT",
        b"UID:" + uid.encode(), b"DTSTART;TZID=America/Chicago:" + dtstart,
        b"SUMMARY:" + summary, b"LOCATION:" + summary, b"DESCRIPTION:" + summary,
        b"END:VEVENT", b"END:VCALENDAR", b"",
    ])


def meeting_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Meeting))


def imported(db: Database, uid: str) -> Meeting | None:
    with db.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.ics_uid == uid)).first()
        if meeting is not None:
            s.expunge(meeting)
        return meeting


@pytest.mark.parametrize("item", [p for p in params("text") if p.values[0].saved is not None])
def test_event_text_becomes_the_title_and_place_or_the_event_is_skipped(db: Database, body: str, item: Item) -> None:
    uid = f"text-{item.id}@hostile.example"
    before = meeting_count(db)
    with db.session() as s:
        report = exchange.import_council_ics(s, calendar(uid, ics_text(item.value).encode("utf-8")), body)
    meeting = imported(db, uid)
    if len(item.saved) > TITLE_LIMIT:
        assert meeting is None and meeting_count(db) == before
        [skipped] = report.skipped
        assert skipped.reason == "its title is too long to keep (at most 200 characters)"
        return
    assert not report.skipped
    assert meeting is not None and meeting_count(db) == before + 1
    assert (meeting.title, meeting.place) == (item.saved, item.saved)


@pytest.mark.parametrize("item", params("bytes"))
def test_damaged_bytes_in_a_calendar_show_as_replacement_characters_or_are_refused(
    db: Database, body: str, item: Item
) -> None:
    uid = f"bytes-{item.id}@hostile.example"
    expected = item.expect["ics_import"]
    data = calendar(uid, item.value)
    if item.container.startswith("utf-16-le"):
        parts = calendar(uid, b"\x01").decode("ascii").split("\x01")
        data = b"\xff\xfe" + item.value.join(part.encode("utf-16-le") for part in parts)
    before = meeting_count(db)
    if expected == "refused":
        with pytest.raises(ValidationError, match="not an iCalendar"), db.session() as s:
            exchange.import_council_ics(s, data, body)
        assert meeting_count(db) == before
        return
    with db.session() as s:
        exchange.import_council_ics(s, data, body)
    assert imported(db, uid).title == expected["title"]


def _dtstart(item: Item) -> bytes:
    """The corpus date or time as an iCalendar local DTSTART (the rest of the value fixed)."""
    value = item.value.split(" ")[0]
    if item.kind == "date":
        return value.replace("-", "").encode() + b"T180000"
    if "T" in value:
        return value.replace("-", "").replace(":", "").encode() + b"00"
    return b"20270105T" + value.replace(":", "").encode() + b"00"


@pytest.mark.parametrize("item", params("date") + params("time"))
def test_impossible_starts_are_skipped_and_clock_change_starts_kept(db: Database, body: str, item: Item) -> None:
    uid = f"start-{item.id}@hostile.example"
    before = meeting_count(db)
    with db.session() as s:
        report = exchange.import_council_ics(s, calendar(uid, b"Council meeting", dtstart=_dtstart(item)), body)
    expected = item.expect["ics"]
    if expected == "skipped":
        assert [(k.uid, k.reason) for k in report.skipped] == [(uid, "its start date and time could not be read")]
        assert meeting_count(db) == before
        return
    utc = dt.datetime.strptime(expected.split(": ")[1].split(" (")[0], "%Y-%m-%d %H:%M UTC").replace(tzinfo=dt.UTC)
    assert imported(db, uid).starts_at.replace(tzinfo=dt.UTC) == utc
