"""The window's case features: other cases, a moved folder, unexpected errors, backups.

Real database, real indexer and watcher, offscreen. File choosers, questions and message
boxes are replaced by recorders (they would wait for a click); dialogs of our own are
built and accepted, never run with exec().
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from organizer.core.errors import KnownError
from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.gui import case_commands, errors
from organizer.gui.case_commands import CaseCommands
from organizer.gui.cases_dialog import CasesDialog
from organizer.gui.dialogs.welcome import WelcomeChoice
from organizer.gui.main_window import MainWindow
from organizer.gui.shell import AppShell
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.tasks import TaskRunner
from organizer.logs import log_file
from organizer.services import cases, documents, log, relocate
from organizer.storage.database import Database, copies_folder
from tests.helpers import tree_fingerprint
from tests.test_window import (  # noqa: F401 - fixtures shared with the window tests
    TODAY,
    fill_folder,
    make_window,
    messages,
    runner,
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
    log.link_document(db, prescription.id, referral.id, "submission", confirmed=True)
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


# --- other cases --------------------------------------------------------------------------
def test_the_cases_dialog_lists_cases_and_switches_to_the_one_chosen(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    case: CaseInfo,
    tmp_path: Path,
    make_shell: list[AppShell],
) -> None:
    other_folder = tmp_path / "Dad's infusion"
    other_folder.mkdir()
    other = cases.create_case(db, other_folder, CaseProfile(patient="Walter Ortiz"))
    cases.update_profile(db, case.id, CaseProfile(patient="Rosa Ortiz"))
    shell = open_shell(make_shell, qapp, db, cases.find_case(db, Path(case.folder)) or case)
    window = current(shell)
    window.case_commands.open_case_action.trigger()
    dialog = window.case_commands.cases_dialog
    assert isinstance(dialog, CasesDialog)
    qtbot.waitUntil(lambda: dialog.rows is not None, timeout=10000)
    items = [dialog.cases_list.topLevelItem(i) for i in range(2)]
    shown = [(item.text(0), item.text(1)) for item in items if item is not None]
    assert dialog.cases_list.topLevelItemCount() == 2
    assert shown == [
        ("Rosa Ortiz (open now)", case.folder),
        ("Walter Ortiz", other.folder),
    ]
    assert dialog.chosen_case() == other  # the other case is ready to open
    dialog.resize(dialog.sizeHint())
    dialog.grab().save("/tmp/cases.png")
    dialog.select_case(case.id)
    assert not dialog.ok_button.isEnabled()  # the case already open is not opened again
    dialog.select_case(other.id)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: current(shell).case.id == other.id, timeout=10000)
    assert current(shell).windowTitle().startswith("Walter Ortiz")


def test_choosing_a_folder_in_the_dialog_opens_a_new_case_for_it(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    case: CaseInfo,
    tmp_path: Path,
    chooser: Chooser,
    make_shell: list[AppShell],
) -> None:
    new_folder = tmp_path / "Papers for Mum"
    new_folder.mkdir()
    shell = open_shell(make_shell, qapp, db, case)
    dialog = current(shell).case_commands.open_another_case()
    qtbot.waitUntil(lambda: dialog.rows is not None, timeout=10000)
    assert "No other cases yet" in dialog.status.text()
    chooser.folders.append(new_folder)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current(shell).case.folder == str(new_folder.resolve()), timeout=10000)
    assert len(cases.list_cases(db)) == 2
    assert len(log.log_entries(db, current(shell).case.id)) == 4  # a new case's starter log


# --- the folder moved ---------------------------------------------------------------------
def test_relocating_keeps_every_document_its_kind_and_its_links(
    db: Database, indexed_case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    referral_id, entry_id = link_and_correct(db, indexed_case)
    before = identities(db, indexed_case.id)
    moved = case_folder.rename(tmp_path / "Infusion papers 2026")
    (moved / "referral.pdf").rename(moved / "Referral from Dr Lee.pdf")  # renamed as well
    fingerprint = tree_fingerprint(moved)

    report = relocate.relocate_case(db, indexed_case.id, moved, reconcile=reader(db))
    assert report.case.folder == str(moved.resolve())
    assert (report.documents, report.found, report.moved, report.missing) == (3, 3, 1, 0)
    assert identities(db, indexed_case.id) == before  # same rows, kinds and corrections
    (link,) = log.get_entry(db, entry_id).links
    assert (link.document_id, link.path, link.confirmed) == (
        referral_id,
        "Referral from Dr Lee.pdf",
        True,
    )
    assert "3 documents were found again" in report.message
    assert "Nothing is missing" in report.message
    assert tree_fingerprint(moved) == fingerprint  # the folder itself was only read


def test_relocating_says_what_is_still_missing_and_refuses_another_cases_folder(
    db: Database, indexed_case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    moved = case_folder.rename(tmp_path / "Moved")
    (moved / "damaged.pdf").unlink()
    taken = tmp_path / "Someone else's papers"
    taken.mkdir()
    cases.create_case(db, taken, CaseProfile(patient="Walter Ortiz"))
    with pytest.raises(KnownError, match="already belongs to another case"):
        relocate.relocate_case(db, indexed_case.id, taken)
    assert cases.find_case(db, case_folder) is not None  # nothing was changed
    with pytest.raises(KnownError, match="does not exist"):
        relocate.relocate_case(db, indexed_case.id, tmp_path / "nowhere")

    report = relocate.relocate_case(db, indexed_case.id, moved, reconcile=reader(db))
    assert (report.found, report.missing) == (2, 1)
    assert "1 document is not in the new folder" in report.message
    assert len(documents.list_documents(db, indexed_case.id)) == 3  # never deleted


def test_a_folder_gone_at_start_can_be_pointed_at_its_new_place(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    indexed_case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    chooser: Chooser,
    messages: list[str],  # noqa: F811
    make_shell: list[AppShell],
) -> None:
    referral_id, entry_id = link_and_correct(db, indexed_case)
    before = identities(db, indexed_case.id)
    moved = case_folder.rename(tmp_path / "On the new laptop")
    chooser.answers.append(True)  # "Show where it is now…"
    chooser.folders.append(moved)
    shell = open_shell(make_shell, qapp, db, indexed_case)
    qtbot.waitUntil(lambda: current(shell).case.folder == str(moved.resolve()), timeout=30000)
    assert "can't be found" in chooser.asked[0] and str(case_folder) in chooser.asked[0]
    assert "3 documents were found again" in messages[0]
    assert identities(db, indexed_case.id) == before
    assert [link.document_id for link in log.get_entry(db, entry_id).links] == [referral_id]
    window = current(shell)
    qtbot.waitUntil(lambda: window.snapshot is not None, timeout=10000)
    assert window.snapshot is not None
    assert {d.id for d in window.snapshot.documents} == set(before)
    assert all(d.status != "missing" for d in window.snapshot.documents)


def test_the_menu_item_moves_the_case_and_not_now_changes_nothing(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    indexed_case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    chooser: Chooser,
    messages: list[str],  # noqa: F811
    make_shell: list[AppShell],
) -> None:
    shell = open_shell(make_shell, qapp, db, indexed_case)
    window = current(shell)
    chooser.folders.append(None)  # cancelled
    window.case_commands.relocate_action.trigger()
    assert current(shell) is window and window.controller.watcher is not None
    taken = tmp_path / "Someone else's papers"
    taken.mkdir()
    cases.create_case(db, taken)
    chooser.folders.append(taken)
    window.case_commands.relocate_action.trigger()
    qtbot.waitUntil(lambda: current(shell) is not window, timeout=10000)  # reopened
    assert "already belongs to another case" in messages.pop(0)
    assert current(shell).case.folder == str(case_folder.resolve())
    assert current(shell).controller.watcher is not None  # watching the folder again
    copy = tmp_path / "Copy on the USB stick"
    copy.mkdir()
    for path in case_folder.rglob("*"):
        target = copy / path.relative_to(case_folder)
        if path.is_dir():
            target.mkdir()
        else:
            target.write_bytes(path.read_bytes())  # new dates: matched by content only
    chooser.folders.append(copy)
    current(shell).case_commands.relocate_action.trigger()
    qtbot.waitUntil(lambda: current(shell).case.folder == str(copy.resolve()), timeout=30000)
    assert "3 documents were found again" in messages[0]
    assert len(documents.list_documents(db, indexed_case.id)) == 3


# --- unexpected errors --------------------------------------------------------------------
@pytest.fixture
def window(
    qtbot: QtBot,
    db: Database,
    case: CaseInfo,
    runner: TaskRunner,  # noqa: F811
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, case, runner, watch=False)
    yield made
    made.controller.stop()


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
    messages: list[str],  # noqa: F811
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


# --- backups and removal ------------------------------------------------------------------
def test_back_up_then_remove_then_restore_from_the_menu(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    indexed_case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    chooser: Chooser,
    messages: list[str],  # noqa: F811
    make_shell: list[AppShell],
) -> None:
    _referral_id, entry_id = link_and_correct(db, indexed_case)
    log.create_entry(db, indexed_case.id, "lab_results", what="CRP and ESR", today=TODAY)
    other_folder = tmp_path / "Dad's infusion"
    other_folder.mkdir()
    other = cases.create_case(db, other_folder)
    fingerprint = tree_fingerprint(case_folder)
    shell = open_shell(make_shell, qapp, db, indexed_case)

    backup_file = tmp_path / "backups" / "Rosa backup.zip"
    backup_file.parent.mkdir()
    chooser.files.append(backup_file)
    current(shell).case_commands.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert str(backup_file) in messages[0] and "stay in the case folder" in messages[0]
    assert stat.S_IMODE(backup_file.stat().st_mode) == 0o600

    chooser.answers.append(False)  # "Keep it"
    current(shell).case_commands.remove_action.trigger()
    assert "never deleted" in chooser.asked[0] and str(case_folder) in chooser.asked[0]
    assert cases.find_case(db, case_folder) is not None

    chooser.answers.append(True)
    current(shell).case_commands.remove_action.trigger()
    qtbot.waitUntil(lambda: current(shell).case.id == other.id, timeout=10000)
    assert cases.find_case(db, case_folder) is None
    assert "stay where they are" in messages[1]
    assert tree_fingerprint(case_folder) == fingerprint  # not one file touched

    chooser.files.append(backup_file)
    chooser.folders.append(case_folder)
    current(shell).case_commands.restore_action.trigger()
    qtbot.waitUntil(lambda: current(shell).case.folder == str(case_folder.resolve()), timeout=10000)
    assert messages[2].startswith("Restored the case for")
    restored = current(shell).case
    assert "CRP and ESR" in [e.what for e in log.log_entries(db, restored.id)]
    assert log.get_entry(db, entry_id).links[0].path == "referral.pdf"
    assert tree_fingerprint(case_folder) == fingerprint


def test_removing_the_last_case_shows_the_welcome(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    chooser: Chooser,
    messages: list[str],  # noqa: F811
    make_shell: list[AppShell],
) -> None:
    shell = open_shell(make_shell, qapp, db, case)
    fresh = tmp_path / "Documents" / "Home Infusion"
    shell.welcome = lambda _parent: WelcomeChoice(
        folder=fresh, demo=False, new_folder=True, profile=CaseProfile(patient="Rosa Ortiz")
    )
    chooser.answers.append(True)
    current(shell).case_commands.remove_action.trigger()
    qtbot.waitUntil(lambda: current(shell).case.folder == str(fresh.resolve()), timeout=10000)
    assert case_folder.is_dir()
    assert [c.title for c in cases.list_cases(db)] == ["Rosa Ortiz"]

    shell.welcome = lambda _parent: None  # the user closes the welcome
    chooser.answers.append(True)
    current(shell).case_commands.remove_action.trigger()
    qtbot.waitUntil(lambda: shell.window is None, timeout=10000)
    assert cases.list_cases(db) == [] and fresh.is_dir()


def test_the_automatic_copy_is_taken_in_the_background(
    qtbot: QtBot, qapp: QApplication, db: Database, case: CaseInfo, make_shell: list[AppShell]
) -> None:
    shell = open_shell(make_shell, qapp, db, case)
    made: list[Path | None] = []
    shell.take_startup_copy(made.append)
    assert current(shell).isVisible()  # the window did not wait for it
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    copy = made[0]
    assert copy is not None and copy.parent == copies_folder(db.path)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_the_file_menu_has_the_case_items(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    texts = [a.text().replace("&", "") for a in file_menu.actions() if not a.isSeparator()]
    # After the sheet's items: the deadline items of issue 17, then the case items.
    assert texts[3:6] == ["Export deadlines to calendar…", "Print timeline…", "Reminders"]
    assert texts[6:12] == [
        "Case details…",
        "Open another case…",
        "The case folder moved…",
        "Back up case…",
        "Restore a backup…",
        "Remove case from the organizer…",
    ]
