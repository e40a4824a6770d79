"""Bookmark files: JSON round trip and merge, clear messages for bad files, XBEL export."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree.ElementTree import fromstring

import pytest

from desktop_app.bookmarks.files import BookmarkFileError, parse_json, read_file, write_file
from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from desktop_app.places import Place


def fill(store: BookmarkStore) -> None:
    borders = store.add_folder("Borders")
    checkpoints = store.add_folder("Checkpoints", borders.id)
    store.add(Place("mission", "aims"))
    mark = store.add(Place("borders", "training"), borders.id)
    store.edit(mark.id, note="Ask about the Dushanbe centre", name="Training")
    store.add(Place("borders/checkpoint", "objectives"), checkpoints.id)


def shape(store: BookmarkStore) -> list[tuple[str | None, str | None, str, str, str]]:
    """(folder, parent folder, target, name, note) of every bookmark, in order."""
    folders, marks = store.contents()
    by_id = {f.id: f for f in folders}
    rows = []
    for b in marks:
        folder = by_id.get(b.folder_id) if b.folder_id is not None else None
        parent = by_id[folder.parent_id].name if folder and folder.parent_id else None
        rows.append((folder.name if folder else None, parent, b.target, b.name, b.note))
    return rows


def test_json_round_trip_into_an_empty_data_folder(tmp_path: Path) -> None:
    first = UserData(tmp_path / "a" / "user.sqlite", tmp_path / "a" / "backups")
    store = BookmarkStore(first)
    fill(store)
    path = tmp_path / "bookmarks.json"
    assert write_file(path, store.export_document()) == "json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "field-reference-bookmarks"
    assert data["folders"][0]["bookmarks"][0]["target"] == "borders#training"
    second = UserData(tmp_path / "b" / "user.sqlite", tmp_path / "b" / "backups")
    other = BookmarkStore(second)
    report = other.import_in_batches(read_file(path))
    assert (report.added, report.skipped, report.folders_added) == (3, 0, 2)
    assert shape(other) == shape(store)
    created = [b.created_at for b in store.contents()[1]]
    assert [b.created_at for b in other.contents()[1]] == created
    again = other.import_in_batches(read_file(path))
    assert (again.added, again.skipped, again.folders_added) == (0, 3, 0)
    first.close()
    second.close()


BAD_FILES = {
    '{"format": "field-reference-bookmarks",\n  "version": 1,\n  "bookmarks": [,]}':
        "line 3, column 17: not valid JSON",
    '{"bookmarks": []}': "not a Field Reference bookmarks file",
    '{"format": "field-reference-bookmarks", "version": 9}': "format version 9",
    '{"format": "field-reference-bookmarks", "version": 1, "bookmarks": [{"note": "x"}]}':
        'bookmarks[0]: "target" is missing',
    '{"format": "field-reference-bookmarks", "version": 1, "folders": [{"name": "A", '
    '"folders": [{"name": "B", "folders": [{"name": "C"}]}]}]}':
        "folders[0].folders[0].folders: folders nest only one level deep",
    '{"format": "field-reference-bookmarks", "version": 1, "bookmarks": [{"target": "#x"}]}':
        "names no entry",
}


@pytest.mark.parametrize(("text", "message"), list(BAD_FILES.items()))
def test_bad_files_are_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(BookmarkFileError, match="^b.json: .*" + message.replace("[", r"\[")
                       .replace("]", r"\]")):
        parse_json(text, "b.json")


def test_a_bad_file_changes_nothing(data_paths: DataPaths, tmp_path: Path) -> None:
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    store = BookmarkStore(user)
    fill(store)
    before = shape(store)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "field-reference-bookmarks", "version": 1, "bookmarks": '
                   '[{"target": "mission"}, {"target": 5}]}', encoding="utf-8")
    with pytest.raises(BookmarkFileError, match=r"bookmarks\[1\].target: must be a string"):
        store.import_in_batches(read_file(bad))
    assert shape(store) == before
    user.close()


def test_xbel_export_is_well_formed_with_folders_titles_and_notes(data_paths: DataPaths,
                                                                  tmp_path: Path) -> None:
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    store = BookmarkStore(user)
    fill(store)
    path = tmp_path / "marks.xbel"
    assert write_file(path, store.export_document(), lang="ru") == "xbel"
    text = path.read_text(encoding="utf-8")
    assert "<!DOCTYPE xbel" in text
    root = fromstring(text.split("\n", 2)[2])
    assert root.tag == "xbel"
    folder = root.find("folder")
    assert folder is not None and folder.findtext("title") == "Borders"
    assert folder.find("folder/title") is not None
    mark = folder.find("bookmark")
    assert mark is not None and mark.get("href") == "entry:borders#training"
    assert mark.findtext("title") == "Training"
    assert mark.findtext("desc") == "Ask about the Dushanbe centre"
    assert root.find("bookmark") is not None
    user.close()
