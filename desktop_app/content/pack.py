"""Reading a content pack (a folder or a .zip): its files, manifest, checksums and front matter.

Nothing here trusts the pack: member names are checked for escapes, sizes are bounded while
reading (a zip's declared sizes can lie), and every problem names the file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
import tomllib
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem
from desktop_app.reasons import reason

MANIFEST = "manifest.toml"
SIGNATURE = "manifest.toml.minisig"  # signs the manifest, which holds every other file's hash
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_FILES = 50_000  # 10,000 entries in two languages, their images, and room
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
PACK_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
VERSION_RE = re.compile(r"^\d+(?:\.\d+){0,3}$")
LANG_RE = re.compile(r"^[a-z]{2}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

# What a field must be: whole sentences, so that each one translates as a whole.
MUST_BE_TEXT = QT_TRANSLATE_NOOP("Problems", "{key} must be text.")
MUST_BE_VERSION = QT_TRANSLATE_NOOP("Problems", "{key} must be text such as “1.0.0”.")
MUST_BE_DATE = QT_TRANSLATE_NOOP("Problems", "{key} must be a date such as 2026-11-22.")
MUST_BE_LANGUAGES = QT_TRANSLATE_NOOP("Problems", "{key} must be a list of language codes.")
MUST_BE_CHECKSUMS = QT_TRANSLATE_NOOP("Problems",
                                      "{key} must be a table of file = checksum.")
MUST_BE_NUMBER = QT_TRANSLATE_NOOP("Problems", "{key} must be a whole number.")
MUST_BE_TEXT_LIST = QT_TRANSLATE_NOOP("Problems", "{key} must be a list of text.")


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    date: str
    languages: tuple[str, ...]
    title: str
    checksums: dict[str, str]


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _safe_member(name: str) -> str | None:
    """The normalised relative path of a pack member, or None when it escapes the pack.
    Backslashes are separators (PowerShell's Compress-Archive writes them)."""
    name = name.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    parts = PurePosixPath(name).parts
    if any(part in ("..", "") for part in parts):
        return None
    return "/".join(part for part in parts if part != ".")


AUTHORS_README = "README.md"  # beside the manifest: for the pack's authors, not in the pack


def _ignored(path: str) -> bool:
    return (path.startswith("__MACOSX/") or path == AUTHORS_README
            or PurePosixPath(path).name in IGNORED_NAMES)


def _read_folder(root: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    problems: list[Problem] = []
    total = 0
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            problems.append(Problem(rel, None, QT_TRANSLATE_NOOP(
                "Problems", "is a link; a pack holds only real files.")))
            continue
        if not path.is_file() or _ignored(rel):
            continue
        size = path.stat().st_size
        total += size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(rel, None, QT_TRANSLATE_NOOP(
                "Problems", "is {size} bytes; a pack file may have at most {limit}."),
                {"size": size, "limit": MAX_FILE_BYTES}))
            continue
        if total > MAX_TOTAL_BYTES or len(files) >= MAX_FILES:
            raise PackError([Problem(root.name, None, QT_TRANSLATE_NOOP(
                "Problems", "the pack is too large to import."))])
        files[rel] = path.read_bytes()
    if problems:
        raise PackError(problems)
    return files


# What a damaged archive raises in zipfile and zlib: a bad CRC or header (BadZipFile), a
# corrupt stream (zlib.error, EOFError), a member flagged encrypted (RuntimeError), an
# unknown compression method (NotImplementedError), nonsense sizes or names (ValueError,
# struct.error, OverflowError), offsets before the start of the file (OSError: a seek to a
# negative position).
ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError,
              ValueError, struct.error, OverflowError, OSError)


