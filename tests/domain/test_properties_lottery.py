"""Properties of the lottery a skeptic in the room relies on."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from organizer.domain.rules import lottery

entrant_ids = st.lists(st.integers(min_value=1, max_value=10**9), max_size=40)
seeds = st.text(min_size=1, max_size=100)


@given(entrant_ids, seeds)
def test_same_seed_same_order_whatever_order_the_entrants_were_listed_in(ids, seed) -> None:
    assert lottery.draw_order(ids, seed) == lottery.draw_order(list(reversed(ids)) + ids, seed)


@given(entrant_ids, seeds)
def test_every_entrant_appears_exactly_once(ids, seed) -> None:
    order = lottery.draw_order(ids, seed)
    assert sorted(order) == sorted(set(ids))
    assert lottery.verify(ids, seed, order)


@given(entrant_ids, seeds, st.data())
def test_a_late_entrant_never_reorders_the_others(ids, seed, data) -> None:
    # A sign-up after the draw slots in somewhere, but everyone else keeps their relative order.
    late = data.draw(st.integers(min_value=1, max_value=10**9).filter(lambda i: i not in ids))
    before = lottery.draw_order(ids, seed)
    after = lottery.draw_order([*ids, late], seed)
    assert [i for i in after if i != late] == before


@given(st.lists(st.integers(1, 10**6), min_size=2, max_size=30, unique=True), seeds, st.data())
def test_verify_rejects_any_other_order(ids, seed, data) -> None:
    order = lottery.draw_order(ids, seed)
    shuffled = data.draw(st.permutations(order))
    assert lottery.verify(ids, seed, shuffled) == (shuffled == order)


@given(entrant_ids, st.integers(0, 50), seeds, st.data())
def test_kept_speakers_always_speak_and_nobody_is_lost(ids, slots, seed, data) -> None:
    order = lottery.draw_order(ids, seed)
    kept = data.draw(st.lists(st.sampled_from(order), unique=True) if order else st.just([]))
    result = lottery.draw(ids, slots, seed, kept=kept)
    speakers, waitlist = list(result.speakers), list(result.waitlist)
    assert sorted(speakers + waitlist) == sorted(order)
    assert set(kept) <= set(speakers)
    assert len(speakers) == max(len(kept), min(slots, len(order)))
    # Both lists keep the drawn order, and nobody waiting drew ahead of an unkept speaker.
    assert speakers == [i for i in order if i in set(speakers)]
    assert waitlist == [i for i in order if i in set(waitlist)]
    unkept = [i for i in speakers if i not in kept]
    if unkept and waitlist:
        assert order.index(unkept[-1]) < order.index(waitlist[0])


@given(entrant_ids, st.integers(0, 50), seeds)
def test_without_kept_speakers_the_first_slots_speak(ids, slots, seed) -> None:
    result = lottery.draw(ids, slots, seed)
    assert result.speakers == result.order[:slots] and result.waitlist == result.order[slots:]


@given(seeds)
def test_the_commitment_is_a_sha256_that_only_its_seed_matches(seed) -> None:
    digest = lottery.commitment(seed)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert lottery.commitment(seed + " ") != digest


def test_new_seeds_read_aloud_without_ambiguous_letters() -> None:
    for _ in range(50):
        seed = lottery.new_seed()
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", seed)
