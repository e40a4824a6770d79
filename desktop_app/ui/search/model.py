"""The search result list: a model over plain results and a delegate that draws them as HTML."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.search.engine import SearchResult
from desktop_app.search.query import snippet_html, snippet_plain

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
# The detail pane's highlight colours, readable on a selected (dark) row as well.
MARK = ('<span style="background-color:#ffe066; color:#000000;">', "</span>")


def kind_name(kind: str) -> str:
    names = {
        "overview": QCoreApplication.translate("SearchResults", "Overview"),
        "area": QCoreApplication.translate("SearchResults", "Thematic area"),
        "project": QCoreApplication.translate("SearchResults", "Project"),
        "news": QCoreApplication.translate("SearchResults", "News"),
        "article": QCoreApplication.translate("SearchResults", "Article"),
    }
    return names.get(kind, kind)


def result_html(result: SearchResult) -> str:
    """The entry's title, where it is, the snippet of its best part, and the sections that
    match (the best first: opening the result goes there)."""
    title = (snippet_html(result.marked_title, MARK) if result.marked_title
             else html.escape(result.title))
    where = " · ".join(part for part in (result.area_title, kind_name(result.kind),
                                         result.lang.upper()) if part)
    sections = ""
    if result.sections:
        names = " · ".join(html.escape(s.title) for s in result.sections)
        sections = "<br><small>" + QCoreApplication.translate(
            "SearchResults", "Sections: {names}").format(names=names) + "</small>"
    return (f"<div><b>{title}</b><br><small>{html.escape(where)}</small><br>"
            f"{snippet_html(result.snippet, MARK)}{sections}</div>")


class SearchResultsModel(QAbstractListModel):
    """The results of the last search, best first; replaced whole on every search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: tuple[SearchResult, ...] = ()
        self._html: list[str] = []

    def set_results(self, results: tuple[SearchResult, ...]) -> None:
        self.beginResetModel()
        self._results = results
        self._html = [result_html(r) for r in results]
        self.endResetModel()

    def result(self, row: int) -> SearchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        result = self.result(index.row()) if index.isValid() else None
        if result is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{result.title} — {snippet_plain(result.snippet, ('', ''))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(result.place)
        if role == HTML_ROLE:
            return self._html[index.row()]
        if role == RESULT_ROLE:
            return result
        return None


class ResultDelegate(QStyledItemDelegate):
    """Draws a result's HTML (title, area and kind, snippet with the matched words in bold)."""

    MARGIN = 4

    def _document(self, text: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(self.MARGIN)
        document.setHtml(text)
        document.setTextWidth(max(80, width))
        return document

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QListView):
            return max(80, view.viewport().width())
        return max(80, int(option.rect.width()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        document = self._document(str(index.data(HTML_ROLE)), opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: AnyIndex) -> QSize:
        width = self._width(option)  # wrap to the list: never widen the panel to a title
        document = self._document(str(index.data(HTML_ROLE)), width)
        return QSize(width, int(document.size().height()))
