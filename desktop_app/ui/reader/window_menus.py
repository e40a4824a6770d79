"""The main window's own actions, its menus and its toolbar, their named groups and texts.

Features add their actions to the named groups (``host.menu("file").add("print", …)``): each
menu's groups, and their order on screen, are fixed here, whatever the order in which the
features attach.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app import LANGUAGES
from desktop_app.settings import THEMES
from desktop_app.ui.actions import Shortcut, make_action, set_texts
from desktop_app.ui.host import ActionGroups
from desktop_app.ui.i18n import language_name
from desktop_app.ui.icons import set_toolbar_icon
from desktop_app.ui.reader.fitting_toolbar import FittingToolBar

# Each menu's sections of groups, top to bottom; a separator between two filled sections.
MENU_GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    "file": (("import",), ("bookmarks",), ("print",), ("batch",), ("quit",)),
    "edit": (("find",), ("undo",), ("bookmark", "link"), ("search",)),
    "view": (("contents",), ("side_by_side",), ("zoom",), ("theme",), ("focus",),
             ("bookmarks", "search"), ("tree",)),
    "go": (("history",), ("recent",)),
    "help": (("guide", "whats_new", "shortcuts"), ("about",)),
}
# The toolbar's groups: what features add after the first paint comes after what is there.
TOOLBAR_GROUPS = (("navigation",), ("zoom", "find"), ("bookmarks",), ("search",))


class WindowMenus(QObject):
    """The window's menus, toolbar and own actions; the window connects the actions.

    Signals:
    theme_chosen(str): a theme of ``settings.THEMES`` was picked.
    language_chosen(str): a language was picked.
    """

    theme_chosen = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, theme: str, lang: str) -> None:
        super().__init__(window)
        self.window = window
        key = QKeySequence.StandardKey
        self.act_quit = self._action(key.Quit)
        self.act_back = self._action(key.Back)
        self.act_forward = self._action(key.Forward)
        self.act_home = self._action("Alt+Home")
        self.act_zoom_in = self._action(key.ZoomIn)
        self.act_zoom_out = self._action(key.ZoomOut)
        self.act_zoom_reset = self._action("Ctrl+0")
        self.act_focus_tree = self._action("Alt+1")
        self.act_focus_detail = self._action("Alt+2")
        self.theme_actions = self._choice({mode: "" for mode in THEMES}, theme,
                                          self.theme_chosen.emit)
        self.language_actions = self._choice({code: "" for code in LANGUAGES}, lang,
                                             self.language_chosen.emit)
        self._create_menus()

    def _action(self, shortcut: Shortcut = None, checkable: bool = False) -> QAction:
        return make_action(self.window, None, shortcut, checkable)

    def _choice(self, names: dict[str, str], current: str,
                choose: Callable[[str], None]) -> dict[str, QAction]:
        """One checkable action per key of ``names``, exclusive; ``names`` gives fixed texts
        (the languages' own names), "" where ``retranslate`` sets them."""
        group, actions = QActionGroup(self.window), {}
        for key, name in names.items():
            def pick(_checked: bool = False, chosen: str = key) -> None:
                choose(chosen)

            action = make_action(self.window, pick, checkable=True)
            action.setText(name)
            action.setChecked(key == current)
            group.addAction(action)
            actions[key] = action
        return actions

    def _create_menus(self) -> None:
        bar = self.window.menuBar()
        menus = {name: QMenu(self.window) for name in ("file", "edit", "view", "language", "go",
                                                         "help")}
        for menu in menus.values():
            bar.addMenu(menu)
        self.file_menu, self.edit_menu, self.view_menu = menus["file"], menus["edit"], menus["view"]
        self.language_menu, self.go_menu, self.help_menu = (menus["language"], menus["go"],
                                                            menus["help"])
        self.groups = {name: ActionGroups(menus[name], sections)
                       for name, sections in MENU_GROUPS.items()}
        self.groups["file"].add("quit", self.act_quit)
        self.groups["view"].add("zoom", self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset)
        self.theme_menu = QMenu(self.window)
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.groups["view"].add_menu("theme", self.theme_menu)
        self.groups["view"].add("focus", self.act_focus_tree, self.act_focus_detail)
        self.language_menu.addActions(list(self.language_actions.values()))
        self.groups["go"].add("history", self.act_back, self.act_forward, self.act_home)
        self.toolbar = FittingToolBar(self.window)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar_groups = ActionGroups(self.toolbar, TOOLBAR_GROUPS)
        self.toolbar_groups.add("navigation", self.act_back, self.act_forward, self.act_home)
        self.toolbar_groups.add("zoom", self.act_zoom_out, self.act_zoom_in)
        self.window.addToolBar(self.toolbar)
        for action, name in ((self.act_back, "back"), (self.act_forward, "forward"),
                             (self.act_home, "home"), (self.act_zoom_in, "zoom-in"),
                             (self.act_zoom_out, "zoom-out")):
            set_toolbar_icon(action, name)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setText(language_name(code))
            action.setToolTip(self.tr("Show the interface and the content in this language"))
            action.setStatusTip(action.toolTip())
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        texts = {
            self.act_quit: (self.tr("&Quit"), self.tr("Close Field Reference")),
            self.act_back: (self.tr("&Back"), self.tr("Go back to the previous place")),
            self.act_forward: (self.tr("&Forward"), self.tr("Go forward again")),
            self.act_home: (self.tr("&Home"), self.tr("Open the first entry")),
            self.act_zoom_in: (self.tr("Zoom &in"), self.tr("Make the text larger")),
            self.act_zoom_out: (self.tr("Zoom &out"), self.tr("Make the text smaller")),
            self.act_zoom_reset: (self.tr("&Reset zoom"), self.tr("Show the text at normal size")),
            self.act_focus_tree: (self.tr("Go to the &contents tree"),
                                  self.tr("Move the keyboard focus to the tree")),
            self.act_focus_detail: (self.tr("Go to the &entry text"),
                                    self.tr("Move the keyboard focus to the entry")),
            self.theme_actions["system"]: (self.tr("Follow the &system"),
                                           self.tr("Light or dark as the system is set")),
            self.theme_actions["light"]: (self.tr("&Light"), self.tr("Dark text on light")),
            self.theme_actions["dark"]: (self.tr("&Dark"), self.tr("Light text on dark")),
        }
        set_texts(texts)
