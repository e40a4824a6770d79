"""The main window's own actions, its menus and its toolbar, and their texts.

Features (bookmarks, search, printing…) add their actions to these menus and to the toolbar
(``window.menus.file_menu`` and so on), made and named with ``make_action`` and ``set_texts``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop_app.settings import THEMES
from desktop_app.ui.i18n import NATIVE_NAMES
from desktop_app.ui.icons import toolbar_icon

if TYPE_CHECKING:
    from desktop_app.ui.reader.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


def make_action(parent: QObject, slot: Callable[..., object], shortcut: Shortcut = None,
                checkable: bool = False) -> QAction:
    """An action calling ``slot``; a standard key gives every shortcut the platform has."""
    action = QAction(parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    return action


def set_texts(texts: dict[QAction, tuple[str, str]]) -> None:
    """Each action's text, and its tip as tool tip and status tip."""
    for action, (text, tip) in texts.items():
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)


class WindowMenus(QObject):
    """Created once by the window, which it calls back through the actions' slots."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        key = QKeySequence.StandardKey
        self.act_import = self._action(window.choose_pack_to_import, key.Open)
        self.act_quit = self._action(window.close, key.Quit)
        self.act_back = self._action(window.go_back, key.Back)
        self.act_forward = self._action(window.go_forward, key.Forward)
        self.act_home = self._action(window.go_home, "Alt+Home")
        self.act_find = self._action(window.open_find, key.Find)
        self.act_find_next = self._action(lambda: window.find_next(False), key.FindNext)
        self.act_find_prev = self._action(lambda: window.find_next(True), key.FindPrevious)
        self.act_zoom_in = self._action(lambda: window.set_zoom(window.settings.zoom + 1),
                                        key.ZoomIn)
        self.act_zoom_out = self._action(lambda: window.set_zoom(window.settings.zoom - 1),
                                         key.ZoomOut)
        self.act_zoom_reset = self._action(lambda: window.set_zoom(0), "Ctrl+0")
        self.act_focus_tree = self._action(window.tree.setFocus, "Alt+1")
        self.act_focus_detail = self._action(window.detail.setFocus, "Alt+2")
        self.act_about = self._action(window.show_about)
        self.theme_actions = self._choice(
            {mode: "" for mode in THEMES}, window.settings.theme, window.set_theme)
        self.language_actions = self._choice(NATIVE_NAMES, window.lang, window.set_language)
        self._create_menus()

    def _action(self, slot: Callable[[], object], shortcut: Shortcut = None,
                checkable: bool = False) -> QAction:
        return make_action(self.window, slot, shortcut, checkable)

    def _choice(self, names: dict[str, str], current: str,
                choose: Callable[[str], None]) -> dict[str, QAction]:
        """One checkable action per key of ``names``, exclusive; ``names`` gives fixed texts
        (the languages' own names), "" where ``retranslate`` sets them."""
        group, actions = QActionGroup(self.window), {}
        for key, name in names.items():
            def pick(_checked: bool = False, chosen: str = key) -> None:
                choose(chosen)

            action = self._action(pick, checkable=True)
            action.setText(name)
            action.setChecked(key == current)
            group.addAction(action)
            actions[key] = action
        return actions

    def _create_menus(self) -> None:
        bar = self.window.menuBar()
        self.file_menu: QMenu = bar.addMenu("")
        self.file_menu.addActions([self.act_import])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu: QMenu = bar.addMenu("")
        self.edit_menu.addActions([self.act_find, self.act_find_next, self.act_find_prev])
        self.view_menu: QMenu = bar.addMenu("")
        self.view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        self.view_menu.addSeparator()
        self.theme_menu: QMenu = self.view_menu.addMenu("")
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_focus_tree, self.act_focus_detail])
        self.language_menu: QMenu = bar.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.go_menu: QMenu = bar.addMenu("")
        self.go_menu.addActions([self.act_back, self.act_forward, self.act_home])
        self.help_menu: QMenu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)
        self.toolbar = QToolBar(self.window)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.act_back, self.act_forward, self.act_home])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_find, self.act_zoom_out, self.act_zoom_in])
        self.window.addToolBar(self.toolbar)
        for action, name in ((self.act_back, "back"), (self.act_forward, "forward"),
                             (self.act_home, "home"), (self.act_find, "find")):
            action.setIcon(toolbar_icon(name))

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("&Language"))
        for action in self.language_actions.values():
            action.setToolTip(self.tr("Show the interface and the content in this language"))
            action.setStatusTip(action.toolTip())
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        texts = {
            self.act_import: (self.tr("&Import content pack…"),
                              self.tr("Replace the content with a pack from a folder or .zip")),
            self.act_quit: (self.tr("&Quit"), self.tr("Close Field Reference")),
            self.act_back: (self.tr("&Back"), self.tr("Go back to the previous place")),
            self.act_forward: (self.tr("&Forward"), self.tr("Go forward again")),
            self.act_home: (self.tr("&Home"), self.tr("Open the first entry")),
            self.act_find: (self.tr("&Find in page…"), self.tr("Find text in the open entry")),
            self.act_find_next: (self.tr("Find &next"), self.tr("Go to the next match")),
            self.act_find_prev: (self.tr("Find &previous"), self.tr("Go to the previous match")),
            self.act_zoom_in: (self.tr("Zoom &in"), self.tr("Make the text larger")),
            self.act_zoom_out: (self.tr("Zoom &out"), self.tr("Make the text smaller")),
            self.act_zoom_reset: (self.tr("&Reset zoom"), self.tr("Show the text at normal size")),
            self.act_focus_tree: (self.tr("Go to the &contents tree"),
                                  self.tr("Move the keyboard focus to the tree")),
            self.act_focus_detail: (self.tr("Go to the &entry text"),
                                    self.tr("Move the keyboard focus to the entry")),
            self.act_about: (self.tr("&About Field Reference"),
                             self.tr("Version, content pack and licences")),
            self.theme_actions["system"]: (self.tr("Follow the &system"),
                                           self.tr("Light or dark as the system is set")),
            self.theme_actions["light"]: (self.tr("&Light"), self.tr("Dark text on light")),
            self.theme_actions["dark"]: (self.tr("&Dark"), self.tr("Light text on dark")),
        }
        set_texts(texts)
