import hashlib
import re

import pytest

from organizer.domain.rules.lottery import draw, draw_order, new_seed, ticket, verify
from organizer.errors import ValidationError

SEED = "K7QM-3XPD-9WTR-HF2C"


def test_fixed_seed_gives_this_exact_order():
    # If this fails, the algorithm changed and every recorded draw would stop verifying.
    assert draw_order(list(range(1, 11)), SEED) == [9, 10, 7, 6, 1, 3, 2, 8, 5, 4]
    assert draw_order([3, 1, 2], "WELCOMING-CITY-2026") == [2, 1, 3]


def test_ticket_is_the_documented_sha256():
    expected = "449dc2789c81d6200198e0a2b91fe4989a136038418e5726193ecbfd25cb6ac6"
    assert ticket(SEED, 12) == expected
    assert hashlib.sha256(b"K7QM-3XPD-9WTR-HF2C:12").hexdigest() == expected


def test_skeptic_recipe_from_the_docstring_matches():
    ids = [41, 7, 19, 3, 88]
    recipe = sorted(ids, key=lambda i: hashlib.sha256(f"{SEED}:{i}".encode()).hexdigest())
    assert draw_order(ids, SEED) == recipe


def test_input_order_and_duplicates_do_not_matter():
    assert draw_order([5, 1, 4, 2, 3], SEED) == draw_order([1, 2, 3, 4, 5], SEED)
    assert draw_order([1, 1, 2, 3, 3], SEED) == draw_order([1, 2, 3], SEED)


def test_different_seeds_give_different_orders():
    ids = list(range(1, 21))
    assert draw_order(ids, "A") != draw_order(ids, "B")
    assert sorted(draw_order(ids, "A")) == ids


def test_the_draw_is_not_biased_toward_low_ids():
    # Over many seeds, each of 4 entrants goes first about a quarter of the time.
    firsts = [draw_order([1, 2, 3, 4], f"seed-{n}")[0] for n in range(4000)]
    for entrant in (1, 2, 3, 4):
        assert 850 < firsts.count(entrant) < 1150


def test_empty_and_single_entrant():
    assert draw_order([], SEED) == []
    assert draw_order([42], SEED) == [42]


def test_empty_seed_is_refused():
    with pytest.raises(ValidationError, match="seed"):
        draw_order([1, 2], "")


def test_verify():
    order = draw_order([1, 2, 3, 4], SEED)
    assert verify([4, 3, 2, 1], SEED, order) is True
    assert verify([1, 2, 3, 4], SEED, list(reversed(order))) is False
    assert verify([1, 2, 3, 4], SEED.lower(), order) is False
    assert verify([1, 2, 3], SEED, order) is False
    assert verify([1, 2, 3, 4], "", order) is False


def test_new_seed_is_readable_and_fresh():
    seeds = {new_seed() for _ in range(50)}
    assert len(seeds) == 50
    for seed in seeds:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", seed)


def test_draw_splits_speakers_from_waitlist():
    result = draw([5, 3, 1, 4, 2], slots=3, seed=SEED)
    assert result.entrants == (1, 2, 3, 4, 5)
    assert result.order == tuple(draw_order([1, 2, 3, 4, 5], SEED))
    assert result.speakers == result.order[:3]
    assert result.waitlist == result.order[3:]
    assert verify(result.entrants, result.seed, result.order)
    assert result.to_dict()["slots"] == 3


def test_draw_with_more_slots_than_entrants_has_no_waitlist():
    result = draw([1, 2], slots=10, seed=SEED)
    assert result.waitlist == ()
    assert len(result.speakers) == 2


def test_draw_makes_a_seed_when_none_is_given():
    result = draw([1, 2, 3], slots=1)
    assert result.seed
    assert verify([1, 2, 3], result.seed, result.order)


def test_negative_slots_refused():
    with pytest.raises(ValidationError):
        draw([1], slots=-1, seed=SEED)
