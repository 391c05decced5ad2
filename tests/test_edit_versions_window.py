"""The window, when someone else saved the same entry while its edit dialog was open:
the stale edit is refused with who and when, and the window shows their version."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.dialogs.log_entry import LogEntryDialog
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.services import log
from organizer.storage.database import Database, open_database

TODAY = date(2026, 12, 7)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of shown (they would wait for a click)."""
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> int:
        texts.append(text)
        return 0

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, record)
    return texts


@pytest.fixture
def window(qtbot: QtBot, db: Database, case: CaseInfo) -> Iterator[MainWindow]:
    log.create_entry(db, case.id, "prescription", today=TODAY)
    runner = TaskRunner()
    # Others' changes are looked for only hourly here: the reload seen is the refusal's own.
    controller = CaseController(
        db, case, runner, watch=False, today=lambda: TODAY, outside_check_ms=3_600_000
    )
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    controller.start()
    qtbot.waitUntil(lambda: made.snapshot is not None, timeout=20000)
    yield made
    controller.stop()
    runner.wait()


@pytest.mark.both_engines
def test_a_stale_edit_is_refused_with_who_and_the_window_reloads(
    qtbot: QtBot,
    window: MainWindow,
    database_url: URL,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    snapshot = window.snapshot
    assert snapshot is not None
    entry = snapshot.log[0]
    other = open_database(database_url)  # another person's computer
    answered: list[LogEntryDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LogEntryDialog):
            QTimer.singleShot(30, answer)
            return
        answered.append(dialog)
        # While this dialog is open, Dana saves the same entry on her computer.
        monkeypatch.setenv("ORGANIZER_USER_NAME", "Dana Whitfield")
        log.edit_entry(other, entry.id, notes="Faxed to Dr. Lee on Monday")
        monkeypatch.setenv("ORGANIZER_USER_NAME", "Sam Ortiz")
        dialog.notes.setPlainText("Called the office")
        dialog.accept()

    try:
        QTimer.singleShot(0, answer)
        window.commands.edit_entry(entry)
        assert answered, "the edit dialog was shown"
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert "changed by Dana Whitfield" in shown[0] and "not saved" in shown[0]
        # The window reloads and shows Dana's version, which was kept.
        qtbot.waitUntil(
            lambda: (
                window.snapshot is not None
                and window.snapshot.log[0].notes == "Faxed to Dr. Lee on Monday"
            ),
            timeout=10000,
        )
        assert window.snapshot is not None
        assert window.snapshot.log[0].version == entry.version + 1
        assert log.get_entry(other, entry.id).notes == "Faxed to Dr. Lee on Monday"
    finally:
        other.dispose()
