"""Data out (CSV, .ics) and a council's calendar in.

Exports write to a binary file object the caller gives (the command line writes a file,
the GUI may write to a temporary file first); internal notes stay out unless asked for,
and demo people are left out of the people list unless asked for.

Importing a council's calendar adds the meetings it does not know to the chosen council
and updates the ones it does (same UID: the feed's, or one this app exported); nothing
else is touched. Updates change the start, title, place and status (CANCELLED cancels;
a coordinator's "held" or "postponed" stands). The feed's description is not copied: it
is the city's boilerplate, and the meeting's agenda item is the campaign's own text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from organizer.domain.enums import MeetingKind, MeetingStatus
from organizer.domain.models import (
    GoverningBody,
    Meeting,
    Person,
    Signup,
    SignupPoint,
)
from organizer.domain.person_fields import DETAIL_FIELDS, NAME_FIELDS, PREFERENCE_FIELDS
from organizer.exports import csv_export, ics
from organizer.imports.ics_import import CalendarEvent, SkippedEvent, parse_ics
from organizer.services.council import find_body, list_members
from organizer.services.meetings import find_meeting, meeting_query

UID_MAX_LENGTH = Meeting.__table__.c.ics_uid.type.length

PEOPLE_COLUMNS = ("id", *NAME_FIELDS, *DETAIL_FIELDS, *PREFERENCE_FIELDS, "may_name_publicly", "role")
SIGNUP_COLUMNS = (
    "position",
    "name",
    "status",
    "minutes",
    "email",
    "phone",
    "packet_language",
    "needs",
    "points",
    "angle",
)
MEMBER_COLUMNS = (
    "council",
    "name",
    "seat",
    "mayor",
    "stance",
    "term_start",
    "term_end",
    "email",
    "phone",
    "office",
    "active",
    "concerns",
    "sample",
)


def export_people_csv(
    session: Session, out: BinaryIO, *, include_notes: bool = False, include_samples: bool = False
) -> int:
    """Everyone, by last then first name; returns how many rows were written.

    The headers are the importer's field names, so the file can be imported again.
    """
    query = select(Person).order_by(Person.last_name, Person.first_name, Person.id)
    if not include_samples:
        query = query.where(Person.is_sample.is_(False))
    header = list(PEOPLE_COLUMNS) + (["notes"] if include_notes else [])

    def rows():
        for person in session.scalars(query).yield_per(500):
            values = [getattr(person, name) for name in PEOPLE_COLUMNS]
            values[PEOPLE_COLUMNS.index("role")] = person.role.value
            values[PEOPLE_COLUMNS.index("email")] = person.email or ""
            if include_notes:
                values.append(person.notes)
            yield values

    return csv_export.write_csv(out, header, rows())


def count_sample_people(session: Session) -> int:
    """The demo people a people export leaves out unless asked."""
    return session.scalar(select(func.count()).select_from(Person).where(Person.is_sample.is_(True))) or 0


def export_signups_csv(
    session: Session, meeting_ref: str | int, out: BinaryIO, *, include_notes: bool = False
) -> int:
    """A meeting's speaker list in speaking order (every status, so nobody is lost)."""
    meeting = find_meeting(session, str(meeting_ref))
    signups = session.scalars(
        select(Signup)
        .where(Signup.meeting_id == meeting.id)
        .options(
            selectinload(Signup.person),
            selectinload(Signup.point_links).selectinload(SignupPoint.point),
        )
        .order_by(Signup.position, Signup.id)
    ).all()
    header = list(SIGNUP_COLUMNS) + (["notes"] if include_notes else [])
    rows = []
    for signup in signups:
        person = signup.person
        row: list[Any] = [
            signup.position,
            person.display_name,
            signup.status.value,
            signup.effective_minutes,
            person.email or "",
            person.phone,
            person.packet_language,
            list(signup.needs or []),
            [p.title for p in signup.points],
            signup.angle,
        ]
        if include_notes:
            row.append(signup.notes)
        rows.append(row)
    return csv_export.write_csv(out, header, rows)


def export_members_csv(
    session: Session, out: BinaryIO, *, body_ref: str | None = None, include_notes: bool = False
) -> int:
    """Council members with their current stance (the whip count's source)."""
    body_id = find_body(session, body_ref).id if body_ref else None
    header = list(MEMBER_COLUMNS) + (["notes"] if include_notes else [])
    rows = []
    for member in list_members(session, body_id):
        row: list[Any] = [
            member.body.name,
            member.name,
            member.seat,
            member.is_mayor,
            member.current_stance.label,
            member.term_start,
            member.term_end,
            member.email,
            member.phone,
            member.office,
            member.active,
            list(member.concerns or []),
            member.is_sample,
        ]
        if include_notes:
            row.append(member.notes)
        rows.append(row)
    return csv_export.write_csv(out, header, rows)


def meetings_ics(session: Session, *, body_ref: str | None = None, now: dt.datetime | None = None) -> bytes:
    """All meetings, or one council's, as an iCalendar file."""
    query = meeting_query()
    name = "Council meetings"
    if body_ref:
        body = find_body(session, body_ref)
        query = query.where(Meeting.body_id == body.id)
        name = f"{body.name} meetings"
    return ics.meetings_calendar(session.scalars(query).all(), name=name, now=now)


