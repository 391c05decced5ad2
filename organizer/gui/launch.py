"""Starting the window: pick the database and the case, then run the event loop."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sqlalchemy.engine import URL

from organizer import APP_ID, APP_NAME
from organizer.core.errors import KnownError
from organizer.core.records import CaseInfo
from organizer.services import cases
from organizer.services.demo import make_demo_copy
from organizer.storage.database import Database, open_database, resolve_url


def needs_offscreen() -> bool:
    """True where there is no display to show a window on."""
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def run_window(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from organizer.gui.main_window import MainWindow
    from organizer.jobs.tasks import TaskRunner

    demo = None
    if args.demo:
        demo = make_demo_copy()
        db = open_database(URL.create("sqlite", database=str(demo.db_path)))
        case = cases.create_case(db, demo.folder, demo.profile)
    else:
        db = open_database(resolve_url(args.db))
        case = _case_to_open(db, [Path(p) for p in args.paths])

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    runner = TaskRunner(app)
    window = MainWindow(db, case, runner)
    window.show()
    try:
        return app.exec()
    finally:
        runner.wait()
        db.dispose()
        if demo is not None:
            demo.remove()


def _case_to_open(db: Database, paths: list[Path]) -> CaseInfo:
    folders = [p for p in paths if p.is_dir()]
    files = [p for p in paths if not p.is_dir()]
    if files:
        missing = [str(p) for p in files if not p.exists()]
        if missing:
            raise KnownError(f"Not found: {', '.join(missing)}")
    if len(folders) > 1:
        raise KnownError("Open one case folder at a time.")
    if folders:
        return cases.open_or_create_case(db, folders[0])
    known = cases.list_cases(db)
    if known:
        return known[-1]
    raise KnownError(
        "There is no case yet. Start with a case folder: organizer FOLDER "
        "(or try the demo: organizer --demo)."
    )
