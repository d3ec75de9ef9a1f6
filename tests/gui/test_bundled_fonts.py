"""Names in any script show on screen, not as empty boxes, even where the desktop lacks a font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout

from organizer.gui.bundled_fonts import register_bundled_fonts

pytestmark = pytest.mark.gui

NAMES = [
    "Grace 王", "陳美玲", "山田 花子", "김민준", "Fatima حداد", "נועה כהן", "सुनिता गुरुङ",
    "রবীন্দ্রনাথ", "கார்த்திக்", "ស្រីមុំ", "สมศรี", "ອານຸສອນ", "Ọlá Adébáyọ̀", "Nguyễn Thị Thu",
    "Олена Коваленко", "Անի", "ნინო", "ሰላም", "မောင်", "සිරි", "ప్రియ", "પ્રિયા", "ਪ੍ਰੀਤ",
]


def missing_glyphs(text: str) -> list[str]:
    """The fonts that had to draw glyph 0 (the empty box) for ``text`` in the interface's font."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns() if 0 in run.glyphIndexes()]


def test_every_shipped_font_is_registered() -> None:
    families = register_bundled_fonts()
    for family in ("Noto Sans", "Droid Sans Fallback", "NanumSquare", "Noto Sans Devanagari", "Noto Sans Khmer"):
        assert family in families


@pytest.mark.parametrize("name", NAMES)
def test_a_name_in_any_script_has_a_glyph_for_every_letter(qapp, name: str) -> None:
    register_bundled_fonts()
    assert missing_glyphs(name) == []
