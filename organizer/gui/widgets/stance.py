"""A council member's stance shown as colour AND text: a badge widget and item-view helpers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from organizer.domain.enums import Stance
from organizer.gui.models.labels import stance_label
from organizer.gui.widgets.colors import stance_color, text_on


class StanceBadge(QWidget):
    """A rounded chip in the stance's colour with its label ("Leaning yes") on it."""

    def __init__(self, stance: Stance = Stance.UNKNOWN, parent: QWidget | None = None):
        super().__init__(parent)
        self._stance = Stance.UNKNOWN
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_stance(stance)

    def stance(self) -> Stance:
        return self._stance

    def set_stance(self, stance: Stance | str) -> None:
        self._stance = Stance(stance)
        self.setAccessibleName(self.tr("Stance: {stance}").format(stance=stance_label(self._stance)))
        self.setToolTip(stance_label(self._stance))
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return stance_label(self._stance)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self.text()) + fm.height(), round(fm.height() * 1.35))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = stance_color(self._stance, self.palette())
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(text_on(color))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())


def stance_icon(stance: Stance | str, size: int = 12) -> QIcon:
    """A filled dot in the stance's colour, for item views (always beside the stance's text)."""
    ratio = 2  # drawn at twice the size so it stays crisp at 200% scaling
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(stance_color(Stance(stance)))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)
