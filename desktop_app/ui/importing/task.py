"""Runs a content import off the UI thread, with a progress dialog, and reports the outcome."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem
from desktop_app.reasons import reason
from desktop_app.ui.background import BackgroundJob, Cancelled, Progress

if TYPE_CHECKING:
    from desktop_app.content.trust import Trust


class ImportTask(QObject):
    """One import; ``finished`` carries the PackInfo, or None and the problems (translated by
    the window in the UI thread), or None and no problem when it was cancelled."""

    finished = Signal(object, list)

    def __init__(self, source: Path, content_db: Path, parent: QWidget, *,
                 keep_in: Path | None = None, trust: Trust | None = None,
                 cancellable: bool = False) -> None:
        super().__init__(parent)
        self.source, self.content_db, self.keep_in = source, content_db, keep_in
        self.trust = trust
        self._job = BackgroundJob(self._import, self.tr("Importing content"),
                                  self.tr("Reading {name}…").format(name=source.name), parent,
                                  cancellable=cancellable)
        self._job.finished.connect(self._on_finished)

    def start(self) -> None:
        self._job.start()

    @property
    def dialog(self) -> QProgressDialog:
        return self._job.dialog

    def _import(self, progress: Progress) -> object:
        """On the job's thread."""
        from desktop_app.content.importer import import_pack  # Markdown, nh3: only when importing

        def tell(done: int, total: int, what: str) -> None:
            progress(done, total, self.tr("Importing {done} of {total}: {what}").format(
                done=done, total=total, what=what))

        return import_pack(self.source, self.content_db, tell, keep_in=self.keep_in,
                           trust=self.trust)

    def _on_finished(self, info: object, error: object) -> None:
        if isinstance(error, Cancelled):
            problems = []
        elif isinstance(error, PackError):
            problems = list(error.problems)
        elif error is not None:  # disk full, permissions: say it, keep the old content
            problems = [Problem(str(self.source), None, QT_TRANSLATE_NOOP(
                "Problems", "could not be imported ({error})."),
                {"error": reason(error) if isinstance(error, BaseException) else error},
                phrases=("error",))]
        else:
            problems = []
        self.finished.emit(info, problems)
        self.deleteLater()
