"""A 100,000-entry case: imports are checked as they are read, and the missing list is quick.

Times are CPU seconds of this process (a busy test machine stretches wall time, not that).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from organizer.cli.log_commands import missing_line
from organizer.cli.terminal import shown
from organizer.core.records import CaseInfo
from organizer.services import export, export_stream, log
from organizer.storage.database import Database

TODAY = date(2026, 12, 1)


def entry(number: int) -> dict[str, Any]:
    return {
        "id": number,
        "item": "lab_results",
        "what": f"Lab result {number}",
        "requested_by": "Plan",
        "requested_on": "2026-10-01",
        "who_submits": "Provider office",
        "due": "2026-12-20",
        "submitted_on": None,
        "submitted_how": "",
        "submitted_to": "",
        "status": "requested",
        "decision": "",
        "decision_on": None,
        "expects_decision": None,
        "decision_wait_days": 7,
        "notes": "",
        "documents": [],
    }


def big_export(db: Database, case: CaseInfo, path: Path, entries: int) -> Path:
    data = export.export_case(db, case.id, today=TODAY, now=datetime.now(UTC))
    data["log"] = [entry(n) for n in range(1, entries + 1)]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_big_import_is_checked_as_it_is_read(
    db: Database, case: CaseInfo, tmp_path: Path
) -> None:
    from organizer.services.export_stream import CHUNK

    path = big_export(db, case, tmp_path / "big.json", 20_000)
    tracemalloc.start()
    try:
        data = export_stream.validate_file(path)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(data.log) == 20_000
    # Beyond the checked rows themselves, only a few chunks of the file are held at once
    # (reading it whole first held the text and the whole tree: over 6 times the file).
    assert peak - kept < 4 * CHUNK + path.stat().st_size // 4
    # The same answer as checking the file read whole.
    assert data == export.validate(json.loads(path.read_text(encoding="utf-8")))


def test_a_bad_element_deep_in_a_big_import_is_named(
    db: Database, case: CaseInfo, tmp_path: Path
) -> None:
    path = big_export(db, case, tmp_path / "big.json", 5_000)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["log"][4_321]["due"] = "2026-13-45"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        export_stream.validate_file(path)
    except export.ExportFileError as exc:
        assert exc.message.startswith("log[4321].due ")
    else:
        raise AssertionError("a bad date was accepted")
    data["log"][4_321]["due"] = "2026-12-20"
    path.write_text(json.dumps(data)[:-100], encoding="utf-8")  # cut short
    try:
        export_stream.validate_file(path)
    except export.ExportFileError as exc:
        assert exc.message.startswith("it is not valid JSON")
    else:
        raise AssertionError("a cut file was accepted")


def test_the_missing_list_of_100000_entries_comes_quickly(
    db: Database, case: CaseInfo, db_path: Path
) -> None:
    moment = "2026-11-01T10:00:00.000000+00:00"
    rows = [
        (
            n,
            case.id,
            "lab_results",
            f"Lab result {n}",
            "Plan",
            "2026-10-01",
            "Provider office",
            "2026-12-20",
            "requested",
            7,
            moment,
        )
        for n in range(1_000, 101_000)
    ]
    connection = sqlite3.connect(db_path)
    with connection:
        connection.executemany(
            "INSERT INTO log_entries (id, case_id, item, what, requested_by, requested_on, "
            "who_submits, due, status, decision_wait_days, created_at, updated_at, "
            "submitted_how, submitted_to, decision, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '')",
            [(*r, moment) for r in rows],
        )
    connection.close()
    started = time.process_time()
    missing = log.missing_list(db, case.id, TODAY)
    text = shown("\n".join(missing_line(row) for row in missing))
    spent = time.process_time() - started
    assert len(missing) >= 100_000  # and the case's own starter entries
    assert [r.what for r in missing if r.log_id >= 1_000][:2] == [
        "Lab result 1000",
        "Lab result 1001",
    ]
    assert text.count("\n") == len(missing) - 1
    # Reading, working out and printing take about 0.7 s of CPU on a busy 2-core machine
    # (4 s before every open entry was read lean and each row shape worked out once).
    assert spent < 1.5, f"{spent:.2f} s of CPU for the missing list"


def test_the_missing_command_imports_only_what_it_needs(case: CaseInfo, db_path: Path) -> None:
    """Start-up is most of the command's time: nothing slow that ``missing`` never uses."""
    code = (
        "import sys\n"
        "from organizer.cli.main import main\n"
        f"main(['--db', 'sqlite:///{db_path}', 'missing'])\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert "| who: " in done.stdout  # the new case's starter entries are listed
    loaded = set(done.stderr.split())
    assert "organizer.cli.main" in loaded and "sqlalchemy" in loaded
    for slow in (
        "alembic",  # only to migrate: the database is at the newest schema already
        "PySide6",
        "pypdf",
        "watchdog",
        "organizer.jobs.indexer",
        "organizer.core.understand",  # the case has no letters to read
        "organizer.services.export",
        "organizer.services.sheet_data",
    ):
        assert slow not in loaded, f"{slow} is imported for `missing`"
