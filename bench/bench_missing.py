"""How fast ``organizer missing`` is with 100,000 log entries: plain and fast paths side by side.

Builds throw-away databases (real SQLite files) holding a case whose log has 100,000
entries, all alike as from a big import, or mixed (every status, many dates and names),
then times, in this one run:

- reading the log and the case's facts: every entry as a full snapshot (plain, as before)
  or lean (``missing_inputs``: closed entries skipped, open ones as bare rows),
- working the list out by the plain rules (``missing_rows(..., plain=True)``, as before)
  and by the fast path (``split_rows``), checking both give the same rows,
- turning the rows into the printed lines,
- the whole ``organizer missing`` command in a child process (start-up included).

Times are CPU seconds of this process (wall seconds in brackets): on a busy machine wall
time stretches, CPU time much less. Run: ``.venv/bin/python bench/bench_missing.py [N]``.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from _common import ROOT
from sqlalchemy.engine import URL

from organizer.cli.log_commands import missing_line
from organizer.cli.terminal import shown
from organizer.core.missing import CaseFacts, missing_rows, prepared
from organizer.core.missing_fast import OpenRow, split_rows
from organizer.core.profile import CaseProfile
from organizer.core.records import LogEntryInfo
from organizer.services import cases
from organizer.services.case_facts import case_facts
from organizer.services.cases import profile_of
from organizer.services.log_snapshots import entry_infos, missing_inputs
from organizer.storage.database import open_database
from organizer.storage.models import Case

TODAY = date(2026, 12, 1)
T = TypeVar("T")
Inputs = tuple[list[LogEntryInfo], list[OpenRow], frozenset[int]]


def timed(work: Callable[[], T], repeat: int = 3) -> tuple[T, float, float]:
    """The result, and the best CPU and wall seconds of ``repeat`` runs."""
    best_cpu = best_wall = float("inf")
    result: T | None = None
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        result = work()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    assert result is not None
    return result, best_cpu, best_wall


def build(folder: Path, count: int, mixed: bool) -> tuple[Path, int]:
    """A case whose log holds ``count`` entries: all alike (as in a big import), or mixed."""
    folder.mkdir()
    db_path = folder / "organizer.sqlite3"
    case_folder = folder / "case"
    case_folder.mkdir()
    db = open_database(URL.create("sqlite", database=str(db_path)))
    case = cases.create_case(db, case_folder)
    db.dispose()
    moment = "2026-11-01T10:00:00.000000+00:00"
    statuses = ["requested"] * 12 + ["proposed", "submitted", "approved", "denied", "not_needed"]
    rows = []
    for n in range(1_000, 1_000 + count):
        status = statuses[n % len(statuses)] if mixed else "requested"
        due = f"2026-{11 + n % 2:02d}-{1 + n % 28:02d}" if mixed else "2026-12-20"
        sent = "2026-11-10" if status in ("submitted", "approved", "denied") else None
        rows.append(
            (
                n,
                case.id,
                "lab_results" if n % 3 else "prior_authorization",
                f"Item {n}",
                "Plan",
                "2026-10-01",
                "Provider office" if n % 5 else "",
                due,
                sent,
                status,
                7,
                moment,
                moment,
                "2026-12-15" if status == "approved" else None,
            )
        )
    connection = sqlite3.connect(db_path)
    with connection:
        connection.executemany(
            "INSERT INTO log_entries (id, case_id, item, what, requested_by, requested_on, "
            "who_submits, due, submitted_on, status, decision_wait_days, created_at, "
            "updated_at, approved_through, submitted_how, submitted_to, decision, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '')",
            rows,
        )
    connection.close()
    return db_path, case.id


def row(step: str, plain: tuple[float, float], fast: tuple[float, float]) -> str:
    cells = "".join(f"{cpu:>10.3f} [{wall:5.3f}]" for cpu, wall in (plain, fast))
    return f"{step:<26}{cells}"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for mixed in (False, True):
        print(("A mixed log" if mixed else "A log of alike entries, as from a big import") + ":")
        scenario(count, mixed)
        print()


def scenario(count: int, mixed: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db_path, case_id = build(Path(tmp) / "bench", count, mixed)
        db = open_database(URL.create("sqlite", database=str(db_path)))

        def read_plain() -> tuple[list[LogEntryInfo], CaseProfile, CaseFacts]:
            with db.session() as session:
                case = session.get(Case, case_id)
                assert case is not None
                profile, facts = prepared(profile_of(case), case_facts(session, case))
                return entry_infos(session, case_id), profile, facts

        def read_fast() -> tuple[Inputs, CaseProfile, CaseFacts]:
            with db.session() as session:
                case = session.get(Case, case_id)
                assert case is not None
                profile, facts = prepared(profile_of(case), case_facts(session, case))
                return missing_inputs(session, case_id), profile, facts

        (entries, profile, facts), *read_p = timed(read_plain)
        (inputs, _, _), *read_f = timed(read_fast)
        plain, *work_p = timed(
            lambda: missing_rows(entries, TODAY, profile, facts=facts, plain=True)
        )
        fast, *work_f = timed(lambda: split_rows(*inputs, TODAY, profile, facts))
        assert fast == plain, "the fast path gave other rows"
        text, *lines = timed(lambda: shown("\n".join(missing_line(r) for r in fast)))
        db.dispose()

        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "organizer", "--db", f"sqlite:///{db_path}"]
        command += ["--today", TODAY.isoformat(), "missing"]
        (out, cpu, wall) = child(command, env)
        assert out.rstrip("\n") == text
        (_, start_cpu, start_wall) = child([sys.executable, "-c", "import organizer.cli.main"], env)

    print(f"{count:,} log entries, {len(fast):,} rows on the list")
    print("seconds of CPU [wall], best of 3\n")
    print(f"{'step':<26}{'plain path':>18}{'fast path':>18}")
    print(row("read log and facts", read_p, read_f))  # type: ignore[arg-type]
    print(row("work the list out", work_p, work_f))  # type: ignore[arg-type]
    print(row("make the printed lines", lines, lines))  # type: ignore[arg-type]
    total_p = (read_p[0] + work_p[0] + lines[0], read_p[1] + work_p[1] + lines[1])
    total_f = (read_f[0] + work_f[0] + lines[0], read_f[1] + work_f[1] + lines[1])
    print(row("missing-list work", total_p, total_f))
    print(f"\nwhole command now: {cpu:.3f} s CPU [{wall:.3f}]")
    print(
        f"of which start-up (importing the command line): {start_cpu:.3f} s CPU [{start_wall:.3f}]"
    )


def child(command: list[str], env: dict[str, str]) -> tuple[str, float, float]:
    """Its output, and the CPU and wall seconds it took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done.stdout, cpu, wall


if __name__ == "__main__":
    main()
