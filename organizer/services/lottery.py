"""Committing to a meeting's lottery seed before sign-ups, and checking a draw against it.

The coordinator commits when sign-up opens: a fresh random seed is stored and only its
SHA-256 (the commitment) is shown and printed. ``signups.draw_lottery`` then reveals and
uses that seed; ``check_lottery`` is what anyone in the room can re-compute. A commitment
can be replaced only while nobody has signed up since it was made, and a replaced one
stays on record, so the seed cannot quietly be swapped once the entrants are known.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from organizer.domain.enums import MeetingStatus, OverflowPolicy
from organizer.domain.models import LotteryCommitment, Meeting, utcnow
from organizer.domain.rules import lottery
from organizer.errors import ValidationError
from organizer.i18n import N_, _, ngettext
from organizer.services.records import get_record


def current_commitment(meeting: Meeting) -> LotteryCommitment | None:
    """The commitment a draw of this meeting will reveal, if one was made."""
    live = [c for c in meeting.lottery_commitments if c.replaced_at is None]
    return live[-1] if live else None


def _signed_up_since(meeting: Meeting, when: dt.datetime) -> int:
    return sum(1 for s in meeting.signups if s.created_at is not None and _utc(s.created_at) >= _utc(when))


def _utc(when: dt.datetime) -> dt.datetime:
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def commit_lottery(
    session: Session, meeting_id: int, *, replace: bool = False, now: dt.datetime | None = None
) -> LotteryCommitment:
    """Fix a fresh secret seed for the meeting's lottery and return it (show only its hash).

    Committing again returns the existing commitment unless ``replace``; replacing is refused
    once someone has signed up since the commitment or a draw has revealed it.
    """
    meeting = get_record(session, Meeting, meeting_id, N_("meeting"))
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.HELD):
        raise ValidationError(
            _("That meeting is cancelled; there is no lottery left to commit to.")
            if meeting.status == MeetingStatus.CANCELLED
            else _("That meeting is held; there is no lottery left to commit to.")
        )
    if meeting.effective_overflow_policy != OverflowPolicy.LOTTERY:
        raise ValidationError(
            _("This meeting takes speakers first come, first served; there is no lottery to commit to.")
        )
    existing = current_commitment(meeting)
    if existing is None and meeting.lottery_draws:
        # Committing after the entrants and a drawn order are known would prove nothing, and
        # would let a redraw with a fresh seed pass as fixed in advance.
        raise ValidationError(_(
            "This meeting's lottery was already drawn without a committed seed; a seed committed "
            "now could not show that it was fixed before anyone knew the entrants."
        ))
    now = now or utcnow()
    if existing is not None:
        if not replace:
            return existing
        if any(d.commitment == existing.commitment for d in meeting.lottery_draws):
            raise ValidationError(
                _("This commitment was already revealed by a draw; a redraw uses the same seed.")
            )
        joined = _signed_up_since(meeting, existing.committed_at)
        if joined:
            raise ValidationError(
                ngettext("{count} person has signed up since the seed was committed, so it can no longer be changed.",
                         "{count} people have signed up since the seed was committed, so it can no longer be changed.",
                         joined).format(count=joined)
            )
        existing.replaced_at = now
    seed = lottery.new_seed()
    commitment = LotteryCommitment(
        meeting=meeting, seed=seed, commitment=lottery.commitment(seed), committed_at=now
    )
    session.add(commitment)
    session.flush()
    return commitment


@dataclass(frozen=True)
class LotteryCheck:
    """Everything the room needs to check a meeting's lottery, with nothing secret in it."""

    meeting_id: int
    commitment: str | None  # published before sign-ups; None: nothing was committed
    committed_at: dt.datetime | None
    replaced: int  # earlier commitments that were replaced before anyone signed up
    signed_up_before_commitment: int  # sign-ups that already existed when it was made
    drawn: bool
    seed: str | None = None  # revealed only once drawn
    drawn_at: dt.datetime | None = None
    drawn_with_commitment: bool = False
    seed_matches_commitment: bool | None = None  # None: no commitment to check against
    order_matches_seed: bool | None = None
    entrants: tuple[int, ...] = ()
    order: tuple[int, ...] = ()
    slots: int = 0
    kept: tuple[int, ...] = ()
    speakers: tuple[int, ...] = ()
    waitlist: tuple[int, ...] = ()

    @property
    def checks_out(self) -> bool:
        """Drawn, the order follows from the seed, and the seed is the one committed (if any)."""
        return self.drawn and bool(self.order_matches_seed) and self.seed_matches_commitment is not False

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting_id": self.meeting_id,
            "commitment": self.commitment,
            "committed_at": self.committed_at.isoformat() if self.committed_at else None,
            "replaced_commitments": self.replaced,
            "signed_up_before_commitment": self.signed_up_before_commitment,
            "drawn": self.drawn,
            "seed": self.seed,
            "drawn_at": self.drawn_at.isoformat() if self.drawn_at else None,
            "drawn_with_commitment": self.drawn_with_commitment,
            "seed_matches_commitment": self.seed_matches_commitment,
            "order_matches_seed": self.order_matches_seed,
            "checks_out": self.checks_out,
            "entrants": list(self.entrants),
            "order": list(self.order),
            "slots": self.slots,
            "kept": list(self.kept),
            "speakers": list(self.speakers),
            "waitlist": list(self.waitlist),
        }


def check_lottery(meeting: Meeting) -> LotteryCheck:
    """The commitment and, once drawn, the revealed seed with both checks re-computed."""
    live = current_commitment(meeting)
    replaced = sum(1 for c in meeting.lottery_commitments if c.replaced_at is not None)
    before = 0
    if live is not None:
        before = sum(1 for s in meeting.signups if s.created_at is not None and _utc(s.created_at) < _utc(live.committed_at))
    common: dict[str, Any] = {
        "meeting_id": meeting.id,
        "replaced": replaced,
        "signed_up_before_commitment": before,
    }
    if not meeting.lottery_draws:
        return LotteryCheck(
            commitment=live.commitment if live else None,
            committed_at=live.committed_at if live else None,
            drawn=False,
            **common,
        )
    draw = meeting.lottery_draws[-1]
    kept = tuple(draw.kept or ())
    speakers, waitlist = lottery.split_speakers(draw.order, draw.slots, kept)
    committed = draw.commitment
    shown = committed or (live.commitment if live else None)
    return LotteryCheck(
        commitment=shown,
        committed_at=live.committed_at if live and live.commitment == shown else None,
        drawn=True,
        seed=draw.seed,
        drawn_at=draw.drawn_at,
        drawn_with_commitment=committed is not None,
        seed_matches_commitment=None if committed is None else lottery.commitment(draw.seed) == committed,
        order_matches_seed=lottery.verify(draw.entrants, draw.seed, draw.order),
        entrants=tuple(draw.entrants),
        order=tuple(draw.order),
        slots=draw.slots,
        kept=kept,
        speakers=tuple(speakers),
        waitlist=tuple(waitlist),
        **common,
    )
