"""Unexpected errors: logged, told in plain words, and the window goes on.

Real database, real indexer and watcher, offscreen; choosers and questions are recorded.
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from organizer.core.errors import KnownError
from organizer.core.records import CaseInfo
from organizer.gui import errors
from organizer.gui.main_window import MainWindow
from organizer.logs import log_file
from organizer.services import log
from organizer.storage.database import Database
from tests.case_window_fixtures import messages, quiet_reading, window  # noqa: F401 - fixtures

# --- unexpected errors --------------------------------------------------------------------


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The plain-words dialog is recorded (text, details) instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        errors, "show_error_dialog", lambda _parent, text, details: shown.append((text, details))
    )
    return shown


@pytest.fixture
def reporter(window: MainWindow) -> Iterator[errors.ErrorReporter]:
    installed = errors.install_error_reporter(lambda: window, window.controller.runner)
    yield installed
    installed.uninstall()


def test_an_error_in_a_slot_is_logged_told_plainly_and_the_window_goes_on(
    qtbot: QtBot,
    window: MainWindow,
    reporter: errors.ErrorReporter,
    shown_errors: list[tuple[str, str]],
    db: Database,
    case: CaseInfo,
) -> None:
    def broken_slot() -> None:
        raise ZeroDivisionError("a bug in a button")

    button = QPushButton("Broken", window)
    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=5000)
    (text, details), path = shown_errors[0], log_file()
    assert text == (
        f"Something went wrong. Your documents and notes are safe. Details were written to {path}."
    )
    assert "Traceback" in details and "ZeroDivisionError" in details
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    written = path.read_text(encoding="utf-8")
    assert "unexpected error in the window" in written and "a bug in a button" in written
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The window keeps working.
    assert window.isVisible()
    window.controller.create_entry({"item": "lab_results", "what": "CRP and ESR"})
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 5, timeout=10000)
    assert len(log.log_entries(db, case.id)) == 5


def test_errors_from_background_tasks_and_threads_arrive_there_too(
    qtbot: QtBot,
    window: MainWindow,
    reporter: errors.ErrorReporter,
    shown_errors: list[tuple[str, str]],
    messages: list[str],
) -> None:
    def broken_task() -> None:
        raise LookupError("a bug in a task")

    window.controller.runner.run(broken_task)
    qtbot.waitUntil(lambda: len(shown_errors) == 1, timeout=5000)
    assert "LookupError: a bug in a task" in shown_errors[0][1]
    thread = threading.Thread(target=broken_task, name="helper")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown_errors) == 2, timeout=5000)
    assert shown_errors[1][0].startswith("Something went wrong.")

    def known_problem() -> None:
        raise KnownError("The disk is full. This change was not saved.")

    window.controller.runner.run(known_problem)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == ["The disk is full. This change was not saved."]  # its own plain words
    assert reporter.reported == 3


def test_the_error_dialog_keeps_the_details_behind_a_button(window: MainWindow) -> None:
    box = errors.build_error_dialog(window, errors.plain_message(Path("/data/organizer.log")), "TB")
    assert box.text() == (
        "Something went wrong. Your documents and notes are safe. "
        "Details were written to /data/organizer.log."
    )
    assert box.detailedText() == "TB"
    assert "keeps running" in box.informativeText()
    box.close()


def test_the_hooks_are_put_back_when_uninstalled(window: MainWindow) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    installed = errors.install_error_reporter(lambda: window)
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
