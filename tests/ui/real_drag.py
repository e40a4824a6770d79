"""A real mouse drag of a bookmark onto a folder, on a real X display (run by
test_bookmark_real_drag.py in its own process: the test session's Qt is offscreen, and the
offscreen platform has no drag and drop)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.app import build_window
from desktop_app.ui.bookmarks.model import BOOKMARK, FOLDER
from desktop_app.ui.start import start
from tests.packs import write_pack
from tests.ui.conftest import features


def main(root: Path) -> int:
    paths = DataPaths(root / "data").ensure()
    import_pack(write_pack(root / "pack"), paths.content_db)
    window = build_window(paths, "en")
    window.show()
    start(window, "mission")
    store = features(window).bookmarks.store
    folder = store.add_folder("Checkpoints")
    mark = store.add(Place("borders")).id
    panel = features(window).bookmarks.panel
    panel.show()
    QTest.qWaitForWindowExposed(window)
    QApplication.processEvents()
    view = panel.view
    source = view.visualRect(panel.index_of(BOOKMARK, mark)).center()
    target = view.visualRect(panel.index_of(FOLDER, folder.id)).center()
    handle = window.windowHandle()
    assert handle is not None

    def at(point: QPoint) -> QPoint:
        return view.viewport().mapTo(window, point)

    def while_dragging() -> None:  # QDrag.exec runs its own loop until the button is let go
        for step in range(1, 6):
            QTest.mouseMove(handle, at(source + (target - source) * (step / 5)))
            QTest.qWait(30)
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           at(target))

    QTimer.singleShot(200, while_dragging)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(source))
    QTest.mouseMove(handle, at(source + QPoint(0, 3)))
    QTest.mouseMove(handle, at(source + QPoint(0, 25)))  # past the drag distance: drag starts
    QTest.qWait(500)
    moved = store.bookmark_folder(mark) == folder.id
    print("moved" if moved else "not moved")
    return 0 if moved else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
