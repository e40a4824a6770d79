"""open_content: the installed content as it is, or the bundled pack imported first."""

from __future__ import annotations

from pathlib import Path

from desktop_app.content.open import open_content, open_installed
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths
from desktop_app.problems import Problem


def test_installed_content_is_opened_as_it_is(imported: DataPaths) -> None:
    before = imported.content_db.read_bytes()
    told: list[Problem] = []
    library = open_content(imported, before_import=lambda why, _source: told.append(why))
    try:
        assert library.pack is not None and library.pack.id == "test-pack"
    finally:
        library.close()
    assert told == [] and imported.content_db.read_bytes() == before


def test_a_fresh_folder_gets_the_bundled_pack_and_says_why(tmp_path: Path) -> None:
    told: list[Problem] = []
    progress: list[int] = []
    library = open_content(DataPaths(tmp_path / "fresh"),
                           lambda done, _total, _what: progress.append(done),
                           lambda why, _source: told.append(why))
    try:
        assert library.pack is not None and library.pack.id != "test-pack"
        with library.read() as repo:
            assert repo.first_slug()
    finally:
        library.close()
    assert [p.message for p in told] == ["there is no content database yet."]
    assert progress


def test_a_damaged_file_is_rebuilt_and_a_sound_one_is_not(imported: DataPaths) -> None:
    imported.content_db.write_bytes(b"not a database, " * 400)
    assert open_installed(ContentLibrary(imported.content_db)) is not None
    told: list[Problem] = []
    open_content(imported, before_import=lambda why, _source: told.append(why)).close()
    assert [p.message for p in told] == ["this is not a database file."]
    library = ContentLibrary(imported.content_db)
    assert open_installed(library) is None and library.is_open
    library.close()
