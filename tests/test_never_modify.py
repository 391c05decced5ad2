"""End to end on a copy of the demo case: the user's files are never touched, nothing leaks.

A full run through the real window: index with OCR, classify, accept the suggestions, edit
the log, export, print the status sheet, and drag files in. Afterwards every file that was
in the folder is byte-identical, and the only new files are the user's own imports.
"""

from __future__ import annotations

import shutil
import socket
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from organizer.core.paths import resource
from organizer.core.records import CaseInfo
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import cases, export, log, proposals
from organizer.services.demo import demo_profile
from organizer.sheet.data import sheet_data
from organizer.storage.database import Database
from tests import factories
from tests.helpers import tree_fingerprint
from tests.test_window import drop, make_window

TODAY = date(2026, 11, 20)
INTERNET = (socket.AF_INET, socket.AF_INET6)
_opened: list[str] = []
_watching = [False]


def _audit(event: str, args: tuple[object, ...]) -> None:
    if not _watching[0]:
        return
    if event == "socket.__new__" and len(args) >= 2 and args[1] in INTERNET:
        _opened.append(f"socket family {args[1]}")
    elif event in ("socket.connect", "socket.bind") and len(args) >= 2:
        if isinstance(args[1], tuple):  # (host, port): an internet address; a path is local
            _opened.append(f"{event} {args[1]}")
    elif event == "socket.getaddrinfo":
        _opened.append(f"{event} {args[:1]}")


sys.addaudithook(_audit)  # audit hooks can't be removed; this one only records while on


@pytest.fixture
def no_internet() -> Iterator[list[str]]:
    _opened.clear()
    _watching[0] = True
    yield _opened
    _watching[0] = False


def test_full_run_leaves_every_file_as_it_was(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_internet: list[str],
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: 0)
    folder = tmp_path / "Home Infusion"
    shutil.copytree(resource("demo", "case"), folder)
    before = tree_fingerprint(folder)
    case: CaseInfo = cases.create_case(db, folder, demo_profile())

    indexer = Indexer(db, case, IndexSettings(settle_seconds=0))  # text, OCR, understanding
    indexer.run_once()
    indexer.close()
    assert proposals.open_proposals(db, case.id)

    runner = TaskRunner()
    window: MainWindow = make_window(qtbot, db, case, runner, watch=True)
    try:
        # Accept every suggestion, from the window.
        qtbot.waitUntil(lambda: bool(window.review.rows), timeout=10000)
        qtbot.mouseClick(window.review.accept_all_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not proposals.open_proposals(db, case.id), timeout=10000)
        # Edit the log: a new request, then mark it sent.
        window.controller.create_entry({"item": "signed_forms", "what": "Assignment of benefits"})
        qtbot.waitUntil(
            lambda: any(e.item == "signed_forms" for e in log.log_entries(db, case.id)),
            timeout=10000,
        )
        entry = next(e for e in log.log_entries(db, case.id) if e.item == "signed_forms")
        window.controller.set_status(entry.id, "submitted")
        qtbot.waitUntil(lambda: log.get_entry(db, entry.id).status == "submitted", timeout=10000)
        # Drag a letter and a phone photo in (the photo becomes a PDF).
        outside = tmp_path / "Downloads"
        outside.mkdir()
        letter = factories.write_text_pdf(outside / "second request.pdf", ["Second request"])
        photo = factories.write_png(
            outside / "card photo.png",
            factories.render_text_image(["Member ID BHP447201983"], width_px=800, height_px=500),
        )
        drop(window, [letter, photo])
        qtbot.waitUntil(
            lambda: (
                len(list(folder.glob("Imported/*/*.pdf"))) == 2
                and window.snapshot is not None
                and sum(d.path.startswith("Imported/") for d in window.snapshot.documents) == 2
            ),
            timeout=30000,
        )
    finally:
        window.close()
        runner.wait()

    # Export and print the sheet (both written outside the case folder).
    now = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    export.write_export_file(
        tmp_path / "export.json", export.export_text(db, case.id, today=TODAY, now=now), folder
    )
    from organizer.sheet.render import write_sheet_pdf

    write_sheet_pdf(sheet_data(db, case, today=TODAY, now=now), tmp_path / "sheet.pdf", "letter")

    after = tree_fingerprint(folder)
    for path, fingerprint in before.items():
        assert after.get(path) == fingerprint, f"{path} changed"
    added = sorted(set(after) - set(before))
    assert len(added) == 2 and all(p.startswith("Imported/") for p in added), added
    assert {Path(p).name for p in added} == {"second request.pdf", "card photo.pdf"}
    assert no_internet == []
