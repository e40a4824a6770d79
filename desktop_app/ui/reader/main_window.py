"""The main window: the content tree beside the detail pane, with history, find, zoom and themes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content.open import open_installed
from desktop_app.db.records import EntryNode, EntryView, PackInfo, SectionNode
from desktop_app.library import ContentLibrary, FirstView, UserData
from desktop_app.places import History, Place
from desktop_app.problems import Problem
from desktop_app.settings import ZOOM_RANGE, Settings, SettingsStore
from desktop_app.ui.i18n import Translators
from desktop_app.ui.reader.detail_pane import DetailPane
from desktop_app.ui.reader.find_bar import FindBar
from desktop_app.ui.reader.place_saver import PlaceSaver
from desktop_app.ui.reader.tree_model import OPEN_AT_START, PLACE_ROLE, TreeModel
from desktop_app.ui.reader.window_menus import WindowMenus
from desktop_app.ui.theme import apply_palette, content_css, resolve_dark

if TYPE_CHECKING:
    from desktop_app.content.pack import Manifest
    from desktop_app.ui.bookmarks.feature import BookmarkFeature
    from desktop_app.ui.importing.task import ImportTask
    from desktop_app.ui.printing.feature import PrintFeature
    from desktop_app.ui.reader.side_by_side import SideBySide
    from desktop_app.ui.search.panel import SearchPanel


class MainWindow(QMainWindow):
    """Signals:
    content_loaded(): the tree was (re)filled from the content database.
    place_opened(object): a Place is now shown.
    retranslated(): every string was set again in the current language.
    zoom_changed(int): the text zoom level changed.

    A feature (bookmarks, search, printing…) lives in a module of its own under ``ui/``: it
    takes the window, adds its actions to the window's menus and toolbar, and listens to
    these signals, so this class only creates it, in :meth:`attach_features`.
    """

    content_loaded = Signal()
    place_opened = Signal(object)
    retranslated = Signal()
    zoom_changed = Signal(int)

    def __init__(self, library: ContentLibrary, user: UserData, settings_store: SettingsStore,
                 settings: Settings, translators: Translators) -> None:
        super().__init__()
        self.library, self.user = library, user
        self.settings_store, self.settings = settings_store, settings
        self.translators = translators
        self.lang = translators.lang
        self.history = History()
        self.view: EntryView | None = None
        self._syncing_tree = False

        self.tree_model = TreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.detail = DetailPane(self._load_media, self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setMargin(6)
        self.notice.hide()
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.place_saver = PlaceSaver(user, self.detail, lambda: self.view, self)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        self.detail_box = QWidget(self)  # the detail pane, with room for a header above it
        box_column = QVBoxLayout(self.detail_box)
        box_column.setContentsMargins(0, 0, 0, 0)
        box_column.setSpacing(0)
        box_column.addWidget(self.detail, 1)
        self.panes = QSplitter(Qt.Orientation.Horizontal, right)  # side by side adds one
        self.panes.setChildrenCollapsible(False)
        self.panes.addWidget(self.detail_box)
        column.addWidget(self.panes, 1)
        column.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        self.setCentralWidget(self.splitter)
        self.area_label = QLabel(self)
        self.pack_label = QLabel(self)
        self.statusBar().addWidget(self.area_label, 1)
        self.statusBar().addPermanentWidget(self.pack_label)

        self.menus = WindowMenus(self)
        self._connect()
        self.detail.set_zoom_level(settings.zoom)
        self.retranslate_ui()
        self._restore_window_state()
        self._update_actions()
        self.features_attached = False

    def attach_features(self) -> None:
        """Create bookmarks, search, side by side and printing (once).

        The start (``app.run_app``) calls this just after the first paint, so that none of
        their modules is imported before it; ``app.build_window`` at once. The docks they
        add are then put back where the last session left them.
        """
        if self.features_attached:
            return
        from desktop_app.ui.bookmarks.feature import BookmarkFeature
        from desktop_app.ui.printing.feature import PrintFeature
        from desktop_app.ui.reader.side_by_side import SideBySide
        from desktop_app.ui.search.panel import SearchPanel

        self.features_attached = True
        self.bookmarks: BookmarkFeature = BookmarkFeature(self)
        self.search_panel: SearchPanel = SearchPanel(self)
        self.side_by_side: SideBySide = SideBySide(self)
        self.printing: PrintFeature = PrintFeature(self)
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))

    # Construction

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.activated.connect(lambda index: self._on_tree_current(index, QModelIndex()))
        self.route_links(self.detail)
        self.detail.section_in_view.connect(self._on_section_in_view)
        self.find_bar.search_changed.connect(self._on_find_text)
        self.find_bar.next_requested.connect(self._on_find_next)
        self.find_bar.closed.connect(lambda: self.detail.find_all(""))
        self.find_bar.closed.connect(self.detail.setFocus)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def retranslate_ui(self) -> None:
        self.menus.retranslate()
        self.tree.setAccessibleName(self.tr("Contents"))
        self.tree.setToolTip(self.tr("Contents by thematic area"))
        self.detail.setAccessibleName(self.tr("Entry text"))
        self.notice.setAccessibleName(self.tr("Notice"))
        self.area_label.setAccessibleName(self.tr("Thematic area"))
        self.pack_label.setAccessibleName(self.tr("Content pack"))
        self._update_title()
        self._update_status()
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Content

    def load_content(self, fill_tree: bool = True) -> bool:
        """(Re)open the content database and fill the tree (unless ``show_first_view`` just
        did, from the same file); False when it must be imported."""
        if open_installed(self.library) is not None:
            self.tree_model.set_nodes([], self._sections_of, self._entries_under)
            return False
        if fill_tree:
            self._fill_tree()
        self._update_status()
        self.content_loaded.emit()
        return True

    def _fill_tree(self, nodes: list[EntryNode] | None = None) -> None:
        """Fill the tree (from the open library unless ``nodes`` are given) and open the
        top-level entries (the thematic areas) whose entries were read: those that fit in
        OPEN_AT_START together; the others are read when opened."""
        if nodes is None:
            keep = self.view.slug if self.view else ""
            with self.library.read() as repo:
                nodes = repo.tree(self.lang, OPEN_AT_START, keep)
        model = self.tree_model
        model.set_nodes(nodes, self._sections_of, self._entries_under)
        for row, node in enumerate(nodes):
            if not node.more_children:
                self.tree.expand(model.index(row, 0))

    def show_first_view(self, first: FirstView) -> None:
        """Paint the tree and the last entry before user.sqlite and the features are open
        (see app.run_app)."""
        self._fill_tree(first.tree)
        self._show_view(first.view)
        self.detail.verticalScrollBar().setValue(first.scroll)
        self._select_in_tree(Place(first.view.slug, first.section))

    def _sections_of(self, slug: str) -> list[SectionNode]:
        """For the tree, when it shows an entry's sections; none while an import replaces the
        content."""
        if not self.library.is_open:
            return []
        with self.library.read() as reader:
            return reader.sections(slug, self.lang)

    def _entries_under(self, slug: str) -> list[EntryNode]:
        """For the tree, when it opens an area it left unread (see ``_fill_tree``)."""
        if not self.library.is_open:
            return []
        with self.library.read() as reader:
            return reader.children(slug, self.lang)

    def show_preparing(self, rebuilding: bool = False) -> None:
        if rebuilding:
            text = self.tr("The content database could not be read, so it is being rebuilt "
                           "from the content that came with Field Reference. Your bookmarks "
                           "and notes are kept apart and are not affected.")
        else:
            text = self.tr("The content is being imported for the first time; "
                           "this takes a moment.")
        self.detail.show_message(self.tr("Preparing the content"), text,
                                 content_css(resolve_dark(self.settings.theme)))

    def _load_media(self, path: str) -> bytes | None:
        if not self.library.is_open:
            return None
        with self.library.read() as repo:
            media = repo.media(path)
        return media.data if media else None

    def import_pack(self, source: Path, then: Callable[[], None] | None = None) -> ImportTask:
        """Import ``source`` in the background; the old content stays until the new one is in.

        Afterwards the content is reloaded and ``then`` runs; by default the place that was
        open is shown again (or the first entry, where it no longer exists).
        """
        from desktop_app.ui.importing.task import ImportTask  # not needed for the first paint

        place = self.history.current
        self.library.close()
        self.setEnabled(False)
        task = ImportTask(source, self.library.path, self)
        task.finished.connect(lambda info, problems: self._import_finished(
            info, problems, then or (lambda: self._reopen(place))))
        task.start()
        return task

    def _import_finished(self, info: PackInfo | None, problems: list[Problem],
                         then: Callable[[], None]) -> None:
        self.setEnabled(True)
        loaded = self.load_content()
        if info is None:
            self.show_import_problems(problems)
        else:
            self.statusBar().showMessage(self.tr("Content version {version} imported.").format(
                version=info.version), 8000)
        if loaded:
            then()

    def _reopen(self, place: Place | None) -> None:
        self.view = None
        if place is None or not self.open_place(place, add_to_history=False):
            self.go_home()

    def show_import_problems(self, problems: list[Problem]) -> None:
        from desktop_app.ui import messages  # message boxes: not needed for the first paint

        messages.import_problems(self, problems)

    def choose_pack_to_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not needed for the first paint

        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import content pack"), str(Path.home()),
            self.tr("Content packs (manifest.toml *.zip)"))
        if name:
            path = Path(name)
            self.import_pack_checked(path.parent if path.name == "manifest.toml" else path)

    def import_pack_checked(self, source: Path) -> None:
        """Import ``source``, asking first when it is older than the content installed."""
        from desktop_app.content.pack import (  # not needed for the first paint
            peek_manifest,
            version_key,
        )
        from desktop_app.ui import messages

        installed, chosen = self.library.pack, peek_manifest(source)
        if installed and chosen and version_key(chosen.version) < version_key(installed.version):
            messages.ask_import_older(self, self._pack_text(chosen), self._pack_text(installed),
                                      lambda: self.import_pack(source))
            return
        self.import_pack(source)

    # Navigation

    def home_place(self) -> Place:
        with self.library.read() as repo:
            return Place(repo.first_slug() or "")

    def open_place(self, place: Place, *, add_to_history: bool = True,
                   scroll: int | None = None) -> bool:
        """Show ``place``; False (and a status message) when it does not exist."""
        if not self.library.is_open or not place.slug:
            return False
        if self.view is None or place.slug != self.view.slug:
            with self.library.read() as repo:
                view = repo.entry(place.slug, self.lang)
            if view is None:
                self.statusBar().showMessage(
                    self.tr("There is no entry “{target}”.").format(target=place), 8000)
                return False
            self._show_view(view)
        assert self.view is not None
        if place.section and place.section not in {s.anchor for s in self.view.sections}:
            self.statusBar().showMessage(self.tr("“{title}” has no section “{section}”.").format(
                title=self.view.title, section=place.section), 8000)
            place = Place(place.slug)
        if scroll is not None:
            self.detail.verticalScrollBar().setValue(scroll)
        else:
            self.detail.scroll_to_section(place.section)
        if add_to_history:
            self.history.visit(place)
        self._select_in_tree(place)
        self._update_actions()
        self.remember_place()
        self.place_opened.emit(place)
        return True

    def _show_view(self, view: EntryView) -> None:
        self.view = view
        self.detail.show_entry(view, content_css(resolve_dark(self.settings.theme)))
        if view.fallback:
            self.notice.setText(self.tr("This entry is not available in your language; "
                                        "it is shown in {language}.").format(
                language=QLocale(view.lang).nativeLanguageName()))
            self.notice.show()
        else:
            self.notice.hide()
        if self.find_bar.isVisible():
            self._on_find_text(self.find_bar.edit.text())
        self._update_title()
        self._update_status()

    def reshow(self) -> None:
        """Render the open entry again (new theme or language) at the same section and the
        same offset inside it: pixel offsets alone differ between languages."""
        if self.view is None:
            return
        section, offset = self.detail.section_offset()
        slug = self.view.slug
        self.view = None
        self.open_place(Place(slug, section), add_to_history=False)
        self.detail.scroll_to_offset(section, offset)
        self.history.replace_current(Place(slug, section))

    def go_back(self) -> None:
        place = self.history.back()
        if place:
            self.open_place(place, add_to_history=False)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place:
            self.open_place(place, add_to_history=False)

    def go_home(self) -> None:
        if self.library.is_open:
            self.open_place(self.home_place())

    def restore_last_place(self) -> None:
        with self.user.read() as repo:
            last = repo.last_place()
            saved = (Place(last.slug, last.section), last.scroll) if last else None
        if saved and self.open_place(saved[0], scroll=saved[1]):
            return
        self.go_home()

    def remember_place(self) -> None:
        """Keep the place in view: written within a second (``PlaceSaver``), and at close."""
        self.place_saver.save_soon()

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_tree or not current.isValid():
            return
        place = current.data(PLACE_ROLE)
        if isinstance(place, Place):
            self.open_place(place)

    def _select_in_tree(self, place: Place) -> None:
        area = self.view.area_slug if self.view and self.view.slug == place.slug else None
        index = self.tree_model.index_for(place, area)
        if not index.isValid():
            return
        self._syncing_tree = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._syncing_tree = False

    def _on_section_in_view(self, section: str) -> None:
        if self.view is None:
            return
        place = Place(self.view.slug, section)
        self.history.replace_current(place)
        self._select_in_tree(place)

    def _update_actions(self) -> None:
        self.menus.act_back.setEnabled(self.history.can_go_back())
        self.menus.act_forward.setEnabled(self.history.can_go_forward())
        self.menus.act_zoom_in.setEnabled(self.settings.zoom < ZOOM_RANGE[1])
        self.menus.act_zoom_out.setEnabled(self.settings.zoom > ZOOM_RANGE[0])

    def _update_title(self) -> None:
        app_name = self.tr("Field Reference")
        self.setWindowTitle(f"{self.view.title} — {app_name}" if self.view else app_name)

    def _update_status(self) -> None:
        self.area_label.setText(self.view.area_title or "" if self.view else "")
        pack = self.library.pack
        if pack is None:
            self.pack_label.setText(self.tr("No content"))
            return
        self.pack_label.setText(self._pack_text(pack))

    def _pack_text(self, pack: PackInfo | Manifest) -> str:
        """Version and date only: the pack's own title is not translated."""
        date = QDate.fromString(pack.date, Qt.DateFormat.ISODate)
        return self.tr("Content version {version} of {date}").format(
            version=pack.version, date=QLocale(self.lang).toString(date, "d MMMM yyyy"))

    # Links

    def route_links(self, pane: DetailPane) -> None:
        """What a click on a link in ``pane`` does: open the place, ask before a web page,
        refuse anything else."""
        pane.internal_link.connect(self.open_place)
        pane.web_link.connect(self.confirm_web_link)
        pane.refused_link.connect(self.refuse_link)

    def confirm_web_link(self, url: str) -> None:
        from desktop_app.ui import messages  # not needed for the first paint

        messages.ask_open_web_link(self, url)

    def refuse_link(self, url: str) -> None:
        from desktop_app.ui import messages

        messages.refuse_link(self, url)

    # Find, zoom, theme

    def open_find(self) -> None:
        self.find_bar.open_bar(self.detail.textCursor().selectedText())

    def _on_find_text(self, text: str) -> None:
        self.find_bar.show_count(self.detail.find_all(text), 0)

    def _on_find_next(self, text: str, backward: bool) -> None:
        current = self.detail.find_next(text, backward)
        self.find_bar.show_count(self.detail.find_all(text), current)

    def find_next(self, backward: bool) -> None:
        if not self.find_bar.isVisible() or not self.find_bar.edit.text():
            self.open_find()
            return
        self._on_find_next(self.find_bar.edit.text(), backward)

    def set_zoom(self, level: int) -> None:
        level = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], level))
        self.settings.zoom = level
        self.detail.set_zoom_level(level)
        self.settings_store.save(self.settings)
        self._update_actions()
        self.zoom_changed.emit(level)

    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode
        self.menus.theme_actions[mode].setChecked(True)
        self.settings_store.save(self.settings)
        self.apply_theme()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_palette(app, resolve_dark(self.settings.theme))
        self.reshow()

    def set_language(self, lang: str) -> None:
        """Switch interface and content live, keeping the open section and the offset in it."""
        self.menus.language_actions[lang].setChecked(True)
        if lang == self.lang:
            return
        self.lang = self.settings.language = lang
        self.settings_store.save(self.settings)
        if self.library.is_open:  # first: retranslating the search panel reads its areas
            self._fill_tree()
        self.translators.switch(lang)  # LanguageChange → every widget's retranslate_ui
        self.reshow()
        self._update_status()

    def _on_system_scheme(self, _scheme: object) -> None:
        if self.settings.theme == "system":
            self.apply_theme()

    def show_about(self) -> None:
        pack = self.library.pack
        from desktop_app.ui.about_dialog import show_about  # not needed for the first paint

        show_about(self, self._pack_text(pack) if pack else self.tr("No content"))

    # Window state

    def _restore_window_state(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode()))
        else:
            self.resize(1100, 720)
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode()))
        if s.splitter_state:
            self.splitter.restoreState(QByteArray.fromBase64(s.splitter_state.encode()))

    def save_window_state(self) -> None:
        s = self.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        s.window_state = bytes(self.saveState().toBase64().data()).decode()
        s.splitter_state = bytes(self.splitter.saveState().toBase64().data()).decode()
        self.settings_store.save(s)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.place_saver.save_now()
        self.save_window_state()
        super().closeEvent(event)


