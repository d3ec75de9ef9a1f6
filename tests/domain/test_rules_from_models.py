"""The adapters read loaded ORM objects; plain transient objects are enough to test them."""

import datetime as dt

from organizer.domain.enums import (
    MayorVotes,
    OverflowPolicy,
    SignupStatus,
    Stance,
    StanceSource,
)
from organizer.domain.models import (
    CouncilMember,
    GoverningBody,
    LotteryDraw,
    Meeting,
    Person,
    Signup,
    SignupPoint,
    StanceRecord,
    TalkingPoint,
)
from organizer.domain.rules.budget import speaking_budget
from organizer.domain.rules.from_models import budget_input, lineup_input, whip_input
from organizer.domain.rules.lineup import LineupCode, lineup_warnings
from organizer.domain.rules.whip import whip_count

START = dt.datetime(2026, 3, 9, 23, 0, tzinfo=dt.UTC)


def stance(value, day, public=False):
    return StanceRecord(
        stance=value,
        recorded_on=dt.date(2026, 1, day),
        source_kind=StanceSource.PRIVATE_MEETING,
        is_public=public,
    )


def make_body():
    body = GoverningBody(
        id=1,
        name="Bloomington City Council",
        seats=9,
        votes_needed_override=None,
        mayor_votes=MayorVotes.TIE_ONLY,
        minutes_per_speaker=3,
        comment_window_minutes=9,
        signup_deadline_minutes=60,
        overflow_policy=OverflowPolicy.LOTTERY,
    )
    body.members = [
        CouncilMember(
            id=1,
            name="Ann",
            seat="Ward 1",
            is_mayor=False,
            active=True,
            concerns=["cost"],
            stances=[stance(Stance.NO, 1, public=True), stance(Stance.UNDECIDED, 5)],
        ),
        CouncilMember(
            id=2,
            name="Bob",
            seat="Ward 2",
            is_mayor=False,
            active=True,
            concerns=[],
            stances=[stance(Stance.YES, 2, public=True)],
        ),
        CouncilMember(
            id=3,
            name="Cy",
            seat="Ward 3",
            is_mayor=False,
            active=True,
            concerns=[],
            stances=[stance(Stance.YES, 3)],
        ),
        CouncilMember(
            id=4, name="Di", seat="Ward 4", is_mayor=False, active=False, concerns=[], stances=[]
        ),
        CouncilMember(
            id=5,
            name="Mo",
            seat="Mayor",
            is_mayor=True,
            active=True,
            concerns=[],
            stances=[stance(Stance.LEAN_YES, 4)],
        ),
    ]
    return body


def test_whip_input_uses_the_latest_stance_and_its_publicity():
    count = whip_count(whip_input(make_body()))
    assert count.counts[Stance.UNDECIDED] == 1  # Ann's later private record wins
    assert count.counts[Stance.NO] == 0
    assert (count.yes_public, count.yes_private) == (1, 1)
    assert count.tie_breaker is not None and count.tie_breaker.name == "Mo"
    assert [t.name for t in count.targets] == ["Ann", "Cy"]
    assert count.votes_needed == 5
    assert count.more_needed == 3


def make_meeting():
    body = make_body()
    meeting = Meeting(
        id=7,
        starts_at=START,
        minutes_per_speaker=None,
        comment_window_minutes=None,
        signup_deadline_minutes=None,
        overflow_policy=None,
    )
    meeting.body = body
    safety = TalkingPoint(id=20, title="Police time goes to local crime", concerns=["Cost"])
    people = [
        Person(
            id=30 + i,
            first_name=name,
            last_name="Lopez",
            email=None,
            phone="",
            home_body_id=1,
            ward=ward,
        )
        for i, (name, ward) in enumerate(
            [("Ana", "Ward 1"), ("Beto", "Ward 2"), ("Caro", "Ward 3"), ("Dani", "Ward 2")]
        )
    ]
    statuses = [
        SignupStatus.CONFIRMED,
        SignupStatus.INVITED,
        SignupStatus.CHECKED_IN,
        SignupStatus.CONFIRMED,
    ]
    for i, (person, status) in enumerate(zip(people, statuses, strict=True)):
        signup = Signup(id=40 + i, person=person, position=i + 1, status=status, minutes=None)
        if i == 0:
            signup.point_links = [SignupPoint(point=safety, position=1)]
        meeting.signups.append(signup)
    meeting.signups.append(
        Signup(
            id=49,
            person=Person(
                id=39,
                first_name="Eve",
                last_name="X",
                email=None,
                phone="",
                home_body_id=None,
                ward="",
            ),
            position=9,
            status=SignupStatus.CANCELLED,
            minutes=5,
        )
    )
    return meeting


