"""Case backups (one file: export + manifest) and automatic copies of the database."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import stat
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.errors import KnownError
from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import (
    backup,
    call_notes,
    cases,
    database_copies,
    documents,
    export,
    links,
    log,
    removal,
)
from organizer.storage.copies import rotate_startup_copies
from organizer.storage.database import Database, open_database
from tests import factories
from tests.helpers import tree_fingerprint

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
TODAY = date(2026, 12, 1)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fill_case(db: Database, case: CaseInfo, folder: Path) -> None:
    """A small but complete case: indexed documents, log edits with a link, a call."""
    factories.write_text_pdf(folder / "Referral.pdf", ["Therapy order: ceftriaxone 2 g IV"])
    (folder / "Letters").mkdir()
    factories.write_text_pdf(folder / "Letters" / "approval.pdf", ["Prior authorization approved"])
    factories.write_text_pdf(folder / "Letters" / "denial.pdf", ["The pump was denied"])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    first = log.log_entries(db, case.id)[0]
    log.edit_entry(db, first.id, notes="Called twice, ask for Dana", today=TODAY)
    approval = next(d for d in documents.list_documents(db, case.id) if "approval" in d.path)
    links.link_document(db, first.id, approval.id, "decision")
    call_notes.add_call(
        db, case.id, NOW - timedelta(days=1), organisation="Bluestem", summary="PA sent"
    )


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    """An export without what differs between two databases holding the same case."""
    return {**data, "case": {**data["case"], "folder": None}}


@pytest.fixture
def filled(db: Database, case: CaseInfo, case_folder: Path) -> CaseInfo:
    fill_case(db, case, case_folder)
    return case


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    (tmp_path / "other").mkdir()
    database = open_database(URL.create("sqlite", database=str(tmp_path / "other" / "o.sqlite3")))
    yield database
    database.dispose()


# --- case backups --------------------------------------------------------------------------


def test_backup_is_one_private_file_with_the_export_and_a_manifest(
    db: Database, filled: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "backups here"
    out_dir.mkdir()
    before = tree_fingerprint(case_folder)
    summary = backup.backup_case(db, filled.id, out_dir / "case.zip", now=NOW, today=TODAY)
    assert summary.path == out_dir / "case.zip"
    assert sorted(p.name for p in out_dir.iterdir()) == ["case.zip"]  # no temporary left
    assert mode(summary.path) == 0o600
    assert tree_fingerprint(case_folder) == before
    with zipfile.ZipFile(summary.path) as archive:
        assert sorted(archive.namelist()) == ["README.txt", "export.json", "manifest.json"]
        exported = json.loads(archive.read("export.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert exported == export.export_case(db, filled.id, today=TODAY, now=NOW)
    assert manifest["format"] == "organizer-backup"
    assert manifest["case_folder"] == filled.folder
    on_disk = {
        path: (sha(case_folder / path), (case_folder / path).stat().st_size)
        for path in ("Referral.pdf", "Letters/approval.pdf", "Letters/denial.pdf")
    }
    assert {d["path"]: (d["sha256"], d["size"]) for d in manifest["documents"]} == on_disk
    assert (summary.documents, summary.log_entries) == (3, 4)
    assert "ceftriaxone" not in summary.path.read_bytes().decode("latin-1")  # no document text


def test_backup_is_never_written_into_the_case_folder(
    db: Database, filled: CaseInfo, case_folder: Path
) -> None:
    before = tree_fingerprint(case_folder)
    with pytest.raises(KnownError, match="outside the case folder"):
        backup.backup_case(db, filled.id, case_folder / "Letters" / "b.zip", now=NOW)
    assert tree_fingerprint(case_folder) == before


def test_restore_into_a_new_database_checks_the_folder(
    db: Database, filled: CaseInfo, case_folder: Path, other_db: Database, tmp_path: Path
) -> None:
    made = backup.backup_case(db, filled.id, tmp_path / "case.zip", now=NOW, today=TODAY)
    moved = tmp_path / "New computer" / "Home Infusion"
    shutil.copytree(case_folder, moved)
    factories.write_text_pdf(moved / "Letters" / "denial.pdf", ["A different letter now"])
    (moved / "Referral.pdf").unlink()
    before = tree_fingerprint(moved)

    report = backup.restore_backup(other_db, made.path, moved)

    assert tree_fingerprint(moved) == before
    assert report.matching == ["Letters/approval.pdf"]
    assert report.changed == ["Letters/denial.pdf"]
    assert report.missing == ["Referral.pdf"]
    assert report.imported.case.folder == str(moved.resolve())
    assert "1 is in the folder unchanged, 1 has changed" in report.message
    original = export.export_case(db, filled.id, today=TODAY, now=NOW)
    restored = export.export_case(other_db, report.imported.case.id, today=TODAY, now=NOW)
    assert comparable(restored) == comparable(original)


def test_restore_after_removing_the_case_brings_it_back_in_the_same_database(
    db: Database, filled: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    made = backup.backup_case(db, filled.id, tmp_path / "case.zip", now=NOW, today=TODAY)
    original = export.export_case(db, filled.id, today=TODAY, now=NOW)
    removal.remove_case(db, filled.id)
    assert cases.list_cases(db) == []
    report = backup.restore_backup(db, made.path, case_folder)
    assert report.matching == sorted(d["path"] for d in original["documents"])
    assert (report.changed, report.missing) == ([], [])
    restored = export.export_case(db, report.imported.case.id, today=TODAY, now=NOW)
    assert restored == original  # same folder, same log entry ids


def corrupt_backups(good: Path, folder: Path) -> dict[str, Path]:
    """Files that look a little (or not at all) like a backup."""
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    made: dict[str, Path] = {}

    def write(name: str, replace: dict[str, bytes | None]) -> None:
        path = folder / name
        with zipfile.ZipFile(path, "w") as archive:
            for member, data in {**members, **replace}.items():
                if data is not None:
                    archive.writestr(member, data)
        made[name] = path

    manifest = json.loads(members["manifest.json"])
    escaping = {**manifest, "documents": [{"path": "../../etc/passwd", "sha256": "0" * 64}]}
    write("no manifest.zip", {"manifest.json": None})
    write("escaping.zip", {"manifest.json": json.dumps(escaping).encode()})
    write("newer.zip", {"manifest.json": json.dumps({**manifest, "version": 7}).encode()})
    write("bad export.zip", {"export.json": b'{"format": "organizer-export", "version": 1}'})
    made["not a zip.zip"] = folder / "not a zip.zip"
    made["not a zip.zip"].write_bytes(b"PK\x03\x04 but then nothing sensible")
    made["cut.zip"] = folder / "cut.zip"
    made["cut.zip"].write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return made


def test_broken_backups_are_refused_and_nothing_changes(
    db: Database, filled: CaseInfo, other_db: Database, tmp_path: Path, case_folder: Path
) -> None:
    made = backup.backup_case(db, filled.id, tmp_path / "case.zip", now=NOW)
    (tmp_path / "broken").mkdir()
    other_db.engine.dispose()  # all written into the file itself
    before = other_db.path.read_bytes()
    for name, path in corrupt_backups(made.path, tmp_path / "broken").items():
        with pytest.raises(KnownError, match="Nothing was changed") as caught:
            backup.restore_backup(other_db, path, case_folder)
        assert name in caught.value.message
        assert cases.list_cases(other_db) == [], name
    other_db.engine.dispose()
    assert other_db.path.read_bytes() == before


def test_backup_and_restore_commands(
    db: Database, filled: CaseInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{db.path}"
    out = tmp_path / "from the command line.zip"
    assert main(["backup", "--db", url, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert str(out) in said and "stay in the case folder" in said
    assert mode(out) == 0o600
    folder = tmp_path / "restored here"
    shutil.copytree(filled.folder, folder)
    (folder / "Referral.pdf").unlink()
    other = f"sqlite:///{tmp_path}/restored.sqlite3"
    assert main(["restore", str(out), "--case", str(folder), "--db", other]) == 0
    said = capsys.readouterr().out
    assert "Not in the folder:\n  Referral.pdf" in said
    assert "2 are in the folder unchanged, 0 have changed" in said
    assert main(["restore", str(out), "--case", str(folder), "--db", other]) == 2
    assert "already a case" in capsys.readouterr().err


# --- automatic copies of the database ------------------------------------------------------


def copy_holds(copy: Path, sql: str) -> Any:
    connection = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_startup_copies_keep_the_newest_five_privately(db: Database, filled: CaseInfo) -> None:
    made = [
        rotate_startup_copies(db.path, keep=5, now=NOW + timedelta(days=day)) for day in range(7)
    ]
    folder = db.path.parent / "backups"
    assert mode(folder) == 0o700
    kept = database_copies.list_copies(db.path)
    assert [c.path for c in kept] == list(reversed(made[2:]))
    assert sorted(p.name for p in folder.iterdir()) == sorted(c.path.name for c in kept)
    for copy in kept:
        assert mode(copy.path) == 0o600
        assert copy.why == "startup"
        assert copy_holds(copy.path, "SELECT folder FROM cases") == [(filled.folder,)]


def test_no_copy_is_taken_before_there_is_a_database(tmp_path: Path) -> None:
    assert rotate_startup_copies(tmp_path / "organizer.sqlite3") is None
    assert list(tmp_path.iterdir()) == []


def test_startup_copy_on_a_background_thread_is_consistent_while_the_app_writes(
    db: Database, case: CaseInfo
) -> None:
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            log.create_entry(db, case.id, "lab_results", today=TODAY)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    done: list[Path | None] = []
    # As the app takes it: on a thread of its own while the database is in use.
    copier = threading.Thread(target=lambda: done.append(rotate_startup_copies(db.path)))
    try:
        copier.start()
        copier.join(60)
    finally:
        stop.set()
        writer.join(60)
    assert len(done) == 1
    copy = done[0]
    assert copy is not None
    # Every entry in the copy has its history row: the copy is one consistent moment.
    entries = copy_holds(copy, "SELECT count(*) FROM log_entries")[0][0]
    created = copy_holds(
        copy, "SELECT count(*) FROM activity WHERE entity = 'log_entry' AND action = 'created'"
    )[0][0]
    assert entries == created >= 4


def test_restoring_a_startup_copy_keeps_the_current_database_as_another_copy(
    db: Database, filled: CaseInfo
) -> None:
    copy = rotate_startup_copies(db.path, now=NOW)
    assert copy is not None
    entry = log.log_entries(db, filled.id)[1]
    log.edit_entry(db, entry.id, notes="typed after the copy", today=TODAY)

    kept = database_copies.restore_startup_copy(copy, db.path)

    # The open database sees the copy's content at once.
    assert log.get_entry(db, entry.id).notes == ""
    assert kept is not None and mode(kept) == 0o600
    assert copy_holds(kept, f"SELECT notes FROM log_entries WHERE id = {entry.id}") == [
        ("typed after the copy",)
    ]
    assert {c.why for c in database_copies.list_copies(db.path)} == {"startup", "before-restore"}
    # A later rotation never prunes the copy kept before the restore.
    for day in range(1, 8):
        rotate_startup_copies(db.path, keep=2, now=NOW + timedelta(days=day))
    assert kept.exists()


def test_a_damaged_database_is_moved_aside_and_the_copy_put_back(
    db: Database, filled: CaseInfo
) -> None:
    copy = rotate_startup_copies(db.path, now=NOW)
    assert copy is not None
    expected = export.export_case(db, filled.id, today=TODAY, now=NOW)
    db.dispose()
    for side in db.path.parent.glob(db.path.name + "-*"):
        side.unlink()
    db.path.write_bytes(b"this is not a database any more" * 100)
    damaged = db.path.read_bytes()

    kept = database_copies.restore_startup_copy(copy, db.path)

    assert kept is not None and kept.read_bytes() == damaged
    assert mode(db.path) == 0o600
    reopened = open_database(URL.create("sqlite", database=str(db.path)))
    try:
        assert export.export_case(reopened, filled.id, today=TODAY, now=NOW) == expected
    finally:
        reopened.dispose()


def test_a_copy_that_is_not_ours_is_refused(db: Database, filled: CaseInfo, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger.sqlite3"
    connection = sqlite3.connect(stranger)
    connection.execute("CREATE TABLE notes (x)")
    connection.commit()
    connection.close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    db.engine.dispose()
    before = db.path.read_bytes()
    for bad in (stranger, garbage, tmp_path / "absent.sqlite3"):
        with pytest.raises(KnownError):
            database_copies.restore_startup_copy(bad, db.path)
    assert db.path.read_bytes() == before
    assert database_copies.list_copies(db.path) == []


def test_copies_command_lists_and_restores(
    db: Database, filled: CaseInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{db.path}"
    assert main(["copies", "--db", url]) == 0
    assert "no automatic copies" in capsys.readouterr().out
    copy = rotate_startup_copies(db.path, now=NOW)
    assert copy is not None
    assert main(["copies", "--db", url]) == 0
    listing = capsys.readouterr().out
    assert str(copy) in listing and "start-up" in listing
    cases.update_profile(db, filled.id, CaseProfile(patient="Changed later"))
    assert main(["copies", "--db", url, "--restore", str(copy)]) == 0
    said = capsys.readouterr().out
    assert "is back as it was" in said and "just before is kept" in said
    assert cases.list_cases(db)[0].profile.patient == ""
