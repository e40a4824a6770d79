"""The importer on a good pack and on each kind of broken pack: all or nothing, clear words."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop_app.content.importer import import_pack, load_pack
from desktop_app.content.pack import parse_toml
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from desktop_app.problems import PackError
from tests.i18n import Translate, assert_russian
from tests.packs import BASIC_ENTRIES, entry, write_pack

CHECKPOINT_EN = BASIC_ENTRIES["en/borders/checkpoint.md"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_good_pack_builds_a_self_contained_database(pack_dir: Path, data_paths: DataPaths) -> None:
    info = import_pack(pack_dir, data_paths.content_db)
    assert (info.id, info.version, info.languages) == ("test-pack", "1.0.0", ("en", "ru"))
    db = sqlite3.connect(data_paths.content_db)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    slugs = {row[0] for row in db.execute("SELECT slug FROM entry")}
    assert slugs == {"mission", "borders", "borders/checkpoint", "borders/handbook"}
    html = db.execute("SELECT html FROM entry_text JOIN entry ON entry.id = entry_id "
                      "WHERE slug = 'borders/checkpoint' AND lang = 'ru'").fetchone()[0]
    assert '<h2 id="objectives">Цели</h2>' in html
    assert db.execute("SELECT count(*) FROM media").fetchone()[0] == 1
    assert not list(data_paths.root.glob("*.new"))


def test_zipped_pack_imports_too(pack_dir: Path, tmp_path: Path, data_paths: DataPaths) -> None:
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in pack_dir.rglob("*"):
            if path.is_file():
                zf.write(path, f"pack/{path.relative_to(pack_dir).as_posix()}")
    assert import_pack(archive, data_paths.content_db).id == "test-pack"


BROKEN: dict[str, tuple[dict[str, str | bytes | None], str, str, int | None]] = {
    "unknown area": (
        {"en/borders/checkpoint.md": CHECKPOINT_EN.replace('area = "borders"', 'area = "nowhere"')},
        "en/borders/checkpoint.md", "area “nowhere” is unknown", None),
    "duplicate slug": (
        {"en/borders/copy.md": CHECKPOINT_EN},
        "en/borders/copy.md", "already used by en/borders/checkpoint.md", 2),
    "missing title": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace('title = "The mission"\n', "")},
        "en/mission.md", "title is missing", 2),
    "broken internal link": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace("entry:borders#training",
                                                                 "entry:borders#nothing")},
        "en/mission.md", "“borders” has no section “nothing”", 17),
    "link to a missing entry": (
        {"ru/mission.md": BASIC_ENTRIES["ru/mission.md"].replace("entry:borders", "entry:gone")},
        "ru/mission.md", "no entry “gone”", 17),
    "section ids differ": (
        {"ru/borders/checkpoint.md": BASIC_ENTRIES["ru/borders/checkpoint.md"].replace(
            "{#activities}", "{#deyatelnost}").replace("(#objectives)", "(#objectives)")},
        "ru/borders/checkpoint.md", "section ids differ", None),
    "wrong metadata type": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace("order = 1", 'order = "first"')},
        "en/mission.md", "order must be a whole number", 5),
    "order too big for SQLite": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace("order = 1", f"order = {2**63}")},
        "en/mission.md", "order must be a whole number from", 5),
    "order too small for SQLite": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace(
            "order = 1", f"order = {-2**63 - 1}")},
        "en/mission.md", "order must be a whole number from", 5),
    "order of 5,000 digits": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace("order = 1",
                                                                 "order = " + "9" * 5000)},
        "en/mission.md", "holds a number too long to read", 2),
    "front matter nested 5,000 deep": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace(
            "order = 1", "order = 1\ndeep = " + "[" * 5000 + "]" * 5000)},
        "en/mission.md", "nests arrays or tables too deeply", 2),
    "wrong brief type": (
        {"en/borders/checkpoint.md": CHECKPOINT_EN.replace('partners = ["UNDP"]',
                                                           'partners = "UNDP"')},
        "en/borders/checkpoint.md", "partners must be a list of text", 12),
    "short name not text": (
        {"en/borders/checkpoint.md": CHECKPOINT_EN.replace('status = ""',
                                                           'status = ""\nshort_name = 1')},
        "en/borders/checkpoint.md", "short_name must be text", 15),
    "invalid utf-8": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].encode() + b"\n\xff\xfe broken\n"},
        "en/mission.md", "not valid UTF-8", 19),
    "malformed front matter": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace('kind = "overview"',
                                                                 'kind = overview')},
        "en/mission.md", "front matter is not valid TOML", 3),
    "unclosed front matter": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace("+++\n\n", "\n\n", 1)},
        "en/mission.md", "not closed", 1),
    "heading without id": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"] + "\n## Extra\n\nText.\n"},
        "en/mission.md", "has no id", 19),
    "unknown kind": (
        {"en/mission.md": BASIC_ENTRIES["en/mission.md"].replace('"overview"', '"diary"')},
        "en/mission.md", "kind “diary” is unknown", 3),
    "image outside the pack": (
        {"en/borders.md": BASIC_ENTRIES["en/borders.md"].replace("media/map.png",
                                                                 "../../etc/passwd")},
        "en/borders.md", "points outside the pack", 15),
    "missing image": (
        {"en/borders.md": BASIC_ENTRIES["en/borders.md"].replace("media/map.png",
                                                                 "media/none.png")},
        "en/borders.md", "not a file in the pack's media/ folder", 15),
    "file link": (
        {"en/borders.md": BASIC_ENTRIES["en/borders.md"] + "\n[x](file:///etc/passwd)\n"},
        "en/borders.md", "is not allowed", 17),
    "slug differs from path": (
        {"en/borders/checkpoint.md": CHECKPOINT_EN.replace('slug = "borders/checkpoint"',
                                                           'slug = "borders/gate"')},
        "en/borders/checkpoint.md", "does not match the file's path", 2),
    "stray file": (
        {"notes.txt": "hello"}, "notes.txt", "neither an entry", None),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_pack_is_refused_and_nothing_changes(case: str, tmp_path: Path,
                                                    imported: DataPaths,
                                                    russian: Translate) -> None:
    files, bad_file, message, line = BROKEN[case]
    user = UserData(imported.user_db, imported.backups_dir)
    with user.write() as repo:
        repo.record_place("mission", "aims", 10)
    user.close()
    before = digest(imported.content_db), digest(imported.user_db)
    broken = write_pack(tmp_path / "broken", files)
    with pytest.raises(PackError) as caught:
        import_pack(broken, imported.content_db)
    matching = [p for p in caught.value.problems if p.file == bad_file and message in p.text]
    assert matching, [str(p) for p in caught.value.problems]
    if line is not None:
        assert matching[0].line == line, str(matching[0])
    assert (digest(imported.content_db), digest(imported.user_db)) == before
    assert not list(imported.root.glob("*.new"))
    assert_russian(caught.value.problems, russian)


def _tamper(pack: Path) -> None:
    with open(pack / "en" / "mission.md", "a", encoding="utf-8") as handle:
        handle.write("\nChanged after signing.\n")


def test_checksum_mismatch_names_the_file(pack_dir: Path, russian: Translate) -> None:
    _tamper(pack_dir)
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    assert "en/mission.md: does not match its checksum" in str(caught.value)
    assert_russian(caught.value.problems, russian)


def test_unlisted_and_missing_files(pack_dir: Path, russian: Translate) -> None:
    (pack_dir / "en" / "extra.md").write_text("x")
    (pack_dir / "media" / "map.png").unlink()
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    text = str(caught.value)
    assert "en/extra.md: is not listed in the manifest" in text
    assert "media/map.png: is listed in the manifest but missing" in text
    assert_russian(caught.value.problems, russian)


@pytest.mark.parametrize("manifest, message", [
    ('id = "x"\nversion = 1\n', "version must be text"),
    ('id = "x"\nversion = "1.0"\ndate = 2026-01-01\nlanguages = ["en"]\n[files\n',
     "manifest.toml:5"),
    ('id = "Bad Id"\nversion = "1.0"\ndate = 2026-01-01\nlanguages = ["en"]\n[files]\n',
     "id may hold only"),
])
def test_bad_manifest(pack_dir: Path, manifest: str, message: str, russian: Translate) -> None:
    (pack_dir / "manifest.toml").write_text(manifest)
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    assert message in str(caught.value)
    assert_russian(caught.value.problems, russian)


def test_zip_with_escaping_member_is_refused(tmp_path: Path, russian: Translate) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../outside.md", "x")
        zf.writestr("/abs/path.md", "x")
    with pytest.raises(PackError) as caught:
        load_pack(archive)
    assert "points outside the pack" in str(caught.value)
    assert_russian(caught.value.problems, russian)


def test_not_a_pack(tmp_path: Path, russian: Translate) -> None:
    with pytest.raises(PackError, match="no such folder") as caught:
        load_pack(tmp_path / "nothing")
    assert_russian(caught.value.problems, russian)
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(PackError, match="not a readable zip") as caught:
        load_pack(tmp_path / "junk.zip")
    assert_russian(caught.value.problems, russian)


def test_hostile_html_is_sanitised(tmp_path: Path, data_paths: DataPaths) -> None:
    body = ('Intro <script>alert(1)</script> <iframe src="https://evil"></iframe>\n\n'
            '<a href="#objectives" onclick="x()">j</a> <span title="<img src=/etc/x.png>">t'
            '</span>\n\n'
            '## Objectives {#objectives}\n\nOk.\n\n### Details {#details}\n\nMore.\n\n'
            '## Activities {#activities}\n\nDone.\n')
    hostile = entry("borders/checkpoint", "project", "Bratstvo checkpoint", body,
                    area="borders", order=1)
    pack = write_pack(tmp_path / "hostile", {"en/borders/checkpoint.md": hostile})
    import_pack(pack, data_paths.content_db)
    html = sqlite3.connect(data_paths.content_db).execute(
        "SELECT html FROM entry_text WHERE lang = 'en' AND title = 'Bratstvo checkpoint'"
    ).fetchone()[0]
    for forbidden in ("<script", "<iframe", "onclick", "https://evil", "<img"):
        assert forbidden not in html


@pytest.mark.parametrize(("raw", "said"), [
    ('<a href="javascript:alert(1)">j</a>', "link “javascript:alert(1)” is not allowed"),
    ('<a href="entry:missing">m</a>', "no entry “missing”"),
    ('<img src="https://evil/x.png">', "points outside the pack"),
    ('<img src="media/missing.png">', "is not a file in the pack's media/ folder"),
    ('<img src="media/%2E%2E/%2E%2E/outside.png">', "media/%2E%2E/%2E%2E/outside.png"),
])
def test_links_and_images_in_raw_html_are_checked_like_markdown_ones(
        tmp_path: Path, raw: str, said: str) -> None:
    body = BASIC_ENTRIES["en/mission.md"] + f"\nSee {raw} here.\n"
    pack = write_pack(tmp_path / "pack", {"en/mission.md": body})
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    problems = [str(p) for p in caught.value.problems]
    assert any(p.startswith("en/mission.md:19:") and said in p for p in problems), problems


def test_progress_is_reported(pack_dir: Path, data_paths: DataPaths) -> None:
    seen: list[tuple[int, int]] = []
    import_pack(pack_dir, data_paths.content_db, lambda done, total, _what: seen.append(
        (done, total)))
    assert seen and seen[-1][0] == seen[-1][1]


def test_a_pack_made_on_windows_imports(tmp_path: Path) -> None:
    """Notepad's byte-order marks and CRLF line ends, and PowerShell 5's Compress-Archive,
    which writes backslashes between folders: the content is fine, so it imports."""
    windows = {rel: "\ufeff" + text.replace("\n", "\r\n") for rel, text in BASIC_ENTRIES.items()}
    pack = write_pack(tmp_path / "src", dict(windows))
    manifest = pack / "manifest.toml"
    manifest.write_bytes(b"\xef\xbb\xbf" + manifest.read_bytes().replace(b"\n", b"\r\n"))
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                zf.write(path, str(path.relative_to(pack)).replace("/", "\\"))
    assert any("\\" in name for name in zipfile.ZipFile(archive).namelist())
    info, records, _media = load_pack(archive)
    assert info.id == "test-pack"
    mission = next(record for record in records if record.slug == "mission")
    assert [s.anchor for s in mission.texts["en"].sections] == ["history", "aims"]
    assert mission.texts["en"].title == "The mission"


@pytest.mark.parametrize(("text", "said"), [
    ("title = Field", "a value that is not valid (text needs quotes)"),
    ("title", "a key without “= value”"),
    ('title = "Field', "text whose closing quote is missing"),
    ('title = "a"\ntitle = "b"', "a key or table written twice"),
    ("date = 2026-13-45", "more on the line after its value (a date that is not valid, a "
                          "second key)"),
    ("list = [1, 2", "a list without its closing ]"),
    ('t = {a = "b"', "a table without its closing }"),
    ("[table", "a table name without its closing ]"),
    ('a = "b" c = "d"', "more on the line after its value (a date that is not valid, a second "
                        "key)"),
    ('path = "C:\\Users"', "a backslash in text (write \\\\ for one)"),
    ('path = "a\\q"', "a backslash in text (write \\\\ for one)"),
])
def test_a_toml_mistake_is_named_in_words(text: str, said: str) -> None:
    """tomllib's own words are English and may change with Python: each mistake staff make
    is still named, not just "a syntax error"."""
    with pytest.raises(PackError) as caught:
        parse_toml("manifest.toml", text)
    problem = caught.value.problems[0]
    assert problem.translated(lambda template: template) == f"is not valid TOML: {said}."
    assert problem.text.startswith(f"is not valid TOML: {said}. (")  # and tomllib's words
