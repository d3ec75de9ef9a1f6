from organizer.domain.enums import STANCE_ORDER, MayorVotes, Stance
from organizer.domain.rules.inputs import BodyWhipInput, MemberInput
from organizer.domain.rules.whip import REASON_FIRM_UP, REASON_PERSUADE, votes_needed, whip_count


def member(id, stance, *, public=False, seat="", mayor=False, active=True, name=None):
    return MemberInput(
        id=id,
        name=name or f"Member {id}",
        seat=seat or ("Mayor" if mayor else f"Ward {id}"),
        stance=stance,
        stance_is_public=public,
        is_mayor=mayor,
        active=active,
    )


def body(members, seats=None, mayor_votes=MayorVotes.ALWAYS, override=None):
    return BodyWhipInput(
        id=1,
        name="Normal Town Council",
        seats=len(members) if seats is None else seats,
        votes_needed_override=override,
        mayor_votes=mayor_votes,
        members=tuple(members),
    )


def test_votes_needed_is_a_majority_of_seats_unless_overridden():
    assert votes_needed(7) == 4
    assert votes_needed(8) == 5
    assert votes_needed(9) == 5
    assert votes_needed(0) == 1
    assert votes_needed(9, override=6) == 6


def test_counts_every_stance_and_how_many_more_are_needed():
    council = body(
        [
            member(1, Stance.YES, public=True),
            member(2, Stance.YES),
            member(3, Stance.LEAN_YES),
            member(4, Stance.UNDECIDED),
            member(5, Stance.LEAN_NO),
            member(6, Stance.NO, public=True),
            member(7, Stance.UNKNOWN),
        ]
    )
    count = whip_count(council)
    assert count.seats == 7
    assert count.votes_needed == 4
    assert list(count.counts) == STANCE_ORDER
    assert [count.counts[s] for s in STANCE_ORDER] == [2, 1, 1, 1, 1, 1]
    assert (count.yes_public, count.yes_private) == (1, 1)
    assert count.more_needed == 2
    assert count.more_needed_with_leans == 1
    assert count.has_majority is False
    assert count.has_majority_with_leans is False


def test_targets_are_ordered_by_how_persuadable_then_private_yes_to_firm_up():
    council = body(
        [
            member(1, Stance.UNKNOWN, name="Uma"),
            member(2, Stance.LEAN_NO, name="Lena"),
            member(3, Stance.YES, name="Yara"),  # private yes
            member(4, Stance.UNDECIDED, name="Zed"),
            member(5, Stance.UNDECIDED, name="Ada"),
            member(6, Stance.LEAN_YES, name="Lee"),
            member(7, Stance.NO, name="Noor"),
            member(8, Stance.YES, public=True, name="Pat"),
        ]
    )
    targets = whip_count(council).targets
    assert [t.name for t in targets] == ["Lee", "Ada", "Zed", "Lena", "Uma", "Yara"]
    assert [t.reason for t in targets] == [REASON_PERSUADE] * 5 + [REASON_FIRM_UP]
    assert targets[-1].stance == Stance.YES


def test_majority_reached_exactly_at_votes_needed():
    council = body([member(i, Stance.YES) for i in range(1, 5)], seats=7)
    count = whip_count(council)
    assert count.votes_needed == 4
    assert count.has_majority is True
    assert count.more_needed == 0
    assert count.vacancies == 3


def test_even_council_tie_is_not_a_majority():
    council = body(
        [member(i, Stance.YES) for i in (1, 2, 3)] + [member(i, Stance.NO) for i in (4, 5, 6)]
    )
    count = whip_count(council)
    assert count.votes_needed == 4
    assert count.has_majority is False
    assert count.more_needed == 1


def test_override_raises_the_bar():
    council = body(
        [member(i, Stance.YES) for i in range(1, 6)] + [member(6, Stance.NO), member(7, Stance.NO)],
        override=6,
    )
    count = whip_count(council)
    assert count.votes_needed == 6
    assert count.more_needed == 1
    assert not count.has_majority


