"""How much one landed file costs the open window: snapshot reloads and database sessions.

Opens the real app shell (window, watcher, outside-change check) on a temporary case, waits
until it is quiet, drops one text PDF into the watched folder, and counts, until the window
shows it read and two quiet seconds have passed:
- reloads: snapshots handed to the window;
- sessions: database sessions opened (by the reader, the reloads and everything else);
- sessions per reload (those opened by the reload itself, ``load_snapshot``);
then, with nothing landing, the reloads over ``--idle`` seconds.

Usage: python bench/bench_reloads.py [--files 3] [--idle 30]
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
    parser.add_argument("--idle", type=float, default=30.0)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.engine import URL

    from organizer.services import cases
    from organizer.storage.database import Database, open_database
    from tests import factories

    app = QApplication.instance() or QApplication([])
    counts = {"sessions": 0, "reloads": 0, "reload_sessions": 0}
    lock = threading.Lock()
    original = Database.session
    in_reload = threading.local()

    def counted(self: Database):  # type: ignore[no-untyped-def]
        with lock:
            counts["sessions"] += 1
            if getattr(in_reload, "on", False):
                counts["reload_sessions"] += 1
        return original(self)

    Database.session = counted  # type: ignore[method-assign]

    from organizer.gui import controller
    from organizer.gui.shell import AppShell

    load_snapshot = controller.load_snapshot

    def counted_load(*args):  # type: ignore[no-untyped-def]
        in_reload.on = True
        try:
            return load_snapshot(*args)
        finally:
            in_reload.on = False

    controller.load_snapshot = counted_load  # type: ignore[assignment]

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
        per_file: list[tuple[int, int, int]] = []
        for n in range(args.files):
            counts.update(sessions=0, reloads=0, reload_sessions=0)
            factories.write_text_pdf(folder / f"letter-{n}.pdf", [f"Letter number {n}"])

            def shown(name: str = f"letter-{n}.pdf") -> bool:
                snap = window.snapshot
                return snap is not None and any(
                    d.path == name and d.status != "pending" for d in snap.documents
                )

            pump(60, shown)
            pump(4)  # two check periods of quiet: every late reload is counted
            per_file.append((counts["reloads"], counts["sessions"], counts["reload_sessions"]))
        counts.update(sessions=0, reloads=0, reload_sessions=0)
        pump(args.idle)
        idle = counts["reloads"]
        shell.close()
        window.close()
        db.dispose()
    for n, (reloads, sessions, by_reloads) in enumerate(per_file):
        print(f"file {n}: reloads {reloads}, sessions {sessions} ({by_reloads} by the reloads)")
    reloads = sum(r for r, _, _ in per_file) / len(per_file)
    sessions = sum(s for _, s, _ in per_file) / len(per_file)
    by_reloads = sum(b for _, _, b in per_file)
    per_reload = by_reloads / max(sum(r for r, _, _ in per_file), 1)
    print(f"mean per landed file: reloads {reloads:.1f}, sessions {sessions:.1f}")
    print(f"sessions per reload: {per_reload:.1f}")
    print(f"reloads while idle for {args.idle:.0f} s: {idle}")


if __name__ == "__main__":
    main()
