"""User text to ReportLab paragraph markup: escaped, in the right font per script, in reading order.

Everything a user typed goes through ``markup()`` and nowhere else, so a name such as
``<img src="/etc/passwd">`` prints as those characters and is never read as a tag.

Right-to-left text and shaping
------------------------------
ReportLab 5.1 reorders right-to-left text only with the ``rlbidi`` package, which is not
on PyPI, and shapes only with ``uharfbuzz``; its shaped glyphs come out of the PDF as
private-use characters, so copying a name would not give the name back. Instead:

* Arabic letters are drawn with their Unicode presentation forms (initial, medial, final,
  isolated, and the lam-alef ligatures), chosen from the joining of each letter with its
  neighbours. The table comes from Python's own Unicode database. The Arabic font's
  ToUnicode map sends every form back to its letter (``fonts.ExtractableTTFont``).
* Right-to-left runs are put in visual order by a small implementation of the Unicode
  bidirectional algorithm (no explicit embeddings or bracket pairs), line by line:
  a paragraph that starts in Arabic or Hebrew is wrapped by ``RightToLeftParagraph``
  before it is reordered, so its lines read top to bottom.

PDF readers (and pypdf) put visual-order right-to-left text back in logical order, so
extraction gives back what was typed. Not covered: the Indic and Southeast Asian scripts
are drawn without reordering or conjuncts (letters are right, syllables can look
unpolished), and vowel marks on Arabic/Hebrew letters extract after rather than before
their letter's neighbours.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from organizer.exports.pdf import fonts

# --- escaping ---------------------------------------------------------------------------


def escape(text: str) -> str:
    """The one escape for user text: ``&``, ``<`` and ``>`` become entities."""
    return _xml_escape(text)


def _clean(text: str) -> str:
    # Control characters (other than line breaks and tabs) have no glyph and no meaning
    # on paper; NFC joins "e" + combining accent into one glyph the font surely has.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


# --- Arabic shaping ---------------------------------------------------------------------

_ISOLATED, _FINAL, _INITIAL, _MEDIAL = "isolated", "final", "initial", "medial"


@cache
def _presentation_forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], str]]:
    """{letter: {form: presentation char}} and {(lam+alef, form): ligature}."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], str] = {}
    for code in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) < 2 or parts[0].strip("<>") not in (_ISOLATED, _FINAL, _INITIAL, _MEDIAL):
            continue
        form = parts[0].strip("<>")
        letters = "".join(chr(int(p, 16)) for p in parts[1:])
        if len(letters) == 1:
            forms.setdefault(letters, {}).setdefault(form, chr(code))
        elif len(letters) == 2 and letters[0] == "\u0644" and letters[1] in "\u0622\u0623\u0625\u0627":
            ligatures[(letters, form)] = chr(code)
    return forms, ligatures


_JOIN_CAUSING = {"\u0640", "\u200d"}  # tatweel, zero-width joiner


def _joining(char: str) -> str:
    """D (joins both sides), R (joins the letter before only), C (causing), T, U (none)."""
    if char in _JOIN_CAUSING:
        return "C"
    if unicodedata.category(char) in ("Mn", "Me", "Cf") and char != "\u200c":
        return "T"
    available = _presentation_forms()[0].get(char)
    if not available:
        return "U"
    return "D" if _INITIAL in available or _MEDIAL in available else "R"


def shape_arabic(text: str) -> str:
    """Arabic letters in ``text`` replaced by the presentation form their position needs."""
    if not any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text):
        return text
    forms, ligatures = _presentation_forms()
    types = [_joining(c) for c in text]

    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < len(text) and types[j] == "T":
            j += step
        return types[j] if 0 <= j < len(text) else "U"

    out: list[str] = []
    i = 0
    while i < len(text):
        char, kind = text[i], types[i]
        if kind not in ("D", "R"):
            out.append(char)
            i += 1
            continue
        joins_before = neighbour(i, -1) in ("D", "C")
        after = i + 1
        if char == "\u0644" and after < len(text) and text[after] in "\u0622\u0623\u0625\u0627":
            ligature = ligatures.get((char + text[after], _FINAL if joins_before else _ISOLATED))
            if ligature:
                out.append(ligature)
                i += 2
                continue
        joins_after = kind == "D" and neighbour(i, 1) in ("D", "R", "C")
        if joins_before and joins_after:
            form = _MEDIAL
        elif joins_before:
            form = _FINAL
        elif joins_after:
            form = _INITIAL
        else:
            form = _ISOLATED
        available = forms[char]
        out.append(available.get(form) or available.get(_ISOLATED) or char)
        i += 1
    return "".join(out)


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
    levels = _levels("".join(c[0] for c in clusters), rtl)
    items = [
        (_MIRRORED.get(c, c) if level % 2 else c, level)
        for c, level in zip(clusters, levels, strict=True)
    ]
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
    return "".join(c for c, _ in items)


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
    """Escaped markup for one line of visual-order text, with a font tag per script run."""
    parts = []
    for script, chunk in script_runs(text):
        escaped = escape(chunk)
        if script == fonts.LATIN:
            # The paragraph's own font; its bold is set by the style, so no tag is needed.
            parts.append(escaped)
        else:
            parts.append(f'<font name="{fonts.font_name(script, bold)}">{escaped}</font>')
    return "".join(parts)


def markup(text: str, *, bold: bool = False, rtl: bool | None = None) -> str:
    """Paragraph markup for user text: escaped, font per script, right-to-left runs in
    visual order, line breaks kept. ``bold`` must match the paragraph style's weight."""
    text = _clean(text)
    if rtl is None:
        rtl = paragraph_is_rtl(text)
    lines = []
    for line in text.split("\n"):
        line = line.replace("\t", "    ")
        shaped = shape_arabic(line)
        lines.append(_fonted(visual_order(shaped, rtl), bold))
    return "<br/>".join(lines)


def needs_rtl_layout(text: str) -> bool:
    return paragraph_is_rtl(_clean(text))


def prepare_rtl(text: str) -> str:
    """Clean and shape a right-to-left paragraph before it is wrapped into lines."""
    return shape_arabic(_clean(text))


def line_markup(line: str, *, bold: bool) -> str:
    """Markup for one already-shaped logical line of a right-to-left paragraph."""
    return _fonted(visual_order(line, True), bold)
