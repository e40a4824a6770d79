"""The right-hand column of the window: a notice, the detail pane (with room for panes beside
it, such as side by side's), and room for bars under them (such as the find bar)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.ui.reader.detail_pane import DetailPane, MediaLoader


class EntryColumn(QWidget):
    def __init__(self, media_loader: MediaLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = DetailPane(media_loader, self)
        self.banner = QLabel(self)  # what holds for the whole session (a read-only folder)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # names a folder, as it is
        self.banner.setMargin(6)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.hide()
        self.notice = QLabel(self)  # what holds for the entry shown
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # names an entry, as it is
        self.notice.setMargin(6)
        self.notice.hide()
        detail_box = QWidget(self)  # the detail pane, with room for a header above it
        self._detail_column = QVBoxLayout(detail_box)
        self._detail_column.setContentsMargins(0, 0, 0, 0)
        self._detail_column.setSpacing(0)
        self._detail_column.addWidget(self.detail, 1)
        self.panes = QSplitter(Qt.Orientation.Horizontal, self)
        self.panes.setChildrenCollapsible(False)
        self.panes.addWidget(detail_box)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.banner)
        self._column.addWidget(self.notice)
        self._column.addWidget(self.panes, 1)

    def add_pane(self, pane: QWidget, main_header: QWidget) -> None:
        """``pane`` beside the detail pane, ``main_header`` above the detail pane."""
        self.panes.addWidget(pane)
        self._detail_column.insertWidget(0, main_header)

    def add_bar(self, bar: QWidget) -> None:
        """``bar`` under the panes, across the column."""
        self._column.addWidget(bar)

    def show_banner(self, text: str) -> None:
        """A line above everything in the column, for the session; "" hides it."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        """A line above the entry; "" hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        self.detail.setAccessibleName(self.tr("Entry text"))
        self.notice.setAccessibleName(self.tr("Notice"))
        self.banner.setAccessibleName(self.tr("Notice"))
