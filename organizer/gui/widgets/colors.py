"""Colours that work on light and dark palettes: stances, warnings, muted text.

Every colour here is shown next to text that says the same thing; colour alone never
carries meaning (some coordinators are colour-blind, and printouts are grey).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from organizer.domain.enums import Stance

# (light palette, dark palette): the dark variants are lighter so they stay readable.
_STANCE_COLORS = {
    Stance.YES: ("#2e7d32", "#5cb860"),
    Stance.LEAN_YES: ("#8bc34a", "#9ccc65"),
    Stance.UNDECIDED: ("#f2b600", "#ffca28"),
    Stance.LEAN_NO: ("#ef7c00", "#ffa040"),
    Stance.NO: ("#c62828", "#ef5350"),
    Stance.UNKNOWN: ("#9e9e9e", "#7d7d7d"),
}
_ERROR = ("#b3261e", "#ff8a80")
_WARNING = ("#8a5a00", "#ffcc66")
_GOOD = ("#1b5e20", "#81c784")
# Qt paints weekends pure red, 4.0:1 on white: too faint for small numbers (WCAG AA is 4.5:1).
_WEEKEND = ("#b3261e", "#ff8a80")


def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or current_palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def stance_color(stance: Stance, palette: QPalette | None = None) -> QColor:
    return _pick(_STANCE_COLORS[Stance(stance)], palette)


def error_color(palette: QPalette | None = None) -> QColor:
    return _pick(_ERROR, palette)


def warning_color(palette: QPalette | None = None) -> QColor:
    return _pick(_WARNING, palette)


def good_color(palette: QPalette | None = None) -> QColor:
    return _pick(_GOOD, palette)


def weekend_color(palette: QPalette | None = None) -> QColor:
    return _pick(_WEEKEND, palette)


def disabled_text_color() -> QColor:
    """Text of rows that no longer count (past meetings, inactive members, dropped speakers)."""
    return current_palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def muted_text_color(palette: QPalette | None = None) -> QColor:
    palette = palette or current_palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    return blend(text, base, 0.62)


def blend(a: QColor, b: QColor, amount_of_a: float) -> QColor:
    t = max(0.0, min(1.0, amount_of_a))
    return QColor(
        round(a.red() * t + b.red() * (1 - t)),
        round(a.green() * t + b.green() * (1 - t)),
        round(a.blue() * t + b.blue() * (1 - t)),
    )


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(background.blue())
    return QColor(Qt.GlobalColor.black) if lum > 0.22 else QColor(Qt.GlobalColor.white)


def dark_palette() -> QPalette:
    """Fusion's colours for a dark desktop, used when the platform does not supply them."""
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#e6e6e6")
    disabled_text = QColor("#8a8a8a")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9a9a"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#35373b"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#4a4d52"),
        QPalette.ColorRole.Midlight: QColor("#3e4145"),
        QPalette.ColorRole.Mid: QColor("#4f5257"),
        QPalette.ColorRole.Dark: QColor("#151618"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3d7bd9"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled_text)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#4f5257"))
    return p


# --- contrast (WCAG 2.x) ------------------------------------------------------------------

AA_NORMAL_TEXT = 4.5


def relative_luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    lighter, darker = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def with_readable_highlight(palette: QPalette) -> QPalette:
    """The palette with its selection colour darkened until selected text reads at WCAG AA.

    Fusion's own blue (#308cc6) under white text is 3.7:1: every selected table row and the
    calendar's month bar would be hard to read for a coordinator with low vision.
    """
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        steps = 0
        while contrast_ratio(text, highlight) < AA_NORMAL_TEXT and steps < 20:
            # Move away from the text: darker under light text, lighter under dark text.
            highlight = highlight.darker(110) if text.lightness() >= 128 else highlight.lighter(110)
            steps += 1
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
    return palette
