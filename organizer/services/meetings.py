"""Meetings: listing, the next one, creating them from a council's regular schedule, votes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from organizer.domain.enums import (
    MeetingKind,
    MeetingStatus,
    OrdinanceStage,
    OverflowPolicy,
    Stance,
    StanceSource,
    VoteCast,
)
from organizer.domain.models import (
    CouncilMember,
    GoverningBody,
    Meeting,
    MemberVote,
    Signup,
    SignupPoint,
    utcnow,
)
from organizer.domain.rules import schedule
from organizer.domain.rules.budget import SpeakingBudget, speaking_budget
from organizer.domain.rules.from_models import budget_input, lineup_input
from organizer.domain.rules.lineup import LineupWarning, lineup_warnings
from organizer.errors import NotFoundError, ValidationError
from organizer.i18n import N_, _
from organizer.services import validation as v
from organizer.services.council import record_stance
from organizer.services.records import apply_changes, check_version, get_record

MEETING_FIELDS = (
    "starts_at", "kind", "title", "place", "address", "agenda_item", "ordinance_stage", "status",
    "minutes_per_speaker", "comment_window_minutes", "signup_deadline_minutes", "overflow_policy",
    "notes",
)

# A recorded vote says where the member stands now.
VOTE_STANCE = {VoteCast.YES: Stance.YES, VoteCast.NO: Stance.NO}


def meeting_query():
    return select(Meeting).options(selectinload(Meeting.body)).order_by(Meeting.starts_at, Meeting.id)


def list_meetings(
    session: Session,
    *,
    upcoming: bool = False,
    now: dt.datetime | None = None,
    body_id: int | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    limit: int | None = None,
) -> Sequence[Meeting]:
    query = meeting_query()
    if upcoming:
        query = query.where(Meeting.starts_at >= (now or utcnow())).where(
            Meeting.status.in_([MeetingStatus.SCHEDULED, MeetingStatus.POSTPONED])
        )
    if body_id is not None:
        query = query.where(Meeting.body_id == body_id)
    if start is not None:
        query = query.where(Meeting.starts_at >= start)
    if end is not None:
        query = query.where(Meeting.starts_at < end)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def next_meeting(session: Session, now: dt.datetime | None = None) -> Meeting:
    found = list_meetings(session, upcoming=True, now=now, limit=1)
    if not found:
        raise NotFoundError(_("There is no upcoming meeting; add one or generate them from a council's schedule."))
    return found[0]


def find_meeting(session: Session, text: str, now: dt.datetime | None = None) -> Meeting:
    """A meeting by id, or "next" for the next scheduled meeting of any council."""
    key = (text or "").strip().lower()
    if key == "next":
        return next_meeting(session, now)
    meeting_id = v.record_id(key, N_("meeting"))
    if meeting_id is not None:
        return get_record(session, Meeting, meeting_id, N_("meeting"))
    raise ValidationError(_("“{text}” is not a meeting; give a meeting's id or “next”.").format(text=text))


def local_start(meeting: Meeting) -> dt.datetime:
    """The meeting's start in its council's time zone."""
    return meeting.starts_at.astimezone(ZoneInfo(meeting.body.timezone))


def _clean_meeting(fields: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    for name, enum in (
        ("kind", MeetingKind),
        ("ordinance_stage", OrdinanceStage),
        ("status", MeetingStatus),
        ("overflow_policy", OverflowPolicy),
    ):
        if name in out and out[name] is not None:
            out[name] = v.parse_choice(enum, out[name], f"a valid {name.replace('_', ' ')}", name)
    for name, label, limit in (
        ("title", "The title", 200),
        ("place", "The place", 200),
        ("address", "The address", 300),
        # Cleaned like every other text field (a NUL would not even save on PostgreSQL).
        ("agenda_item", "The agenda item", 20_000),
        ("notes", "Notes", 20_000),
    ):
        if name in out:
            out[name] = v.limit_text(out[name], label, field=name, max_length=limit)
    if "starts_at" in out:
        start = out["starts_at"]
        if not isinstance(start, dt.datetime) or start.tzinfo is None:
            raise ValidationError(_("A meeting's start needs a date, a time and a time zone."), "starts_at")
    for name, label in (
        ("minutes_per_speaker", "Minutes per speaker"),
        ("comment_window_minutes", "The public-comment window"),
        ("signup_deadline_minutes", "The sign-up deadline"),
    ):
        if name in out:
            out[name] = v.positive_minutes(out[name], label, field=name)
    return out


def create_meeting(session: Session, body_id: int, starts_at: dt.datetime, **fields: Any) -> Meeting:
    get_record(session, GoverningBody, body_id, N_("council"))
    cleaned = _clean_meeting({"starts_at": starts_at, **fields})
    meeting = Meeting(body_id=body_id, **cleaned)
    session.add(meeting)
    session.flush()
    return meeting


def update_meeting(
    session: Session, meeting_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Meeting:
    meeting = get_record(session, Meeting, meeting_id, N_("meeting"))
    check_version(meeting, expected_version, N_("meeting"))
    apply_changes(meeting, _clean_meeting(changes), MEETING_FIELDS)
    session.flush()
    return meeting


def generate_meetings(
    session: Session, body_id: int, start: dt.date, end: dt.date
) -> list[Meeting]:
    """Add the body's regular meetings between two local dates; skip ones already there."""
    body = get_record(session, GoverningBody, body_id, N_("council"))
    if body.schedule_weekday is None or not body.schedule_weeks or not body.schedule_time:
        raise ValidationError(_("{name} has no regular schedule to generate meetings from.").format(name=body.name))
    if end < start:
        raise ValidationError(_("The end date is before the start date."))
    if (end - start).days > 800:
        raise ValidationError(_("Generate at most about two years of meetings at a time."))
    times = schedule.meeting_times(
        body.schedule_weekday, body.schedule_weeks, body.schedule_time, body.timezone, start, end
    )
    existing = set(
        session.scalars(select(Meeting.starts_at).where(Meeting.body_id == body_id)).all()
    )
    created = []
    for starts_at in times:
        if starts_at in existing:
            continue
        meeting = Meeting(body=body, starts_at=starts_at, kind=MeetingKind.REGULAR)
        session.add(meeting)
        created.append(meeting)
    session.flush()
    return created


