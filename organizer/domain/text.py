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
