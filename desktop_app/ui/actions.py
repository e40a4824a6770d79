"""Making actions and naming them: shared by the window's own menus and by every feature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
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


def refuse_in_read_only(actions: list[QAction]) -> None:
    """Disable ``actions``, which would write to a data folder that may not be written, their
    tips saying why (call after setting their texts)."""
    reason = QCoreApplication.translate(
        "ReadOnly", "Not available: the data folder cannot be written (a write-protected "
        "drive?).")
    for action in actions:
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)


def set_texts(texts: dict[QAction, tuple[str, str]]) -> None:
    """Each action's text, and its tip as status tip and, with its shortcut, as tool tip."""
    for action, (text, tip) in texts.items():
        action.setText(text)
        action.setToolTip(tip_with_shortcut(tip, action))
        action.setStatusTip(tip)


def shortcut_text(action: QAction) -> str:
    """The action's keys as the platform writes them ("Ctrl+B"), "" without any."""
    return ", ".join(keys.toString(QKeySequence.SequenceFormat.NativeText)
                     for keys in action.shortcuts())


def tip_with_shortcut(tip: str, action: QAction) -> str:
    keys = shortcut_text(action)
    return f"{tip} ({keys})" if keys else tip
