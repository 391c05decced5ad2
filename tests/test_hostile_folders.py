"""Hostile case folders: odd names, link loops, pipes and devices, folders that vanish.

One strange file must never stop the whole case: each ends in a state with a reason,
every other file is read, and nothing hangs (the real program runs with a time limit).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from organizer.cli.main import main
from organizer.core.pathnames import is_canonical, to_os, to_text
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.watcher import FolderWatcher, WatchState
from organizer.services import documents
from organizer.storage.database import Database
from tests import factories
from tests.helpers import wait_for
from tests.hostile import organizer_env, run_organizer, slow_tesseract, statuses

CAFE = os.fsdecode(b"caf\xe9.pdf")


def db_url(path: Path) -> str:
    return f"sqlite:///{path}"


def by_path(db: Database, case: CaseInfo) -> dict[str, documents.DocumentInfo]:
    return {d.path: d for d in documents.list_documents(db, case.id)}


# --- 1: names that are not valid UTF-8 --------------------------------------------------


def test_name_codec_keeps_valid_names_and_round_trips_odd_ones() -> None:
    assert to_text("Referral (2).pdf") == "Referral (2).pdf"
    assert to_text(CAFE) == "caf\\xE9.pdf"
    assert to_os("caf\\xE9.pdf") == CAFE
    for name in ("a\\xE9.pdf", "a\\\\b.pdf", "\\", "x\\", CAFE + "\\", "\\" + CAFE):
        assert to_os(to_text(name)) == name
        assert is_canonical(to_text(name))
    assert not is_canonical("\\xC3\\xA9.pdf")  # that is valid UTF-8 ("é"), written oddly
    from organizer.services import export

    for stored in ("caf\\xE9.pdf", "\\xE9t\\xE9/\\xFF.pdf"):
        assert export.relative_path(stored) == stored
    with pytest.raises(ValueError, match="never written"):
        export.relative_path("\\xC3\\xA9.pdf")


def test_a_name_that_is_not_utf8_is_read_exported_and_imported(
    tmp_path: Path, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.write_text_pdf(case_folder / "referral.pdf", ["Referral for IVIG"])
    factories.write_text_pdf(case_folder / CAFE, ["Letter from the cafe plan"])
    db = db_url(tmp_path / "i.sqlite3")
    code = main(["index", str(case_folder), "--json", "--db", db])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["counts"]["indexed"] == 2

    export_file = tmp_path / "case.json"
    assert main(["export", "--db", db, "--out", str(export_file)]) == 0
    exported = json.loads(export_file.read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in exported["documents"]) == ["caf\\xE9.pdf", "referral.pdf"]

    # The round trip: the import's row is the very file on disk (not missing, not new).
    other = tmp_path / "restored"
    shutil.copytree(case_folder, other)
    db2 = db_url(tmp_path / "j.sqlite3")
    assert main(["import", str(export_file), "--db", db2, "--case", str(other)]) == 0
    assert main(["index", str(other), "--json", "--db", db2]) == 0
    counts = json.loads(capsys.readouterr().out.splitlines()[-1])["counts"]
    assert counts["indexed"] == 2 and counts["missing"] == 0 and counts["pending"] == 0


# --- 2: a link that loops to itself -----------------------------------------------------


def test_a_link_loop_gets_a_reason_and_the_rest_is_read(
    tmp_path: Path, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.write_text_pdf(case_folder / "referral.pdf", ["Referral"])
    (case_folder / "loop.pdf").symlink_to("loop.pdf")
    (case_folder / "a.pdf").symlink_to("b.pdf")
    (case_folder / "b.pdf").symlink_to("a.pdf")
    (case_folder / "gone.pdf").symlink_to("nowhere.pdf")
    db_file = tmp_path / "i.sqlite3"
    code = main(["index", str(case_folder), "--db", db_url(db_file)])
    _, err = capsys.readouterr()
    assert code == 0, err
    found = statuses(db_file)
    assert found["referral.pdf"][0] == "indexed"
    for name in ("loop.pdf", "a.pdf", "b.pdf"):
        assert found[name][0] == "unreadable"
        assert "leads back to itself" in (found[name][1] or "")
    assert found["gone.pdf"] == ("unreadable", "This is a link to a file that is not there.")


# --- 3: pipes and devices, directly or through a link -----------------------------------


def test_pipes_and_devices_are_never_opened(tmp_path: Path, case_folder: Path) -> None:
    factories.write_text_pdf(case_folder / "referral.pdf", ["Referral"])
    os.mkfifo(case_folder / "pipe")
    (case_folder / "p.pdf").symlink_to("pipe")
    os.mkfifo(case_folder / "direct.pdf")
    expected_kinds = {"p.pdf": "pipe", "direct.pdf": "pipe"}
    if os.geteuid() == 0:  # device nodes can only be made by root
        os.mknod(case_folder / "tty", stat.S_IFCHR | 0o600, os.makedev(5, 0))
        (case_folder / "d.pdf").symlink_to("tty")
        expected_kinds["d.pdf"] = "device"
    db_file = tmp_path / "i.sqlite3"
    result = run_organizer(
        ["index", str(case_folder), "--no-ocr", "--db", db_url(db_file)], tmp_path, timeout=60
    )
    assert result.returncode == 0, result.stderr
    found = statuses(db_file)
    assert found["referral.pdf"][0] == "indexed"
    for name, kind in expected_kinds.items():
        assert found[name] == (
            "unreadable",
            f"This is not an ordinary file (it is a {kind}), so it is not opened.",
        )


def test_the_watcher_never_hangs_on_a_pipe(db: Database, case: CaseInfo, case_folder: Path) -> None:
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.3))
    states: list[WatchState] = []
    watcher = FolderWatcher(
        indexer, rescan_interval=3600, check_interval=0.1, on_state=states.append
    )
    watcher.start()
    try:
        wait_for(lambda: WatchState.WATCHING in states, what="the watcher to start")
        os.mkfifo(case_folder / "pipe")
        (case_folder / "p.pdf").symlink_to("pipe")
        os.mkfifo(case_folder / "direct.pdf")
        watcher.hint(["p.pdf", "direct.pdf"])
        factories.write_text_pdf(case_folder / "later.pdf", ["Approval letter"])
        wait_for(
            lambda: (
                by_path(db, case).get("later.pdf") is not None
                and by_path(db, case)["later.pdf"].status == "indexed"
            ),
            what="a later file to be read",
        )
        wait_for(lambda: {"p.pdf", "direct.pdf"} <= set(by_path(db, case)), what="states")
        assert {by_path(db, case)[n].status for n in ("p.pdf", "direct.pdf")} == {"unreadable"}
    finally:
        watcher.stop()
    assert not watcher._thread.is_alive()


# --- 4: the folder goes away while it is read --------------------------------------------


def test_a_vanished_folder_never_makes_files_unreadable(
    db: Database, case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    for number in range(6):
        factories.write_text_pdf(case_folder / f"letter-{number}.pdf", [f"Letter {number}"])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        indexer.reconcile()
        assert len(documents.pending_documents(db, case.id)) == 6
        aside = tmp_path / "renamed"
        case_folder.rename(aside)  # the folder is renamed just before reading
        with pytest.raises(documents_known_error()):
            indexer.read_pending()
        pending = documents.pending_documents(db, case.id)
        assert len(pending) == 6
        assert all(attempts == 0 for _, _, attempts in pending)
        aside.rename(case_folder)
    finally:
        indexer.close()
    again = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        summary = again.run_once()
    finally:
        again.close()
    assert summary.counts["indexed"] == 6 and summary.counts["unreadable"] == 0


def documents_known_error() -> type[Exception]:
    from organizer.core.errors import FolderUnreachableError

    return FolderUnreachableError


def test_files_left_unreadable_by_a_vanished_folder_are_read_again(
    db: Database, case: CaseInfo, case_folder: Path
) -> None:
    """Databases of earlier versions hold such files; the next run reads them."""
    factories.write_text_pdf(case_folder / "letter.pdf", ["Letter"])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        indexer.reconcile()
        ((doc_id, _, _),) = documents.pending_documents(db, case.id)
        documents.mark_failed(
            db,
            doc_id,
            documents.DocumentStatus.UNREADABLE,
            "The file can't be opened: No such file or directory",
        )
        assert indexer.run_once().counts["indexed"] == 1
    finally:
        indexer.close()


def test_index_stops_with_one_line_when_the_folder_is_renamed(
    tmp_path: Path, case_folder: Path
) -> None:
    for number in range(20):
        factories.write_text_pdf(case_folder / f"letter-{number:02}.pdf", [f"Letter {number}"])
    for number in range(4):
        factories.write_scanned_pdf(case_folder / f"scan-{number}.pdf", [f"Scan {number}"])
    marker = tmp_path / "ocr-started"
    tesseract = slow_tesseract(tmp_path, 30, marker)
    db_file = tmp_path / "i.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "organizer", "index", str(case_folder), "--db", db_url(db_file)],
        env=organizer_env(tmp_path / "data", ORGANIZER_TESSERACT=str(tesseract)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        wait_for(marker.exists, 90, "scanned pages to be read")
        aside = tmp_path / "renamed"
        case_folder.rename(aside)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "can't be reached" in lines[0], err
    found = statuses(db_file)
    assert not [p for p, (status, _) in found.items() if status == "unreadable"]
    assert {p for p, (status, _) in found.items() if status == "pending"} >= {
        f"scan-{n}.pdf" for n in range(4)
    }
    aside.rename(case_folder)
    again = run_organizer(["index", str(case_folder), "--db", db_url(db_file)], tmp_path / "data")
    assert again.returncode == 0, again.stderr
    assert {s for s, _ in statuses(db_file).values()} == {"indexed"}
