"""Text folding for search: "GARCÍA", "García" and "garcia" are the same search."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form: decompose, drop combining marks, casefold.

    Scripts without case or accents (Chinese, Arabic, Devanagari...) pass through unchanged
    apart from normalisation, so they are still found by what the user typed.
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.casefold())


def without_control_characters(text: str) -> str:
    """``text`` with line ends as "\\n" and the control characters other than tab and line
    feed removed: the one rule for what typed, pasted and imported text keeps.

    NUL, escape, bell and the C1 codes have no glyph on paper, garble a terminal when
    listed, and PostgreSQL refuses NUL outright.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
