"""The fonts shipped for the packets, lent to the interface too.

A volunteer's name in Chinese or Korean shows as empty boxes on a desktop that has no font
for that script, which is common on a fresh Linux or an older Windows. Registering the shipped
Noto, Droid Sans Fallback and Nanum fonts with Qt makes them part of its font fallback, so a
name shows on screen as it will print. Registering all of them takes about 7 ms, so the app
does it just after the window's first frame (which shows no names) and before the campaign's
data arrives.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from organizer import config

log = logging.getLogger(__name__)

_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Register every shipped font with Qt once; the font families now available."""
    global _registered
    if _registered is None:
        families: list[str] = []
        for path in sorted(config.FONTS_DIR.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("Qt could not load the shipped font %s", path.name)
                continue
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
        _registered = families
    return list(_registered)
