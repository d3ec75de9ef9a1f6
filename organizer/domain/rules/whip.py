"""The whip count: where a council stands and whom to talk to next.

Who is counted depends on how the mayor votes: ``always`` counts the mayor like any
member; ``tie_only`` shows the mayor apart as the tie-breaker (not in the seats or
counts); ``never`` leaves the mayor out. Inactive members are never counted.

``seats`` is the body's number of voting seats, not the number of members on file, so a
vacancy still raises the bar the way it does in the council chamber.

A tie-breaking mayor decides a vote when the sitting members can split evenly and one more
yes would reach the votes needed: a full council with an even number of seats, or an odd
council with one vacancy (8 of 9 seats filled: 4 to 4, and the mayor makes it 5). Then the
ordinance also passes with one vote fewer than ``votes_needed`` and the mayor's yes, and the
mayor is someone to talk to like any member (``targets``). ``votes_needed`` stays the
majority of the seats: the mayor's vote is not a seat.
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
    # The members can tie one vote short of votes_needed, and a tie-breaking mayor decides it.
    tie_possible: bool
    # A tie is possible, the firm yes votes are exactly half the members, and the mayor says yes.
    passes_with_tie_breaker: bool

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
            "tie_possible": self.tie_possible,
            "passes_with_tie_breaker": self.passes_with_tie_breaker,
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


def tie_is_possible(mayor_votes: MayorVotes, members: int, needed: int) -> bool:
    """Whether ``members`` sitting members can tie and the mayor's tie-breaking vote decides.

    Only an even number of members can split evenly, and the tie must fall one vote short
    of ``needed``: with two vacancies on a council of 8 (3 to 3), the mayor's yes makes 4 of
    the 5 needed, so that tie simply fails.
    """
    return (
        mayor_votes == MayorVotes.TIE_ONLY and members > 0 and members % 2 == 0 and needed == members // 2 + 1
    )


def whip_count(body: BodyWhipInput) -> WhipCount:
    active = [m for m in body.members if m.active]
    counted = [m for m in active if not m.is_mayor or body.mayor_votes == MayorVotes.ALWAYS]
    mayor = None
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
    tie_possible = tie_is_possible(body.mayor_votes, len(counted), needed)
    # When the mayor can decide the vote, the mayor is worth a conversation like any member.
    persuadable = counted + [mayor] if tie_possible and mayor is not None else counted

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
        targets=_targets(persuadable),
        tie_breaker=tie_breaker,
        tie_possible=tie_possible,
        passes_with_tie_breaker=(
            tie_possible and mayor is not None and mayor.stance == Stance.YES and yes == len(counted) // 2
        ),
    )
