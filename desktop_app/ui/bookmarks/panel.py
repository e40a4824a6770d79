"""The dockable bookmarks panel: folders and bookmarks, filter, sort, rename, notes, undo.

Every change goes through the store (one transaction each) and comes back through the
service's ``changed`` signal; deleting is a QUndoCommand, so Ctrl+Z brings it back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.bookmark_records import FolderNestingError, Snapshot
from desktop_app.ui.bookmarks.delegate import BookmarkDelegate
from desktop_app.ui.bookmarks.model import (
    BOOKMARK,
    CREATED_ROLE,
    FOLDER,
    KEY_ROLE,
    NOTE_ROLE,
    BookmarksModel,
)
from desktop_app.ui.bookmarks.service import BookmarkService

ModelIndex = QModelIndex | QPersistentModelIndex
MANUAL, TITLE, DATE = range(3)


# A feature's entry in a folder's context menu: the folder's id → (menu text, what it does).
FolderOffer = Callable[[int], tuple[str, Callable[[], None]]]


class BookmarksProxy(QSortFilterProxyModel):
    """Filter-as-you-type over titles and notes (folders stay when something in them
    matches); sort by manual order, title or date added, folders always first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.needle = ""
        self.mode = MANUAL
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def set_needle(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self.invalidate()

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        text = f"{index.data(Qt.ItemDataRole.EditRole)}\n{index.data(NOTE_ROLE) or ''}"
        return self.needle in text.casefold()

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        left_kind, right_kind = left.data(KEY_ROLE)[0], right.data(KEY_ROLE)[0]
        if left_kind != right_kind:
            return bool(left_kind == FOLDER)
        if self.mode == TITLE:
            return bool(str(left.data(Qt.ItemDataRole.EditRole)).casefold()
                        < str(right.data(Qt.ItemDataRole.EditRole)).casefold())
        if self.mode == DATE:  # newest first; made in the same second: the later one first
            return bool((left.data(CREATED_ROLE), left.data(KEY_ROLE)[1])
                        > (right.data(CREATED_ROLE), right.data(KEY_ROLE)[1]))
        return left.row() < right.row()


class DeleteCommand(QUndoCommand):
    """Deleting bookmarks and folders; undo puts them back with their notes and places."""

    def __init__(self, service: BookmarkService, stack: QUndoStack, bookmark_ids: list[int],
                 folder_ids: list[int], name: str) -> None:
        super().__init__(name)
        self.service, self.stack = service, stack
        self.bookmark_ids, self.folder_ids = bookmark_ids, folder_ids
        self.snapshot = Snapshot()
        self.still_deleted = False  # an undo that was not saved: the rows are still deleted

    def redo(self) -> None:
        if self.still_deleted:
            self.still_deleted = False
            return
        with self.service.saving() as outcome:
            self.snapshot = self.service.store.remove(self.bookmark_ids, self.folder_ids)
        self.setObsolete(not outcome.saved)  # nothing was deleted: nothing to undo

    def undo(self) -> None:
        with self.service.saving() as outcome:
            moved = self.service.store.restore(self.snapshot)
            # a redo must delete these rows again, not those that took their ids meanwhile
            self.bookmark_ids = [moved.get(("bookmark", i), i) for i in self.bookmark_ids]
            self.folder_ids = [moved.get(("folder", i), i) for i in self.folder_ids]
        if not outcome.saved:  # keep the snapshot, and the stack's step back, for another try
            self.still_deleted = True
            QTimer.singleShot(0, self._step_forward_again)

    def _step_forward_again(self) -> None:
        """After an undo that was not saved: the stack steps over this command again (its
        rows are still deleted). When something else moved the stack meanwhile, it is left
        where it is: a later redo of this command finds its rows deleted and does nothing."""
        at = self.stack.index()
        if at < self.stack.count() and self.stack.command(at) is self:
            self.stack.redo()


class BookmarksPanel(QDockWidget):
    """Signals:
    open_requested(QModelIndex): the reader asked to open this bookmark (double-click, Enter,
    or the menu); the index carries PLACE_ROLE and STATUS_ROLE.
    """

    open_requested = Signal(QModelIndex)

    def __init__(self, service: BookmarkService, lang: str, parent: QWidget | None = None, *,
                 read_only: bool = False) -> None:
        """``read_only``: the bookmarks can be opened, filtered and sorted, not changed."""
        super().__init__(parent)
        self.read_only = read_only
        self.setObjectName("bookmarks-panel")
        self.service, self.store = service, service.store
        self.model = BookmarksModel(service, lang, self)
        self.proxy = BookmarksProxy(self)
        self.proxy.setSourceModel(self.model)
        self.undo_stack = QUndoStack(self)
        self._collapsed: set[tuple[str, int]] = set()
        self._current_key: tuple[str, int] | None = None
        self.last_menu: QMenu | None = None
        self.folder_offers: list[FolderOffer] = []  # what other features do with a folder

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setClearButtonEnabled(True)
        column.addWidget(self.filter_edit)
        row = QHBoxLayout()
        self.sort_box = QComboBox(body)
        self.sort_box.addItems(["", "", ""])
        self.new_folder_button = QToolButton(body)
        row.addWidget(self.sort_box, 1)
        row.addWidget(self.new_folder_button)
        column.addLayout(row)
        self.view = QTreeView(body)
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.delegate = BookmarkDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column.addWidget(self.view, 1)
        self.empty_hint = QLabel(body)  # what to do while there is nothing to show
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setMargin(8)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.empty_hint, 1)
        body.setMinimumWidth(240)  # the sort box stays readable in a narrow dock
        self.setWidget(body)

        self.act_delete = QAction(self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.view.addAction(self.act_delete)
        self.act_undo = QAction(self)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_undo.triggered.connect(self.undo_stack.undo)
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.act_redo.triggered.connect(self.undo_stack.redo)

        self.filter_edit.textChanged.connect(self._on_filter)
        self.sort_box.currentIndexChanged.connect(self.proxy.set_mode)
        self.new_folder_button.clicked.connect(lambda: self.new_folder(None))
        self.view.activated.connect(self._activate)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.collapsed.connect(self._on_collapsed)
        self.view.expanded.connect(self._on_expanded)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_view)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_hint_when_empty)
        self._show_hint_when_empty()
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        if read_only:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.new_folder_button.setEnabled(False)
            self.act_delete.setEnabled(False)
        self.retranslate_ui()
        self._restore_view()

    def show_and_focus(self) -> None:
        """Ctrl+B: the panel shown, in front of a dock it shares, with the keyboard in it."""
        self.show()
        self.raise_()
        target = self.view if self.model.rowCount() else self.filter_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_hint_when_empty(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        self.view.setVisible(not empty)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Bookmarks"))
        self.empty_hint.setText(self.tr(
            "No bookmarks yet. Press Ctrl+D to bookmark the section you are reading, or "
            "right-click a heading or a row of the contents."))
        self.filter_edit.setPlaceholderText(self.tr("Filter bookmarks"))
        self.filter_edit.setAccessibleName(self.tr("Filter bookmarks by title or note"))
        self.sort_box.setItemText(MANUAL, self.tr("Manual order"))
        self.sort_box.setItemText(TITLE, self.tr("By title"))
        self.sort_box.setItemText(DATE, self.tr("Newest first"))
        self.sort_box.setToolTip(self.tr("Sort bookmarks"))
        self.sort_box.setAccessibleName(self.sort_box.toolTip())
        self.new_folder_button.setText(self.tr("New folder"))
        self.new_folder_button.setToolTip(self.tr("Make a new folder for bookmarks"))
        self.view.setAccessibleName(self.tr("Bookmarks"))
        self.act_delete.setText(self.tr("&Delete"))
        self._update_undo_texts()

    def _on_undo_index(self, _index: int) -> None:
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        can_undo, can_redo = self.undo_stack.canUndo(), self.undo_stack.canRedo()
        self.act_undo.setEnabled(can_undo)
        self.act_redo.setEnabled(can_redo)
        self.act_undo.setText(self.tr("&Undo deleting “{name}”").format(
            name=self.undo_stack.undoText()) if can_undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo deleting “{name}”").format(
            name=self.undo_stack.redoText()) if can_redo else self.tr("&Redo"))
        for action in (self.act_undo, self.act_redo):
            action.setToolTip(action.text().replace("&", ""))

    # Keeping the view's state across model rebuilds

    def _on_collapsed(self, index: QModelIndex) -> None:
        self._collapsed.add(index.data(KEY_ROLE))

    def _on_expanded(self, index: QModelIndex) -> None:
        self._collapsed.discard(index.data(KEY_ROLE))

    def _remember_current(self) -> None:
        current = self.view.currentIndex()
        self._current_key = current.data(KEY_ROLE) if current.isValid() else None

    def _restore_view(self) -> None:
        self.view.expandAll()
        for key in list(self._collapsed):
            index = self.proxy.mapFromSource(self.model.index_of(*key))
            if index.isValid():
                self.view.collapse(index)
        if self._current_key is not None:
            self.select(*self._current_key)

    def _on_filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self.view.expandAll()

    # Lookup and selection

    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        """The view's index of a folder or bookmark (invalid when filtered out)."""
        return self.proxy.mapFromSource(self.model.index_of(kind, item_id))

    def select(self, kind: str, item_id: int) -> QModelIndex:
        index = self.index_of(kind, item_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index

    def _selected(self) -> tuple[list[int], list[int], list[str]]:
        marks: list[int] = []
        folders: list[int] = []
        names: list[str] = []
        for index in self.view.selectionModel().selectedRows():
            kind, item_id = index.data(KEY_ROLE)
            (marks if kind == BOOKMARK else folders).append(item_id)
            names.append(str(index.data(Qt.ItemDataRole.EditRole)))
        return marks, folders, names

    # Actions

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(KEY_ROLE)[0] == BOOKMARK:
            self.open_requested.emit(index)

    def delete(self, bookmark_ids: list[int], folder_ids: list[int], name: str) -> bool:
        """Delete them, undoably; False when that was not saved (and nothing was deleted)."""
        if not (bookmark_ids or folder_ids):
            return False
        command = DeleteCommand(self.service, self.undo_stack, bookmark_ids, folder_ids, name)
        self.undo_stack.push(command)  # runs it; an obsolete command is not kept
        return self.undo_stack.command(self.undo_stack.index() - 1) is command

    def delete_selected(self) -> None:
        marks, folders, names = self._selected()
        name = names[0] if len(names) == 1 else self.tr("{count} items").format(
            count=len(names))
        self.delete(marks, folders, name)

    def new_folder(self, parent_id: int | None) -> None:
        try:
            with self.service.saving() as outcome:
                folder = self.store.add_folder(self.tr("New folder"), parent_id)
        except FolderNestingError:
            return
        if not outcome.saved:
            return
        self.select(FOLDER, folder.id)
        self._edit_later(FOLDER, folder.id, note=False)

    def rename(self, index: QModelIndex) -> None:
        kind, item_id = index.data(KEY_ROLE)
        self._edit_later(kind, item_id, note=False)

    def edit_note(self, index: QModelIndex) -> None:
        kind, item_id = index.data(KEY_ROLE)
        self._edit_later(kind, item_id, note=True)

    def _edit_later(self, kind: str, item_id: int, note: bool, tries: int = 25) -> None:
        """Open the in-place editor once the menu that asked for it is gone and the window is
        active again: an editor that loses the focus to a closing menu commits and closes."""
        if tries and (QApplication.activePopupWidget() is not None
                      or not self.window().isActiveWindow()):
            QTimer.singleShot(20, lambda: self._edit_later(kind, item_id, note, tries - 1))
            return
        self._edit(kind, item_id, note)

    def _edit(self, kind: str, item_id: int, note: bool) -> None:
        index = self.index_of(kind, item_id)
        if not index.isValid():
            return
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.delegate.edit_note = note
        self.view.edit(index)
        self.delegate.edit_note = False

    def _move_to_action_folder(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.move_selected(int(action.data()))

    def move_selected(self, folder_id: int | None) -> None:
        marks, _folders, _names = self._selected()
        if marks:
            with self.service.saving():
                self.store.move(marks, folder_id)

    # Context menu

    def build_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self)
        if index.isValid() and index not in self.view.selectionModel().selectedRows():
            self.view.setCurrentIndex(index)
        key: tuple[str, int] = index.data(KEY_ROLE) if index.isValid() else ("", 0)
        kind = key[0]
        if self.read_only:
            if kind == BOOKMARK:
                menu.addAction(self.tr("&Open"), lambda: self._activate(self.index_of(*key)))
            return menu
        if kind == BOOKMARK:
            # Entries name the item, not the index: the model may be rebuilt meanwhile.
            menu.addAction(self.tr("&Open"), lambda: self._activate(self.index_of(*key)))
            menu.addAction(self.tr("&Rename"), lambda: self._edit_later(*key, note=False))
            menu.addAction(self.tr("Edit &note"), lambda: self._edit_later(*key, note=True))
            move = menu.addMenu(self.tr("&Move to folder"))
            move.addAction(self.tr("(No folder)"), lambda: self.move_selected(None))
            for folder in self.model.folders:
                indent = "    " if folder.parent_id is not None else ""
                action = move.addAction(indent + folder.name.replace("&", "&&"))
                action.setData(folder.id)
                action.triggered.connect(self._move_to_action_folder)
            menu.addAction(self.act_delete)
        elif kind == FOLDER:
            folder_id = key[1]
            if not index.parent().isValid():
                menu.addAction(self.tr("New &subfolder"), lambda: self.new_folder(folder_id))
            menu.addAction(self.tr("&Rename folder"), lambda: self._edit_later(*key, note=False))
            menu.addAction(self.tr("&Delete folder"), self.delete_selected)
            for offer in self.folder_offers:
                text, run = offer(folder_id)
                menu.addAction(text, run)
        menu.addSeparator()
        menu.addAction(self.tr("New &folder"), lambda: self.new_folder(None))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.build_menu(self.view.indexAt(pos))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