def _zip_damage(error: BaseException) -> str:
    """What is wrong with a zip file, as a phrase the window translates: zipfile and zlib say
    it in English, and in many ways."""
    if isinstance(error, OSError) and not isinstance(error, zipfile.BadZipFile):
        return reason(error, reading=True)
    said = str(error).lower()
    if "crc" in said:
        return QT_TRANSLATE_NOOP("Problems", "its check sum does not match: the file was "
                                 "damaged in copying")
    if isinstance(error, zlib.error) or "decompress" in said:
        return QT_TRANSLATE_NOOP("Problems", "its packed data is damaged")
    if "encrypted" in said or "password" in said or isinstance(error, NotImplementedError):
        return QT_TRANSLATE_NOOP("Problems", "it is encrypted or packed in a way Field "
                                 "Reference does not read")
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in said:
        return QT_TRANSLATE_NOOP("Problems", "it is not a zip file, or it was cut short")
    return QT_TRANSLATE_NOOP("Problems", "it is damaged")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, read up to one byte past the size limit."""
    with zf.open(info) as member:
        return member.read(MAX_FILE_BYTES + 1)


def _read_zip(archive: Path) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(archive)
    except ZIP_DAMAGE as exc:
        problem = Problem(archive.name, None, QT_TRANSLATE_NOOP(
            "Problems", "is not a readable zip file: {error}."),
            {"error": _zip_damage(exc)}, phrases=("error",), detail=str(exc))
        raise PackError([problem]) from exc
    files: dict[str, bytes] = {}
    problems: list[Problem] = []
    total = 0
    with zf:
        infos = [info for info in zf.infolist() if not info.is_dir()]
        if len(infos) > MAX_FILES:
            raise PackError([Problem(archive.name, None, QT_TRANSLATE_NOOP(
                "Problems", "the pack holds too many files."))])
        for info in infos:
            rel = _safe_member(info.filename)
            if rel is None:
                problems.append(Problem(archive.name, None, QT_TRANSLATE_NOOP(
                    "Problems", "member “{member}” points outside the pack."),
                    {"member": info.filename}))
                continue
            if _ignored(rel):
                continue
            if info.file_size > MAX_FILE_BYTES:
                problems.append(Problem(rel, None, QT_TRANSLATE_NOOP(
                    "Problems", "is {size} bytes unpacked; a pack file may have at most "
                    "{limit}."), {"size": info.file_size, "limit": MAX_FILE_BYTES}))
                continue
            try:
                data = _read_member(zf, info)
            except ZIP_DAMAGE as exc:
                problems.append(Problem(archive.name, None, QT_TRANSLATE_NOOP(
                    "Problems", "the archive is damaged (member “{member}”): {error}."),
                    {"member": info.filename, "error": _zip_damage(exc)}, phrases=("error",),
                    detail=str(exc)))
                continue
            if len(data) > MAX_FILE_BYTES:
                problems.append(Problem(rel, None, QT_TRANSLATE_NOOP(
                    "Problems", "unpacks to more than it declares.")))
                continue
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise PackError([Problem(archive.name, None, QT_TRANSLATE_NOOP(
                    "Problems", "unpacks to more than {limit} bytes; refused."),
                    {"limit": MAX_TOTAL_BYTES})])
            files[rel] = data
    if problems:
        raise PackError(problems)
    # A zip of the pack folder: strip the one top folder that holds the manifest.
    if MANIFEST not in files:
        tops = {rel.split("/", 1)[0] for rel in files}
        if len(tops) == 1 and f"{next(iter(tops))}/{MANIFEST}" in files:
            prefix = next(iter(tops)) + "/"
            files = {rel[len(prefix):]: data for rel, data in files.items()}
    return files


def read_pack_files(source: Path) -> dict[str, bytes]:
    """Every file of the pack by its relative POSIX path."""
    if source.is_dir():
        return _read_folder(source)
    if source.is_file():
        return _read_zip(source)
    raise PackError([Problem(str(source), None, QT_TRANSLATE_NOOP(
        "Problems", "no such folder or zip file."))])


def _toml_line(exc: tomllib.TOMLDecodeError, text: str) -> int | None:
    """The line tomllib names, or the last line when the text ended too soon."""
    match = re.search(r"at line (\d+)", str(exc))
    if match:
        return int(match.group(1))
    return text.rstrip("\n").count("\n") + 1 if "end of document" in str(exc) else None


# What tomllib says (English), by how its message begins, as a phrase the window translates.
_TOML_SAYS = (
    ("invalid value", QT_TRANSLATE_NOOP("Problems", "a value that is not valid (text needs "
                                        "quotes)")),
    ("expected '='", QT_TRANSLATE_NOOP("Problems", "a key without “= value”")),
    ("illegal character", QT_TRANSLATE_NOOP("Problems", "a character that is not allowed "
                                            "there")),
    ("found invalid character", QT_TRANSLATE_NOOP("Problems", "a character that is not "
                                                  "allowed there")),
    ("invalid initial character", QT_TRANSLATE_NOOP("Problems", "a key that starts with a "
                                                    "character keys may not start with")),
    ("unterminated string", QT_TRANSLATE_NOOP("Problems", "text whose closing quote is "
                                              "missing")),
    ("unescaped", QT_TRANSLATE_NOOP("Problems", "a backslash in text (write \\\\ for one)")),
    ("invalid hex value", QT_TRANSLATE_NOOP("Problems", "a backslash in text (write \\\\ for "
                                            "one)")),
    ("unclosed array", QT_TRANSLATE_NOOP("Problems", "a list without its closing ]")),
    ("unclosed inline table", QT_TRANSLATE_NOOP("Problems", "a table without its closing }")),
    ("expected ']", QT_TRANSLATE_NOOP("Problems", "a table name without its closing ]")),
    ("cannot", QT_TRANSLATE_NOOP("Problems", "a key or table written twice")),
    ("duplicate", QT_TRANSLATE_NOOP("Problems", "a key or table written twice")),
    ("invalid date", QT_TRANSLATE_NOOP("Problems", "a date that is not valid")),
    ("expected newline", QT_TRANSLATE_NOOP("Problems", "more on the line after its value "
                                           "(a date that is not valid, a second key)")),
    ("invalid statement", QT_TRANSLATE_NOOP("Problems", "a line that is neither a key, a "
                                            "table nor a comment")),
)
TOML_SYNTAX = QT_TRANSLATE_NOOP("Problems", "a syntax error")
# tomllib's place counts the lines of the front matter, not of the file
_TOML_PLACE = re.compile(r"\s*\(at (?:line \d+, column \d+|end of document)\)")


def _toml_message(exc: tomllib.TOMLDecodeError) -> str:
    said = str(exc).lower()
    return next((phrase for start, phrase in _TOML_SAYS if said.startswith(start)),
                TOML_SYNTAX)


def key_line(text: str, key: str, offset: int = 0) -> int | None:
    """The line (1-based, plus ``offset``) where ``key = …`` or the table ``[key]`` is written."""
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}\s*=|\[{re.escape(key)}\])")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number + offset
    return None


def table_lines(text: str, name: str) -> list[int]:
    """The line (1-based) of each ``[[name]]`` header, in order: the lines of an array of
    tables' items (the thesaurus's groups, the registry's sources)."""
    header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(name)}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, match.start()) + 1 for match in header.finditer(text)]


