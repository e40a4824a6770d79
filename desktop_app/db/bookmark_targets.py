"""What bookmarks point at in content.sqlite: labels and text fingerprints of every place.

A bookmark is *missing* when its entry or section is no longer in the content, *changed* when
the fingerprint of its text differs from the one it recorded, and *ok* otherwise. The fingerprint
covers every language of the place, so it does not depend on the language being read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.bookmark_records import Target, TargetKey
from desktop_app.db.content_models import Entry, EntryText, Section

TITLE_SEPARATOR = " › "


def _fingerprint(parts: dict[str, str]) -> str:
    text = "\n".join(f"{lang}:{digest}" for lang, digest in sorted(parts.items()))
    return hashlib.sha256(text.encode()).hexdigest()


def content_targets(session: Session, slugs: Collection[str] | None = None
                    ) -> dict[TargetKey, Target]:
    """(slug, section) → (title per language, text fingerprint), for entries ("" section)
    and for every section of them; of the entries ``slugs`` only, when given."""
    entries = select(Entry.id, Entry.slug)
    texts = select(EntryText.entry_id, EntryText.lang, EntryText.title, EntryText.html)
    sections_query = select(Section.entry_id, Section.lang, Section.anchor, Section.title,
                            Section.text_hash)
    if slugs is not None:
        entries = entries.where(Entry.slug.in_(slugs))
        texts = texts.join(Entry, Entry.id == EntryText.entry_id).where(Entry.slug.in_(slugs))
        sections_query = sections_query.join(Entry, Entry.id == Section.entry_id).where(
            Entry.slug.in_(slugs))
    ids = {eid: slug for eid, slug in session.execute(entries)}
    entry_titles: dict[int, dict[str, str]] = {}
    entry_hashes: dict[int, dict[str, str]] = {}
    for entry_id, lang, title, html in session.execute(texts):
        entry_titles.setdefault(entry_id, {})[lang] = title
        entry_hashes.setdefault(entry_id, {})[lang] = hashlib.sha256(html.encode()).hexdigest()
    targets: dict[TargetKey, Target] = {}
    for entry_id, slug in ids.items():
        targets[(slug, "")] = (entry_titles.get(entry_id, {}),
                               _fingerprint(entry_hashes.get(entry_id, {})))
    sections: dict[tuple[int, str], tuple[dict[str, str], dict[str, str]]] = {}
    for entry_id, lang, anchor, title, text_hash in session.execute(sections_query):
        titles, hashes = sections.setdefault((entry_id, anchor), ({}, {}))
        entry_title = entry_titles.get(entry_id, {}).get(lang, "")
        titles[lang] = f"{entry_title}{TITLE_SEPARATOR}{title}" if entry_title else title
        hashes[lang] = text_hash
    for (entry_id, anchor), (titles, hashes) in sections.items():
        targets[(ids[entry_id], anchor)] = (titles, _fingerprint(hashes))
    return targets
