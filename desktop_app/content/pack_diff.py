"""What changed from one pack to the next: entries added, removed and changed, and for each
changed entry which of its sections changed, in each language (``field-reference pack diff``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.content.importer import load_pack
from desktop_app.db.records import EntryRecord, EntryTextRecord, PackInfo

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


def diff_packs(old_source: Path, new_source: Path) -> PackDiff:
    """The difference of two packs (folders or zips), each read and checked as the importer
    does; a pack with a problem raises :class:`PackError`."""
    old_info, old_records, _ = load_pack(old_source)
    new_info, new_records, _ = load_pack(new_source)
    return compare(old_info, old_records, new_info, new_records)


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
