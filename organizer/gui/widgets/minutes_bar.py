"""Minutes of public comment used against the window, as a bar with a caption.

Reusable wherever a line-up is shown (dashboard, speaker board): feed it a
``SpeakingBudget`` or plain numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from organizer.domain.rules.budget import SpeakingBudget
from organizer.gui.widgets.colors import blend, error_color, muted_text_color
from organizer.gui.widgets.format import counted

MAX_SLOT_TICKS = 40  # beyond this the ticks become a grey smear


class MinutesBar(QWidget):
    def __init__(self, parent: QWidget | None = None, *, show_caption: bool = True):
        super().__init__(parent)
        self._used = 0
        self._window: int | None = None
        self._per_speaker: int | None = None
        self._untimed = 0
        self._show_caption = show_caption
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Public-comment minutes"))
        self._announce()

    # --- data ------------------------------------------------------------------------
    def set_budget(self, budget: SpeakingBudget) -> None:
        self.set_minutes(
            budget.minutes_used,
            budget.window_minutes,
            per_speaker=budget.minutes_per_speaker,
            untimed=len(budget.untimed_signup_ids),
        )

    def set_minutes(
        self, used: int, window: int | None, *, per_speaker: int | None = None, untimed: int = 0
    ) -> None:
        self._used, self._window = max(0, used), window
        self._per_speaker, self._untimed = per_speaker, untimed
        self._announce()
        self.updateGeometry()
        self.update()

    @property
    def used(self) -> int:
        return self._used

    @property
    def window(self) -> int | None:
        return self._window

    @property
    def is_over(self) -> bool:
        return self._window is not None and self._used > self._window

    def text(self) -> str:
        if self._window is None:
            text = counted(self._used, self.tr("{n} minute used; no time limit"),
                           self.tr("{n} minutes used; no time limit"))
        elif self.is_over:
            over = self._used - self._window
            text = counted(over, self.tr("{used} of {window} min: {n} minute over"),
                           self.tr("{used} of {window} min: {n} minutes over"), used=self._used, window=self._window)
        else:
            text = self.tr("{used} of {window} min used, {left} left").format(
                used=self._used, window=self._window, left=(self._window or 0) - self._used)
        if self._untimed:
            text += " " + counted(self._untimed, self.tr("(+{n} speaker with no time set)"),
                                  self.tr("(+{n} speakers with no time set)"))
        return text

    def _announce(self) -> None:
        self.setAccessibleDescription(self.text())
        self.setToolTip(self.text())

    # --- painting --------------------------------------------------------------------
    def _bar_height(self) -> int:
        # With no window there is nothing to fill: the caption says it all.
        if self._window is None:
            return 0
        return max(8, round(self.fontMetrics().height() * 0.75))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        height = self._bar_height() + (fm.height() + 4 if self._show_caption else 0)
        return QSize(fm.horizontalAdvance(self.text()) + 8, height + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("0000") * 4, self.sizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        bar = QRectF(0.5, 0.5, self.width() - 1, self._bar_height())
        if self._window is None:
            self._paint_caption(painter, bar)
            return
        radius = bar.height() / 2
        track = blend(pal.color(QPalette.ColorRole.Mid), pal.color(QPalette.ColorRole.Window), 0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, radius, radius)

        window = self._window
        scale = max(self._used, window) or 1
        within = min(self._used, window)
        painter.save()
        painter.setClipRect(QRectF(bar.left(), bar.top(), bar.width() * within / scale, bar.height()))
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(bar, radius, radius)
        painter.restore()
        if self.is_over:
            # Hatched as well as red, so "over" does not depend on seeing red.
            over = QRectF(bar.left() + bar.width() * window / scale, bar.top(),
                          bar.width() * (self._used - window) / scale, bar.height())
            painter.save()
            painter.setClipRect(over)
            painter.setBrush(QBrush(error_color(pal)))
            painter.drawRoundedRect(bar, radius, radius)
            painter.setBrush(QBrush(pal.color(QPalette.ColorRole.Window), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(bar, radius, radius)
            painter.restore()
        self._draw_ticks(painter, bar, scale)
        x = bar.left() + bar.width() * window / scale
        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 2))
        painter.drawLine(round(x), round(bar.top()) - 1, round(x), round(bar.bottom()) + 1)
        self._paint_caption(painter, bar)

    def _paint_caption(self, painter: QPainter, bar: QRectF) -> None:
        pal = self.palette()
        if self._show_caption:
            painter.setPen(error_color(pal) if self.is_over else muted_text_color(pal))
            top = bar.bottom() + 3 if bar.height() > 1 else 0
            caption = QRectF(0, top, self.width(), self.fontMetrics().height())
            elided = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
            painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def _draw_ticks(self, painter: QPainter, bar: QRectF, scale: int) -> None:
        step = self._per_speaker
        if not step or not self._window or self._window // step > MAX_SLOT_TICKS:
            return
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        minute = step
        while minute < self._window:
            x = bar.left() + bar.width() * minute / scale
            painter.drawLine(round(x), round(bar.top()) + 1, round(x), round(bar.bottom()) - 1)
            minute += step
