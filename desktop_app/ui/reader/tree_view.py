"""The contents tree: the view over ``TreeModel`` that says which place the reader chose."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QTreeView, QWidget

from desktop_app.db.records import EntryNode
from desktop_app.places import Place
from desktop_app.ui.reader.tree_model import PLACE_ROLE, ChildLoader, SectionLoader, TreeModel


class ContentTree(QTreeView):
    """Signals:
    place_chosen(Place): the reader moved to, or activated, a row.
    shown(bool): the tree was shown or hidden (not as its window was: View → Show contents).
    """

    place_chosen = Signal(object)
    shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_model = TreeModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._selecting = False
        self.selectionModel().currentChanged.connect(self._on_current)
        self.activated.connect(lambda index: self._on_current(index, QModelIndex()))

    def fill(self, nodes: list[EntryNode], sections_of: SectionLoader,
             entries_under: ChildLoader) -> None:
        """Show ``nodes``, with the top-level entries open whose entries were read."""
        self.tree_model.set_nodes(nodes, sections_of, entries_under)
        for row, node in enumerate(nodes):
            if not node.more_children:
                self.expand(self.tree_model.index(row, 0))

    def select(self, place: Place, area: str | None) -> None:
        """Show ``place`` as the current row (``area``: its entry's area, read if need be),
        without reporting it as chosen."""
        index = self.tree_model.index_for(place, area)
        if not index.isValid():
            return
        self._selecting = True
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._selecting = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.shown.emit(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A right click asks for the context menu only: it neither selects nor opens."""
        if event.button() != Qt.MouseButton.RightButton:
            super().mousePressEvent(event)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        place = current.data(PLACE_ROLE)
        if isinstance(place, Place):
            self.place_chosen.emit(place)
