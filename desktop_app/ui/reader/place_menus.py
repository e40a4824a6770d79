"""The context menus of the contents tree and of the entry text: what each feature offers for
the place right-clicked (open it, bookmark it, copy its link, print it), in fixed groups, so
their order does not depend on the order the features attach in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from desktop_app.places import Place
from desktop_app.ui.reader.detail_pane import DetailPane
from desktop_app.ui.reader.detail_places import place_at
from desktop_app.ui.reader.tree_model import PLACE_ROLE
from desktop_app.ui.reader.tree_view import ContentTree

# What a feature offers for (menu, place, its title, in the tree?): actions parented to menu.
PlaceActions = Callable[[QMenu, Place, str, bool], list[QAction]]
GROUPS = ("open", "bookmark", "link", "print")
LINK_COPY = "link-copy"  # the object name of the text's own "Copy Link Location"


class PlaceMenus(QObject):
    def __init__(self, tree: ContentTree, detail: DetailPane, parent: QObject) -> None:
        super().__init__(parent)
        self.tree, self.detail = tree, detail
        self._offers: dict[str, list[PlaceActions]] = {group: [] for group in GROUPS}
        self._link_copier: Callable[[str], bool] = lambda _href: False
        self.last_menu: QMenu | None = None  # for the tests
        for widget in (tree, detail):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._tree_menu)
        detail.customContextMenuRequested.connect(self._detail_menu)

    def add(self, group: str, offer: PlaceActions) -> None:
        self._offers[group].append(offer)

    def copy_links_with(self, copier: Callable[[str], bool]) -> None:
        """``copier(href)`` copies a link of the text in its own way (True), or leaves it to
        the text's "Copy Link Location" (False)."""
        self._link_copier = copier

    def _fill(self, menu: QMenu, place: Place, title: str, in_tree: bool) -> list[QAction]:
        shown: list[QAction] = []
        for group in GROUPS:
            actions = [action for offer in self._offers[group]
                       for action in offer(menu, place, title, in_tree)]
            if actions and shown:
                shown.append(menu.addSeparator())
            shown.extend(actions)
        return shown

    def _tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        place = index.data(PLACE_ROLE) if index.isValid() else None
        if not isinstance(place, Place):
            return
        menu = QMenu(self.tree)
        menu.addActions(self._fill(menu, place, str(index.data()), True))
        self._popup(menu, self.tree.viewport().mapToGlobal(pos))

    def _detail_menu(self, pos: QPoint) -> None:
        detail = self.detail
        scroll = QPoint(detail.horizontalScrollBar().value(), detail.verticalScrollBar().value())
        menu = detail.createStandardContextMenu(pos + scroll)
        href = detail.anchorAt(pos)
        for action in menu.actions():
            if action.objectName() == LINK_COPY and href:
                action.triggered.disconnect()
                action.triggered.connect(lambda _checked=False, link=href: self._copy(link))
        found = place_at(detail, pos)
        if found is not None:
            place, heading = found
            ours = self._fill(menu, place, heading, False)
            first = menu.actions()[0] if menu.actions() else None
            if first is None:
                menu.addActions(ours)
            elif ours:
                menu.insertActions(first, ours)
                menu.insertSeparator(first)
        self._popup(menu, detail.viewport().mapToGlobal(pos))

    def _copy(self, href: str) -> None:
        if not self._link_copier(href):
            QGuiApplication.clipboard().setText(href)

    def _popup(self, menu: QMenu, at: QPoint) -> None:
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_menu = menu
        menu.popup(at)
