"""Links people can share: Edit → Copy link to this section, and Open / Copy link in the
context menus of the tree and the text.

The clipboard gets the place three ways: the link (``field-reference://slug#section``, which
``field-reference LINK`` and the desktop's URL handler open), plain text "Title › Section
<link>" for a message, and HTML with the title as the link.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from desktop_app.content.links import Internal, classify
from desktop_app.places import URL_SCHEME, Place
from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost


def place_clipboard_data(place: Place, title: str) -> QMimeData:
    """What "Copy link" puts on the clipboard for ``place``, shown as ``title``."""
    data = QMimeData()
    link = place.url()
    data.setUrls([QUrl(link)])
    data.setText(f"{title} <{link}>")
    data.setHtml(f'<a href="{html.escape(link)}">{html.escape(title)}</a>')
    return data


def keep_copied_text() -> None:
    """At quit, a link copied here stays on the clipboard as its text alone: PySide 6.12
    crashes on leaving with a clipboard that still holds data made in Python."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and any(url.scheme() == URL_SCHEME for url in data.urls()):
        clipboard.setText(data.text())


class PlaceLinks(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.act_copy_link = make_action(host.window(), self.copy_current_link, "Ctrl+Shift+L")
        host.menu("edit").add("link", self.act_copy_link)
        host.place_menus.add("open", self._open_offer)
        host.place_menus.add("link", self._link_offer)
        host.place_menus.copy_links_with(self.copy_href)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(keep_copied_text)
        host.retranslated.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        set_texts({self.act_copy_link: (
            self.tr("Copy &link to this section"),
            self.tr("Copy a link to the section you are reading, to paste in a message"))})

    def title_of(self, place: Place) -> str:
        """"Entry › Section" as the reader sees them now (the entry alone without a section)."""
        view = self.host.view
        if view is None or view.slug != place.slug:
            with self.host.library.read() as reader:
                view = reader.entry(place.slug, self.host.lang)
            if view is None:
                return str(place)
        section = next((s.title for s in view.sections if s.anchor == place.section), "")
        return f"{view.title} › {section}" if section else view.title

    def copy_link(self, place: Place) -> None:
        QGuiApplication.clipboard().setMimeData(place_clipboard_data(place, self.title_of(place)))
        self.host.notify(self.tr("Link copied: {link}").format(link=place.url()), 5000)

    def copy_current_link(self) -> None:
        place = self.host.current_place
        if place is not None:
            self.copy_link(place)

    def copy_href(self, href: str) -> bool:
        """A link of the text to another entry is copied as a shareable link."""
        target = classify(href, self.host.view.slug if self.host.view else "")
        if not isinstance(target, Internal):
            return False
        self.copy_link(target.place)
        return True

    def _open_offer(self, menu: QMenu, place: Place, _title: str, in_tree: bool) -> list[QAction]:
        if not in_tree:
            return []
        action = QAction(self.tr("&Open"), menu)
        action.triggered.connect(lambda: self.host.open_place(place))
        return [action]

    def _link_offer(self, menu: QMenu, place: Place, _title: str, _in_tree: bool
                    ) -> list[QAction]:
        text = self.tr("Copy link to this section") if place.section else self.tr("Copy link")
        action = QAction(text, menu)
        action.triggered.connect(lambda: self.copy_link(place))
        return [action]
