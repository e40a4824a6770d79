"""The start-up baseline: a bare PySide6 window showing the same tree and entry as the app.

A QMainWindow with a QTreeView (a QStandardItemModel of the same titles) beside a
QTextBrowser given the same HTML, started as ``python benchmarks/bare_window.py DATA.json``.
Like the app under ``FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT=1`` it prints
``first-paint <seconds since process start> <peak RSS in KiB>`` after the browser's first
paint and quits.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView

from desktop_app.startup_clock import elapsed, peak_rss_kb


class _ExitOnPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app, self.done = app, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print(f"first-paint {elapsed():.4f} {peak_rss_kb()}", flush=True)
        self.app.exit(0)


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as file:
        data = json.load(file)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(window)
    for area, entries in data["tree"]:
        item = QStandardItem(area)
        item.appendRows([QStandardItem(title) for title in entries])
        model.appendRow(item)
    tree = QTreeView(window)
    tree.setModel(model)
    tree.setHeaderHidden(True)
    tree.expandToDepth(0)
    browser = QTextBrowser(window)
    browser.setHtml(data["html"])
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(tree)
    splitter.addWidget(browser)
    splitter.setSizes([300, 700])
    window.setCentralWidget(splitter)
    window.resize(1100, 720)
    browser.viewport().installEventFilter(_ExitOnPaint(app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
