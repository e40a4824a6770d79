"""What a newer pack changed, kept in the content it builds: the same difference as
``field-reference pack diff`` prints, for the reader's What's new."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.content.importer import import_pack, load_pack
from desktop_app.content.pack_diff import HEAD, compare
from desktop_app.db.content_reader import ContentReader, open_pack
from desktop_app.db.records import ADDED, CHANGED, REMOVED, ChangeRecord, PackVersion
from desktop_app.db.sqlite_files import connect_readonly
from tests.packs import MANIFEST_HEAD, newer_pack, sign_pack, write_pack


def _recorded(content: Path) -> tuple[PackVersion | None, list[ChangeRecord]]:
    db = connect_readonly(content)
    try:
        reader = ContentReader(db, open_pack(content))
        return reader.previous_pack(), reader.changes()
    finally:
        db.close()


def test_a_newer_pack_records_what_it_changed_as_pack_diff_finds_it(tmp_path: Path) -> None:
    old, new = write_pack(tmp_path / "old"), newer_pack(tmp_path / "new")
    content = tmp_path / "data" / "content.sqlite"
    content.parent.mkdir()
    import_pack(old, content)
    assert _recorded(content) == (None, [])  # the first content: nothing to compare with
    import_pack(new, content)

    previous, changes = _recorded(content)
    assert previous == PackVersion("1.0.0", "2026-11-01")
    by_kind = {what: {(c.slug, c.lang, c.anchor) for c in changes if c.what == what}
               for what in (ADDED, CHANGED, REMOVED)}
    assert by_kind[ADDED] == {("borders/opening", "en", HEAD), ("borders/opening", "ru", HEAD)}
    assert by_kind[REMOVED] == {("borders/handbook", "en", HEAD),
                                ("borders/handbook", "ru", HEAD)}
    assert by_kind[CHANGED] == {("mission", "en", "history"), ("borders/checkpoint", "en", HEAD),
                                ("borders/checkpoint", "ru", HEAD)}
    titles = {(c.slug, c.lang, c.anchor): c.title for c in changes}
    assert titles["mission", "en", "history"] == "History"
    assert titles["borders/handbook", "ru", HEAD] == "Пограничный справочник"  # from the old

    diff = compare(*load_pack(old)[:2], *load_pack(new)[:2])
    assert {(c.slug, c.lang, c.anchor) for c in changes} == (
        {(slug, lang, HEAD) for slug in (*diff.added, *diff.removed) for lang in ("en", "ru")}
        | {(change.slug, lang, anchor) for change in diff.changed
           for lang, anchors in change.sections.items() for anchor in anchors})


def test_importing_the_same_version_again_keeps_what_it_changed(tmp_path: Path) -> None:
    content = tmp_path / "data" / "content.sqlite"
    content.parent.mkdir()
    import_pack(write_pack(tmp_path / "old"), content)
    new = newer_pack(tmp_path / "new")
    import_pack(new, content)
    recorded = _recorded(content)
    import_pack(new, content)
    assert _recorded(content) == recorded


def test_another_pack_or_unreadable_content_records_no_changes(tmp_path: Path) -> None:
    content = tmp_path / "data" / "content.sqlite"
    content.parent.mkdir()
    import_pack(write_pack(tmp_path / "old"), content)
    other = newer_pack(tmp_path / "other")
    manifest = other / "manifest.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        MANIFEST_HEAD.split("\n")[0], 'id = "another-pack"'), encoding="utf-8")
    import_pack(sign_pack(other), content)
    assert _recorded(content) == (None, [])

    content.write_bytes(b"damaged")
    import_pack(newer_pack(tmp_path / "new"), content)
    assert _recorded(content) == (None, [])


def test_pack_diff_names_the_same_changes(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    old, new = write_pack(tmp_path / "old"), newer_pack(tmp_path / "new")
    assert main(["pack", "diff", str(old), str(new)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "1.0.0 (2026-11-01) → 1.1.0 (2026-11-01): 1 added, 1 removed, 2 changed"
    assert "added    borders/opening" in printed
    assert "removed  borders/handbook" in printed
    assert "changed  mission  en: #history" in printed
