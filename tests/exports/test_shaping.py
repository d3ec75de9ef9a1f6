"""Complex scripts print shaped (the glyphs HarfBuzz chooses) and copy out exactly as typed."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pytest
import uharfbuzz as hb
from packet_factories import packet
from pdf_check import page_texts, reader, squash, text
from pypdf.generic import ContentStream
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from organizer.exports.pdf import fonts
from organizer.exports.pdf.data import PointText
from organizer.exports.pdf.flowables import RightToLeftParagraph, UserParagraph
from organizer.exports.pdf.speaker_packet import render_packet
from organizer.exports.pdf.text import markup

NAMES = {
    "devanagari": ["प्रिया शर्मा", "क्षत्रिय"],
    "bengali": ["শ্রী", "রবীন্দ্রনাথ"],
    "tamil": ["ஸ்ரீ", "கார்த்திக்"],
    "khmer": ["ស្រីមុំ"],
    "thai": ["สมศรี", "น้ำ"],
    "arabic": ["محمد، فاطمة الزهراء", "محمد عبد الله"],
}
CASES = [(script, name) for script, names in NAMES.items() for name in names]


# --- reading the glyphs a PDF draws ----------------------------------------------------


class _Outline:
    """Records a glyph's outline, so glyphs of a subset font can be matched to the font's."""

    def __init__(self):
        self.path: list[tuple] = []

    def moveTo(self, p):  # noqa: N802 - the pen protocol's names
        self.path.append(("M", p))

    def lineTo(self, p):  # noqa: N802
        self.path.append(("L", p))

    def qCurveTo(self, *points):  # noqa: N802
        self.path.append(("Q", points))

    def curveTo(self, *points):  # noqa: N802
        self.path.append(("C", points))

    def closePath(self):  # noqa: N802
        self.path.append(("Z",))


def _outline(font: hb.Font, gid: int) -> tuple:
    pen = _Outline()
    font.draw_glyph_with_pen(gid, pen)
    return tuple(pen.path), font.get_glyph_h_advance(gid)


def _drawn_outlines(pdf: bytes, face_name: str, page: int = 0) -> list[tuple]:
    """The outline of every glyph but spaces drawn on ``page`` in the font ``face_name``, in order."""
    pdf_page = reader(pdf).pages[page]
    resources = pdf_page["/Resources"].get_object()
    subsets = {}
    for key, ref in resources["/Font"].items():
        font = ref.get_object()
        if str(font["/BaseFont"]).endswith("+" + face_name):
            data = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
            subsets[key] = hb.Font(hb.Face(hb.Blob(data)))
    outlines: list[tuple] = []
    current = None
    for operands, operator in ContentStream(pdf_page.get_contents(), reader(pdf)).operations:
        if operator == b"Tf":
            current = subsets.get(operands[0])
        elif current is not None and operator in (b"Tj", b"TJ"):
            strings = operands[0] if operator == b"TJ" else [operands[0]]
            for string in strings:
                if isinstance(string, (bytes, str)):  # not a TJ adjustment
                    # ReportLab keeps code 32 for the space between words.
                    for code in (c for c in getattr(string, "original_bytes", string) if c != 32):
                        gid = current.get_nominal_glyph(code) or current.get_nominal_glyph(0xF000 + code)
                        outlines.append(_outline(current, gid))
    return outlines


def _harfbuzz_outlines(line: str, script: str, *, bold: bool = False) -> list[tuple]:
    """HarfBuzz's glyphs for each word of one line, in the order they appear on paper."""
    with open(fonts.font_path(fonts.font_name(script, bold)), "rb") as file:
        font = hb.Font(hb.Face(hb.Blob(file.read())))
    words = []
    for word in line.split():
        buffer = hb.Buffer()
        buffer.add_str(word)
        buffer.guess_segment_properties()
        hb.shape(font, buffer, {})
        words.append([_outline(font, info.codepoint) for info in buffer.glyph_infos])
    if script in fonts.RIGHT_TO_LEFT_SCRIPTS:
        words.reverse()
    return [glyph for word in words for glyph in word]


def _face_name(script: str, bold: bool = False) -> str:
    return pdfmetrics.getFont(fonts.font_name(script, bold)).face.name.decode()