@dataclass(frozen=True)
class CalendarChange:
    uid: str
    starts_at: dt.datetime
    summary: str
    meeting_id: int | None  # None in a preview of a meeting not yet added
    changed: tuple[str, ...] = ()  # for updates: the fields that changed


@dataclass
class CalendarImportReport:
    body: str
    dry_run: bool
    added: list[CalendarChange] = field(default_factory=list)
    updated: list[CalendarChange] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[SkippedEvent] = field(default_factory=list)

    def summary(self) -> str:
        verb = ("would add", "would update") if self.dry_run else ("added", "updated")
        return (
            f"{self.body}: {verb[0]} {len(self.added)} meetings, {verb[1]} {len(self.updated)}, "
            f"{self.unchanged} unchanged, {len(self.skipped)} skipped."
        )


_KIND_WORDS = (
    ("study session", MeetingKind.STUDY_SESSION),
    ("work session", MeetingKind.STUDY_SESSION),
    ("special", MeetingKind.SPECIAL),
    ("committee", MeetingKind.COMMITTEE),
    ("commission", MeetingKind.COMMITTEE),
)


def _guess_kind(summary: str) -> MeetingKind:
    lowered = summary.lower()
    for words, kind in _KIND_WORDS:
        if words in lowered:
            return kind
    return MeetingKind.REGULAR


def _status_from_feed(event: CalendarEvent, current: MeetingStatus | None) -> MeetingStatus:
    """CANCELLED cancels; anything else is scheduled. A coordinator's "held" and
    "postponed" stand, since a feed cannot say either (our own export writes a postponed
    meeting as CANCELLED)."""
    if current in (MeetingStatus.HELD, MeetingStatus.POSTPONED):
        return current
    return MeetingStatus.CANCELLED if event.status == "CANCELLED" else MeetingStatus.SCHEDULED


def _body_location(body: GoverningBody) -> str:
    return ", ".join(p for p in (body.meeting_place, body.meeting_address) if p)


def _find_known(session: Session, events: Sequence[CalendarEvent]) -> dict[str, Meeting]:
    """UID -> the meeting it describes, for the events this database already has.

    Every meeting this app creates has a random UID, so a UID names one meeting anywhere.
    """
    keys = list({e.uid for e in events})
    known: dict[str, Meeting] = {}
    for start in range(0, len(keys), 500):
        query = meeting_query().where(Meeting.ics_uid.in_(keys[start : start + 500]))
        for meeting in session.scalars(query):
            known[meeting.ics_uid] = meeting
    return known


def _changes(meeting: Meeting, event: CalendarEvent) -> dict[str, Any]:
    """The fields the feed changes on a known meeting (only those that differ)."""
    changes: dict[str, Any] = {"starts_at": event.start.astimezone(dt.UTC)}
    if event.summary and event.summary != ics.meeting_summary(meeting):
        changes["title"] = event.summary[:200]
    if event.location and event.location != ics.meeting_location(meeting):
        if event.location == _body_location(meeting.body):
            changes.update(place="", address="")
        else:
            changes.update(place=event.location[:200], address="")
    changes["status"] = _status_from_feed(event, meeting.status)
    return {name: value for name, value in changes.items() if getattr(meeting, name) != value}


def import_council_ics(
    session: Session,
    data: bytes,
    body_ref: str,
    *,
    dry_run: bool = False,
    expand_from: dt.datetime | None = None,
    expand_until: dt.datetime | None = None,
) -> CalendarImportReport:
    """Add and update the council's meetings from its published calendar.

    A preview (``dry_run``) reports the same changes and leaves the session as it was.
    """
    body = find_body(session, body_ref)
    parsed = parse_ics(data, default_timezone=body.timezone, expand_from=expand_from, expand_until=expand_until)
    report = CalendarImportReport(body=body.name, dry_run=dry_run, skipped=list(parsed.skipped))
    known = _find_known(session, parsed.events)
    for event in parsed.events:
        if len(event.uid) > UID_MAX_LENGTH:
            report.skipped.append(SkippedEvent(event.uid[:60] + "…", event.summary, "its UID is too long to keep"))
            continue
        starts_at = event.start.astimezone(dt.UTC)
        meeting = known.get(event.uid)
        if meeting is not None and meeting.body_id != body.id:
            report.skipped.append(
                SkippedEvent(event.uid, event.summary, f"it is already a meeting of {meeting.body.name}")
            )
            continue
        if meeting is not None:
            changes = _changes(meeting, event)
            if not dry_run:
                for name, value in changes.items():
                    setattr(meeting, name, value)
            if changes:
                report.updated.append(CalendarChange(event.uid, starts_at, event.summary, meeting.id, tuple(changes)))
            else:
                report.unchanged += 1
            continue
        if dry_run:
            report.added.append(CalendarChange(event.uid, starts_at, event.summary, None))
            continue
        location = "" if event.location == _body_location(body) else event.location[:200]
        meeting = Meeting(
            body=body,
            starts_at=starts_at,
            kind=_guess_kind(event.summary),
            title=event.summary[:200],
            place=location,
            status=_status_from_feed(event, None),
            ics_uid=event.uid,
        )
        session.add(meeting)
        session.flush()
        known[event.uid] = meeting
        report.added.append(CalendarChange(event.uid, starts_at, event.summary, meeting.id))
    return report
