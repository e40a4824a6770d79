"""One window per data folder: a second start hands its target to the first and exits.

Two processes on one data folder would each import the bundled pack on a first start and race
to swap content.sqlite in. The first window listens on a local socket named after the data
folder; a second start sends it the target (possibly empty) and waits for "ok".

QtNetwork is loaded only when it is needed, not before the first paint: on POSIX systems a
local server is a socket file in the temporary folder, so where there is no such file no
window is listening, and the start goes on without asking.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app import APP_ID
from desktop_app.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

TIMEOUT_MS = 3000


def server_name(paths: DataPaths) -> str:
    """Per data folder and per user (local sockets live in a shared temp folder)."""
    folder = str(paths.root.resolve()).encode()
    return f"{APP_ID}-{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}"


def may_be_listening(paths: DataPaths) -> bool:
    """False when surely no window listens on ``paths``: on POSIX, QLocalServer's socket
    file (in QDir::tempPath(): $TMPDIR or /tmp) is missing. True elsewhere."""
    if os.name != "posix":
        return True
    return (Path(os.environ.get("TMPDIR") or "/tmp") / server_name(paths)).exists()


def hand_over(paths: DataPaths, target: str | None) -> bool:
    """Give ``target`` to a window already running on ``paths``; False when there is none."""
    if not may_be_listening(paths):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((target or "").encode("utf-8") + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(TIMEOUT_MS) and socket.readAll().data() == b"ok\n"
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts; ``on_target`` gets each one's target ("" for none)."""

    def __init__(self, paths: DataPaths, on_target: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._on_target = on_target
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        name = server_name(paths)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left behind by a killed process
            self.server.listen(name)

    def close(self) -> None:
        self.server.close()

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        target = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
        socket.write(b"ok\n")
        socket.flush()
        self._on_target(target)
