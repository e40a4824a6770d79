"""The window's status bar: the open entry's thematic area, the zoom level when it is not
100 %, and the content pack's version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop_app.db.records import EntryView, PackInfo
from desktop_app.ui.pack_text import pack_text
from desktop_app.ui.zoom import zoom_percent


class StatusLine:
    """Labels on ``bar``; the bar's own messages (``notify``) show over them for a while."""

    def __init__(self, bar: QStatusBar) -> None:
        self.area_label = QLabel(bar)
        self.zoom_label = QLabel(bar)
        self.pack_label = QLabel(bar)
        for label in (self.area_label, self.zoom_label, self.pack_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # pack text is never markup
        bar.addWidget(self.area_label, 1)
        bar.addPermanentWidget(self.zoom_label)
        bar.addPermanentWidget(self.pack_label)
        self.zoom_level = 0
        self.zoom_label.hide()

    def show(self, view: EntryView | None, pack: PackInfo | None, lang: str) -> None:
        self.area_label.setText(view.area_title or "" if view else "")
        self.pack_label.setText(pack_text(pack, lang) if pack
                                else QCoreApplication.translate("StatusLine", "No content"))

    def show_zoom(self, level: int) -> None:
        """Show "Zoom 120 %", or nothing at the normal size."""
        self.zoom_level = level
        self.zoom_label.setText(QCoreApplication.translate("StatusLine", "Zoom {percent} %")
                                .format(percent=zoom_percent(level)))
        self.zoom_label.setVisible(level != 0)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.show_zoom(self.zoom_level)
        self.zoom_label.setAccessibleName(translate("StatusLine", "Text size"))
        self.area_label.setAccessibleName(translate("StatusLine", "Thematic area"))
        self.pack_label.setAccessibleName(translate("StatusLine", "Content pack"))
