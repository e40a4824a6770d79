"""How the window names a content pack: its version and date, in the interface language."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt


class VersionedPack(Protocol):
    """An installed pack (``PackInfo``) or one about to be imported (``Manifest``)."""

    @property
    def version(self) -> str: ...
    @property
    def date(self) -> str: ...


def pack_text(pack: VersionedPack, lang: str) -> str:
    """Version and date only: the pack's own title is not translated."""
    date = QDate.fromString(pack.date, Qt.DateFormat.ISODate)
    return QCoreApplication.translate("PackText", "Content version {version} of {date}").format(
        version=pack.version, date=QLocale(lang).toString(date, "d MMMM yyyy"))
