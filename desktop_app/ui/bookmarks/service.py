"""The bookmark store for the window: a QObject whose ``changed`` follows every commit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.db.bookmark_records import Target, TargetKey, TargetsByEntry
from desktop_app.library import ContentLibrary, UserData


class BookmarkService(QObject):
    """Signals:
    changed(): bookmarks or their statuses changed (emitted after the commit returned).

    Views read through ``store`` and refresh on ``changed``; nothing else notifies them.
    Whether a place is bookmarked (the star, the menus) the store answers from memory,
    refreshed with every change before ``changed`` is emitted.
    """

    changed = Signal()

    def __init__(self, user: UserData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = BookmarkStore(user)
        self.store.subscribe(self.changed.emit)

    def follow_content(self, library: ContentLibrary) -> None:
        """New content was loaded: recompute titles and ok / missing / changed."""
        if not library.is_open:
            return
        from desktop_app.db.bookmark_targets import content_targets

        def read(slugs: set[str]) -> dict[TargetKey, Target] | None:
            if not library.is_open:  # an import is replacing the content
                return None
            with library.read() as repo:
                return content_targets(repo.db, slugs)

        targets = TargetsByEntry(read)
        targets.load(self.store.bookmarked_slugs())
        self.store.follow_content(targets)
