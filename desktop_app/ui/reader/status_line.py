"""The window's status bar: the open entry's thematic area, and the content pack's version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop_app.db.records import EntryView, PackInfo
from desktop_app.ui.pack_text import pack_text


class StatusLine:
    """Two labels on ``bar``; the bar's own messages (``notify``) show over them for a while."""

    def __init__(self, bar: QStatusBar) -> None:
        self.area_label = QLabel(bar)
        self.pack_label = QLabel(bar)
        bar.addWidget(self.area_label, 1)
        bar.addPermanentWidget(self.pack_label)

    def show(self, view: EntryView | None, pack: PackInfo | None, lang: str) -> None:
        self.area_label.setText(view.area_title or "" if view else "")
        self.pack_label.setText(pack_text(pack, lang) if pack
                                else QCoreApplication.translate("StatusLine", "No content"))

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.area_label.setAccessibleName(translate("StatusLine", "Thematic area"))
        self.pack_label.setAccessibleName(translate("StatusLine", "Content pack"))
