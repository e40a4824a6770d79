"""``field-reference pack check``: the importer's whole validation of a working folder, with
nothing written, plus what an author should still do (warnings).

Errors are the importer's problems: the pack would be refused. Warnings are what it would
accept but staff should not get: an entry in one language only, a placeholder left in, an
entry without sources, an image nothing shows, a link to an entry this language lacks, a
thesaurus group none of whose terms occurs in the pack (a search for them finds nothing), a
line read as a row of the table above it for want of a blank line. A
single term that occurs nowhere is no fault: an abbreviation staff type that the text spells
out is what a thesaurus is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop_app.content.importer import EntryFile, Inspection, inspect_files
from desktop_app.content.pack import MANIFEST, read_pack_files
from desktop_app.content.render import Rendered
from desktop_app.content.thesaurus import THESAURUS
from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem
from desktop_app.search.correct import Vocabulary
from desktop_app.search.query import Term, index_text, stems_of

ERROR, WARNING = "error", "warning"
PLACEHOLDER_RE = re.compile(r"\{\{fill:[^}\n]*\}\}")  # what pack new and pack add leave
TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")  # |---|:--:|

ONE_LANGUAGE = QT_TRANSLATE_NOOP(
    "Problems", "has no {lang} version: write {path} with the same section ids.")
PLACEHOLDER = QT_TRANSLATE_NOOP("Problems", "a placeholder is left in: {placeholder}.")
NO_SOURCES = QT_TRANSLATE_NOOP(
    "Problems", "names no sources: list the documents it is written from in sources = […].")
UNUSED_IMAGE = QT_TRANSLATE_NOOP("Problems", "no entry shows this image.")
LINK_ONE_LANGUAGE = QT_TRANSLATE_NOOP(
    "Problems", "link “{link}”: “{target}” has no {lang} version, so in this language the "
    "link leads nowhere.")
IN_TABLE = QT_TRANSLATE_NOOP(
    "Problems", "this line is shown as a row of the table above it; leave a blank line "
    "after the table.")
UNMATCHED_GROUP = QT_TRANSLATE_NOOP(
    "Problems", "no term of this group occurs in the pack's text ({terms}), so a search for "
    "them finds nothing.")


@dataclass(frozen=True)
class Finding:
    """One problem of a pack, as ``file:line:column: severity: message``."""

    problem: Problem
    severity: str
    column: int | None = None

    @property
    def sort_key(self) -> tuple[str, int, int]:
        return self.problem.file, self.problem.line or 0, self.column or 0


def check_folder(folder: Path, *, release: bool = False) -> list[Finding]:
    """Every error and warning of the pack in ``folder``, in file and line order. With
    ``release``, the files are also held to the manifest's checksums."""
    return inspect_folder(folder, release=release)[1]


def inspect_folder(folder: Path, *, release: bool = False,
                   cache: dict[str, Rendered] | None = None
                   ) -> tuple[Inspection | None, list[Finding]]:
    """The pack in ``folder`` as the importer reads it (None when it cannot be read at all),
    and its findings; ``cache`` as for ``inspect_files``."""
    try:
        files = read_pack_files(folder)
        seen = inspect_files(files, checksums=release, cache=cache)
    except PackError as exc:
        return None, sorted((Finding(p, ERROR) for p in exc.problems), key=lambda f: f.sort_key)
    findings = [Finding(p, ERROR) for p in seen.problems]
    findings += _placeholders(files)
    findings += [Finding(p, WARNING) for p in _rows_without_a_bar(files)]
    findings += [Finding(p, WARNING) for p in _warnings(seen, set(files))]
    return seen, sorted(findings, key=lambda f: f.sort_key)


def _placeholders(files: dict[str, bytes]) -> list[Finding]:
    found = []
    for rel, data in files.items():
        if rel != MANIFEST and not rel.endswith(".md"):
            continue
        text = data.decode("utf-8", errors="replace")
        for number, line in enumerate(text.split("\n"), start=1):
            for match in PLACEHOLDER_RE.finditer(line):
                found.append(Finding(Problem(rel, number, PLACEHOLDER,
                                             {"placeholder": match.group()}),
                                     WARNING, match.start() + 1))
    return found


def _rows_without_a_bar(files: dict[str, bytes]) -> list[Problem]:
    """Lines without a "|" that follow a table with no blank line between: the Markdown
    renders each as one more row (a list item, a paragraph, lost in the table)."""
    found = []
    for rel, data in files.items():
        if not rel.endswith(".md"):
            continue
        lines = data.decode("utf-8", errors="replace").split("\n")
        in_table = in_code = False
        previous = ""
        for number, line in enumerate(lines, start=1):
            if line.lstrip().startswith(("```", "~~~")):
                in_code, in_table = not in_code, False
            elif in_code:
                pass
            elif not line.strip():
                in_table = False
            elif "|" in line and "|" in previous and TABLE_RULE_RE.match(line):
                in_table = True
            elif in_table and "|" not in line:
                found.append(Problem(rel, number, IN_TABLE))
            previous = line
    return found


def _warnings(seen: Inspection, files: set[str]) -> list[Problem]:
    """What to do still; an entry file that is there but has an error is not missing."""
    languages = seen.manifest.languages
    warnings: list[Problem] = []
    shown: set[str] = set()
    for texts in seen.entries.values():
        first = next(iter(texts.values()))
        for lang in languages:
            path = PurePosixPath(lang, *PurePosixPath(first.name).parts[1:])
            if lang not in texts and str(path) not in files:
                warnings.append(Problem(first.name, None, ONE_LANGUAGE,
                                        {"lang": lang, "path": str(path)}))
        for entry in texts.values():
            shown.update(entry.rendered.images)
            if not entry.meta["sources"]:
                warnings.append(Problem(entry.name, 1, NO_SOURCES))
            warnings += _links_to_one_language(entry, seen, files)
    for image in seen.media:
        if image.path not in shown:
            warnings.append(Problem(image.path, None, UNUSED_IMAGE))
    return warnings + _unmatched_thesaurus(seen)


def _unmatched_thesaurus(seen: Inspection) -> list[Problem]:
    """The thesaurus groups that no word of the pack matches, as search would match them."""
    if not seen.thesaurus:
        return []
    vocabulary = Vocabulary(sorted({
        stem for texts in seen.entries.values() for entry in texts.values()
        for part in (entry.meta["title"], entry.rendered.summary,
                     *(f"{s.title} {s.text}" for s in entry.rendered.sections))
        for stem in index_text(part).split()}))

    def occurs(term: str) -> bool:
        stems = stems_of(term)
        if len(stems) == 1:  # as search matches one word: its family too
            return vocabulary.holds(Term(stems[0]))
        return all(stem in vocabulary.known for stem in stems)

    return [Problem(THESAURUS, group.line, UNMATCHED_GROUP, {"terms": ", ".join(group.terms)})
            for group in seen.thesaurus if not any(occurs(term) for term in group.terms)]


def _links_to_one_language(entry: EntryFile, seen: Inspection, files: set[str]
                           ) -> list[Problem]:
    found = []
    for href in entry.rendered.links:
        if not href.startswith("entry:"):
            continue
        target = href[len("entry:"):].partition("#")[0]
        if target in seen.entries and entry.lang not in seen.entries[target] \
                and f"{entry.lang}/{target}.md" not in files:
            found.append(Problem(entry.name, entry.line_of(href), LINK_ONE_LANGUAGE,
                                 {"link": href, "target": target, "lang": entry.lang}))
    return found
