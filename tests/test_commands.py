"""The window's commands: they keep the one step that can be undone and tell the window by
signals; run here with the synchronous task runner, so each step is done when it returns."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.services import log
from organizer.storage.database import Database
from tests.sync_runner import SyncTaskRunner

TODAY = date(2026, 11, 20)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, db: Database, case: CaseInfo) -> Iterator[MainWindow]:
    controller = CaseController(db, case, SyncTaskRunner(), watch=False, today=lambda: TODAY)
    made = MainWindow(controller)
    qtbot.addWidget(made)
    controller.start()
    qtbot.waitUntil(lambda: made.snapshot is not None, timeout=5000)
    yield made
    controller.stop()


def test_mark_sent_offers_one_undo_and_the_window_hears_of_it(
    window: MainWindow, db: Database, case: CaseInfo
) -> None:
    entry = next(e for e in log.log_entries(db, case.id) if e.status == "requested")
    labels: list[str] = []
    window.commands.undo_changed.connect(labels.append)
    window.commands.mark_sent(entry.id)
    assert log.get_entry(db, entry.id).status == "submitted"
    assert labels == ["Undo mark sent"]
    assert window.undo_action.isEnabled() and window.undo_action.text() == "Undo mark sent"
    assert not window.undo_button.isHidden()
    window.undo_action.trigger()
    assert log.get_entry(db, entry.id).status == "requested"
    assert labels == ["Undo mark sent", ""]
    assert not window.undo_action.isEnabled() and window.undo_button.isHidden()
    window.undo_action.trigger()  # nothing left to undo: nothing happens
    assert log.get_entry(db, entry.id).status == "requested"


def test_delete_then_undo_puts_the_entry_back(
    window: MainWindow, db: Database, case: CaseInfo
) -> None:
    entry = log.log_entries(db, case.id)[0]
    window.commands.delete_entry(entry)
    assert entry.id not in {e.id for e in log.log_entries(db, case.id)}
    assert window.commands.last_deleted is not None
    assert window.undo_action.text() == "Undo delete"
    window.commands.undo_delete()
    assert entry.id in {e.id for e in log.log_entries(db, case.id)}
    assert window.commands.last_deleted is None
