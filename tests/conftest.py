"""Shared fixtures. Every test gets its own database and its own user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# Qt must never need a display in tests; set before any Qt application exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy.engine import URL

from organizer.core.records import CaseInfo
from organizer.services import cases
from organizer.storage.database import Database, open_database
from tests.postgres_server import PostgresServer, start_server

if TYPE_CHECKING:
    from organizer.gui.tasks import TaskRunner


@pytest.fixture(autouse=True, scope="session")
def widgets_application_first(qapp: object) -> object:
    """Create pytest-qt's QApplication before any test can make a bare QGuiApplication.

    Picture factories and in-process OCR make a QGuiApplication when none exists; a later
    widget test would then find an application of the wrong class.
    """
    return qapp


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point HOME, the XDG folders and the app's data folder at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("ORGANIZER_DATA_DIR", str(home / "organizer-data"))
    monkeypatch.delenv("ORGANIZER_DB", raising=False)
    # Window settings (geometry, last case) go to this test's own folder too.
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / "qt-settings"))
    return home


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_engines`` run on SQLite and on a real PostgreSQL server.

    ``sqlite_only`` (with its reason) keeps a test of the SQLite file itself on SQLite.
    """
    if (
        "engine_name" in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("both_engines") is not None
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("engine_name", ENGINES, indirect=True)


@pytest.fixture
def engine_name(request: pytest.FixtureRequest) -> str:
    """Which engine this test's database is on: "sqlite" unless parametrized."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole run, with a migrated template database."""
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db" / "organizer.sqlite3"


@pytest.fixture
def database_url(engine_name: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[URL]:
    """The address of this test's own fresh database, on its engine."""
    if engine_name == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = server.database()
        yield url
        server.drop(url)
        return
    db_path.parent.mkdir(parents=True, exist_ok=True)
    yield URL.create("sqlite", database=str(db_path))


@pytest.fixture
def db_address(database_url: URL) -> str:
    """This test's database as ``--db`` takes it (the test server has no password)."""
    return database_url.render_as_string(hide_password=False)


@pytest.fixture
def db(database_url: URL) -> Iterator[Database]:
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def case_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Home Infusion"
    folder.mkdir()
    return folder


@pytest.fixture
def case(db: Database, case_folder: Path) -> CaseInfo:
    return cases.create_case(db, case_folder)


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    """The window's background task runner; waits for its tasks before the test ends."""
    from organizer.gui.tasks import TaskRunner  # Qt only for the tests that ask for it

    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()
