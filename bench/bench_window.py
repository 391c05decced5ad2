"""How fast the window opens a big case: 10,000 documents, side by side with a bare load.

Prints the time to load the case snapshot from the database (off the GUI thread in the
app), the time to hand it to the window's tables, and sorting and filtering times, against
the time of a bare SELECT of the same rows as the baseline.

Usage: python bench/bench_window.py [--documents 10000]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import _common  # noqa: F401  (sets up sys.path and the offscreen platform)
from _common import peak_rss_mb, ratio


def make_case(work: Path, count: int):  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import URL

    from organizer.services import cases
    from organizer.storage.database import open_database

    folder = work / "case"
    folder.mkdir()
    db = open_database(URL.create("sqlite", database=str(work / "big.sqlite3")))
    case = cases.create_case(db, folder)
    now = datetime.now(UTC).isoformat()
    kinds = ("referral", "insurance", "letter", "clinical", "other")
    with sqlite3.connect(work / "big.sqlite3") as conn:
        conn.executemany(
            "INSERT INTO documents (case_id, path, sha256, size, status, kind, kind_source, "
            "requested_items, fulfills, reasons, first_seen_at, document_date, attempts, "
            "understood) VALUES (?, ?, ?, 1000, 'indexed', ?, 'auto', '[]', '[]', "
            '\'["Kind letter: found \\"prior authorization\\""]\', ?, ?, 1, 1)',
            [
                (
                    case.id,
                    f"Letters/{n // 500:02d}/letter {n:05d}.pdf",
                    f"{n:064x}",
                    kinds[n % 5],
                    now,
                    date(2026, 1 + n % 12, 1 + n % 28).isoformat(),
                )
                for n in range(count)
            ],
        )
    return db, case


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from organizer.gui.documents_model import DocumentFilter, DocumentTableModel
    from organizer.services.snapshot import load_snapshot

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db, case = make_case(work, args.documents)
        started = time.perf_counter()
        with sqlite3.connect(work / "big.sqlite3") as conn:
            conn.execute("SELECT * FROM documents").fetchall()
        bare = time.perf_counter() - started

        started = time.perf_counter()
        snapshot = load_snapshot(db, case.id, date(2026, 11, 20))
        loading = time.perf_counter() - started

        from PySide6.QtWidgets import QTableView

        model, proxy, view = DocumentTableModel(), DocumentFilter(), QTableView()
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.resize(1000, 700)
        view.show()
        started = time.perf_counter()
        model.set_documents(snapshot.documents, snapshot.links_by_document)
        app.processEvents()
        showing = time.perf_counter() - started

        started = time.perf_counter()
        view.sortByColumn(2, proxy.sortOrder())
        app.processEvents()
        sorting = time.perf_counter() - started
        started = time.perf_counter()
        proxy.set_filters("letter", None)
        app.processEvents()
        filtering = time.perf_counter() - started
        shown = proxy.rowCount()
        db.dispose()
    print(f"documents: {args.documents}; bare SELECT of the rows {bare * 1000:.0f} ms")
    print(
        f"load the case snapshot (background in the app): {loading * 1000:.0f} ms "
        f"({ratio(loading, bare)} the bare SELECT)"
    )
    print(f"fill the documents table and draw it: {showing * 1000:.0f} ms")
    print(f"open total (load + show): {(loading + showing) * 1000:.0f} ms (target < 2000 ms)")
    print(
        f"sort by date: {sorting * 1000:.0f} ms; filter to letters: {filtering * 1000:.0f} ms "
        f"({shown} rows)"
    )
    print(f"peak memory: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
