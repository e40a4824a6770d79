"""Find in page: a bar under the detail pane with next/previous and a match count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop_app.ui.reader.detail_pane import DetailPane


class FindBar(QWidget):
    """Finds in ``pane``: every match highlighted while typing, next and previous, a count."""

    def __init__(self, pane: DetailPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.prev_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.close_button = QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button.setText("×")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.edit, self.prev_button, self.next_button, self.count_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(self.highlight_all)
        self.edit.returnPressed.connect(lambda: self.go_to_next(False))
        self.next_button.clicked.connect(lambda: self.go_to_next(False))
        self.prev_button.clicked.connect(lambda: self.go_to_next(True))
        self.close_button.clicked.connect(self.close_bar)
        self._total = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in page"))
        self.edit.setAccessibleName(self.tr("Find in page"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.show_count(self._total, 0)

    def open_bar(self, text: str = "") -> None:
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.pane.find_all("")
        self.pane.setFocus()

    def highlight_all(self) -> None:
        """Highlight every match of the text in the pane (again, after it changed)."""
        self.show_count(self.pane.find_all(self.edit.text()), 0)

    def go_to_next(self, backward: bool) -> None:
        text = self.edit.text()
        current = self.pane.find_next(text, backward)
        self.show_count(self.pane.find_all(text), current)

    def find_next(self, backward: bool) -> None:
        """F3 and Shift+F3: the next match, or the bar opened when there is nothing to find."""
        if not self.isVisible() or not self.edit.text():
            self.open_with_selection()
            return
        self.go_to_next(backward)

    def open_with_selection(self) -> None:
        """Ctrl+F: open the bar on the text selected in the pane, if any."""
        self.open_bar(self.pane.textCursor().selectedText())

    def show_count(self, total: int, current: int) -> None:
        self._total = total
        if not self.edit.text():
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        elif current:  # wordings without plural forms, so they read right for every count
            self.count_label.setText(self.tr("Match {current} of {total}").format(
                current=current, total=total))
        else:
            self.count_label.setText(self.tr("Matches: {total}").format(total=total))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)
