"""A case database on a PostgreSQL server, for teams: its address, engine and errors.

The app's only network connection is to the server named with ``--db``. Passwords are
never written anywhere by the app: an address is shown without them, and the server's
error messages are shown with any password taken out. Libpq's own ways of keeping a
password off the command line (a service file, ``PGPASSFILE``, ``sslmode``) reach libpq
unchanged, as parameters of the address or as environment variables.
"""

from __future__ import annotations

import importlib.util
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL

from organizer.core.errors import KnownError, UnsupportedDatabaseError, told, word
from organizer.core.phrases import QT_TRANSLATE_NOOP, Phrase
from organizer.storage.errors import (
    NOT_SAVED_WORDS,
    DatabaseBusyError,
    DatabaseFullError,
    DatabaseReadOnlyError,
    ServerUnreachableError,
)

DRIVER = "postgresql+psycopg"
# Parameters of an address that hold secrets: never shown.
_SECRET_KEYS = ("password", "sslpassword")
# One number for the app's advisory lock around migrations (any fixed 64-bit value).
MIGRATION_LOCK = 0x0A6E_1ED0
CONNECT_TIMEOUT_S = 10
INSTALL_HINT = 'pip install "infusion-coverage-organizer[postgres]"'
# An address as an example (its words are said in the language: usuario@servidor).
EXAMPLE = QT_TRANSLATE_NOOP("errors", "postgresql+psycopg://user@server/dbname")


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def server_url(url: URL) -> URL:
    """The address with the psycopg 3 driver, or a plain-words refusal."""
    if url.drivername not in ("postgresql", DRIVER):
        raise UnsupportedDatabaseError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The organizer talks to PostgreSQL through psycopg 3, not {0}. "
                    "Use a form like {1}",
                ),
                url.drivername,
                word(EXAMPLE),
            )
        )
    url = url.set(drivername=DRIVER)
    if not url.database and "service" not in url.query and "dbname" not in url.query:
        raise UnsupportedDatabaseError(
            told(
                QT_TRANSLATE_NOOP("errors", "Name the database in the address: {0}"), word(EXAMPLE)
            )
        )
    return url


def safe_url(url: URL) -> str:
    """The address to show or log: never a password."""
    shown = url.difference_update_query(_SECRET_KEYS)
    if shown.password is not None:
        shown = shown._replace(password=None)
    return unquote(shown.render_as_string(hide_password=True))


def _secrets(url: URL) -> list[str]:
    found = [url.password] if url.password else []
    for key in _SECRET_KEYS:
        value = url.query.get(key)
        if isinstance(value, str) and value:
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(v for v in value if v)
    return [str(s) for s in found]


def scrub(message: str, url: URL) -> str:
    """``message`` with every password of ``url`` taken out."""
    for secret in _secrets(url):
        message = message.replace(secret, "***")
    return message


def make_server_engine(url: URL) -> Engine:
    """An engine on the server; errors and logs never show the values written."""
    if importlib.util.find_spec("psycopg") is None:
        raise UnsupportedDatabaseError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "PostgreSQL support is not installed with this organizer. Install it with: {0}",
                ),
                INSTALL_HINT,
            )
        )
    connect_args: dict[str, Any] = {"application_name": "organizer"}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return create_engine(url, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args)


def server_revision(connection: Connection, where: str) -> str | None:
    """The schema revision in the database, None when it is empty; not ours: refused."""
    if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        tables = connection.execute(
            text(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        ).scalar()
        if tables:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database {0} holds tables that were not made by this organizer; "
                        "it was left untouched. Give the organizer a database of its own.",
                    ),
                    where,
                )
            )
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def read_only_message(where: str) -> Phrase:
    return told(
        QT_TRANSLATE_NOOP(
            "errors",
            "You can look at this case but not change it: your account on the database "
            "{0} may only read (a read-only role). {1} Ask the person who "
            "manages the database for the right to make changes.",
        ),
        where,
        NOT_SAVED_WORDS,
    )


def update_refused_message(where: str) -> Phrase:
    return told(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {0} needs an update for this version of the organizer, and your "
            "account may only read it (a read-only role). It was left untouched. Ask the person "
            "who manages the database to open it once with an account that may change it.",
        ),
        where,
    )


def may_change(connection: Connection) -> bool:
    """Whether the account may change cases: write the log and the history.

    A read-only role (only SELECT) may still open every case and look at it. Only tables
    of the first schema are asked about: an older database is asked before its update.
    """
    query = text(
        "SELECT has_table_privilege(current_user, 'log_entries', 'INSERT, UPDATE, DELETE') "
        "AND has_table_privilege(current_user, 'activity', 'INSERT')"
    )
    return bool(connection.execute(query).scalar())


def lock_for_migration(connection: Connection) -> None:
    """One migration at a time: the others wait, then find the schema up to date."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})


def server_problem(exc: BaseException | None, where: str, url: URL) -> KnownError | None:
    """The plain-words error for a server's problem, or None for a bug of ours."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - an engine on the server needs it
        return None
    if not isinstance(exc, psycopg.Error):
        return None
    state = exc.sqlstate or ""
    reason = scrub(str(exc).strip().splitlines()[0] if str(exc).strip() else "", url)
    if state in ("42501", "25006"):
        return DatabaseReadOnlyError(read_only_message(where))
    if state.startswith("53"):
        return DatabaseFullError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database server of {0} is out of room ({1}). {2} "
                    "Tell the person who manages the database.",
                ),
                where,
                reason,
                NOT_SAVED_WORDS,
            )
        )
    if state in ("40001", "40P01", "55P03"):
        return DatabaseBusyError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors", "The database {0} was busy with someone else's change. {1} Try again."
                ),
                where,
                NOT_SAVED_WORDS,
            )
        )
    if isinstance(exc, psycopg.OperationalError) or state.startswith(("08", "28", "3D", "57")):
        return ServerUnreachableError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The organizer could not use the database {0}: {1}. Check the "
                    "address, that the server is running and that your account may connect.",
                ),
                where,
                reason,
            )
        )
    return None
