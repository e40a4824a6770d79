"""A new version of the program that comes with a newer version of the installed content's
pack brings it in at its first start, with What's new; a pack the user chose is respected."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.places import Place
from desktop_app.settings import SettingsStore
from desktop_app.ui.reader.main_window import MainWindow
from tests.packs import BASIC_ENTRIES, newer_pack, write_pack
from tests.ui.conftest import WindowFactory, shown_whats_new


def _whats_new(qtbot: QtBot, window: MainWindow) -> str:
    return shown_whats_new(qtbot, window).browser.toPlainText()


def _version(window: MainWindow) -> str:
    pack = window.library.pack
    assert pack is not None
    return pack.version


def test_the_newer_content_that_came_with_the_program_comes_in_once(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, imported: DataPaths) -> None:
    bundled = newer_pack(tmp_path / "program-1.1")
    window = make_window("borders/checkpoint", lang="ru", paths=imported, pack=bundled)
    assert window.statusBar().currentMessage() == (
        "Содержимое обновляется до версии 1.1.0, пришедшей с программой…")
    assert "Что нового в версии содержимого 1.1.0" in _whats_new(qtbot, window)
    assert _version(window) == "1.1.0"
    assert window.history.current == Place("borders/checkpoint")
    assert window.open_place(Place("borders/opening"))  # an entry only the new pack has
    assert "Открыт учебный центр" in window.detail.toPlainText()
    assert SettingsStore(imported.settings_file).load().bundled_seen == "1.1.0"
    window.close()

    again = make_window(paths=imported, pack=bundled)
    assert again.isEnabled() and _version(again) == "1.1.0"  # no second import


def test_an_older_pack_the_user_chose_stays_until_the_program_brings_another(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, imported: DataPaths,
        pack_dir: Path) -> None:
    bundled = newer_pack(tmp_path / "program-1.1")
    window = make_window(paths=imported, pack=bundled)
    qtbot.waitUntil(lambda: window.isEnabled() and _version(window) == "1.1.0", timeout=15000)
    window.close()
    import_pack(pack_dir, imported.content_db)  # 1.0.0 again: the user said yes to older

    kept = make_window(paths=imported, pack=bundled)
    assert kept.isEnabled() and _version(kept) == "1.0.0"
    kept.close()

    mission = BASIC_ENTRIES["en/mission.md"].replace("Observer in 1992.", "Observer, 1992.")
    program_1_2 = write_pack(tmp_path / "program-1.2", {"en/mission.md": mission},
                             version="1.2.0")
    later = make_window(paths=imported, pack=program_1_2)
    assert "What's new in content version 1.2.0" in _whats_new(qtbot, later)
    assert _version(later) == "1.2.0"


def test_the_program_s_content_never_replaces_a_pack_of_another_name(
        make_window: WindowFactory, imported: DataPaths) -> None:
    window = make_window(paths=imported, pack=bundled_pack_dir())  # its version is higher
    assert window.isEnabled() and _version(window) == "1.0.0"
    assert window.library.pack is not None and window.library.pack.id == "test-pack"


def test_an_update_that_fails_is_tried_again_at_the_next_start(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, imported: DataPaths) -> None:
    bundled = newer_pack(tmp_path / "program-1.1")
    mission = bundled / "en" / "mission.md"
    good = mission.read_bytes()
    mission.write_bytes(good + b"\nchanged after the manifest was made\n")
    window = make_window(paths=imported, pack=bundled)
    qtbot.waitUntil(window.isEnabled, timeout=15000)
    assert _version(window) == "1.0.0"  # the old content stays
    assert SettingsStore(imported.settings_file).load().bundled_seen == ""
    window.close()

    mission.write_bytes(good)  # the program mended
    again = make_window(paths=imported, pack=bundled)
    qtbot.waitUntil(lambda: again.isEnabled() and _version(again) == "1.1.0", timeout=15000)


def test_an_older_pack_chosen_where_the_program_s_content_was_already_in_stays(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, imported: DataPaths,
        pack_dir: Path) -> None:
    window = make_window(paths=imported, pack=pack_dir)  # installed = the program's 1.0.0
    assert window.isEnabled() and _version(window) == "1.0.0"
    window.close()
    import_pack(write_pack(tmp_path / "older", version="0.9.0"), imported.content_db)

    kept = make_window(paths=imported, pack=pack_dir)
    assert kept.isEnabled() and _version(kept) == "0.9.0"
