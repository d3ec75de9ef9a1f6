"""A right-to-left word longer than the line wraps, fits, and loses nothing."""

from __future__ import annotations

import unicodedata

import pytest
from reportlab.lib.styles import getSampleStyleSheet

from organizer.exports.pdf.flowables import RightToLeftParagraph

STYLE = getSampleStyleSheet()["Normal"]


@pytest.mark.parametrize("word", ["محمدعلي", "فاطمةالزهراء" * 4, "שָׁלוֹםעליכם" * 3])
@pytest.mark.parametrize("width", [12, 30, 75, 200])
def test_the_cut_is_the_longest_prefix_that_fits(word: str, width: float) -> None:
    paragraph = RightToLeftParagraph(word, STYLE)
    fitting = [n for n in range(1, len(word) + 1) if paragraph._width(word[:n]) <= width]
    assert paragraph._fitting_prefix(word, width) == (max(fitting) if fitting else 1)


def test_a_ten_thousand_letter_arabic_word_wraps_into_lines_that_fit() -> None:
    """A pasted 10,000-character note with no spaces: once minutes of reshaping, now quick."""
    text = ("محمد" * 2500)[:10_000]
    paragraph = RightToLeftParagraph(text, STYLE)
    lines = paragraph._lines(400)
    assert "".join(lines) == text
    assert len(lines) > 100
    assert all(paragraph._width(line) <= 400 for line in lines)


def test_a_long_word_is_never_cut_between_a_letter_and_its_marks() -> None:
    text = "שָׁלוֹם" * 200
    lines = RightToLeftParagraph(text, STYLE)._lines(150)
    assert "".join(lines) == text
    assert all(not unicodedata.combining(line[0]) for line in lines)


def test_a_tab_is_measured_as_it_is_drawn() -> None:
    from organizer.exports.pdf.text import line_width

    assert line_width("محمد\tعلي", 11, bold=False) == line_width("محمد    علي", 11, bold=False)
