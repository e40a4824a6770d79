"""The search panel: Ctrl+K, results while typing (debounced, off the UI thread), filters.

A dock beside the contents tree. Each change of the text restarts a short timer; when it
fires, the search runs on a worker thread with its own database session, and its outcome comes
back (a queued signal) tagged with the number of the request: anything older than the latest
request is dropped, so a slow search can never overwrite a newer one and typing never waits.

The worker is a one-thread ``concurrent.futures`` executor rather than a QThreadPool: a Qt
pool's destructor waits for a running job while the deleting thread may hold the GIL the job
needs (a deadlock seen in the tests when a window was deleted mid-search); a Python thread
never makes Qt wait.
Opening a result shows its section and highlights the matched words in the detail pane.
"""

from __future__ import annotations

import html
import logging
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.records import SearchFilters
from desktop_app.db.search_repo import SearchRepository
from desktop_app.library import ContentLibrary
from desktop_app.places import Place
from desktop_app.search.engine import Correction, SearchOutcome, SearchResult, search
from desktop_app.search.query import Query, matched_words
from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost
from desktop_app.ui.i18n import language_name
from desktop_app.ui.icons import set_toolbar_icon
from desktop_app.ui.reader.find_bar import highlight_words
from desktop_app.ui.search.model import RESULT_ROLE, ResultDelegate, SearchResultsModel
from desktop_app.ui.zoom import zoom_widget

DEBOUNCE_MS = 150
RESULT_PAGE = 20  # results shown first; "More results" shows as many again


class _Signals(QObject):
    finished = Signal(int, object)  # request number, SearchOutcome (None when it failed)


class _SearchJob:
    """One search on the worker thread; skipped if a newer request came in while it waited."""

    def __init__(self, library: ContentLibrary, number: int, text: str,
                 filters: SearchFilters, panel: SearchPanel, correct: bool) -> None:
        self.library, self.number, self.text, self.filters = library, number, text, filters
        self.correct = correct
        self.signals = panel.signals  # no Qt parent: alive while this job holds it
        self.latest = panel.latest_request

    def run(self) -> None:
        if self.latest() != self.number:
            return
        outcome: SearchOutcome | None
        try:
            with self.library.read() as repo:
                outcome = search(SearchRepository(repo.db), self.text, self.filters,
                                 correct=self.correct)
        except Exception:  # the content is being replaced, or closed: no results this time
            logging.getLogger(__name__).exception("search for %r failed", self.text)
            outcome = None
        self.signals.finished.emit(self.number, outcome)


