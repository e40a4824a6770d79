"""Offline by construction: the main flows open no network connection, and the detail pane
loads nothing from outside the pack."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.places import Place
from tests.packs import write_pack
from tests.ui.conftest import WindowFactory, features

NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                  "urllib.Request", "http.client.connect", "socket.sendto"}
_watching: list[list[str]] = []  # audit hooks cannot be removed: this switches ours on and off


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watching and event in NETWORK_EVENTS:
        _watching[-1].append(f"{event} {args!r}")


sys.addaudithook(_audit)


@pytest.fixture
def network_attempts() -> Iterator[list[str]]:
    attempts: list[str] = []
    _watching.append(attempts)
    yield attempts
    _watching.pop()


def test_the_hook_sees_a_connection(network_attempts: list[str]) -> None:
    """Proof that the check below can fail."""
    with socket.socket() as sock, pytest.raises(OSError):
        sock.settimeout(0.01)
        sock.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed
    assert any(a.startswith("socket.connect") for a in network_attempts)


def test_main_flows_open_no_connection(qtbot: QtBot, make_window: WindowFactory,
                                       tmp_path: Path, network_attempts: list[str]) -> None:
    hostile = ("+++\nslug = \"mission\"\nkind = \"overview\"\ntitle = \"Mission\"\n+++\n\n"
               "Text with <iframe src=\"https://example.org/\"></iframe> and "
               "<div style=\"background:url(http://example.org/z)\">css</div>.\n")
    window = make_window("mission")
    features(window).importing.import_pack(write_pack(
        tmp_path / "hostile", {"en/mission.md": hostile, "ru/mission.md": hostile}))
    qtbot.waitUntil(lambda: window.isEnabled() and window.view is not None, timeout=10000)
    assert window.detail.toPlainText().startswith("Mission\nText with")  # imported, shown
    assert window.view is not None and "example.org" not in window.view.html  # sanitised
    for target in ("borders", "borders/checkpoint#activities", "borders/handbook#part-3"):
        window.open_place(Place.parse(target))
    window.go_back()
    window.set_language("ru")
    window.set_theme("dark")
    features(window).side_by_side.set_shown(True)
    features(window).find_in_page.bar.open_with_selection()
    features(window).find_in_page.bar.edit.setText("КПП")
    window.set_zoom(3)
    window.open_place(Place.parse("borders/checkpoint#activities"))
    features(window).search.edit.setText("пограничных")  # search, off the UI thread
    qtbot.waitUntil(lambda: features(window).search.model.rowCount() > 0, timeout=10000)
    features(window).bookmarks.bookmark_current()  # bookmark
    assert features(window).printing.export_open(tmp_path / "brief.pdf")  # print a brief
    window.close()
    assert network_attempts == []


@pytest.mark.parametrize("html", [
    '<img src="http://example.org/a.png">', '<img src="file:///etc/passwd">',
    '<img src="../../etc/passwd">', "<img>", '<img src="/abs/path.png" alt="x">'])
def test_an_image_from_outside_the_pack_is_removed_whole(html: str) -> None:
    from desktop_app.content.render import sanitise

    assert "<img" not in sanitise(f"<p>before {html} after</p>")
    assert sanitise('<p><img src="media/map.png" alt="Map"></p>').count("<img") == 1