def _contains_run(haystack: list, needle: list) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def _alone(name: str, size: float = 14) -> bytes:
    buffer = io.BytesIO()
    style = ParagraphStyle("name", fontName=fonts.base_font(), fontSize=size, leading=size * 1.4)
    SimpleDocTemplate(buffer).build([UserParagraph(markup(name, actual_text=True), style)])
    return buffer.getvalue()


def _speaker(name: str):
    return packet(speaker=replace(packet().speaker, name=name, angle=name))


# --- printed as HarfBuzz shapes it -----------------------------------------------------


@pytest.mark.parametrize(("script", "name"), CASES)
def test_name_alone_draws_harfbuzz_glyphs_and_extracts_exactly(script, name):
    pdf = _alone(name)
    assert _drawn_outlines(pdf, _face_name(script)) == _harfbuzz_outlines(name, script)
    assert squash(page_texts(pdf)[0]) == name


@pytest.mark.parametrize(("script", "name"), CASES)
def test_name_in_a_packet_is_shaped_on_the_cover_and_extracts_exactly(script, name):
    pdf = render_packet(_speaker(name))
    # The cover sets the name in bold, as its title.
    assert _contains_run(_drawn_outlines(pdf, _face_name(script, bold=True)), _harfbuzz_outlines(name, script, bold=True))
    cover, *rest = page_texts(pdf)
    assert name in squash(cover)
    # Every later page's footer names the speaker, and the script repeats their story
    # (here, the name).
    assert all(name in squash(page) for page in rest)
    assert text(pdf).count(name) >= 2 + len(rest)


def test_conjuncts_and_reordered_vowels_are_not_drawn_letter_by_letter():
    devanagari = fonts.font_name("devanagari")
    nominal = pdfmetrics.getFont(devanagari).face.charToGlyph
    # प्रि: the i-matra is drawn first, and pa + virama + ra is one conjunct glyph.
    outlines = _drawn_outlines(_alone("प्रि"), _face_name("devanagari"))
    with open(fonts.font_path(devanagari), "rb") as file:
        font = hb.Font(hb.Face(hb.Blob(file.read())))
    assert outlines[0] == _outline(font, nominal[ord("ि")])
    assert len(outlines) == 2
    assert _outline(font, nominal[ord("प")]) not in outlines


def test_arabic_letters_join_and_lam_alef_is_one_glyph():
    arabic = fonts.font_name(fonts.ARABIC)
    nominal = pdfmetrics.getFont(arabic).face.charToGlyph
    with open(fonts.font_path(arabic), "rb") as file:
        font = hb.Font(hb.Face(hb.Blob(file.read())))
    drawn = _drawn_outlines(_alone("محمد"), _face_name(fonts.ARABIC))
    isolated = [_outline(font, nominal[ord(c)]) for c in "محمد"]
    assert len(drawn) == 4
    assert not any(glyph in isolated for glyph in drawn)  # initial, medial, medial, final
    lam_alef = _alone("لا")
    assert len(_drawn_outlines(lam_alef, _face_name(fonts.ARABIC))) == 1
    assert squash(page_texts(lam_alef)[0]) == "لا"


def test_latin_and_devanagari_in_one_line():
    line = "Priya प्रिया शर्मा Sharma, 2026"
    pdf = _alone(line)
    assert squash(page_texts(pdf)[0]) == line
    assert _drawn_outlines(pdf, _face_name("devanagari")) == _harfbuzz_outlines("प्रिया शर्मा", "devanagari")


def test_mixed_scripts_in_a_talking_point_read_back():
    title = "Meet प्रिया शर्मा, রবীন্দ্রনাথ, கார்த்திக், ស្រីមុំ, สมศรี and محمد"
    pdf = render_packet(packet(points=(PointText(title=title, summary=title),)))
    assert squash(title) in text(pdf)


# --- line wrapping ---------------------------------------------------------------------


