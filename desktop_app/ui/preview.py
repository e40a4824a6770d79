"""``field-reference preview FOLDER``: the reader on a pack an author is writing.

The window runs on a data folder of its own (a temporary one, never the user's). Twice a
second it looks at the pack's files; after a save it checks the pack as ``pack check`` does,
rendering only the files that changed, and when the pack has no error it rebuilds the content
and shows the place that was open again. The problems are listed in a dock as
``file:line: message``; activating one opens the file. A save with an error changes nothing
else: the last good content stays in the window, the problems beside it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem

from desktop_app.content.authoring import ERROR, Finding, inspect_folder
from desktop_app.content.importer import Inspection, records_of
from desktop_app.content.render import Rendered
from desktop_app.db.content_store import build_content_db
from desktop_app.db.records import PackInfo
from desktop_app.paths import DataPaths
from desktop_app.search.query import index_text
from desktop_app.ui.app import build_window, make_application
from desktop_app.ui.host import WindowHost
from desktop_app.ui.start import attach_features, start
from desktop_app.ui.theme import content_css, resolve_dark

POLL_MS = 500
Snapshot = dict[str, tuple[int, int]]  # file → (modification time in ns, size)


def _snapshot(folder: Path) -> Snapshot:
    found = {}
    for path in folder.rglob("*"):
        try:
            if path.is_file():
                stat = path.stat()
                found[path.relative_to(folder).as_posix()] = (stat.st_mtime_ns, stat.st_size)
        except OSError:  # removed while we looked
            continue
    return found


class PackPreview(QObject):
    """Keeps the window's content in step with the pack in ``folder``."""

    def __init__(self, host: WindowHost, folder: Path) -> None:
        super().__init__(host.window())
        self.host, self.folder = host, folder
        self._cache: dict[str, Rendered] = {}
        self._seen: Snapshot = {}
        self._findings: list[Finding] = []
        self.problems = QListWidget()
        self.problems.setObjectName("pack-problems")
        self.problems.itemActivated.connect(lambda item: QDesktopServices.openUrl(
            QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole))))  # in the author's editor
        self.dock = QDockWidget(host.window())
        self.dock.setObjectName("pack-problems-dock")
        self.dock.setWidget(self.problems)
        host.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        host.retranslated.connect(self.retranslate)
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.look)
        self._timer.start(POLL_MS)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Pack problems"))
        self._show_findings(self._findings)

    def look(self) -> None:
        """Refresh when a file of the pack was saved, added or removed since the last look."""
        now = _snapshot(self.folder)
        if now != self._seen:
            self._seen = now
            self.refresh()

    def refresh(self) -> bool:
        """Check the pack and, when it has no error, show its content; True when shown."""
        seen, findings = inspect_folder(self.folder, cache=self._cache)
        self._show_findings(findings)
        if seen is None or any(f.severity == ERROR for f in findings):
            errors = sum(f.severity == ERROR for f in findings)
            if self.host.view is not None:
                self.host.notify(self.tr("The pack has {count} error(s); the window shows its "
                                         "last good state.").format(count=errors), 0)
            else:
                self.host.notify(self.tr("The pack has {count} error(s).").format(count=errors), 0)
                self.host.detail.show_message(self.tr("The pack has errors"), self.tr(
                    "Fix the problems listed below; the content appears as soon as the pack "
                    "has none."), content_css(resolve_dark(self.host.settings.theme)))
            return False
        self._show_content(seen)
        self.host.notify(self.tr("Preview updated."), 3000)
        return True

    def _show_findings(self, findings: list[Finding]) -> None:
        self._findings = findings
        self.problems.clear()
        for finding in sorted(findings, key=lambda f: f.severity != ERROR):  # errors first
            where = finding.problem.file + (f":{finding.problem.line}"
                                            if finding.problem.line else "")
            severity = self.tr("error") if finding.severity == ERROR else self.tr("warning")
            message = finding.problem.translated(
                lambda template: QCoreApplication.translate("Problems", template))
            item = QListWidgetItem(f"{where}: {severity}: {message}")
            item.setData(Qt.ItemDataRole.UserRole, str(self.folder / finding.problem.file))
            self.problems.addItem(item)
        self.dock.setVisible(bool(findings))  # out of the text's way when there is nothing

    def _show_content(self, seen: Inspection) -> None:
        manifest = seen.manifest
        info = PackInfo(manifest.id, manifest.version, manifest.date, manifest.languages,
                        manifest.title)
        place = self.host.current_place
        self.host.library.close()
        build_content_db(self.host.library.path, info, records_of(seen.entries), seen.media,
                         None, index_text=index_text)
        if self.host.load_content():
            self.host.reopen(place)


def open_preview(folder: Path, paths: DataPaths, lang: str | None) -> PackPreview:
    """The window on ``folder``'s pack, shown, with ``paths`` for its own data."""
    window = build_window(paths, lang)
    window.user.open()
    attach_features(window)
    preview = PackPreview(window, folder.resolve())
    preview.look()  # the first content, before the window starts on it
    window.show()
    if window.library.path.exists():  # else the pack has errors: the dock lists them
        start(window, None, bring_bundled=False)  # the author's pack, not the program's
    return preview


def run_preview(folder: Path, lang: str | None) -> int:
    """The window on ``folder``'s pack, on a temporary data folder, until it is closed."""
    with tempfile.TemporaryDirectory(prefix="field-reference-preview-",
                                     ignore_cleanup_errors=True) as data:
        app = make_application()
        preview = open_preview(folder, DataPaths(Path(data)), lang)
        status = app.exec()
        preview.host.library.close()
        return status
