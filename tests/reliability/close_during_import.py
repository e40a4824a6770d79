"""Run the program as staff do and close its window while an import runs:
``python -m tests.reliability.close_during_import DATA_DIR FILE``, a bookmarks file, or a
content pack when FILE is a folder. The exit status is the program's; the test then looks at
what reached the data folder."""

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


def close_during_import(source: Path) -> None:
    started = start.after_first_paint

    def then_import_and_close(window: MainWindow, paths: DataPaths, target: str | None, *,
                              tree_filled: bool) -> InstanceServer:
        server = started(window, paths, target, tree_filled=tree_filled)
        features = start.attach_features(window)
        if source.is_dir():
            features.importing.import_pack(source)
        else:
            features.bookmarks.import_from(source)
        QTimer.singleShot(CLOSE_AFTER_MS, window.close)
        return server

    start.after_first_paint = then_import_and_close


if __name__ == "__main__":
    close_during_import(Path(sys.argv[2]))
    sys.exit(main(["--data-dir", sys.argv[1]]))
