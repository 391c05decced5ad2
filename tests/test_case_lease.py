"""One reader per case: two index runs, or a run beside an open window, never collide."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from organizer.cli.main import main
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.watcher import FolderWatcher, WatchState
from organizer.services import cases, documents
from organizer.storage.database import Database
from tests import factories
from tests.helpers import wait_for
from tests.hostile import organizer_env, statuses

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL


def test_a_second_holder_is_refused_until_the_first_releases(db: Database, case: CaseInfo) -> None:
    from organizer.storage.leases import CaseBusyError, CaseLease, current_holder

    first = CaseLease(db, case.id, "an 'organizer index' run")
    second = CaseLease(db, case.id, "an organizer window")
    first.acquire()
    try:
        with pytest.raises(CaseBusyError, match=r"being read elsewhere .*'organizer index' run"):
            second.acquire()
        info = current_holder(db, case.id)
        assert info is not None and info.holder == "an 'organizer index' run"
    finally:
        first.release()
    second.acquire()
    second.release()
    assert current_holder(db, case.id) is None


def test_a_lease_that_ran_out_or_whose_process_died_is_taken_over(
    db: Database, case: CaseInfo
) -> None:
    from organizer.storage.leases import CaseLease, current_holder

    crashed = CaseLease(db, case.id, "a crashed run", lease_seconds=0.2, renew_seconds=3600)
    crashed.acquire()
    if db.is_server:  # a crash closes its connection, and the server frees its lock
        crashed._drop_advisory_lock()
    wait_for(lambda: current_holder(db, case.id) is None, 10, "the lease to run out")
    taker = CaseLease(db, case.id, "a new run")
    taker.acquire()
    taker.release()
    # A holder on this computer whose process is gone: taken over at once.
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    ghost = CaseLease(db, case.id, "a killed run")
    ghost.pid = int(dead.stdout)
    ghost.acquire()
    ghost.release()  # stops its heartbeat; put the ghost's row back as a crash leaves it
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO case_leases VALUES (:c, 'ghost', 'a killed run', :h, :p, :n, :n, :u)"
            ),
            {
                "c": case.id,
                "h": ghost.host,
                "p": ghost.pid,
                "n": time.time(),
                "u": time.time() + 600,
            },
        )
    heir = CaseLease(db, case.id, "the next run")
    heir.acquire()
    heir.release()


def test_two_index_runs_at_once_never_fail(tmp_path: Path, case_folder: Path) -> None:
    for number in range(150):
        factories.write_text_pdf(case_folder / f"letter-{number:03}.pdf", [f"Letter {number}"])
    db_file = tmp_path / "i.sqlite3"
    command = [
        sys.executable,
        "-m",
        "organizer",
        "index",
        str(case_folder),
        "--no-ocr",
        "--db",
        f"sqlite:///{db_file}",
    ]
    runs = [
        subprocess.Popen(
            command,
            env=organizer_env(tmp_path / "data"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [(run.wait(timeout=180), *run.communicate()) for run in runs]
    for code, _out, err in results:
        assert code in (0, 2), err
        assert "Traceback" not in err
        if code == 2:
            assert err.count("\n") == 1 and "being read elsewhere" in err
    assert 0 in [code for code, _, _ in results]
    found = statuses(db_file)
    assert len(found) == 150 and {s for s, _ in found.values()} == {"indexed"}


def test_index_beside_an_open_window_says_so_and_the_window_carries_on(
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    db_address: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.3))
    states: list[WatchState] = []
    watcher = FolderWatcher(
        indexer, rescan_interval=3600, check_interval=0.1, on_state=states.append
    )
    watcher.start()
    try:
        wait_for(lambda: WatchState.WATCHING in states, what="the watcher to start")
        code = main(["index", str(case_folder), "--json", "--db", db_address])
        err = capsys.readouterr().err
        assert code == 2
        assert "being read elsewhere" in err and "organizer window" in err
        assert err.count("\n") == 1
    finally:
        watcher.stop()
    # With the window closed, the run reads the case.
    factories.write_text_pdf(case_folder / "later.pdf", ["Approval"])
    assert main(["index", str(case_folder), "--json", "--db", db_address]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["indexed"] == 1
    assert cases.find_case(db, case_folder) is not None
    assert [d.status for d in documents.list_documents(db, case.id)] == ["indexed"]


def test_the_window_waits_while_an_index_run_holds_the_case(
    db: Database, case: CaseInfo, case_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from organizer.storage.leases import CaseLease

    caplog.set_level("INFO", logger="organizer.jobs.watcher")
    run = CaseLease(db, case.id, "an 'organizer index' run")
    run.acquire()
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.3))
    watcher = FolderWatcher(indexer, rescan_interval=3600, check_interval=0.1)
    factories.write_text_pdf(case_folder / "letter.pdf", ["Letter"])
    watcher.start()
    try:
        wait_for(lambda: "being read elsewhere" in caplog.text, 30, "the window to be told")
        assert documents.list_documents(db, case.id) == []
        run.release()
        wait_for(
            lambda: [d.status for d in documents.list_documents(db, case.id)] == ["indexed"],
            30,
            "the window to read the case once the run is done",
        )
    finally:
        watcher.stop()
