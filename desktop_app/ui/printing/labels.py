"""The words printed around a brief, in any language, whatever the interface language is.

A bilingual brief needs the labels in English and in Russian at once, so they are looked up
in a translator of their own rather than through the installed one. The strings are marked
with QT_TRANSLATE_NOOP so that lupdate finds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, QTranslator

from desktop_app.content.brief import FIELD_KEYS, BriefLabels
from desktop_app.content.meeting import MeetingLabels
from desktop_app.paths import resources_dir
from desktop_app.ui.i18n import NATIVE_NAMES

CONTEXT = "Brief"
STRINGS = {
    "organisation": QT_TRANSLATE_NOOP("Brief", "International Organization for Migration (IOM)"),
    "mission": QT_TRANSLATE_NOOP("Brief", "Mission in Tajikistan"),
    "running": QT_TRANSLATE_NOOP("Brief", "IOM · Mission in Tajikistan"),
    "kind": QT_TRANSLATE_NOOP("Brief", "Project brief"),
    "area": QT_TRANSLATE_NOOP("Brief", "Thematic area"),
    "period": QT_TRANSLATE_NOOP("Brief", "Period"),
    "funding": QT_TRANSLATE_NOOP("Brief", "Funding"),
    "partners": QT_TRANSLATE_NOOP("Brief", "Partners"),
    "locations": QT_TRANSLATE_NOOP("Brief", "Locations"),
    "status": QT_TRANSLATE_NOOP("Brief", "Status"),
    "page": QT_TRANSLATE_NOOP("Brief", "Page {page} of {pages}"),
    "version": QT_TRANSLATE_NOOP("Brief", "Content version {version} of {date}"),
    "printed": QT_TRANSLATE_NOOP("Brief", "printed {date}"),
    "briefs": QT_TRANSLATE_NOOP("Brief", "Project briefs"),
    "contents": QT_TRANSLATE_NOOP("Brief", "Contents"),
    "sources": QT_TRANSLATE_NOOP("Brief", "Sources"),
    "as_described": QT_TRANSLATE_NOOP("Brief", "as described in the source (undated)"),
    "undated": QT_TRANSLATE_NOOP("Brief", "undated"),
    "meeting_pack": QT_TRANSLATE_NOOP("Brief", "Meeting pack"),
    "note": QT_TRANSLATE_NOOP("Brief", "Note"),
    "missing": QT_TRANSLATE_NOOP("Brief", "missing: no longer in the content"),
    "prepared": QT_TRANSLATE_NOOP("Brief", "Prepared on {date}"),
}


@dataclass(frozen=True)
class PageLabels:
    """What the running header and the footer of every page say."""

    lang: str
    running: str  # the organisation, short, at the top of every page
    page: str  # "Page {page} of {pages}"
    version: str  # the content pack's version and date, and the day it is printed
    language: str  # the language's own name


def texts(lang: str) -> dict[str, str]:
    """Every printed label in ``lang`` (English where there is no translation)."""
    translator = QTranslator()
    loaded = lang != "en" and translator.load(f"desktop_app_{lang}", str(resources_dir() / "i18n"))
    return {key: (translator.translate(CONTEXT, str(source)) if loaded else "") or str(source)
            for key, source in STRINGS.items()}


def brief_labels(lang: str) -> BriefLabels:
    words = texts(lang)
    return BriefLabels(organisation=words["organisation"], mission=words["mission"],
                       kind=words["kind"], area=words["area"],
                       fields={key: words[key] for key in FIELD_KEYS},
                       sources=words["sources"], as_described=words["as_described"],
                       undated=words["undated"])


def meeting_labels(lang: str) -> MeetingLabels:
    words = texts(lang)
    return MeetingLabels(kind=words["meeting_pack"], note=words["note"],
                         missing=words["missing"], prepared=words["prepared"])


def long_date(lang: str, date: QDate) -> str:
    """"3 December 2026", «3 декабря 2026»."""
    return QLocale(lang).toString(date, "d MMMM yyyy")


def page_labels(lang: str, version: str, iso_date: str) -> PageLabels:
    words = texts(lang)
    date = QDate.fromString(iso_date, Qt.DateFormat.ISODate)
    shown = long_date(lang, date) if date.isValid() else iso_date
    printed = words["printed"].format(date=long_date(lang, QDate.currentDate()))
    return PageLabels(lang=lang, running=words["running"], page=words["page"],
                      version=words["version"].format(version=version, date=shown)
                      + f" · {printed}", language=NATIVE_NAMES.get(lang, lang))


def batch_title(lang: str) -> str:
    return texts(lang)["briefs"]
