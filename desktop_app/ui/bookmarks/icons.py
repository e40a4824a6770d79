"""The bookmark star, drawn rather than shipped: outlined when off, filled when on."""

from __future__ import annotations

from math import cos, pi, sin

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF


def _star(filled: bool, size: int = 32) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre, outer, inner = size / 2, size * 0.44, size * 0.19
    points = [QPointF(centre + (outer if i % 2 == 0 else inner) * cos(-pi / 2 + i * pi / 5),
                      centre + 1 + (outer if i % 2 == 0 else inner) * sin(-pi / 2 + i * pi / 5))
              for i in range(10)]
    painter.setPen(QColor("#b07d00"))
    painter.setBrush(QColor("#f2b600") if filled else Qt.GlobalColor.transparent)
    painter.drawPolygon(QPolygonF(points))
    painter.end()
    return pixmap


def star_icon() -> QIcon:
    """For the checkable toolbar action: the Off state outlined, the On state filled."""
    icon = QIcon()
    icon.addPixmap(_star(False), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addPixmap(_star(True), QIcon.Mode.Normal, QIcon.State.On)
    return icon


def bookmark_icon() -> QIcon:
    """A filled star, for bookmarks in the panel."""
    return QIcon(_star(True))
