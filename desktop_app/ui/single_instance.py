"""One window per data folder: a second start hands its target to the first and exits.

Two processes on one data folder would each import the bundled pack on a first start and race
to swap content.sqlite in. The first window listens on a local socket named after the data
folder; a second start sends it the target (possibly empty) and waits for "ok".

On POSIX the socket lives in a folder only this user can enter (``$XDG_RUNTIME_DIR``, else a
0700 folder of our own in the temporary folder), never under a name in a shared folder that
another account could take first; the answering process must be this user's own (its peer
credentials, where the system gives them). Where no such folder can be had, each start keeps
to itself rather than talk to a stranger. QtNetwork is loaded only when a socket file is there
to answer.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
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
    """Per data folder: a hash of its full path."""
    folder = str(paths.root.resolve()).encode()
    return f"{APP_ID}-{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}"


def _private(folder: Path) -> bool:
    """``folder`` is a real folder (no link), ours, and closed to everybody else."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
            and not info.st_mode & 0o077)


def private_socket_dir() -> Path | None:
    """Where our sockets may live on POSIX; None where no private folder can be had."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = [Path(runtime) / APP_ID] if runtime and _private(Path(runtime)) else []
    candidates.append(Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}")
    for folder in candidates:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            continue
        if _private(folder):
            return folder
    return None


def server_address(paths: DataPaths) -> str | None:
    """The socket's full path on POSIX (the pipe's name elsewhere); None: keep to ourselves."""
    if os.name != "posix":
        return server_name(paths)
    folder = private_socket_dir()
    return str(folder / server_name(paths)) if folder else None


def may_be_listening(paths: DataPaths) -> bool:
    """False when surely no window listens on ``paths``: on POSIX, there is no socket file
    at the address (a plain file left there is no window). True elsewhere."""
    address = server_address(paths)
    return address is not None and _may_answer(address)


def _may_answer(address: str) -> bool:
    if os.name != "posix":
        return True
    try:
        return stat.S_ISSOCK(Path(address).lstat().st_mode)
    except OSError:
        return False


def peer_is_this_user(descriptor: int) -> bool:
    """The process at the other end of a connected local socket runs as this user (Linux's
    SO_PEERCRED); True where the system does not say, the private folder guarding alone."""
    # Imported here, like QtNetwork below: only a start that finds a window's socket needs
    # them, and ``socket`` alone is 1.4 % of the instructions before every first paint.
    import socket as os_socket
    import struct

    credentials = getattr(os_socket, "SO_PEERCRED", None)
    if credentials is None or not sys.platform.startswith("linux"):
        return True
    with os_socket.socket(fileno=os.dup(descriptor)) as peer:
        raw = peer.getsockopt(os_socket.SOL_SOCKET, credentials, struct.calcsize("3i"))
    uid: int = struct.unpack("3i", raw)[1]  # pid, uid, gid
    return uid == os.getuid()


def hand_over(paths: DataPaths, target: str | None) -> bool:
    """Give ``target`` to a window already running on ``paths``; False when there is none."""
    address = server_address(paths)  # finds (and makes) the private folder, once
    if address is None or not _may_answer(address):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    if not peer_is_this_user(int(socket.socketDescriptor())):
        socket.abort()
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
        address = server_address(paths)
        if address is None:
            return  # no private folder: this window does not listen
        if not self.server.listen(address):
            QLocalServer.removeServer(address)  # left behind by a killed process
            self.server.listen(address)

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
