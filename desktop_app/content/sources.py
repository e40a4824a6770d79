"""The pack's source registry: the documents its entries are written from, and how old each is.

``sources.toml`` at the top of a pack, listed in the manifest like every file. One table per
source document: its id (what an entry's ``sources = […]`` names), and in each language of
the pack a title saying what it covers and the time markers the document carries itself
("headlines naming 2011–2013", "mentions the COVID-19 pandemic") — never a date it does not
give::

    [[source]]
    id = "000_d1cfa4d1e2464911.txt"
    en = { title = "IOM Tajikistan web page on border management", markers = ["since 2009"] }
    ru = { title = "Страница МОМ в Таджикистане о границах", markers = ["с 2009 года"] }

When a pack has a registry, the importer refuses an entry that names a source it does not
list. The printed brief names its sources with their markers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.content.pack import decode_utf8, parse_toml, table_lines
from desktop_app.db.records import SourceRecord
from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem

SOURCES = "sources.toml"
MAX_SOURCES = 10_000
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP(
    "Problems", "source “{source}” is not listed in sources.toml.")


@dataclass(frozen=True)
class Registry:
    records: tuple[SourceRecord, ...]

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(record.id for record in self.records)


def unknown_sources(registry: Registry,
                    named: Iterable[tuple[str, Sequence[str], int | None]]) -> list[Problem]:
    """A problem for each source an entry names (file, its sources, their line) that the
    registry does not list."""
    known = registry.ids
    return [Problem(name, line, UNKNOWN_SOURCE, {"source": source})
            for name, sources, line in named for source in sources if source not in known]


def parse_sources(data: bytes, languages: tuple[str, ...],
                  problems: list[Problem]) -> Registry:
    """The registry in ``sources.toml``; what is wrong is added to ``problems``."""
    try:
        text = decode_utf8(SOURCES, data)
        table = parse_toml(SOURCES, text)
    except PackError as exc:
        problems.extend(exc.problems)
        return Registry(())
    listed = table.get("source", [])
    if set(table) - {"source"} or not isinstance(listed, list) \
            or not all(isinstance(item, dict) for item in listed):
        problems.append(Problem(SOURCES, None, QT_TRANSLATE_NOOP(
            "Problems", "holds only [[source]] tables.")))
        return Registry(())
    if len(listed) > MAX_SOURCES:
        problems.append(Problem(SOURCES, None, QT_TRANSLATE_NOOP(
            "Problems", "lists {count} sources; at most {limit} are allowed."),
            {"count": len(listed), "limit": MAX_SOURCES}))
        return Registry(())
    lines = table_lines(text, "source")
    records: list[SourceRecord] = []
    for index, item in enumerate(listed):
        line = lines[index] if index < len(lines) else None
        record = _record(item, languages, line, problems)
        if record is None:
            continue
        if record.id in {r.id for r in records}:
            problems.append(Problem(SOURCES, line, QT_TRANSLATE_NOOP(
                "Problems", "source “{source}” is listed twice."), {"source": record.id}))
            continue
        records.append(record)
    return Registry(tuple(records))


def _record(item: dict[str, object], languages: tuple[str, ...], line: int | None,
            problems: list[Problem]) -> SourceRecord | None:
    source_id = item.get("id")
    if not isinstance(source_id, str) or not source_id.strip():
        problems.append(Problem(SOURCES, line, QT_TRANSLATE_NOOP(
            "Problems", "a source needs an id: the name its entries' sources = […] use.")))
        return None
    for key in set(item) - {"id", *languages}:
        problems.append(Problem(SOURCES, line, QT_TRANSLATE_NOOP(
            "Problems", "source “{source}”: “{key}” is neither id nor a language of the "
            "pack."), {"source": source_id, "key": key}))
    titles: dict[str, str] = {}
    markers: dict[str, tuple[str, ...]] = {}
    for lang in languages:
        part = item.get(lang)
        title = part.get("title") if isinstance(part, dict) else None
        marks = part.get("markers", []) if isinstance(part, dict) else None
        if not isinstance(title, str) or not title.strip() or not isinstance(marks, list) \
                or not all(isinstance(m, str) for m in marks):
            problems.append(Problem(SOURCES, line, QT_TRANSLATE_NOOP(
                "Problems", "source “{source}” needs {lang} = {{ title = \"…\", markers = "
                "[\"…\"] }}."), {"source": source_id, "lang": lang}))
            return None
        titles[lang] = title.strip()
        markers[lang] = tuple(m.strip() for m in marks if m.strip())
    return SourceRecord(source_id, titles, markers)
