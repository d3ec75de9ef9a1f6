"""User text to ReportLab paragraph markup: escaped, in the right font per script, in reading order.

Everything a user typed goes through ``markup()`` and nowhere else, so a name such as
``<img src="/etc/passwd">`` prints as those characters and is never read as a tag.

Shaping and right-to-left text
------------------------------
Words in the scripts that need shaping (Devanagari, Bengali, Tamil, Khmer, Thai, Arabic,
Hebrew and the rest of ``fonts.SHAPED_SCRIPTS``) are shaped with HarfBuzz and drawn as
the glyphs it chose, each encoded so that copying it out gives back the typed characters
(``shaping.py``). Spaces stay spaces, so lines still wrap between words and never inside
a shaped word, unless one word is wider than the line: ReportLab then cuts it between two
glyphs, which can part a vowel sign from its consonant (long Thai or Khmer text, which
has no spaces between words, is the likely case).

Right-to-left runs are put in visual order by a small implementation of the Unicode
bidirectional algorithm (no explicit embeddings or bracket pairs), line by line, with
each shaped word kept whole (HarfBuzz already gives its glyphs in visual order): a
paragraph that starts in Arabic or Hebrew is wrapped by ``RightToLeftParagraph`` before
it is reordered, so its lines read top to bottom. PDF readers (and pypdf) put
visual-order right-to-left text back in logical order, so extraction gives back what was
typed (poppler's reordering still misplaces the Arabic comma and reverses a lam-alef).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from organizer.exports.pdf import fonts, shaping

# --- escaping ---------------------------------------------------------------------------


def escape(text: str) -> str:
    """The one escape for user text: ``&``, ``<`` and ``>`` become entities."""
    return _xml_escape(text)


def _clean(text: str) -> str:
    # Control characters (other than line breaks and tabs) have no glyph and no meaning
    # on paper; NFC joins "e" + combining accent into one glyph the font surely has.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


# --- bidirectional reordering -----------------------------------------------------------

_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def _strong(char: str) -> str | None:
    """'R' or 'L' for a strong character, 'N' for a number, None for neutral or mark."""
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "N"
    return None


# Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms: where a strong
# right-to-left character can be. A quick test before the character-by-character one.
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def paragraph_is_rtl(text: str) -> bool:
    """The first strong character decides the paragraph's direction (rules P2, P3)."""
    if not _RTL_CHARS.search(text):
        return False
    for char in text:
        kind = _strong(char)
        if kind in ("R", "L"):
            return kind == "R"
    return False


def _levels(text: str, rtl: bool) -> list[int]:
    base = 1 if rtl else 0
    kinds: list[str | None] = []
    last_strong = "R" if rtl else "L"
    for char in text:
        kind = _strong(char)
        if kind == "N":
            # W7: a European number after left-to-right text is left-to-right.
            kind = "L" if last_strong == "L" and unicodedata.bidirectional(char) == "EN" else "N"
        elif kind in ("R", "L"):
            last_strong = kind
        kinds.append(kind)

    # N1/N2: neutrals between two strongs of one direction take it, else the paragraph's.
    resolved: list[str] = []
    i = 0
    while i < len(kinds):
        if kinds[i] is not None:
            resolved.append(kinds[i])  # type: ignore[arg-type]
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] is None:
            j += 1
        before = resolved[-1] if resolved else ("R" if rtl else "L")
        after = kinds[j] if j < len(kinds) else ("R" if rtl else "L")
        before = "R" if before == "N" else before
        after = "R" if after == "N" else after
        fill = before if before == after else ("R" if rtl else "L")
        resolved.extend([fill] * (j - i))
        i = j

    levels = []
    for kind in resolved:
        if kind == "R":
            levels.append(1)
        elif kind == "N":
            levels.append(2)
        else:
            levels.append(2 if rtl else 0)
    return [max(level, base) if rtl else level for level in levels]


def visual_order(text: str, rtl: bool | None = None) -> str:
    """One line of logical-order text in the order its characters appear left to right."""
    if not rtl and not _RTL_CHARS.search(text):
        return text
    if rtl is None:
        rtl = paragraph_is_rtl(text)
    # Keep each letter with its combining marks, so a mark stays on its letter.
    clusters: list[str] = []
    for char in text:
        if clusters and unicodedata.category(char) in ("Mn", "Me"):
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(
        _MIRRORED.get(clusters[i], clusters[i]) if odd else clusters[i]
        for i, odd in _reordered([c[0] for c in clusters], rtl)
    )


