"""Opening and reading content.sqlite: the tree, entries, language fallback, a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.content.importer import import_pack
from desktop_app.db.errors import DatabaseDamaged
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths
from tests.packs import BASIC_ENTRIES, write_pack


def test_tree_is_ordered_and_nested(imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    library.open()
    with library.read() as repo:
        tree = repo.tree("ru")
        sections = repo.sections("borders/checkpoint", "ru")
    assert [n.title for n in tree] == ["Миссия", "Управление границами"]
    checkpoint = tree[1].children[0]
    assert checkpoint.slug == "borders/checkpoint" and checkpoint.title == "КПП «Братство»"
    assert checkpoint.has_sections
    library.close()
    assert [s.anchor for s in sections] == ["objectives", "activities"]
    assert [s.anchor for s in sections[0].children] == ["details"]


def test_entry_view_has_area_and_brief(imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    library.open()
    with library.read() as repo:
        view = repo.entry("borders/checkpoint", "en")
        assert repo.entry("nothing", "en") is None
    assert view is not None
    assert (view.area_slug, view.area_title, view.fallback) == ("borders", "Border management",
                                                               False)
    assert view.brief is not None and view.brief.partners == ("UNDP",)
    assert view.languages == ("en", "ru")
    library.close()


def test_missing_language_falls_back_to_the_default(tmp_path: Path,
                                                    data_paths: DataPaths) -> None:
    pack = write_pack(tmp_path / "p", {"ru/borders/checkpoint.md": None})
    import_pack(pack, data_paths.content_db)
    library = ContentLibrary(data_paths.content_db)
    library.open()
    with library.read() as repo:
        view = repo.entry("borders/checkpoint", "ru")
        node = repo.tree("ru")[1].children[0]
    assert view is not None and (view.lang, view.fallback) == ("en", True)
    assert (node.title, node.fallback) == ("Bratstvo checkpoint", True)
    library.close()


@pytest.mark.parametrize("damage", ["empty", "zeroed", "garbage", "truncated", "header only"])
def test_damaged_content_database_is_reported(imported: DataPaths, damage: str) -> None:
    whole = imported.content_db.read_bytes()
    imported.content_db.write_bytes({
        "empty": b"", "zeroed": b"\0" * len(whole), "garbage": b"garbage" * 1000,
        "truncated": whole[: len(whole) // 2], "header only": whole[:100]}[damage])
    library = ContentLibrary(imported.content_db)
    with pytest.raises(DatabaseDamaged, match="content"):
        library.open()
    assert not library.is_open
    with pytest.raises(RuntimeError, match="not open"), library.read():
        pass


def test_a_second_import_replaces_the_content(imported: DataPaths, tmp_path: Path) -> None:
    changed = BASIC_ENTRIES["en/mission.md"].replace("The mission", "The IOM mission")
    import_pack(write_pack(tmp_path / "v2", {"en/mission.md": changed}, version="1.1.0"),
                imported.content_db)
    library = ContentLibrary(imported.content_db)
    assert library.open().version == "1.1.0"
    with library.read() as repo:
        assert repo.tree("en")[0].title == "The IOM mission"
    library.close()
