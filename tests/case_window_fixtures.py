"""Fixtures and helpers shared by the tests of the window's case features.

Real database, real indexer and watcher, offscreen. File choosers, questions and message
boxes are replaced by recorders (they would wait for a click).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.records import CaseInfo
from organizer.gui import case_commands
from organizer.gui.case_commands import CaseCommands
from organizer.gui.main_window import MainWindow
from organizer.gui.shell import AppShell
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import documents, links, log
from organizer.storage.database import Database
from tests.test_window import (  # noqa: F401 - fixtures shared with the window tests
    TODAY,
    fill_folder,
    make_window,
    messages,
)

READ_SETTINGS = IndexSettings(ocr=False, settle_seconds=0)


# --- fixtures -----------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def quiet_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading after a move needs no OCR here (the files have text)."""
    monkeypatch.setattr(CaseCommands, "relocate_settings", READ_SETTINGS)


@pytest.fixture
def indexed_case(db: Database, case: CaseInfo, case_folder: Path) -> CaseInfo:
    fill_folder(case_folder)
    indexer = Indexer(db, case, READ_SETTINGS)
    indexer.run_once()
    indexer.close()
    return case


@pytest.fixture
def make_shell(qapp: QApplication, db: Database) -> Iterator[list[AppShell]]:
    made: list[AppShell] = []
    yield made
    for shell in made:
        if shell.window is not None:
            shell.window.close()
        shell.close()


def open_shell(made: list[AppShell], qapp: QApplication, db: Database, case: CaseInfo) -> AppShell:
    shell = AppShell(qapp, db, remember=False)
    made.append(shell)
    shell.open_case(case)
    return shell


def current(shell: AppShell) -> MainWindow:
    assert shell.window is not None
    return shell.window


class Chooser:
    """Stands in for the system's file and folder choosers and for yes/no questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folders: list[Path | None] = []
        self.files: list[Path | None] = []
        self.answers: list[bool] = []
        self.asked: list[str] = []
        monkeypatch.setattr(case_commands, "pick_folder", lambda *_: self.folders.pop(0))
        monkeypatch.setattr(case_commands, "pick_save_file", lambda *_: self.files.pop(0))
        monkeypatch.setattr(case_commands, "pick_open_file", lambda *_: self.files.pop(0))
        monkeypatch.setattr(case_commands, "ask", self._ask)

    def _ask(self, _parent: object, _title: str, text: str, *_buttons: str) -> bool:
        self.asked.append(text)
        return self.answers.pop(0)


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    return Chooser(monkeypatch)


def link_and_correct(db: Database, case: CaseInfo) -> tuple[int, int]:
    """The user's own work on the case: a confirmed link and a corrected kind."""
    referral = next(d for d in documents.list_documents(db, case.id) if d.path == "referral.pdf")
    prescription = next(e for e in log.log_entries(db, case.id) if e.item == "prescription")
    links.link_document(db, prescription.id, referral.id, "submission", confirmed=True)
    documents.set_kind_by_user(db, referral.id, "clinical")
    return referral.id, prescription.id


def reader(db: Database) -> Callable[[CaseInfo], None]:
    """What the window does after a move: read the case's (new) folder with the indexer."""

    def read(case: CaseInfo) -> None:
        indexer = Indexer(db, case, READ_SETTINGS)
        try:
            indexer.run_once()
        finally:
            indexer.close()

    return read


def identities(db: Database, case_id: int) -> dict[int, tuple[str, str | None, str]]:
    return {d.id: (d.kind, d.sha256, d.kind_source) for d in documents.list_documents(db, case_id)}


@pytest.fixture
def window(
    qtbot: QtBot,
    db: Database,
    case: CaseInfo,
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, case, runner, watch=False)
    yield made
    made.controller.stop()
