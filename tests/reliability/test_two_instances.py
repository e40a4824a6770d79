"""A second start on the same data folder hands its target to the open window and exits."""

from __future__ import annotations

import os
import subprocess
import sys

from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.app import bring_forward
from desktop_app.ui.single_instance import InstanceServer, hand_over, may_be_listening
from tests.ui.conftest import WindowFactory


def test_second_start_opens_its_target_in_the_first_window(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths) -> None:
    window = make_window("mission")
    server = InstanceServer(imported, lambda t: bring_forward(window, t), window)
    assert server.listening
    content_before = imported.content_db.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(imported.root),
         "borders/handbook#part-2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)  # our loop answers it
    assert second.returncode == 0, second.stderr.read() if second.stderr else ""
    assert window.history.current == Place("borders/handbook", "part-2")
    assert imported.content_db.read_bytes() == content_before
    server.close()


def test_with_no_window_running_nobody_takes_the_target(imported: DataPaths) -> None:
    assert not hand_over(imported, "mission")


def test_a_stale_socket_from_a_killed_window_is_replaced(qtbot: QtBot,
                                                         imported: DataPaths) -> None:
    targets: list[str] = []
    first = InstanceServer(imported, targets.append)
    first.server.close()  # as if killed: the name may be left behind
    second = InstanceServer(imported, targets.append)
    assert second.listening
    second.close()


def test_the_cheap_check_sees_a_listening_window_and_its_absence(qtbot: QtBot,
                                                                 imported: DataPaths) -> None:
    """``hand_over`` skips loading QtNetwork when no window can be listening (POSIX)."""
    if os.name == "posix":
        assert not may_be_listening(imported)
    server = InstanceServer(imported, lambda _t: None)
    assert server.listening
    assert may_be_listening(imported)
    assert os.name != "posix" or server.server.fullServerName().endswith(
        f"/{server.server.serverName()}")
    server.close()
