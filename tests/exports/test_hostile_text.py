"""User text is data: markup prints literally, reads no file, and every script reads back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from packet_factories import packet
from pdf_check import body_text, contains, unembedded_fonts

from organizer.exports.pdf.data import PointText
from organizer.exports.pdf.speaker_packet import render_packet
from organizer.exports.pdf.text import escape, markup, visual_order

NAMES = {
    "vietnamese": "Nguyễn Thị Ánh Tuyết",
    "chinese": "王小明",
    "arabic": "محمد عبد الله",
    "devanagari": "अनिल कुमार शर्मा",
    "korean": "김민준",
    "amharic": "አበበ ቢቂላ",
    "hebrew": "דוד כהן",
    "thai": "สมชาย ใจดี",
    "cyrillic": "Иван Петрович Сидоров",
    "greek": "Γιώργος Παπαδόπουλος",
}

MARKUP = [
    "Ana & Bob",
    "x < y > z",
    "<b>not bold</b>",
    "<b",
    "</para>",
    '<img src="/etc/passwd"/>',
    '<img src="/etc/passwd">',
    "&amp; &lt; &#60; &nbsp;",
    "<font name='Helvetica' size='40'>big</font>",
    "<a href='file:///etc/passwd'>link</a>",
    "<br/><br/>",
]


def speaker_named(name: str):
    return packet(speaker=replace(packet().speaker, name=name, angle=f"Story of {name}"))


@pytest.mark.parametrize("name", list(NAMES.values()), ids=list(NAMES))
def test_names_in_many_scripts_read_back_exactly(name):
    pdf = render_packet(speaker_named(name))
    assert contains(pdf, name)
    assert unembedded_fonts(pdf) == set()


def test_mixed_scripts_in_one_field():
    mixed = "Nguyễn 王小明 김민준 محمد אבי Иван"
    pdf = render_packet(packet(points=(PointText(title=mixed, summary="ok"),)))
    # Each script's run reads back; right-to-left runs come back in reading order.
    for part in mixed.split():
        assert contains(pdf, part)


@pytest.mark.parametrize("hostile", MARKUP)
def test_markup_prints_literally(hostile):
    point = PointText(title=f"Title {hostile}", summary=f"Summary {hostile}", body=f"Body {hostile}")
    pdf = render_packet(packet(speaker=replace(packet().speaker, name=f"Name {hostile}"), points=(point,)))
    for field in ("Name", "Title", "Summary", "Body"):
        assert contains(pdf, f"{field} {hostile}"), field


def test_img_tag_reads_no_file(monkeypatch):
    import reportlab.lib.utils as rl_utils

    opened = []
    real = rl_utils.open_for_read

    def spy(name, *args, **kwargs):
        opened.append(str(name))
        return real(name, *args, **kwargs)

    monkeypatch.setattr(rl_utils, "open_for_read", spy)
    pdf = render_packet(speaker_named('<img src="/etc/passwd"/>'))
    assert not [n for n in opened if "passwd" in n]
    assert b"/Subtype /Image" not in pdf


def test_five_thousand_character_fields_build_and_read_back():
    words = " ".join(f"word{i}" for i in range(700))[:5000]
    no_spaces = "x" * 5000
    point = PointText(title=words[:300], summary=words, body=no_spaces)
    data = packet(
        speaker=replace(packet().speaker, angle=words, pronouns=words[:200]),
        points=(point, point),
    )
    flat = body_text(render_packet(data), "#3 María José López")
    assert " ".join(words.split()) in flat
    # A word longer than a line is broken across lines; every character is still there.
    assert "x" * 5000 in flat.replace(" ", "")


def test_very_long_name_builds_and_prints_whole_on_the_cover():
    name = "Nguyễn " * 30 + "王" * 100
    pdf = render_packet(packet(speaker=replace(packet().speaker, name=name)))
    # Lines break inside the run of ideographs, which extraction turns into spaces.
    assert name.replace(" ", "") in body_text(pdf).replace(" ", "")


def test_long_arabic_paragraph_reads_back_in_order():
    arabic = " ".join(["مرحبا بكم في مدينتنا"] * 40)
    pdf = render_packet(packet(speaker=replace(packet().speaker, angle=arabic)))
    assert contains(pdf, arabic)


def test_escape_is_the_one_helper():
    assert escape("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert "<b>" not in markup("<b>x</b>")


def test_visual_order_reverses_right_to_left_runs_only():
    assert visual_order("abc") == "abc"
    assert visual_order("abc אבג def", rtl=False) == "abc גבא def"
    # Numbers keep their own order inside right-to-left text.
    assert visual_order("אבג 123", rtl=True) == "123 גבא"
