"""Bookmark files: the JSON format of docs/bookmarks-format.md (export and import) and XBEL.

No Qt and no database here: a :class:`Document` is built from records, written, read back and
checked completely before anything is merged, so a bad file changes nothing.
"""

from __future__ import annotations

import json
import os
import re
import stat
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError, SubElement, indent, tostring
from xml.etree.ElementTree import fromstring as fromstring_xml

from desktop_app.db.bookmark_records import BookmarkRecord, FolderRecord, now_stamp
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem, ProblemError
from desktop_app.reasons import reason
from desktop_app.side_files import side_file

MAX_FILE_BYTES = 64 * 1024 * 1024  # some 200,000 bookmarks with notes; larger is not ours
FORMAT_NAME = "field-reference-bookmarks"
FORMAT_VERSION = 1
NOT_READ = QT_TRANSLATE_NOOP("Problems", "could not be read: {reason}.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Problems", "could not be written: {reason}.")
XBEL_DOCTYPE = ('<!DOCTYPE xbel PUBLIC "+//IDN python.org//DTD XML Bookmark Exchange Language '
                '1.0//EN//XML" "http://pyxml.sourceforge.net/topics/dtds/xbel.dtd">')


class BookmarkFileError(ProblemError):
    """The file is not a bookmarks file we can read, or could not be written: ``problem``
    names the file and where, in words the window translates."""

    def __init__(self, file: str | Path, message: str, **params: object) -> None:
        super().__init__(Problem(str(file), None, message, params,
                                 phrases=("reason",) if "reason" in params else ()))


@dataclass
class BookmarkItem:
    target: str  # slug or slug#section
    name: str = ""
    note: str = ""
    created_at: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    text_hash: str = ""

    @property
    def slug_section(self) -> tuple[str, str]:
        slug, _, section = self.target.partition("#")
        return slug, section

    def label(self, lang: str) -> str:
        return self.name or self.titles.get(lang) or next(
            (t for _l, t in sorted(self.titles.items()) if t), self.target)


@dataclass
class FolderItem:
    name: str
    created_at: str = ""
    bookmarks: list[BookmarkItem] = field(default_factory=list)
    folders: list[FolderItem] = field(default_factory=list)


@dataclass
class Document:
    bookmarks: list[BookmarkItem] = field(default_factory=list)
    folders: list[FolderItem] = field(default_factory=list)

    def count(self) -> tuple[int, int]:
        """(bookmarks, folders) in the whole document."""
        marks, folders = len(self.bookmarks), 0
        stack = list(self.folders)
        while stack:
            folder = stack.pop()
            folders += 1
            marks += len(folder.bookmarks)
            stack.extend(folder.folders)
        return marks, folders


def build_document(folders: list[FolderRecord], bookmarks: list[BookmarkRecord]) -> Document:
    """The user's bookmarks as a document, in their manual order."""
    items = {f.id: FolderItem(f.name, f.created_at) for f in folders}
    document = Document()
    for f in folders:
        parent = items.get(f.parent_id) if f.parent_id is not None else None
        (parent.folders if parent else document.folders).append(items[f.id])
    for b in bookmarks:
        item = BookmarkItem(b.target, b.name, b.note, b.created_at, dict(b.titles), b.text_hash)
        folder = items.get(b.folder_id) if b.folder_id is not None else None
        (folder.bookmarks if folder else document.bookmarks).append(item)
    return document


# JSON


def _bookmark_json(item: BookmarkItem) -> dict[str, Any]:
    data: dict[str, Any] = {"target": item.target}
    if item.name:
        data["name"] = item.name
    data["titles"] = item.titles
    data["note"] = item.note
    data["created_at"] = item.created_at
    if item.text_hash:
        data["text_hash"] = item.text_hash
    return data


def _folder_json(folder: FolderItem) -> dict[str, Any]:
    data: dict[str, Any] = {"name": folder.name, "created_at": folder.created_at,
                            "bookmarks": [_bookmark_json(b) for b in folder.bookmarks]}
    if folder.folders:
        data["folders"] = [_folder_json(f) for f in folder.folders]
    return data


