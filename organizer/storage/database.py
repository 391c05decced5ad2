"""Opening the case database safely: check its version read-only, back it up, migrate.

The order matters. A database written by a newer app must be refused without changing a
single byte, so its version is read through a read-only SQLite connection before WAL mode
or anything else is switched on.

Problems of the user's computer (a full disk, a read-only folder, a database another
program holds) become KnownErrors with plain words (``problems.py``). The automatic copies
and every SQLite copy are in ``copies.py``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from organizer.core.errors import (
    DatabaseTooNewError,
    DataFolderError,
    KnownError,
    UnsupportedDatabaseError,
    told,
    word,
)
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.system_words import system_reason
from organizer.storage.copies import copy_sqlite, read_only_connection
from organizer.storage.errors import DatabaseBusyError, DatabaseDamagedError
from organizer.storage.problems import (
    database_problem,
    first_file_in,
    folder_problem,
    not_a_file_message,
    too_new_message,
)

# Re-exported: callers have always found these here.
from organizer.storage.revisions import MIGRATIONS_DIR as MIGRATIONS_DIR
from organizer.storage.revisions import alembic_config as alembic_config
from organizer.storage.revisions import alembic_revisions as alembic_revisions
from organizer.storage.revisions import head_revision as head_revision
from organizer.storage.revisions import known_revisions as known_revisions

DB_FILE_NAME = "organizer.sqlite3"
BUSY_TIMEOUT_MS = 15_000


def resolve_url(cli_url: str | None, default_folder: Path | None = None) -> URL:
    """``--db`` wins over ``ORGANIZER_DB``; otherwise the file in the data folder."""
    raw = cli_url or os.environ.get("ORGANIZER_DB")
    if not raw:
        if default_folder is None:
            from organizer.core.paths import data_dir

            default_folder = data_dir()
        return URL.create("sqlite", database=str(default_folder / DB_FILE_NAME))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That is not a database address. Use a form like "
                    "sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@server/dbname",
                )
            )
        ) from None
    from organizer.storage import server

    if server.is_server(url):
        return server.server_url(url)
    if url.get_backend_name() != "sqlite":
        raise UnsupportedDatabaseError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The organizer keeps its cases in an SQLite file or on a PostgreSQL "
                    "server, not in {0}. Use a form like sqlite:///path/to/file.sqlite3 or {1}",
                ),
                url.drivername,
                word(server.EXAMPLE),
            )
        )
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        raise UnsupportedDatabaseError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database must be a file: use a form like sqlite:///path/to/file.sqlite3",
                )
            )
        )
    return url


@dataclass(slots=True)
class Database:
    """An open, migrated case database: an SQLite file, or a database on a server."""

    url: URL
    path: Path  # the file; for a server database, a name that is no file (os.devnull)
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None
    where: str = ""  # how to name it to a person: the file, or the address (no password)
    read_only: bool = False  # a server account that may look but not change (a role)

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        A full disk, a busy database or a read-only one raise a KnownError that says so;
        the transaction was rolled back, so nothing was half-saved.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            if self.is_server:
                from organizer.storage.server import server_problem

                known = server_problem(exc.orig, self.where, self.url)
            else:
                known = database_problem(exc.orig, self.path)
            if known is None:
                raise
            raise known from exc

    def dispose(self) -> None:
        self.engine.dispose()


def read_revision(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> str | None:
    """The schema revision of an existing file, read without changing anything.

    Returns None for an empty database. Raises KnownError for a file that is not ours.
    """
    try:
        connection = read_only_connection(path, busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        raise database_problem(exc, path) or KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "The database {0} can't be opened: {1}."),
                str(path),
                str(exc),
            )
        ) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{0} holds a database that was not made by this organizer; "
                        "it was left untouched.",
                    ),
                    str(path),
                )
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        known = database_problem(exc, path)
        if isinstance(known, DatabaseBusyError | DatabaseDamagedError):
            raise known from exc
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "{0} is not a database the organizer can read ({1})."),
                str(path),
                str(exc),
            )
        ) from exc
    finally:
        connection.close()


def made_meanwhile(exc: Exception, path: Path, head: str) -> bool:
    """Whether the upgrade failed only because another process did it at the same time."""
    if not isinstance(exc, DBAPIError) or "already exists" not in str(exc.orig):
        return False
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while time.monotonic() < deadline:  # wait for the other run to finish its upgrade
        try:
            if read_revision(path) == head:
                return True
        except KnownError:
            return False
        time.sleep(0.2)
    return False


def backup_file(path: Path, revision: str) -> Path:
    """Copy the database (consistently, WAL included) next to itself before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-from-{revision}-{stamp}")
    create_private_file(target)
    copy_sqlite(path, target)
    return target


