"""``field-reference self-test``: start the real window, import, open an entry, check, quit.

Used by ``scripts/build`` on the built program and by the tests: it starts on a fresh data
folder (a temporary one unless ``--data-dir`` is given), lets the first start import the
bundled pack, opens an entry other than the first, checks that it was rendered, switches to
Russian, and exits with 0 when every check passed, 1 otherwise. It runs offscreen unless
``QT_QPA_PLATFORM`` says otherwise, so it needs no screen.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEventLoop, QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from desktop_app.licences import COMPONENTS
from desktop_app.paths import DataPaths, resources_dir
from desktop_app.places import Place
from desktop_app.ui.app import build_window, make_application
from desktop_app.ui.reader.tree_model import PLACE_ROLE
from desktop_app.ui.start import start

IMPORT_TIMEOUT_MS = 180_000


def _wait_for(app: QApplication, condition: Callable[[], bool], timeout_ms: int) -> bool:
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    app.processEvents()
    return condition()


def _entry_places(model: QAbstractItemModel) -> list[Place]:
    """Every entry in the tree (areas and their entries, not sections), top to bottom."""
    places = []
    stack = [model.index(row, 0, QModelIndex()) for row in reversed(range(model.rowCount()))]
    while stack:
        index = stack.pop()
        place = index.data(PLACE_ROLE)
        if isinstance(place, Place) and not place.section:
            places.append(place)
        if model.canFetchMore(index):  # an area left unread at the start
            model.fetchMore(index)
        stack.extend(model.index(row, 0, index) for row in reversed(range(model.rowCount(index))))
    return places


def _painted_colours(pane: QAbstractScrollArea) -> int:
    image = pane.viewport().grab().toImage()
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


class _Checks:
    def __init__(self) -> None:
        self.failed = 0

    def check(self, ok: bool, what: str) -> bool:
        print(f"{'ok' if ok else 'FAILED'}: {what}", flush=True)
        self.failed += not ok
        return ok


def _check_licences(checks: _Checks) -> None:
    """What the About dialog lists: every version known (OpenSSL's only when ssl is there),
    every licence text present."""
    unknown = [c.name for c in COMPONENTS if not c.version() and c.name != "OpenSSL"]
    checks.check(not unknown, f"About knows the versions of {len(COMPONENTS)} components"
                 + (f"; not of {', '.join(unknown)}" if unknown else ""))
    missing = [text.file for c in COMPONENTS for text in c.texts
               if not (resources_dir() / text.file).is_file()]
    checks.check(not missing, "the licence texts are there"
                 + (f"; missing {', '.join(missing)}" if missing else ""))


def run_self_test(data_dir: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if data_dir:
        return _run(DataPaths(Path(data_dir).expanduser().resolve()))
    with tempfile.TemporaryDirectory(prefix="field-reference-self-test-") as folder:
        return _run(DataPaths(Path(folder)))


def _run(paths: DataPaths) -> int:
    app = make_application()
    checks = _Checks()
    window = build_window(paths, "en")
    checks.check(not app.windowIcon().isNull(), "the application icon is loaded")
    window.show()
    start(window, None)
    # The window is disabled while the first-start import runs; enabled again without an
    # entry shown means the import failed (its message box is open).
    _wait_for(app, lambda: window.view is not None or window.isEnabled(), IMPORT_TIMEOUT_MS)
    opened = window.view is not None
    pack = window.library.pack
    if not checks.check(opened and pack is not None,
                        f"the bundled pack was imported into {paths.root}"
                        + (f": {pack.id} {pack.version} of {pack.date}" if pack else "")):
        window.close()
        return 1
    places = _entry_places(window.tree_model)
    checks.check(len(places) > 1, f"the contents tree lists {len(places)} entries")
    target = places[-1] if places else Place("")
    checks.check(window.open_place(target), f"the entry {target.slug} opens")
    view = window.view
    text = window.detail.toPlainText()
    checks.check(view is not None and view.slug == target.slug and view.title in text
                 and len(text) > 200, f"its text is shown ({len(text)} characters)")
    _wait_for(app, lambda: False, 100)
    checks.check(_painted_colours(window.detail) > 3, "its page was painted")
    window.set_language("ru")
    checks.check(window.windowTitle().endswith("Полевой справочник"),
                 f"the Russian interface is used: {window.windowTitle()!r}")
    qt_context = "QPlatformTheme"  # Qt's own string, looked up in qtbase_ru.qm (not ours)
    cancel = QCoreApplication.translate(qt_context, "Cancel")
    checks.check(cancel != "Cancel", f"Qt's own Russian translation is used: {cancel!r}")
    window.set_language("en")
    _check_licences(checks)
    window.close()
    print("self-test " + ("passed" if not checks.failed else f"failed ({checks.failed})"),
          flush=True)
    return 0 if not checks.failed else 1
