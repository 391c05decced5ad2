"""A full disk, a read-only data folder and a locked database: plain words, nothing lost.

CI runs as root, and root writes to read-only folders, so every failure here is made in a
way that holds for root too: SQLite's own size limit for a full disk, a file standing
where a folder should be, SQLite's query-only mode, and a real lock held by another
connection.
"""

from __future__ import annotations

import errno
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.errors import DataFolderError
from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.services import cases, export, log
from organizer.storage.copies import rotate_startup_copies
from organizer.storage.database import Database, open_database
from organizer.storage.errors import DatabaseBusyError, DatabaseFullError, DatabaseReadOnlyError
from organizer.storage.models import Activity
from organizer.storage.problems import database_problem

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def snapshot(db: Database, case: CaseInfo) -> tuple[Any, int]:
    """The log as the user sees it, and how long the history is."""
    with db.session() as session:
        history = session.scalar(select(func.count()).select_from(Activity))
    return log.log_entries(db, case.id), int(history or 0)


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def on_every_connection(db: Database, *pragmas: str) -> Any:
    """Run ``pragmas`` on each new connection of ``db``, starting now; returns the hook."""

    def apply(connection: Any, _record: Any) -> None:
        for pragma in pragmas:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(pragma.format(pages=pages))

    event.listen(db.engine, "connect", apply)
    db.engine.dispose()
    return apply


# --- a full disk ---------------------------------------------------------------------------


