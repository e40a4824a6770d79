"""A toolbar that shows its actions' texts beside their icons while they all fit, and only the
icons when not: in a narrow window, or in Russian at 800 px, every button stays on screen
(the tooltips name each one and its key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionEvent, QResizeEvent
from PySide6.QtWidgets import QToolBar, QWidget

WITH_TEXT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICONS_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


class FittingToolBar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(WITH_TEXT)
        self._measured: tuple[tuple[str, ...], int] | None = None  # texts, width with them

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)  # an action added, removed, or changed
        if self.isVisible():
            self._fit()

    def _fit(self) -> None:
        if self.orientation() != Qt.Orientation.Horizontal:
            return
        texts = tuple(action.iconText() for action in self.actions() if action.isVisible())
        if self._measured is None or self._measured[0] != texts:
            self.setToolButtonStyle(WITH_TEXT)
            self._measured = texts, self.sizeHint().width()
        self.setToolButtonStyle(WITH_TEXT if self._measured[1] <= self.width() else ICONS_ONLY)
