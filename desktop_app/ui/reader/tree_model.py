"""The content tree as a Qt item model: area → entries → sections, over plain records.

Qt's own ``QStandardItemModel`` holds the rows, so that the view lays out and paints the tree
without calling back into Python for every row. What this class adds is the lazy part: an
entry's sections, and the entries of an area that does not start open (``OPEN_AT_START``), are
read when the tree first needs them (the node is expanded, or something under it is to be
selected), so that a pack of 10,000 entries starts as fast as a small one: ``hasChildren``,
``canFetchMore`` and ``fetchMore``, as QFileSystemModel does with folders. The top-level
entries' own sections come with the tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop_app.db.records import ADDED, EntryNode, SectionNode
from desktop_app.places import Place
from desktop_app.ui.i18n import language_name
from desktop_app.ui.plain_text import plain_tip

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
_PENDING_ROLE = Qt.ItemDataRole.UserRole + 2  # "sections", "entries" or both, not read yet
_FALLBACK_ROLE = Qt.ItemDataRole.UserRole + 3  # the language of a title not in the asked one
ModelIndex = QModelIndex | QPersistentModelIndex
SectionLoader = Callable[[str], list[SectionNode]]  # an entry's slug → its sections
ChildLoader = Callable[[str], list[EntryNode]]  # an area's slug → the entries under it
# The areas open at the start list this many entries at most, together: the first ones in
# order that fit; the others start closed and unread (thousands of rows slow the start and
# help nobody find anything).
OPEN_AT_START = 500
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TreeModel(QStandardItemModel):
    """Read-only; ``set_nodes`` replaces the whole tree (after an import or a language switch)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._by_place: dict[Place, QStandardItem] = {}
        self._load_sections: SectionLoader = lambda _slug: []
        self._load_children: ChildLoader = lambda _slug: []
        self._marks: dict[str, str] = {}  # slug → "added" or "changed": shown in bold

    def set_nodes(self, nodes: list[EntryNode], load_sections: SectionLoader,
                  load_children: ChildLoader = lambda _slug: []) -> None:
        """A new tree; the loaders read what its nodes leave for later (``has_sections``,
        ``more_children``)."""
        self.clear()
        self.setColumnCount(1)  # so that the rows below come without a change of columns
        self._by_place = {}
        self._load_sections, self._load_children = load_sections, load_children
        rows = self._entry_items(nodes)
        if rows:
            self.invisibleRootItem().appendRows(rows)

    def set_marks(self, marks: dict[str, str]) -> None:
        """Show the entries of ``marks`` (slug → "added" or "changed", records.ADDED and
        CHANGED) as new or changed in this content, now and whenever the tree is refilled."""
        old, self._marks = self._marks, dict(marks)
        for slug in old.keys() | marks.keys():
            self._restyle(slug)

    def unmark(self, slug: str) -> None:
        if self._marks.pop(slug, None) is not None:
            self._restyle(slug)

    def _restyle(self, slug: str) -> None:
        item = self._by_place.get(Place(slug))
        if item is not None:
            self._style(item)

    def _item(self, title: str, place: Place, fallback_lang: str | None = None) -> QStandardItem:
        item = QStandardItem(title)
        item.setFlags(_FLAGS)
        item.setData(place, PLACE_ROLE)
        item.setData(fallback_lang, _FALLBACK_ROLE)
        self._style(item)
        self._by_place.setdefault(place, item)
        return item

    def _style(self, item: QStandardItem) -> None:
        """Italic where the title is not in the asked language, bold while new or changed."""
        place, title, fallback = item.data(PLACE_ROLE), item.text(), item.data(_FALLBACK_ROLE)
        mark = self._marks.get(place.slug) if not place.section else None
        if fallback or mark is not None:
            font = QFont()
            font.setItalic(bool(fallback))
            font.setBold(mark is not None)
            item.setFont(font)
        else:  # the view's own font, as for every plain row
            item.setData(None, Qt.ItemDataRole.FontRole)
        tip = title
        if fallback:
            tip = self.tr("{title} (shown in {language}: no translation yet)").format(
                title=title, language=language_name(fallback))
        if mark == ADDED:
            tip = self.tr("{title} (new in this content version)").format(title=tip)
        elif mark is not None:
            tip = self.tr("{title} (changed in this content version)").format(title=tip)
        item.setToolTip(plain_tip(tip))

    def _section_items(self, slug: str, sections: list[SectionNode]) -> list[QStandardItem]:
        items = []
        for section in sections:
            item = self._item(section.title, Place(slug, section.anchor))
            if section.children:
                item.appendRows(self._section_items(slug, section.children))
            items.append(item)
        return items

    def _entry_items(self, nodes: list[EntryNode]) -> list[QStandardItem]:
        items = []
        for node in nodes:
            item = self._item(node.title, Place(node.slug),
                              node.lang if node.fallback else None)
            children = self._section_items(node.slug, node.sections or [])
            children += self._entry_items(node.children)
            if children:
                item.appendRows(children)
            pending = ("sections" if node.sections is None and node.has_sections else "",
                       "entries" if node.more_children else "")
            if any(pending):
                item.setData(" ".join(filter(None, pending)), _PENDING_ROLE)
            items.append(item)
        return items

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return super().hasChildren(parent) or self.canFetchMore(parent)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return parent.isValid() and bool(parent.data(_PENDING_ROLE))

    def fetchMore(self, parent: ModelIndex) -> None:
        """Read the node's sections (they go before its entries) and its entries."""
        item = self.itemFromIndex(parent) if parent.isValid() else None
        pending = str(item.data(_PENDING_ROLE) or "") if item is not None else ""
        if item is None or not pending:
            return
        item.setData(None, _PENDING_ROLE)
        item.setColumnCount(1)
        slug = item.data(PLACE_ROLE).slug
        if "sections" in pending:
            sections = self._section_items(slug, self._load_sections(slug))
            if sections:
                item.insertRows(0, sections)
        if "entries" in pending:
            entries = self._entry_items(self._load_children(slug))
            if entries:
                item.appendRows(entries)

    def top_entries(self) -> list[tuple[str, str]]:
        """(title, slug) of the mission, the thematic areas and the news, in order."""
        root = self.invisibleRootItem()
        return [(root.child(row).text(), root.child(row).data(PLACE_ROLE).slug)
                for row in range(root.rowCount())]

    def index_for(self, place: Place, area: str | None = None) -> QModelIndex:
        """The node showing ``place``, read if need be: its entry's sections, or the entries
        of ``area``, the entry's area. An unknown section falls back to its entry."""
        entry = self._by_place.get(Place(place.slug))
        holder = self._by_place.get(Place(area)) if area else None
        if entry is None and holder is not None:
            self.fetchMore(holder.index())
            entry = self._by_place.get(Place(place.slug))
        if entry is None:
            return QModelIndex()
        if place.section:
            self.fetchMore(entry.index())
        item = self._by_place.get(place) or entry
        return item.index()
