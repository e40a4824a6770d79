"""The content tree as a Qt item model: area → entries → sections, over plain records.

An entry's sections, and the entries of an area that does not start open (``OPEN_AT_START``),
are read when the tree first needs them (the node is expanded, or something under it is to be
selected), so that a pack of 10,000 entries starts as fast as a small one: ``canFetchMore`` /
``fetchMore``, as QFileSystemModel does with folders. The top-level entries' own sections come
with the tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.db.records import EntryNode, SectionNode
from desktop_app.places import Place

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
SectionLoader = Callable[[str], list[SectionNode]]  # an entry's slug → its sections
ChildLoader = Callable[[str], list[EntryNode]]  # an area's slug → the entries under it
# The areas open at the start list this many entries at most, together: the first ones in
# order that fit; the others start closed and unread (thousands of rows slow the start and
# help nobody find anything).
OPEN_AT_START = 500
_DISPLAY, _TOOLTIP, _FONT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.FontRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TreeItem:
    """One node of the tree; ``place`` says what opening it shows."""

    def __init__(self, title: str, place: Place, parent: TreeItem | None,
                 fallback_lang: str | None = None) -> None:
        self.title = title
        self.place = place
        self.parent = parent
        self.fallback_lang = fallback_lang  # set when the title is not in the asked language
        self.children: list[TreeItem] = []
        self.row = 0  # position under its parent, kept so that parent() is O(1)
        self.sections_pending = False  # an entry whose sections are not read yet
        self.children_pending = False  # an area whose entries are not read yet

    def add(self, child: TreeItem) -> TreeItem:
        child.row = len(self.children)
        self.children.append(child)
        return child


def _section_item(parent: TreeItem, slug: str, section: SectionNode) -> TreeItem:
    item = TreeItem(section.title, Place(slug, section.anchor), parent)
    for child in section.children:
        item.add(_section_item(item, slug, child))
    return item


def _add_entries(parent: TreeItem, nodes: list[EntryNode]) -> None:
    for node in nodes:
        item = parent.add(TreeItem(node.title, Place(node.slug), parent,
                                   node.lang if node.fallback else None))
        if node.sections is not None:
            for section in node.sections:
                item.add(_section_item(item, node.slug, section))
        else:
            item.sections_pending = node.has_sections
        item.children_pending = node.more_children
        _add_entries(item, node.children)


class TreeModel(QAbstractItemModel):
    """Read-only; ``set_nodes`` replaces the whole tree (after an import or a language switch)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = TreeItem("", Place(""), None)
        self._by_place: dict[Place, TreeItem] = {}
        self._load_sections: SectionLoader = lambda _slug: []
        self._load_children: ChildLoader = lambda _slug: []

    def set_nodes(self, nodes: list[EntryNode], load_sections: SectionLoader,
                  load_children: ChildLoader = lambda _slug: []) -> None:
        """A new tree; the loaders read what its nodes leave for later (``has_sections``,
        ``more_children``)."""
        self.beginResetModel()
        self._root = TreeItem("", Place(""), None)
        self._load_sections, self._load_children = load_sections, load_children
        _add_entries(self._root, nodes)
        self._by_place = {}
        self._remember(self._root.children)
        self.endResetModel()

    def _remember(self, items: list[TreeItem]) -> None:
        stack = list(items)
        while stack:
            item = stack.pop()
            self._by_place.setdefault(item.place, item)
            stack.extend(item.children)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        item = self._item(parent)
        return bool(item.children) or item.sections_pending or item.children_pending

    def canFetchMore(self, parent: ModelIndex) -> bool:
        item = self._item(parent)
        return parent.isValid() and (item.sections_pending or item.children_pending)

    def fetchMore(self, parent: ModelIndex) -> None:
        """Read the node's sections (they go before its entries) and its entries."""
        item = self._item(parent)
        if not parent.isValid():
            return
        if item.sections_pending:
            item.sections_pending = False
            slug = item.place.slug
            sections = [_section_item(item, slug, s) for s in self._load_sections(slug)]
            if sections:
                self.beginInsertRows(parent, 0, len(sections) - 1)
                item.children[:0] = sections
                for row, child in enumerate(item.children):
                    child.row = row
                self._remember(sections)
                self.endInsertRows()
        if item.children_pending:
            item.children_pending = False
            entries = self._load_children(item.place.slug)
            if entries:
                first = len(item.children)
                self.beginInsertRows(parent, first, first + len(entries) - 1)
                _add_entries(item, entries)
                self._remember(item.children[first:])
                self.endInsertRows()

    def _item(self, index: ModelIndex) -> TreeItem:
        if index.isValid():
            item = index.internalPointer()
            assert isinstance(item, TreeItem)
            return item
        return self._root

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        parent_item = self._item(parent)
        if row >= len(parent_item.children):
            return QModelIndex()
        return self.createIndex(row, 0, parent_item.children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_item = self._item(index).parent
        if parent_item is None or parent_item is self._root:
            return QModelIndex()
        return self.createIndex(parent_item.row, 0, parent_item)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._item(index)
        if role == _DISPLAY:
            return item.title
        if role == _TOOLTIP:
            if item.fallback_lang:
                return self.tr("{title} (shown in {language}: no translation yet)").format(
                    title=item.title, language=item.fallback_lang.upper())
            return item.title
        if role == _FONT and item.fallback_lang:
            font = QFont()
            font.setItalic(True)
            return font
        if role == PLACE_ROLE:
            return item.place
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def top_entries(self) -> list[tuple[str, str]]:
        """(title, slug) of the mission, the thematic areas and the news, in order."""
        return [(item.title, item.place.slug) for item in self._root.children]

    def index_for(self, place: Place, area: str | None = None) -> QModelIndex:
        """The node showing ``place``, read if need be: its entry's sections, or the entries
        of ``area``, the entry's area. An unknown section falls back to its entry."""
        entry = self._by_place.get(Place(place.slug))
        holder = self._by_place.get(Place(area)) if area else None
        if entry is None and holder is not None and holder.children_pending:
            self.fetchMore(self.createIndex(holder.row, 0, holder))
            entry = self._by_place.get(Place(place.slug))
        if entry is None:
            return QModelIndex()
        if place.section and entry.sections_pending:
            self.fetchMore(self.createIndex(entry.row, 0, entry))
        item = self._by_place.get(place) or entry
        return self.createIndex(item.row, 0, item)
