"""Bookmarks in the main window: Ctrl+D, the toolbar star, context menus of the tree and of the
detail pane's headings, the panel (Ctrl+B), File → Export/Import, Go → Recently read.

The start attaches :class:`BookmarkFeature` to the window's host; everything else hangs off
the host's signals.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop_app.bookmarks.files import BookmarkFileError, read_file, write_file
from desktop_app.bookmarks.store import NOT_SAVED_ERRORS, ImportReport, StoreBusy
from desktop_app.db.bookmark_records import MISSING
from desktop_app.places import Place
from desktop_app.ui.actions import make_action, refuse_in_read_only, set_texts
from desktop_app.ui.background import BackgroundJob, Progress
from desktop_app.ui.bookmarks.icons import star_icon
from desktop_app.ui.bookmarks.model import BOOKMARK, STATUS_ROLE
from desktop_app.ui.bookmarks.panel import BookmarksPanel
from desktop_app.ui.bookmarks.service import BookmarkService, why_not_saved
from desktop_app.ui.host import WindowHost
from desktop_app.ui.i18n import problem_text
from desktop_app.ui.messages import why_not_written
from desktop_app.ui.plain_text import plain_tip
from desktop_app.ui.reader.tree_model import PLACE_ROLE
from desktop_app.ui.zoom import zoom_widget

RECENT_LIMIT = 50
SAVE_TRIES = 3  # a bookmark waits for the lock this many times, SAVE_RETRY_MS apart
SAVE_RETRY_MS = 1000


class BookmarkFeature(QObject):
    """The bookmark actions of one window, parented to it."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        self.service = BookmarkService(host.user, window)
        self.store = self.service.store
        self.panel = BookmarksPanel(self.service, host.lang, window,
                                    read_only=host.user.read_only)
        host.add_dock(self.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.panel.hide()

        self.act_bookmark = make_action(window, self.bookmark_current, "Ctrl+D")
        self.act_star = make_action(window, self._on_star, checkable=True)
        self.act_star.setIcon(star_icon())
        self.act_panel = self.panel.toggleViewAction()
        self.act_go_panel = make_action(window, self.panel.show_and_focus, "Ctrl+B")
        self.act_export = make_action(window, self.choose_export_file)
        self.act_import = make_action(window, self.choose_import_file)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self.fill_recent)

        host.menu("edit").add("undo", self.panel.act_undo, self.panel.act_redo)
        host.menu("edit").add("bookmark", self.act_bookmark)
        host.menu("view").add("bookmarks", self.act_panel)
        host.menu("view").add("focus", self.act_go_panel)
        host.menu("file").add("bookmarks", self.act_export, self.act_import)
        host.menu("go").add_menu("recent", self.recent_menu)
        host.toolbar().add("bookmarks", self.act_star)

        host.place_menus.add("bookmark", self._bookmark_offer)
        host.place_opened.connect(self._on_place_opened)
        host.detail.section_in_view.connect(self._on_section_in_view)
        host.content_loaded.connect(self._on_content_loaded)
        host.retranslated.connect(self.retranslate_ui)
        host.zoom_changed.connect(lambda level: zoom_widget(self.panel.view, level))
        if host.settings.zoom:
            zoom_widget(self.panel.view, host.settings.zoom)
        self.service.changed.connect(self.update_star)
        self.service.not_saved.connect(self._tell_not_saved)
        self._not_saved_box: QMessageBox | None = None
        self.panel.open_requested.connect(self._open_from_panel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            self.act_bookmark: (self.tr("&Bookmark this place"),
                                self.tr("Bookmark the section in view, or the entry")),
            self.act_star: (self.tr("Bookmark"),
                            self.tr("Bookmark this place, or remove its bookmark")),
            self.act_panel: (self.tr("&Bookmarks panel"), self.tr("Show or hide your bookmarks")),
            self.act_go_panel: (self.tr("Go to the b&ookmarks"),
                                self.tr("Show your bookmarks and move the keyboard focus there")),
            self.act_export: (self.tr("&Export bookmarks…"),
                              self.tr("Save your bookmarks to a file, to keep or to move")),
            self.act_import: (self.tr("I&mport bookmarks…"),
                              self.tr("Add the bookmarks from a file to yours")),
        }
        set_texts(texts)
        if self.host.user.read_only:
            refuse_in_read_only([self.act_bookmark, self.act_star, self.act_import])
        self.recent_menu.setTitle(self.tr("&Recently read"))
        self.panel.retranslate_ui()
        if self.panel.model.lang != self.host.lang:
            self.panel.model.set_lang(self.host.lang)

    # The current place and the star

    def current_place(self) -> Place | None:
        """The section in view (as the history records it), or the entry."""
        view = self.host.view
        if view is None:
            return None
        current = self.host.current_place
        return current if current is not None and current.slug == view.slug else Place(view.slug)

    def _on_section_in_view(self, _section: str) -> None:
        self.update_star()

    def update_star(self) -> None:
        place = self.current_place()
        self.act_star.setEnabled(place is not None and not self.host.user.read_only)
        self.act_star.setChecked(place is not None and self.store.is_bookmarked(place))

    def _on_star(self, checked: bool) -> None:
        place = self.current_place()
        if place is not None:
            self.set_bookmarked(place, checked)
        self.update_star()

    def set_bookmarked(self, place: Place, on: bool) -> None:
        """Bookmark ``place``, or delete its bookmarks (undoable with Ctrl+Z)."""
        existing = self.store.at(place)
        if on and not existing:
            self._add(place, tries_left=SAVE_TRIES)
        elif not on and existing:
            if self.panel.delete([b.id for b in existing], [],
                                 existing[0].label(self.host.lang)):
                self.host.notify(self.tr("Bookmark removed; Ctrl+Z brings it back."), 5000)

    def _add(self, place: Place, tries_left: int) -> None:
        """Bookmark ``place``; while another Field Reference holds the bookmarks, say so and
        try again a moment later, and say plainly when it was not saved in the end."""
        try:
            mark = self.store.add(place)
        except NOT_SAVED_ERRORS as exc:
            if isinstance(exc, StoreBusy) and tries_left > 1:
                self.host.notify(self.tr("Saving… another Field Reference is busy with the "
                                         "bookmarks."), 0)
                QTimer.singleShot(SAVE_RETRY_MS, lambda: self._add(place, tries_left - 1))
            else:
                self._tell_not_saved(self.tr("The bookmark was not saved: {reason}.").format(
                    reason=why_not_saved(exc)))
            return
        self.panel.select(BOOKMARK, mark.id)
        self.update_star()
        self.host.notify(self.tr("Bookmarked “{title}”.").format(
            title=mark.label(self.host.lang)), 5000)

    def bookmark_current(self) -> None:
        place = self.current_place()
        if place is None:
            return
        existing = self.store.at(place)
        if existing:
            self.panel.select(BOOKMARK, existing[0].id)
            self.host.notify(self.tr(
                "“{title}” is already bookmarked.").format(
                title=existing[0].label(self.host.lang)), 5000)
        else:
            self.set_bookmarked(place, True)
        self.update_star()

    # Context menus

    def _bookmark_offer(self, menu: QMenu, place: Place, title: str, _in_tree: bool
                        ) -> list[QAction]:
        """An entry of the tree's and the text's context menus that bookmarks ``place``, or
        removes its bookmark."""
        title = title or (self.host.view.title if self.host.view else str(place))
        marked = self.store.is_bookmarked(place)
        text = (self.tr("Remove the bookmark of “{title}”") if marked
                else self.tr("Bookmark “{title}”")).format(title=title.replace("&", "&&"))
        action = QAction(text, menu)
        action.triggered.connect(lambda: self.set_bookmarked(place, not marked))
        if self.host.user.read_only:
            refuse_in_read_only([action])
        return [action]

    # Opening

    def _open_from_panel(self, index: QModelIndex) -> None:
        place = index.data(PLACE_ROLE)
        if not isinstance(place, Place):
            return
        if index.data(STATUS_ROLE) == MISSING:
            title = index.data(Qt.ItemDataRole.EditRole)
            entry_left = place.section and self.store.target(Place(place.slug)) is not None
            if entry_left and self.host.open_place(Place(place.slug)):
                message = self.tr("The section of “{title}” is no longer in the content; its "
                                  "entry is shown. The bookmark is kept.")
            else:
                message = self.tr("“{title}” is no longer in the content; the bookmark is "
                                  "kept.")
            self.host.notify(message.format(title=title), 8000)
            return
        self.host.open_place(place)

    def _on_place_opened(self, place: Place) -> None:
        with self.service.saving(quiet=True):  # bookkeeping: done again when next opened
            self.store.opened(place)
        self.update_star()

    def _on_content_loaded(self) -> None:
        self.service.follow_content(self.host.library)

    # Recently read

    def fill_recent(self) -> None:
        """Filled when the menu opens: opening an entry from it must not delete the entries
        while one of them is still being triggered."""
        self.recent_menu.clear()
        for row in self.store.recent(RECENT_LIMIT):
            titles = (self.store.target(Place(row.slug)) or ({}, ""))[0]
            title = titles.get(self.host.lang) or next(iter(titles.values()), row.slug)
            action = self.recent_menu.addAction(title.replace("&", "&&"))
            action.setToolTip(plain_tip(row.slug))
            action.triggered.connect(partial(self._open_recent, Place(row.slug, row.section)))

    def _open_recent(self, place: Place, _checked: bool = False) -> None:
        self.host.open_place(place)

    # Files

    def export_to(self, path: Path, fmt: str | None = None) -> str:
        return write_file(path, self.store.export_document(), fmt, self.host.lang)

    def choose_export_file(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self.host.window(), self.tr("Export bookmarks"), str(Path.home() / "bookmarks.json"),
            self.tr("Field Reference bookmarks (*.json)") + ";;"
            + self.tr("XBEL for other programs (*.xbel)"))
        if not name:
            return
        path = Path(name)
        fmt = "xbel" if "xbel" in chosen or path.suffix.lower() == ".xbel" else "json"
        try:
            self.export_to(path, fmt)
        except BookmarkFileError as exc:
            why = exc.__cause__
            text = (self.tr("{file} was not saved: {reason}.").format(
                file=path.name, reason=why_not_written(why))
                if isinstance(why, OSError) else problem_text(exc.problem))
            self._message(QMessageBox.Icon.Warning, self.tr("The bookmarks were not exported"),
                          text)
            return
        self.host.notify(self.tr("Bookmarks exported to {file}.").format(
            file=path), 8000)

    def import_from(self, path: Path) -> BackgroundJob:
        """Read ``path`` and merge it into the bookmarks off the UI thread, in batches, with a
        progress dialog; a message box tells the outcome."""
        def work(progress: Progress) -> ImportReport:
            document = read_file(path)
            return self.store.import_in_batches(document, progress=lambda done, total: progress(
                done, total, self.tr("Importing bookmarks: {done} of {total}").format(
                    done=done, total=total)))

        job = BackgroundJob(work, self.tr("Importing bookmarks"),
                            self.tr("Reading {file}…").format(file=path.name), self.host.window())
        job.finished.connect(self._imported)
        job.start()
        return job

    def _imported(self, report: object, error: object) -> None:
        if isinstance(error, BookmarkFileError):
            self._message(QMessageBox.Icon.Warning, self.tr("The bookmarks were not imported"),
                          self.tr("The file could not be imported; your bookmarks are unchanged."
                                  "\n\n{problem}").format(problem=problem_text(error.problem)))
        elif isinstance(error, Exception):  # a full disk, another window busy with them
            if not isinstance(error, NOT_SAVED_ERRORS):  # a mistake here: keep its traceback
                logging.getLogger(__name__).error("a bookmarks import failed", exc_info=error)
            self._message(QMessageBox.Icon.Warning, self.tr("The import stopped"), self.tr(
                "The bookmarks could not all be saved ({problem}). Those saved before that are "
                "kept; import the file again to add the rest.").format(
                problem=why_not_saved(error)))
        elif isinstance(report, ImportReport):
            self.panel.show()
            self._message(QMessageBox.Icon.Information, self.tr("Bookmarks imported"), self.tr(
                "{added} bookmarks added, {skipped} skipped because they were already there, "
                "{folders} folders added.").format(added=report.added, skipped=report.skipped,
                                                   folders=report.folders_added))

    def choose_import_file(self) -> None:
        name, _chosen = QFileDialog.getOpenFileName(
            self.host.window(), self.tr("Import bookmarks"), str(Path.home()),
            self.tr("Field Reference bookmarks (*.json)"))
        if name:
            self.import_from(Path(name))

    def _tell_not_saved(self, text: str) -> None:
        """A change the reader made was not kept: a box, which the status bar's width cannot
        cut short; one at a time, holding the latest."""
        self.host.notify("", 0)  # the "Saving…" note, if it was there, is over
        if self._not_saved_box is not None and self._not_saved_box.isVisible():
            self._not_saved_box.setText(text)
            return
        box = self._message(QMessageBox.Icon.Warning, self.tr("Not saved"), text)
        self._not_saved_box = box
        box.finished.connect(partial(self._forget_not_saved_box, box))

    def _forget_not_saved_box(self, box: QMessageBox, _result: int) -> None:
        if self._not_saved_box is box:
            self._not_saved_box = None

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.host.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

