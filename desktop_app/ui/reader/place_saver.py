"""The reading place, written at most once a second while the reader moves, and at close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop_app.db.records import EntryView
from desktop_app.library import UserData
from desktop_app.ui.reader.detail_pane import DetailPane

SAVE_INTERVAL_MS = 1000


class PlaceSaver(QObject):
    """Keeps user.sqlite's place of the entry ``shown()`` in ``detail`` up to date.

    :meth:`save_soon` (an entry was opened) notes the place at once, so that Recently read
    keeps an entry shown only briefly, in its order (``UserData.note_place``). It and any
    scrolling start the timer unless it runs; when it ends, the place then in view is noted
    and everything noted is written. A throttle, not a debounce: steady scrolling still
    writes once a second instead of only when it stops.
    """

    def __init__(self, user: UserData, detail: DetailPane,
                 shown: Callable[[], EntryView | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user, self.detail, self.shown = user, detail, shown
        self.timer = QTimer(self, singleShot=True, interval=SAVE_INTERVAL_MS)
        self.timer.timeout.connect(self._save_due)
        detail.verticalScrollBar().valueChanged.connect(self._schedule)

    def save_soon(self) -> None:
        self._note()
        self._schedule()

    def _schedule(self, _scroll: int = 0) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def save_now(self) -> None:
        """Write at once (the window closes); while another Field Reference holds user.sqlite,
        try again a second later."""
        self.timer.stop()
        self._note()
        if not self.user.save_places():
            self.timer.start()

    def _note(self) -> None:
        view = self.shown()
        if view is not None:
            self.user.note_place(view.slug, self.detail.section_at_top(),
                                 self.detail.verticalScrollBar().value())

    def _save_due(self) -> None:
        # Before the start has opened user.sqlite (and said what is wrong with it, if
        # anything) the places wait in memory: the next save, or the close, writes them.
        if self.user.is_open:
            self.save_now()