def _reordered(leaders: list[str], rtl: bool) -> list[tuple[int, bool]]:
    """(index, is at a right-to-left level) of units in left-to-right order, given the
    character that decides each unit's direction (rule L2)."""
    levels = _levels("".join(leaders), rtl)
    items = [(i, level) for i, level in enumerate(levels)]
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(items):
            if items[i][1] >= level:
                j = i
                while j < len(items) and items[j][1] >= level:
                    j += 1
                items[i:j] = items[i:j][::-1]
                i = j
            else:
                i += 1
    return [(i, bool(level % 2)) for i, level in items]


# --- runs by script ---------------------------------------------------------------------


@cache
def _drawn_by(char: str) -> str | None:
    """The script whose font draws ``char`` (None: neutral, any font with the glyph)."""
    script = fonts.script_of(char)
    if script is not None and not fonts.has_glyph(script, char):
        return fonts.fallback_script(char)
    return script


@cache
def _plain_latin(char: str) -> bool:
    return fonts.has_glyph(fonts.LATIN, char) and _drawn_by(char) in (None, fonts.LATIN)


def script_runs(text: str) -> Iterator[tuple[str, str]]:
    """(script, text) runs; neutral characters join the run before them when its font
    has their glyph, else the next one."""
    if all(map(_plain_latin, text)):
        # Most text on a packet: one run in Noto Sans.
        yield fonts.LATIN, text
        return
    runs: list[list[str]] = []
    pending = ""
    for char in text:
        script = _drawn_by(char)
        if script is None:
            if runs and fonts.has_glyph(runs[-1][0], char):
                runs[-1][1] += char
            else:
                pending += char
            continue
        if runs and runs[-1][0] == script:
            runs[-1][1] += pending + char
        else:
            if pending:
                if runs and all(fonts.has_glyph(runs[-1][0], p) for p in pending):
                    runs[-1][1] += pending
                else:
                    runs.append([fonts.LATIN, pending])
            runs.append([script, char])
        pending = ""
    if pending:
        runs.append([fonts.LATIN, pending])
    for script, chunk in runs:
        yield script, chunk


def _fonted(text: str, bold: bool) -> str:
    """Escaped markup for visual-order text that needs no shaping, with a font tag per
    script run."""
    parts = []
    for script, chunk in script_runs(text):
        escaped = escape(chunk)
        if script == fonts.LATIN:
            # The paragraph's own font; its bold is set by the style, so no tag is needed.
            parts.append(escaped)
        else:
            parts.append(f'<font name="{fonts.font_name(script, bold)}">{escaped}</font>')
    return "".join(parts)


# --- shaped words -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    """A word of a shaped script, or (``script`` None) text between such words."""

    text: str  # logical order
    script: str | None = None
    drawn: shaping.Drawn | None = None


# Joiners, marks and Arabic punctuation belong to the Arabic word around them; digits
# and other punctuation do not, since HarfBuzz would lay them out right to left with it.
_RTL_WORD_KINDS = frozenset({"R", "AL", "NSM", "BN"})


def _in_word(char: str, script: str) -> bool:
    if char.isspace():
        return False
    if script not in fonts.RIGHT_TO_LEFT_SCRIPTS:
        return True
    kind = unicodedata.bidirectional(char)
    return kind in _RTL_WORD_KINDS or (kind not in ("EN", "AN") and fonts.script_of(char) == script)


def _words(line: str, bold: bool) -> list[_Word]:
    words: list[_Word] = []
    plain = ""
    for script, chunk in script_runs(line):
        if script not in fonts.SHAPED_SCRIPTS:
            plain += chunk
            continue
        font = fonts.font_name(script, bold)
        i = 0
        while i < len(chunk):
            j = i
            while j < len(chunk) and _in_word(chunk[j], script):
                j += 1
            if j == i:
                plain += chunk[i]
                i += 1
                continue
            if plain:
                words.append(_Word(plain))
                plain = ""
            words.append(_Word(chunk[i:j], script, shaping.drawn(chunk[i:j], font)))
            i = j
    if plain:
        words.append(_Word(plain))
    return words


# ReportLab cuts a word wider than the line between two glyphs, but not a word that holds
# the callbacks of an ActualText span (it would run past the margin): a longer word (in
# thousandths of the font size; a long name is about 5 em) does without the span.
_LONGEST_SPANNED_WORD = 10_000


