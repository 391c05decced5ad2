"""Team use at scale: 500 cases of 100 documents each on a local PostgreSQL server.

Fills a database (a throw-away server started like the tests' one, or the one given with
``--db``) with 500 cases, each with its usual log and 100 read documents, then times:

- the case list (``cases.list_cases``), goal at most 0.5 s;
- opening a case (``snapshot.load_snapshot``: documents, log, missing list, calls,
  questions, suggestions), goal at most 1 s;
- its missing list (``log.missing_list``), goal at most 50 ms.

Each figure is the median of 5 runs, wall seconds. Run:
``.venv/bin/python bench/bench_postgres.py [--cases 500] [--documents 100] [--db URL]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from _common import ROOT
from sqlalchemy import text
from sqlalchemy.engine import make_url

from organizer.services import cases, log, snapshot
from organizer.storage.database import Database, open_database

TODAY = date(2026, 11, 21)
GOALS = {"case list": 0.5, "case open": 1.0, "missing list": 0.05}


def timed(work: Callable[[], Any], runs: int = 5) -> float:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def fill(db: Database, n_cases: int, n_documents: int) -> list[int]:
    """The cases, each with its usual log and ``n_documents`` read documents."""
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    made = []
    for number in range(n_cases):
        made.append(cases.create_case(db, Path(f"/shared/cases/case-{number:04d}")).id)
    rows = [
        {
            "case_id": case_id,
            "path": f"letters/{k:03d} letter.pdf",
            "sha": f"{case_id:08x}{k:056x}",
            "now": now,
            "kind": ("letter", "referral", "insurance_card", "lab_results")[k % 4],
        }
        for case_id in made
        for k in range(n_documents)
    ]
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO documents (case_id, path, sha256, size, mtime_ns, status, kind, "
                "kind_source, requested_items, fulfills, reasons, first_seen_at, attempts, "
                "understood, unsure, about, photo_turn, photo_original) VALUES (:case_id, "
                ":path, :sha, 123456, 1700000000000000000, 'indexed', :kind, 'auto', '[]', "
                "'[]', '[]', :now, 1, true, '{}', '{}', 0, false)"
            ),
            rows,
        )
        session.execute(text("ANALYZE"))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--db", help="a postgresql+psycopg:// address (default: a throw-away)")
    args = parser.parse_args()
    server: Any = None
    if args.db:
        url = make_url(args.db)
    else:
        sys.path.insert(0, str(ROOT))
        from tests.postgres_server import start_server

        server = start_server()
        url = server.database()
    db = open_database(url)
    try:
        started = time.perf_counter()
        made = fill(db, args.cases, args.documents)
        print(
            f"filled {len(made)} cases x {args.documents} documents "
            f"in {time.perf_counter() - started:.1f} s"
        )
        middle = made[len(made) // 2]
        figures = {
            "case list": timed(lambda: cases.list_cases(db)),
            "case open": timed(lambda: snapshot.load_snapshot(db, middle, TODAY)),
            "missing list": timed(lambda: log.missing_list(db, middle, TODAY)),
        }
        failed = False
        for name, seconds in figures.items():
            goal = GOALS[name]
            verdict = "ok" if seconds <= goal else "OVER"
            failed |= seconds > goal
            print(f"{name:13s} {seconds * 1000:8.1f} ms   (goal {goal * 1000:.0f} ms)  {verdict}")
        return 1 if failed else 0
    finally:
        db.dispose()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