def test_a_full_disk_says_so_and_keeps_what_was_saved(db: Database, case: CaseInfo) -> None:
    entry = log.log_entries(db, case.id)[0]
    log.edit_entry(db, entry.id, notes="Saved before the disk filled up", today=TODAY)
    before = snapshot(db, case)
    hook = on_every_connection(db, "PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(DatabaseFullError) as caught:
            log.edit_entry(db, entry.id, notes="x" * 400_000, what="Renamed", today=TODAY)
        with pytest.raises(DatabaseFullError):
            log.create_entry(db, case.id, "lab_results", notes="y" * 400_000, today=TODAY)
        assert snapshot(db, case) == before  # nothing half-saved, the history too
    finally:
        event.remove(db.engine, "connect", hook)
        db.engine.dispose()
    message = caught.value.message
    assert "disk is full" in message and str(db.path) in message
    assert "was not saved" in message and "saved before is kept" in message
    assert integrity(db.path) == "ok"
    assert log.get_entry(db, entry.id).notes == "Saved before the disk filled up"
    # With room again, the same edit goes through.
    assert log.edit_entry(db, entry.id, notes="x" * 400_000, today=TODAY).notes == "x" * 400_000


def test_no_room_for_a_file_is_told_as_a_full_disk(tmp_path: Path) -> None:
    full = Path("/dev/full")
    if full.exists():
        try:
            with full.open("wb") as stream:
                stream.write(b"x" * 65536)
                stream.flush()
        except OSError as exc:
            problem: OSError = exc
    else:  # not Linux: the same error as the operating system gives
        problem = OSError(errno.ENOSPC, "No space left on device")
    assert problem.errno == errno.ENOSPC
    told = database_problem(problem, tmp_path / "organizer.sqlite3")
    assert isinstance(told, DatabaseFullError)
    assert "disk is full" in told.message


# --- a data folder that can't be used --------------------------------------------------------


@pytest.fixture
def blocking_file(tmp_path: Path) -> Path:
    path = tmp_path / "a file, not a folder"
    path.write_text("keep me")
    return path


@pytest.mark.parametrize("where", ["the file itself", "below the file"])
def test_data_folder_that_is_a_file_gives_one_plain_line(
    where: str,
    blocking_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = blocking_file if where == "the file itself" else blocking_file / "organizer"
    monkeypatch.setenv("ORGANIZER_DATA_DIR", str(folder))
    assert main(["cases"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("organizer: The organizer can't use its data folder")
    assert str(folder) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert blocking_file.read_text() == "keep me"


def test_database_below_a_file_is_refused_plainly(blocking_file: Path) -> None:
    url = URL.create("sqlite", database=str(blocking_file / "organizer.sqlite3"))
    with pytest.raises(DataFolderError, match="is a file, not a folder") as caught:
        open_database(url)
    assert str(blocking_file) in caught.value.message
    assert blocking_file.read_text() == "keep me"


def test_copies_folder_that_is_a_file_leaves_the_database_alone(
    db: Database, case: CaseInfo
) -> None:
    db.engine.dispose()
    (db.path.parent / "backups").write_text("keep me")
    before = db.path.read_bytes()
    with pytest.raises(DataFolderError, match="is a file, not a folder") as caught:
        rotate_startup_copies(db.path)
    assert "The database itself was not changed" in caught.value.message
    assert db.path.read_bytes() == before
    assert (db.path.parent / "backups").read_text() == "keep me"


def test_a_backup_below_a_file_is_refused_and_nothing_is_written(
    db: Database, case: CaseInfo, blocking_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = blocking_file / "case.zip"
    assert main(["backup", "--db", f"sqlite:///{db.path}", "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert blocking_file.read_text() == "keep me"


def test_a_read_only_database_says_so_and_changes_nothing(db: Database, case: CaseInfo) -> None:
    entry = log.log_entries(db, case.id)[0]
    before = snapshot(db, case)
    hook = on_every_connection(db, "PRAGMA query_only = ON")
    try:
        with pytest.raises(DatabaseReadOnlyError, match="read-only") as caught:
            log.edit_entry(db, entry.id, notes="Typed while read-only", today=TODAY)
        assert snapshot(db, case) == before
    finally:
        event.remove(db.engine, "connect", hook)
        db.engine.dispose()
    assert "was not saved" in caught.value.message
    assert log.get_entry(db, entry.id).notes == ""


# --- a locked database -----------------------------------------------------------------------


@pytest.fixture
def quick_db(db_path: Path, db: Database) -> Iterator[Database]:
    """The same database, opened to give up after 0.2 s when another program holds it."""
    database = open_database(URL.create("sqlite", database=str(db_path)), busy_timeout_ms=200)
    yield database
    database.dispose()


@pytest.fixture
def holder(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the database with an exclusive transaction."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


def test_a_locked_database_names_itself_and_drops_no_edit_silently(
    quick_db: Database, case: CaseInfo, holder: sqlite3.Connection
) -> None:
    entry = log.log_entries(quick_db, case.id)[0]
    before = snapshot(quick_db, case)  # reading still works beside the lock
    started = time.monotonic()
    with pytest.raises(DatabaseBusyError) as caught:
        log.edit_entry(quick_db, entry.id, notes="Typed while it was busy", today=TODAY)
    assert time.monotonic() - started < 10  # the short timeout was used, not 15 s
    with pytest.raises(DatabaseBusyError):
        cases.update_profile(quick_db, case.id, CaseProfile(patient="Margaret while busy"))
    message = caught.value.message
    assert str(quick_db.path) in message and "busy" in message
    assert "was not saved" in message
    holder.execute("ROLLBACK")
    assert snapshot(quick_db, case) == before  # nothing half-written
    saved = log.edit_entry(quick_db, entry.id, notes="Typed again once free", today=TODAY)
    assert saved.notes == "Typed again once free"


def test_opening_a_database_that_is_busy_being_created_says_so(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseBusyError, match="busy"):
            open_database(URL.create("sqlite", database=str(path)), busy_timeout_ms=200)
    finally:
        other.execute("ROLLBACK")
        other.close()
    database = open_database(URL.create("sqlite", database=str(path)), busy_timeout_ms=200)
    try:
        assert cases.list_cases(database) == []  # it works once the other program is done
    finally:
        database.dispose()


def test_import_into_a_busy_database_writes_nothing(
    db: Database, case: CaseInfo, quick_db: Database, tmp_path: Path
) -> None:
    exported = tmp_path / "case.json"
    exported.write_text(export.export_text(db, case.id, today=TODAY, now=NOW))
    other_folder = tmp_path / "restored"
    other_folder.mkdir()
    data = json.loads(exported.read_text())
    data["log"] = []  # fresh ids are not the point here
    exported.write_text(json.dumps(data))
    connection = sqlite3.connect(quick_db.path, isolation_level=None)
    try:
        connection.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseBusyError):
            export.import_case(quick_db, exported, other_folder)
    finally:
        connection.execute("ROLLBACK")
        connection.close()
    assert [c.id for c in cases.list_cases(quick_db)] == [case.id]
