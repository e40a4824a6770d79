"""Which place a point of the detail pane shows: a heading's section, the title's entry."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextBlock

from desktop_app.places import Place
from desktop_app.ui.reader.detail_pane import DetailPane


def _anchors(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names += iterator.fragment().charFormat().anchorNames()
        iterator += 1
    return names


def place_at(detail: DetailPane, pos: QPoint) -> tuple[Place, str] | None:
    """(place, heading text) at ``pos`` (viewport coordinates): the entry for its title, the
    section for a section heading or for text inside the section; None without an entry."""
    if not detail.slug:
        return None
    block = detail.cursorForPosition(pos).block()
    if block.blockFormat().headingLevel() == 1:
        return Place(detail.slug), block.text()
    while block.isValid():
        names = _anchors(block)
        if names:
            return Place(detail.slug, names[-1]), block.text()
        block = block.previous()
    return Place(detail.slug), ""
