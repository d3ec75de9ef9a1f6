"""Properties of the whip count that a campaign deciding whom to call relies on."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from organizer.domain.enums import STANCE_ORDER, MayorVotes, Stance
from organizer.domain.rules.inputs import BodyWhipInput, MemberInput
from organizer.domain.rules.whip import REASON_FIRM_UP, votes_needed, whip_count

ANY_MAYOR_RULE = st.sampled_from(list(MayorVotes))


@st.composite
def bodies(draw, mayor_votes=ANY_MAYOR_RULE) -> BodyWhipInput:
    count = draw(st.integers(0, 12))
    members = tuple(
        MemberInput(
            id=i + 1,
            name=draw(st.text(min_size=1, max_size=12)),
            stance=draw(st.sampled_from(list(Stance))),
            stance_is_public=draw(st.booleans()),
            is_mayor=(i == 0 and draw(st.booleans())),
            active=draw(st.booleans()) or draw(st.booleans()),
        )
        for i in range(count)
    )
    seats = draw(st.integers(max(1, count), count + 3))
    return BodyWhipInput(1, "Council", seats, mayor_votes=draw(mayor_votes), members=members)


def counted(body: BodyWhipInput) -> list[MemberInput]:
    return [m for m in body.members if m.active and (not m.is_mayor or body.mayor_votes == MayorVotes.ALWAYS)]


@given(st.integers(1, 1000))
def test_votes_needed_is_the_smallest_strict_majority(seats) -> None:
    needed = votes_needed(seats)
    assert 2 * needed > seats >= 2 * (needed - 1)


@given(bodies())
def test_every_counted_member_is_counted_once(body) -> None:
    count = whip_count(body)
    assert list(count.counts) == STANCE_ORDER
    assert sum(count.counts.values()) == len(count.members) == len(counted(body))
    assert count.yes_public + count.yes_private == count.counts[Stance.YES]
    assert count.vacancies == max(0, body.seats - len(count.members))


@given(bodies())
def test_more_needed_is_zero_exactly_when_there_is_a_majority(body) -> None:
    count = whip_count(body)
    assert (count.more_needed == 0) == count.has_majority
    assert count.more_needed_with_leans <= count.more_needed
    assert count.counts[Stance.YES] + count.more_needed >= count.votes_needed


@given(bodies(), st.data())
def test_winning_someone_over_never_makes_the_goal_further(body, data) -> None:
    if not body.members:
        return
    index = data.draw(st.integers(0, len(body.members) - 1))
    members = list(body.members)
    members[index] = dataclasses.replace(members[index], stance=Stance.YES, stance_is_public=True)
    before, after = whip_count(body), whip_count(dataclasses.replace(body, members=tuple(members)))
    assert after.more_needed <= before.more_needed
    assert after.yes_public >= before.yes_public


@given(bodies(), st.randoms())
def test_the_order_members_are_listed_in_changes_nothing_but_the_member_list(body, random) -> None:
    shuffled = list(body.members)
    random.shuffle(shuffled)
    a, b = whip_count(body), whip_count(dataclasses.replace(body, members=tuple(shuffled)))
    assert a.counts == b.counts and a.more_needed == b.more_needed and a.tie_possible == b.tie_possible
    assert [t.id for t in a.targets] == [t.id for t in b.targets]


@given(bodies())
def test_everyone_short_of_a_public_yes_is_someone_to_talk_to_exactly_once(body) -> None:
    count = whip_count(body)
    ids = [t.id for t in count.targets]
    assert len(ids) == len(set(ids))
    members = {m.id: m for m in counted(body)}
    for member in members.values():
        public_yes = member.stance == Stance.YES and member.stance_is_public
        assert (member.id in ids) == (member.stance != Stance.NO and not public_yes)
    for target in count.targets:
        if target.id in members:
            assert (target.reason == REASON_FIRM_UP) == (members[target.id].stance == Stance.YES)


@given(bodies())
def test_inactive_members_change_nothing(body) -> None:
    extra = MemberInput(id=999, name="Former member", stance=Stance.YES, stance_is_public=True, active=False)
    with_former = dataclasses.replace(body, members=(*body.members, extra))
    assert whip_count(with_former) == whip_count(body)


@given(bodies(mayor_votes=st.just(MayorVotes.TIE_ONLY)))
def test_the_tie_breaker_decides_only_a_tie_one_short_of_a_majority(body) -> None:
    count = whip_count(body)
    if count.tie_possible:
        assert len(count.members) % 2 == 0
        assert count.votes_needed == len(count.members) // 2 + 1
    if count.passes_with_tie_breaker:
        assert not count.has_majority
        assert count.counts[Stance.YES] + 1 == count.votes_needed
        assert count.tie_breaker is not None and count.tie_breaker.stance == Stance.YES
