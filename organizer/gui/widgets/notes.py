"""Inline messages: a field's validation sentence, and a standing notice banner."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

from organizer.gui.widgets.colors import blend, error_color, warning_color


class FieldError(QLabel):
    """The sentence that says what is wrong with a field, shown right under it.

    Hidden while there is nothing to say. ``attach`` makes the field's accessible
    description carry the same sentence, so screen readers announce it too.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._field: QWidget | None = None
        self._field_description = ""
        self._field_palette = QPalette()
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, error_color(pal))
        self.setPalette(pal)
        self.hide()

    def attach(self, field: QWidget) -> None:
        self._field = field
        self._field_description = field.accessibleDescription()
        self._field_palette = QPalette(field.palette())

    def show_message(self, message: str | None) -> None:
        message = message or ""
        if message == self.text() and self.isHidden() != bool(message):
            return  # called on every keystroke: leave an unchanged field alone
        self.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))
        if self._field is not None:
            self._field.setAccessibleDescription(message or self._field_description)
            self._field.setProperty("invalid", bool(message))
            # A tinted field as well as the sentence, so the eye finds it in a long form.
            palette = QPalette(self._field_palette)
            if message:
                base = palette.color(QPalette.ColorRole.Base)
                palette.setColor(QPalette.ColorRole.Base, blend(error_color(palette), base, 0.12))
            self._field.setPalette(palette)

    def message(self) -> str:
        return self.text()


class NoticeBanner(QLabel):
    """A short standing notice with a coloured edge (privacy reminders and the like)."""

    def __init__(self, text: str, parent: QWidget | None = None, *, tone: str = "warning"):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._tone = tone
        margin = self.fontMetrics().height() // 2
        self.setContentsMargins(margin + 6, margin, margin, margin)
        self.setAccessibleName(text)

    def paintEvent(self, event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accent = warning_color(pal) if self._tone == "warning" else pal.color(QPalette.ColorRole.Highlight)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(blend(accent, pal.color(QPalette.ColorRole.Window), 0.5), 1))
        painter.setBrush(blend(accent, pal.color(QPalette.ColorRole.Base), 0.12))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        painter.end()
        super().paintEvent(event)
