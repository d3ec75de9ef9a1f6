"""The window icon, drawn rather than shipped: a speech bubble (public comment) on teal."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

SIZES = (16, 24, 32, 48, 64, 128, 256)


def _draw(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f6f78"))
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 14 * s, 14 * s)
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(12 * s, 14 * s, 40 * s, 27 * s), 9 * s, 9 * s)
    tail = QPainterPath()
    tail.moveTo(QPointF(20 * s, 38 * s))
    tail.lineTo(QPointF(17 * s, 50 * s))
    tail.lineTo(QPointF(30 * s, 40 * s))
    tail.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(bubble.united(tail))
    p.setBrush(QColor("#f2b600"))
    for x in (22, 32, 42):
        p.drawEllipse(QPointF(x * s, 27.5 * s), 3.2 * s, 3.2 * s)
    p.end()
    return pixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_draw(size))
    return icon
