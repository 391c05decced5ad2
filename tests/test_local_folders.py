"""A case folder shared on a network drive, mounted at another path on each computer, with
the case database on a real PostgreSQL server: where the folder is on each computer is kept
in that computer's own settings, never in the shared database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from organizer.core.paths import data_dir
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import cases, documents, local_folders, relocate
from organizer.storage.database import Database, open_database
from tests import factories
from tests.postgres_server import PostgresServer


@pytest.fixture
def server_db(postgres_server: PostgresServer) -> Iterator[Database]:
    url: URL = postgres_server.database()
    database = open_database(url)
    yield database
    database.dispose()
    postgres_server.drop(url)


def on_computer(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """This computer's own settings folder (the shared database is the same)."""
    home.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("ORGANIZER_DATA_DIR", str(home))


def read(db: Database, case: CaseInfo) -> None:
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    try:
        indexer.run_once()
    finally:
        indexer.close()


def test_each_computer_keeps_its_own_folder_for_a_shared_case(
    server_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same share, mounted at /…/a/share on the first computer and /…/b/net on the other.
    here = tmp_path / "a" / "share" / "Mum"
    (here / "Letters").mkdir(parents=True)
    factories.write_text_pdf(here / "Letters" / "denial.pdf", ["Your request was denied"])
    factories.write_text_pdf(here / "referral.pdf", ["Therapy order: IVIG 30 g"])
    there = tmp_path / "b" / "net" / "Mum"
    shutil.copytree(here, there)

    on_computer(monkeypatch, tmp_path / "computer-a")
    made = cases.open_or_create_case(server_db, here)
    read(server_db, made)
    first_paths = sorted(d.path for d in documents.list_documents(server_db, made.id))
    assert first_paths == ["Letters/denial.pdf", "referral.pdf"]

    on_computer(monkeypatch, tmp_path / "computer-b")
    # A folder this computer does not know is not taken for the case on its own.
    assert cases.find_case(server_db, there) is None
    assert cases.list_cases(server_db)[0].folder == str(here)
    # Attached explicitly ("show where it is now"), it is the case's folder here.
    attached, _old = relocate.move_case_folder(server_db, made.id, there)
    assert attached.folder == str(there)
    assert cases.find_case(server_db, there) == attached
    read(server_db, attached)
    docs = documents.list_documents(server_db, made.id)
    assert sorted(d.path for d in docs) == first_paths  # relative: the same on both
    assert all(d.status != "missing" for d in docs)

    on_computer(monkeypatch, tmp_path / "computer-a")
    assert cases.list_cases(server_db)[0].folder == str(here)
    assert cases.find_case(server_db, here) is not None

    # The shared database holds no trace of the second computer's path.
    with server_db.engine.connect() as conn:
        stored = [
            str(value)
            for sql in ("SELECT folder FROM cases", "SELECT changes FROM activity")
            for value in conn.execute(text(sql)).scalars()
        ]
    assert stored and not any(str(tmp_path / "b") in value for value in stored)
    # The settings of the second computer hold it, keyed by database and case.
    settings = (tmp_path / "computer-b" / local_folders.FILE_NAME).read_text(encoding="utf-8")
    assert str(there) in settings and str(here) not in settings


def test_a_new_folder_on_another_computer_is_a_new_case(
    server_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_computer(monkeypatch, tmp_path / "computer-a")
    first = cases.open_or_create_case(server_db, _folder(tmp_path / "a" / "Mum"))
    on_computer(monkeypatch, tmp_path / "computer-b")
    second = cases.open_or_create_case(server_db, _folder(tmp_path / "b" / "Dad"))
    assert second.id != first.id
    assert [c.id for c in cases.list_cases(server_db)] == [first.id, second.id]


def test_on_sqlite_the_case_keeps_its_folder_in_the_database(
    db: Database, case_folder: Path, tmp_path: Path
) -> None:
    made = cases.create_case(db, case_folder)
    moved = _folder(tmp_path / "moved")
    relocate.move_case_folder(db, made.id, moved)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT folder FROM cases")).scalar() == str(moved)
    assert not (data_dir() / local_folders.FILE_NAME).exists()


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path