def decode_utf8(name: str, data: bytes) -> str:
    """A pack file's text: UTF-8, with a leading byte-order mark dropped and Windows line
    ends made plain (Notepad writes both); the lines stay the lines of the file."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problem = Problem(name, line, QT_TRANSLATE_NOOP(
            "Problems", "is not valid UTF-8 text (byte {byte})."), {"byte": exc.start})
        raise PackError([problem]) from exc
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


NOT_TOML = QT_TRANSLATE_NOOP("Problems", "is not valid TOML: {detail}.")
FRONT_MATTER_NOT_TOML = QT_TRANSLATE_NOOP("Problems", "front matter is not valid TOML: {detail}.")


def parse_toml(name: str, text: str, first_line: int = 1,
               not_toml: str = NOT_TOML) -> dict[str, Any]:
    """``text`` (the manifest, or front matter starting on line ``first_line`` of ``name``)
    as TOML; a PackError naming the line when it is not valid (``not_toml``), nests too
    deeply or holds a number too long to read."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_line(exc, text)
        raise PackError([Problem(name, line + first_line - 1 if line else None, not_toml,
                                 {"detail": _toml_message(exc)}, phrases=("detail",),
                                 detail=_TOML_PLACE.sub("", str(exc)))]) from exc
    except RecursionError:
        raise PackError([Problem(name, first_line, QT_TRANSLATE_NOOP(
            "Problems", "nests arrays or tables too deeply to read."))]) from None
    except ValueError as exc:  # an integer of more digits than Python reads (4,300)
        raise PackError([Problem(name, first_line, QT_TRANSLATE_NOOP(
            "Problems", "holds a number too long to read (over 4,300 digits)."))]) from exc


