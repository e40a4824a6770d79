"""A second start on the same data folder hands its target to the open window and exits."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.single_instance import (
    InstanceServer,
    hand_over,
    may_be_listening,
    peer_is_this_user,
    private_socket_dir,
    server_address,
    server_name,
)
from desktop_app.ui.start import bring_forward
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
    assert os.name != "posix" or server.server.fullServerName() == server_address(imported)
    server.close()


def test_the_socket_lives_in_a_folder_only_this_user_can_enter(qtbot: QtBot,
                                                               imported: DataPaths) -> None:
    if os.name != "posix":
        return
    server = InstanceServer(imported, lambda _t: None)
    assert server.listening
    folder = Path(server.server.fullServerName()).parent
    info = folder.lstat()
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
    assert stat.S_IMODE(info.st_mode) == 0o700
    assert folder != Path(tempfile.gettempdir())
    server.close()


def test_a_squatter_at_the_old_shared_name_receives_nothing(qtbot: QtBot,
                                                            imported: DataPaths) -> None:
    """Another account could listen at the predictable name in /tmp first."""
    from PySide6.QtNetwork import QLocalServer

    squatter = QLocalServer()
    assert squatter.listen(str(Path(tempfile.gettempdir()) / server_name(imported)))
    received: list[bytes] = []
    squatter.newConnection.connect(lambda: received.append(b"connected"))
    assert not hand_over(imported, "mission")
    qtbot.wait(50)
    assert received == []
    squatter.close()


def test_a_plain_file_at_the_address_neither_answers_nor_blocks_the_server(
        qtbot: QtBot, imported: DataPaths) -> None:
    address = server_address(imported)
    if os.name != "posix" or address is None:
        return
    Path(address).write_text("not a socket")
    assert not may_be_listening(imported)
    assert not hand_over(imported, "mission")
    server = InstanceServer(imported, lambda _t: None)
    assert server.listening and may_be_listening(imported)
    server.close()


def test_a_runtime_folder_open_to_others_is_not_used(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    if os.name != "posix":
        return
    shared = tmp_path / "runtime"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    folder = private_socket_dir()
    assert folder is not None and shared not in folder.parents
    private = tmp_path / "private-runtime"
    private.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private))
    assert private_socket_dir() == private / "field-reference"


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0
                    or not Path("/usr/bin/python3").exists(),
                    reason="needs Linux, root and a system Python to listen as another user")
def test_an_answer_from_another_user_is_not_trusted() -> None:
    folder = Path(tempfile.mkdtemp())  # pytest's tmp_path is closed to the other user
    folder.chmod(0o777)
    address = folder / "socket"
    listener = subprocess.Popen(
        ["/usr/bin/python3", "-c",  # the venv's Python may be closed to that user
         "import socket, time\n"
         "s = socket.socket(socket.AF_UNIX)\n"
         f"s.bind({str(address)!r}); s.listen(1); print('ready', flush=True)\n"
         "c, _ = s.accept(); time.sleep(5)\n"],
        user=65534, cwd="/", stdout=subprocess.PIPE, text=True)
    try:
        assert listener.stdout is not None and listener.stdout.readline().strip() == "ready"
        with socket.socket(socket.AF_UNIX) as ours:
            ours.connect(str(address))
            assert not peer_is_this_user(ours.fileno())
        left, right = socket.socketpair(socket.AF_UNIX)
        with left, right:
            assert peer_is_this_user(left.fileno())
    finally:
        listener.kill()
        listener.wait()
        shutil.rmtree(folder)