def create_private_file(path: Path) -> None:
    """Create ``path`` if needed, readable and writable by the user only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_CREAT | os.O_RDWR | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags, 0o600)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise KnownError(not_a_file_message(path, info.st_mode))
            # Only ever our own ordinary file: never chmod a device, a pipe or another's file.
            if os.name == "posix" and info.st_uid == os.getuid():
                os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
    except OSError as exc:
        raise DataFolderError(
            told(
                QT_TRANSLATE_NOOP("errors", "The organizer can't write its database at {0}: {1}."),
                str(path),
                folder_problem(exc, path.parent),
            )
        ) from exc


def _pragmas(busy_timeout_ms: int) -> Any:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return set_pragmas


def make_engine(url: URL, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine whose errors and logs never show the values written (document text)."""
    engine = create_engine(
        url, connect_args={"timeout": busy_timeout_ms / 1000}, hide_parameters=True
    )
    event.listen(engine, "connect", _pragmas(busy_timeout_ms))
    return engine


def _upgrade(engine: Engine) -> None:
    """Migrate to the newest schema with foreign keys off, as SQLite requires.

    Altering a table rebuilds it; dropping the old copy with foreign keys on would delete,
    through ON DELETE CASCADE, every row that points at it (document text, the user's
    links). The engine is disposed afterwards so that every later connection has them on.
    """
    with engine.connect() as connection:
        server = engine.dialect.name == "postgresql"
        if not server:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        with connection.begin():
            from alembic import command

            if server:
                from organizer.storage.server import lock_for_migration

                lock_for_migration(connection)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    engine.dispose()


def open_database(url: URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Check, back up if needed, migrate to the newest schema, and open the database.

    ``busy_timeout_ms`` is how long a write waits for another program holding the database
    before it gives up with a plain-words error.
    """
    from organizer.storage import server

    if server.is_server(url):
        return _open_server(server.server_url(url))
    assert url.database is not None
    path = Path(url.database).expanduser()
    if path.parent.exists() and not path.parent.is_dir():
        raise DataFolderError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The organizer can't use the folder for its database: "
                    "{0} is a file, not a folder.",
                ),
                str(first_file_in(path.parent)),
            )
        )
    if not path.parent.is_dir():
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "The folder for the database does not exist: {0}"),
                str(path.parent),
            )
        )
    try:
        found = path.stat()
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise database_problem(exc, path) or KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "The database {0} can't be opened: {1}."),
                str(path),
                system_reason(exc),
            )
        ) from exc
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise KnownError(not_a_file_message(path, found.st_mode))
    exists = found is not None and found.st_size > 0
    revision = read_revision(path, busy_timeout_ms) if exists else None
    known = known_revisions()
    if revision is not None and revision not in known:
        raise DatabaseTooNewError(too_new_message(str(path), revision))
    backup = None
    if revision is not None and revision != known[-1]:
        backup = backup_file(path, revision)
    create_private_file(path)
    engine = make_engine(url.set(database=str(path)), busy_timeout_ms)
    try:
        if revision != known[-1]:  # nothing to do (nor to import alembic for) at the newest
            _upgrade(engine)
    except Exception as exc:
        engine.dispose()
        if made_meanwhile(exc, path, known[-1]):
            # Another run made or upgraded this database at the same moment: use it.
            engine = make_engine(url.set(database=str(path)), busy_timeout_ms)
            return Database(
                url=url,
                path=path,
                engine=engine,
                sessions=sessionmaker(engine, expire_on_commit=False),
                backup_path=backup,
            )
        if isinstance(exc, DBAPIError):
            problem = database_problem(exc.orig, path)
            if problem is not None:
                raise problem from exc
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP("errors", "The database {0} can't be updated: {1}."),
                    str(path),
                    str(exc.orig),
                )
            ) from exc
        raise
    return Database(
        url=url,
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        backup_path=backup,
    )


def _open_server(url: URL) -> Database:
    """Connect, refuse a newer schema, migrate under an advisory lock, open."""
    from organizer.storage import server

    where = server.safe_url(url)
    engine = server.make_server_engine(url)
    try:
        with engine.connect() as connection:
            revision = server.server_revision(connection, where)
            read_only = revision is not None and not server.may_change(connection)
        known = known_revisions()
        if revision is not None and revision not in known:
            raise DatabaseTooNewError(too_new_message(str(where), revision))
        if revision != known[-1]:
            if read_only:
                raise KnownError(server.update_refused_message(where))
            _upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        problem = server.server_problem(exc.orig, where, url)
        reason = server.scrub(str(exc.orig), url)
        raise problem or KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "The database {0} can't be opened: {1}"),
                str(where),
                reason,
            )
        ) from None
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(
        url=url,
        path=Path(os.devnull),
        engine=engine,
        sessions=sessions,
        where=where,
        read_only=read_only,
    )
