"""Text zoom: one level is a tenth of the normal size, for the text and the lists beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

ZOOM_STEP = 0.1


def zoom_percent(level: int) -> int:
    """The size at ``level`` as a percentage of the normal size (level 0 is 100 %)."""
    return round(100 * (1 + ZOOM_STEP * level))


def zoom_widget(widget: QWidget, level: int) -> None:
    """Set ``widget``'s font to its normal size (the application's font for its kind of
    widget) at zoom ``level``."""
    font = widget.font()
    font.setPointSizeF(max(4.0, QApplication.font(widget).pointSizeF() * zoom_percent(level)
                           / 100))
    widget.setFont(font)