@pytest.mark.parametrize(("script", "name"), [("devanagari", "प्रिया शर्मा क्षत्रिय"), ("tamil", "கார்த்திக் ஸ்ரீ")])
def test_lines_wrap_between_words_never_inside_a_cluster(script, name):
    words = (name + " ") * 12
    buffer = io.BytesIO()
    style = ParagraphStyle("narrow", fontName=fonts.base_font(), fontSize=14, leading=20)
    SimpleDocTemplate(buffer, leftMargin=200, rightMargin=200).build([Paragraph(markup(words), style)])
    pdf = buffer.getvalue()
    lines = [line for line in page_texts(pdf)[0].split("\n") if line.strip()]
    assert len(lines) > 3
    vocabulary = set(name.split())
    assert all(set(line.split()) <= vocabulary for line in lines)
    assert _drawn_outlines(pdf, _face_name(script)) == _harfbuzz_outlines(words, script)


def test_right_to_left_paragraph_wraps_between_words():
    arabic = " ".join(["فاطمة الزهراء محمد"] * 15)
    buffer = io.BytesIO()
    style = ParagraphStyle("rtl", fontName=fonts.base_font(), fontSize=14, leading=20)
    SimpleDocTemplate(buffer, leftMargin=200, rightMargin=200).build([RightToLeftParagraph(arabic, style)])
    pdf = buffer.getvalue()
    lines = [line for line in page_texts(pdf)[0].split("\n") if line.strip()]
    assert len(lines) > 3
    assert all(set(line.split()) <= {"فاطمة", "الزهراء", "محمد"} for line in lines)
    assert squash(" ".join(page_texts(pdf))) == arabic


# --- what does not change ----------------------------------------------------------------


def test_plain_latin_is_plain_markup_in_plain_fonts():
    assert markup("Ana & Bob López") == "Ana &amp; Bob López"
    pdf = render_packet(packet())
    used = {str(font.get_object()["/BaseFont"]).split("+")[-1] for page in reader(pdf).pages for font in page["/Resources"]["/Font"].values()}
    assert used <= {_face_name(fonts.LATIN), _face_name(fonts.LATIN, bold=True)}
    assert b"/ActualText" not in pdf


def test_hebrew_points_extract_with_their_letters():
    name = "עִבְרִית דוד"
    assert squash(page_texts(render_packet(_speaker(name)))[0]).count(name) >= 1


def _narrow(text: str, width: float) -> bytes:
    buffer = io.BytesIO()
    style = ParagraphStyle("narrow", fontName=fonts.base_font(), fontSize=14, leading=20)
    margin = (595.27 - width) / 2
    SimpleDocTemplate(buffer, leftMargin=margin, rightMargin=margin).build([UserParagraph(markup(text, actual_text=True), style)])
    return buffer.getvalue()


def _spans(pdf: bytes) -> tuple[int, int]:
    content = reader(pdf).pages[0].get_contents().get_data()
    return content.count(b"BDC"), content.count(b"EMC")


def test_a_word_wider_than_the_line_keeps_every_character():
    word = "গোস্বামী" * 12
    pdf = _narrow(f"{word} গোস্বামী", 195)
    assert len(page_texts(pdf)[0].split("\n")) > 2
    assert squash(page_texts(pdf)[0]).replace(" ", "") == word + "গোস্বামী"
    opened, closed = _spans(pdf)
    assert opened == closed


def test_two_part_vowels_get_an_actual_text_span_even_in_a_narrow_column():
    # গো is drawn as three glyphs (ে ক া) from two characters.
    pdf = _narrow("গোস্বামী", 30)
    assert _spans(pdf) == (1, 1)
    assert squash(page_texts(pdf)[0]) == "গোস্বামী"


def test_hostile_markup_next_to_a_shaped_name_prints_literally():
    name = 'प्रिया <b>शर्मा</b> & <img src="/etc/passwd"/> محمد'
    assert squash(page_texts(_alone(name))[0]) == name


# --- other extractors ------------------------------------------------------------------


# poppler's own reordering puts the Arabic comma (U+060C) outside the words around it.
POPPLER_CASES = [name for _, name in CASES if "،" not in name] + ["কৌশিক গোস্বামী", "தொல்காப்பியர்"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("name", POPPLER_CASES)
def test_poppler_extracts_the_name_exactly(name, tmp_path):
    path = tmp_path / "name.pdf"
    path.write_bytes(render_packet(_speaker(name)))
    out = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # poppler marks right-to-left runs with embedding controls; they are not text.
    assert name in squash(out.replace("\u202b", "").replace("\u202c", ""))

