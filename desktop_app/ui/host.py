"""What a feature may use of the window it is attached to: the narrow host, and its menu groups.

Features (bookmarks, search, printing, side by side, import) type against :class:`WindowHost`
and never import the concrete window; only the application start (``ui/app.py``) knows both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from desktop_app.db.records import EntryView
from desktop_app.library import ContentLibrary, UserData
from desktop_app.places import Place
from desktop_app.settings import Settings
from desktop_app.ui.reader.detail_pane import DetailPane
from desktop_app.ui.reader.place_menus import PlaceMenus
from desktop_app.ui.reader.tree_view import ContentTree


class ActionGroups:
    """Named groups of actions in one menu or toolbar, in an order fixed when it is made.

    Groups are given as sections (tuples of group names); a separator stands between two
    sections that both hold actions. Each group ends at an invisible marker action and
    whatever is added to it goes just before the marker, so the order on screen is the
    order of the names, whatever the order in which the features attach.
    """

    def __init__(self, widget: QMenu | QToolBar, sections: Sequence[Sequence[str]]) -> None:
        self.widget = widget
        self._ends: dict[str, QAction] = {}
        self._sections: list[tuple[QAction | None, list[str]]] = []
        for number, names in enumerate(sections):
            separator = None if number == 0 else widget.addSeparator()
            self._sections.append((separator, list(names)))
            for name in names:
                end = QAction(widget)
                end.setVisible(False)
                widget.addAction(end)
                self._ends[name] = end
        self._update_separators()

    def add(self, group: str, *actions: QAction) -> None:
        """Append ``actions`` to ``group``."""
        self.widget.insertActions(self._ends[group], list(actions))
        self._update_separators()

    def add_menu(self, group: str, menu: QMenu) -> None:
        self.add(group, menu.menuAction())

    def actions(self, group: str) -> list[QAction]:
        """What ``group`` holds, in order."""
        every = self.widget.actions()
        end = every.index(self._ends[group])
        start = end
        while start > 0 and every[start - 1] not in self._ends.values() \
                and not every[start - 1].isSeparator():
            start -= 1
        return every[start:end]

    def _update_separators(self) -> None:
        # A toolbar, unlike a menu, does not hide a separator with nothing on one side.
        seen_before = False
        for separator, names in self._sections:
            filled = any(self.actions(name) for name in names)
            if separator is not None:
                separator.setVisible(filled and seen_before)
            seen_before = seen_before or filled


class WindowHost(Protocol):
    """The window as features see it.

    Signals (``SignalInstance``):
    content_loaded(): the content database was (re)opened and the tree filled from it.
    place_opened(Place): a place is now shown in the detail pane.
    retranslated(): the language changed, and the window's strings, the tree and the open
        entry are already in the new one: the one path by which features retranslate (they
        do not handle ``QEvent.LanguageChange`` themselves).
    zoom_changed(int): the text zoom level changed.
    """

    @property
    def content_loaded(self) -> SignalInstance: ...
    @property
    def place_opened(self) -> SignalInstance: ...
    @property
    def retranslated(self) -> SignalInstance: ...
    @property
    def zoom_changed(self) -> SignalInstance: ...

    @property
    def library(self) -> ContentLibrary: ...
    @property
    def user(self) -> UserData: ...
    @property
    def settings(self) -> Settings: ...
    def save_settings(self) -> None:
        """Write ``settings`` after a feature changed them."""
    @property
    def lang(self) -> str:
        """The language of the interface and of the content shown."""

    @property
    def view(self) -> EntryView | None:
        """The entry in the detail pane."""
    @property
    def current_place(self) -> Place | None:
        """The place the history is at: the section in view of the open entry."""
    @property
    def tree(self) -> ContentTree: ...
    @property
    def detail(self) -> DetailPane: ...
    def areas(self) -> list[tuple[str, str]]:
        """The thematic areas of the tree: (title, slug), in its order."""
    def window(self) -> QWidget:
        """The top-level widget: the parent of a feature's dialogs and actions."""

    def open_place(self, place: Place, *, add_to_history: bool = True,
                   scroll: int | None = None) -> bool:
        """Show ``place``; False (and a status message) when it does not exist."""
    def reopen(self, place: Place | None) -> None:
        """Read ``place`` anew from the content (it changed), or show the first entry."""
    def load_content(self) -> bool:
        """(Re)open the content database and fill the tree; False when there is none."""
    def notify(self, text: str, timeout_ms: int = 8000) -> None:
        """A message in the status bar."""
    def load_media(self, path: str) -> bytes | None:
        """An image of the content pack, for a pane that shows an entry."""

    def menu(self, name: str) -> ActionGroups:
        """The named groups of a menu: "file", "edit", "view", "go" or "help"."""
    def toolbar(self) -> ActionGroups:
        """The named groups of the toolbar."""
    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None: ...
    def add_pane(self, pane: QWidget, main_header: QWidget) -> None:
        """Put ``pane`` beside the detail pane, and ``main_header`` above the detail pane."""
    @property
    def place_menus(self) -> PlaceMenus:
        """The context menus of the tree and the text, where features offer actions on the
        place right-clicked."""
    def add_bar(self, bar: QWidget) -> None:
        """Put ``bar`` under the detail pane (and any pane beside it), across the column."""
