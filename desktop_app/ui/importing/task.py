"""Runs a content import off the UI thread, with a progress dialog, and reports the outcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem


class _Worker(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)  # PackInfo
    failed = Signal(list)  # list[Problem], translated by the window in the UI thread

    def __init__(self, source: Path, content_db: Path) -> None:
        super().__init__()
        self.source, self.content_db = source, content_db

    @Slot()
    def run(self) -> None:
        from desktop_app.content.importer import import_pack  # Markdown, nh3: only when importing

        try:
            info = import_pack(self.source, self.content_db, self.progress.emit)
        except PackError as exc:
            self.failed.emit(list(exc.problems))
        except Exception as exc:  # disk full, permissions: say it, keep the old content
            self.failed.emit([Problem(str(self.source), None, QT_TRANSLATE_NOOP(
                "Problems", "could not be imported ({error})."), {"error": exc})])
        else:
            self.succeeded.emit(info)


class ImportTask(QObject):
    """One import; ``finished`` carries the PackInfo, or None and the problems."""

    finished = Signal(object, list)

    def __init__(self, source: Path, content_db: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.source = source
        self._thread = QThread(self)
        self._worker = _Worker(source, content_db)
        self._worker.moveToThread(self._thread)
        self._dialog = QProgressDialog(parent)
        self._dialog.setWindowTitle(self.tr("Importing content"))
        self._dialog.setLabelText(self.tr("Reading {name}…").format(name=source.name))
        self._dialog.setCancelButton(None)
        self._dialog.setMinimumDuration(300)
        self._dialog.setRange(0, 0)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        # Methods of this object (living in the UI thread), so the calls are queued to it.
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        self._dialog.setRange(0, total)
        self._dialog.setValue(done)
        self._dialog.setLabelText(self.tr("Importing {done} of {total}: {what}").format(
            done=done, total=total, what=what))

    @Slot(object)
    def _on_succeeded(self, info: object) -> None:
        self._finish(info, [])

    @Slot(list)
    def _on_failed(self, problems: list[Problem]) -> None:
        self._finish(None, problems)

    def _finish(self, info: object, problems: list[Problem]) -> None:
        self._thread.quit()
        self._thread.wait()
        self._dialog.reset()
        self._dialog.hide()
        self.finished.emit(info, problems)
        self.deleteLater()
