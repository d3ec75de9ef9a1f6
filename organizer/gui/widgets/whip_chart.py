"""The whip count of one council as a horizontal stacked bar.

Segments run from support to opposition (``STANCE_ORDER``), each labelled with its stance
and count; a marker shows the votes needed; a legend repeats every number in text, and the
accessible description says it all in one sentence for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from organizer.domain.enums import STANCE_ORDER, Stance
from organizer.domain.rules.whip import WhipCount
from organizer.gui.models.labels import stance_label
from organizer.gui.widgets.colors import blend, muted_text_color, stance_color, text_on
from organizer.gui.widgets.format import counted


@dataclass(frozen=True)
class _Segment:
    label: str
    count: int
    stance: Stance | None  # None: vacant seats


def whip_sentence(count: WhipCount) -> str:
    """The whole chart in words."""
    parts = [f"{count.counts[s]} {stance_label(s).lower()}" for s in STANCE_ORDER if count.counts[s]]
    if count.vacancies:
        parts.append(QCoreApplication.translate("WhipBar", "{n} vacant").format(n=count.vacancies))
    more = count.more_needed
    if count.has_majority:
        outlook = QCoreApplication.translate("WhipBar", "the ordinance has the votes")
    elif count.passes_with_tie_breaker:
        outlook = QCoreApplication.translate("WhipBar", "the ordinance has the votes with the mayor breaking the tie")
    elif count.has_majority_with_leans:
        outlook = counted(more, QCoreApplication.translate("WhipBar", "{n} more firm yes needed; the leans would carry it"),
                          QCoreApplication.translate("WhipBar", "{n} more firm yeses needed; the leans would carry it"))
    else:
        outlook = counted(more, QCoreApplication.translate("WhipBar", "{n} more yes vote needed"), QCoreApplication.translate("WhipBar", "{n} more yes votes needed"))
    needed = QCoreApplication.translate("WhipBar", "{n} votes needed to pass").format(n=count.votes_needed)
    if count.tie_possible:
        needed += " " + QCoreApplication.translate("WhipBar", "(or {n} with the mayor breaking the tie)").format(n=count.votes_needed - 1)
    return QCoreApplication.translate("WhipBar", "{body}: {members} of {seats}; {needed}, {outlook}.").format(
        body=count.body, members=", ".join(parts) or QCoreApplication.translate("WhipBar", "no members on file"),
        seats=counted(count.seats, QCoreApplication.translate("WhipBar", "{n} seat"), QCoreApplication.translate("WhipBar", "{n} seats")), needed=needed, outlook=outlook,
    )


class WhipBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._count: WhipCount | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so screen-reader users can land on it
        self.setAccessibleName(self.tr("Whip count"))

    def set_count(self, count: WhipCount) -> None:
        self._count = count
        sentence = whip_sentence(count)
        self.setAccessibleName(self.tr("Whip count, {body}").format(body=count.body))
        self.setAccessibleDescription(sentence)
        self.setToolTip(sentence)
        self.updateGeometry()
        self.update()

    def count(self) -> WhipCount | None:
        return self._count

    def segments(self) -> list[_Segment]:
        if self._count is None:
            return []
        found = [_Segment(stance_label(s), self._count.counts[s], s) for s in STANCE_ORDER if self._count.counts[s]]
        if self._count.vacancies:
            found.append(_Segment(self.tr("Vacant"), self._count.vacancies, None))
        return found

    def legend_texts(self) -> list[str]:
        return [f"{seg.label} {seg.count}" for seg in self.segments()]

    # --- geometry ---------------------------------------------------------------------
    def _metrics(self) -> tuple[int, int, int]:
        fm = self.fontMetrics()
        marker_row = fm.height() + 4
        bar = round(fm.height() * 1.9)
        return marker_row, bar, fm.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        marker_row, bar, line = self._metrics()
        rows = len(self._legend_layout(width, self.fontMetrics())) or 1
        return marker_row + bar + 8 + rows * (line + 4)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("M") * 36
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("M") * 16
        return QSize(width, self.heightForWidth(width))

    def _legend_layout(self, width: int, fm: QFontMetrics) -> list[list[tuple[_Segment, int]]]:
        """Legend entries wrapped into rows: (segment, entry width)."""
        swatch = fm.height()
        rows: list[list[tuple[_Segment, int]]] = []
        row: list[tuple[_Segment, int]] = []
        used = 0
        for seg in self.segments():
            entry = swatch + 6 + fm.horizontalAdvance(f"{seg.label} {seg.count}") + fm.height()
            if row and used + entry > width:
                rows.append(row)
                row, used = [], 0
            row.append((seg, entry))
            used += entry
        if row:
            rows.append(row)
        return rows

    # --- painting ---------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: ANN001
        if self._count is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        marker_row, bar_h, line = self._metrics()
        count = self._count
        total = max(count.seats, sum(seg.count for seg in self.segments())) or 1
        bar = QRectF(1, marker_row, self.width() - 2, bar_h)

        rects = []
        x = bar.left()
        for seg in self.segments():
            width = bar.width() * seg.count / total
            rects.append((QRectF(x, bar.top(), width, bar.height()), seg))
            x += width
        for rect, seg in rects:
            self._paint_segment(painter, rect, seg, pal)

        # The bar's outline, so an empty or pale bar still reads as one.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(blend(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.35), 1))
        painter.drawRoundedRect(bar, 3, 3)

        # The marker goes under the labels, so it never hides a number.
        self._paint_marker(painter, bar, count.votes_needed / total, pal, fm)
        for rect, seg in rects:
            self._paint_label(painter, rect, seg, pal, fm)
        self._paint_legend(painter, bar.bottom() + 8, pal, fm)

    def _paint_segment(self, painter: QPainter, rect: QRectF, seg: _Segment, pal: QPalette) -> None:
        inner = rect.adjusted(0.5, 0, -0.5, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        if seg.stance is None:
            painter.setBrush(pal.color(QPalette.ColorRole.Window))
            painter.drawRect(inner)
            painter.setBrush(QBrush(muted_text_color(pal), Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(stance_color(seg.stance, pal))
        painter.drawRect(inner)
        # A thin gap between segments so neighbours never merge.
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Window), 1.5))
        painter.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()))

    def _paint_label(self, painter: QPainter, rect: QRectF, seg: _Segment, pal: QPalette, fm: QFontMetrics) -> None:
        inner = rect.adjusted(0.5, 0, -0.5, 0)
        label = f"{seg.label} {seg.count}"
        if fm.horizontalAdvance(label) + 8 > inner.width():
            label = str(seg.count)
            if fm.horizontalAdvance(label) + 4 > inner.width():
                return
        if seg.stance is None:
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        else:
            painter.setPen(text_on(stance_color(seg.stance, pal)))
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_marker(self, painter: QPainter, bar: QRectF, fraction: float, pal: QPalette, fm: QFontMetrics) -> None:
        x = bar.left() + bar.width() * min(1.0, fraction)
        ink = pal.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(ink, 2))
        painter.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.top() + 3))
        painter.drawLine(QPointF(x, bar.bottom() - 3), QPointF(x, bar.bottom() + 4))
        dashed = QPen(ink, 1, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawLine(QPointF(x, bar.top() + 3), QPointF(x, bar.bottom() - 3))
        painter.setPen(QPen(ink, 2))
        label = self.tr("{n} needed to pass").format(n=self._count.votes_needed)
        width = fm.horizontalAdvance(label)
        left = min(max(0.0, x - width / 2), self.width() - width - 1)
        painter.drawText(QRectF(left, 0, width + 1, fm.height()), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_legend(self, painter: QPainter, top: float, pal: QPalette, fm: QFontMetrics) -> None:
        swatch = fm.height() * 0.8
        y = top
        for row in self._legend_layout(self.width(), fm):
            x = 1.0
            for seg, entry in row:
                box = QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch)
                painter.setPen(QPen(muted_text_color(pal), 1) if seg.stance is None else Qt.PenStyle.NoPen)
                if seg.stance is None:
                    painter.setBrush(QBrush(muted_text_color(pal), Qt.BrushStyle.BDiagPattern))
                else:
                    painter.setBrush(stance_color(seg.stance, pal))
                painter.drawRoundedRect(box, 2, 2)
                painter.setPen(pal.color(QPalette.ColorRole.WindowText))
                text = f"{seg.label} {seg.count}"
                painter.drawText(QRectF(x + swatch + 6, y, entry, fm.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                x += entry
            y += fm.height() + 4