def test_budget_input_inherits_the_bodys_rules():
    b = speaking_budget(budget_input(make_meeting()), now=START - dt.timedelta(hours=2))
    assert b.minutes_per_speaker == 3
    assert b.window_minutes == 9
    assert b.active_signups == 4
    assert b.minutes_used == 12
    assert b.over_window is True
    assert b.deadline == START - dt.timedelta(hours=1)
    assert b.deadline_passed is False


def test_meeting_overrides_win_over_the_body():
    meeting = make_meeting()
    meeting.comment_window_minutes = 60
    meeting.minutes_per_speaker = 2
    b = speaking_budget(budget_input(meeting), now=START)
    assert (b.window_minutes, b.minutes_per_speaker, b.minutes_used) == (60, 2, 8)


def test_lineup_input_feeds_the_warnings():
    meeting = make_meeting()
    warnings = lineup_warnings(lineup_input(meeting))
    found = {w.code for w in warnings}
    assert LineupCode.OVER_WINDOW in found
    assert LineupCode.LOTTERY_NEEDED in found
    assert LineupCode.CONCERN_UNANSWERED not in found  # Ann's "cost" answered by Ana's point
    assert LineupCode.WARD_WITHOUT_SPEAKER not in found  # Ana lives in Ann's ward
    no_points = [w for w in warnings if w.code == LineupCode.NO_POINTS]
    assert [w.signup_ids for w in no_points] == [(41,), (42,), (43,)]
    assert "Beto Lopez has no talking points yet." in [w.message for w in no_points]


def test_lineup_input_reads_the_latest_lottery_draw():
    meeting = make_meeting()
    meeting.lottery_draws = [
        LotteryDraw(seed="OLD", entrants=[40], order=[40], slots=3),
        LotteryDraw(seed="NEW", entrants=[40, 41, 42], order=[42, 40, 41], slots=3),
    ]
    lineup = lineup_input(meeting)
    assert lineup.lottery_entrants == (40, 41, 42)
    late = [w for w in lineup_warnings(lineup) if w.code == LineupCode.LOTTERY_OUTDATED]
    assert [w.signup_ids for w in late] == [(43,)]


def test_objects_loaded_from_a_real_database(session):
    # Enum columns come back from the database as plain strings; the adapters must turn
    # them back into enums so the rules and to_dict() work on real data.
    import json

    from sqlalchemy import select

    body = make_body()
    body.id = None
    body.name = "Rules Test Council"
    for m in body.members:
        m.id = None
    meeting = Meeting(starts_at=START, body=body)
    person = Person(first_name="Ana", last_name="Lopez", home_body=body, ward="Ward 1")
    point = TalkingPoint(title="It costs nothing", category="why_it_matters", concerns=["cost"])
    signup = Signup(person=person, position=1, status=SignupStatus.CONFIRMED)
    signup.point_links = [SignupPoint(point=point, position=1)]
    meeting.signups = [signup]
    session.add_all([body, meeting])
    session.flush()
    session.expire_all()

    loaded = session.scalars(
        select(GoverningBody).where(GoverningBody.name == "Rules Test Council")
    ).one()
    assert loaded.mayor_votes is MayorVotes.TIE_ONLY  # loaded values come back as enums

    count = whip_count(whip_input(loaded))
    assert count.mayor_votes is MayorVotes.TIE_ONLY
    d = json.loads(json.dumps(count.to_dict()))
    assert d["mayor_votes"] == "tie_only"
    assert d["tie_breaker"]["name"] == "Mo"
    assert [t["name"] for t in d["targets"]] == ["Ann", "Cy"]

    loaded_meeting = loaded.meetings[0]
    assert lineup_warnings(lineup_input(loaded_meeting)) == []
    b = speaking_budget(budget_input(loaded_meeting), now=START)
    assert (b.minutes_used, b.deadline_passed) == (3, True)
