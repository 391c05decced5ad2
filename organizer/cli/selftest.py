"""``organizer --self-test``: prove a fresh install works, without a display.

It copies the demo case into a temporary folder with a temporary database, indexes it,
computes the missing list, writes a status sheet, and says what it did. It exits 0, or 1
naming the step that failed. The user's own data is never touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

STEPS = ("demo copy", "index", "missing list", "status sheet")


def run_self_test(out: Callable[[str], Any] = print) -> int:
    from organizer.gui.launch import needs_offscreen

    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    scratch = Path(tempfile.mkdtemp(prefix="organizer-selftest-"))
    os.environ["ORGANIZER_DATA_DIR"] = str(scratch / "data")  # never the real data folder
    step = STEPS[0]
    started = time.monotonic()
    try:
        from sqlalchemy.engine import URL

        from organizer.jobs.indexer import Indexer, IndexSettings
        from organizer.jobs.ocr import tesseract_command
        from organizer.services import cases, log
        from organizer.services.demo import make_demo_copy
        from organizer.storage.database import open_database

        demo = make_demo_copy(scratch)
        db = open_database(URL.create("sqlite", database=str(demo.db_path)))
        case = cases.create_case(db, demo.folder, demo.profile)
        files = sum(1 for p in demo.folder.rglob("*") if p.is_file())
        out(f"ok   demo copy: {files} files in {demo.folder}")

        step = STEPS[1]
        indexer = Indexer(db, case, IndexSettings(ocr=tesseract_command() is not None))
        try:
            summary = indexer.run_once()
        finally:
            indexer.close()
        counts = ", ".join(f"{n} {code}" for code, n in summary.counts.items() if n)
        if summary.counts["pending"] or summary.total != files:
            raise RuntimeError(f"not every file reached a final state: {counts}")
        ocr_note = "" if tesseract_command() else " (Tesseract not installed: scans not read)"
        out(
            f"ok   index: {summary.total} documents ({counts}) in {summary.seconds:.1f} s{ocr_note}"
        )

        step = STEPS[2]
        today = datetime.now().astimezone().date()
        missing = log.missing_list(db, case.id, today)
        out(f"ok   missing list: {len(missing)} item(s) still missing")

        step = STEPS[3]
        from PySide6.QtGui import QGuiApplication

        from organizer.gui.status_sheet import write_sheet_pdf
        from organizer.services.sheet_data import sheet_data

        app = QGuiApplication.instance() or QGuiApplication(["organizer-self-test"])
        sheet = scratch / "status-sheet.pdf"
        now = datetime.now().astimezone()
        write_sheet_pdf(sheet_data(db, case, today=today, now=now), sheet, "letter")
        from pypdf import PdfReader

        pages = len(PdfReader(sheet).pages)
        if pages != 1:
            raise RuntimeError(f"the status sheet has {pages} pages instead of 1")
        out(f"ok   status sheet: 1 page, {sheet.stat().st_size} bytes")
        db.dispose()
        del app
    except Exception:  # noqa: BLE001 - the self-test reports any failure by its step
        traceback.print_exc(file=sys.stderr)
        out(f"FAILED at step: {step}")
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    out(f"Self-test passed in {time.monotonic() - started:.1f} s.")
    return 0