class SearchPanel(QDockWidget):
    """Signals:
    results_shown(): the list now shows the outcome of the latest request.
    """

    results_shown = Signal()

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.setObjectName("search-dock")
        self.outcome: SearchOutcome | None = None
        self._request = 0
        self._as_typed = False  # the user chose to search the text as typed, uncorrected
        self._limit = RESULT_PAGE  # grows by a page with each "More results"
        self._highlight: tuple[str, Query] | None = None  # slug and query shown highlighted
        self.signals = _Signals()
        self.signals.finished.connect(self._on_finished)
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)

        body = QWidget(self)
        self.edit = QLineEdit(body)
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.area_combo = QComboBox(body)
        self.kind_combo = QComboBox(body)
        self.lang_check = QCheckBox(body)
        self.suggestion = QLabel(body)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.hide()
        self.status = QLabel(body)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(body)
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.more = QPushButton(body)
        self.more.hide()
        for combo in (self.area_combo, self.kind_combo):  # long area titles: never widen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filters = QHBoxLayout()
        filters.addWidget(self.area_combo, 1)
        filters.addWidget(self.kind_combo, 1)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.edit)
        column.addLayout(filters)
        for widget in (self.lang_check, self.status, self.suggestion):
            column.addWidget(widget)
        column.addWidget(self.results, 1)
        column.addWidget(self.more)
        body.setMinimumWidth(260)
        self.setWidget(body)

        self.action = make_action(self, self.focus_search, "Ctrl+K")
        set_toolbar_icon(self.action, "search")
        host.menu("edit").add("search", self.action)
        host.menu("view").add("search", self.toggleViewAction())
        host.toolbar().add("search", self.action)
        host.add_dock(self, Qt.DockWidgetArea.RightDockWidgetArea)
        self.hide()

        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self._open_first)
        self.area_combo.currentIndexChanged.connect(lambda _i: self._search_anew())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._search_anew())
        self.lang_check.toggled.connect(lambda _on: self._search_anew())
        self.more.clicked.connect(self._show_more)
        self.suggestion.linkActivated.connect(self._apply_suggestion)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        host.content_loaded.connect(self._on_content_loaded)
        host.retranslated.connect(self.retranslate_ui)  # the one path of a language change
        host.zoom_changed.connect(lambda level: zoom_widget(self.results, level))
        if host.settings.zoom:
            zoom_widget(self.results, host.settings.zoom)
        host.place_opened.connect(self._on_place_opened)
        self._fill_kinds()
        self.retranslate_ui()

    # Translation and filters

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        set_texts({
            self.action: (self.tr("&Search…"), self.tr("Search every entry in English and "
                                                      "Russian")),
            self.toggleViewAction(): (self.tr("Search &panel"),
                                      self.tr("Show or hide the search panel")),
        })
        self.edit.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.edit.setAccessibleName(self.tr("Search text"))
        self.area_combo.setAccessibleName(self.tr("Thematic area"))
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        self.lang_check.setText(self.tr("Current language only"))
        self.lang_check.setToolTip(self.tr("Search only the language the interface is in"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.more.setText(self.tr("More results"))
        self._fill_kinds()
        self._fill_areas()
        self._show_outcome()
        if self.edit.text().strip():  # result lines name kinds and areas in this language
            self.run_search()

    def _fill_kinds(self) -> None:
        names = {"": self.tr("All kinds"), "project": self.tr("Projects"),  # every kind
                 "news": self.tr("News"), "article": self.tr("Articles"),  # of importer.KINDS
                 "area": self.tr("Thematic areas"), "overview": self.tr("Overviews")}
        current = self.kind_combo.currentData() or ""
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind, name in names.items():
            self.kind_combo.addItem(name, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)

    def _fill_areas(self) -> None:
        current = self.area_combo.currentData() or ""
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("All areas"), "")
        for title, slug in self.host.areas():
            self.area_combo.addItem(title, slug)
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(current)))
        self.area_combo.blockSignals(False)

    def _on_content_loaded(self) -> None:
        self._fill_areas()
        if self.edit.text().strip():
            self.run_search()

    # Searching

    def focus_search(self) -> None:
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _on_text_changed(self, _text: str) -> None:
        self._as_typed = False
        self._limit = RESULT_PAGE
        self._request += 1  # what is on its way is for an older text: drop it when it comes
        self.timer.start()

    def latest_request(self) -> int:
        return self._request

    def filters(self) -> SearchFilters:
        return SearchFilters(
            langs=(self.host.lang,) if self.lang_check.isChecked() else (),
            area=self.area_combo.currentData() or None,
            kind=self.kind_combo.currentData() or None,
            limit=self._limit)

    def _search_anew(self) -> None:
        """A filter changed: the first page of what it finds."""
        self._limit = RESULT_PAGE
        self.run_search()

    def _show_more(self) -> None:
        """As many results again; the list keeps its place, at the first new result."""
        self._limit += RESULT_PAGE
        self.run_search()

    def run_search(self) -> None:
        """Search the current text now, off the UI thread; older requests are dropped."""
        self.timer.stop()
        self._request += 1
        text = self.edit.text()
        if not text.strip() or not self.host.library.is_open:
            self._on_finished(self._request, None)
            return
        job = _SearchJob(self.host.library, self._request, text, self.filters(), self,
                         correct=not self._as_typed)
        self.worker.submit(job.run)

    def _on_finished(self, number: int, outcome: object) -> None:
        if number != self._request:
            return  # a newer request is on its way
        self.outcome = outcome if isinstance(outcome, SearchOutcome) else None
        shown_before = self.model.rowCount() if self._limit > RESULT_PAGE else 0
        self.model.set_results(self.outcome.results if self.outcome else ())
        if self.model.rowCount():
            first_new = shown_before if shown_before < self.model.rowCount() else 0
            self.results.setCurrentIndex(self.model.index(first_new, 0))
            self.results.scrollTo(self.model.index(first_new, 0))
        more = self.outcome is not None and self.outcome.total > len(self.outcome.results)
        self.more.setVisible(more)
        self._show_outcome()
        self.results_shown.emit()

    def _show_outcome(self) -> None:
        outcome = self.outcome
        if outcome is None or not self.edit.text().strip():
            self.status.setText("")
            self.suggestion.hide()
            return
        self.status.setText(self._status_text(outcome))
        offer = None
        if outcome.corrected_from is not None and outcome.correction is not Correction.MOST_WORDS:
            link = f'<a href="as-typed">{html.escape(outcome.corrected_from)}</a>'
            offer = self.tr("Search instead for {typed}").format(typed=link)
        elif outcome.suggestion:
            link = f'<a href="suggestion">{html.escape(outcome.suggestion)}</a>'
            offer = self.tr("Did you mean {suggestion}?").format(suggestion=link)
        self.suggestion.setText(offer or "")
        self.suggestion.setVisible(offer is not None)

    def _status_text(self, outcome: SearchOutcome) -> str:
        if not outcome.results:
            return self.tr("Nothing found.")
        if outcome.correction is Correction.MOST_WORDS:
            found = self.tr("No entry holds every word; these hold all but one.")
        elif outcome.corrected_from is not None:
            found = self.tr("Showing results for “{text}”.").format(text=outcome.text)
        else:
            found = ""
        if outcome.total > len(outcome.results):
            count = self.tr("Results: {shown} of {total}").format(
                shown=len(outcome.results), total=outcome.total)
        else:
            count = self.tr("Results: {count}").format(count=len(outcome.results))
        return f"{found} {count}" if found else count

    def _apply_suggestion(self, link: str) -> None:
        if self.outcome is None:
            return
        if link == "as-typed" and self.outcome.corrected_from is not None:
            self.edit.setText(self.outcome.corrected_from)
            self._as_typed = True
            self.run_search()
        elif link == "suggestion" and self.outcome.suggestion:
            self.edit.setText(self.outcome.suggestion)
            self.run_search()

    # Opening a result

    def _open_first(self) -> None:
        if self.timer.isActive():  # Enter before the timer fired: search now, open next time
            self.run_search()
            return
        self._open_index(self.results.currentIndex() if self.results.currentIndex().isValid()
                         else self.model.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        result = index.data(RESULT_ROLE) if index.isValid() else None
        if isinstance(result, SearchResult) and self.outcome is not None:
            self.open_result(result, self.outcome.query)

    def open_result(self, result: SearchResult, query: Query) -> None:
        self._highlight = (result.slug, query)
        if not self.host.open_place(Place(result.slug, result.anchor)):
            self._highlight = None
        elif result.lang != self.host.lang:  # the entry is shown in the interface language
            self.host.notify(self.tr(
                "Found in the {language} text; the entry is shown in your language.").format(
                language=language_name(result.lang)))

    def _on_place_opened(self, place: object) -> None:
        if self._highlight is None or not isinstance(place, Place):
            return
        slug, query = self._highlight
        if place.slug != slug:  # the reader went elsewhere: the highlight was for that entry
            self._highlight = None
            highlight_words(self.host.detail, ())
            return
        highlight_words(self.host.detail, matched_words([self.host.detail.toPlainText()], query))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.model.rowCount()):
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)
