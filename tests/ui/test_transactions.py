"""How often a user's action touches user.sqlite: transactions and commits counted per action."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, Engine, event

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.reader.main_window import MainWindow
from tests.packs import entry, write_pack
from tests.ui.conftest import WindowFactory, features

PLACE_SAVE_MS = 1000  # the reading place is written at most this often while reading


@dataclass
class Counts:
    """Transactions SQLAlchemy began on user.sqlite, and how many of them committed."""

    begun: int = 0
    committed: int = 0


class UserTransactions:
    """Counts every transaction on engines of ``user.sqlite`` (SQLAlchemy's own events)."""

    def __init__(self, paths: DataPaths) -> None:
        self.user_db = str(paths.user_db)
        self.counts = Counts()

    def _ours(self, conn: Connection) -> bool:
        return conn.engine.url.database == self.user_db

    def on_begin(self, conn: Connection) -> None:
        if self._ours(conn):
            self.counts.begun += 1

    def on_commit(self, conn: Connection) -> None:
        if self._ours(conn):
            self.counts.committed += 1

    def start(self) -> Counts:
        self.counts = Counts()
        return self.counts


@pytest.fixture
def user_transactions(imported: DataPaths) -> Iterator[UserTransactions]:
    counter = UserTransactions(imported)
    event.listen(Engine, "begin", counter.on_begin)
    event.listen(Engine, "commit", counter.on_commit)
    yield counter
    event.remove(Engine, "begin", counter.on_begin)
    event.remove(Engine, "commit", counter.on_commit)


def settled(qtbot: QtBot, make_window: WindowFactory, target: str) -> MainWindow:
    """A window showing ``target`` with every save it started at opening done."""
    window = make_window(target)
    qtbot.wait(PLACE_SAVE_MS + 500)
    return window


def test_ctrl_d_is_at_most_two_transactions(qtbot: QtBot, make_window: WindowFactory,
                                            user_transactions: UserTransactions) -> None:
    window = settled(qtbot, make_window, "borders/handbook#part-2")
    counts = user_transactions.start()
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert features(window).bookmarks.act_star.isChecked()
    assert features(window).bookmarks.panel.model.rowCount() == 1
    assert counts.committed == 1 and counts.begun <= 2
    counts = user_transactions.start()
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "already bookmarked" in window.statusBar().currentMessage()
    assert counts.committed == 0 and counts.begun <= 1


def test_opening_an_entry_writes_only_the_throttled_place(
        qtbot: QtBot, make_window: WindowFactory, user_transactions: UserTransactions) -> None:
    window = settled(qtbot, make_window, "mission")
    features(window).bookmarks.bookmark_current()  # a bookmarked entry, and one that is not
    for target in ("borders/checkpoint", "mission"):
        counts = user_transactions.start()
        assert window.open_place(Place(target))
        assert counts.committed == 0 and counts.begun == 0
        qtbot.waitUntil(lambda: user_transactions.counts.committed > 0)  # a busy machine: later
        qtbot.wait(PLACE_SAVE_MS)
        assert counts.committed == 1 and counts.begun == 1  # the reading place, once
        with window.user.read() as repo:
            last = repo.last_place()
            assert last is not None and last.slug == target


def manual(lang: str) -> str:
    """An entry of 30 short sections: scrolling passes several of them each second."""
    word = "Section" if lang == "en" else "Раздел"
    body = "\n\n".join(f"## {word} {n} {{#s{n}}}\n\n" + "\n\n".join(
        f"{word} {n}, line {line}." for line in range(6)) for n in range(1, 31))
    return entry("borders/manual", "article", "Manual" if lang == "en" else "Руководство",
                 f"Intro.\n\n{body}\n", area="borders", order=3)


def test_scrolling_writes_the_place_at_most_once_a_second(
        qtbot: QtBot, make_window: WindowFactory, user_transactions: UserTransactions,
        imported: DataPaths, tmp_path: Path) -> None:
    import_pack(write_pack(tmp_path / "long", {"en/borders/manual.md": manual("en"),
                                               "ru/borders/manual.md": manual("ru")}),
                imported.content_db)
    window = settled(qtbot, make_window, "borders/manual")
    bar = window.detail.verticalScrollBar()
    assert bar.maximum() > 0
    counts = user_transactions.start()
    sections: set[str] = set()
    started = time.monotonic()
    for step in range(1, 21):  # 20 steps of 150 ms: three seconds of steady scrolling
        bar.setValue(bar.maximum() * step // 20)
        sections.add(window.detail.section_at_top())
        qtbot.wait(150)
    seconds = time.monotonic() - started
    assert len(sections) >= 10
    assert 1 <= counts.committed <= seconds * 1000 / PLACE_SAVE_MS + 1
    assert counts.begun == counts.committed  # nothing but the saves
    window.close()  # and the place where the reader stopped is kept
    with window.user.read() as repo:
        last = repo.last_place()
        assert last is not None
        assert (last.section, last.scroll) == (window.detail.section_at_top(), bar.maximum())


def test_a_language_switch_writes_the_place_once(
        qtbot: QtBot, make_window: WindowFactory, user_transactions: UserTransactions) -> None:
    window = settled(qtbot, make_window, "borders/checkpoint#activities")
    counts = user_transactions.start()
    window.set_language("ru")
    assert counts.committed == 0
    qtbot.waitUntil(lambda: counts.committed > 0)  # the widgets retranslate, the place is saved
    qtbot.wait(PLACE_SAVE_MS)
    assert window.windowTitle().startswith("КПП")
    assert counts.committed == 1  # the place: the same section, at its offset in Russian
    assert counts.begun <= 2  # and the bookmarks panel reads its Russian titles
