"""Acting right after the window's first paint of an entry.

The start (``app.run_app``) paints the last entry from plain sqlite3 and opens the databases
(SQLAlchemy) only once that paint is on screen. The start-up benchmark uses the hidden
``FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT``: ``1`` prints ``first-paint <seconds since process
start> <peak RSS in KiB>`` after that first paint and quits with 0; ``ready`` waits instead
until the databases are open and the place was opened through them.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea

from desktop_app.startup_clock import elapsed, peak_rss_kb
from desktop_app.ui.host import WindowHost

ENV_EXIT_AFTER_FIRST_PAINT = "FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT"


def exit_mode() -> str:
    """"" (run normally), "paint" or "ready"."""
    value = os.environ.get(ENV_EXIT_AFTER_FIRST_PAINT, "")
    if value in ("", "0"):
        return ""
    return "ready" if value == "ready" else "paint"


class AfterPaint(QObject):
    """Calls ``then`` once, just after ``pane``'s first paint following :meth:`arm` (or at
    once armed, when ``armed`` is true); after ``fallback_ms`` in any case, should the window
    not be painted (started minimised, say)."""

    def __init__(self, pane: QAbstractScrollArea, then: Callable[[], None], armed: bool,
                 fallback_ms: int | None = None) -> None:
        super().__init__(pane)
        self.viewport, self.then = pane.viewport(), then
        self._armed, self._done = armed, False
        self.viewport.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._fallback)

    def _fallback(self) -> None:
        if not self._done:
            self._done = True
            self.viewport.removeEventFilter(self)
            self.then()

    def arm(self, *_args: object) -> None:
        self._armed = True
        self.viewport.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self.viewport.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this paint has reached the screen
        return False


def _print_and_quit() -> None:
    print(f"first-paint {elapsed():.4f} {peak_rss_kb()}", flush=True)
    QCoreApplication.exit(0)


def exit_after_first_paint(host: WindowHost, mode: str) -> AfterPaint:
    """For the benchmark: quit after the first paint of an entry (``mode`` "paint"), or after
    the first paint once the place was opened through the databases ("ready")."""
    probe = AfterPaint(host.detail, _print_and_quit,
                       armed=mode == "paint" and host.view is not None)
    host.place_opened.connect(probe.arm)
    return probe
