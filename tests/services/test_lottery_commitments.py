"""A lottery seed committed before sign-ups: shown only as a hash, revealed at the draw,
not changeable once people have signed up, and redraws that keep confirmed speakers."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from organizer.domain.enums import SignupStatus
from organizer.domain.models import LotteryCommitment, Meeting, Person
from organizer.domain.rules import lottery
from organizer.errors import ValidationError
from organizer.services import council, meetings, people, signups
from organizer.services import lottery as lottery_service

pytestmark = pytest.mark.storage

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def _meeting(session, short: str = "Normal") -> Meeting:
    body = council.find_body(session, short)  # Normal: 3 minutes each, 20-minute window, lottery
    return meetings.create_meeting(session, body.id, dt.datetime.now(dt.UTC) + dt.timedelta(days=6))


def _people(session, n: int, start: int = 0) -> list[Person]:
    return [
        people.create_person(session, first_name=f"Speaker{i}", email=f"s{i}@example.org")
        for i in range(start, start + n)
    ]


def _sign_up(session, meeting: Meeting, n: int, start: int = 0) -> list[int]:
    return [signups.add_signup(session, meeting.id, p.id).id for p in _people(session, n, start)]


def _board(session, meeting_id: int) -> Meeting:
    return meetings.load_meeting_board(session, meeting_id)


def test_the_commitment_is_the_sha256_of_a_seed_kept_secret_until_the_draw(session) -> None:
    meeting = _meeting(session)
    committed = lottery_service.commit_lottery(session, meeting.id)
    assert committed.commitment == hashlib.sha256(committed.seed.encode()).hexdigest()
    check = lottery_service.check_lottery(_board(session, meeting.id))
    assert check.commitment == committed.commitment and not check.drawn
    assert check.seed is None and committed.seed not in str(check.to_dict())

    ids = _sign_up(session, meeting, 9)
    draw = signups.draw_lottery(session, meeting.id)
    assert draw.seed == committed.seed and draw.commitment == committed.commitment
    check = lottery_service.check_lottery(_board(session, meeting.id))
    assert check.seed == committed.seed and check.drawn_with_commitment
    assert check.seed_matches_commitment and check.order_matches_seed and check.checks_out
    assert list(check.order) == lottery.draw_order(ids, committed.seed)
    assert check.signed_up_before_commitment == 0


def test_committing_twice_keeps_the_first_commitment(session) -> None:
    meeting = _meeting(session)
    first = lottery_service.commit_lottery(session, meeting.id)
    assert lottery_service.commit_lottery(session, meeting.id).id == first.id
    assert session.scalar(select(func.count()).select_from(LotteryCommitment)) == 1


def test_a_commitment_can_be_replaced_only_before_anyone_signs_up_and_stays_on_record(session) -> None:
    meeting = _meeting(session)
    first = lottery_service.commit_lottery(session, meeting.id)
    second = lottery_service.commit_lottery(session, meeting.id, replace=True)
    assert second.commitment != first.commitment and first.replaced_at is not None
    assert lottery_service.check_lottery(_board(session, meeting.id)).replaced == 1

    _sign_up(session, meeting, 1)
    with pytest.raises(ValidationError, match="1 person has signed up since the seed was committed"):
        lottery_service.commit_lottery(session, meeting.id, replace=True)
    board = _board(session, meeting.id)
    assert lottery_service.current_commitment(board).id == second.id
    assert len(board.lottery_commitments) == 2


def test_the_draw_refuses_a_typed_seed_other_than_the_committed_one(session) -> None:
    meeting = _meeting(session)
    committed = lottery_service.commit_lottery(session, meeting.id)
    _sign_up(session, meeting, 8)
    with pytest.raises(ValidationError, match="committed in advance"):
        signups.draw_lottery(session, meeting.id, seed="DICE-ROLLED-LATER")
    assert _board(session, meeting.id).lottery_draws == []
    assert signups.draw_lottery(session, meeting.id, seed=committed.seed).seed == committed.seed


def test_a_draw_without_a_commitment_works_and_says_so(session) -> None:
    meeting = _meeting(session)
    _sign_up(session, meeting, 8)
    draw = signups.draw_lottery(session, meeting.id, seed="TYPED-AT-THE-DRAW")
    assert draw.commitment is None
    check = lottery_service.check_lottery(_board(session, meeting.id))
    assert check.drawn and check.order_matches_seed and check.checks_out
    assert not check.drawn_with_commitment and check.seed_matches_commitment is None
    assert check.commitment is None


def test_no_commitment_after_a_draw_without_one(session) -> None:
    """Else a redraw with a fresh seed would pass as fixed before the entrants were known."""
    meeting = _meeting(session)
    _sign_up(session, meeting, 8)
    first = signups.draw_lottery(session, meeting.id, seed="TYPED-AT-THE-DRAW")
    with pytest.raises(ValidationError, match="already drawn without a committed seed"):
        lottery_service.commit_lottery(session, meeting.id)
    assert session.scalar(select(func.count()).select_from(LotteryCommitment)) == 0
    assert _board(session, meeting.id).lottery_draws[-1].id == first.id


def test_a_revealed_commitment_cannot_be_replaced(session) -> None:
    meeting = _meeting(session)
    lottery_service.commit_lottery(session, meeting.id)
    _sign_up(session, meeting, 8)
    signups.draw_lottery(session, meeting.id)
    with pytest.raises(ValidationError, match="already revealed"):
        lottery_service.commit_lottery(session, meeting.id, replace=True)


def test_a_tampered_seed_does_not_check_out(session) -> None:
    meeting = _meeting(session)
    lottery_service.commit_lottery(session, meeting.id)
    _sign_up(session, meeting, 8)
    draw = signups.draw_lottery(session, meeting.id)
    draw.seed = "SWAPPED-AFTERWARDS"
    draw.order = lottery.draw_order(draw.entrants, draw.seed)
    session.flush()
    check = lottery_service.check_lottery(_board(session, meeting.id))
    assert check.order_matches_seed and check.seed_matches_commitment is False
    assert not check.checks_out


def test_committing_for_a_first_come_council_is_one_sentence(session) -> None:
    meeting = _meeting(session, "Bloomington")
    assert meeting.effective_overflow_policy.value == "first_come"
    with pytest.raises(ValidationError, match="first come, first served"):
        lottery_service.commit_lottery(session, meeting.id)
    assert session.scalar(select(func.count()).select_from(LotteryCommitment)) == 0


def test_a_redraw_keeps_confirmed_speakers_speaking_and_confirmed(session) -> None:
    meeting = _meeting(session)
    _sign_up(session, meeting, 8)  # 6 fit
    first = signups.draw_lottery(session, meeting.id, seed="TEST-SEED")
    confirmed = first.order[:4]
    for signup_id in confirmed:
        signups.update_signup(session, signup_id, {"status": "confirmed"})
    # Late sign-ups: with the same seed, their tickets push confirmed speakers down the order.
    _sign_up(session, meeting, 12, start=100)
    assert signups.needs_lottery(_board(session, meeting.id))
    second = signups.draw_lottery(session, meeting.id, seed="TEST-SEED")
    assert not set(confirmed) <= set(second.order[:6])  # so keeping them is what saves them
    assert sorted(second.kept) == sorted(confirmed)

    board = _board(session, meeting.id)
    status = {s.id: s.status for s in board.signups}
    assert all(status[i] == SignupStatus.CONFIRMED for i in confirmed)
    speaking = [s.id for s in board.signups if s.status != SignupStatus.WAITLISTED]
    assert len(speaking) == 6 and set(confirmed) <= set(speaking)
    assert [s.id for s in board.signups][:6] == speaking  # speakers first, in drawn order
    check = lottery_service.check_lottery(board)
    assert check.checks_out and list(check.speakers) == speaking


def test_a_redraw_reuses_the_committed_seed(session) -> None:
    meeting = _meeting(session)
    committed = lottery_service.commit_lottery(session, meeting.id)
    _sign_up(session, meeting, 8)
    signups.draw_lottery(session, meeting.id)
    _sign_up(session, meeting, 3, start=100)
    again = signups.draw_lottery(session, meeting.id)
    assert again.seed == committed.seed and again.commitment == committed.commitment
    assert lottery_service.check_lottery(_board(session, meeting.id)).checks_out


def test_a_first_draw_keeps_nobody_by_status(session) -> None:
    meeting = _meeting(session)
    ids = _sign_up(session, meeting, 8)
    for signup_id in ids:
        signups.update_signup(session, signup_id, {"status": "confirmed"})
    draw = signups.draw_lottery(session, meeting.id, seed="TEST-SEED")
    assert draw.kept == []
    waiting = [s for s in _board(session, meeting.id).signups if s.status == SignupStatus.WAITLISTED]
    assert [s.id for s in waiting] == draw.order[6:]


def test_undoing_a_meeting_deletion_brings_its_commitment_and_draw_back(session) -> None:
    from organizer.services import deletion

    meeting = _meeting(session)
    committed = lottery_service.commit_lottery(session, meeting.id)
    _sign_up(session, meeting, 8)
    signups.draw_lottery(session, meeting.id)
    snap = deletion.delete_with_snapshot(session, Meeting, meeting.id, "meeting")
    assert session.scalar(select(func.count()).select_from(LotteryCommitment)) == 0
    deletion.restore(session, snap)
    session.expire_all()
    check = lottery_service.check_lottery(_board(session, meeting.id))
    assert check.commitment == committed.commitment and check.seed == committed.seed and check.checks_out