def load_meeting(
    session: Session, meeting_id: int, *more: LoaderOption, refresh: bool = False
) -> Meeting:
    """A meeting with its council's members and their stances, and its sign-ups with their
    people and points, loaded in a few queries; ``more`` loads further relations.

    ``refresh`` reloads objects already in the session too.
    """
    from organizer.domain.models import Person  # noqa: F401 - loaded through the options

    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.body).selectinload(GoverningBody.members).selectinload(CouncilMember.stances),
            selectinload(Meeting.signups).selectinload(Signup.person),
            selectinload(Meeting.signups).selectinload(Signup.point_links).selectinload(SignupPoint.point),
            *more,
        )
        .execution_options(populate_existing=refresh)
    )
    if meeting is None:
        raise NotFoundError(_("There is no meeting with id {meeting_id}.").format(meeting_id=meeting_id))
    return meeting


def load_meeting_board(session: Session, meeting_id: int) -> Meeting:
    """A meeting with everything the speaker board and its rules need, loaded in a few queries."""
    # Refreshed even when already in the session, so the board never shows stale order.
    return load_meeting(
        session,
        meeting_id,
        selectinload(Meeting.lottery_draws),
        selectinload(Meeting.lottery_commitments),
        selectinload(Meeting.votes),
        refresh=True,
    )


def meeting_budget(meeting: Meeting, now: dt.datetime | None = None) -> SpeakingBudget:
    return speaking_budget(budget_input(meeting), now or utcnow())


def meeting_warnings(meeting: Meeting) -> list[LineupWarning]:
    return lineup_warnings(lineup_input(meeting))


def record_votes(
    session: Session,
    meeting_id: int,
    votes: Mapping[int, VoteCast | str],
    *,
    source: str = "",
    now: dt.datetime | None = None,
) -> list[MemberVote]:
    """Record each member's vote at a held meeting; a yes or no also becomes a stance record."""
    meeting = load_meeting_board(session, meeting_id)
    if meeting.status != MeetingStatus.HELD:
        if meeting.starts_at > (now or utcnow()):
            raise ValidationError(_("Votes can only be recorded once the meeting has been held."))
        meeting.status = MeetingStatus.HELD
    members = {m.id: m for m in meeting.body.members}
    existing = {vote.member_id: vote for vote in meeting.votes}
    saved = []
    local_day = local_start(meeting).date()
    for member_id, cast in votes.items():
        if member_id not in members:
            raise ValidationError(_("Member {member_id} does not sit on {name}.").format(member_id=member_id, name=meeting.body.name))
        cast = v.parse_choice(VoteCast, cast, N_("a vote (yes, no, abstain or absent)"))
        vote = existing.get(member_id)
        if vote is None:
            vote = MemberVote(meeting=meeting, member_id=member_id, vote=cast)
            session.add(vote)
        elif vote.vote == cast:
            saved.append(vote)
            continue
        else:
            vote.vote = cast
        saved.append(vote)
        if cast in VOTE_STANCE:
            what = meeting.agenda_item or meeting.title or "the ordinance"
            record_stance(
                session,
                member_id,
                VOTE_STANCE[cast],
                source_kind=StanceSource.VOTE,
                source=source or f"Voted {cast.value} on {what} ({meeting.body.name}, {local_day.isoformat()})",
                is_public=True,
                recorded_on=local_day,
                meeting_id=meeting.id,
            )
    session.flush()
    return saved
