"""Render the main screens of the demo case offscreen into docs/ (for the README).

Usage: python scripts/screenshots.py [--out docs] [--lang es]

With ``--lang es`` the window and its dialogs speak Spanish, the pictures are named with
``-es``, and the words that don't fit where they are shown are listed (Spanish runs some
20% longer than English).
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
sys.path.insert(0, str(ROOT / "scripts"))
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


def some_weeks_later(window: MainWindow) -> None:
    """The demo's log a few weeks in: sent, approved, waiting, one thing overdue."""
    from datetime import timedelta

    from organizer.services import log

    db, case = window.controller.db, window.controller.case
    day = DEMO_TODAY
    entries = {e.item: e for e in log.log_entries(db, case.id) if e.status != "proposed"}
    ago = {n: day - timedelta(days=n) for n in range(40)}
    log.edit_entry(db, entries["prescription"].id, requested_on=ago[17], due=ago[2], today=ago[17])
    bv = entries["benefits_verification"].id
    log.edit_entry(db, bv, requested_on=ago[19], today=ago[19])
    log.set_status(db, bv, "submitted", on=ago[18], today=ago[18])
    log.edit_entry(
        db,
        bv,
        status="approved",
        decision_on=ago[12],
        approved_from=ago[12],
        approved_through=day + timedelta(days=40),
        today=ago[12],
    )
    pa = entries["prior_authorization"].id
    log.edit_entry(db, pa, requested_on=ago[14], today=ago[14])
    log.set_status(db, pa, "submitted", on=ago[9], today=ago[9])
    card = entries["insurance_card"].id
    log.edit_entry(db, card, requested_on=ago[19], today=ago[19])
    log.set_status(db, card, "submitted", on=ago[16], today=ago[16])
    before = window.snapshot
    window.controller.refresh()
    wait(lambda: window.snapshot is not before)


def timeline_shot(window: MainWindow, target: Path) -> None:
    some_weeks_later(window)
    window.tabs.setCurrentIndex(window.deadlines.timeline_index)
    QCoreApplication.processEvents()
    window.grab().save(str(target))


def shot(window: MainWindow, target: Path, report: list[str]) -> None:
    from tests.fits import clipped

    window.grab().save(str(target))
    report += [f"{target.name}: {line}" for line in clipped(window)]


def why_shot(window: MainWindow, target: Path) -> None:
    from PySide6.QtWidgets import QScrollArea

    reasons = window.preview.reasons
    area = reasons.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    if area is not None:
        area.ensureWidgetVisible(reasons)
    QCoreApplication.processEvents()
    window.preview.grab().save(str(target))


def use_dark_palette(app: QApplication) -> None:  # type: ignore[name-defined]
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#1a1a1a"),
        (QPalette.ColorRole.AlternateBase, "#2a2b2e"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        (QPalette.ColorRole.Mid, "#5f6368"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument(
        "--dark", action="store_true", help="a dark palette (only the timeline is written)"
    )
    parser.add_argument("--lang", choices=("en", "es"), default="en")
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
        make_application(args.lang)
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        app = QApplication.instance()
        if args.dark:
            use_dark_palette(app)
        runner = TaskRunner(app)
        controller = CaseController(db, case, runner, watch=False, today=lambda: DEMO_TODAY)
        window = MainWindow(controller)
        window.resize(1400, 880)
        window.show()
        controller.start()
        wait(lambda: window.snapshot is not None)
        if args.dark:
            timeline_shot(window, args.out / "screenshot-timeline-dark.png")
            window.close()
            runner.wait()
            db.dispose()
            return
        window.select_document(
            next(d.id for d in window.snapshot.documents if "request for more" in d.path)
        )
        wait(lambda: window.preview.thumbs.count() > 0)
        report: list[str] = []
        shot(window, args.out / f"screenshot-main{suffix}.png", report)
        if suffix:  # "Why it was sorted this way", in the preview's details
            why_shot(window, args.out / f"screenshot-why{suffix}.png")
        window.tabs.setCurrentIndex(1)
        QCoreApplication.processEvents()
        shot(window, args.out / f"screenshot-log{suffix}.png", report)
        window.tabs.setCurrentIndex(0)
        window.search_field.setText("ceftriaxone")
        wait(lambda: window.search.hits is not None)
        QCoreApplication.processEvents()
        shot(window, args.out / f"screenshot-search{suffix}.png", report)
        if suffix:
            from screenshot_dialogs import dialog_shots

            report += dialog_shots(window, args.out, suffix)
        timeline_shot(window, args.out / f"screenshot-timeline{suffix}.png")
        print(f"{len(report)} place(s) where the words don't fit:")
        print("\n".join(f"  {line}" for line in report))
        window.close()
        runner.wait()
        db.dispose()
    finally:
        demo.remove()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"screenshots written to {args.out}")


if __name__ == "__main__":
    main()