def test_empty_council():
    count = whip_count(body([], seats=0))
    assert count.votes_needed == 1
    assert all(n == 0 for n in count.counts.values())
    assert count.targets == ()
    assert count.more_needed == 1
    assert count.has_majority is False
    d = count.to_dict()
    assert d["counts"] == {s.value: 0 for s in STANCE_ORDER}
    assert d["targets"] == []


def test_mayor_who_always_votes_counts_like_any_member():
    council = body(
        [
            member(1, Stance.YES, public=True),
            member(2, Stance.NO),
            member(3, Stance.UNDECIDED, mayor=True),
        ],
        mayor_votes=MayorVotes.ALWAYS,
    )
    count = whip_count(council)
    assert count.counts[Stance.UNDECIDED] == 1
    assert count.tie_breaker is None
    assert [t.id for t in count.targets] == [3]


def test_tie_only_mayor_is_shown_apart_and_not_counted():
    council = body(
        [member(i, Stance.YES) for i in (1, 2, 3)]
        + [member(i, Stance.NO) for i in (4, 5, 6)]
        + [member(9, Stance.LEAN_YES, mayor=True, name="Mayor Mo")],
        seats=6,
        mayor_votes=MayorVotes.TIE_ONLY,
    )
    count = whip_count(council)
    assert count.seats == 6
    assert count.votes_needed == 4
    assert count.counts[Stance.LEAN_YES] == 0
    assert sum(count.counts.values()) == 6
    assert count.tie_breaker is not None
    assert count.tie_breaker.name == "Mayor Mo"
    assert count.tie_breaker.stance == Stance.LEAN_YES
    # Six seats can split 3 to 3, so the leaning mayor decides the vote: someone to talk to.
    assert [(t.id, t.reason) for t in count.targets if t.id == 9] == [(9, REASON_PERSUADE)]
    assert count.to_dict()["tie_breaker"]["stance"] == "lean_yes"


def tie_only(members, seats, mayor_stance=Stance.LEAN_YES, override=None, mayor_public=False):
    return body(
        [*members, member(99, mayor_stance, mayor=True, name="Mayor Mo", public=mayor_public)],
        seats=seats,
        mayor_votes=MayorVotes.TIE_ONLY,
        override=override,
    )


def test_a_full_odd_council_cannot_tie_so_the_mayor_is_no_target():
    count = whip_count(tie_only([member(i, Stance.UNDECIDED) for i in range(1, 8)], seats=7))
    assert count.tie_possible is False and count.passes_with_tie_breaker is False
    assert all(t.id != 99 for t in count.targets)
    assert count.tie_breaker is not None and count.tie_breaker.id == 99


def test_an_even_council_or_one_vacancy_on_an_odd_one_lets_the_mayor_break_a_tie():
    even = whip_count(tie_only([member(i, Stance.UNDECIDED) for i in range(1, 9)], seats=8))
    one_vacancy = whip_count(tie_only([member(i, Stance.UNDECIDED) for i in range(1, 9)], seats=9))
    for count in (even, one_vacancy):
        assert count.tie_possible is True
        assert count.votes_needed == 5  # still a majority of the seats
        assert count.to_dict()["tie_possible"] is True
        assert [t.name for t in count.targets][:1] == ["Mayor Mo"]  # leaning yes: most persuadable
    assert one_vacancy.vacancies == 1


def test_no_tie_the_mayor_decides_when_a_tie_falls_two_short_or_the_mayor_only_votes_always():
    # 8 seats, 6 members: 3 to 3 and the mayor's yes makes 4 of the 5 needed.
    two_vacancies = whip_count(tie_only([member(i, Stance.YES) for i in range(1, 4)]
                                        + [member(i, Stance.NO) for i in range(4, 7)], seats=8,
                                        mayor_stance=Stance.YES))
    assert (two_vacancies.tie_possible, two_vacancies.passes_with_tie_breaker) == (False, False)
    supermajority = whip_count(tie_only([member(i, Stance.YES) for i in range(1, 4)]
                                        + [member(i, Stance.NO) for i in range(4, 7)], seats=6,
                                        mayor_stance=Stance.YES, override=5))
    assert (supermajority.tie_possible, supermajority.passes_with_tie_breaker) == (False, False)
    voting_mayor = whip_count(body([member(i, Stance.YES) for i in range(1, 4)]
                                   + [member(i, Stance.NO) for i in range(4, 6)]
                                   + [member(6, Stance.NO, mayor=True)]))
    assert voting_mayor.tie_possible is False and voting_mayor.tie_breaker is None


