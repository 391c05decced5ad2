"""One window per user and database: a second launch hands its files to the first.

The hand-over uses a local socket (QLocalServer), never a network one. The message is one
line of JSON: {"paths": [...]} with absolute paths.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from organizer import APP_ID
from organizer.paths import data_dir

CONNECT_TIMEOUT_MS = 1500


def server_name(db_path: Path) -> str:
    """Unique per user and per database file."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
    return f"{APP_ID}-{user}-{digest}"


def demo_server_name() -> str:
    """The demo window's name: one per user and data folder, whatever database it uses.

    The data folder is part of it so that a run with its own data folder (tests, a second
    profile) never hands files to a demo window opened elsewhere.
    """
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    digest = hashlib.sha256(str(data_dir()).encode()).hexdigest()[:12]
    return f"{APP_ID}-{user}-demo-{digest}"


def hand_over(name: str, paths: list[Path]) -> bool:
    """Send our paths to a running window. True when one took them."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    message = json.dumps({"paths": [str(p.resolve()) for p in paths]}) + "\n"
    socket.write(message.encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    ok = socket.waitForReadyRead(CONNECT_TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(
        b"ok"
    )
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for later launches and passes their paths to ``on_paths``."""

    def __init__(self, name: str, on_paths: Callable[[list[Path]], None]) -> None:
        super().__init__()
        self.on_paths = on_paths
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left over from a crash
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def is_listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", errors="replace")
        try:
            paths = [Path(p) for p in json.loads(line).get("paths", []) if isinstance(p, str)]
        except (ValueError, AttributeError):
            socket.write(b"error\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.on_paths(paths)

    def close(self) -> None:
        self.server.close()
