"""One landed file costs the open window one reload, and a reload reads in one session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import IndexSettings
from organizer.services import call_notes, documents, log
from organizer.services.snapshot import load_snapshot
from organizer.storage.database import Database
from tests import factories

TODAY = date(2026, 11, 20)


@pytest.fixture
def watching_window(
    qtbot: QtBot, db: Database, case: CaseInfo, runner: TaskRunner
) -> Iterator[MainWindow]:
    """The window on the case, watching its folder, with a quick check for outside writes."""
    controller = CaseController(
        db,
        case,
        runner,
        today=lambda: TODAY,
        index_settings=IndexSettings(ocr=False, settle_seconds=0.2),
        outside_check_ms=200,
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    yield window
    controller.stop()


def count_transactions(db: Database) -> list[int]:
    """How many sessions began a transaction (SQLAlchemy's own hook, on the real engine)."""
    began = [0]

    def counted(*_args: object) -> None:
        began[0] += 1

    event.listen(db.sessions, "after_begin", counted)
    return began


def test_a_snapshot_is_read_in_one_session(db: Database, case: CaseInfo) -> None:
    began = count_transactions(db)
    snapshot = load_snapshot(db, case.id, TODAY)
    assert began[0] == 1
    assert snapshot.case.id == case.id
    assert snapshot.log  # a new case has its starter log
    # The same as each part read on its own (as the window did before, in six sessions).
    assert snapshot.log == log.log_entries(db, case.id)
    assert snapshot.missing == log.missing_list(db, case.id, TODAY)
    assert snapshot.documents == documents.list_documents(db, case.id)


def test_a_landed_file_costs_one_reload(
    qtbot: QtBot, case_folder: Path, watching_window: MainWindow
) -> None:
    window, controller = watching_window, watching_window.controller
    qtbot.waitUntil(lambda: window.state_label.text() == "Up to date", timeout=20000)
    qtbot.waitUntil(lambda: not controller._reload_timer.isActive(), timeout=5000)
    qtbot.waitUntil(lambda: not controller._loading, timeout=5000)
    before = controller.reloads
    factories.write_text_pdf(case_folder / "letter.pdf", ["Your request was approved"])

    def shown() -> bool:
        snap = controller.snapshot
        return snap is not None and any(
            d.path == "letter.pdf" and d.status != "pending" for d in snap.documents
        )

    qtbot.waitUntil(shown, timeout=20000)
    # Two checks for other processes' writes pass: they find nothing new to show.
    checks = [0]
    controller._outside_timer.timeout.connect(lambda: checks.__setitem__(0, checks[0] + 1))
    qtbot.waitUntil(lambda: checks[0] >= 2, timeout=10000)
    qtbot.waitUntil(lambda: not controller._loading, timeout=5000)
    # The reader's "changed" and "up to date" come together: one reload (was three).
    assert controller.reloads - before == 1


def test_a_write_elsewhere_that_changes_nothing_shown_leaves_the_window_alone(
    qtbot: QtBot, db: Database, case: CaseInfo, watching_window: MainWindow
) -> None:
    window, controller = watching_window, watching_window.controller
    qtbot.waitUntil(lambda: window.state_label.text() == "Up to date", timeout=20000)
    checks = [0]
    controller._outside_timer.timeout.connect(lambda: checks.__setitem__(0, checks[0] + 1))
    qtbot.waitUntil(lambda: checks[0] >= 3, timeout=10000)  # what was pending is loaded
    qtbot.waitUntil(
        lambda: not controller._loading and not controller._reload_timer.isActive(),
        timeout=5000,
    )
    watcher = controller.watcher
    assert watcher is not None and watcher.indexer.lease.held
    shown = controller.reloads
    quiet = controller.unchanged_loads
    # The case's lease heartbeat (every 10 s while the folder is watched) is a write
    # the change check sees; the window shows nothing of it, so it is not redrawn.
    assert watcher.indexer.lease.renew()
    qtbot.waitUntil(lambda: controller.unchanged_loads > quiet, timeout=10000)
    assert controller.reloads == shown
    # A change that shows (a question saved by another window) does reach the window.
    with qtbot.waitSignal(controller.snapshot_ready, timeout=10000):
        call_notes.add_question(db, case.id, "Is a nurse visit covered?")
    assert controller.snapshot is not None
    assert [q.question for q in controller.snapshot.questions] == ["Is a nurse visit covered?"]
