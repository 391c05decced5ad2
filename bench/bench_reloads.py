"""How much one landed file costs the open window: snapshot reloads and database sessions.

Opens the real app shell (window, watcher, outside-change check) on a temporary case, waits
until it is quiet, drops one text PDF into the watched folder, and counts, until the window
shows it read and two quiet seconds have passed:
- reloads: snapshots handed to the window;
- sessions: database sessions opened (by the reader, the reloads and everything else);
- sessions per reload.

Usage: python bench/bench_reloads.py [--files 3]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

import _common  # noqa: F401  (sets up sys.path and the offscreen platform)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.engine import URL

    from organizer.services import cases
    from organizer.storage.database import Database, open_database
    from tests import factories

    app = QApplication.instance() or QApplication([])
    counts = {"sessions": 0, "reloads": 0}
    lock = threading.Lock()
    original = Database.session

    def counted(self: Database):  # type: ignore[no-untyped-def]
        with lock:
            counts["sessions"] += 1
        return original(self)

    Database.session = counted  # type: ignore[method-assign]

    from organizer.gui.shell import AppShell

    def pump(seconds: float, until=None) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            QCoreApplication.sendPostedEvents()
            if until is not None and until():
                return
            time.sleep(0.01)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "case"
        folder.mkdir()
        db = open_database(URL.create("sqlite", database=str(work / "bench.sqlite3")))
        case = cases.create_case(db, folder)
        shell = AppShell(app, db, remember=False)  # type: ignore[arg-type]
        window = shell.open_case(case)
        assert shell.controller is not None
        shell.controller.snapshot_ready.connect(
            lambda _s: counts.__setitem__("reloads", counts["reloads"] + 1)
        )
        pump(30, lambda: window.state_label.text() == "Up to date")
        pump(3)
        per_file: list[tuple[int, int]] = []
        for n in range(args.files):
            counts["sessions"] = counts["reloads"] = 0
            factories.write_text_pdf(folder / f"letter-{n}.pdf", [f"Letter number {n}"])

            def shown(name: str = f"letter-{n}.pdf") -> bool:
                snap = window.snapshot
                return snap is not None and any(
                    d.path == name and d.status != "pending" for d in snap.documents
                )

            pump(60, shown)
            pump(4)  # two check periods of quiet: every late reload is counted
            per_file.append((counts["reloads"], counts["sessions"]))
        shell.close()
        window.close()
        db.dispose()
    for n, (reloads, sessions) in enumerate(per_file):
        print(f"file {n}: reloads {reloads}, sessions {sessions}")
    reloads = sum(r for r, _ in per_file) / len(per_file)
    sessions = sum(s for _, s in per_file) / len(per_file)
    print(f"mean per landed file: reloads {reloads:.1f}, sessions {sessions:.1f}")


if __name__ == "__main__":
    main()
