"""The content tree as a Qt item model: area → entries → sections, over plain records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.db.records import EntryNode, SectionNode
from desktop_app.places import Place

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


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

    def add(self, child: TreeItem) -> TreeItem:
        child.row = len(self.children)
        self.children.append(child)
        return child


def _add_sections(parent: TreeItem, slug: str, sections: list[SectionNode]) -> None:
    for section in sections:
        item = parent.add(TreeItem(section.title, Place(slug, section.anchor), parent))
        _add_sections(item, slug, section.children)


def _add_entries(parent: TreeItem, nodes: list[EntryNode]) -> None:
    for node in nodes:
        item = parent.add(TreeItem(node.title, Place(node.slug), parent,
                                   node.lang if node.fallback else None))
        _add_sections(item, node.slug, node.sections)
        _add_entries(item, node.children)


class TreeModel(QAbstractItemModel):
    """Read-only; ``set_nodes`` replaces the whole tree (after an import or a language switch)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = TreeItem("", Place(""), None)
        self._by_place: dict[Place, TreeItem] = {}

    def set_nodes(self, nodes: list[EntryNode]) -> None:
        self.beginResetModel()
        self._root = TreeItem("", Place(""), None)
        _add_entries(self._root, nodes)
        self._by_place = {}
        stack = list(self._root.children)
        while stack:
            item = stack.pop()
            self._by_place.setdefault(item.place, item)
            stack.extend(item.children)
        self.endResetModel()

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
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.fallback_lang:
                return self.tr("{title} (shown in {language}: no translation yet)").format(
                    title=item.title, language=item.fallback_lang.upper())
            return item.title
        if role == Qt.ItemDataRole.FontRole and item.fallback_lang:
            font = QFont()
            font.setItalic(True)
            return font
        if role == PLACE_ROLE:
            return item.place
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def index_for(self, place: Place) -> QModelIndex:
        """The node showing ``place``; an unknown section falls back to its entry."""
        item = self._by_place.get(place) or self._by_place.get(Place(place.slug))
        if item is None:
            return QModelIndex()
        return self.createIndex(item.row, 0, item)
