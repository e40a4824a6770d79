"""Bookmarks following the content: titles in both languages, missing and changed marks."""

from __future__ import annotations

from pathlib import Path

from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.content.importer import import_pack
from desktop_app.db.bookmark_records import CHANGED, MISSING, OK
from desktop_app.library import ContentLibrary, UserData
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from tests.packs import BASIC_ENTRIES, write_pack


def load_targets(store: BookmarkStore, paths: DataPaths) -> None:
    from desktop_app.db.bookmark_targets import content_targets

    library = ContentLibrary(paths.content_db)
    library.open()
    with library.read() as repo:
        store.follow_content(content_targets(repo.db))
    library.close()


def changed_pack(root: Path) -> Path:
    """Checkpoint loses its Details section, Objectives changes text, the handbook is gone."""
    files: dict[str, str | bytes | None] = {
        "en/borders/handbook.md": None, "ru/borders/handbook.md": None}
    for lang in ("en", "ru"):
        key = f"{lang}/borders/checkpoint.md"
        text = BASIC_ENTRIES[key]
        heading = "### Details {#details}\n\nMore.\n\n" if lang == "en" \
            else "### Подробности {#details}\n\nЕщё.\n\n"
        text = text.replace(heading, "")
        text = text.replace("Better control.", "Much better control.").replace(
            "Лучший контроль.", "Гораздо лучший контроль.")
        files[key] = text
    return write_pack(root, files, version="2.0.0")


def test_statuses_after_a_changed_pack(imported: DataPaths, tmp_path: Path) -> None:
    user = UserData(imported.user_db, imported.backups_dir)
    store = BookmarkStore(user)
    load_targets(store, imported)
    places = [Place("borders/checkpoint", "objectives"), Place("borders/checkpoint", "details"),
              Place("borders/handbook", "part-2"), Place("borders/checkpoint", "activities"),
              Place("mission")]
    marks = [store.add(p) for p in places]
    assert marks[0].titles == {"en": "Bratstvo checkpoint › Objectives",
                               "ru": "КПП «Братство» › Цели"}
    assert [store.status(m) for m in marks] == [OK] * 5
    import_pack(changed_pack(tmp_path / "v2"), imported.content_db)
    load_targets(store, imported)
    _folders, now = store.contents()
    assert [store.status(m) for m in now] == [CHANGED, MISSING, MISSING, OK, OK]
    assert now[2].label("en") == "Border handbook › Part 2"  # the last known title stays
    store.opened(Place("borders/checkpoint", "objectives"))
    _folders, now = store.contents()
    assert store.status(now[0]) == OK
    user.close()


def test_toggle_and_notices(imported: DataPaths) -> None:
    user = UserData(imported.user_db, imported.backups_dir)
    store = BookmarkStore(user)
    notices: list[int] = []
    store.subscribe(lambda: notices.append(1))
    place = Place("mission", "aims")
    assert store.toggle(place) is True and store.is_bookmarked(place)
    assert store.toggle(place) is False and not store.is_bookmarked(place)
    assert len(notices) >= 2
    user.close()


def test_the_window_reads_only_the_targets_it_is_asked_about(imported: DataPaths,
                                                             tmp_path: Path) -> None:
    """Bookmarked entries at once, others when bookmarked; the same statuses as reading all."""
    from desktop_app.db.bookmark_records import TargetsByEntry
    from desktop_app.db.bookmark_targets import content_targets

    library = ContentLibrary(imported.content_db)
    library.open()
    asked: list[set[str]] = []

    def read(slugs: set[str]) -> dict[tuple[str, str], tuple[dict[str, str], str]] | None:
        if not library.is_open:
            return None
        asked.append(slugs)
        with library.read() as repo:
            return content_targets(repo.db, slugs)

    user = UserData(imported.user_db, imported.backups_dir)
    store = BookmarkStore(user)
    store.follow_content(TargetsByEntry(read))
    store.add(Place("borders/checkpoint", "objectives"))
    assert asked == [{"borders/checkpoint"}]
    import_pack(changed_pack(tmp_path / "v2"), imported.content_db)
    library.close()  # reopened below: a closed library is not read, nor remembered as empty
    lazy = TargetsByEntry(read)
    assert lazy.get(("borders/checkpoint", "")) is None and len(asked) == 1
    library.open()
    lazy.load(["borders/checkpoint"])
    store.follow_content(lazy)
    with library.read() as repo:
        every = content_targets(repo.db)
    assert lazy.get(("borders/checkpoint", "objectives")) == every[
        ("borders/checkpoint", "objectives")]
    assert lazy.get(("borders/handbook", "")) is None  # gone from the new pack
    _folders, marks = store.contents()
    assert [store.status(m) for m in marks] == [CHANGED]
    assert asked[1:] == [{"borders/checkpoint"}, {"borders/handbook"}]
    user.close()
    library.close()
