"""The detail pane: shows one rendered entry, tells the section in view, loads the pack's images.

What a click on a link does is ``link_routing``'s; finding text in the pane is ``find_bar``'s.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QImage, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.db.records import EntryView
from desktop_app.places import Place
from desktop_app.ui.blank_image import blank_image
from desktop_app.ui.zoom import zoom_widget

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

MediaLoader = Callable[[str], bytes | None]
READABLE_CHARS = 45  # the narrowest the text gets: docks and the tree yield before it


class DetailPane(QTextBrowser):
    """Links are not followed here: a click emits Qt's ``anchorClicked(QUrl)``.

    Signals:
    section_in_view(str): the section at the top of the view changed while scrolling.
    """

    section_in_view = Signal(str)

    def __init__(self, media_loader: MediaLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._media_loader = media_loader
        self._slug = ""
        self._last_section = ""
        self.zoom_level = 0
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        # Lines, and table cells, break between words only: a word wider than its room
        # scrolls sideways rather than being cut ("Novembe r").
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self._keep_readable_width()
        self._scroll_timer = QTimer(self, singleShot=True, interval=80)
        self._scroll_timer.timeout.connect(self._report_section)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scroll_timer.start())

    # Content

    @property
    def slug(self) -> str:
        return self._slug

    def show_entry(self, view: EntryView, css: str) -> None:
        self._slug = view.slug
        self.document().setDefaultStyleSheet(css)
        self.setHtml(f"<h1>{html.escape(view.title)}</h1>\n{view.html}")
        self._last_section = ""

    def show_message(self, title: str, text: str, css: str) -> None:
        self._slug = ""
        self.document().setDefaultStyleSheet(css)
        self.setHtml(f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>")

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Images from the content pack, decoded; nothing else, from disk or the network: the
        media loader answers only from the pack's media table, which the importer fills from
        its media/ folder alone. Any other image is a blank one: given nothing, Qt would read
        a file of that name from disk itself. (Qt takes an image as a QImage: Python bytes
        reach it as an unknown type, and it shows its broken-image icon.)"""
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return b""
        data = self._media_loader(url if isinstance(url, str) else url.toString())
        image = QImage.fromData(data) if data else QImage()
        return blank_image() if image.isNull() else image

    # Sections and scrolling

    def _anchors(self) -> Iterator[tuple[int, str]]:
        """(y offset, section id) of the headings, top to bottom.

        Lazy on purpose: asking a block's position makes Qt lay the document out down to that
        block, so callers that stop early (the top of the view) do not pay for laying out a
        long entry whole; Qt finishes that in the background after the first paint.
        """
        layout = self.document().documentLayout()
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                iterator = block.begin()
                while not iterator.atEnd():
                    for name in iterator.fragment().charFormat().anchorNames():
                        yield int(layout.blockBoundingRect(block).top()), name
                    iterator += 1
            block = block.next()

    def section_at_top(self) -> str:
        """The section whose heading is the last one at or above the top of the view."""
        top = self.verticalScrollBar().value() + 24
        current = ""
        for y, name in self._anchors():
            if y > top:
                break
            current = name
        return current

    def _anchor_top(self, section: str) -> int:
        return next((y for y, name in self._anchors() if name == section), 0)

    def section_offset(self) -> tuple[str, int]:
        """The section at the top of the view and how far the view is scrolled into it."""
        section = self.section_at_top()
        return section, self.verticalScrollBar().value() - self._anchor_top(section)

    def scroll_to_offset(self, section: str, offset: int) -> None:
        """Undo :meth:`section_offset` on a re-rendered (e.g. translated) document."""
        self.verticalScrollBar().setValue(self._anchor_top(section) + offset)
        self._last_section = section

    def section_position(self) -> tuple[str, float]:
        """The section at the top of the view and how far through it (0..1) the view is:
        unlike a pixel offset, this means the same place in another language's text."""
        section, offset = self.section_offset()
        height = self._section_end(section) - self._anchor_top(section)
        return section, min(1.0, max(0.0, offset / height)) if height > 0 else 0.0

    def scroll_to_position(self, section: str, fraction: float) -> None:
        """Undo :meth:`section_position`, possibly on another language's document."""
        if section and section not in {name for _y, name in self._anchors()}:
            section, fraction = "", 0.0
        top = self._anchor_top(section)
        value = top + round(fraction * (self._section_end(section) - top))
        self.verticalScrollBar().setValue(value)  # reports section_in_view, as a reader would

    def _held_at_bottom(self, section: str) -> bool:
        """A section near the end cannot scroll to the top: while the view is at the bottom
        with that section's heading in sight, it stays the section in view."""
        bar = self.verticalScrollBar()
        if not section or bar.value() < bar.maximum():
            return False
        top = self._anchor_top(section)
        return bar.value() <= top < bar.value() + self.viewport().height()

    def _section_end(self, section: str) -> int:
        """Where the next section starts, or the end of the document for the last one."""
        top = self._anchor_top(section)
        following = [y for y, _name in self._anchors() if y > top]
        return min(following) if following else int(self.document().size().height())

    def scroll_to_section(self, section: str) -> None:
        if section:
            self.scrollToAnchor(section)
        else:
            self.verticalScrollBar().setValue(0)
        self._last_section = section

    def _report_section(self) -> None:
        section = self.section_at_top()
        if section != self._last_section and not self._held_at_bottom(self._last_section):
            self._last_section = section
            self.section_in_view.emit(section)

    # Zoom

    def set_zoom_level(self, level: int) -> None:
        if level == self.zoom_level:
            return
        self.zoom_level = level
        zoom_widget(self, level)
        self._keep_readable_width()

    def _keep_readable_width(self) -> None:
        """A minimum width of about ``READABLE_CHARS`` characters at the current zoom."""
        text = self.fontMetrics().averageCharWidth() * READABLE_CHARS
        margins = 2 * (self.frameWidth() + round(self.document().documentMargin()))
        self.setMinimumWidth(text + margins + self.verticalScrollBar().sizeHint().width())

    def current_place(self) -> Place:
        return Place(self._slug, self.section_at_top())
