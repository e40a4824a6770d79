"""Small real content packs written to a temp folder, for tests and benchmarks."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

from desktop_app.content.pack import SIGNATURE
from desktop_app.content.signing import read_secret_key, sign

MANIFEST_HEAD = """id = "test-pack"
version = "{version}"
date = 2026-11-01
languages = ["en", "ru"]
title = "Test pack"
"""


def entry(slug: str, kind: str, title: str, body: str, *, area: str | None = None,
          order: int = 0, brief: str = "") -> str:
    lines = ["+++", f'slug = "{slug}"', f'kind = "{kind}"']
    if area:
        lines.append(f'area = "{area}"')
    lines += [f'title = "{title}"', f"order = {order}", 'sources = ["seed.txt"]']
    if brief:
        lines += ["", "[brief]", brief]
    return "\n".join([*lines, "+++", "", body])


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid PNG of one colour, made with the standard library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


PNG_MAP = _png(40, 20, (11, 92, 173))

BASIC_ENTRIES: dict[str, str] = {
    "en/mission.md": entry("mission", "overview", "The mission",
                           "IOM in Tajikistan.\n\n## History {#history}\n\nObserver in 1992.\n\n"
                           "## Aims {#aims}\n\nSee [borders](entry:borders#training).\n", order=1),
    "ru/mission.md": entry("mission", "overview", "Миссия",
                           "МОМ в Таджикистане.\n\n## История {#history}\n\nНаблюдатель с 1992.\n\n"
                           "## Цели {#aims}\n\nСм. [границы](entry:borders#training).\n", order=1),
    "en/borders.md": entry("borders", "area", "Border management",
                           "Borders intro.\n\n## Training {#training}\n\nTraining centres.\n\n"
                           "![Map](media/map.png)\n", order=2),
    "ru/borders.md": entry("borders", "area", "Управление границами",
                           "О границах.\n\n## Обучение {#training}\n\nУчебные центры.\n\n"
                           "![Карта](media/map.png)\n", order=2),
    "en/borders/checkpoint.md": entry(
        "borders/checkpoint", "project", "Bratstvo checkpoint",
        "A project at the checkpoint.\n\n## Objectives {#objectives}\n\nBetter control.\n\n"
        "### Details {#details}\n\nMore.\n\n## Activities {#activities}\n\nTraining, "
        "[back to objectives](#objectives), [IOM](https://www.iom.int).\n",
        area="borders", order=1,
        brief='period = "2002"\nfunding = ""\npartners = ["UNDP"]\nlocations = ["Bratstvo"]\n'
              'status = ""'),
    "ru/borders/checkpoint.md": entry(
        "borders/checkpoint", "project", "КПП «Братство»",
        "Проект на КПП.\n\n## Цели {#objectives}\n\nЛучший контроль.\n\n"
        "### Подробности {#details}\n\nЕщё.\n\n## Деятельность {#activities}\n\nОбучение, "
        "[к целям](#objectives), [МОМ](https://www.iom.int).\n",
        area="borders", order=1,
        brief='period = "2002"\nfunding = ""\npartners = ["ПРООН"]\nlocations = ["Братство"]\n'
              'status = ""'),
}


def _long_body(lang: str) -> str:
    parts = []
    for number in (1, 2, 3):
        heading = f"Part {number}" if lang == "en" else f"Часть {number}"
        filler = ("Checkpoint procedure text." if lang == "en" else "Текст о процедурах КПП.")
        parts.append(f"## {heading} {{#part-{number}}}\n\n" + "\n\n".join(
            f"{filler} {i}." for i in range(40)))
    return "Handbook.\n\n" + "\n\n".join(parts) + "\n"


BASIC_ENTRIES["en/borders/handbook.md"] = entry(
    "borders/handbook", "article", "Border handbook", _long_body("en"), area="borders", order=2)
BASIC_ENTRIES["ru/borders/handbook.md"] = entry(
    "borders/handbook", "article", "Пограничный справочник", _long_body("ru"), area="borders",
    order=2)


DEVELOPMENT_KEY = Path(__file__).resolve().parent.parent / "keys" / "development.key"


def sign_pack(root: Path, key_file: Path = DEVELOPMENT_KEY) -> Path:
    """Sign the pack folder's manifest as it is now (with the development key, which the
    program trusts as built from this repository, unless told otherwise)."""
    key = read_secret_key(key_file.read_text(encoding="utf-8"))
    manifest = (root / "manifest.toml").read_bytes()
    (root / SIGNATURE).write_text(sign(manifest, key, "test pack"), encoding="utf-8")
    return root


def write_pack(root: Path, files: dict[str, str | bytes | None] | None = None, *,
               version: str = "1.0.0", media: bool = True, signed: bool = True) -> Path:
    """Write a pack with a correct manifest, signed with the development key unless not
    ``signed``; ``files`` replaces or adds (None drops) files."""
    contents: dict[str, str | bytes] = dict(BASIC_ENTRIES)
    if media:
        contents["media/map.png"] = PNG_MAP
    for rel, data in (files or {}).items():
        if data is None:
            contents.pop(rel, None)
        else:
            contents[rel] = data
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    for rel, data in sorted(contents.items()):
        raw = data.encode("utf-8") if isinstance(data, str) else data
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        rows.append(f'"{rel}" = "{hashlib.sha256(raw).hexdigest()}"')
    manifest = MANIFEST_HEAD.format(version=version) + "\n[files]\n" + "\n".join(rows) + "\n"
    (root / "manifest.toml").write_text(manifest, encoding="utf-8")
    (root / SIGNATURE).unlink(missing_ok=True)
    return sign_pack(root) if signed else root


def newer_pack(root: Path) -> Path:
    """Version 1.1.0 of :func:`write_pack`'s pack: one section of the mission changed in
    English, the checkpoint's brief in both languages, a news entry added and the handbook
    removed."""
    news = {lang: entry("borders/opening", "news", title, f"{text}\n\n## Event {{#event}}\n\n"
                        f"{text}.\n", area="borders", order=3) for lang, title, text in (
                            ("en", "Centre opened", "A training centre opened"),
                            ("ru", "Открыт центр", "Открыт учебный центр"))}
    mission = BASIC_ENTRIES["en/mission.md"].replace("Observer in 1992.",
                                                     "Observer in 1992; member since 1994.")
    checkpoint = {lang: BASIC_ENTRIES[f"{lang}/borders/checkpoint.md"].replace(
        'period = "2002"', 'period = "2002–2004"') for lang in ("en", "ru")}
    return write_pack(root, {
        "en/mission.md": mission,
        "en/borders/checkpoint.md": checkpoint["en"], "ru/borders/checkpoint.md": checkpoint["ru"],
        "en/borders/opening.md": news["en"], "ru/borders/opening.md": news["ru"],
        "en/borders/handbook.md": None, "ru/borders/handbook.md": None}, version="1.1.0")
