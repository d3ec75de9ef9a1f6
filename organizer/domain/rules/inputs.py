"""Plain, frozen inputs for the rules, so they can be tested without a database.

``from_models`` builds them from ORM objects; tests build them directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from organizer.domain.enums import MayorVotes, OverflowPolicy, SignupStatus, Stance


@dataclass(frozen=True)
class MemberInput:
    """A council member as the rules see them: the latest stance and whether it was public."""

    id: int
    name: str
    seat: str = ""
    stance: Stance = Stance.UNKNOWN
    stance_is_public: bool = False
    is_mayor: bool = False
    active: bool = True
    concerns: tuple[str, ...] = ()


@dataclass(frozen=True)
class BodyWhipInput:
    id: int
    name: str
    seats: int
    votes_needed_override: int | None = None
    mayor_votes: MayorVotes = MayorVotes.ALWAYS
    members: tuple[MemberInput, ...] = ()


@dataclass(frozen=True)
class SlotInput:
    """A sign-up as the time budget sees it; ``minutes`` None means the per-speaker limit."""

    signup_id: int
    status: SignupStatus
    minutes: int | None = None


@dataclass(frozen=True)
class BudgetInput:
    """A meeting's public-comment rules (already resolved against the body's) and sign-ups."""

    starts_at: dt.datetime
    minutes_per_speaker: int | None = None  # None: no per-speaker cap
    window_minutes: int | None = None  # None: unlimited
    signup_deadline_minutes: int | None = None  # minutes before the start; None: no deadline
    signups: tuple[SlotInput, ...] = ()


@dataclass(frozen=True)
class PointInput:
    id: int
    title: str
    concerns: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeakerInput:
    """A sign-up with what the line-up checks need about the person and their points."""

    signup_id: int
    person_id: int
    name: str
    status: SignupStatus
    position: int = 0
    minutes: int | None = None  # None: the per-speaker limit
    point_ids: tuple[int, ...] = ()
    email: str = ""
    phone: str = ""
    home_body_id: int | None = None
    ward: str = ""


@dataclass(frozen=True)
class LineupInput:
    body_id: int
    body_name: str
    minutes_per_speaker: int | None = None
    window_minutes: int | None = None
    overflow_policy: OverflowPolicy = OverflowPolicy.FIRST_COME
    mayor_votes: MayorVotes = MayorVotes.ALWAYS
    speakers: tuple[SpeakerInput, ...] = ()
    points: tuple[PointInput, ...] = ()  # at least every point assigned to a speaker
    members: tuple[MemberInput, ...] = ()  # the body's members
    # Sign-up ids entered in the latest lottery draw; None when none has been drawn.
    lottery_entrants: tuple[int, ...] | None = None