def field_getter(name: str, text: str, table: dict[str, Any], problems: list[Problem],
             offset: int = 0) -> Callable[..., Any]:
    """A function that fetches ``key`` from ``table`` if it has the right type, else notes it.

    ``must_be`` is the problem's template when the type is wrong, one of the ``MUST_BE_*``.
    """

    def get(key: str, kind: type | tuple[type, ...], must_be: str, *, required: bool = False,
            default: Any = None) -> Any:
        if key not in table:
            if required:
                problems.append(Problem(name, offset + 1 if offset else None, QT_TRANSLATE_NOOP(
                    "Problems", "{key} is missing."), {"key": key}))
            return default
        value = table[key]
        ok = isinstance(value, kind) and not (isinstance(value, bool) and kind is int)
        if ok and isinstance(value, list):
            ok = all(isinstance(item, str) for item in value)
        if not ok:
            problems.append(Problem(name, key_line(text, key, offset), must_be, {"key": key}))
            return default
        return value

    return get


def parse_manifest(files: dict[str, bytes]) -> Manifest:
    if MANIFEST not in files:
        raise PackError([Problem(MANIFEST, None, QT_TRANSLATE_NOOP(
            "Problems", "is missing: this is not a content pack."))])
    text = decode_utf8(MANIFEST, files[MANIFEST])
    data = parse_toml(MANIFEST, text)
    problems: list[Problem] = []
    get = field_getter(MANIFEST, text, data, problems)
    pack_id = get("id", str, MUST_BE_TEXT, required=True, default="")
    version = get("version", str, MUST_BE_VERSION, required=True, default="0")
    date = get("date", dt.date, MUST_BE_DATE, required=True, default=dt.date.min)
    languages = get("languages", list, MUST_BE_LANGUAGES, required=True, default=[])
    title = get("title", str, MUST_BE_TEXT, default="")
    checksums = get("files", dict, MUST_BE_CHECKSUMS, required=True, default={})
    if pack_id and not PACK_ID_RE.match(pack_id):
        problems.append(Problem(MANIFEST, key_line(text, "id"), QT_TRANSLATE_NOOP(
            "Problems", "id may hold only lowercase letters, digits and hyphens.")))
    if not VERSION_RE.match(version):
        problems.append(Problem(MANIFEST, key_line(text, "version"), QT_TRANSLATE_NOOP(
            "Problems", "version “{version}” is not a dotted number such as 1.2.0."),
            {"version": version}))
    if isinstance(date, dt.datetime):
        date = date.date()
    bad_langs = [lang for lang in languages if not LANG_RE.match(lang)]
    if bad_langs or (not languages and "languages" in data):
        problems.append(Problem(MANIFEST, key_line(text, "languages"), QT_TRANSLATE_NOOP(
            "Problems", "languages must list two-letter codes such as “en”.")))
    for rel, digest in checksums.items():
        if not isinstance(digest, str) or not SHA256_RE.match(digest):
            problems.append(Problem(MANIFEST, key_line(text, f'"{rel}"'), QT_TRANSLATE_NOOP(
                "Problems", "the checksum of {file} is not a SHA-256 in hex."), {"file": rel}))
    if problems:
        raise PackError(problems)
    return Manifest(pack_id, version, date.isoformat(), tuple(languages), title,
                    {rel: str(digest) for rel, digest in checksums.items()})


