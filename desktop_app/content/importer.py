"""Import a content pack: verify, parse, validate, render, then build content.sqlite.

All or nothing: every problem in the pack is collected and reported together, and the old
content database is only replaced once the new one is complete.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop_app.content.kept_packs import keep
from desktop_app.content.pack import (
    MANIFEST,
    MUST_BE_NUMBER,
    MUST_BE_TEXT,
    MUST_BE_TEXT_LIST,
    SIGNATURE,
    Manifest,
    decode_utf8,
    field_getter,
    key_line,
    parse_manifest,
    read_pack_files,
    split_front_matter,
    verify_checksums,
)
from desktop_app.content.pack_diff import changes_since
from desktop_app.content.render import (
    MAX_NESTING,
    SECTION_ID_RE,
    WEB_SCHEMES,
    Rendered,
    too_deep,
)
from desktop_app.content.render_workers import RENDER_BUDGET_S, NotRendered, render_files
from desktop_app.content.sources import SOURCES, Registry, parse_sources, unknown_sources
from desktop_app.content.thesaurus import THESAURUS, ThesaurusGroup, parse_thesaurus
from desktop_app.content.trust import Trust, refuse_unless_trusted
from desktop_app.db.content_store import build_content_db
from desktop_app.db.file_lock import LockBusy, locked
from desktop_app.db.records import (
    BriefRecord,
    EntryRecord,
    EntryTextRecord,
    MediaRecord,
    PackInfo,
)
from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem
from desktop_app.search.query import index_text

Progress = Callable[[int, int, str], None]
KINDS = ("overview", "area", "project", "news", "article")
TOP_LEVEL_KINDS = ("overview", "area")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$")
MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".svg": "image/svg+xml"}
SHARED_FIELDS = ("slug", "kind", "area", "order", "sources")
ORDER_RANGE = (-1_000_000, 1_000_000)  # far from what SQLite's integers hold
TOO_DEEP = {  # render.too_deep's findings
    "lists": QT_TRANSLATE_NOOP("Problems", "nests lists more than {limit} levels deep; "
                               "simplify it."),
    "quotes": QT_TRANSLATE_NOOP("Problems", "nests quotes more than {limit} levels deep; "
                                "simplify it."),
    "html": QT_TRANSLATE_NOOP("Problems", "nests HTML elements more than {limit} levels "
                              "deep; simplify it."),
}


@dataclass
class EntryFile:
    """One language of one entry, parsed and rendered, with where it came from."""

    name: str
    lang: str
    meta: dict[str, Any]
    brief: BriefRecord | None
    rendered: Rendered
    body: str
    body_line: int
    _line_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _cursor: int = field(default=0, init=False, repr=False)

    def line_of(self, needle: str) -> int | None:
        """The file line of ``needle``: its first occurrence from the one found last, else
        its first. Problems are looked up in the order of the text, so finding all of them is
        one pass over it, however many there are."""
        at = self.body.find(needle, self._cursor)
        if at < 0:
            at = self.body.find(needle)
        if at < 0:
            return None
        self._cursor = at
        if not self._line_starts:
            self._line_starts = [0, *(m.end() for m in re.finditer("\n", self.body))]
        return self.body_line + bisect_right(self._line_starts, at) - 1


def _parse_brief(name: str, text: str, table: Any, problems: list[Problem]) -> BriefRecord:
    if not isinstance(table, dict):
        problems.append(Problem(name, None, QT_TRANSLATE_NOOP(
            "Problems", "[brief] must be a table.")))
        return BriefRecord()
    get = field_getter(name, text, table, problems, offset=1)
    return BriefRecord(
        period=get("period", str, MUST_BE_TEXT, default=""),
        funding=get("funding", str, MUST_BE_TEXT, default=""),
        status=get("status", str, MUST_BE_TEXT, default=""),
        partners=tuple(get("partners", list, MUST_BE_TEXT_LIST, default=[])),
        locations=tuple(get("locations", list, MUST_BE_TEXT_LIST, default=[])),
        short_name=get("short_name", str, MUST_BE_TEXT, default="").strip(),
    )


@dataclass
class _Front:
    """One language of one entry with its front matter read, its body still to render."""

    meta: dict[str, Any]
    brief: BriefRecord | None
    body: str
    body_line: int
    ok: bool  # the front matter has no problem


def _read_front(name: str, data: bytes, problems: list[Problem]) -> _Front | None:
    """The front matter, checked; None when the body cannot be rendered at all."""
    try:
        front = split_front_matter(name, decode_utf8(name, data))
    except PackError as exc:
        problems.extend(exc.problems)
        return None
    get = field_getter(name, front.text, front.data, problems, offset=1)
    meta = {
        "slug": get("slug", str, MUST_BE_TEXT, required=True, default=""),
        "kind": get("kind", str, MUST_BE_TEXT, required=True, default=""),
        "area": get("area", str, MUST_BE_TEXT, default=None),
        "title": get("title", str, MUST_BE_TEXT, required=True, default=""),
        "order": get("order", int, MUST_BE_NUMBER, default=0),
        "sources": tuple(get("sources", list, MUST_BE_TEXT_LIST, default=[])),
        "sources_line": key_line(front.text, "sources", 1),  # for the registry's check
    }
    if not ORDER_RANGE[0] <= meta["order"] <= ORDER_RANGE[1]:
        problems.append(Problem(name, key_line(front.text, "order", 1), QT_TRANSLATE_NOOP(
            "Problems", "order must be a whole number from {low} to {high}."),
            {"low": ORDER_RANGE[0], "high": ORDER_RANGE[1]}))
    if "title" in front.data and not str(meta["title"]).strip():
        problems.append(Problem(name, 2, QT_TRANSLATE_NOOP("Problems", "title is empty.")))
    if meta["kind"] and meta["kind"] not in KINDS:
        problems.append(Problem(name, key_line(front.text, "kind", 1), QT_TRANSLATE_NOOP(
            "Problems", "kind “{kind}” is unknown; use one of {kinds}."),
            {"kind": meta["kind"], "kinds": ", ".join(KINDS)}))
    brief = None
    if "brief" in front.data:
        if meta["kind"] != "project":
            problems.append(Problem(name, key_line(front.text, "brief", 1), QT_TRANSLATE_NOOP(
                "Problems", "only projects have a [brief].")))
        brief = _parse_brief(name, front.text, front.data["brief"], problems)
    elif meta["kind"] == "project":
        brief = BriefRecord()
    deep = too_deep(front.body)
    if deep is not None:
        problems.append(Problem(name, front.body_line + deep[0] - 1, TOO_DEEP[deep[1]],
                                {"limit": MAX_NESTING}))
        return None
    return _Front(meta, brief, front.body, front.body_line, ok=not problems)


TOO_SLOW = QT_TRANSLATE_NOOP("Problems", "took too long to render (over {seconds} s); "
                             "simplify this file.")
NOT_RENDERED = QT_TRANSLATE_NOOP("Problems", "could not be rendered: the Markdown renderer "
                                 "failed on it; simplify this file.")


def _render(fronts: dict[str, _Front], progress: Progress | None, budget_s: float,
            cache: dict[str, Rendered] | None) -> dict[str, Rendered | NotRendered]:
    """Every body rendered in the worker processes, each within ``budget_s``; with a
    ``cache`` (body → rendering), only the bodies it does not hold yet."""
    known = cache if cache is not None else {}
    todo = {name: front.body for name, front in fronts.items() if front.body not in known}
    names = list(todo)

    def tick(done: int) -> None:
        if progress is not None:
            progress(done, len(names), names[min(done, len(names) - 1)])

    results = render_files(todo, budget_s, tick)
    if cache is not None:
        cache.update((todo[name], r) for name, r in results.items() if isinstance(r, Rendered))
    return {name: results[name] if name in results else known[front.body]
            for name, front in fronts.items()}


def _check_headings(entry: EntryFile, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for heading in entry.rendered.headings:
        line = entry.line_of(heading.title) or entry.line_of("#")
        if heading.level == 1:
            problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                "Problems", "heading “{heading}” uses “#”; the title comes from the front "
                "matter, sections start at “##”."), {"heading": heading.title}))
        elif heading.level in (2, 3) and not heading.anchor:
            problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                "Problems", "heading “{heading}” has no id; write it as "
                "“## {heading} {{#some-id}}”."), {"heading": heading.title}))
        elif heading.anchor and heading.level in (2, 3):
            if not SECTION_ID_RE.match(heading.anchor):
                problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                    "Problems", "section id “{id}” may hold only lowercase letters, digits "
                    "and hyphens."), {"id": heading.anchor}))
            if heading.anchor in seen:
                problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                    "Problems", "section id “{id}” is used twice."), {"id": heading.anchor}))
            seen.add(heading.anchor)


def _collect(manifest: Manifest, files: dict[str, bytes], progress: Progress | None,
             problems: list[Problem], render_budget_s: float,
             cache: dict[str, Rendered] | None = None
             ) -> tuple[dict[str, dict[str, EntryFile]], list[MediaRecord]]:
    entries: dict[str, dict[str, EntryFile]] = {}
    media: list[MediaRecord] = []
    names = sorted(rel for rel in files
                   if rel not in (MANIFEST, SIGNATURE, THESAURUS, SOURCES))
    found: dict[str, list[Problem]] = {rel: [] for rel in names}  # reported in name order
    fronts: dict[str, _Front] = {}
    for rel in names:
        path = PurePosixPath(rel)
        if path.parts[0] == "media":
            mime = MEDIA_TYPES.get(path.suffix.lower())
            if mime is None:
                found[rel].append(Problem(rel, None, QT_TRANSLATE_NOOP(
                    "Problems", "is not a supported image ({types})."),
                    {"types": ", ".join(sorted(MEDIA_TYPES))}))
            else:
                media.append(MediaRecord(rel, mime, files[rel]))
        elif path.parts[0] not in manifest.languages or path.suffix != ".md" or len(path.parts) < 2:
            found[rel].append(Problem(rel, None, QT_TRANSLATE_NOOP(
                "Problems", "is neither an entry (<language>/<slug>.md for a language of the "
                "pack: {languages}) nor an image under media/."),
                {"languages": ", ".join(manifest.languages)}))
        elif (front := _read_front(rel, files[rel], found[rel])) is not None:
            fronts[rel] = front
    rendered = _render(fronts, progress, render_budget_s, cache)
    for rel in names:
        problems.extend(found[rel])
        if rel not in fronts:
            continue
        entry = _entry(rel, fronts[rel], rendered[rel], render_budget_s, problems)
        if entry is None:
            continue
        slug = entry.meta["slug"]
        lang = entry.lang
        expected = str(PurePosixPath(rel).relative_to(lang).with_suffix(""))
        if slug in entries and lang in entries[slug]:
            problems.append(Problem(rel, 2, QT_TRANSLATE_NOOP(
                "Problems", "slug “{slug}” is already used by {other}."),
                {"slug": slug, "other": entries[slug][lang].name}))
            continue
        if not SLUG_RE.match(slug):
            problems.append(Problem(rel, 2, QT_TRANSLATE_NOOP(
                "Problems", "slug “{slug}” may hold only lowercase words of letters, digits "
                "and hyphens separated by “/”."), {"slug": slug}))
        elif slug != expected:
            problems.append(Problem(rel, 2, QT_TRANSLATE_NOOP(
                "Problems", "slug “{slug}” does not match the file's path; it should be "
                "“{expected}”."), {"slug": slug, "expected": expected}))
        entries.setdefault(slug, {})[lang] = entry
    return entries, media


def _entry(name: str, front: _Front, rendered: Rendered | NotRendered, budget_s: float,
           problems: list[Problem]) -> EntryFile | None:
    """The entry file, when its front matter, its rendering and its headings are right."""
    if isinstance(rendered, NotRendered):
        if rendered.timed_out:
            problems.append(Problem(name, None, TOO_SLOW, {"seconds": f"{budget_s:g}"}))
        else:
            problems.append(Problem(name, None, NOT_RENDERED, detail=rendered.detail))
        return None
    entry = EntryFile(name, PurePosixPath(name).parts[0], front.meta, front.brief, rendered,
                      front.body, front.body_line)
    before = len(problems)
    _check_headings(entry, problems)
    return entry if front.ok and len(problems) == before else None


def _validate(entries: dict[str, dict[str, EntryFile]], media: list[MediaRecord],
              problems: list[Problem]) -> None:
    media_paths = {m.path for m in media}
    anchors = {slug: {s.anchor for t in texts.values() for s in t.rendered.sections}
               for slug, texts in entries.items()}
    for slug, texts in sorted(entries.items()):
        first = next(iter(texts.values()))
        for other in list(texts.values())[1:]:
            for key in SHARED_FIELDS:
                if other.meta[key] != first.meta[key]:
                    problems.append(Problem(other.name, None, QT_TRANSLATE_NOOP(
                        "Problems", "{key} differs from {other}; it must be the same in every "
                        "language."), {"key": key, "other": first.name}))
            mine = [s.anchor for s in other.rendered.sections]
            theirs = [s.anchor for s in first.rendered.sections]
            if mine != theirs:
                problems.append(_sections_differ(other.name, first.name, mine, theirs))
        kind, area = first.meta["kind"], first.meta["area"]
        if kind in TOP_LEVEL_KINDS and area:
            problems.append(Problem(first.name, first.line_of("area") or None, QT_TRANSLATE_NOOP(
                "Problems", "an entry of kind “{kind}” is top-level and has no area."),
                {"kind": kind}))
        elif kind not in TOP_LEVEL_KINDS:
            parent = entries.get(area) if area else None
            if not area:
                problems.append(Problem(first.name, None, QT_TRANSLATE_NOOP(
                    "Problems", "an entry of kind “{kind}” needs an area."), {"kind": kind}))
            elif parent is None or next(iter(parent.values())).meta["kind"] not in TOP_LEVEL_KINDS:
                problems.append(Problem(first.name, None, QT_TRANSLATE_NOOP(
                    "Problems", "area “{area}” is unknown: it must be the slug of an overview "
                    "or area entry."), {"area": area}))
        for entry in texts.values():
            _check_targets(entry, slug, anchors, media_paths, problems)


def _sections_differ(name: str, first: str, mine: list[str], theirs: list[str]) -> Problem:
    """Which section ids one language lacks or adds compared with the first one."""
    missing = ", ".join(a for a in theirs if a not in mine)
    extra = ", ".join(a for a in mine if a not in theirs)
    if missing and extra:
        template = QT_TRANSLATE_NOOP("Problems", "section ids differ from {other} (missing: "
                                     "{missing}; not in {other}: {extra}).")
    elif missing:
        template = QT_TRANSLATE_NOOP("Problems",
                                     "section ids differ from {other} (missing: {missing}).")
    elif extra:
        template = QT_TRANSLATE_NOOP("Problems",
                                     "section ids differ from {other} (not in it: {extra}).")
    else:
        template = QT_TRANSLATE_NOOP("Problems",
                                     "section ids differ from {other} (in another order).")
    return Problem(name, None, template, {"other": first, "missing": missing, "extra": extra})


def _check_targets(entry: EntryFile, slug: str, anchors: dict[str, set[str]],
                   media_paths: set[str], problems: list[Problem]) -> None:
    for href in entry.rendered.links:
        line = entry.line_of(f"({href}") or entry.line_of(href)
        if href.startswith(WEB_SCHEMES):
            continue
        if href.startswith("#"):
            if href[1:] not in entry.rendered.ids:
                problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                    "Problems", "link “{link}”: no such section here."), {"link": href}))
        elif href.startswith("entry:"):
            target, _, anchor = href[len("entry:"):].partition("#")
            if target not in anchors:
                problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                    "Problems", "link “{link}”: no entry “{target}”."),
                    {"link": href, "target": target}))
            elif anchor and anchor not in anchors[target]:
                problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                    "Problems", "link “{link}”: “{target}” has no section “{section}”."),
                    {"link": href, "target": target, "section": anchor}))
        else:
            problems.append(Problem(entry.name, line, QT_TRANSLATE_NOOP(
                "Problems", "link “{link}” is not allowed: write entry:slug#section for "
                "entries, https://… for web pages."), {"link": href}))
    for src in entry.rendered.images:
        line = entry.line_of(src)
        if src not in media_paths:
            if src.startswith(("/", "..")) or "/../" in src or re.match(r"^[a-z]+:", src):
                template = QT_TRANSLATE_NOOP("Problems", "image “{image}” points outside the pack.")
            else:
                template = QT_TRANSLATE_NOOP(
                    "Problems", "image “{image}” is not a file in the pack's media/ folder.")
            problems.append(Problem(entry.name, line, template, {"image": src}))


def records_of(entries: dict[str, dict[str, EntryFile]]) -> list[EntryRecord]:
    records = []
    for slug, texts in entries.items():
        first = next(iter(texts.values()))
        records.append(EntryRecord(
            slug=slug, kind=first.meta["kind"], area=first.meta["area"],
            order=first.meta["order"], sources=first.meta["sources"],
            texts={lang: EntryTextRecord(
                lang=lang, title=e.meta["title"].strip(), summary=e.rendered.summary,
                html=e.rendered.html, sections=tuple(e.rendered.sections), brief=e.brief)
                for lang, e in texts.items()},
        ))
    return records


def load_pack(source: Path, progress: Progress | None = None, *,
              render_budget_s: float = RENDER_BUDGET_S, checksums: bool = True
              ) -> tuple[PackInfo, list[EntryRecord], list[MediaRecord]]:
    """Read and validate a pack; raise :class:`PackError` listing every problem. Without
    ``checksums``, as ``inspect_files``: the files judged as they are (a working folder)."""
    seen, info, records = _load_files(read_pack_files(source), progress, render_budget_s,
                                      checksums)
    return info, records, seen.media


@dataclass
class Inspection:
    """A pack read and checked as the importer does: what it holds, and its problems."""

    manifest: Manifest
    entries: dict[str, dict[str, EntryFile]]  # slug → language → entry file
    media: list[MediaRecord]
    problems: list[Problem]
    thesaurus: tuple[ThesaurusGroup, ...] = ()
    sources: Registry | None = None  # None: the pack has no sources.toml


def inspect_files(files: dict[str, bytes], progress: Progress | None = None, *,
                  checksums: bool = True, render_budget_s: float = RENDER_BUDGET_S,
                  cache: dict[str, Rendered] | None = None) -> Inspection:
    """Every check of the import but the signature's, with nothing written. Without
    ``checksums``, the files are judged as they are, not held to the manifest's checksums
    (a working folder, where they are build output); with a ``cache`` (body → rendering,
    kept between calls), only the bodies not rendered before are rendered. A manifest that
    cannot be read, or files that do not match it, raise :class:`PackError`."""
    manifest = parse_manifest(files)
    if checksums:
        verify_checksums(manifest, files)
    # The thesaurus and the registry stand apart from the entries: their problems never keep
    # the entries from being checked (the entries' own problems do, so as not to cascade).
    problems: list[Problem] = []
    thesaurus = parse_thesaurus(files[THESAURUS], problems) if THESAURUS in files else ()
    sources = (parse_sources(files[SOURCES], manifest.languages, problems)
               if SOURCES in files else None)
    apart = len(problems)
    entries, media = _collect(manifest, files, progress, problems, render_budget_s, cache)
    if len(problems) == apart:
        _validate(entries, media, problems)
        if sources is not None:
            named = [(entry.name, entry.meta["sources"], entry.meta["sources_line"])
                     for texts in entries.values() for entry in texts.values()]
            problems += unknown_sources(sources, named)
    if not entries and not problems:
        problems.append(Problem(MANIFEST, None, QT_TRANSLATE_NOOP(
            "Problems", "the pack holds no entries.")))
    return Inspection(manifest, entries, media, problems, thesaurus, sources)


def _load_files(files: dict[str, bytes], progress: Progress | None, render_budget_s: float,
                checksums: bool = True) -> tuple[Inspection, PackInfo, list[EntryRecord]]:
    seen = inspect_files(files, progress, checksums=checksums, render_budget_s=render_budget_s)
    if seen.problems:
        raise PackError(seen.problems)
    manifest = seen.manifest
    info = PackInfo(manifest.id, manifest.version, manifest.date, manifest.languages,
                    manifest.title)
    return seen, info, records_of(seen.entries)


ANOTHER_IMPORT = QT_TRANSLATE_NOOP(
    "Problems", "another import into this data folder is running; import again once it has "
    "finished.")


def import_pack(source: Path, content_db: Path, progress: Progress | None = None, *,
                keep_in: Path | None = None, trust: Trust | None = None,
                render_budget_s: float = RENDER_BUDGET_S) -> PackInfo:
    """Validate ``source`` and build ``content_db`` from it, all or nothing; one import at a
    time into one data folder (a second is refused with a :class:`PackError` saying so).

    With ``trust``, a pack the user brings: its signature is checked first (``trust.py``);
    without, the program's own (the bundled pack, one it kept). With ``keep_in`` (the data
    folder's ``packs/``), the pack's verified files are kept there once the content is
    built, for a later rebuild (``kept_packs``). The new content records what changed since
    the content it replaces (``pack_diff.changes_since``), for the reader's What's new.
    """
    try:
        with locked(content_db):
            files = read_pack_files(source)
            if trust is not None:
                refuse_unless_trusted(files, trust)
            seen, info, records = _load_files(files, progress, render_budget_s)
            previous, changes = changes_since(content_db, info, records)
            build_content_db(content_db, info, records, seen.media, progress,
                             index_text=index_text, previous=previous, changes=changes,
                             thesaurus=[group.terms for group in seen.thesaurus],
                             sources=seen.sources.records if seen.sources else ())
            if keep_in is not None:
                try:
                    keep(files, seen.manifest, keep_in)
                except OSError:  # a full disk: the content is in, only its spare copy is not
                    pass
    except LockBusy:
        raise PackError([Problem(str(content_db), None, ANOTHER_IMPORT)]) from None
    return info
