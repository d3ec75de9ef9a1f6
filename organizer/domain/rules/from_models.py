"""Build the rules' inputs from ORM objects that are already loaded.

These functions only read attributes (and relationships): they never query or write.
Enum columns are stored as plain strings and come back from the database as ``str``, so
each is turned back into its enum here, once, and the rules can rely on real enums.
Load what they touch first (``selectinload``) when the objects will be used outside their
session, or the lazy loads will fail once it closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from organizer.domain.enums import MayorVotes, OverflowPolicy, SignupStatus, Stance
from organizer.domain.rules.inputs import (
    BodyWhipInput,
    BudgetInput,
    LineupInput,
    MemberInput,
    PointInput,
    SlotInput,
    SpeakerInput,
)

if TYPE_CHECKING:
    from organizer.domain.models import CouncilMember, GoverningBody, Meeting, Signup


def member_input(member: CouncilMember) -> MemberInput:
    latest = member.stances[-1] if member.stances else None
    return MemberInput(
        id=member.id,
        name=member.name,
        seat=member.seat or "",
        stance=Stance(latest.stance) if latest else Stance.UNKNOWN,
        stance_is_public=bool(latest.is_public) if latest else False,
        is_mayor=bool(member.is_mayor),
        # A member not yet flushed has None here until the INSERT applies the default (True).
        active=member.active is not False,
        concerns=tuple(member.concerns or ()),
    )


def whip_input(body: GoverningBody) -> BodyWhipInput:
    return BodyWhipInput(
        id=body.id,
        name=body.name,
        seats=body.seats,
        votes_needed_override=body.votes_needed_override,
        mayor_votes=MayorVotes(body.mayor_votes),
        members=tuple(member_input(m) for m in body.members),
    )


def budget_input(meeting: Meeting) -> BudgetInput:
    return BudgetInput(
        starts_at=meeting.starts_at,
        minutes_per_speaker=meeting.effective_minutes_per_speaker,
        window_minutes=meeting.effective_window_minutes,
        signup_deadline_minutes=meeting.effective_signup_deadline_minutes,
        signups=tuple(
            SlotInput(signup_id=s.id, status=SignupStatus(s.status), minutes=s.minutes)
            for s in meeting.signups
        ),
    )


def speaker_input(signup: Signup) -> SpeakerInput:
    person = signup.person
    return SpeakerInput(
        signup_id=signup.id,
        person_id=signup.person_id if signup.person_id is not None else person.id,
        name=person.display_name,
        status=SignupStatus(signup.status),
        position=signup.position or 0,
        minutes=signup.minutes,
        point_ids=tuple(link.point.id for link in signup.point_links),
        email=person.email or "",
        phone=person.phone or "",
        home_body_id=person.home_body_id,
        ward=person.ward or "",
    )


def lineup_input(meeting: Meeting) -> LineupInput:
    points = {
        link.point.id: link.point for signup in meeting.signups for link in signup.point_links
    }
    latest_draw = meeting.lottery_draws[-1] if meeting.lottery_draws else None
    body = meeting.body
    return LineupInput(
        body_id=body.id,
        body_name=body.name,
        minutes_per_speaker=meeting.effective_minutes_per_speaker,
        window_minutes=meeting.effective_window_minutes,
        overflow_policy=OverflowPolicy(meeting.effective_overflow_policy),
        mayor_votes=MayorVotes(body.mayor_votes),
        speakers=tuple(speaker_input(s) for s in meeting.signups),
        points=tuple(
            PointInput(id=p.id, title=p.title, concerns=tuple(p.concerns or ()))
            for p in points.values()
        ),
        members=tuple(member_input(m) for m in body.members),
        lottery_entrants=tuple(latest_draw.entrants) if latest_draw else None,
    )
