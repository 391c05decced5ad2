"""Noticing changes made by other connections to the database, cheaply."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path
from typing import Any

from organizer.storage.database import Database


class ChangeCounter:
    """SQLite's ``data_version`` on a connection of its own: it moves when another
    connection (the command line, the reader, another window) commits a change."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        try:
            self._connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error:
            self._connection = None

    def read(self) -> int:
        """The current version, or -1 when the database can't be asked."""
        with self._lock:
            if self._connection is None:
                return -1
            try:
                row = self._connection.execute("PRAGMA data_version").fetchone()
            except sqlite3.Error:
                return -1
        return int(row[0]) if row else -1

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


class ServerChangeCounter:
    """PostgreSQL: a connection of its own LISTENs for the notices every change sends
    (migration 0010); the count of notices received moves like ``data_version``."""

    CHANNEL = "organizer_changes"

    def __init__(self, db: Database) -> None:
        self._lock = threading.Lock()
        self._seen = 0
        self._connection: Any = None
        try:
            raw = db.engine.raw_connection()
            self._raw = raw
            self._connection = raw.driver_connection
            self._connection.autocommit = True
            self._connection.execute(f"LISTEN {self.CHANNEL}")
        except Exception:  # noqa: BLE001 - a window without notices still reloads itself
            self._connection = None

    def read(self) -> int:
        """How many changes were announced so far, or -1 when the server can't be asked."""
        with self._lock:
            if self._connection is None:
                return -1
            try:
                for _notice in self._connection.notifies(timeout=0.0):
                    self._seen += 1
            except Exception:  # noqa: BLE001 - the server went away: like SQLite's -1
                return -1
            return self._seen

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    self._raw.invalidate()  # never back to the pool while listening
                self._connection = None


def change_counter(db: Database) -> ChangeCounter | ServerChangeCounter:
    """What tells this window about other people's (and processes') changes."""
    return ServerChangeCounter(db) if db.is_server else ChangeCounter(db.path)
