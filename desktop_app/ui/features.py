"""The features of a window (find in page, links, import, bookmarks, search, side by side,
printing, about, the user guide, what's new), attached to its host by the application start once the
window has painted."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.ui.about_dialog import AboutFeature
from desktop_app.ui.bookmarks.feature import BookmarkFeature
from desktop_app.ui.host import WindowHost
from desktop_app.ui.importing.feature import ImportFeature
from desktop_app.ui.printing.feature import PrintFeature
from desktop_app.ui.reader.find_bar import FindInPage
from desktop_app.ui.reader.link_routing import route_links
from desktop_app.ui.reader.place_links import PlaceLinks
from desktop_app.ui.reader.reading_room import ReadingRoom
from desktop_app.ui.reader.side_by_side import SideBySide
from desktop_app.ui.search.panel import SearchPanel
from desktop_app.ui.shortcuts_dialog import ShortcutsFeature
from desktop_app.ui.user_guide import UserGuide
from desktop_app.ui.whats_new import WhatsNew


class Features(QObject):
    """Every feature of one window, parented to it. Each adds its actions to named menu
    groups, so the order in which they are made here changes nothing on screen."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.setObjectName("features")
        route_links(host.detail, host.open_place, host.window())
        self.find_in_page = FindInPage(host)
        self.reading_room = ReadingRoom(host)
        self.place_links = PlaceLinks(host)
        self.importing = ImportFeature(host)
        self.bookmarks = BookmarkFeature(host)
        self.search = SearchPanel(host)
        self.side_by_side = SideBySide(host)
        self.printing = PrintFeature(host)
        self.about = AboutFeature(host)
        self.shortcuts = ShortcutsFeature(host)
        self.guide = UserGuide(host)
        self.whats_new = WhatsNew(host)
        self.importing.imported.connect(self.whats_new.after_import)
        self.bookmarks.panel.folder_offers.append(self.printing.meeting_pack_offer)
