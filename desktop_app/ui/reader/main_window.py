"""The main window: the content tree beside the detail pane, with history, zoom and themes.

It is the host of the features (``ui/host.py``): they are attached by the application start,
add their actions to its named menu groups and listen to its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QSplitter,
    QWidget,
)

from desktop_app.content.open import open_installed
from desktop_app.db.records import EntryNode, EntryView, SectionNode
from desktop_app.library import ContentLibrary, FirstView, UserData
from desktop_app.places import History, Place
from desktop_app.settings import ZOOM_RANGE, Settings, SettingsStore
from desktop_app.ui.host import ActionGroups
from desktop_app.ui.i18n import Translators, language_name
from desktop_app.ui.icons import recolour_toolbar_icons
from desktop_app.ui.reader.entry_column import EntryColumn
from desktop_app.ui.reader.place_menus import PlaceMenus
from desktop_app.ui.reader.place_saver import PlaceSaver
from desktop_app.ui.reader.status_line import StatusLine
from desktop_app.ui.reader.tree_model import OPEN_AT_START
from desktop_app.ui.reader.tree_view import ContentTree
from desktop_app.ui.reader.window_menus import WindowMenus
from desktop_app.ui.reader.window_state import (
    fit_to_screen,
    remember_window,
    restore_docks,
    restore_window,
)
from desktop_app.ui.theme import apply_palette, content_css, resolve_dark
from desktop_app.ui.zoom import zoom_widget


class MainWindow(QMainWindow):
    """The reader's window, and the ``WindowHost`` of its features.

    Signals:
    content_loaded(): the tree was (re)filled from the content database.
    place_opened(object): a Place is now shown.
    retranslated(): every string was set again in the current language (see ``WindowHost``).
    zoom_changed(int): the text zoom level changed.
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
        self._follows_screen = False  # refits itself when moved to another screen
        self._place_menus: PlaceMenus | None = None  # made when a feature first offers

        self.tree = ContentTree(self)
        self.tree_model = self.tree.tree_model
        self.column = EntryColumn(self.load_media, self)
        self.detail = self.column.detail
        self.place_saver = PlaceSaver(user, self.detail, lambda: self.view, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.column)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        self.setCentralWidget(self.splitter)
        if not settings.show_contents:
            self.tree.hide()
        self.status_line = StatusLine(self.statusBar())

        self.menus = WindowMenus(self, settings.theme, self.lang)
        self._connect()
        self._show_zoom(settings.zoom)
        self.retranslate_ui()
        restore_window(self, self.splitter, self.settings)
        self._update_actions()

    def _connect(self) -> None:
        m = self.menus
        for action, slot in (
                (m.act_quit, self.close), (m.act_back, self.go_back),
                (m.act_forward, self.go_forward), (m.act_home, self.go_home),
                (m.act_zoom_in, lambda: self.set_zoom(self.settings.zoom + 1)),
                (m.act_zoom_out, lambda: self.set_zoom(self.settings.zoom - 1)),
                (m.act_zoom_reset, lambda: self.set_zoom(0)),
                (m.act_focus_tree, self.focus_tree), (m.act_focus_detail, self.detail.setFocus)):
            action.triggered.connect(slot)
        m.theme_chosen.connect(self.set_theme)
        m.language_chosen.connect(self.set_language)
        self.tree.place_chosen.connect(self.open_place)
        self.detail.section_in_view.connect(self._on_section_in_view)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def retranslate_ui(self) -> None:
        self.menus.retranslate()
        self.column.retranslate_ui()
        self.tree.setAccessibleName(self.tr("Contents"))
        self.tree.setToolTip(self.tr("Contents by thematic area"))
        self.status_line.retranslate()
        self.column.show_banner(self.tr(
            "Read-only: the data folder {folder} cannot be written, so bookmarks, notes, "
            "settings and the place you read are not saved. Reading, search and printing "
            "work.").format(folder=self.user.path.parent) if self.user.read_only else "")
        self._update_title()
        self._update_status()
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:
        # The one path of a language change: Qt posts LanguageChange once the translators
        # changed, so it comes after set_language refilled the tree and showed the entry anew;
        # the window's widgets and the features retranslate from here, and only from here.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # The host of the features (ui/host.py)

    @property
    def current_place(self) -> Place | None:
        return self.history.current

    def areas(self) -> list[tuple[str, str]]:
        return self.tree_model.top_entries()

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    def notify(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def menu(self, name: str) -> ActionGroups:
        return self.menus.groups[name]

    def toolbar(self) -> ActionGroups:
        return self.menus.toolbar_groups

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Docks in one area share it as tabs, so that together they take no more room from
        the text than one (a saved layout, restored after, may place them otherwise)."""
        beside = next((other for other in self.findChildren(QDockWidget)
                       if other is not dock and self.dockWidgetArea(other) == area), None)
        self.addDockWidget(area, dock)
        if beside is not None:
            self.tabifyDockWidget(beside, dock)

    def add_pane(self, pane: QWidget, main_header: QWidget) -> None:
        self.column.add_pane(pane, main_header)

    def add_bar(self, bar: QWidget) -> None:
        self.column.add_bar(bar)

    @property
    def place_menus(self) -> PlaceMenus:
        if self._place_menus is None:
            self._place_menus = PlaceMenus(self.tree, self.detail, self)
        return self._place_menus

    def load_media(self, path: str) -> bytes | None:
        if not self.library.is_open:
            return None
        with self.library.read() as repo:
            media = repo.media(path)
        return media.data if media else None

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
        self.tree.fill(nodes, self._sections_of, self._entries_under)

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
                self.notify(self.tr("There is no entry “{target}”.").format(target=place))
                return False
            self._show_view(view)
        assert self.view is not None
        if place.section and place.section not in {s.anchor for s in self.view.sections}:
            self.notify(self.tr("“{title}” has no section “{section}”.").format(
                title=self.view.title, section=place.section))
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

    def reopen(self, place: Place | None) -> None:
        self.view = None  # read again: the content changed under it
        if place is None or not self.open_place(place, add_to_history=False):
            self.go_home()

    def _show_view(self, view: EntryView) -> None:
        self.view = view
        self.detail.show_entry(view, content_css(resolve_dark(self.settings.theme)))
        self.column.show_notice(self.tr(
            "This entry is not available in your language; it is shown in {language}.").format(
            language=language_name(view.lang)) if view.fallback else "")
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

    def _select_in_tree(self, place: Place) -> None:
        area = self.view.area_slug if self.view and self.view.slug == place.slug else None
        self.tree.select(place, area)

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
        """``entry — name`` in the interface language: with the display name set to the same
        name, the platform appends no second one ("… — Полевой справочник — Field Reference")."""
        app_name = self.tr("Field Reference")
        QGuiApplication.setApplicationDisplayName(app_name)
        self.setWindowTitle(f"{self.view.title} — {app_name}" if self.view else app_name)

    def _update_status(self) -> None:
        self.status_line.show(self.view, self.library.pack, self.lang)

    # Zoom, theme, language

    def set_zoom(self, level: int) -> None:
        level = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], level))
        self.settings.zoom = level
        self._show_zoom(level)
        self.save_settings()
        self._update_actions()
        self.zoom_changed.emit(level)

    def _show_zoom(self, level: int) -> None:
        self.detail.set_zoom_level(level)
        if level or self.tree.font() != QApplication.font(self.tree):
            zoom_widget(self.tree, level)
        self.status_line.show_zoom(level)

    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode
        self.menus.theme_actions[mode].setChecked(True)
        self.save_settings()
        self.apply_theme()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_palette(app, resolve_dark(self.settings.theme))
        recolour_toolbar_icons(self)
        self.reshow()

    def set_language(self, lang: str) -> None:
        """Switch interface and content live, keeping the open section and the offset in it.

        The tree and the open entry are shown in ``lang`` here; the strings follow when Qt
        delivers the LanguageChange that switching the translators posts (``changeEvent``).
        """
        self.menus.language_actions[lang].setChecked(True)
        if lang == self.lang:
            return
        self.lang = self.settings.language = lang
        self.save_settings()
        if self.library.is_open:
            self._fill_tree()
        self.translators.switch(lang)
        self.reshow()
        self._update_status()

    def _on_system_scheme(self, _scheme: object) -> None:
        if self.settings.theme == "system":
            self.apply_theme()

    def focus_tree(self) -> None:
        self.tree.show()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Window state

    def restore_docks(self) -> None:
        restore_docks(self, self.settings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._follows_screen:
            self._follows_screen = True
            handle.screenChanged.connect(lambda _screen: fit_to_screen(self))
            fit_to_screen(self)  # again, now that the frame's size is known

    def closeEvent(self, event: QCloseEvent) -> None:
        self.place_saver.save_now()
        remember_window(self, self.splitter, self.settings)
        self.save_settings()
        super().closeEvent(event)