def test_half_the_seats_and_the_mayors_yes_pass_with_the_tie_breaker():
    half = [member(i, Stance.YES, public=True) for i in range(1, 5)] + [member(i, Stance.NO) for i in range(5, 9)]
    count = whip_count(tie_only(half, seats=8, mayor_stance=Stance.YES, mayor_public=True))
    assert count.tie_possible and count.passes_with_tie_breaker
    assert count.has_majority is False and count.more_needed == 1  # the majority rule is unchanged
    assert count.to_dict()["passes_with_tie_breaker"] is True
    assert count.targets == ()  # the mayor says yes in public: nobody left to persuade

    leaning = whip_count(tie_only(half, seats=8, mayor_stance=Stance.LEAN_YES))
    assert leaning.tie_possible and not leaning.passes_with_tie_breaker
    assert [(t.id, t.reason) for t in leaning.targets] == [(99, REASON_PERSUADE)]

    short = whip_count(tie_only(half[1:], seats=8, mayor_stance=Stance.YES))  # 3 yes, a vacancy
    assert not short.passes_with_tie_breaker

    opposed = whip_count(tie_only(half, seats=8, mayor_stance=Stance.NO))
    assert opposed.tie_possible and not opposed.passes_with_tie_breaker
    assert opposed.targets == ()  # a firm no is not a target, mayor or not


def test_a_mayor_who_says_yes_only_in_private_is_asked_to_firm_up_when_a_tie_is_possible():
    half = [member(i, Stance.YES, public=True) for i in range(1, 5)] + [member(i, Stance.NO) for i in range(5, 9)]
    count = whip_count(tie_only(half, seats=8, mayor_stance=Stance.YES))
    assert count.passes_with_tie_breaker
    assert [(t.id, t.reason) for t in count.targets] == [(99, REASON_FIRM_UP)]


def test_mayor_who_never_votes_is_left_out():
    council = body(
        [
            member(1, Stance.YES, public=True),
            member(2, Stance.NO),
            member(3, Stance.UNDECIDED, mayor=True),
        ],
        seats=2,
        mayor_votes=MayorVotes.NEVER,
    )
    count = whip_count(council)
    assert sum(count.counts.values()) == 2
    assert count.tie_breaker is None
    assert count.targets == ()


def test_inactive_members_are_not_counted_or_targeted():
    council = body(
        [
            member(1, Stance.YES, public=True),
            member(2, Stance.UNDECIDED, active=False),
            member(3, Stance.NO),
        ],
        seats=3,
    )
    count = whip_count(council)
    assert count.counts[Stance.UNDECIDED] == 0
    assert count.targets == ()
    assert count.vacancies == 1
    assert [m.id for m in count.members] == [1, 3]


def test_inactive_tie_only_mayor_is_no_tie_breaker():
    council = body(
        [member(1, Stance.YES), member(2, Stance.NO, mayor=True, active=False)],
        seats=1,
        mayor_votes=MayorVotes.TIE_ONLY,
    )
    assert whip_count(council).tie_breaker is None


def test_to_dict_is_json_ready():
    import json

    council = body(
        [member(1, Stance.YES, public=True), member(2, Stance.LEAN_NO), member(3, Stance.NO)]
    )
    d = whip_count(council).to_dict()
    assert json.loads(json.dumps(d)) == d
    for key in (
        "body",
        "seats",
        "votes_needed",
        "counts",
        "yes_public",
        "yes_private",
        "more_needed",
        "targets",
        "has_majority",
    ):
        assert key in d
    assert d["body"] == "Normal Town Council"
    assert d["votes_needed"] == 2
    assert d["more_needed"] == 1
    assert d["yes_public"] == 1
    assert d["targets"] == [
        {"id": 2, "name": "Member 2", "seat": "Ward 2", "stance": "lean_no", "reason": "persuade"}
    ]
