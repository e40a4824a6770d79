"""Find in page: a bar under the detail pane with next/previous and a match count, its actions
(Edit → Find in page…, Find next, Find previous, and the toolbar's Find), and the highlighting
of matches that search shares."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost
from desktop_app.ui.icons import set_toolbar_icon
from desktop_app.ui.reader.detail_pane import DetailPane

MATCH_BACKGROUND, MATCH_TEXT = "#ffe066", "#000000"


def _highlight(pane: QTextEdit, texts: list[str], flags: QTextDocument.FindFlag) -> int:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(MATCH_BACKGROUND))
    fmt.setForeground(QColor(MATCH_TEXT))
    selections: list[QTextEdit.ExtraSelection] = []
    for text in texts:
        cursor = pane.document().find(text, 0, flags)
        while not cursor.isNull():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
            cursor = pane.document().find(text, cursor, flags)
    pane.setExtraSelections(selections)
    return len(selections)


def find_all(pane: QTextEdit, text: str) -> int:
    """Highlight every match of ``text`` in ``pane`` and return how many there are."""
    return _highlight(pane, [text] if text else [], QTextDocument.FindFlag(0))


def highlight_words(pane: QTextEdit, words: Iterable[str]) -> int:
    """Highlight every whole-word occurrence of ``words`` (as written, e.g. the forms a search
    matched); an empty iterable clears. Returns how many were highlighted."""
    return _highlight(pane, sorted(set(words)), QTextDocument.FindFlag.FindWholeWords
                      | QTextDocument.FindFlag.FindCaseSensitively)


def find_next(pane: QTextEdit, text: str, backward: bool = False) -> int:
    """Select the next (or previous) match, wrapping; return its 1-based number, 0 if none."""
    if not text:
        return 0
    flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
    if not pane.find(text, flags):
        cursor = pane.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backward
                            else QTextCursor.MoveOperation.Start)
        pane.setTextCursor(cursor)
        if not pane.find(text, flags):
            return 0
    start = pane.textCursor().selectionStart()
    number, cursor = 0, pane.document().find(text, 0)
    while not cursor.isNull() and cursor.selectionStart() <= start:
        number += 1
        cursor = pane.document().find(text, cursor)
    return number


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
        find_all(self.pane, "")
        self.pane.setFocus()

    def highlight_all(self) -> None:
        """Highlight every match of the text in the pane (again, after it changed)."""
        self.show_count(find_all(self.pane, self.edit.text()), 0)

    def go_to_next(self, backward: bool) -> None:
        text = self.edit.text()
        current = find_next(self.pane, text, backward)
        self.show_count(find_all(self.pane, text), current)

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


class FindInPage(QObject):
    """The find bar under the host's detail pane, and the actions that open it and move."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window()
        super().__init__(window)
        self.bar = FindBar(host.detail)
        self.bar.hide()
        host.add_bar(self.bar)
        key = QKeySequence.StandardKey
        self.act_find = make_action(window, self.bar.open_with_selection, key.Find)
        self.act_find_next = make_action(window, lambda: self.bar.find_next(False), key.FindNext)
        self.act_find_prev = make_action(window, lambda: self.bar.find_next(True),
                                         key.FindPrevious)
        set_toolbar_icon(self.act_find, "find")
        host.menu("edit").add("find", self.act_find, self.act_find_next, self.act_find_prev)
        host.toolbar().add("find", self.act_find)
        host.place_opened.connect(self._on_place_opened)
        host.retranslated.connect(self.retranslate)
        self.retranslate()

    def _on_place_opened(self, _place: object) -> None:
        if self.bar.isVisible():
            self.bar.highlight_all()  # the matches of the entry now shown

    def retranslate(self) -> None:
        set_texts({
            self.act_find: (self.tr("&Find in page…"), self.tr("Find text in the open entry")),
            self.act_find_next: (self.tr("Find &next"), self.tr("Go to the next match")),
            self.act_find_prev: (self.tr("Find &previous"), self.tr("Go to the previous match")),
        })
        self.bar.retranslate_ui()
