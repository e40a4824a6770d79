"""Tables of user.sqlite: the user's own data, which no content operation touches.

The tables here describe the newest schema; ``migrations.py`` brings any older file to it step
by step, and a test checks that both agree.
"""

from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UserBase(DeclarativeBase):
    pass


class Place(UserBase):
    """Where the reader was in an entry: the section in view and the scroll offset."""

    __tablename__ = "place"

    slug: Mapped[str] = mapped_column(String(200), primary_key=True)
    section: Mapped[str] = mapped_column(String(100), default="")
    scroll: Mapped[int] = mapped_column(default=0)
    opened_at: Mapped[str] = mapped_column(String(32), index=True)


class BookmarkFolder(UserBase):
    """A folder of bookmarks; ``parent_id`` nests it one level under a top-level folder."""

    __tablename__ = "bookmark_folder"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookmark_folder.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[str] = mapped_column(String(32))


class Bookmark(UserBase):
    """A place the reader keeps, named by entry slug + section id, never by a content row id.

    ``titles`` keeps the last known label in every language (JSON ``{"en": …, "ru": …}``), so a
    bookmark whose entry is gone still has a name. ``text_hash`` is the fingerprint of the
    section's text when the bookmark was made or last opened ("" = not known yet).
    """

    __tablename__ = "bookmark"
    __table_args__ = (Index("ix_bookmark_target", "slug", "section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200))
    section: Mapped[str] = mapped_column(String(100), default="")
    folder_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookmark_folder.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text, default="")  # the reader's own name; "" = titles
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    text_hash: Mapped[str] = mapped_column(String(64), default="")
