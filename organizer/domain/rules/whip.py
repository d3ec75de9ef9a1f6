"""The whip count: where a council stands and whom to talk to next.

Who is counted depends on how the mayor votes: ``always`` counts the mayor like any
member; ``tie_only`` shows the mayor apart as the tie-breaker (not in the seats, counts
or targets); ``never`` leaves the mayor out. Inactive members are never counted.

``seats`` is the body's number of voting seats, not the number of members on file, so a
vacancy still raises the bar the way it does in the council chamber.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from organizer.domain.enums import STANCE_ORDER, MayorVotes, Stance
from organizer.domain.rules.inputs import BodyWhipInput, MemberInput

# Most persuadable first: a lean-yes needs a nudge, a lean-no needs a conversation, and an
# unknown first needs someone to find out.
TARGET_ORDER = (Stance.LEAN_YES, Stance.UNDECIDED, Stance.LEAN_NO, Stance.UNKNOWN)

REASON_PERSUADE = "persuade"
REASON_FIRM_UP = "firm_up"  # says yes, but only in private


def votes_needed(seats: int, override: int | None = None) -> int:
    """The body's own rule if it has one, else a simple majority of the seats."""
    if override is not None:
        return override
    return seats // 2 + 1


@dataclass(frozen=True)
class WhipMember:
    id: int
    name: str
    seat: str
    stance: Stance
    stance_is_public: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "seat": self.seat,
            "stance": self.stance.value,
            "public": self.stance_is_public,
        }


@dataclass(frozen=True)
class WhipTarget:
    id: int
    name: str
    seat: str
    stance: Stance
    reason: str  # REASON_PERSUADE or REASON_FIRM_UP

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "seat": self.seat,
            "stance": self.stance.value,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class WhipCount:
    body_id: int
    body: str
    mayor_votes: MayorVotes
    seats: int
    votes_needed: int
    counts: dict[Stance, int]  # every stance, in STANCE_ORDER
    yes_public: int
    yes_private: int
    more_needed: int  # more firm yes votes needed
    more_needed_with_leans: int  # the same, if every lean-yes came through
    has_majority: bool
    has_majority_with_leans: bool
    vacancies: int  # seats with no active member on file
    members: tuple[WhipMember, ...]  # counted members, in input order
    targets: tuple[WhipTarget, ...]
    tie_breaker: WhipMember | None  # the mayor, when the mayor only breaks ties

    def to_dict(self) -> dict[str, Any]:
        return {
            "body_id": self.body_id,
            "body": self.body,
            "mayor_votes": self.mayor_votes.value,
            "seats": self.seats,
            "votes_needed": self.votes_needed,
            "counts": {stance.value: self.counts[stance] for stance in STANCE_ORDER},
            "yes_public": self.yes_public,
            "yes_private": self.yes_private,
            "more_needed": self.more_needed,
            "more_needed_with_leans": self.more_needed_with_leans,
            "has_majority": self.has_majority,
            "has_majority_with_leans": self.has_majority_with_leans,
            "vacancies": self.vacancies,
            "members": [m.to_dict() for m in self.members],
            "targets": [t.to_dict() for t in self.targets],
            "tie_breaker": self.tie_breaker.to_dict() if self.tie_breaker else None,
        }


def _summary(member: MemberInput) -> WhipMember:
    return WhipMember(
        id=member.id,
        name=member.name,
        seat=member.seat,
        stance=member.stance,
        stance_is_public=member.stance_is_public,
    )


def _targets(members: list[MemberInput]) -> tuple[WhipTarget, ...]:
    def by_name(m: MemberInput) -> tuple[str, int]:
        return (m.name.casefold(), m.id)

    targets: list[WhipTarget] = []
    for stance in TARGET_ORDER:
        for m in sorted((m for m in members if m.stance == stance), key=by_name):
            targets.append(WhipTarget(m.id, m.name, m.seat, m.stance, REASON_PERSUADE))
    private_yes = [m for m in members if m.stance == Stance.YES and not m.stance_is_public]
    for m in sorted(private_yes, key=by_name):
        targets.append(WhipTarget(m.id, m.name, m.seat, m.stance, REASON_FIRM_UP))
    return tuple(targets)


def whip_count(body: BodyWhipInput) -> WhipCount:
    active = [m for m in body.members if m.active]
    counted = [m for m in active if not m.is_mayor or body.mayor_votes == MayorVotes.ALWAYS]
    tie_breaker = None
    if body.mayor_votes == MayorVotes.TIE_ONLY:
        mayor = next((m for m in active if m.is_mayor), None)
        tie_breaker = _summary(mayor) if mayor else None

    counts = {stance: 0 for stance in STANCE_ORDER}
    for m in counted:
        counts[m.stance] += 1
    yes = counts[Stance.YES]
    yes_with_leans = yes + counts[Stance.LEAN_YES]
    yes_public = sum(1 for m in counted if m.stance == Stance.YES and m.stance_is_public)
    needed = votes_needed(body.seats, body.votes_needed_override)

    return WhipCount(
        body_id=body.id,
        body=body.name,
        mayor_votes=body.mayor_votes,
        seats=body.seats,
        votes_needed=needed,
        counts=counts,
        yes_public=yes_public,
        yes_private=yes - yes_public,
        more_needed=max(0, needed - yes),
        more_needed_with_leans=max(0, needed - yes_with_leans),
        has_majority=yes >= needed,
        has_majority_with_leans=yes_with_leans >= needed,
        vacancies=max(0, body.seats - len(counted)),
        members=tuple(_summary(m) for m in counted),
        targets=_targets(counted),
        tie_breaker=tie_breaker,
    )