def verify_checksums(manifest: Manifest, files: dict[str, bytes]) -> None:
    problems: list[Problem] = []
    for rel, digest in sorted(manifest.checksums.items()):
        if rel not in files:
            problems.append(Problem(rel, None, QT_TRANSLATE_NOOP(
                "Problems", "is listed in the manifest but missing.")))
        elif hashlib.sha256(files[rel]).hexdigest() != digest:
            problems.append(Problem(rel, None, QT_TRANSLATE_NOOP(
                "Problems", "does not match its checksum in the manifest (changed or damaged).")))
    for rel in sorted(set(files) - set(manifest.checksums) - {MANIFEST, SIGNATURE}):
        problems.append(Problem(rel, None, QT_TRANSLATE_NOOP(
            "Problems", "is not listed in the manifest.")))
    if problems:
        raise PackError(problems)


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, Any]
    text: str  # the TOML source, for line lookups
    body: str
    body_line: int  # file line of the body's first line


def split_front_matter(name: str, text: str) -> FrontMatter:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "+++":
        raise PackError([Problem(name, 1, QT_TRANSLATE_NOOP(
            "Problems", "must start with front matter between two “+++” lines."))])
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "+++")
    except StopIteration:
        problem = Problem(name, 1, QT_TRANSLATE_NOOP(
            "Problems", "the front matter is not closed by a “+++” line."))
        raise PackError([problem]) from None
    source = "\n".join(lines[1:end])
    return FrontMatter(parse_toml(name, source, 2, FRONT_MATTER_NOT_TOML), source,
                       "\n".join(lines[end + 1:]), end + 2)


def write_manifest_checksums(folder: Path) -> int:
    """Rewrite the ``[files]`` table of ``folder/manifest.toml`` from the files on disk."""
    manifest_path = folder / MANIFEST
    text = manifest_path.read_text(encoding="utf-8")
    head = re.split(r"^\[files\]\s*$", text, flags=re.MULTILINE)[0].rstrip() + "\n"
    files = _read_folder(folder)
    rows = [f'"{rel}" = "{hashlib.sha256(data).hexdigest()}"'
            for rel, data in sorted(files.items()) if rel not in (MANIFEST, SIGNATURE)]
    manifest_path.write_text(head + "\n[files]\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def peek_files(source: Path, names: tuple[str, ...]) -> dict[str, bytes] | None:
    """Those of the pack's top-level files ``names`` (the first of them, the manifest, must be
    there) that it has, read cheaply before an import; None when they cannot be read (the
    import itself then reports exactly what is wrong)."""
    try:
        if source.is_dir():
            return {name: (source / name).read_bytes()[:MAX_FILE_BYTES] for name in names
                    if name == names[0] or (source / name).is_file()}
        with zipfile.ZipFile(source) as zf:
            every = zf.namelist()
            first = [n for n in every
                     if n == names[0] or (n.count("/") == 1 and n.endswith("/" + names[0]))]
            if len(first) != 1:
                return None
            prefix = first[0][: -len(names[0])]
            found = {}
            for name in names:
                if prefix + name in every:
                    with zf.open(prefix + name) as member:
                        found[name] = member.read(MAX_FILE_BYTES)
            return found
    except ZIP_DAMAGE:
        return None


def peek_manifest(source: Path) -> Manifest | None:
    """The manifest alone, read cheaply before an import to compare versions; None when it
    cannot be read (the import itself then reports exactly what is wrong)."""
    files = peek_files(source, (MANIFEST,))
    try:
        return parse_manifest(files) if files is not None else None
    except PackError:
        return None
