"""A bar of the minutes a line-up uses against the public-comment window.

Each speaker is one segment, so the coordinator sees where the window runs out; minutes
past the window are drawn hatched in the warning colour, and the caption says the same
in words (colour is never the only signal).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_OK = QColor("#2e7d5b")
_OK_ALT = QColor("#3f9b73")
_OVER = QColor("#c0392b")


class MinutesBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._used = 0
        self._window: int | None = None
        self._segments: list[tuple[str, int]] = []
        self._caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Minutes used against the public-comment window")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so screen readers can land on it

    # --- what it shows -------------------------------------------------------------------

    def set_budget(
        self,
        minutes_used: int,
        window_minutes: int | None,
        segments: Sequence[tuple[str, int]] = (),
        untimed: int = 0,
    ) -> None:
        """``segments`` are (speaker name, minutes) in speaking order."""
        self._used = max(0, minutes_used)
        self._window = window_minutes
        self._segments = [(name, max(0, m)) for name, m in segments]
        self._caption = self._describe(untimed)
        self.setToolTip(self._caption)
        self.setAccessibleDescription(self._caption)
        self.update()

    @property
    def minutes_used(self) -> int:
        return self._used

    @property
    def window_minutes(self) -> int | None:
        return self._window

    @property
    def over_by(self) -> int:
        return 0 if self._window is None else max(0, self._used - self._window)

    def caption(self) -> str:
        return self._caption

    def _describe(self, untimed: int) -> str:
        used = f"{self._used} minute{'s' if self._used != 1 else ''}"
        if self._window is None:
            text = f"{used} planned; no limit on public comment is on file."
        elif self._used > self._window:
            text = f"{used} planned: {self._used - self._window} over the {self._window}-minute window."
        else:
            text = f"{used} of {self._window} planned; {self._window - self._used} left."
        if untimed:
            text += f" {untimed} speaker{'s have' if untimed != 1 else ' has'} no set length."
        return text

    # --- drawing -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().height()
        return QSize(320, int(line * 3.6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        bar_height = metrics.height() * 1.5
        bar = QRectF(0.5, 0.5, self.width() - 1.0, bar_height)
        scale_total = max(self._used, self._window or 0, 1)
        unit = bar.width() / scale_total

        track = QPainterPath()
        track.addRoundedRect(bar, 4, 4)
        painter.fillPath(track, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setClipPath(track)

        x = bar.left()
        window_x = bar.left() + (self._window or scale_total) * unit
        for index, (_name, minutes) in enumerate(self._segments):
            width = minutes * unit
            segment = QRectF(x, bar.top(), width, bar.height())
            painter.fillRect(segment, _OK if index % 2 == 0 else _OK_ALT)
            x += width
        if self._window is not None and self._used > self._window:
            over = QRectF(window_x, bar.top(), bar.right() - window_x, bar.height())
            painter.fillRect(over, _OVER)
            painter.fillRect(over, QBrush(QColor(255, 255, 255, 90), Qt.BrushStyle.BDiagPattern))
        # Thin separators between speakers, in the window's colour.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
        x = bar.left()
        for _name, minutes in self._segments[:-1]:
            x += minutes * unit
            painter.drawLine(int(x), int(bar.top()), int(x), int(bar.bottom()))
        painter.setClipping(False)

        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawPath(track)
        if self._window is not None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
            painter.drawLine(int(window_x), int(bar.top()) - 1, int(window_x), int(bar.bottom()) + 3)

        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_rect = QRectF(0, bar.bottom() + 4, self.width(), metrics.height() * 1.8)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        if self.over_by:
            painter.setPen(_OVER if palette.color(QPalette.ColorRole.Window).lightness() > 128 else QColor("#ff8a80"))
        painter.drawText(text_rect, int(flags), metrics.elidedText(self._caption, Qt.TextElideMode.ElideRight, self.width() * 2))
        painter.end()
