"""The bookmarks panel through its widgets: folders, drag and drop, notes, filter, sort, undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.places import Place
from desktop_app.ui.bookmarks.model import BOOKMARK, FOLDER, NOTE_ROLE
from desktop_app.ui.bookmarks.panel import DATE, TITLE, BookmarksPanel
from desktop_app.ui.reader.main_window import MainWindow
from tests.ui.bookmark_helpers import action_named, bookmark_place, choose, context_menu, marks
from tests.ui.conftest import WindowFactory, features


def open_panel(qtbot: QtBot, window: MainWindow) -> BookmarksPanel:
    qtbot.keyClick(window.detail, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    panel = features(window).bookmarks.panel
    assert panel.isVisible()
    return panel


def right_click(panel: BookmarksPanel, index: QModelIndex) -> None:
    panel.view.scrollTo(index)
    context_menu(panel.view.viewport(), panel.view.visualRect(index).center())


def type_into_editor(qtbot: QtBot, panel: BookmarksPanel, text: str) -> None:
    """Type into the in-place editor that has the focus and press Enter."""
    def editors() -> list[QLineEdit]:
        return [e for e in panel.view.viewport().findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: len(editors()) == 1)
    editor = editors()[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an in-place edit through a queued call.
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)


def folder_names(window: MainWindow) -> list[tuple[str, str | None]]:
    folders = features(window).bookmarks.store.contents()[0]
    names = {f.id: f.name for f in folders}
    return [(f.name, names.get(f.parent_id) if f.parent_id else None) for f in folders]


def test_ctrl_b_shows_and_focuses_the_panel_and_the_model_is_sound(
        qtbot: QtBot, qtmodeltester: ModelTester, make_window: WindowFactory) -> None:
    window = make_window("mission")
    store = features(window).bookmarks.store
    folder = store.add_folder("Borders")
    sub = store.add_folder("Checkpoints", folder.id)
    store.add(Place("mission", "aims"))
    store.add(Place("borders"), folder.id)
    store.add(Place("borders/checkpoint", "objectives"), sub.id)
    panel = open_panel(qtbot, window)
    assert panel.objectName() == "bookmarks-panel"
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    top = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert top == ["Borders", "The mission › Aims"]
    panel.toggleViewAction().trigger()  # View → Bookmarks panel hides it
    assert not panel.isVisible()
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert panel.isVisible() and panel.view.hasFocus()  # shown, with the keyboard in it
    qtbot.keyClick(panel.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert panel.isVisible()  # Ctrl+B again keeps it


def test_folders_create_rename_nest_and_delete_with_undo(qtbot: QtBot,
                                                         make_window: WindowFactory) -> None:
    window = make_window("mission")
    panel = open_panel(qtbot, window)
    qtbot.mouseClick(panel.new_folder_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, panel, "Borders")
    assert folder_names(window) == [("Borders", None)]
    folder_id = features(window).bookmarks.store.contents()[0][0].id
    right_click(panel, panel.index_of(FOLDER, folder_id))
    choose(qtbot, panel.last_menu, "New subfolder")
    type_into_editor(qtbot, panel, "Checkpoints")
    assert folder_names(window) == [("Borders", None), ("Checkpoints", "Borders")]
    sub_id = features(window).bookmarks.store.contents()[0][1].id
    right_click(panel, panel.index_of(FOLDER, sub_id))
    assert "New subfolder" not in [a.text().replace("&", "") for a in panel.last_menu.actions()]  # type: ignore[union-attr]
    choose(qtbot, panel.last_menu, "Rename folder")
    type_into_editor(qtbot, panel, "Crossings")
    assert folder_names(window)[1] == ("Crossings", "Borders")
    bookmark_place(window, Place("borders"))
    store = features(window).bookmarks.store
    store.move([store.contents()[1][0].id], sub_id)
    right_click(panel, panel.index_of(FOLDER, folder_id))
    choose(qtbot, panel.last_menu, "Delete folder")
    assert folder_names(window) == [] and marks(window) == []
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert folder_names(window) == [("Borders", None), ("Crossings", "Borders")]
    assert marks(window) == [("borders", "")]
    assert panel.index_of(BOOKMARK, features(window).bookmarks.store.contents()[1][0].id).isValid()


def test_move_by_menu_and_by_drag_and_drop(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission")
    store = features(window).bookmarks.store
    a = store.add_folder("A")
    b = store.add_folder("B")
    first = bookmark_place(window, Place("mission"))
    second = bookmark_place(window, Place("borders"))
    panel = open_panel(qtbot, window)
    right_click(panel, panel.index_of(BOOKMARK, first))
    entry = action_named(panel.last_menu, "Move to folder")
    move_menu = entry.menu()
    assert panel.last_menu is not None and isinstance(move_menu, QMenu)
    panel.last_menu.setActiveAction(entry)
    qtbot.keyClick(panel.last_menu, Qt.Key.Key_Right)
    qtbot.waitUntil(move_menu.isVisible)
    choose(qtbot, move_menu, "A")
    assert store.bookmark_folder(first) == a.id
    # Drag the second bookmark onto folder B, as the view does on a drop.
    data = panel.proxy.mimeData([panel.index_of(BOOKMARK, second)])
    target = panel.index_of(FOLDER, b.id)
    assert panel.proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert panel.proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert store.bookmark_folder(second) == b.id
    assert not panel.model.removeRows(0, 1, QModelIndex())  # what the view asks next
    # Folder A into folder B (one level); B cannot then go into A's place under B.
    data = panel.proxy.mimeData([panel.index_of(FOLDER, a.id)])
    panel.proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, panel.index_of(FOLDER, b.id))
    assert folder_names(window) == [("A", "B"), ("B", None)]
    data = panel.proxy.mimeData([panel.index_of(FOLDER, b.id)])
    assert not panel.proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                                           panel.index_of(FOLDER, a.id))
    # Back to the top level, before the other bookmark: a drop between rows of the root.
    data = panel.proxy.mimeData([panel.index_of(BOOKMARK, second)])
    panel.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert store.bookmark_folder(second) is None


def test_rename_note_in_place_and_filter(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission")
    first = bookmark_place(window, Place("borders/checkpoint", "objectives"))
    bookmark_place(window, Place("mission", "aims"))
    panel = open_panel(qtbot, window)
    index = panel.index_of(BOOKMARK, first)
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    type_into_editor(qtbot, panel, "Bratstvo goals")
    right_click(panel, panel.index_of(BOOKMARK, first))
    height = panel.view.visualRect(panel.index_of(BOOKMARK, first)).height()
    choose(qtbot, panel.last_menu, "Edit note")
    type_into_editor(qtbot, panel, "Compare with the 2004 report")
    index = panel.index_of(BOOKMARK, first)
    assert index.data() == "Bratstvo goals"
    assert index.data(NOTE_ROLE) == "Compare with the 2004 report"
    qtbot.waitUntil(lambda: panel.view.visualRect(panel.index_of(BOOKMARK, first)).height()
                    > height)  # the note shows as a second line
    qtbot.keyClicks(panel.filter_edit, "2004")
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "AIMS")
    assert [panel.proxy.index(0, 0).data()] == ["The mission › Aims"]
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.clear()
    assert panel.proxy.rowCount() == 2


def test_sort_orders(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission")
    for place in (Place("mission", "history"), Place("borders"), Place("mission", "aims")):
        bookmark_place(window, place)
    panel = open_panel(qtbot, window)

    def shown() -> list[str]:
        return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]

    assert shown() == ["The mission › History", "Border management", "The mission › Aims"]
    panel.sort_box.setCurrentIndex(TITLE)
    assert shown() == ["Border management", "The mission › Aims", "The mission › History"]
    panel.sort_box.setCurrentIndex(DATE)
    assert shown() == ["The mission › Aims", "Border management", "The mission › History"]


def test_delete_key_then_ctrl_z(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission")
    mark = bookmark_place(window, Place("mission", "aims"))
    features(window).bookmarks.store.edit(mark, note="n")
    panel = open_panel(qtbot, window)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.index_of(BOOKMARK, mark))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert marks(window) == []
    assert panel.act_undo.text().replace("&", "") == "Undo deleting “The mission › Aims”"
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks(window) == [("mission#aims", "n")]


def test_double_click_and_enter_open_the_section(qtbot: QtBot,
                                                 make_window: WindowFactory) -> None:
    window = make_window("mission")
    mark = bookmark_place(window, Place("borders/handbook", "part-3"))
    other = bookmark_place(window, Place("borders/checkpoint", "activities"))
    panel = open_panel(qtbot, window)
    rect = panel.view.visualRect(panel.index_of(BOOKMARK, mark))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.history.current == Place("borders/handbook", "part-3")
    assert window.detail.section_at_top() == "part-3"
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.index_of(BOOKMARK, other))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.history.current == Place("borders/checkpoint", "activities")
