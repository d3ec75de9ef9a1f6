"""How long a script takes to say, for scripts in any language the volunteers speak.

Counting words
--------------
Most writing systems (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, ...)
separate words with spaces, so a word is a run of letters or digits between spaces;
punctuation alone ("—", "...") is not a word.

Chinese and Japanese (ideographs and kana) and Thai, Lao, Khmer and Myanmar do not put
spaces between words, so counting spaces would call a whole paragraph one word. For
them we convert characters to "English-equivalent words" for the speaking-rate maths:

* CJK ideographs and kana: one word per 1.5 characters. Mandarin is spoken at roughly
  200 characters a minute and English at roughly 130 words, which is the same ratio.
* Thai, Lao, Khmer, Myanmar: one word per 3 base letters; combining vowel and tone marks
  are not counted because they share a syllable with the letter before them.

Each part is rounded up, so a script is never estimated shorter than it is. These are
estimates for "will it fit in the time limit", not linguistics: a speaker should still
rehearse with a timer.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from organizer.errors import ValidationError
from organizer.i18n import _

DEFAULT_WORDS_PER_MINUTE = 130

# Characters per English-equivalent word, as (numerator, denominator) to stay in integers.
_CJK_CHARS_PER_WORD = (3, 2)
_SOUTHEAST_ASIAN_LETTERS_PER_WORD = (3, 1)

_CJK_RANGES = (
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width katakana
    (0x20000, 0x323AF),  # CJK extensions B to H, compatibility supplement
)
_SOUTHEAST_ASIAN_RANGES = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
)


def _in(ranges: tuple[tuple[int, int], ...], char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in ranges)


def _ceil_ratio(count: int, ratio: tuple[int, int]) -> int:
    chars, words = ratio
    return -(-count * words // chars)


def count_words(text: str) -> int:
    """English-equivalent words in ``text`` (see the module docstring for the rules)."""
    spaced_words = 0
    cjk_chars = 0
    southeast_asian_letters = 0
    in_word = False
    for char in text:
        category = unicodedata.category(char)
        if _in(_CJK_RANGES, char):
            in_word = False
            if category[0] in "LN":
                cjk_chars += 1
        elif _in(_SOUTHEAST_ASIAN_RANGES, char):
            in_word = False
            if category[0] in "LN":
                southeast_asian_letters += 1
        elif char.isspace():
            in_word = False
        elif category[0] in "LN" and not in_word:
            # Marks (M*) continue a word but never start one; punctuation neither starts
            # nor ends one, so "don't" and "well-known" are one word each.
            in_word = True
            spaced_words += 1
    return (
        spaced_words
        + _ceil_ratio(cjk_chars, _CJK_CHARS_PER_WORD)
        + _ceil_ratio(southeast_asian_letters, _SOUTHEAST_ASIAN_LETTERS_PER_WORD)
    )


def _check_wpm(words_per_minute: int) -> None:
    if words_per_minute <= 0:
        raise ValidationError(
            _("Words per minute must be a number above zero."), field="words_per_minute"
        )


def speaking_seconds(words: int, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> int:
    """Seconds to say ``words`` at ``words_per_minute``, rounded up."""
    _check_wpm(words_per_minute)
    return math.ceil(max(0, words) * 60 / words_per_minute)


def max_words(limit_minutes: int, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> int:
    """The longest script, in words, that fits ``limit_minutes``."""
    _check_wpm(words_per_minute)
    return max(0, limit_minutes) * words_per_minute


def script_fits(
    words: int, limit_minutes: int | None, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE
) -> bool:
    """Whether a script of ``words`` can be said within the limit; no limit always fits."""
    if limit_minutes is None:
        _check_wpm(words_per_minute)
        return True
    return speaking_seconds(words, words_per_minute) <= limit_minutes * 60


def format_duration(seconds: int) -> str:
    """``135`` -> ``"2 min 15 s"``; ``120`` -> ``"2 min"``; ``45`` -> ``"45 s"``."""
    seconds = max(0, int(seconds))
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    if minutes:
        return f"{minutes} min"
    return f"{rest} s"


@dataclass(frozen=True)
class SpeakingEstimate:
    words: int
    seconds: int

    @property
    def label(self) -> str:
        return format_duration(self.seconds)


def estimate(text: str, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> SpeakingEstimate:
    words = count_words(text)
    return SpeakingEstimate(words, speaking_seconds(words, words_per_minute))
