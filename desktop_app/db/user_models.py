"""Tables of user.sqlite: the user's own data, which no content operation touches.

The tables here describe the newest schema; ``migrations.py`` brings any older file to it step
by step, and a test checks that both agree.
"""

from __future__ import annotations

from sqlalchemy import String
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
