"""Help → What's new: what the installed content changed since the pack before it, as a page
of links to each new entry and changed section, shown by itself after an import that changed
something; and the marks in the tree on the new and changed entries until they are opened.

The changes are the importer's (``content/pack_diff.py``, kept in content.sqlite); an entry is
opened since the import when user.sqlite's reading place for it is newer than the import.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from desktop_app.db.records import ADDED, CHANGED, REMOVED, ChangeRecord, PackVersion, choose_lang
from desktop_app.places import Place
from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost
from desktop_app.ui.i18n import language_name

Titles = tuple[str, dict[str, str]]  # an entry's title, and its sections' by anchor


@dataclass
class _EntryChanges:
    """One entry's lines of the page, in the language chosen for it."""

    what: str
    title: str
    lang: str
    sections: list[tuple[str, str]] = field(default_factory=list)  # (anchor, title)


def _by_entry(changes: list[ChangeRecord], lang: str, default: str) -> dict[str, _EntryChanges]:
    """The changes of each entry in ``lang`` where it has some, else in another language."""
    langs: dict[str, set[str]] = {}
    for change in changes:
        langs.setdefault(change.slug, set()).add(change.lang)
    found: dict[str, _EntryChanges] = {}
    for change in changes:
        if change.lang != choose_lang(langs[change.slug], lang, default):
            continue
        entry = found.setdefault(change.slug, _EntryChanges(change.what, change.title,
                                                            change.lang))
        if change.anchor:
            entry.sections.append((change.anchor, change.title))
        else:
            entry.title = change.title
    return found


class WhatsNewPage(QObject):
    """The page's HTML, in the language of the interface."""

    def html(self, version: str, previous: PackVersion | None, changes: list[ChangeRecord],
             lang: str, default: str, shown: dict[str, Titles]) -> str:
        """``shown``: the titles of each entry still there and of its sections, as the reader
        shows them in ``lang``, for a change recorded in another language only."""
        heading = self.tr("What's new in content version {version}").format(version=version)
        parts = [f"<h2>{html.escape(heading)}</h2>"]
        if previous is None:
            parts.append(_para(self.tr(
                "No changes are recorded for this content: it was installed without an "
                "earlier version of the same pack to compare with.")))
            return "".join(parts)
        entries = _by_entry(changes, lang, default)
        counts = {what: sum(e.what == what for e in entries.values())
                  for what in (ADDED, CHANGED, REMOVED)}
        parts.append(_para(self.tr(
            "Since version {previous} of {date}: {added} new, {changed} changed and {removed} "
            "removed entries.").format(previous=previous.version, date=QLocale(lang).toString(
                QDate.fromString(previous.date, Qt.DateFormat.ISODate), "d MMMM yyyy"),
                                       added=counts[ADDED], changed=counts[CHANGED],
                                       removed=counts[REMOVED])))
        for what, title in ((ADDED, self.tr("New entries")), (CHANGED, self.tr("Changed")),
                            (REMOVED, self.tr("Removed"))):
            items = [self._item(slug, entry, lang, shown.get(slug))
                     for slug, entry in entries.items() if entry.what == what]
            if items:
                parts.append(f"<h3>{html.escape(title)}</h3><ul>{''.join(items)}</ul>")
        return "".join(parts)

    def _item(self, slug: str, entry: _EntryChanges, lang: str, shown: Titles | None) -> str:
        if entry.what == REMOVED or shown is None:
            return f"<li>{html.escape(entry.title)}</li>"
        title, section_titles = shown
        line = _link(Place(slug), title)
        if entry.sections:
            line += ": " + ", ".join(_link(Place(slug, anchor), section_titles.get(anchor, name))
                                     for anchor, name in entry.sections)
        elif entry.what == CHANGED:
            line += " " + html.escape(self.tr("(its title, summary or details)"))
        if entry.lang != lang and entry.what == CHANGED:
            line += " " + html.escape(self.tr("(changed in the {language} text)").format(
                language=language_name(entry.lang)))
        return f"<li>{line}</li>"


def _para(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _link(place: Place, title: str) -> str:
    return f'<a href="{html.escape(place.url())}">{html.escape(title)}</a>'


class WhatsNewDialog(QDialog):
    """The page, whose links open their place in the window behind it."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.page = WhatsNewPage(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 440)
        self.refresh()

    def refresh(self) -> None:
        """Read the changes again, in the language of the interface."""
        library, lang = self.host.library, self.host.lang
        if not library.is_open:
            return
        with library.read() as reader:
            changes = reader.changes()
            shown: dict[str, Titles] = {}
            for slug in {c.slug for c in changes if c.what != REMOVED}:
                view = reader.entry(slug, lang)
                if view is not None:
                    shown[slug] = (view.title, {s.anchor: s.title for s in view.sections})
            page = self.page.html(reader.pack_info().version, reader.previous_pack(), changes,
                                  lang, reader.default, shown)
        self.setWindowTitle(self.tr("What's new"))
        self.browser.setHtml(page)

    def _follow(self, url: QUrl) -> None:
        self.host.open_place(Place.parse(url.toString()))


class WhatsNew(QObject):
    """Help → What's new, the page after an import, and the marks in the tree."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.dialog: WhatsNewDialog | None = None
        self.act_whats_new = make_action(host.window(), self.show_page)
        host.menu("help").add("whats_new", self.act_whats_new)
        host.content_loaded.connect(self._on_content_loaded)
        host.place_opened.connect(self._on_place_opened)
        host.retranslated.connect(self.retranslate)
        self.retranslate()
        self._on_content_loaded()

    def retranslate(self) -> None:
        set_texts({self.act_whats_new: (
            self.tr("&What's new"), self.tr("What the installed content changed since the "
                                            "version before it"))})
        if self.dialog is not None:
            self.dialog.refresh()

    def show_page(self) -> None:
        if self.dialog is None:
            self.dialog = WhatsNewDialog(self.host)
        else:
            self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def after_import(self) -> None:
        """A pack was imported: show the page when it changed something."""
        if self._changes():
            self.show_page()

    def _changes(self) -> list[ChangeRecord]:
        if not self.host.library.is_open:
            return []
        with self.host.library.read() as reader:
            return reader.changes()

    def _on_content_loaded(self) -> None:
        self.act_whats_new.setEnabled(self.host.library.is_open)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()
        self.host.tree.tree_model.set_marks(self._unopened())

    def _unopened(self) -> dict[str, str]:
        """The new and changed entries not opened since the import: slug → ADDED or CHANGED."""
        library = self.host.library
        if not library.is_open:
            return {}
        with library.read() as reader:
            marks = {c.slug: c.what for c in reader.changes() if c.what in (ADDED, CHANGED)}
            imported = datetime.fromisoformat(reader.imported_at())
        if marks:
            with self.host.user.read() as user:
                opened = user.opened_places()
            marks = {slug: what for slug, what in marks.items()
                     if slug not in opened or datetime.fromisoformat(opened[slug]) < imported}
        return marks

    def _on_place_opened(self, place: Place) -> None:
        self.host.tree.tree_model.unmark(place.slug)

