"""View → Side by side: both languages of the open entry, scrolling together by section."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.settings import SettingsStore
from tests.packs import entry, write_pack
from tests.ui.conftest import WindowFactory, features


def _body(heading: str, filler: str, paragraphs: int) -> str:
    return "Intro.\n\n" + "\n\n".join(
        f"## {heading} {n} {{#part-{n}}}\n\n" + "\n\n".join(f"{filler} {i}." for i in range(
            paragraphs)) for n in (1, 2, 3)) + "\n"


def _uneven_pack(root: Path) -> Path:
    """Russian sections a third as long as the English ones: pixel offsets cannot match."""
    return write_pack(root, {
        "en/borders/handbook.md": entry("borders/handbook", "article", "Border handbook",
                                        _body("Part", "Checkpoint procedure text.", 45),
                                        area="borders", order=2),
        "ru/borders/handbook.md": entry("borders/handbook", "article", "Пограничный справочник",
                                        _body("Часть", "Текст о процедурах.", 15),
                                        area="borders", order=2),
        "ru/borders/checkpoint.md": None,  # English only
    })


def _paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "uneven").ensure()
    import_pack(_uneven_pack(tmp_path / "uneven-pack"), paths.content_db)
    return paths


def test_side_by_side_opens_the_same_section_in_both_languages(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window("borders/handbook#part-2", paths=_paths(tmp_path))
    side = features(window).side_by_side
    assert not side.box.isVisible()
    picked = next(action for action in window.menus.view_menu.actions()
                  if action.text().replace("&", "") == "Side by side")
    picked.trigger()  # View → Side by side, as the user picks it
    assert side.box.isVisible()
    assert side.companion.toPlainText().startswith("Пограничный справочник")
    assert window.detail.section_at_top() == "part-2"
    qtbot.waitUntil(lambda: side.companion.section_at_top() == "part-2")
    assert side.main_label.text() == "<b>English</b>"
    assert side.companion_label.text() == "<b>Russian</b>"  # named in the interface language


def test_panes_stay_aligned_by_section_while_either_scrolls(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window("borders/handbook#part-2", paths=_paths(tmp_path))
    side = features(window).side_by_side
    side.set_shown(True)
    main, companion = window.detail, side.companion
    qtbot.waitUntil(lambda: companion.width() > 100 and main.width() < 500)  # laid out anew
    # Half-way through the English part 2 is half-way through the (shorter) Russian one.
    top, end = main._anchor_top("part-2"), main._anchor_top("part-3")
    main.verticalScrollBar().setValue((top + end) // 2)
    qtbot.waitUntil(lambda: companion.section_position()[0] == "part-2"
                    and abs(companion.section_position()[1] - 0.5) < 0.05)
    assert main.verticalScrollBar().value() - top > 2 * (
        companion.verticalScrollBar().value() - companion._anchor_top("part-2"))
    # Scrolling the Russian pane leads the English one.
    companion.verticalScrollBar().setValue(companion._anchor_top("part-1") + 5)
    assert main.section_at_top() == "part-1"
    qtbot.waitUntil(lambda: window.history.current == Place("borders/handbook", "part-1"))


def test_following_links_and_switching_language_keep_the_panes_paired(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window("borders/handbook#part-2", paths=_paths(tmp_path))
    side = features(window).side_by_side
    side.set_shown(True)
    window.set_language("ru")
    assert window.detail.toPlainText().startswith("Пограничный справочник")
    assert side.companion.toPlainText().startswith("Border handbook")
    assert side.companion_label.text() == "<b>Английский</b>"  # in the interface language
    qtbot.waitUntil(lambda: side.companion.section_at_top() == "part-2")
    window.open_place(Place("borders/checkpoint"))  # there is no Russian version
    assert window.view is not None and window.view.fallback
    qtbot.waitUntil(lambda: "нет русской версии" in side.companion.toPlainText())
    assert side.companion.slug == ""


def test_the_choice_is_remembered(qtbot: QtBot, make_window: WindowFactory,
                                  imported: DataPaths) -> None:
    window = make_window("borders/handbook")
    features(window).side_by_side.action.trigger()
    assert SettingsStore(imported.settings_file).load().side_by_side
    window.close()
    again = make_window("borders/handbook")
    assert features(again).side_by_side.shown and features(again).side_by_side.box.isVisible()
