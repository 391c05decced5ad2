"""Opening the case database safely: check its version read-only, back it up, migrate.

The order matters. A database written by a newer app must be refused without changing a
single byte, so its version is read through a read-only SQLite connection before WAL mode
or anything else is switched on.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from organizer.core.errors import (
    DatabaseTooNewError,
    DataFolderError,
    KnownError,
    UnsupportedDatabaseError,
)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DB_FILE_NAME = "organizer.sqlite3"
BUSY_TIMEOUT_MS = 15_000


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(scripts.walk_revisions()))]


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def resolve_url(cli_url: str | None, default_folder: Path | None = None) -> URL:
    """``--db`` wins over ``ORGANIZER_DB``; otherwise the file in the data folder."""
    raw = cli_url or os.environ.get("ORGANIZER_DB")
    if not raw:
        if default_folder is None:
            from organizer.paths import data_dir

            default_folder = data_dir()
        return URL.create("sqlite", database=str(default_folder / DB_FILE_NAME))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise KnownError(
            f"{raw!r} is not a database address. Use a form like sqlite:///path/to/file.sqlite3"
        ) from None
    if url.get_backend_name() != "sqlite":
        raise UnsupportedDatabaseError(
            f"Only SQLite database files are supported in this version, not {url.drivername}. "
            "Use a form like sqlite:///path/to/file.sqlite3"
        )
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        raise UnsupportedDatabaseError(
            "The database must be a file: use a form like sqlite:///path/to/file.sqlite3"
        )
    return url


@dataclass(slots=True)
class Database:
    """An open, migrated case database."""

    url: URL
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing anything.

    Returns None for an empty database. Raises KnownError for a file that is not ours.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise KnownError(f"The database {path} can't be opened: {exc}.") from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise KnownError(
                f"{path} holds a database that was not made by this organizer; "
                "it was left untouched."
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise KnownError(
                f"The database {path} is busy (another program is writing to it). "
                "Close it there and try again."
            ) from exc
        raise KnownError(f"{path} is not a database the organizer can read ({exc}).") from exc
    finally:
        connection.close()


def backup_file(path: Path, revision: str) -> Path:
    """Copy the database (consistently, WAL included) next to itself before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-from-{revision}-{stamp}")
    create_private_file(target)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def create_private_file(path: Path) -> None:
    """Create ``path`` if needed, readable and writable by the user only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        if os.name == "posix":
            path.chmod(0o600)
    except OSError as exc:
        raise DataFolderError(
            f"The organizer can't write its database at {path}: {exc.strerror or exc}."
        ) from exc


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def make_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_database(url: URL) -> Database:
    """Check, back up if needed, migrate to the newest schema, and open the database."""
    assert url.database is not None
    path = Path(url.database).expanduser()
    if not path.parent.is_dir():
        raise KnownError(f"The folder for the database does not exist: {path.parent}")
    exists = path.exists() and path.stat().st_size > 0
    revision = read_revision(path) if exists else None
    known = known_revisions()
    if revision is not None and revision not in known:
        raise DatabaseTooNewError(
            f"The database {path} was made by a newer version of the organizer "
            f"(schema {revision}). Please install the newer version; "
            "the database was left untouched."
        )
    backup = None
    if revision is not None and revision != known[-1]:
        backup = backup_file(path, revision)
    create_private_file(path)
    engine = make_engine(url.set(database=str(path)))
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as exc:
        engine.dispose()
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            raise KnownError(f"The database {path} can't be updated: {exc.orig}.") from exc
        raise
    return Database(
        url=url,
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        backup_path=backup,
    )
