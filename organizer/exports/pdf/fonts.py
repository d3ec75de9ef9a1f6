"""The shipped fonts, registered with ReportLab on first use, and which one serves which script.

ReportLab embeds a subset of every TrueType font it draws with, so every PDF carries its
own fonts and prints the same on any printer. It needs TrueType (``glyf``) outlines, not
CFF, which is why ``resources/fonts`` holds the ``.ttf`` builds of Noto and Droid Sans
Fallback (licenses beside them).
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from organizer.config import FONTS_DIR as FONT_DIR  # the source tree, a wheel or a build

LATIN = "latin"  # also Greek, Cyrillic and Vietnamese: Noto Sans covers them
ARABIC = "arabic"
HEBREW = "hebrew"
CJK = "cjk"  # Chinese and Japanese: Droid Sans Fallback
HANGUL = "hangul"  # Korean: Nanum Square (Debian's Droid Sans Fallback has no Hangul syllables)

RIGHT_TO_LEFT_SCRIPTS = frozenset({ARABIC, HEBREW})

# The scripts whose letters change shape or order with their neighbours: drawn as the
# glyphs HarfBuzz chooses (see shaping.py), in an ``ExtractableTTFont``.
SHAPED_SCRIPTS = frozenset({
    ARABIC, HEBREW, "bengali", "devanagari", "gujarati", "gurmukhi", "khmer", "lao", "myanmar",
    "sinhala", "tamil", "telugu", "thai",
})


@dataclass(frozen=True)
class FontFiles:
    regular: str
    bold: str | None  # None: the regular face doubles as bold


_FILES: dict[str, FontFiles] = {
    LATIN: FontFiles("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: FontFiles("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    HEBREW: FontFiles("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    CJK: FontFiles("DroidSansFallbackFull.ttf", None),
    HANGUL: FontFiles("NanumSquareR.ttf", "NanumSquareB.ttf"),
    **{
        script: FontFiles(f"NotoSans{stem}-Regular.ttf", f"NotoSans{stem}-Bold.ttf")
        for script, stem in {
            "armenian": "Armenian",
            "bengali": "Bengali",
            "devanagari": "Devanagari",
            "ethiopic": "Ethiopic",
            "georgian": "Georgian",
            "gujarati": "Gujarati",
            "gurmukhi": "Gurmukhi",
            "khmer": "Khmer",
            "lao": "Lao",
            "myanmar": "Myanmar",
            "sinhala": "Sinhala",
            "tamil": "Tamil",
            "telugu": "Telugu",
            "thai": "Thai",
        }.items()
    },
}

# Inclusive code point ranges of the scripts that Noto Sans (LATIN) does not cover.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x0870, 0x08FF, ARABIC),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, HANGUL),  # jamo
    (0x1200, 0x139F, "ethiopic"),
    (0x1780, 0x17FF, "khmer"),
    (0x19E0, 0x19FF, "khmer"),
    (0x1C90, 0x1CBF, "georgian"),
    (0x2D00, 0x2D2F, "georgian"),
    (0x2D80, 0x2DDF, "ethiopic"),
    (0x2E80, 0x2FDF, CJK),
    (0x3000, 0x303F, CJK),
    (0x3040, 0x312F, CJK),  # kana, bopomofo
    (0x3130, 0x318F, HANGUL),  # compatibility jamo
    (0x3190, 0x31FF, CJK),
    (0x3200, 0x4DBF, CJK),
    (0x4E00, 0x9FFF, CJK),
    (0xA8E0, 0xA8FF, "devanagari"),
    (0xA960, 0xA97F, HANGUL),
    (0xAB00, 0xAB2F, "ethiopic"),
    (0xAC00, 0xD7FF, HANGUL),  # syllables and jamo extended-B
    (0xF900, 0xFAFF, CJK),
    (0xFB13, 0xFB17, "armenian"),
    (0xFB1D, 0xFB4F, HEBREW),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE30, 0xFE4F, CJK),
    (0xFE70, 0xFEFF, ARABIC),
    (0xFF00, 0xFFEF, CJK),  # full-width forms
    (0x20000, 0x3134F, CJK),
)


def script_of(char: str) -> str | None:
    """The script whose font must draw ``char``; None for characters any font may draw
    (spaces, digits, punctuation), which then stay in the font of the text around them."""
    code = ord(char)
    if code < 0x0530:
        category = unicodedata.category(char)
        return LATIN if category[0] == "L" or category == "Mn" else None
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
        if code < low:
            break
    category = unicodedata.category(char)
    return LATIN if category[0] == "L" else None


# Plane 15 and 16 private-use code points stand for shaped glyphs; the shipped fonts
# have no characters there, and a user's own private-use characters are never drawn.
_GLYPH_CODES = range(0xF0000, 0x10FFFE)


class ExtractableTTFont(TTFont):
    """A TrueType font whose text extracts as the characters that were typed.

    A shaped glyph (a conjunct, a reordered vowel sign, a joined Arabic letter) has no
    character of its own: ``glyph_code`` gives it a private-use code point, and the
    font's ToUnicode map sends that code back to the characters it stands for, so copying
    or extracting a name gives back exactly the name the volunteer entered. Arabic
    presentation forms typed as such extract as the letters they are made from.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._codes: dict[tuple[int, float, str], int] = {}
        self._texts: dict[int, str] = {}
        self._next_code = _GLYPH_CODES.start
        self._codes_lock = threading.Lock()

    def glyph_code(self, gid: int, width: float, text: str) -> str:
        """A character that draws glyph ``gid``, advances by ``width`` (thousandths of
        the font size) and copies out as ``text``; the same arguments give the same one."""
        key = (gid, width, text)
        code = self._codes.get(key)
        if code is None:
            with self._codes_lock:
                code = self._codes.get(key)
                if code is None:
                    code = self._next_code
                    if code not in _GLYPH_CODES:
                        raise RuntimeError(f"font {self.fontName} has no private-use code points left")
                    self._next_code += 1
                    self.face.charToGlyph[code] = gid
                    self.face.charWidths[code] = width
                    self._texts[code] = text
                    self._codes[key] = code
        return chr(code)

    def _text_of(self, code: int) -> str:
        text = self._texts.get(code)
        return _decomposed(code) if text is None else text

    def addObjects(self, doc):  # noqa: N802 - ReportLab's name
        state = self.state.get(doc)
        base_names = []
        if state is not None:
            for n, subset in enumerate(state.subsets):
                base_names.append((_subset_base_name(self, n), list(subset)))
        super().addObjects(doc)
        for base_name, subset in base_names:
            stream = doc.idToObject.get("toUnicodeCMap:" + base_name)
            if stream is not None:
                stream.content = _to_unicode_cmap(base_name, subset, self._text_of)


