"""Properties of the speaking-time estimate a volunteer trusts to fit the time limit."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from organizer.domain.rules.speaking import (
    count_words,
    format_duration,
    max_words,
    script_fits,
    speaking_seconds,
)

rates = st.integers(1, 400)
# Latin, Cyrillic, Arabic, Devanagari words with spaces; CJK and Thai without.
spaced_words = st.text(alphabet=st.characters(codec="utf-8", categories=("Ll", "Lu", "Nd")), min_size=1, max_size=8)
spaced_scripts = st.lists(spaced_words, max_size=30).map(" ".join)
any_text = st.text(max_size=300)


@given(any_text)
def test_text_without_letters_or_digits_is_no_words(text) -> None:
    # Spaces, punctuation, dashes, emoji and stray accents alone are nothing to say.
    leftover = "".join(c for c in text if unicodedata.category(c)[0] not in "LN")
    assert count_words(leftover) == 0
    assert count_words(text) >= 0


@given(spaced_scripts)
def test_punctuation_around_words_does_not_change_the_count(text) -> None:
    punctuated = " ".join(f"«{w}»," for w in text.split()) + " — …"
    assert count_words(punctuated) == count_words(text)


@given(any_text, any_text)
def test_joining_two_scripts_never_takes_longer_than_both(a, b) -> None:
    # Rounding each part up can only make the whole shorter than the sum, never longer.
    assert count_words(a + " " + b) <= count_words(a) + count_words(b)


@given(st.lists(spaced_words, max_size=30))
def test_spaced_words_are_counted_one_each_in_any_alphabet(words) -> None:
    words = [w for w in words if not any(_unspaced(c) for c in w)]
    assert count_words(" ".join(words)) == len(words)


def _unspaced(char: str) -> bool:
    return 0x2E80 <= ord(char) <= 0x9FFF or 0x0E00 <= ord(char) <= 0x17FF or ord(char) >= 0x20000


@given(st.integers(0, 10_000), rates)
def test_more_words_never_take_less_time(words, rate) -> None:
    assert speaking_seconds(words + 1, rate) >= speaking_seconds(words, rate)
    assert speaking_seconds(words, rate) * rate >= words * 60  # rounded up, never down


@given(st.integers(0, 30), rates)
def test_max_words_is_exactly_the_longest_script_that_fits(limit, rate) -> None:
    longest = max_words(limit, rate)
    assert script_fits(longest, limit, rate)
    assert not script_fits(longest + 1, limit, rate)


@given(st.integers(0, 10**6))
def test_a_duration_reads_back_as_the_same_seconds(seconds) -> None:
    text = format_duration(seconds)
    match = re.fullmatch(r"(?:(\d+) min)?(?: ?(\d+) s)?", text)
    assert match and text
    assert int(match.group(1) or 0) * 60 + int(match.group(2) or 0) == seconds
