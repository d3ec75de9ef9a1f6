import pytest

from organizer.domain.rules.speaking import (
    count_words,
    estimate,
    format_duration,
    max_words,
    script_fits,
    speaking_seconds,
)
from organizer.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("Thank you for your time.", 5),
        ("Hello, world — again...", 3),  # a lone dash is not a word
        ("don't stop: well-known 2026", 4),
        ("Спасибо за ваше время", 4),  # Cyrillic
        ("شكرا لكم على وقتكم", 4),  # Arabic
        ("आपके समय के लिए धन्यवाद", 5),  # Devanagari: vowel signs stay inside the word
        ("감사합니다 시간 내주셔서", 3),  # Korean uses spaces
        ("Merci\u00a0beaucoup", 2),  # no-break space separates words
    ],
)
def test_spaced_scripts_count_by_whitespace(text, words):
    assert count_words(text) == words


def test_chinese_counts_one_word_per_one_and_a_half_characters():
    assert count_words("我们支持欢迎城市条例") == 7  # 10 characters -> 6.67, rounded up
    assert count_words("谢谢") == 2  # 2 characters -> 1.33, rounded up
    assert count_words("我" * 300) == 200
    # Ideographic punctuation is not a word.
    assert count_words("谢谢。") == count_words("谢谢")


def test_japanese_kana_and_kanji_count_alike():
    assert count_words("ありがとう") == 4  # 5 kana -> 3.33
    assert count_words("歓迎都市条例を支持します。") == 8  # 12 characters -> 8


def test_a_paragraph_without_spaces_is_not_one_word():
    paragraph = "这个条例不会增加城市的开支也不会改变警察保护大家的工作" * 4
    assert count_words(paragraph) > 50


def test_thai_counts_base_letters_not_marks():
    # 7 base letters + 3 combining marks, then 5 base letters + 1 mark: 12 letters -> 4
    assert count_words("สวัสดีครับ ขอบคุณ") == 4


def test_mixed_scripts_add_up():
    assert count_words("条例 Welcoming City") == 2 + 2
    assert count_words("条例Welcoming City") == 2 + 2


def test_speaking_seconds_at_default_rate_rounds_up():
    assert speaking_seconds(130) == 60
    assert speaking_seconds(131) == 61
    assert speaking_seconds(0) == 0
    assert speaking_seconds(100, words_per_minute=100) == 60


def test_bad_rate_is_a_validation_error():
    with pytest.raises(ValidationError, match="above zero"):
        speaking_seconds(10, words_per_minute=0)
    with pytest.raises(ValidationError):
        script_fits(10, None, words_per_minute=-5)


@pytest.mark.parametrize(
    ("seconds", "label"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (60, "1 min"),
        (120, "2 min"),
        (135, "2 min 15 s"),
        (3601, "60 min 1 s"),
    ],
)
def test_format_duration(seconds, label):
    assert format_duration(seconds) == label


def test_script_fits():
    assert script_fits(390, 3) is True  # exactly 3 minutes at 130 wpm
    assert script_fits(391, 3) is False
    assert script_fits(5000, None) is True  # no limit
    assert script_fits(200, 2, words_per_minute=100) is True
    assert script_fits(201, 2, words_per_minute=100) is False


def test_max_words():
    assert max_words(3) == 390
    assert max_words(2, 150) == 300


def test_estimate():
    e = estimate("word " * 292)
    assert e.words == 292
    assert e.seconds == 135
    assert e.label == "2 min 15 s"
