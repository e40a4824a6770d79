"""What bookmarks point at in content.sqlite: labels and text fingerprints of every place.

A bookmark is *missing* when its entry or section is no longer in the content, *changed* when
the fingerprint of its text differs from the one it recorded, and *ok* otherwise. The fingerprint
covers every language of the place, so it does not depend on the language being read.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Collection

from desktop_app.db.bookmark_records import Target, TargetKey

TITLE_SEPARATOR = " › "


def _fingerprint(parts: dict[str, str]) -> str:
    text = "\n".join(f"{lang}:{digest}" for lang, digest in sorted(parts.items()))
    return hashlib.sha256(text.encode()).hexdigest()


def content_targets(db: sqlite3.Connection, slugs: Collection[str] | None = None
                    ) -> dict[TargetKey, Target]:
    """(slug, section) → (title per language, text fingerprint), for entries ("" section)
    and for every section of them; of the entries ``slugs`` only, when given. ``db`` is a
    connection to content.sqlite (``ContentReader.db``)."""
    # the slugs travel as one JSON array: any number of them, in one parameter
    where, params = ("", ()) if slugs is None else (
        " WHERE e.slug IN (SELECT value FROM json_each(?))", (json.dumps(list(slugs)),))
    ids = {eid: slug for eid, slug in db.execute(f"SELECT e.id, e.slug FROM entry e{where}",
                                                  params)}
    entry_titles: dict[int, dict[str, str]] = {}
    entry_hashes: dict[int, dict[str, str]] = {}
    for entry_id, lang, title, html in db.execute(
            "SELECT t.entry_id, t.lang, t.title, t.html FROM entry_text t "
            f"JOIN entry e ON e.id = t.entry_id{where}", params):
        entry_titles.setdefault(entry_id, {})[lang] = title
        entry_hashes.setdefault(entry_id, {})[lang] = hashlib.sha256(html.encode()).hexdigest()
    targets: dict[TargetKey, Target] = {}
    for entry_id, slug in ids.items():
        targets[(slug, "")] = (entry_titles.get(entry_id, {}),
                               _fingerprint(entry_hashes.get(entry_id, {})))
    sections: dict[tuple[int, str], tuple[dict[str, str], dict[str, str]]] = {}
    for entry_id, lang, anchor, title, text_hash in db.execute(
            "SELECT s.entry_id, s.lang, s.anchor, s.title, s.text_hash "
            f"FROM section s JOIN entry e ON e.id = s.entry_id{where}", params):
        titles, hashes = sections.setdefault((entry_id, anchor), ({}, {}))
        entry_title = entry_titles.get(entry_id, {}).get(lang, "")
        titles[lang] = f"{entry_title}{TITLE_SEPARATOR}{title}" if entry_title else title
        hashes[lang] = text_hash
    for (entry_id, anchor), (titles, hashes) in sections.items():
        targets[(ids[entry_id], anchor)] = (titles, _fingerprint(hashes))
    return targets
