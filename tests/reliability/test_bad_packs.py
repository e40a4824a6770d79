"""Broken and hostile packs, beyond tests/test_importer.py's BROKEN table: each is refused
with a message naming the file, and the content and the user's data stay byte for byte.

Together with BROKEN (metadata, links, section ids, encodings) this makes the corpus that
docs/reliability.md lists.
"""

from __future__ import annotations

import hashlib
import os
import random
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.content.importer import import_pack, load_pack
from desktop_app.content.pack import MAX_FILE_BYTES, MAX_FILES, split_front_matter
from desktop_app.content.render import render_markdown
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from desktop_app.problems import PackError
from tests.packs import BASIC_ENTRIES, entry, write_pack
from tests.test_importer import BROKEN

MISSION_EN = BASIC_ENTRIES["en/mission.md"]
Builder = Callable[[Path], Path]  # writes a bad pack under the folder given, returns its path


def _pack(files: dict[str, str | bytes | None]) -> Builder:
    return lambda root: write_pack(root / "pack", files)


def _zip(members: dict[str, bytes], *, compress: bool = True) -> Builder:
    def build(root: Path) -> Path:
        archive = root / "pack.zip"
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        with zipfile.ZipFile(archive, "w", method) as zf:
            for name, data in members.items():
                zf.writestr(name, data)
        return archive
    return build


def _after(change: Callable[[Path], object]) -> Builder:
    """A good pack changed after its manifest was written."""
    def build(root: Path) -> Path:
        pack = write_pack(root / "pack")
        change(pack)
        return pack
    return build


def _manifest(text: str) -> Builder:
    return _after(lambda pack: (pack / "manifest.toml").write_text(text, encoding="utf-8"))


def _symlink(pack: Path) -> None:
    os.symlink("/etc/passwd", pack / "en" / "passwd.md")


