"""Pack and user text in tooltips, shown as written: Qt reads a tooltip that looks like HTML as
rich text, and an ``<img src=…>`` in a title or a note would load a file from disk."""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (escaped, its lines kept)."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
