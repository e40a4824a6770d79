"""``field-reference pack new`` and ``pack add``: a pack folder to start from, and a new entry
in every language of a pack, each file with the same section ids and the front matter of its
kind. What the author must still write is a ``{{fill: …}}`` placeholder, which ``pack check``
reports until it is replaced (``authoring.py``).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from desktop_app.content.importer import KINDS, SLUG_RE, TOP_LEVEL_KINDS
from desktop_app.content.pack import AUTHORS_README, MANIFEST, write_manifest_checksums

LANGUAGES = ("en", "ru")  # of a new pack

# Each kind's sections, (id, English heading, Russian heading): the same ids in every language.
SECTIONS = {
    "overview": [("about", "About", "Общие сведения")],
    "area": [("about", "About", "Общие сведения")],
    "project": [("objectives", "Objectives", "Цели"), ("activities", "Activities", "Деятельность"),
                ("results", "Results", "Результаты")],
    "news": [("details", "Details", "Подробности")],
    "article": [("about", "About", "Общие сведения")],
}
FILL = {
    "en": {"title": "{{fill: title}}", "summary": "{{fill: one paragraph: what this entry is "
           "about}}", "section": "{{fill: the text of this section}}",
           "brief": "{{fill: as the source gives it, or leave it empty}}"},
    "ru": {"title": "{{fill: заголовок}}", "summary": "{{fill: один абзац: о чём эта запись}}",
           "section": "{{fill: текст этого раздела}}",
           "brief": "{{fill: как в источнике, или оставьте пустым}}"},
}
README = """\
# A content pack of Field Reference

Entries are Markdown files under one folder per language (en/, ru/), each with the same
slug, the same front matter and the same section ids in every language. docs/authoring.md
of Field Reference describes the whole workflow.

    field-reference pack add FOLDER SLUG --kind project --area AREA   # a new entry
    field-reference pack check FOLDER                                 # what is wrong or missing
    field-reference preview FOLDER                                    # read it as staff will
    field-reference pack build FOLDER -o PACK.zip --sign KEYFILE      # the zip staff import

Replace every {{fill: …}} placeholder; pack check lists those left. This file is for
authors and is not part of the pack.

# Пакет содержимого Field Reference

Записи — файлы Markdown в папке каждого языка (en/, ru/); у записи во всех языках одинаковые
slug, заголовок TOML и идентификаторы разделов. Весь порядок работы описан в
docs/authoring.md программы. Замените каждую метку {{fill: …}}; pack check перечисляет
оставшиеся. Этот файл — для авторов, в пакет он не входит.
"""


class ScaffoldError(ValueError):
    """What cannot be made, in plain words."""


def new_pack(folder: Path, today: datetime.date | None = None) -> list[Path]:
    """A pack in ``folder`` (new or empty): manifest, README for authors, one overview entry
    in each language. The files written."""
    if folder.exists() and any(folder.iterdir()):
        raise ScaffoldError(f"{folder} is not empty; give a new folder")
    pack_id = re.sub(r"[^a-z0-9]+", "-", folder.resolve().name.lower()).strip("-") or "pack"
    folder.mkdir(parents=True, exist_ok=True)
    languages = ", ".join(f'"{lang}"' for lang in LANGUAGES)
    (folder / MANIFEST).write_text(
        f'id = "{pack_id}"\nversion = "0.1.0"\ndate = {today or datetime.date.today()}\n'
        f'languages = [{languages}]\ntitle = "{{{{fill: the title of the pack}}}}"\n\n[files]\n',
        encoding="utf-8")
    (folder / AUTHORS_README).write_text(README, encoding="utf-8")
    return [folder / MANIFEST, folder / AUTHORS_README,
            *add_entry(folder, "overview", "overview", None)]


def _languages(folder: Path) -> list[str]:
    text = (folder / MANIFEST).read_text(encoding="utf-8")
    match = re.search(r"^languages\s*=\s*\[([^\]]*)\]", text, re.MULTILINE)
    if match is None:
        raise ScaffoldError(f"{folder / MANIFEST} names no languages")
    return re.findall(r'"([^"]+)"', match.group(1))


def add_entry(folder: Path, slug: str, kind: str, area: str | None) -> list[Path]:
    """The entry ``slug`` in every language of the pack in ``folder``; the files written."""
    if not (folder / MANIFEST).is_file():
        raise ScaffoldError(f"{folder} holds no {MANIFEST}; make a pack with pack new")
    if not SLUG_RE.match(slug):
        raise ScaffoldError(f"slug “{slug}” may hold only lowercase words of letters, digits "
                            "and hyphens separated by “/”")
    if kind not in KINDS:
        raise ScaffoldError(f"kind “{kind}” is unknown; use one of {', '.join(KINDS)}")
    languages = _languages(folder)
    if kind in TOP_LEVEL_KINDS:
        if area:
            raise ScaffoldError(f"an entry of kind “{kind}” is top-level and has no area")
    elif not area:
        raise ScaffoldError(f"an entry of kind “{kind}” needs --area")
    elif not (folder / languages[0] / f"{area}.md").is_file():
        raise ScaffoldError(f"area “{area}” is unknown: {languages[0]}/{area}.md does not exist")
    paths = [folder / lang / f"{slug}.md" for lang in languages]
    for path in paths:
        if path.exists():
            raise ScaffoldError(f"{path} exists; nothing was written")
    written: list[Path] = []
    try:
        for lang, path in zip(languages, paths, strict=True):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_entry_text(slug, kind, area, lang), encoding="utf-8")
            written.append(path)
    except OSError as exc:  # a file where a folder must be, a full disk: all languages or none
        for done in written:
            done.unlink(missing_ok=True)
        raise ScaffoldError(f"{exc.filename or path} could not be written "
                            f"({exc.strerror or exc}); nothing was written") from exc
    write_manifest_checksums(folder)
    return paths


def _entry_text(slug: str, kind: str, area: str | None, lang: str) -> str:
    fill = FILL.get(lang, FILL["en"])
    front = [f'slug = "{slug}"', f'kind = "{kind}"']
    if area:
        front.append(f'area = "{area}"')
    front += [f'title = "{fill["title"]}"', "order = 0", "sources = []"]
    if kind == "project":
        front += ["", "[brief]", *(f'{name} = "{fill["brief"]}"'
                                   for name in ("period", "funding", "status")),
                  "partners = []", "locations = []"]
    body = [fill["summary"]]
    for anchor, english, russian in SECTIONS[kind]:
        body += ["", f"## {russian if lang == 'ru' else english} {{#{anchor}}}", "",
                 fill["section"]]
    return "+++\n" + "\n".join(front) + "\n+++\n\n" + "\n".join(body) + "\n"
