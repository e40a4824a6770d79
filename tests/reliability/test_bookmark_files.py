"""Hostile bookmark files: each is refused in one plain sentence, nothing is changed, and an
export is always a well-formed file written through the link it was given."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from xml.etree.ElementTree import fromstring

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop_app.bookmarks.files import (
    MAX_FILE_BYTES,
    BookmarkFileError,
    read_file,
    write_file,
)
from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.library import UserData
from desktop_app.places import Place
from tests.reliability.user_files import fill_user_data, marks_in
from tests.test_bookmarks_io import fill, shape
from tests.ui.conftest import WindowFactory, features, shown_message


def bookmarks_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def document(**parts: object) -> str:
    return json.dumps({"format": "field-reference-bookmarks", "version": 1, **parts})


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60)


def test_deep_nesting_is_refused_in_words(tmp_path: Path) -> None:
    deep = bookmarks_file(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(BookmarkFileError, match="nested far too deeply"):
        read_file(deep)


@pytest.mark.parametrize("where, data", [
    ("bookmarks[0].note", {"bookmarks": [{"target": "mission", "note": "\ud800"}]}),
    ("folders[0].name", {"folders": [{"name": "a\udfffb", "bookmarks": []}]}),
    ("bookmarks[0].target", {"bookmarks": [{"target": "mission#\ud800"}]}),
    ("bookmarks[0].titles.en", {"bookmarks": [{"target": "mission", "titles": {"en": "\ud83d"}}]}),
])
def test_a_lone_surrogate_is_refused_with_its_field(tmp_path: Path, where: str,
                                                    data: dict[str, object]) -> None:
    # json.dumps writes the surrogate as the escape \ud800, as a hostile file would
    path = bookmarks_file(tmp_path / "surrogate.json", document(**data))
    with pytest.raises(BookmarkFileError) as refused:
        read_file(path)
    assert f"{where}: holds an invalid character" in str(refused.value)


def test_a_five_thousand_digit_version_is_refused(tmp_path: Path) -> None:
    path = bookmarks_file(tmp_path / "version.json",
                          '{"format": "field-reference-bookmarks", "version": ' + "9" * 5000 + "}")
    with pytest.raises(BookmarkFileError, match="not a bookmarks file"):
        read_file(path)


def test_a_device_is_refused_without_reading_it() -> None:
    with pytest.raises(BookmarkFileError, match="not a regular file"):
        read_file(Path("/dev/zero"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    reader = threading.Thread(target=lambda: outcome.append(_error_of(fifo)), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the reader so that the test run can end
        with fifo.open("w"):
            pass
        pytest.fail("reading a named pipe blocked")
    assert isinstance(outcome[0], BookmarkFileError) and "not a regular file" in str(outcome[0])


def _error_of(path: Path) -> BaseException:
    try:
        read_file(path)
    except BaseException as exc:
        return exc
    return AssertionError("no error")


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as file:  # sparse: takes no room on the disk
        file.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(BookmarkFileError, match="larger than 64 MB"):
        read_file(big)


def test_xbel_of_a_note_with_control_characters_is_well_formed(tmp_path: Path) -> None:
    user = UserData(tmp_path / "user.sqlite", tmp_path / "backups")
    store = BookmarkStore(user)
    mark = store.add(Place("mission", "aims"))
    store.edit(mark.id, note="before\x00\x01\x0b\x1f after\ttab\nline", name="bell\x07")
    folder = store.add_folder("esc\x1bape")
    store.add(Place("borders"), folder.id)
    out = tmp_path / "marks.xbel"
    write_file(out, store.export_document())
    user.close()
    root = fromstring(out.read_text(encoding="utf-8"))  # raises on a malformed file
    assert root.findtext("bookmark/desc") == "before after\ttab\nline"
    assert root.findtext("bookmark/title") == "bell"
    assert root.findtext("folder/title") == "escape"


def test_export_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    user = UserData(tmp_path / "user.sqlite", tmp_path / "backups")
    store = BookmarkStore(user)
    fill(store)
    real = tmp_path / "synced" / "marks.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "marks.json"
    link.symlink_to(real)
    write_file(link, store.export_document())
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert json.loads(real.read_text(encoding="utf-8"))["format"] == "field-reference-bookmarks"
    assert not list(tmp_path.rglob("*.partial"))
    user.close()


def test_the_command_line_refuses_a_hostile_file_and_keeps_the_bookmarks(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    user = UserData(data / "user.sqlite", data / "backups")
    fill(BookmarkStore(user))
    before = shape(BookmarkStore(user))
    user.close()
    hostile = [
        bookmarks_file(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000),
        bookmarks_file(tmp_path / "surrogate.json",
                       document(bookmarks=[{"target": "mission", "note": "\ud800"}])),
        bookmarks_file(tmp_path / "version.json", '{"version": ' + "9" * 5000 + "}"),
        Path("/dev/zero"),
    ]
    for path in hostile:
        result = cli("--data-dir", str(data), "bookmarks", "import", str(path))
        assert result.returncode == 1, (path, result.stderr)
        assert "Traceback" not in result.stderr, result.stderr
        assert "Nothing was changed." in result.stderr
    user = UserData(data / "user.sqlite", data / "backups")
    assert shape(BookmarkStore(user)) == before
    user.close()


def exported_bookmarks(tmp_path: Path, count: int) -> Path:
    """A JSON bookmarks file of ``count`` bookmarks, exported from another data folder."""
    source = tmp_path / "source"
    source.mkdir()
    fill_user_data(source, count)
    user = UserData(source / "user.sqlite", source / "backups")
    write_file(tmp_path / "many.json", BookmarkStore(user).export_document(), "json", "en")
    user.close()
    return tmp_path / "many.json"


def test_a_long_import_in_the_window_keeps_it_responsive(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    """Thousands of bookmarks are read and merged off the UI thread, in batches, with a
    progress dialog; the window keeps handling events meanwhile (it used to freeze for the
    whole import: 57 s for 20,000), and the outcome is told at the end."""
    count = 5000
    many = exported_bookmarks(tmp_path, count)

    window = make_window("mission")
    bookmarks = features(window).bookmarks
    job = bookmarks.import_from(many)
    seen: list[int] = []  # the dialog's range, each time the event loop came round
    ticker = QTimer(window, interval=20)
    ticker.timeout.connect(lambda: seen.append(job.dialog.maximum()))
    ticker.start()
    box = shown_message(qtbot, window, timeout_ms=60000)
    ticker.stop()
    assert f"{count} bookmarks added, 0 skipped" in box.text()
    assert count in seen  # the dialog counted the bookmarks while they were saved
    assert len(seen) >= 10  # the event loop ran all along, not only at the end
    assert len(bookmarks.store.contents()[1]) == count


def test_closing_the_window_during_an_import_waits_for_it(tmp_path: Path) -> None:
    """The program ends only once the import is done: before, closing the window mid-import
    aborted the process ("QThread: Destroyed while thread is still running") with 39 of
    3,000 bookmarks saved."""
    count = 3000
    many = exported_bookmarks(tmp_path, count)
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.close_during_import", str(data),
         str(many)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert len(marks_in(data / "user.sqlite")) == count


def test_an_export_of_a_note_no_file_can_store_is_refused_in_words(tmp_path: Path) -> None:
    from desktop_app.bookmarks.files import BookmarkItem, Document, write_file

    document = Document([BookmarkItem("mission", "", "a lone \udc80 surrogate", "", {}, "")], [])
    with pytest.raises(BookmarkFileError, match="a bookmark holds a character no file can store"):
        write_file(tmp_path / "marks.json", document)
    assert list(tmp_path.iterdir()) == []
