"""Where each case's folder is on this computer, for a database shared on a server.

A team's case folder lives on a network drive that each computer may mount at another
path (``/mnt/share/Mum`` here, ``Z:\\Mum`` there). The shared database keeps the path the
case was made with; each computer keeps its own path in its local settings
(``case-folders.json`` in the organizer's data folder), keyed by the database's identity
and the case id, never in the shared database. Document paths are stored relative to the
case folder, so they hold on every computer.

A folder this computer does not know is a new case, unless it is the very path the case
was made with, or it is attached to an existing case explicitly (``attach``: the window's
"show where it is now"). On SQLite nothing changes: the case's own folder is used.
"""

from __future__ import annotations

import json
import os
import threading
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from organizer.core.paths import data_dir

FILE_NAME = "case-folders.json"
_identities: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def identity(connection: Connection) -> str | None:
    """The database's identity on a server (its cluster and its own id); None on SQLite.

    The same on every computer, whatever address each uses to reach the server.
    """
    engine = connection.engine
    if engine.dialect.name != "postgresql":
        return None
    known = _identities.get(engine)
    if known is None:
        row = connection.execute(
            text(
                "SELECT (SELECT system_identifier FROM pg_control_system()), oid "
                "FROM pg_database WHERE datname = current_database()"
            )
        ).one()
        known = _identities[engine] = f"postgresql:{row[0]}:{row[1]}"
    return known


def _path() -> Path:
    return data_dir() / FILE_NAME


# The file as last read, with its size and time: a list of 500 cases reads it once.
_read: tuple[tuple[str, int, int, int], dict[str, dict[str, str]]] | None = None


def _load() -> dict[str, dict[str, str]]:
    """The settings as a fresh dict (the caller may change it)."""
    global _read
    path = _path()
    try:
        found = path.stat()
    except FileNotFoundError:
        return {}
    # Each save replaces the file: a new inode, so a change is never missed.
    stamp = (str(path), found.st_ino, found.st_mtime_ns, found.st_size)
    if _read is None or _read[0] != stamp:
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            raw = {}
        parsed = {
            key: {k: v for k, v in value.items() if isinstance(v, str)}
            for key, value in (raw.items() if isinstance(raw, dict) else ())
            if isinstance(value, dict)
        }
        _read = (stamp, parsed)
    return {key: dict(value) for key, value in _read[1].items()}


def _save(known: dict[str, dict[str, str]]) -> None:
    target = _path()
    temp = target.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(known, out, indent=1, sort_keys=True)
        out.flush()
        os.fsync(out.fileno())
    temp.replace(target)


def folder_of(database: str, case_id: int) -> str | None:
    """The case's folder on this computer, if this computer knows it."""
    return _load().get(database, {}).get(str(case_id))


def case_at(database: str, folder: str) -> int | None:
    """The case this computer keeps at ``folder`` (a normalised path), if any."""
    for case_id, where in _load().get(database, {}).items():
        if where == folder:
            return int(case_id)
    return None


def remember(database: str, case_id: int, folder: str) -> None:
    """Keep ``folder`` as the case's folder on this computer."""
    with _lock:
        known = _load()
        mine = known.setdefault(database, {})
        if mine.get(str(case_id)) != folder:
            mine[str(case_id)] = folder
            _save(known)


def forget(database: str, case_id: int) -> None:
    with _lock:
        known = _load()
        if known.get(database, {}).pop(str(case_id), None) is not None:
            _save(known)
