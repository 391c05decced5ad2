"""Render the main screens of the demo case offscreen into docs/ (for the README).

Usage: python scripts/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from organizer.gui.controller import CaseController  # noqa: E402
from organizer.gui.launch import make_application  # noqa: E402
from organizer.gui.main_window import MainWindow  # noqa: E402
from organizer.gui.tasks import TaskRunner  # noqa: E402
from organizer.jobs.indexer import Indexer, IndexSettings  # noqa: E402
from organizer.services import cases  # noqa: E402
from organizer.services.demo import make_demo_copy  # noqa: E402
from organizer.storage.database import open_database  # noqa: E402

DEMO_TODAY = date(2026, 11, 20)


def wait(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--no-ocr", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="organizer-shots-"))
    os.environ["ORGANIZER_DATA_DIR"] = str(scratch / "data")
    # Fresh window settings, so remembered column widths don't leak into the pictures.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    demo = make_demo_copy()
    try:
        db = open_database(URL.create("sqlite", database=str(demo.db_path)))
        case = cases.create_case(db, demo.folder, demo.profile)
        indexer = Indexer(db, case, IndexSettings(ocr=not args.no_ocr, settle_seconds=0))
        indexer.run_once()
        indexer.close()
        make_application()
        app = QApplication.instance()
        runner = TaskRunner(app)
        controller = CaseController(db, case, runner, watch=False, today=lambda: DEMO_TODAY)
        window = MainWindow(controller)
        window.resize(1400, 880)
        window.show()
        controller.start()
        wait(lambda: window.snapshot is not None)
        window.select_document(
            next(d.id for d in window.snapshot.documents if "request for more" in d.path)
        )
        wait(lambda: window.preview.thumbs.count() > 0)
        window.grab().save(str(args.out / "screenshot-main.png"))
        window.tabs.setCurrentIndex(1)
        QCoreApplication.processEvents()
        window.grab().save(str(args.out / "screenshot-log.png"))
        window.tabs.setCurrentIndex(0)
        window.search_field.setText("ceftriaxone")
        wait(lambda: window.search.hits is not None)
        QCoreApplication.processEvents()
        window.grab().save(str(args.out / "screenshot-search.png"))
        window.close()
        runner.wait()
        db.dispose()
    finally:
        demo.remove()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"screenshots written to {args.out}")


if __name__ == "__main__":
    main()
