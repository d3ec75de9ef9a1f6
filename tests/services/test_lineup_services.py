"""Meetings, sign-ups, lotteries, votes and undoable deletion, through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from organizer.domain.enums import MeetingStatus, SignupStatus, Stance, StanceSource
from organizer.domain.models import (
    CouncilMember,
    LotteryDraw,
    Meeting,
    Person,
    Signup,
    SignupPoint,
    StanceRecord,
)
from organizer.domain.rules import lottery
from organizer.errors import NotFoundError, ValidationError
from organizer.services import council, deletion, meetings, people, points, signups

pytestmark = pytest.mark.storage

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def _body(session, short: str):
    return council.find_body(session, short)


def _meeting(session, short="Normal", days=6) -> Meeting:
    body = _body(session, short)
    return meetings.create_meeting(session, body.id, NOW + dt.timedelta(days=days),
                                   agenda_item="Welcoming City ordinance")


def _people(session, n: int) -> list[Person]:
    return [people.create_person(session, first_name=f"Speaker{i}", email=f"s{i}@example.org") for i in range(n)]


def test_starter_bodies_have_the_published_rules(session) -> None:
    normal = _body(session, "Normal")
    assert (normal.seats, normal.minutes_per_speaker, normal.comment_window_minutes) == (7, 3, 20)
    assert normal.overflow_policy.value == "lottery"
    bloomington = _body(session, "bloomington")
    assert bloomington.seats == 9
    assert bloomington.rules_source and bloomington.rules_verified_on is not None


def test_find_body_explains_the_choices(session) -> None:
    with pytest.raises(NotFoundError, match="Normal"):
        council.find_body(session, "Springfield")


def test_generate_meetings_from_the_schedule_in_local_time(session) -> None:
    body = _body(session, "Bloomington")
    created = meetings.generate_meetings(session, body.id, dt.date(2026, 12, 1), dt.date(2027, 1, 31))
    local = [meetings.local_start(m) for m in created]
    assert [d.date() for d in local] == [dt.date(2026, 12, 14), dt.date(2026, 12, 28),
                                         dt.date(2027, 1, 11), dt.date(2027, 1, 25)]
    assert {d.hour for d in local} == {18}
    # generating again adds nothing
    assert meetings.generate_meetings(session, body.id, dt.date(2026, 12, 1), dt.date(2027, 1, 31)) == []


def test_next_meeting_and_find_meeting(session) -> None:
    later = _meeting(session, days=20)
    sooner = _meeting(session, "Bloomington", days=3)
    assert meetings.find_meeting(session, "next", now=NOW).id == sooner.id
    assert meetings.find_meeting(session, str(later.id)).id == later.id
    with pytest.raises(ValidationError, match="not a meeting"):
        meetings.find_meeting(session, "tomorrow")
    with pytest.raises(NotFoundError):
        meetings.find_meeting(session, "99999")


def test_signup_goes_to_the_end_with_points_in_order(session) -> None:
    meeting = _meeting(session)
    a, b = _people(session, 2)
    library = points.list_points(session)
    first = signups.add_signup(session, meeting.id, a.id, [library[3].id, library[0].id])
    second = signups.add_signup(session, meeting.id, b.id)
    assert (first.position, second.position) == (1, 2)
    session.expire_all()
    assert [p.id for p in session.get(Signup, first.id).points] == [library[3].id, library[0].id]


def test_the_same_person_cannot_sign_up_twice(session) -> None:
    meeting = _meeting(session)
    (a,) = _people(session, 1)
    signups.add_signup(session, meeting.id, a.id)
    with pytest.raises(ValidationError, match="already signed up"):
        signups.add_signup(session, meeting.id, a.id)


def test_cannot_sign_up_for_a_cancelled_meeting(session) -> None:
    meeting = _meeting(session)
    meetings.update_meeting(session, meeting.id, {"status": MeetingStatus.CANCELLED})
    (a,) = _people(session, 1)
    with pytest.raises(ValidationError, match="cancelled"):
        signups.add_signup(session, meeting.id, a.id)


def test_unknown_point_is_refused(session) -> None:
    meeting = _meeting(session)
    (a,) = _people(session, 1)
    with pytest.raises(ValidationError, match="no talking point"):
        signups.add_signup(session, meeting.id, a.id, [424242])


def test_reorder_and_move(session) -> None:
    meeting = _meeting(session)
    ids = [signups.add_signup(session, meeting.id, p.id).id for p in _people(session, 4)]
    signups.move(session, ids[3], 0)
    board = meetings.load_meeting_board(session, meeting.id)
    assert [s.id for s in board.signups] == [ids[3], ids[0], ids[1], ids[2]]
    with pytest.raises(ValidationError, match="exactly once"):
        signups.reorder(session, meeting.id, ids[:2])


def test_budget_and_warnings_follow_the_lineup(session) -> None:
    meeting = _meeting(session)  # Normal: 3 minutes each, 20 in all
    for p in _people(session, 8):
        signups.add_signup(session, meeting.id, p.id)
    board = meetings.load_meeting_board(session, meeting.id)
    budget = meetings.meeting_budget(board, now=NOW)
    assert (budget.minutes_used, budget.window_minutes, budget.over_window) == (24, 20, True)
    codes = {w.code.value for w in meetings.meeting_warnings(board)}
    assert {"over_window", "lottery_needed", "no_points"} <= codes
    assert signups.needs_lottery(board)


def test_lottery_is_recorded_and_verifiable(session) -> None:
    meeting = _meeting(session)
    ids = [signups.add_signup(session, meeting.id, p.id).id for p in _people(session, 9)]
    draw = signups.draw_lottery(session, meeting.id, seed="TEST-SEED")
    assert draw.slots == 6  # 20 minutes / 3 per speaker
    assert lottery.verify(ids, "TEST-SEED", draw.order)
    board = meetings.load_meeting_board(session, meeting.id)
    assert [s.id for s in board.signups] == draw.order
    statuses = [s.status for s in board.signups]
    assert statuses[:6] == [SignupStatus.INVITED] * 6
    assert statuses[6:] == [SignupStatus.WAITLISTED] * 3
    assert session.scalar(select(func.count()).select_from(LotteryDraw)) == 1
    assert "lottery_needed" not in {w.code.value for w in meetings.meeting_warnings(board)}
    assert not signups.needs_lottery(board)
    late = people.create_person(session, first_name="Late", email="late@example.org")
    signups.add_signup(session, meeting.id, late.id)
    assert signups.needs_lottery(meetings.load_meeting_board(session, meeting.id))


def test_votes_add_stance_records_from_a_vote(session) -> None:
    body = _body(session, "Normal")
    member = council.create_member(session, body.id, name="Test Member", seat="At-large")
    council.record_stance(session, member.id, Stance.UNDECIDED, recorded_on=dt.date(2026, 10, 1))
    past = meetings.create_meeting(session, body.id, NOW - dt.timedelta(days=2))
    meetings.record_votes(session, past.id, {member.id: "yes"}, now=NOW)
    session.expire_all()
    assert session.get(Meeting, past.id).status == MeetingStatus.HELD
    latest = session.scalars(select(StanceRecord).where(StanceRecord.member_id == member.id)
                             .order_by(StanceRecord.recorded_on.desc(), StanceRecord.id.desc())).first()
    assert (latest.stance, latest.source_kind, latest.is_public) == (Stance.YES, StanceSource.VOTE, True)
    with pytest.raises(ValidationError, match="once the meeting has been held"):
        meetings.record_votes(session, _meeting(session).id, {member.id: "yes"}, now=NOW)


def test_record_stance_updates_the_whip_count(session) -> None:
    body = _body(session, "Normal")
    member = council.create_member(session, body.id, name="Swing Vote", seat="At-large")
    before = {c.body: c for c in council.whip_counts(session)}[body.name]
    council.record_stance(session, member.id, "yes", source_kind="public_statement", is_public=True)
    after = {c.body: c for c in council.whip_counts(session)}[body.name]
    assert after.counts[Stance.YES] == before.counts[Stance.YES] + 1
    assert after.yes_public == before.yes_public + 1
    with pytest.raises(ValidationError, match="not a stance"):
        council.record_stance(session, member.id, "maybe")


def test_delete_a_person_and_undo_brings_back_their_signups(session) -> None:
    meeting = _meeting(session)
    a, b = _people(session, 2)
    library = points.list_points(session)
    signup = signups.add_signup(session, meeting.id, a.id, [library[0].id, library[1].id])
    signups.add_signup(session, meeting.id, b.id)
    person_id = a.id
    snapshot = deletion.delete_with_snapshot(session, Person, person_id, "person")
    assert session.get(Person, person_id) is None
    assert session.scalar(select(func.count()).select_from(Signup)) == 1
    deletion.restore(session, snapshot)
    restored = session.get(Signup, signup.id)
    assert restored.person.email == "s0@example.org"
    assert [link.point_id for link in restored.point_links] == [library[0].id, library[1].id]
    assert session.scalar(select(func.count()).select_from(SignupPoint)) == 2


# --- ids typed by hand, and text longer than its column ----------------------------------------
@pytest.mark.parametrize("text", ["²", "١٢", "12²"])
def test_find_meeting_refuses_digits_that_are_not_ascii(session, text) -> None:
    with pytest.raises(ValidationError, match="is not a meeting; give a meeting's id"):
        meetings.find_meeting(session, text)


@pytest.mark.parametrize("text", ["2147483648", "99999999999999999999"])
def test_find_meeting_with_an_id_past_the_column_is_not_found(session, text) -> None:
    with pytest.raises(NotFoundError, match=f"There is no meeting with id {text}"):
        meetings.find_meeting(session, text)


@pytest.mark.parametrize("text", ["²", "2147483648", "99999999999999999999"])
def test_find_body_with_an_impossible_id_is_not_found(session, text) -> None:
    with pytest.raises(NotFoundError, match="There is no council"):
        council.find_body(session, text)


def test_a_point_id_past_the_column_is_an_unknown_point(session) -> None:
    meeting = _meeting(session)
    (a,) = _people(session, 1)
    with pytest.raises(ValidationError, match="no talking point with id 99999999999999999999"):
        signups.add_signup(session, meeting.id, a.id, [99999999999999999999])


@pytest.mark.parametrize(("field", "limit"), [("title", 200), ("place", 200), ("address", 300)])
def test_meeting_text_longer_than_its_column_is_one_sentence(session, field, limit) -> None:
    assert Meeting.__table__.c[field].type.length == limit
    body = _body(session, "Normal")
    with pytest.raises(ValidationError, match=rf"too long \(at most {limit} characters\)"):
        meetings.create_meeting(session, body.id, NOW, **{field: "x" * (limit + 1)})
    meeting = meetings.create_meeting(session, body.id, NOW, **{field: "é" * limit})
    with pytest.raises(ValidationError, match="too long"):
        meetings.update_meeting(session, meeting.id, {field: "y" * (limit + 1)})
    session.expire_all()
    assert getattr(session.get(Meeting, meeting.id), field) == "é" * limit


@pytest.mark.parametrize(("field", "limit"), [("name", 200), ("seat", 100), ("office", 300)])
def test_member_text_longer_than_its_column_is_one_sentence(session, field, limit) -> None:
    assert CouncilMember.__table__.c[field].type.length == limit
    body = _body(session, "Normal")
    fields = {"name": "Ana Pérez", field: "x" * (limit + 1)}
    with pytest.raises(ValidationError, match=rf"too long \(at most {limit} characters\)"):
        council.create_member(session, body.id, **fields)
    member = council.create_member(session, body.id, **{**fields, field: "é" * limit})
    with pytest.raises(ValidationError, match="too long"):
        council.update_member(session, member.id, {field: "y" * (limit + 1)})
    session.expire_all()
    assert getattr(session.get(CouncilMember, member.id), field) == "é" * limit


def test_a_lottery_seed_longer_than_its_column_is_one_sentence(session) -> None:
    assert LotteryDraw.__table__.c["seed"].type.length == 100
    meeting = _meeting(session)
    for p in _people(session, 3):
        signups.add_signup(session, meeting.id, p.id)
    with pytest.raises(ValidationError, match=r"seed is too long \(at most 100 characters\)"):
        signups.draw_lottery(session, meeting.id, seed="7" * 101)
    assert signups.draw_lottery(session, meeting.id, seed="7" * 100).seed == "7" * 100
