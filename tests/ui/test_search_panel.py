"""The search panel in a real window: Ctrl+K, debounced results off the UI thread, filters,
the layout suggestion, and opening a result with the matched words highlighted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths
from desktop_app.search.engine import SearchResult
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.search import panel as panel_module
from desktop_app.ui.search.model import HTML_ROLE, MARK, RESULT_ROLE
from desktop_app.ui.search.panel import SearchPanel
from tests.db.test_search import SEARCH_ENTRIES
from tests.packs import write_pack
from tests.test_search_quality import QUALITY_ENTRIES
from tests.ui.conftest import WindowFactory, features


def type_and_wait(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    """Type ``text`` a letter at a time (QTest types only ASCII keys), wait for the results."""
    panel.edit.clear()
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        for letter in text:
            panel.edit.insert(letter)


def shown(panel: SearchPanel) -> list[SearchResult]:
    return [panel.model.index(row, 0).data(RESULT_ROLE) for row in range(panel.model.rowCount())]


def highlighted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.detail.extraSelections()]


def test_ctrl_k_shows_the_panel_and_focuses_the_box(qtbot: QtBot,
                                                    make_window: WindowFactory) -> None:
    window = make_window()
    panel = features(window).search
    assert not panel.isVisible()
    qtbot.keyClick(window.detail, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert panel.isVisible()
    qtbot.waitUntil(panel.edit.hasFocus)


def test_typing_searches_once_after_a_pause(qtbot: QtBot, make_window: WindowFactory) -> None:
    panel = features(make_window()).search
    panel.focus_search()
    type_and_wait(qtbot, panel, "trai")  # four keystrokes, one search: the prefix finds it
    assert panel.latest_request() == 5  # four keystrokes, then the one search
    assert "borders#training" in [str(r.place) for r in shown(panel)]
    assert panel.status.text().startswith("Results: ")
    row = next(i for i, r in enumerate(shown(panel)) if str(r.place) == "borders#training")
    assert f"{MARK[0]}Training{MARK[1]}" in panel.model.index(row, 0).data(HTML_ROLE)


def test_a_stale_outcome_never_replaces_a_newer_one(qtbot: QtBot,
                                                    make_window: WindowFactory) -> None:
    panel = features(make_window()).search
    panel.edit.setText("checkpoint")
    panel.run_search()
    panel.edit.setText("обучение")
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.run_search()
    qtbot.wait(50)  # let any queued outcome of the first request arrive (and be dropped)
    assert panel.outcome is not None and panel.outcome.text == "обучение"
    assert {r.lang for r in shown(panel)} == {"ru"}


def test_filters_by_kind_area_and_language(qtbot: QtBot, make_window: WindowFactory) -> None:
    from desktop_app.content.importer import KINDS

    panel = features(make_window()).search
    offered = [panel.kind_combo.itemData(i) for i in range(panel.kind_combo.count())]
    assert offered[0] == "" and sorted(offered[1:]) == sorted(KINDS)  # every kind a pack has
    type_and_wait(qtbot, panel, "checkpoint")
    assert {r.kind for r in shown(panel)} == {"project", "article"}
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("article"))
    assert {r.slug for r in shown(panel)} == {"borders/handbook"}
    panel.kind_combo.setCurrentIndex(0)
    type_and_wait(qtbot, panel, "1992")
    slugs = [r.slug for r in shown(panel)]  # written in both languages: each entry once
    assert slugs and len(slugs) == len(set(slugs))
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.lang_check.setChecked(True)
    assert {r.lang for r in shown(panel)} == {"en"}
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.area_combo.setCurrentIndex(panel.area_combo.findData("borders"))
    assert shown(panel) == []
    assert panel.status.text() == "Nothing found."


def test_wrong_layout_is_applied_and_said(qtbot: QtBot, make_window: WindowFactory) -> None:
    panel = features(make_window()).search
    panel.focus_search()
    type_and_wait(qtbot, panel, "j,extybt")  # обучение on the Latin layout
    assert shown(panel) and panel.outcome is not None and panel.outcome.text == "обучение"
    assert panel.status.text().startswith("Showing results for “обучение”. Results: ")
    assert panel.suggestion.isVisible()
    assert panel.suggestion.text() == 'Search instead for <a href="as-typed">j,extybt</a>'
    with qtbot.waitSignal(panel.results_shown, timeout=5000):  # the user insists
        panel.suggestion.linkActivated.emit("as-typed")
    assert panel.edit.text() == "j,extybt" and shown(panel) == []
    assert panel.status.text() == "Nothing found." and not panel.suggestion.isVisible()


def test_did_you_mean_is_a_link_that_applies_it(qtbot: QtBot, make_window: WindowFactory,
                                                tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "with-call-sign").ensure()
    import_pack(write_pack(tmp_path / "pack2", SEARCH_ENTRIES), paths.content_db)
    panel = features(make_window(paths=paths)).search
    panel.focus_search()
    type_and_wait(qtbot, panel, "Ghjtrn")  # a call sign in English; Проект on the other layout
    assert [str(r.place) for r in shown(panel)] == ["borders/news-1#story"]
    assert panel.suggestion.isVisible()
    assert panel.suggestion.text() == 'Did you mean <a href="suggestion">Проект</a>?'
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.suggestion.linkActivated.emit("suggestion")
    assert panel.edit.text() == "Проект"
    assert "borders/checkpoint" in {r.slug for r in shown(panel)}
    assert "Ghjtrn" in panel.suggestion.text()  # and back: both forms find something


def test_opening_a_result_goes_there_and_highlights_the_words(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="ru")
    panel = features(window).search
    panel.focus_search()
    type_and_wait(qtbot, panel, "обучением")
    row = next(i for i, r in enumerate(shown(panel)) if str(r.place) == "borders#training")
    index = panel.model.index(row, 0)
    panel.results.setCurrentIndex(index)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.view is not None and window.view.slug == "borders"
    assert window.history.current is not None and window.history.current.section == "training"
    assert sorted(set(highlighted(window))) == ["Обучение"]
    window.open_place(window.home_place())  # elsewhere: the highlight goes
    assert highlighted(window) == []


def test_russian_panel_speaks_russian(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="ru")
    panel = features(window).search
    type_and_wait(qtbot, panel, "checkpoint")
    cyrillic = re.compile("[а-яё]", re.IGNORECASE)
    texts = [panel.windowTitle(), panel.edit.placeholderText(), panel.lang_check.text(),
             panel.status.text(), panel.action.text(), panel.action.toolTip(),
             *(panel.kind_combo.itemText(i) for i in range(panel.kind_combo.count())),
             panel.area_combo.itemText(0)]
    assert [t for t in texts if not cyrillic.search(t)] == []
    html = panel.model.index(0, 0).data(HTML_ROLE)
    assert "Проект" in html or "Статья" in html


def test_a_result_in_the_other_language_says_so(qtbot: QtBot, make_window: WindowFactory
                                                ) -> None:
    window = make_window()  # English
    panel = features(window).search
    type_and_wait(qtbot, panel, "наблюдатель")
    result = shown(panel)[0]
    assert (str(result.place), result.lang) == ("mission#history", "ru")
    assert panel.outcome is not None
    panel.open_result(result, panel.outcome.query)
    assert window.history.current is not None and str(window.history.current) == "mission#history"
    assert "Found in the Russian text" in window.statusBar().currentMessage()


def test_results_are_entries_with_their_sections_and_a_true_count(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(panel_module, "RESULT_PAGE", 2)  # a long list, in a small pack
    paths = DataPaths(tmp_path / "quality").ensure()
    import_pack(write_pack(tmp_path / "pack", QUALITY_ENTRIES), paths.content_db)
    window = make_window(paths=paths, lang="ru")
    panel = features(window).search
    panel.focus_search()
    type_and_wait(qtbot, panel, "border")
    assert len(shown(panel)) == 2 and panel.outcome is not None and panel.outcome.total > 3
    total = panel.outcome.total
    assert panel.status.text() == f"Найдено: 2 из {total}"
    assert panel.more.isVisible() and panel.more.text() == "Ещё результаты"
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert len(shown(panel)) == min(4, total)
    assert panel.results.currentIndex().row() == 2  # the first new one
    type_and_wait(qtbot, panel, "аэропорт оборудование досмотр")  # in three parts of one entry
    assert not panel.more.isVisible()
    result = shown(panel)[0]
    assert (result.slug, result.anchor) == ("borders/airport", "gates")
    assert "Разделы: Выходы · Поставки" in panel.model.index(0, 0).data(HTML_ROLE)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.history.current is not None
    assert str(window.history.current) == "borders/airport#gates"  # the best section
