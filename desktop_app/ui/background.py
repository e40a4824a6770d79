"""Long work off the UI thread, with a progress dialog: the content import, a bookmark import.

``BackgroundJob(work, …)`` runs ``work(progress)`` on a thread of its own; ``progress(done,
total, label)`` moves the dialog (from any thread); ``finished(result, error)`` comes in the UI
thread with what ``work`` returned, or None and the exception it raised. A cancellable job's
dialog has Cancel: once pressed (or once the program is closing), ``progress`` raises
:class:`Cancelled` in the work, which then undoes what it had begun.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled the work, or the program is closing."""


class _Worker(QObject):
    progress = Signal(int, int, str)
    done = Signal(object, object)  # result, exception

    def __init__(self, work: Callable[[Progress], object], cancelled: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.cancelled = cancelled

    def _progress(self, done: int, total: int, label: str) -> None:
        if self.cancelled.is_set():
            raise Cancelled
        self.progress.emit(done, total, label)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Exception as exc:  # handed to the UI thread, which says what it means
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


class BackgroundJob(QObject):
    """One run of ``work``; the dialog over ``parent`` shows ``title`` and ``label`` until the
    first progress, and nothing at all for work done within 0.3 s. The program does not end
    while the work runs: quitting waits for it (a batch is never cut in two), after cancelling
    it when it is ``cancellable``."""

    finished = Signal(object, object)

    def __init__(self, work: Callable[[Progress], object], title: str, label: str,
                 parent: QWidget, *, cancellable: bool = False) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self.cancellable = cancellable
        self._thread = QThread(self)
        self._worker = _Worker(work, self._cancelled)
        self._worker.moveToThread(self._thread)
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(label)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.dialog.setMinimumDuration(300)
        self.dialog.setRange(0, 0)
        self._thread.started.connect(self._worker.run)
        # Methods of this object (living in the UI thread), so the calls are queued to it.
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        app = QCoreApplication.instance()
        if app is not None:  # closing the program during the work waits for it to end
            app.aboutToQuit.connect(self._wait)

    def cancel(self) -> None:
        """Stop the work at its next progress (a cancellable job only)."""
        if self.cancellable:
            self._cancelled.set()

    def _wait(self) -> None:
        self.cancel()  # when the program is closing; when the work is done, it changes nothing
        self._thread.quit()
        self._thread.wait()

    def start(self) -> None:
        self._thread.start()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setRange(0, total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(label)

    @Slot(object, object)
    def _on_done(self, result: object, error: object) -> None:
        self._wait()
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit(result, error)
        self.deleteLater()
