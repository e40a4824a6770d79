"""A language switch reaches every part of the window once: one search, one render beside."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.db.records import EntryView
from desktop_app.ui.reader.detail_pane import DetailPane
from tests.ui.conftest import WindowFactory, features


def test_a_language_switch_searches_once_and_renders_side_by_side_once(
        qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window("borders/handbook")
    attached = features(window)
    panel, side = attached.search, attached.side_by_side
    side.set_shown(True)
    panel.edit.setText("checkpoint")
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.run_search()
    assert side.companion.toPlainText().startswith("Пограничный справочник")

    companion_renders: list[str] = []
    show_entry = DetailPane.show_entry

    def counting_show_entry(pane: DetailPane, view: EntryView, css: str) -> None:
        if pane is side.companion:
            companion_renders.append(view.lang)
        show_entry(pane, view, css)

    monkeypatch.setattr(DetailPane, "show_entry", counting_show_entry)
    results: list[None] = []
    panel.results_shown.connect(lambda: results.append(None))
    requests = panel.latest_request()

    window.menus.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: window.menus.language_menu.title() == "&Язык")  # LanguageChange
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    qtbot.wait(300)  # time for a second search or render, should one come

    assert panel.latest_request() == requests + 1  # one search for the new language
    assert results == [None]
    assert panel.status.text().startswith("Найдено: ")
    assert companion_renders == ["en"]  # Russian in the main pane, English beside it, once
    assert side.companion.toPlainText().startswith("Border handbook")
    assert side.action.text() == "&Два языка рядом"
