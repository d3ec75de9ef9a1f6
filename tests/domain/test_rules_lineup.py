import pytest

from organizer.domain.enums import MayorVotes, OverflowPolicy, SignupStatus, Stance
from organizer.domain.rules.inputs import LineupInput, MemberInput, PointInput, SpeakerInput
from organizer.domain.rules.lineup import LineupCode, lineup_warnings

BODY = 1
POINTS = (
    PointInput(10, "What the ordinance does", ()),
    PointInput(11, "Police time goes to local crime", ("Public Safety",)),
    PointInput(12, "It costs the city nothing", ("cost",)),
)


def speaker(
    signup_id,
    name=None,
    *,
    points=(10,),
    minutes=None,
    ward="",
    home=BODY,
    status=SignupStatus.CONFIRMED,
    person_id=None,
    email="",
    phone="",
    position=None,
):
    return SpeakerInput(
        signup_id=signup_id,
        person_id=person_id or 100 + signup_id,
        name=name or f"Speaker {signup_id}",
        status=status,
        position=signup_id if position is None else position,
        minutes=minutes,
        point_ids=tuple(points),
        email=email,
        phone=phone,
        home_body_id=home,
        ward=ward,
    )


def lineup(
    speakers,
    *,
    members=(),
    cap=3,
    window=30,
    policy=OverflowPolicy.FIRST_COME,
    entrants=None,
    mayor_votes=MayorVotes.ALWAYS,
):
    return LineupInput(
        body_id=BODY,
        body_name="Bloomington City Council",
        minutes_per_speaker=cap,
        window_minutes=window,
        overflow_policy=policy,
        mayor_votes=mayor_votes,
        speakers=tuple(speakers),
        points=POINTS,
        members=tuple(members),
        lottery_entrants=entrants,
    )


def codes(warnings):
    return [w.code for w in warnings]


def only(warnings, code):
    return [w for w in warnings if w.code == code]


def test_a_tidy_lineup_has_no_warnings():
    assert lineup_warnings(lineup([speaker(1), speaker(2, points=(11,))])) == []


def test_empty_lineup_has_no_warnings():
    assert lineup_warnings(lineup([])) == []


def test_same_person_by_record_email_phone_or_name():
    warnings = lineup_warnings(
        lineup(
            [
                speaker(1, "Ana Ruiz", email="ana@example.org"),
                speaker(2, "Ana M. Ruiz", email="ANA@example.org "),
                speaker(3, "Bo Chen", phone="+1 309 555 0101"),
                speaker(4, "Bo C.", phone="(309) 555-0101"),
                speaker(5, "Kim Lee"),
                speaker(6, "kim  lee"),
                speaker(7, "Dee Dee"),
            ]
        )
    )
    dupes = only(warnings, LineupCode.DUPLICATE_PERSON)
    assert sorted(w.signup_ids for w in dupes) == [(1, 2), (3, 4), (5, 6)]
    ana = next(w for w in dupes if w.signup_ids == (1, 2))
    assert "Ana Ruiz and Ana M. Ruiz" in ana.message


def test_same_person_record_twice_says_how_many_times():
    dupes = only(
        lineup_warnings(
            lineup([speaker(1, "Ana Ruiz", person_id=7), speaker(2, "Ana Ruiz", person_id=7)])
        ),
        LineupCode.DUPLICATE_PERSON,
    )
    assert len(dupes) == 1
    assert dupes[0].message.startswith("Ana Ruiz is signed up 2 times")


def test_cancelled_signup_is_not_a_duplicate():
    warnings = lineup_warnings(
        lineup([speaker(1, "Ana Ruiz"), speaker(2, "Ana Ruiz", status=SignupStatus.CANCELLED)])
    )
    assert warnings == []


def test_over_window_names_the_speakers_who_would_be_cut():
    warnings = lineup_warnings(lineup([speaker(i) for i in range(1, 6)], cap=3, window=10))
    over = only(warnings, LineupCode.OVER_WINDOW)
    assert len(over) == 1
    assert over[0].signup_ids == (4, 5)
    assert "15 minutes" in over[0].message and "10 minutes" in over[0].message
    assert "2 speakers" in over[0].message


def test_over_window_follows_speaking_order_not_entry_order():
    speakers = [speaker(1, position=3), speaker(2, position=1), speaker(3, position=2)]
    over = only(lineup_warnings(lineup(speakers, window=6)), LineupCode.OVER_WINDOW)
    assert over[0].signup_ids == (1,)


