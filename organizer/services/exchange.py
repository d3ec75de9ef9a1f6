"""Data out (CSV, .ics) and a council's calendar in.

Exports write to a binary file object the caller gives (the command line writes a file,
the GUI may write to a temporary file first); internal notes stay out unless asked for,
and demo people are left out of the people list unless asked for.

Importing a council's calendar adds the meetings it does not know to the chosen council
and updates the ones it does: same UID (the feed's, or one this app exported), or, for a
UID it has never seen, a meeting of the same council at the same instant that still has
the UID this app gave it (one generated from the regular schedule, say). That meeting
takes the feed's UID, so its sign-ups stay where they are and the next import finds it by
UID. Nothing else is touched.

Importing the same feed again never undoes a coordinator's title, place or status. An
event carries nothing this app can compare with to tell "the feed changed" from "the
coordinator changed it" (the parser keeps no SEQUENCE or LAST-MODIFIED, and a meeting
keeps no copy of what the last import set), so when the two differ, the rule is who
decides what:

- the start is the council's to set: the feed's always wins (listed as an update);
- CANCELLED cancels a scheduled meeting, but nothing in a feed brings back a meeting
  marked cancelled or postponed here, or undoes "held";
- the feed's title and place are taken when it adds a meeting, and fill in a blank one
  when it adopts a meeting; after that they never replace what is here (an import cannot
  tell a coordinator's edit from a change in the feed).

A difference left standing is reported (``CalendarImportReport.kept``), so the coordinator
can decide. The feed's description is not copied: it is the city's boilerplate, and the
meeting's agenda item is the campaign's own text.
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
from organizer.i18n import N_, _, ngettext
from organizer.imports.ics_import import CalendarEvent, SkippedEvent, parse_ics
from organizer.services.council import find_body, list_members
from organizer.services.meetings import find_meeting, meeting_query

UID_MAX_LENGTH = Meeting.__table__.c.ics_uid.type.length
# A meeting's title and place hold this much (services.meetings); a longer one is skipped
# with its reason rather than cut short, so nothing is saved half.
TITLE_MAX_LENGTH = PLACE_MAX_LENGTH = 200
OWN_UID_SUFFIX = f"@{ics.UID_DOMAIN}"  # the random UIDs this app gives the meetings it creates

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
    "speaker_number",  # the number packets and messages give; blank for anyone not speaking
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
    numbers = {s.id: n for n, s in enumerate(ics.speaking_order(meeting), start=1)}
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
            numbers.get(signup.id, ""),
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
    # For updates: the fields that changed ("ics_uid": the meeting now follows this feed).
    # For kept: the fields where the feed differs and the meeting's own value stands.
    changed: tuple[str, ...] = ()


@dataclass
class CalendarImportReport:
    body: str
    dry_run: bool
    added: list[CalendarChange] = field(default_factory=list)
    updated: list[CalendarChange] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[SkippedEvent] = field(default_factory=list)
    # Meetings where the feed says otherwise than a value set here, which stands (also
    # counted in updated or unchanged).
    kept: list[CalendarChange] = field(default_factory=list)

    def summary(self) -> str:
        if self.dry_run:
            text = _("{council}: would add {added} meetings, would update {updated}, {unchanged} unchanged, "
                     "{skipped} skipped.")
        else:
            text = _("{council}: added {added} meetings, updated {updated}, {unchanged} unchanged, "
                     "{skipped} skipped.")
        text = text.format(council=self.body, added=len(self.added), updated=len(self.updated),
                           unchanged=self.unchanged, skipped=len(self.skipped))
        if self.kept:
            text += " " + ngettext(
                "{count} meeting keeps its title, place or status from here where the calendar differs.",
                "{count} meetings keep their title, place or status from here where the calendar differs.",
                len(self.kept),
            ).format(count=len(self.kept))
        return text


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


def _feed_cancels(event: CalendarEvent) -> bool:
    return event.status == "CANCELLED"


def _status_differs(current: MeetingStatus, event: CalendarEvent) -> bool:
    """Whether the feed says otherwise than the meeting's status. A feed can only say
    cancelled or not; our own export writes a postponed meeting as CANCELLED, and a held
    meeting was not cancelled."""
    if current == MeetingStatus.HELD:
        return _feed_cancels(event)
    return _feed_cancels(event) != (current in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED))


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


def _find_adoptable(
    session: Session, body: GoverningBody, events: Sequence[CalendarEvent], known: dict[str, Meeting]
) -> dict[dt.datetime, list[Meeting]]:
    """Start instant -> the council's meetings there that an unknown event may adopt.

    Only meetings that still have a UID this app made (no council's feed has claimed them)
    and that no event of this feed names by UID.
    """
    starts = list({e.start.astimezone(dt.UTC) for e in events if e.uid not in known})
    claimed = {m.id for m in known.values()}
    found: dict[dt.datetime, list[Meeting]] = {}
    for start in range(0, len(starts), 500):
        query = meeting_query().where(
            Meeting.body_id == body.id,
            Meeting.starts_at.in_(starts[start : start + 500]),
            Meeting.ics_uid.endswith(OWN_UID_SUFFIX, autoescape=True),
        )
        for meeting in session.scalars(query):
            if meeting.id not in claimed:
                found.setdefault(meeting.starts_at, []).append(meeting)
    return found


def _changes(
    meeting: Meeting, event: CalendarEvent, *, adopting: bool
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """What the feed changes on a meeting it describes, and where it differs but the
    meeting's own value stands (the module docstring has the rule)."""
    changes: dict[str, Any] = {}
    kept: list[str] = []
    starts_at = event.start.astimezone(dt.UTC)
    if meeting.starts_at != starts_at:
        changes["starts_at"] = starts_at
    summary = event.summary[:200]
    if summary and summary != ics.meeting_summary(meeting):
        if adopting and not meeting.title:
            changes["title"] = summary
        else:
            kept.append("title")
    location = event.location[:200]
    if location and location != ics.meeting_location(meeting):
        if adopting and not (meeting.place or meeting.address):  # the council's usual place so far
            changes["place"] = location
        else:
            kept.append("place")
    if _status_differs(meeting.status, event):
        if meeting.status == MeetingStatus.SCHEDULED:
            changes["status"] = MeetingStatus.CANCELLED
        else:
            kept.append("status")
    return changes, tuple(kept)


def _too_long_part(event: CalendarEvent) -> str:
    """"title" or "location" when the event's is longer than a meeting can keep, else ""."""
    if len(event.summary) > TITLE_MAX_LENGTH:
        return N_("title")
    if len(event.location) > PLACE_MAX_LENGTH:
        return N_("location")
    return ""


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
    adoptable = _find_adoptable(session, body, parsed.events, known)
    for event in parsed.events:
        if len(event.uid) > UID_MAX_LENGTH:
            report.skipped.append(SkippedEvent(event.uid[:60] + "…", event.summary, _("its UID is too long to keep")))
            continue
        too_long = _too_long_part(event)
        if too_long:
            report.skipped.append(SkippedEvent(
                event.uid, event.summary[:60] + "…" if len(event.summary) > 60 else event.summary,
                _("its {too_long} is too long to keep (at most 200 characters)").format(too_long=_(too_long)),
            ))
            continue
        starts_at = event.start.astimezone(dt.UTC)
        meeting = known.get(event.uid)
        if meeting is not None and meeting.body_id != body.id:
            report.skipped.append(
                SkippedEvent(event.uid, event.summary, _("it is already a meeting of {name}").format(name=meeting.body.name))
            )
            continue
        adopting = meeting is None and bool(adoptable.get(starts_at))
        if adopting:
            meeting = adoptable[starts_at].pop(0)
            known[event.uid] = meeting
        if meeting is not None:
            changes, kept = _changes(meeting, event, adopting=adopting)
            if adopting:
                changes["ics_uid"] = event.uid
            if not dry_run:
                for name, value in changes.items():
                    setattr(meeting, name, value)
            if changes:
                report.updated.append(CalendarChange(event.uid, starts_at, event.summary, meeting.id, tuple(changes)))
            else:
                report.unchanged += 1
            if kept:
                report.kept.append(CalendarChange(event.uid, starts_at, event.summary, meeting.id, kept))
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
            status=MeetingStatus.CANCELLED if _feed_cancels(event) else MeetingStatus.SCHEDULED,
            ics_uid=event.uid,
        )
        session.add(meeting)
        session.flush()
        known[event.uid] = meeting
        report.added.append(CalendarChange(event.uid, starts_at, event.summary, meeting.id))
    return report
