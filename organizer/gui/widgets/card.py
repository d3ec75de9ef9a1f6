"""Building blocks for pages: a card with a title, a page heading, and small notes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from organizer.gui.widgets.colors import blend, muted_text_color


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font, bigger or smaller by ``factor`` (so it follows the user's size)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(6, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


class Card(QFrame):
    """A rounded panel in the base colour, painted from the palette (so dark mode works)."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height()
        layout.setContentsMargins(margin, round(margin * 0.8), margin, margin)
        layout.setSpacing(round(margin * 0.45))
        self.title_label: QLabel | None = None
        if title:
            self.title_label = QLabel(title, self)
            self.title_label.setTextFormat(Qt.TextFormat.PlainText)
            self.title_label.setFont(scaled_font(self, 1.15, bold=True))
            self.title_label.setAccessibleName(title)
            layout.addWidget(self.title_label)
        self.setAccessibleName(title or self.tr("Panel"))

    def body(self) -> QVBoxLayout:
        return self.layout()  # type: ignore[return-value]

    def paintEvent(self, event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        border = blend(pal.color(QPalette.ColorRole.Mid), pal.color(QPalette.ColorRole.Window), 0.6)
        painter.setPen(QPen(border, 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


def page_heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(scaled_font(label, 1.55, bold=True))
    label.setAccessibleName(text)
    return label


def color_label(label: QLabel, color: QColor) -> QLabel:
    """Set the label's text colour (its palette's WindowText); returns the label."""
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(pal)
    return label


def muted_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """Secondary text (dates, hints, empty states): plain text, softer colour."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    color_label(label, muted_text_color(label.palette()))
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A QLabel that never interprets user text as HTML."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label
