"""Run the program as staff do and close its window while a bookmark import runs:
``python -m tests.reliability.close_during_import DATA_DIR FILE``. The exit status is the
program's; the test then counts what reached user.sqlite."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop_app.cli import main
from desktop_app.paths import DataPaths
from desktop_app.ui import start
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.single_instance import InstanceServer

CLOSE_AFTER_MS = 300  # the import has begun and is far from done


def close_during_import(bookmarks_file: Path) -> None:
    started = start.after_first_paint

    def then_import_and_close(window: MainWindow, paths: DataPaths, target: str | None, *,
                              tree_filled: bool) -> InstanceServer:
        server = started(window, paths, target, tree_filled=tree_filled)
        start.attach_features(window).bookmarks.import_from(bookmarks_file)
        QTimer.singleShot(CLOSE_AFTER_MS, window.close)
        return server

    start.after_first_paint = then_import_and_close


if __name__ == "__main__":
    close_during_import(Path(sys.argv[2]))
    sys.exit(main(["--data-dir", sys.argv[1]]))
