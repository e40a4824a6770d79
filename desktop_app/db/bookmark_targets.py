"""What bookmarks point at in content.sqlite: labels and text fingerprints of every place.

A bookmark is *missing* when its entry or section is no longer in the content, *changed* when
the fingerprint of its text differs from the one it recorded, and *ok* otherwise. The fingerprint
covers every language of the place, so it does not depend on the language being read.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.bookmark_records import Targets
from desktop_app.db.content_models import Entry, EntryText, Section

TITLE_SEPARATOR = " › "


def _fingerprint(parts: dict[str, str]) -> str:
    text = "\n".join(f"{lang}:{digest}" for lang, digest in sorted(parts.items()))
    return hashlib.sha256(text.encode()).hexdigest()


def content_targets(session: Session) -> Targets:
    """(slug, section) → (title per language, text fingerprint), for entries ("" section)
    and for every section of them."""
    slugs = {eid: slug for eid, slug in session.execute(select(Entry.id, Entry.slug))}
    entry_titles: dict[int, dict[str, str]] = {}
    entry_hashes: dict[int, dict[str, str]] = {}
    for entry_id, lang, title, html in session.execute(
            select(EntryText.entry_id, EntryText.lang, EntryText.title, EntryText.html)):
        entry_titles.setdefault(entry_id, {})[lang] = title
        entry_hashes.setdefault(entry_id, {})[lang] = hashlib.sha256(html.encode()).hexdigest()
    targets: Targets = {}
    for entry_id, slug in slugs.items():
        targets[(slug, "")] = (entry_titles.get(entry_id, {}),
                               _fingerprint(entry_hashes.get(entry_id, {})))
    sections: dict[tuple[int, str], tuple[dict[str, str], dict[str, str]]] = {}
    for entry_id, lang, anchor, title, text_hash in session.execute(
            select(Section.entry_id, Section.lang, Section.anchor, Section.title,
                   Section.text_hash)):
        titles, hashes = sections.setdefault((entry_id, anchor), ({}, {}))
        entry_title = entry_titles.get(entry_id, {}).get(lang, "")
        titles[lang] = f"{entry_title}{TITLE_SEPARATOR}{title}" if entry_title else title
        hashes[lang] = text_hash
    for (entry_id, anchor), (titles, hashes) in sections.items():
        targets[(slugs[entry_id], anchor)] = (titles, _fingerprint(hashes))
    return targets