def _shaped_markup(word: str, drawn: shaping.Drawn, actual_text: bool) -> str:
    parts = []
    codes, rises = drawn.codes, drawn.rises
    i = 0
    while i < len(codes):
        j = i
        while j < len(codes) and rises[j] == rises[i]:
            j += 1
        # A mark HarfBuzz raises or lowers: a rise in per cent of the font size.
        if rises[i] > 0:
            parts.append(f'<sup rise="{rises[i] / 10:g}%" size="100%">{codes[i:j]}</sup>')
        elif rises[i] < 0:
            parts.append(f'<sub rise="{-rises[i] / 10:g}%" size="100%">{codes[i:j]}</sub>')
        else:
            parts.append(codes[i:j])
        i = j
    if actual_text and drawn.needs_actual_text and drawn.width <= _LONGEST_SPANNED_WORD:
        return shaping.span_markup(word, "".join(parts))
    return "".join(parts)


def _leader(unit: str) -> str:
    """The character that decides a unit's direction: its first strong one."""
    return next((c for c in unit if _strong(c) in ("L", "R")), unit[0])


def _line_markup(line: str, bold: bool, rtl: bool, actual_text: bool) -> str:
    words = _words(line, bold)
    if not any(w.script for w in words):
        return _fonted(visual_order(line, rtl), bold)
    # Units for reordering: a shaped word whole, else a letter with its marks.
    units: list[_Word] = []
    for word in words:
        if word.script:
            units.append(word)
            continue
        for char in word.text:
            if units and not units[-1].script and unicodedata.category(char) in ("Mn", "Me"):
                units[-1] = _Word(units[-1].text + char)
            else:
                units.append(_Word(char))
    if rtl or _RTL_CHARS.search(line):
        order = _reordered([_leader(u.text) for u in units], rtl)
    else:
        order = [(i, False) for i in range(len(units))]

    # (script, markup, is white space) in visual order.
    pieces: list[tuple[str, str, bool]] = []
    plain = ""
    for i, odd in [*order, (-1, False)]:
        unit = units[i] if i >= 0 else None
        if unit is not None and not unit.script:
            plain += _MIRRORED.get(unit.text, unit.text) if odd else unit.text
            continue
        pieces.extend((script, escape(chunk), chunk.isspace()) for script, chunk in script_runs(plain))
        plain = ""
        if unit is not None:
            assert unit.script and unit.drawn
            pieces.append((unit.script, _shaped_markup(unit.text, unit.drawn, actual_text), False))
    return _merged(pieces, bold)


def _merged(pieces: list[tuple[str, str, bool]], bold: bool) -> str:
    """One font tag per run of a font: the spaces between two words of one shaped script
    are set in its font, so a reader sees the words as one run (and reorders a
    right-to-left line as a whole)."""
    scripts = [script for script, _, _ in pieces]
    for i in range(1, len(pieces) - 1):
        before, after = scripts[i - 1], scripts[i + 1]
        if (
            pieces[i][2]
            and before == after
            and before in fonts.SHAPED_SCRIPTS
            and all(fonts.has_glyph(before, c) for c in pieces[i][1])
        ):
            scripts[i] = before
    out: list[str] = []
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and scripts[j] == scripts[i]:
            j += 1
        body = "".join(markup for _, markup, _ in pieces[i:j])
        if scripts[i] == fonts.LATIN:
            out.append(body)
        else:
            out.append(f'<font name="{fonts.font_name(scripts[i], bold)}">{body}</font>')
        i = j
    return "".join(out)


def markup(text: str, *, bold: bool = False, rtl: bool | None = None, actual_text: bool = False) -> str:
    """Paragraph markup for user text: escaped, font per script, complex scripts shaped,
    right-to-left runs in visual order, line breaks kept. ``bold`` must match the
    paragraph style's weight. ``actual_text``: words that need it get an ActualText span,
    which only a ``flowables.UserParagraph`` can draw."""
    text = _clean(text)
    if rtl is None:
        rtl = paragraph_is_rtl(text)
    return "<br/>".join(
        _line_markup(line.replace("\t", "    "), bold, rtl, actual_text) for line in text.split("\n")
    )


def line_width(line: str, font_size: float, *, bold: bool) -> float:
    """How wide one line of logical-order text prints, in points."""
    width = 0.0
    line = line.replace("\t", "    ")  # as line_markup draws it
    for word in _words(line, bold):
        if word.drawn is not None:
            width += word.drawn.width * font_size / 1000
        else:
            width += sum(
                stringWidth(chunk, fonts.font_name(script, bold), font_size)
                for script, chunk in script_runs(word.text)
            )
    return width


def needs_rtl_layout(text: str) -> bool:
    return paragraph_is_rtl(_clean(text))


def prepare_rtl(text: str) -> str:
    """Clean a right-to-left paragraph before it is wrapped into lines."""
    return _clean(text)


def line_markup(line: str, *, bold: bool) -> str:
    """Markup for one logical line of a right-to-left paragraph (for a ``UserParagraph``)."""
    return _line_markup(line.replace("\t", "    "), bold, True, True)