def to_json(document: Document) -> str:
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": now_stamp(),
            "bookmarks": [_bookmark_json(b) for b in document.bookmarks],
            "folders": [_folder_json(f) for f in document.folders]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class _Reader:
    """Checks the shape of parsed JSON, naming the place of the first problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str, **params: object) -> BookmarkFileError:
        """``message`` starts with ``{where}``, the place in the file (``bookmarks[1].target``)."""
        return BookmarkFileError(self.source, message, where=where, **params)

    def string(self, data: dict[str, Any], key: str, where: str, required: bool = False) -> str:
        if key not in data:
            if required:
                raise self.fail(where, QT_TRANSLATE_NOOP(
                    "Problems", '{where}: "{key}" is missing.'), key=key)
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", QT_TRANSLATE_NOOP(
                "Problems", "{where}: must be a string."))
        return self.text(value, f"{where}.{key}")

    def text(self, value: str, where: str) -> str:
        """``value`` unless it holds a lone surrogate (``\\ud800``), which no file can store."""
        if _SURROGATE.search(value):
            raise self.fail(where, QT_TRANSLATE_NOOP(
                "Problems", "{where}: holds an invalid character (a lone UTF-16 surrogate)."))
        return value

    def items(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", QT_TRANSLATE_NOOP(
                "Problems", "{where}: must be a list."))
        for number, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{where}.{key}[{number}]", QT_TRANSLATE_NOOP(
                    "Problems", "{where}: must be an object."))
        return value

    def bookmark(self, data: dict[str, Any], where: str) -> BookmarkItem:
        target = self.string(data, "target", where, required=True).strip()
        slug, _, _section = target.removeprefix("entry:").partition("#")
        if not slug.strip("/"):
            raise self.fail(f"{where}.target", QT_TRANSLATE_NOOP(
                "Problems", '{where}: "{target}" names no entry (slug#section).'), target=target)
        titles = data.get("titles", {})
        if not isinstance(titles, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in titles.items()):
            raise self.fail(f"{where}.titles", QT_TRANSLATE_NOOP(
                "Problems", '{where}: must map languages to titles, e.g. {{"en": "…"}}.'))
        for lang, title in titles.items():
            self.text(lang, f"{where}.titles")
            self.text(title, f"{where}.titles.{lang}")
        return BookmarkItem(target.removeprefix("entry:"), self.string(data, "name", where),
                            self.string(data, "note", where),
                            self.string(data, "created_at", where), dict(titles),
                            self.string(data, "text_hash", where))

    def folder(self, data: dict[str, Any], where: str, depth: int) -> FolderItem:
        name = self.string(data, "name", where, required=True)
        if not name.strip():
            raise self.fail(f"{where}.name", QT_TRANSLATE_NOOP(
                "Problems", "{where}: a folder needs a name."))
        folder = FolderItem(name, self.string(data, "created_at", where))
        folder.bookmarks = [self.bookmark(b, f"{where}.bookmarks[{n}]")
                            for n, b in enumerate(self.items(data, "bookmarks", where))]
        subfolders = self.items(data, "folders", where)
        if subfolders and depth > 0:
            raise self.fail(f"{where}.folders", QT_TRANSLATE_NOOP(
                "Problems", "{where}: folders nest only one level deep."))
        folder.folders = [self.folder(f, f"{where}.folders[{n}]", depth + 1)
                          for n, f in enumerate(subfolders)]
        return folder


def parse_json(text: str, source: str) -> Document:
    """Read and check a whole bookmarks file; raises :class:`BookmarkFileError`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BookmarkFileError(source, QT_TRANSLATE_NOOP(
            "Problems", "line {line}, column {column}: not valid JSON."),
            line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:  # a bookmarks file nests three levels, not thousands
        raise BookmarkFileError(source, QT_TRANSLATE_NOOP(
            "Problems", "nested far too deeply to be a bookmarks file.")) from exc
    except ValueError as exc:  # a number of more than 4,300 digits
        raise BookmarkFileError(source, QT_TRANSLATE_NOOP(
            "Problems", "not a bookmarks file: it holds a number far too long to read.")) from exc
    reader = _Reader(source)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BookmarkFileError(source, QT_TRANSLATE_NOOP(
            "Problems", 'not a Field Reference bookmarks file (it needs "format": "{name}").'),
            name=FORMAT_NAME)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise reader.fail("version", QT_TRANSLATE_NOOP(
            "Problems", "{where}: format version {version} is not one this Field Reference "
            "reads (up to {newest})."), version=repr(version), newest=FORMAT_VERSION)
    return Document(
        [reader.bookmark(b, f"bookmarks[{n}]")
         for n, b in enumerate(reader.items(data, "bookmarks", "file"))],
        [reader.folder(f, f"folders[{n}]", 0)
         for n, f in enumerate(reader.items(data, "folders", "file"))])


def read_file(path: Path) -> Document:
    """Read and check ``path``: a regular file of at most MAX_FILE_BYTES (a device or a pipe
    is refused before it is opened, so nothing blocks or reads for ever)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise BookmarkFileError(path, QT_TRANSLATE_NOOP("Problems", "not a regular file."))
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise BookmarkFileError(path, QT_TRANSLATE_NOOP(
                "Problems", "larger than {size} MB, which no bookmarks file is."),
                size=MAX_FILE_BYTES // 2**20)
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BookmarkFileError(path, QT_TRANSLATE_NOOP(
            "Problems", "not a bookmarks file: it is not UTF-8 text (byte {offset}).",
        ), offset=exc.start + 1) from exc
    except OSError as exc:
        raise BookmarkFileError(path, NOT_READ, reason=reason(exc, reading=True)) from exc
    return parse_json(text, str(path))


# XBEL

# What XML 1.0 cannot hold, even escaped: C0 controls but tab, newline and carriage return,
# surrogates and the two non-characters U+FFFE and U+FFFF. Dropped from XBEL.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _xbel_bookmark(parent: Element, item: BookmarkItem, lang: str) -> None:
    node = SubElement(parent, "bookmark", href=_xml_text(f"entry:{item.target}"))
    if item.created_at:
        node.set("added", _xml_text(item.created_at))
    SubElement(node, "title").text = _xml_text(item.label(lang))
    if item.note:
        SubElement(node, "desc").text = _xml_text(item.note)


def _xbel_folder(parent: Element, folder: FolderItem, lang: str) -> None:
    node = SubElement(parent, "folder")
    if folder.created_at:
        node.set("added", _xml_text(folder.created_at))
    SubElement(node, "title").text = _xml_text(folder.name)
    for sub in folder.folders:
        _xbel_folder(node, sub, lang)
    for item in folder.bookmarks:
        _xbel_bookmark(node, item, lang)


def to_xbel(document: Document, lang: str, title: str = "Field Reference") -> str:
    """XBEL 1.0 for other bookmark readers; titles in ``lang``, targets as ``entry:`` links."""
    root = Element("xbel", version="1.0")
    SubElement(root, "title").text = _xml_text(title)
    for folder in document.folders:
        _xbel_folder(root, folder, lang)
    for item in document.bookmarks:
        _xbel_bookmark(root, item, lang)
    indent(root)
    body = tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{XBEL_DOCTYPE}\n{body}\n'


def write_file(path: Path, document: Document, fmt: str | None = None, lang: str = "en") -> str:
    """Write JSON, or XBEL when ``fmt`` is "xbel" or the name ends in .xbel; return the format.

    Written to a side file beside the target, flushed to disk and moved into place, so a failed
    export leaves no half file; a symbolic link is written through (its target is replaced),
    never replaced by a file.
    """
    chosen = fmt or ("xbel" if path.suffix.lower() == ".xbel" else "json")
    text = to_xbel(document, lang) if chosen == "xbel" else to_json(document)
    target = path.resolve() if path.is_symlink() else path
    if document.count()[0] == 0 and (held := bookmarks_in(target)):
        raise BookmarkFileError(path, QT_TRANSLATE_NOOP(
            "Problems", "holds bookmarks ({count}) and there are none to export now, so it was "
            "not replaced."), count=held)
    try:
        partial = side_file(target)
    except OSError as exc:  # a folder, a device
        raise BookmarkFileError(path, NOT_WRITTEN, reason=reason(exc)) from exc
    try:
        with partial.open("w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        partial.replace(target)
    except (OSError, UnicodeEncodeError) as exc:
        with suppress(OSError):  # on a write-protected drive, removing fails as writing did
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BookmarkFileError(path, NOT_WRITTEN, reason=reason(exc)) from exc
        raise BookmarkFileError(path, QT_TRANSLATE_NOOP(
            "Problems", "could not be written: a bookmark holds a character no file can "
            "store.")) from exc
    return chosen


def bookmarks_in(path: Path) -> int:
    """How many bookmarks an earlier export at ``path`` holds, JSON or XBEL whatever its name
    ends in, of any format version; 0 when it is neither."""
    try:
        if not stat.S_ISREG(path.stat().st_mode) or path.stat().st_size > MAX_FILE_BYTES:
            return 0
        raw = path.read_bytes()
    except OSError:
        return 0
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # not JSON (UnicodeDecodeError is a ValueError)
        try:
            return sum(1 for _ in fromstring_xml(raw).iter("bookmark"))
        except (ParseError, RecursionError):
            return 0
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        return 0
    count, lists = 0, [data]
    while lists:
        table = lists.pop()
        marks, folders = table.get("bookmarks", []), table.get("folders", [])
        count += len(marks) if isinstance(marks, list) else 0
        lists += [f for f in folders if isinstance(f, dict)] if isinstance(folders, list) else []
    return count
