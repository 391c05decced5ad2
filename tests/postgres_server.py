"""A real PostgreSQL server for the tests: initdb and pg_ctl in a short folder, on a socket.

Three things the set-up minds: CI runs as root and initdb refuses root, so the server runs
as the ``postgres`` system user in a folder it owns; a socket path can't exceed 107 bytes,
so the folder is a short one under /tmp; pytest's own temporary folders are 0700 (the
``postgres`` user could not reach them), so they are not used.

Where PostgreSQL is not installed, the tests that need it are skipped with a reason a
person understands; under ``CI=true`` they fail instead.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL

PORT = 5432
SUPERUSER = "postgres"
MISSING = (
    "PostgreSQL is not installed on this computer (the Debian/Ubuntu package 'postgresql', "
    "which .ci/run installs), so the tests on a PostgreSQL server did not run"
)


def find_binaries() -> Path | None:
    """The folder with initdb and pg_ctl: on the PATH, else Debian's newest version."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def missing(reason: str) -> None:
    """Skip, with the reason; fail instead on CI, where PostgreSQL must be there."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: PostgreSQL must be installed)", pytrace=False)
    pytest.skip(reason)


class PostgresServer:
    """One throw-away server; ``database()`` makes a fresh database from the template."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_root = os.geteuid() == 0
        # Short, and reachable by the server's user: /tmp/pgXXXXXXXX/.s.PGSQL.5432.
        self.folder = Path(tempfile.mkdtemp(prefix="pg", dir="/tmp"))
        self.data = self.folder / "data"
        self._names = itertools.count(1)
        self._admin: Any = None
        if self.as_root:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                shutil.rmtree(self.folder, ignore_errors=True)
                missing("There is no 'postgres' system user to run the test server as")
                raise
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        self.folder.chmod(0o700)

    def _run(self, *args: str) -> None:
        kwargs: dict[str, Any] = {}
        if self.as_root:
            kwargs = {"user": "postgres", "group": "postgres", "extra_groups": []}
        result = subprocess.run(
            args,
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8", "PGTZ": "UTC"},
            **kwargs,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {result.stdout}{result.stderr}")

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        # A role that must give its password (the tests of passwords); everyone else: trust.
        (self.data / "pg_hba.conf").write_text(
            "local all pw_user scram-sha-256\nlocal all all trust\n", encoding="utf-8"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-o",
            f"-k {self.folder} -p {PORT} -c listen_addresses='' -F "
            "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200",
            "start",
        )

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            database=database,
            query={"host": str(self.folder), "port": str(PORT)},
        )

    def execute(self, sql: str, database: str = "postgres") -> list[tuple[Any, ...]]:
        """Run one statement as the superuser, outside a transaction."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=PORT, user=SUPERUSER, dbname=database, autocommit=True
        ) as connection:
            cursor = connection.execute(sql.encode())
            return list(cursor.fetchall()) if cursor.description else []

    def make_template(self) -> None:
        """The migrated template every test's database is copied from."""
        from organizer.storage.database import open_database

        self.execute("CREATE DATABASE organizer_template")
        open_database(self.url("organizer_template")).dispose()

    def database(self, template: str = "organizer_template") -> URL:
        name = f"t{os.getpid()}_{next(self._names)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def drop(self, url: URL) -> None:
        with contextlib.suppress(Exception):
            self.execute(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgresServer:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        missing(
            "psycopg, the PostgreSQL driver, is not installed "
            '(pip install -e ".[postgres]"), so the tests on a PostgreSQL server did not run'
        )
    bindir = find_binaries()
    if bindir is None:
        missing(MISSING)
        raise AssertionError  # not reached
    server = PostgresServer(bindir)
    try:
        server.start()
        server.make_template()
    except Exception:
        server.stop()
        raise
    return server
