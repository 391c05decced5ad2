"""Noticing changes made by other connections to the database, cheaply."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

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


def change_counter(db: Database) -> ChangeCounter:
    return ChangeCounter(db.path)
