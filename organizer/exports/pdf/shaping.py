"""Complex scripts shaped with HarfBuzz, drawn as glyphs that still copy out as typed.

Devanagari, Bengali, Tamil, Khmer, Thai, Arabic and their neighbours do not print
letter by letter: a conjunct such as क्ष is one glyph, the i-matra of कि is drawn before
the consonant it follows, Arabic letters change shape with their neighbours, and marks
sit at positions the font's GPOS table gives. HarfBuzz (``uharfbuzz``) works this out from
the font; ReportLab then only has to put the glyphs it chose where it said.

ReportLab draws *characters*, so every glyph HarfBuzz picks is given a private-use code
point of its own in the font (``fonts.ExtractableTTFont.glyph_code``), with the width
the glyph needs here and the text it stands for. The font's ToUnicode map sends that code
back to the characters of its cluster, so copying the text out of the PDF gives back
what was typed, in typed order, even where the glyphs are reordered. The glyphs of a
cluster share its characters out in order (a mark with no advance of its own carries
none); where that cannot work glyph by glyph (a two-part vowel: three glyphs for two
characters), the word is also wrapped in an ActualText span (the end of this file).
pypdf reads the ToUnicode map, poppler (``pdftotext``, Evince, Okular) the span.

Horizontal offsets (a vowel sign moved under its consonant) are folded into the widths:
glyph i is drawn where the previous widths put the pen, so each width is the glyph's own
advance plus the next glyph's offset minus its own. Vertical offsets become a text rise.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from organizer.exports.pdf import fonts

_RIGHT_TO_LEFT = frozenset({"R", "AL"})


@dataclass(frozen=True)
class Glyph:
    """One glyph as HarfBuzz placed it, in thousandths of the font size."""

    gid: int
    cluster: int  # index in the shaped text of the first character it stands for
    advance: float
    x_offset: float
    y_offset: float


@dataclass(frozen=True)
class Drawn:
    """A shaped word ready for the page: ``codes`` are the font's private-use characters,
    one per glyph, in drawing order; ``rises`` the vertical offset of each (thousandths)."""

    codes: str
    rises: tuple[float, ...]
    width: float  # thousandths of the font size
    # True when a reader that copies glyph by glyph would not get the word back (a glyph
    # that moves the pen but stands for no character, as in the two-part vowels of
    # Bengali and Tamil): the word is then also wrapped in an ActualText span.
    needs_actual_text: bool = False


_fonts_lock = threading.Lock()
_hb_fonts: dict[str, hb.Font] = {}


def _hb_font(font_name: str) -> hb.Font:
    font = _hb_fonts.get(font_name)
    if font is None:
        with _fonts_lock:
            font = _hb_fonts.get(font_name)
            if font is None:
                face = hb.Face(hb.Blob.from_file_path(str(fonts.font_path(font_name))))
                font = hb.Font(face)  # scale: the font's units per em
                _hb_fonts[font_name] = font
    return font


def is_right_to_left(word: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in word)


@lru_cache(maxsize=4096)
def shape(word: str, font_name: str) -> tuple[Glyph, ...]:
    """HarfBuzz's glyphs for one word (no spaces) in the font registered as ``font_name``."""
    font = _hb_font(font_name)
    buffer = hb.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    # Graphemes stay whole clusters, so a cluster's text always starts with a base letter.
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
    hb.shape(font, buffer, {"kern": True, "liga": True})
    scale = 1000 / font.face.upem
    return tuple(
        Glyph(info.codepoint, info.cluster, pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale)
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    )


