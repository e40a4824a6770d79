"""Draws a bookmark's note as a second, smaller line under its title, and edits it in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.ui.bookmarks.model import NOTE_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex


class BookmarkDelegate(QStyledItemDelegate):
    """``edit_note`` chooses what the next in-place editor edits: the note or the title."""

    edit_note = False

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(NOTE_ROLE):
            size.setHeight(size.height() + option.fontMetrics.height())
        return size

    def _note_rect(self, option: QStyleOptionViewItem) -> QRect:
        rect: QRect = option.rect
        line = option.fontMetrics.height()
        return QRect(rect.left() + line + 8, rect.bottom() - line, rect.width() - line - 12, line)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        note = index.data(NOTE_ROLE)
        if not note:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        line = opt.fontMetrics.height()
        opt.rect = QRect(rect.left(), rect.top(), rect.width(), rect.height() - line)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        font.setItalic(True)
        painter.setFont(font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected
                       else palette.color(QPalette.ColorRole.PlaceholderText))
        target = self._note_rect(option)
        text = painter.fontMetrics().elidedText(" ".join(str(note).split()),
                                                Qt.TextElideMode.ElideRight, target.width())
        painter.drawText(target, int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setProperty("edits_note", self.edit_note)
        if self.edit_note and isinstance(editor, QLineEdit):
            editor.setPlaceholderText(self.tr("Note"))
            editor.setAccessibleName(self.tr("Note"))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if editor.property("edits_note") and isinstance(editor, QLineEdit):
            editor.setText(index.data(NOTE_ROLE) or "")
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: ModelIndex) -> None:
        if editor.property("edits_note") and isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), NOTE_ROLE)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: ModelIndex) -> None:
        super().updateEditorGeometry(editor, option, index)
        if editor.property("edits_note") and index.data(NOTE_ROLE):
            editor.setGeometry(self._note_rect(option).adjusted(-2, -2, 2, 2))
