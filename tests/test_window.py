"""The main window on a real case, with its item models checked by Qt's model tester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from organizer.core.records import CaseInfo
from organizer.gui.log_model import LogTableModel
from organizer.gui.main_window import MainWindow
from organizer.jobs.tasks import TaskRunner
from organizer.services import log
from organizer.storage.database import Database


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


def test_log_model_passes_model_tester(db: Database, case: CaseInfo) -> None:
    model = LogTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_entries(log.log_entries(db, case.id))
    assert model.rowCount() == 4
    assert model.data(model.index(3, 0)) == "Prior authorization"
    model.set_entries([])
    assert model.rowCount() == 0


def test_window_shows_the_case_log_loaded_in_background(
    qtbot: QtBot, db: Database, case: CaseInfo, runner: TaskRunner
) -> None:
    window = MainWindow(db, case, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 4)
    whats = [window.log_model.entry(r).what for r in range(4)]
    assert whats == [
        "Prescription or therapy order",
        "Insurance card copy",
        "Benefits check",
        "Prior authorization",
    ]
    assert case.folder in window.statusBar().currentMessage()


def test_task_runner_returns_results_and_errors_on_gui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    from PySide6.QtCore import QThread

    results: list[tuple[str, bool]] = []
    gui_thread = QThread.currentThread()

    def worker() -> str:
        assert QThread.currentThread() is not gui_thread
        return "done"

    def boom() -> str:
        raise OSError("disk full")

    runner.run(worker, lambda r: results.append((r, QThread.currentThread() is gui_thread)))
    runner.run(
        boom,
        on_error=lambda e: results.append((str(e), QThread.currentThread() is gui_thread)),
    )
    qtbot.waitUntil(lambda: len(results) == 2)
    assert sorted(results) == [("disk full", True), ("done", True)]
    assert runner.pending() == 0
