"""The bookmark store for the window: a QObject whose ``changed`` follows every commit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.bookmarks.store import (
    NOT_SAVED_ERRORS,
    BookmarkStore,
    failure_reason,
)
from desktop_app.db.bookmark_records import Target, TargetKey, TargetsByEntry
from desktop_app.library import ContentLibrary, UserData


@dataclass
class Saving:
    """The outcome of a :meth:`BookmarkService.saving` block."""

    saved: bool = True


def why_not_saved(error: Exception) -> str:
    """Why a change of the bookmarks was not saved, in the reader's language."""
    return QCoreApplication.translate("Problems", failure_reason(error))


def not_saved_text(error: Exception) -> str:
    """What the reader is told when a change of the bookmarks was not saved."""
    return QCoreApplication.translate(
        "BookmarkService", "The change was not saved: {reason}. Your bookmarks are as they "
        "were before it.").format(reason=why_not_saved(error))


class BookmarkService(QObject):
    """Signals:
    changed(): bookmarks or their statuses changed (emitted after the commit returned).
    not_saved(str): a change made in a :meth:`saving` block was not saved; the text says why.

    Views read through ``store`` and refresh on ``changed``; nothing else notifies them.
    Whether a place is bookmarked (the star, the menus) the store answers from memory,
    refreshed with every change before ``changed`` is emitted.
    """

    changed = Signal()
    not_saved = Signal(str)

    def __init__(self, user: UserData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = BookmarkStore(user)
        self.store.subscribe(self.changed.emit)

    @contextmanager
    def saving(self, *, quiet: bool = False) -> Iterator[Saving]:
        """A block that changes the bookmarks: when the change cannot be saved (a full disk,
        another Field Reference busy with them), the block ends there, nothing of it is
        written, ``not_saved`` tells why (unless ``quiet``: bookkeeping the reader did not
        ask for, done again next time) and the outcome's ``saved`` is False."""
        outcome = Saving()
        try:
            yield outcome
        except NOT_SAVED_ERRORS as exc:
            outcome.saved = False
            if not quiet:
                self.not_saved.emit(not_saved_text(exc))

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
        with self.saving(quiet=True):
            self.store.follow_content(targets)
