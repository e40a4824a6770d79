"""View → Side by side: the open entry in the other language beside the main pane.

Staff quote the English while working in Russian (and the reverse). The companion pane shows
the same entry in the other language and the two scroll together section by section: section
ids are the same in both languages, so each pane is put at the same section and the same
fraction of the way through it, whatever the texts' lengths.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app import LANGUAGES
from desktop_app.db.records import EntryView
from desktop_app.places import Place
from desktop_app.ui.host import WindowHost
from desktop_app.ui.i18n import language_name
from desktop_app.ui.reader.detail_pane import DetailPane
from desktop_app.ui.reader.link_routing import route_links
from desktop_app.ui.theme import content_css, resolve_dark


def other_language(lang: str) -> str:
    """The language of the companion pane: of two languages, the one not shown."""
    return next(other for other in LANGUAGES if other != lang)


class SideBySide(QObject):
    """The companion pane, its View-menu action and the scrolling that ties the panes."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        self.companion = DetailPane(host.load_media)
        self.companion.setObjectName("companion-pane")
        self.main_label = QLabel()
        self.companion_label = QLabel()
        self._syncing = False
        self._shown: EntryView | None = None  # the main pane's view the companion matches

        self.box = QWidget()
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.companion_label)
        column.addWidget(self.companion, 1)
        for label in (self.main_label, self.companion_label):
            label.setMargin(4)
        host.add_pane(self.box, self.main_label)
        self.box.hide()
        self.main_label.hide()

        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcut("F6")
        self.action.toggled.connect(self.set_shown)
        host.menu("view").add("side_by_side", self.action)

        # The companion follows the main pane, and the main pane the companion.
        self._follow_timer = QTimer(self, singleShot=True, interval=0)
        self._follow_timer.timeout.connect(self._companion_follows)
        host.detail.verticalScrollBar().valueChanged.connect(self._on_main_scrolled)
        self.companion.verticalScrollBar().valueChanged.connect(self._on_companion_scrolled)
        route_links(self.companion, host.open_place, window)
        host.place_opened.connect(self._on_place_opened)
        host.zoom_changed.connect(self._on_zoom)
        host.retranslated.connect(self.retranslate)
        self.companion.installEventFilter(self)
        self.companion.set_zoom_level(host.settings.zoom)
        self.retranslate()
        self.action.setChecked(host.settings.side_by_side)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.companion and event.type() == QEvent.Type.Resize:
            self._follow_timer.start()  # the text was laid out anew: align it again
        return False

    @property
    def shown(self) -> bool:
        return self.action.isChecked()

    def set_shown(self, shown: bool) -> None:
        self.action.setChecked(shown)
        self.box.setVisible(shown)
        self.main_label.setVisible(shown)
        if self.host.settings.side_by_side != shown:
            self.host.settings.side_by_side = shown
            self.host.save_settings()
        if shown:
            self._shown = None
            self.refresh()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Side &by side"))
        tip = self.tr("Show the English and the Russian text together")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.companion.setAccessibleName(self.tr("Entry text in the other language"))
        # Nothing to render again: set_language showed the entry anew before this signal, and
        # the companion followed it (place_opened) in the new other language.

    # Content

    def refresh(self) -> None:
        """Show the main pane's entry in the other language, at the main pane's place."""
        view = self.host.view
        if not self.shown or view is None or not self.host.library.is_open:
            return
        lang = other_language(self.host.lang)
        self.main_label.setText(f"<b>{language_name(self.host.lang)}</b>")
        self.companion_label.setText(f"<b>{language_name(lang)}</b>")
        css = content_css(resolve_dark(self.host.settings.theme))
        if view is not self._shown:  # another entry, or the same one rendered anew
            self._syncing = True  # the new text starts at the top: that is no reader's scroll
            try:
                self._render_companion(view, lang, css)
            finally:
                self._syncing = False
            self._shown = view
        self._companion_follows()

    def _render_companion(self, view: EntryView, lang: str, css: str) -> None:
        with self.host.library.read() as repo:
            other = repo.entry(view.slug, lang)
        if other is None or other.fallback or view.fallback:
            missing = self.host.lang if view.fallback else lang
            text = {"en": self.tr("This entry has no English version."),
                    "ru": self.tr("This entry has no Russian version.")}[missing]
            self.companion.show_message(view.title, text, css)
        else:
            self.companion.show_entry(other, css)

    def _on_place_opened(self, _place: Place) -> None:
        if self.shown:
            self.refresh()

    def _on_zoom(self, level: int) -> None:
        self.companion.set_zoom_level(level)
        self._companion_follows()

    # Scrolling together

    def _on_main_scrolled(self, _value: int) -> None:
        if self.shown and not self._syncing:
            self._follow_timer.start()

    def _companion_follows(self) -> None:
        self._tie(self.host.detail, self.companion)

    def _on_companion_scrolled(self, _value: int) -> None:
        if self.shown and not self._syncing and self.companion.slug:
            self._tie(self.companion, self.host.detail)

    def _tie(self, leader: DetailPane, follower: DetailPane) -> None:
        if not follower.slug or follower.slug != leader.slug:
            return
        self._syncing = True
        try:
            follower.scroll_to_position(*leader.section_position())
        finally:
            self._syncing = False