def test_unlimited_window_is_never_over():
    warnings = lineup_warnings(lineup([speaker(i, points=()) for i in range(1, 30)], window=None))
    assert LineupCode.OVER_WINDOW not in codes(warnings)


def test_speaker_over_the_cap():
    warnings = lineup_warnings(
        lineup([speaker(1, "Ana Ruiz", minutes=5), speaker(2, minutes=3)], cap=3)
    )
    over = only(warnings, LineupCode.OVER_CAP)
    assert [w.signup_ids for w in over] == [(1,)]
    assert (
        over[0].message == "Ana Ruiz is down for 5 minutes but the limit is 3 minutes per speaker."
    )


def test_no_cap_means_no_cap_warning():
    warnings = lineup_warnings(lineup([speaker(1, minutes=8)], cap=None))
    assert LineupCode.OVER_CAP not in codes(warnings)


def test_same_point_by_more_than_two_speakers():
    two = lineup_warnings(lineup([speaker(1), speaker(2)]))
    assert LineupCode.POINT_OVERUSED not in codes(two)
    three = lineup_warnings(lineup([speaker(1), speaker(2), speaker(3)]))
    overused = only(three, LineupCode.POINT_OVERUSED)
    assert len(overused) == 1
    assert overused[0].signup_ids == (1, 2, 3)
    assert overused[0].point_id == 10
    assert "What the ordinance does" in overused[0].message


def test_point_threshold_is_a_parameter():
    warnings = lineup_warnings(lineup([speaker(1), speaker(2)]), max_speakers_per_point=1)
    assert LineupCode.POINT_OVERUSED in codes(warnings)


def undecided(id, seat, concerns=(), stance=Stance.UNDECIDED, **kw):
    return MemberInput(
        id=id, name=f"Member {id}", seat=seat, stance=stance, concerns=tuple(concerns), **kw
    )


def test_concern_of_an_undecided_member_that_no_point_answers():
    members = [undecided(1, "Ward 1", ["public safety", "Cost", "jobs"])]
    speakers = [speaker(1, points=(11,), ward="Ward 1")]
    warnings = only(
        lineup_warnings(lineup(speakers, members=members)), LineupCode.CONCERN_UNANSWERED
    )
    assert len(warnings) == 2
    assert warnings[0].member_id == 1
    assert "Cost" in warnings[0].message and "undecided" in warnings[0].message
    assert "jobs" in warnings[1].message


def test_concern_answered_case_insensitively_by_any_speakers_point():
    members = [undecided(1, "Ward 1", ["PUBLIC SAFETY", " cost "], stance=Stance.LEAN_NO)]
    speakers = [speaker(1, points=(11,), ward="ward 1"), speaker(2, points=(12,), ward="Ward 1")]
    assert lineup_warnings(lineup(speakers, members=members)) == []


def test_concerns_of_decided_or_inactive_members_are_not_flagged():
    members = [
        undecided(1, "Ward 1", ["jobs"], stance=Stance.YES),
        undecided(2, "Ward 2", ["jobs"], stance=Stance.NO),
        undecided(3, "Ward 3", ["jobs"], stance=Stance.UNKNOWN),
        undecided(4, "Ward 4", ["jobs"], active=False),
    ]
    assert lineup_warnings(lineup([speaker(1)], members=members)) == []


def test_points_of_cancelled_speakers_do_not_answer_concerns():
    members = [undecided(1, "At-large", ["public safety"], stance=Stance.LEAN_YES)]
    speakers = [speaker(1), speaker(2, points=(11,), status=SignupStatus.DECLINED)]
    warnings = lineup_warnings(lineup(speakers, members=members))
    assert codes(warnings) == [LineupCode.CONCERN_UNANSWERED]


def test_ward_without_a_resident_speaker():
    members = [undecided(1, "Ward 3"), undecided(2, "Ward 5")]
    speakers = [speaker(1, ward="Ward 3"), speaker(2, ward="Ward 5", home=99)]
    warnings = only(
        lineup_warnings(lineup(speakers, members=members)), LineupCode.WARD_WITHOUT_SPEAKER
    )
    assert [w.member_id for w in warnings] == [2]
    assert (
        warnings[0].message == "No speaker lives in Ward 5, the ward of Member 2, who is undecided."
    )


def test_ward_match_ignores_case_and_spacing():
    members = [undecided(1, "Ward 3")]
    assert lineup_warnings(lineup([speaker(1, ward=" WARD  3 ")], members=members)) == []
    assert lineup_warnings(lineup([speaker(1, ward="3")], members=members)) == []


