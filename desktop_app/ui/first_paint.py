"""Quit right after the first complete paint: the hidden hook the start-up benchmark uses.

With ``FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT=1`` the program waits until an entry is shown
(tree filled, last place rendered), lets the detail pane paint it once, prints
``first-paint <seconds since process start>`` on stdout and quits with 0.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from desktop_app.startup_clock import elapsed
from desktop_app.ui.main_window import MainWindow

ENV_EXIT_AFTER_FIRST_PAINT = "FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT"


def wanted() -> bool:
    return os.environ.get(ENV_EXIT_AFTER_FIRST_PAINT, "") not in ("", "0")


class FirstPaintExit(QObject):
    """Watches the detail pane's viewport; the first paint after an entry is shown ends it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._armed = False
        self._done = False
        window.place_opened.connect(self._arm)
        window.detail.viewport().installEventFilter(self)

    def _arm(self, _place: object) -> None:
        self._armed = True
        self.window.detail.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self._armed and not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._finish)  # after this paint has reached the screen
        return False

    def _finish(self) -> None:
        print(f"first-paint {elapsed():.4f}", flush=True)
        sys.stdout.flush()
        QCoreApplication.exit(0)