def _subset_base_name(font: TTFont, n: int) -> str:
    # The same name ReportLab's TTFont.addObjects gives the subset.
    return (b"".join((SUBSETN(n), b"+", font.face.name, font.face.subfontNameX))).decode("pdfdoc")


def _decomposed(code: int) -> str:
    """The letters a presentation form stands for; any other character stands for itself."""
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        parts = unicodedata.decomposition(char).split()
        letters = [p for p in parts if not p.startswith("<")]
        if letters:
            return "".join(chr(int(p, 16)) for p in letters)
    return char


def _to_unicode_cmap(font_name: str, subset: list[int], text_of) -> str:
    def utf16_hex(text: str) -> str:
        return text.encode("utf-16-be").hex().upper()

    entries = [f"<{i:02X}> <{utf16_hex(text_of(code))}>" for i, code in enumerate(subset)]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # A bfchar block holds at most 100 entries (PDF reference, 5.9.2).
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


_lock = threading.Lock()


def font_name(script: str, bold: bool = False) -> str:
    """The registered ReportLab name of the font for ``script``, registering it on first use."""
    files = _FILES.get(script) or _FILES[LATIN]
    if bold and files.bold is None:
        bold = False
    name = f"Organizer-{script}-{'Bold' if bold else 'Regular'}"
    if name not in _registered:
        with _lock:
            if name not in _registered:
                path = FONT_DIR / (files.bold if bold else files.regular)
                font_class = ExtractableTTFont if script in SHAPED_SCRIPTS else TTFont
                # ReportLab's own shaping gives glyphs that extract as private-use
                # characters, so it stays off: shaping.py shapes, and keeps the text.
                pdfmetrics.registerFont(font_class(name, str(path), shapable=False))
                _paths[name] = path
                _registered.add(name)
    return name


_registered: set[str] = set()
_paths: dict[str, Path] = {}


def font_path(name: str) -> Path:
    """The file of a font registered by ``font_name``."""
    return _paths[name]


def extractable_font(name: str) -> ExtractableTTFont:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, ExtractableTTFont), name
    return font


def register_all() -> None:
    """Loads every shipped font now rather than on first use (for a process that forks workers)."""
    for script, files in _FILES.items():
        font_name(script)
        if files.bold:
            font_name(script, bold=True)


@cache
def _glyphs(name: str) -> frozenset[int]:
    # list() copies in one step, while another thread may be adding glyph codes.
    return frozenset(c for c in list(pdfmetrics.getFont(name).face.charToGlyph) if c not in _GLYPH_CODES)


@cache
def has_glyph(script: str, char: str) -> bool:
    return ord(char) in _glyphs(font_name(script))


def fallback_script(char: str) -> str:
    """A script whose font has a glyph for ``char``, preferring Noto Sans; LATIN if none has."""
    for script in (LATIN, CJK, *sorted(s for s in _FILES if s not in (LATIN, CJK))):
        if has_glyph(script, char):
            return script
    return LATIN


def base_font(bold: bool = False) -> str:
    return font_name(LATIN, bold)