def _cluster_texts(word: str, glyphs: tuple[Glyph, ...], rtl: bool) -> list[str]:
    """The text each glyph copies out as, so that the glyphs of a cluster, in drawing
    order, copy out as its characters in typed order."""
    starts = sorted({g.cluster for g in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(word)], strict=True))
    groups: list[list[int]] = []  # glyph indices of each cluster, in drawing order
    for i, glyph in enumerate(glyphs):
        if groups and glyphs[groups[-1][0]].cluster == glyph.cluster:
            groups[-1].append(i)
        else:
            groups.append([i])
    texts = [""] * len(glyphs)
    seen: set[int] = set()
    for group in groups:
        cluster = glyphs[group[0]].cluster
        if cluster in seen:
            continue
        seen.add(cluster)
        text = word[cluster : ends[cluster]]
        # One character per glyph that moves the pen, the rest on the last of them (marks
        # get none: poppler reads a gap where a glyph that advances copies out as
        # nothing, and loses its way among marks that copy out as letters).
        carriers = [i for i in group if glyphs[i].advance] or group[:1]
        if rtl:
            # Readers put a right-to-left line back in logical order glyph by glyph, so
            # the rightmost glyph (drawn last) starts the cluster.
            carriers.reverse()
        carriers = carriers[: len(text)]
        for k, i in enumerate(carriers):
            texts[i] = text[k] if k < len(carriers) - 1 else text[k:]
    return texts


@lru_cache(maxsize=4096)
def drawn(word: str, font_name: str) -> Drawn:
    """``word`` shaped and encoded in the font's private-use codes (see the module's doc)."""
    glyphs = shape(word, font_name)
    rtl = is_right_to_left(word)
    texts = _cluster_texts(word, glyphs, rtl)
    font = fonts.extractable_font(font_name)
    codes = []
    for i, (glyph, text) in enumerate(zip(glyphs, texts, strict=True)):
        next_offset = glyphs[i + 1].x_offset if i + 1 < len(glyphs) else 0.0
        width = round(glyph.advance + next_offset - glyph.x_offset, 1)
        codes.append(font.glyph_code(glyph.gid, width, text))
    # The first glyph's own offset cannot be folded into a width before it; HarfBuzz
    # gives a word's first glyph none in practice.
    return Drawn(
        "".join(codes),
        tuple(round(g.y_offset, 1) for g in glyphs),
        sum(g.advance for g in glyphs),
        # poppler reverses the ActualText of a right-to-left word too, so those keep to
        # the ToUnicode map (which pypdf reads exactly).
        not rtl and any(g.advance and not t for g, t in zip(glyphs, texts, strict=True)),
    )


# --- ActualText spans -------------------------------------------------------------------
#
# pypdf reads only the ToUnicode map; poppler (and Acrobat) prefer a marked-content span's
# /ActualText (PDF 1.5, 14.9.4) when there is one. Paragraph markup cannot write PDF
# operators, so a word that needs a span is put between two ``<onDraw>`` callbacks, which
# write into the text object of the line being drawn.

_SPAN_CALLBACK = "organizer_actual_text"


def span_markup(word: str, inner: str) -> str:
    """``inner`` (markup) wrapped so that it is drawn inside an ActualText span for ``word``.
    The label holds only hex digits, so user text never reaches the markup parser."""
    label = word.encode("utf-16-be").hex().upper()
    return f'<onDraw name="{_SPAN_CALLBACK}" label="B{label}"/>{inner}<onDraw name="{_SPAN_CALLBACK}" label="E"/>'


def register_spans(canvas) -> None:
    """Lets ``canvas`` draw paragraphs whose markup holds ``span_markup``."""
    if canvas.getNamedCB(_SPAN_CALLBACK) is None:
        canvas.setNamedCB(_SPAN_CALLBACK, _span)


def _span(canvas, kind, label):
    # ReportLab 5 hands the callback the line being drawn as ``_curr_tx_info``.
    info = getattr(canvas, "_curr_tx_info", None)
    if info is None or not label:
        return
    tx, line_y = info["tx"], info["cur_y"]
    if label.startswith("B"):
        tx.organizer_span = (len(tx._code), line_y, label[1:])
        return
    start = getattr(tx, "organizer_span", None)
    tx.organizer_span = None
    # The span opens only once its end is drawn on the same line, so a word cut across
    # lines (or pages) never leaves a span open.
    if start is not None and start[1] == line_y:
        tx._code.insert(start[0], f"/Span <</ActualText <FEFF{start[2]}>>> BDC")
        tx._code.append("EMC")
