"""What changed from one pack to the next: entries added, removed and changed, and for each
changed entry which of its sections changed, in each language. ``field-reference pack diff``
prints it for two packs; the importer stores it in the new content database (``changes_since``)
for the reader's What's new.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.db.content_reader import ContentReader, open_pack
from desktop_app.db.errors import DatabaseDamaged
from desktop_app.db.records import (
    ADDED,
    CHANGED,
    REMOVED,
    ChangeRecord,
    EntryRecord,
    EntryTextRecord,
    PackInfo,
    PackVersion,
)
from desktop_app.db.sqlite_files import connect_readonly

HEAD = ""  # in a change's sections: the entry's own title, summary, brief or place in the tree


@dataclass(frozen=True)
class EntryChange:
    slug: str
    sections: dict[str, tuple[str, ...]]  # language → ids of the sections changed (HEAD first)


@dataclass(frozen=True)
class PackDiff:
    old: PackInfo
    new: PackInfo
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[EntryChange, ...]


def compare(old_info: PackInfo, old: list[EntryRecord], new_info: PackInfo,
            new: list[EntryRecord]) -> PackDiff:
    before = {record.slug: record for record in old}
    after = {record.slug: record for record in new}
    changed = []
    for slug in sorted(before.keys() & after.keys()):
        sections = _changed_sections(before[slug], after[slug])
        if sections:
            changed.append(EntryChange(slug, sections))
    return PackDiff(old_info, new_info, tuple(sorted(after.keys() - before.keys())),
                    tuple(sorted(before.keys() - after.keys())), tuple(changed))


def _changed_sections(old: EntryRecord, new: EntryRecord) -> dict[str, tuple[str, ...]]:
    placed = (old.kind, old.area, old.order, old.sources) != (
        new.kind, new.area, new.order, new.sources)
    found: dict[str, tuple[str, ...]] = {}
    for lang in sorted(old.texts.keys() | new.texts.keys()):
        if lang not in old.texts or lang not in new.texts:
            text = new.texts.get(lang) or old.texts[lang]
            found[lang] = (HEAD, *(s.anchor for s in text.sections))
            continue
        anchors = _text_changes(old.texts[lang], new.texts[lang])
        if placed and HEAD not in anchors:
            anchors = (HEAD, *anchors)
        if anchors:
            found[lang] = anchors
    return found


def _text_changes(old: EntryTextRecord, new: EntryTextRecord) -> tuple[str, ...]:
    before = {s.anchor: (s.title, s.level, s.text) for s in old.sections}
    after = {s.anchor: (s.title, s.level, s.text) for s in new.sections}
    sections = [anchor for anchor in [*after, *(a for a in before if a not in after)]
                if before.get(anchor) != after.get(anchor)]
    head = (old.title, old.summary, old.brief) != (new.title, new.summary, new.brief)
    if not head and not sections and old.html != new.html:
        head = True  # a change outside the section texts: a link, an image, markup
    return (HEAD, *sections) if head else tuple(sections)


def change_records(diff: PackDiff, old: list[EntryRecord], new: list[EntryRecord]
                   ) -> list[ChangeRecord]:
    """``diff`` as the rows content.sqlite keeps: per entry and language, the entry itself
    (anchor ``HEAD``) when added, removed or its head changed, and each changed section, with
    the titles to show (a removed one's from the old pack)."""
    before = {record.slug: record for record in old}
    after = {record.slug: record for record in new}
    rows: list[ChangeRecord] = []
    for what, slugs, records in ((ADDED, diff.added, after), (REMOVED, diff.removed, before)):
        for slug in slugs:
            rows += [ChangeRecord(slug, lang, HEAD, what, text.title)
                     for lang, text in sorted(records[slug].texts.items())]
    for change in diff.changed:
        for lang, anchors in change.sections.items():
            text = after[change.slug].texts.get(lang) or before[change.slug].texts[lang]
            titles = {s.anchor: s.title for s in before[change.slug].texts.get(lang, text)
                      .sections} | {s.anchor: s.title for s in text.sections}
            rows += [ChangeRecord(change.slug, lang, anchor, CHANGED,
                                  text.title if anchor == HEAD else titles[anchor])
                     for anchor in anchors]
    return rows


def changes_since(content_db: Path, info: PackInfo, records: list[EntryRecord]
                  ) -> tuple[PackVersion | None, list[ChangeRecord]]:
    """What importing ``records`` changes in the content installed at ``content_db``: the
    installed pack and the rows of the difference, for the new database to keep. Nothing
    when there is no readable content, or it is another pack. Importing the same version
    again with nothing changed keeps what the installed content recorded."""
    try:
        installed = open_pack(content_db)
        if installed.id != info.id:
            return None, []
        db = connect_readonly(content_db)
        try:
            reader = ContentReader(db, installed)
            old = reader.entry_records()
            diff = compare(installed, old, info, records)
            if installed.version == info.version and not (diff.added or diff.removed
                                                           or diff.changed):
                return reader.previous_pack(), reader.changes()
        finally:
            db.close()
    except (DatabaseDamaged, sqlite3.Error):  # nothing to compare with: nothing is new
        return None, []
    return PackVersion(installed.version, installed.date), change_records(diff, old, records)