def test_ward_check_applies_to_leaning_members_too():
    members = [undecided(1, "Ward 3", stance=Stance.LEAN_YES)]
    warnings = lineup_warnings(lineup([speaker(1, ward="Ward 4")], members=members))
    assert codes(warnings) == [LineupCode.WARD_WITHOUT_SPEAKER]
    assert "leaning yes" in warnings[0].message


@pytest.mark.parametrize("seat", ["At-large", "at large 2", "AT-LARGE", ""])
def test_at_large_member_satisfied_by_any_resident(seat):
    members = [undecided(1, seat)]
    assert lineup_warnings(lineup([speaker(1, ward="Ward 7")], members=members)) == []
    warnings = lineup_warnings(lineup([speaker(1, home=99)], members=members))
    assert codes(warnings) == [LineupCode.WARD_WITHOUT_SPEAKER]
    assert "Bloomington City Council" in warnings[0].message


def test_mayor_satisfied_by_any_resident_unless_the_mayor_never_votes():
    mayor = undecided(1, "Mayor", is_mayor=True)
    assert lineup_warnings(lineup([speaker(1)], members=[mayor])) == []
    warnings = lineup_warnings(lineup([speaker(1, home=None)], members=[mayor]))
    assert codes(warnings) == [LineupCode.WARD_WITHOUT_SPEAKER]
    assert "Member 1 (Mayor)" in warnings[0].message
    never = lineup([speaker(1, home=None)], members=[mayor], mayor_votes=MayorVotes.NEVER)
    assert lineup_warnings(never) == []


def test_lottery_needed_when_more_signups_than_fit_and_none_drawn():
    speakers = [speaker(i, points=(10 + i % 3,)) for i in range(1, 5)]
    warnings = lineup_warnings(lineup(speakers, cap=3, window=9, policy=OverflowPolicy.LOTTERY))
    lottery = only(warnings, LineupCode.LOTTERY_NEEDED)
    assert len(lottery) == 1
    assert "4 people signed up but only 3 fit" in lottery[0].message
    assert lottery[0].signup_ids == (1, 2, 3, 4)


def test_no_lottery_warning_when_everyone_fits_or_first_come_or_drawn():
    speakers = [speaker(i, points=(10 + i % 3,)) for i in range(1, 5)]
    fits = lineup(speakers, cap=3, window=12, policy=OverflowPolicy.LOTTERY)
    assert LineupCode.LOTTERY_NEEDED not in codes(lineup_warnings(fits))
    first_come = lineup(speakers, cap=3, window=9, policy=OverflowPolicy.FIRST_COME)
    assert LineupCode.LOTTERY_NEEDED not in codes(lineup_warnings(first_come))
    drawn = lineup(speakers, cap=3, window=9, policy=OverflowPolicy.LOTTERY, entrants=(1, 2, 3, 4))
    assert not {LineupCode.LOTTERY_NEEDED, LineupCode.LOTTERY_OUTDATED} & set(
        codes(lineup_warnings(drawn))
    )
    unlimited = lineup(speakers, cap=3, window=None, policy=OverflowPolicy.LOTTERY)
    assert lineup_warnings(unlimited) == []


def test_signups_after_the_draw_are_flagged():
    speakers = [speaker(i, points=(10 + i % 3,)) for i in range(1, 6)]
    drawn = lineup(speakers, cap=3, window=9, policy=OverflowPolicy.LOTTERY, entrants=(1, 2, 3, 4))
    late = only(lineup_warnings(drawn), LineupCode.LOTTERY_OUTDATED)
    assert [w.signup_ids for w in late] == [(5,)]
    assert late[0].message.startswith("1 sign-up came in after the lottery was drawn and was not")


def test_speaker_without_points():
    warnings = lineup_warnings(lineup([speaker(1, "Ana Ruiz", points=()), speaker(2)]))
    assert [(w.code, w.message, w.signup_ids) for w in warnings] == [
        (LineupCode.NO_POINTS, "Ana Ruiz has no talking points yet.", (1,))
    ]


def test_waitlisted_speaker_without_points_is_not_flagged():
    warnings = lineup_warnings(lineup([speaker(1, points=(), status=SignupStatus.WAITLISTED)]))
    assert warnings == []


def test_warning_to_dict_is_json_ready():
    import json

    w = lineup_warnings(lineup([speaker(1, points=())]))[0]
    d = w.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d == {
        "code": "no_points",
        "message": "Speaker 1 has no talking points yet.",
        "signup_ids": [1],
        "member_id": None,
        "point_id": None,
    }
