"""The bookmarks panel's item model: folders (one level of subfolders) holding bookmarks.

The model is rebuilt from the store after every committed change (``BookmarkService.changed``);
edits, renames and drops go to the store, never straight into the nodes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.db.bookmark_records import (
    CHANGED,
    MISSING,
    OK,
    BookmarkRecord,
    FolderNestingError,
    FolderRecord,
)
from desktop_app.places import Place
from desktop_app.ui.bookmarks.icons import bookmark_icon
from desktop_app.ui.bookmarks.service import BookmarkService
from desktop_app.ui.plain_text import plain_tip
from desktop_app.ui.reader.tree_model import PLACE_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 10  # ("folder" | "bookmark", id)
NOTE_ROLE = Qt.ItemDataRole.UserRole + 11
STATUS_ROLE = Qt.ItemDataRole.UserRole + 12
CREATED_ROLE = Qt.ItemDataRole.UserRole + 13
MIME_TYPE = "application/x-field-reference-bookmarks"
FOLDER, BOOKMARK = "folder", "bookmark"


class Node:
    def __init__(self, parent: Node | None, folder: FolderRecord | None = None,
                 bookmark: BookmarkRecord | None = None, status: str = OK) -> None:
        self.parent, self.folder, self.bookmark, self.status = parent, folder, bookmark, status
        self.children: list[Node] = []
        self.row = 0

    @property
    def key(self) -> tuple[str, int]:
        if self.folder is not None:
            return (FOLDER, self.folder.id)
        assert self.bookmark is not None
        return (BOOKMARK, self.bookmark.id)

    def add(self, child: Node) -> Node:
        child.row = len(self.children)
        self.children.append(child)
        return child


class BookmarksModel(QAbstractItemModel):
    def __init__(self, service: BookmarkService, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.service, self.lang = service, lang
        self._root = Node(None)
        self._by_key: dict[tuple[str, int], Node] = {}
        self.folders: list[FolderRecord] = []
        self._icon = bookmark_icon()
        service.changed.connect(self.refresh)
        self.refresh()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def refresh(self) -> None:
        store = self.service.store
        if not store.user.is_open:
            return  # the start paints first; the first change after opening fills the model
        folders, marks = store.contents()
        self.beginResetModel()
        self.folders = folders
        self._root = Node(None)
        nodes: dict[int, Node] = {}
        for folder in folders:
            if folder.parent_id is None:
                nodes[folder.id] = self._root.add(Node(self._root, folder=folder))
        for folder in folders:
            parent = nodes.get(folder.parent_id) if folder.parent_id is not None else None
            if parent is not None:
                nodes[folder.id] = parent.add(Node(parent, folder=folder))
        for mark in marks:
            parent = nodes.get(mark.folder_id, self._root) if mark.folder_id else self._root
            parent.add(Node(parent, bookmark=mark, status=store.status(mark)))
        self._by_key = {}
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            self._by_key[node.key] = node
            stack.extend(node.children)
        self.endResetModel()

    # Lookup

    def node(self, index: ModelIndex) -> Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, Node)
            return node
        return self._root

    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        node = self._by_key.get((kind, item_id))
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    # Structure

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self.node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    # Data

    def _status_text(self, status: str) -> str:
        if status == MISSING:
            return self.tr("missing: no longer in the content")
        if status == CHANGED:
            return self.tr("changed since you last opened it")
        return ""

    def label(self, node: Node) -> str:
        if node.folder is not None:
            return node.folder.name
        assert node.bookmark is not None
        return node.bookmark.label(self.lang)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        mark = node.bookmark
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.label(node)
            if mark is not None and node.status == MISSING:
                return self.tr("{title} (missing)").format(title=label)
            if mark is not None and node.status == CHANGED:
                return self.tr("{title} (changed)").format(title=label)
            return label
        if role == Qt.ItemDataRole.EditRole:
            return self.label(node)
        if role == KEY_ROLE:
            return node.key
        if mark is None:
            if role == Qt.ItemDataRole.DecorationRole:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
            if role == CREATED_ROLE:
                return node.folder.created_at if node.folder else ""
            return None
        if role == NOTE_ROLE:
            return mark.note
        if role == STATUS_ROLE:
            return node.status
        if role == CREATED_ROLE:
            return mark.created_at
        if role == PLACE_ROLE:
            return Place(mark.slug, mark.section)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.label(node), mark.target, self._status_text(node.status), mark.note]
            return plain_tip("\n".join(line for line in lines if line))
        if role == Qt.ItemDataRole.ForegroundRole and node.status == MISSING:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and node.status != OK:
            font = QFont()
            font.setItalic(node.status == MISSING)
            font.setBold(node.status == CHANGED)
            return font
        return None

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not isinstance(value, str):
            return False
        node = self.node(index)
        store = self.service.store
        if role == Qt.ItemDataRole.EditRole:
            name = value.strip()
            if node.folder is not None:
                if not name:
                    return False
                with self.service.saving() as outcome:
                    store.rename_folder(node.folder.id, name)
                return outcome.saved
            assert node.bookmark is not None
            # Clearing the name, or typing the title itself, goes back to the content's title.
            own = "" if name in ("", node.bookmark.titles.get(self.lang)) else name
            with self.service.saving() as outcome:
                store.edit(node.bookmark.id, name=own)
            return outcome.saved
        if role == NOTE_ROLE and node.bookmark is not None:
            with self.service.saving() as outcome:
                store.edit(node.bookmark.id, note=value.strip())
            return outcome.saved
        return False

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        if self.node(index).folder is not None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # Drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys = []
        for index in indexes:
            if index.isValid() and index.column() == 0:
                kind, item_id = self.node(index).key
                if [kind, item_id] not in keys:
                    keys.append([kind, item_id])
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(keys).encode()))
        return mime

    def _decode(self, data: QMimeData) -> tuple[list[int], list[int]] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            keys = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        marks = [int(i) for kind, i in keys if kind == BOOKMARK]
        folders = [int(i) for kind, i in keys if kind == FOLDER]
        return marks, folders

    def _drop_target(self, row: int, parent: ModelIndex) -> tuple[Node, int | None]:
        """The folder node (or root) a drop lands in, and the bookmark row inside it."""
        target = self.node(parent)
        if target.bookmark is not None:  # dropped on a bookmark: just after it
            assert target.parent is not None
            row, target = target.row + 1, target.parent
        subfolders = sum(1 for child in target.children if child.folder is not None)
        return target, (None if row < 0 else max(0, row - subfolders))

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: ModelIndex) -> bool:
        decoded = self._decode(data)
        if decoded is None or action != Qt.DropAction.MoveAction:
            return False
        target, _row = self._drop_target(row, parent)
        marks, folders = decoded
        if folders and target.folder is not None:
            if target.folder.parent_id is not None or target.folder.id in folders:
                return False
            if any(self._by_key.get((FOLDER, f)) and any(
                    c.folder for c in self._by_key[(FOLDER, f)].children) for f in folders):
                return False
        return bool(marks or folders)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: ModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        decoded = self._decode(data)
        assert decoded is not None
        target, bookmark_row = self._drop_target(row, parent)
        folder_id = target.folder.id if target.folder is not None else None
        try:
            with self.service.saving() as outcome:
                self.service.store.drop(decoded[0], decoded[1], folder_id, bookmark_row)
        except FolderNestingError:
            return False
        if not outcome.saved:
            return False
        # The store's notice has already rebuilt the model. After a move the view asks to
        # remove the dragged rows: removeRows is not implemented, so nothing else changes.
        return True
