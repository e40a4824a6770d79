"""Tables of content.sqlite: derived from a content pack, rebuilt whole on every import."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Bump when the tables below change: an older content.sqlite is then rebuilt from its pack.
from desktop_app.db.records import CONTENT_SCHEMA_VERSION as CONTENT_SCHEMA_VERSION


class ContentBase(DeclarativeBase):
    pass


class Pack(ContentBase):
    """The one pack this database was built from."""

    __tablename__ = "pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    date: Mapped[str] = mapped_column(String(10))
    languages: Mapped[str] = mapped_column(String(100))  # comma-separated, default first
    title: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[str] = mapped_column(String(32))
    # The pack installed before this one, which the table "change" compares with ("": none).
    previous_version: Mapped[str] = mapped_column(String(50), default="")
    previous_date: Mapped[str] = mapped_column(String(10), default="")


class Entry(ContentBase):
    __tablename__ = "entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"), index=True)
    position: Mapped[int]  # order among siblings, then title
    sources: Mapped[str] = mapped_column(Text, default="")  # newline-separated

    texts: Mapped[list[EntryText]] = relationship(back_populates="entry")


class EntryText(ContentBase):
    """One language of an entry: its title, rendered HTML and brief fields."""

    __tablename__ = "entry_text"
    # The tree reads every title: from this index, not from rows full of HTML (a scan of the
    # 10,000-entry pack's rows read 80 MB). Optional: a database without it still works.
    __table_args__ = (Index("ix_entry_text_title", "entry_id", "lang", "title"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text)
    brief: Mapped[str | None] = mapped_column(Text)  # JSON of BriefRecord, projects only

    entry: Mapped[Entry] = relationship(back_populates="texts")


class Section(ContentBase):
    __tablename__ = "section"
    __table_args__ = (
        UniqueConstraint("entry_id", "lang", "anchor"),
        Index("ix_section_entry_lang", "entry_id", "lang", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"))
    lang: Mapped[str] = mapped_column(String(8))
    anchor: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)
    level: Mapped[int]
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))


class Change(ContentBase):
    """What this pack changed since the one installed before it (records.ChangeRecord), in
    order: for the reader's What's new and the marks in the tree."""

    __tablename__ = "change"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(8))
    anchor: Mapped[str] = mapped_column(String(100))
    what: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)


class Media(ContentBase):
    """Images from the pack's media/ folder: the only files the detail pane may load."""

    __tablename__ = "media"

    path: Mapped[str] = mapped_column(String(300), primary_key=True)
    mime: Mapped[str] = mapped_column(String(50))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SearchDoc(ContentBase):
    """One searchable unit: one entry in one language.

    Its id is the rowid of the same unit in the FTS5 table ``search_fts`` (see
    ``db/search_repo.py``), which holds the stemmed words and nothing else.
    """

    __tablename__ = "search_doc"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"))
    lang: Mapped[str] = mapped_column(String(8))


class Source(ContentBase):
    """A source document of the pack in one language: its title and time markers."""

    __tablename__ = "source"
    __table_args__ = (UniqueConstraint("source_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[str] = mapped_column(Text)  # what entries' ``sources`` name
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    markers: Mapped[str] = mapped_column(Text, default="")  # newline-separated


class ThesaurusTerm(ContentBase):
    """One expression of the pack's thesaurus: the expressions of a group mean one thing, and
    a query for one also finds the others."""

    __tablename__ = "thesaurus"

    id: Mapped[int] = mapped_column(primary_key=True)
    grp: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
