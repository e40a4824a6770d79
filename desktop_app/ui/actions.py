"""Making actions and naming them: shared by the window's own menus and by every feature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Shortcut = QKeySequence.StandardKey | str | None


def make_action(parent: QObject, slot: Callable[..., object] | None, shortcut: Shortcut = None,
                checkable: bool = False) -> QAction:
    """An action calling ``slot`` (None: connected by whoever owns the slot); a standard key
    gives every shortcut the platform has."""
    action = QAction(parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def set_texts(texts: dict[QAction, tuple[str, str]]) -> None:
    """Each action's text, and its tip as tool tip and status tip."""
    for action, (text, tip) in texts.items():
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)