def _huge(pack: Path) -> None:
    with open(pack / "media" / "huge.png", "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: big to the reader, cheap to write


def _junk_zip(root: Path) -> Path:
    (root / "pack.zip").write_bytes(b"PK\3\4 then nothing a zip reader can use")
    return root / "pack.zip"


def _zipped_good(extra: dict[str, bytes]) -> Builder:
    def build(root: Path) -> Path:
        pack = write_pack(root / "src")
        archive = root / "pack.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(pack.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(pack).as_posix())
            for name, data in extra.items():
                zf.writestr(name, data)
        return archive
    return build


def _damaged_zip(change: Callable[[bytearray, int, int], None]) -> Builder:
    """A zip of a good pack whose first Markdown member is damaged by ``change(data, local,
    central)``: the offsets of that member's local header and central directory record."""
    def build(root: Path) -> Path:
        archive = _zipped_good({})(root)
        data = bytearray(archive.read_bytes())
        local = data.find(b"PK\3\4")
        while not data[local + 30:local + 30 + int.from_bytes(data[local + 26:local + 28],
                                                                "little")].endswith(b".md"):
            local = data.find(b"PK\3\4", local + 4)
        name = data[local + 30:local + 30 + int.from_bytes(data[local + 26:local + 28],
                                                            "little")]
        central = data.find(b"PK\1\2")
        while data[central + 46:central + 46 + len(name)] != name:
            central = data.find(b"PK\1\2", central + 4)
        change(data, local, central)
        archive.write_bytes(bytes(data))
        return archive
    return build


def _corrupt_data(data: bytearray, local: int, _central: int) -> None:
    start = local + 30 + int.from_bytes(data[local + 26:local + 28], "little") \
        + int.from_bytes(data[local + 28:local + 30], "little")
    for offset in range(start + 2, start + 12):
        data[offset] ^= 0xA5


def _flag_encrypted(data: bytearray, local: int, central: int) -> None:
    data[local + 6] |= 1
    data[central + 8] |= 1


def _unknown_method(data: bytearray, local: int, central: int) -> None:
    data[local + 8:local + 10] = data[central + 10:central + 12] = (99).to_bytes(2, "little")


def _zero_crc(data: bytearray, local: int, central: int) -> None:
    data[local + 14:local + 18] = data[central + 16:central + 20] = bytes(4)


def _long_name(data: bytearray, _local: int, central: int) -> None:
    data[central + 28:central + 30] = (0xFFFF).to_bytes(2, "little")


def _central_directory_moved(data: bytearray, _local: int, _central: int) -> None:
    """The end record says the directory starts 100,000 bytes later than it does: zipfile
    then places every member before the start of the file (a seek that fails)."""
    end = data.rfind(b"PK\5\6")
    offset = int.from_bytes(data[end + 16:end + 20], "little") + 100_000
    data[end + 16:end + 20] = offset.to_bytes(4, "little")


BOMB = b"\0" * (MAX_FILE_BYTES + 1024)  # deflates to ~20 KB
MANIFEST_OK = 'id = "x"\nversion = "1.0"\ndate = 2026-01-01\nlanguages = ["en"]\n'

CORPUS: dict[str, tuple[Builder, str]] = {
    "no manifest": (_after(lambda p: (p / "manifest.toml").unlink()), "manifest.toml"),
    "manifest not TOML": (_manifest("id = \n"), "manifest.toml"),
    "manifest invalid UTF-8": (_after(lambda p: (p / "manifest.toml").write_bytes(
        b'id = "\xff"\n')), "manifest.toml"),
    "manifest nested 5,000 deep": (_manifest(MANIFEST_OK + "deep = " + "[" * 5000
                                             + "]" * 5000 + "\n[files]\n"), "manifest.toml"),
    "manifest with a BOM and CRLF still checked": (_manifest(
        "\ufeff" + MANIFEST_OK.replace("\n", "\r\n") + '[files]\r\n"a" = "1"\r\n'),
        "manifest.toml"),
    "zip member escaping with backslashes": (_zipped_good({"..\\..\\evil.md": b"x"}),
                                             "pack.zip"),
    "manifest date not a date": (_manifest(MANIFEST_OK.replace("2026-01-01", '"soon"')
                                           + "[files]\n"), "manifest.toml"),
    "manifest bad language": (_manifest(MANIFEST_OK.replace('["en"]', '["english"]')
                                        + "[files]\n"), "manifest.toml"),
    "manifest checksum malformed": (_manifest(MANIFEST_OK + '[files]\n"en/mission.md" = "1"\n'),
                                    "manifest.toml"),
    "file changed after signing": (_after(lambda p: (p / "en" / "mission.md").write_text(
        MISSION_EN + "\nInserted later.\n", encoding="utf-8")), "en/mission.md"),
    "extra unlisted file": (_after(lambda p: (p / "ru" / "extra.md").write_text("x")),
                            "ru/extra.md"),
    "listed file missing": (_after(lambda p: (p / "ru" / "mission.md").unlink()),
                            "ru/mission.md"),
    "symlink to /etc/passwd": (_after(_symlink), "en/passwd.md"),
    "huge file": (_after(_huge), "media/huge.png"),
    "not a zip": (_junk_zip, "pack.zip"),
    "no such pack": (lambda root: root / "missing", "missing"),
    "zip member with ..": (_zipped_good({"../../evil.md": b"x"}), "pack.zip"),
    "zip member with absolute path": (_zipped_good({"/etc/evil.md": b"x"}), "pack.zip"),
    "zip member with drive letter": (_zipped_good({"C:/evil.md": b"x"}), "pack.zip"),
    "zip bomb": (_zipped_good({"media/bomb.png": BOMB}), "media/bomb.png"),
    "zip member's data corrupt": (_damaged_zip(_corrupt_data), "pack.zip"),
    "zip member flagged encrypted": (_damaged_zip(_flag_encrypted), "pack.zip"),
    "zip member of an unknown compression": (_damaged_zip(_unknown_method), "pack.zip"),
    "zip member with a zeroed CRC": (_damaged_zip(_zero_crc), "pack.zip"),
    "zip name length of 65535": (_damaged_zip(_long_name), "pack.zip"),
    "zip directory offset past itself": (_damaged_zip(_central_directory_moved), "pack.zip"),
    "zip without a manifest": (_zip({"en/mission.md": MISSION_EN.encode()}), "manifest.toml"),
    "empty pack": (_pack(dict.fromkeys([*BASIC_ENTRIES, "media/map.png"])), "manifest.toml"),
    "title heading with #": (_pack({"en/mission.md": MISSION_EN + "\n# Again\n"}),
                             "en/mission.md"),
    "section id used twice": (_pack({"en/mission.md": MISSION_EN.replace(
        "{#aims}", "{#history}")}), "en/mission.md"),
    "section id in capitals": (_pack({"en/mission.md": MISSION_EN.replace(
        "{#aims}", "{#Aims}")}), "en/mission.md"),
    "javascript: link": (_pack({"en/mission.md": MISSION_EN + "\n[x](javascript:alert(1))\n"}),
                         "en/mission.md"),
    "absolute image path": (_pack({"en/mission.md": MISSION_EN + "\n![x](/etc/passwd)\n"}),
                            "en/mission.md"),
    "remote image": (_pack({"en/mission.md": MISSION_EN + "\n![x](https://example.org/a.png)\n"}),
                     "en/mission.md"),
    "brief on an article": (_pack({"en/borders/extra.md": entry(
        "borders/extra", "article", "Extra", "Text.\n", area="borders",
        brief='period = "2002"')}), "en/borders/extra.md"),
    "overview with an area": (_pack({"en/mission.md": MISSION_EN.replace(
        'kind = "overview"', 'kind = "overview"\narea = "borders"')}), "en/mission.md"),
    "image of an unknown type": (_pack({"media/notes.exe": b"MZ"}), "media/notes.exe"),
    "entry in an undeclared language": (_pack({"de/mission.md": MISSION_EN}), "de/mission.md"),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_bad_pack_is_refused_naming_the_file(case: str, tmp_path: Path,
                                             imported: DataPaths) -> None:
    build, bad_file = CORPUS[case]
    user = UserData(imported.user_db, imported.backups_dir)
    with user.write() as repo:
        repo.record_place("mission", "aims", 10)
    user.close()
    before = _digest(imported.content_db), _digest(imported.user_db)
    (tmp_path / "bad").mkdir()
    with pytest.raises(PackError) as caught:
        import_pack(build(tmp_path / "bad"), imported.content_db)
    named = [p for p in caught.value.problems if p.file.endswith(bad_file)]
    assert named, [str(p) for p in caught.value.problems]
    assert all(p.text.strip() for p in caught.value.problems)
    assert (_digest(imported.content_db), _digest(imported.user_db)) == before
    assert not list(imported.root.glob("*.new"))


@pytest.mark.parametrize("seed", range(25))
def test_a_zip_with_random_bytes_flipped_imports_or_is_refused(seed: int, tmp_path: Path,
                                                              imported: DataPaths) -> None:
    """A USB stick's damage: whatever it hits, an import or a refusal in plain words."""
    archive = _zipped_good({})(tmp_path)
    data = bytearray(archive.read_bytes())
    chance = random.Random(seed)
    for _ in range(8):
        data[chance.randrange(len(data))] ^= 1 << chance.randrange(8)
    archive.write_bytes(bytes(data))
    before = _digest(imported.content_db)
    try:
        import_pack(archive, imported.content_db)
    except PackError as exc:
        assert exc.problems and all(p.text.strip() for p in exc.problems)
        assert _digest(imported.content_db) == before


@pytest.mark.parametrize(("body", "said"), [
    ("\n".join("    " * level + "- x" for level in range(400)), "nests lists"),
    ("\n".join("> " * level + "x" for level in range(1, 600)), "nests quotes"),
    ("<div>" * 100_000 + "x" + "</div>" * 100_000, "nests HTML elements"),
    ("a <span>" * 100_000, "nests HTML elements"),
])
def test_markdown_nested_too_deep_is_refused_naming_the_line(
        tmp_path: Path, body: str, said: str) -> None:
    """Before, 300 list levels raised RecursionError, 1,000 took 33 s first, and 100,000
    nested elements ran for minutes."""
    pack = write_pack(tmp_path / "pack", {"en/mission.md": MISSION_EN + "\n" + body + "\n"})
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    assert any(p.file == "en/mission.md" and p.line and said in p.text
               for p in caught.value.problems), [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("extra", [
    "".join(f"\n[x{i}](entry:gone{i})\n" for i in range(2000)),
    "".join(f"\n## Heading {i}\n" for i in range(2000)),
])
def test_every_problem_of_many_names_its_own_line(tmp_path: Path, extra: str) -> None:
    """2,000 broken links, or 2,000 headings without ids: each problem's line is the one
    it is on (they are found in one pass over the text: docs/reliability.md)."""
    pack = write_pack(tmp_path / "pack", {"en/mission.md": MISSION_EN + extra})
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    found = [p for p in caught.value.problems if p.line]
    assert len(found) == 2000
    text = (pack / "en" / "mission.md").read_text(encoding="utf-8").split("\n")
    for problem in found:
        named = str(problem.params.get("link") or problem.params.get("heading", ""))
        assert problem.line is not None and named, str(problem)
        assert named in text[problem.line - 1], str(problem)


def test_a_pack_of_too_many_files_is_refused(tmp_path: Path, imported: DataPaths) -> None:
    archive = _zipped_good({f"media/{i}.png": b"" for i in range(MAX_FILES + 1)})(tmp_path)
    with pytest.raises(PackError) as caught:
        import_pack(archive, imported.content_db)
    assert "too many files" in str(caught.value.problems[0])


def test_the_corpus_has_at_least_thirty_packs() -> None:
    assert len(CORPUS) + len(BROKEN) >= 30


# Fuzzing: arbitrary text never escapes as anything but a PackError, and never lets HTML
# that runs or fetches through.

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.text())
def test_front_matter_parser_on_any_text(text: str) -> None:
    try:
        front = split_front_matter("en/x.md", text)
    except PackError as exc:
        assert exc.problems and exc.problems[0].file == "en/x.md"
    else:
        assert isinstance(front.data, dict)


MARKUP = st.sampled_from([
    "<script>alert(1)</script>", '<a href="javascript:alert(1)">x</a>', '<img src=x onerror=y>',
    "<iframe src='http://e.org'></iframe>", '<p style="background:url(http://e.org)">',
    "[l](file:///etc/passwd)", "![i](http://e.org/i.png)", "## H {#id}", "<svg onload=x>",
    "<object data=x>", "<link rel=stylesheet href=http://e.org>", "&lt;", "\n\n", "*", "`",
])


class _Elements(HTMLParser):
    """Every tag and attribute of the HTML as parsed, not its escaped text."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


@FUZZ
@given(st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=12).map("".join))
def test_markdown_import_never_lets_active_or_remote_content_through(source: str) -> None:
    parser = _Elements()
    parser.feed(render_markdown(source).html)
    for tag, attrs in parser.found:
        assert tag not in {"script", "iframe", "object", "svg", "link", "style", "embed"}
        for name, value in attrs:
            assert not name.startswith("on") and name != "style", (tag, name)
            if name == "src":
                assert (value or "").startswith("media/"), value
            if name == "href":
                assert (value or "").startswith(("#", "entry:", "http", "mailto:")), value


@FUZZ
@given(body=st.text(max_size=300))
def test_any_entry_body_imports_or_is_refused_cleanly(tmp_path: Path, body: str) -> None:
    pack = write_pack(tmp_path / "fuzz", {
        "en/mission.md": MISSION_EN.split("+++\n\n", 1)[0] + "+++\n\n" + body,
        "ru/mission.md": None})
    try:
        load_pack(pack)
    except PackError as exc:
        assert all(p.file and p.text for p in exc.problems)
