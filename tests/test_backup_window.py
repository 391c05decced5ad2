"""Backups, restore and removal from the File menu, and the automatic copy.

Real database, real indexer and watcher, offscreen; choosers and questions are recorded.
"""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.gui.dialogs.welcome import WelcomeChoice
from organizer.gui.main_window import MainWindow
from organizer.gui.shell import AppShell
from organizer.services import cases, log
from organizer.storage.copy_list import copies_folder
from organizer.storage.database import Database
from tests.case_window_fixtures import (  # noqa: F401 - fixtures
    TODAY,
    Chooser,
    chooser,
    current,
    indexed_case,
    link_and_correct,
    make_shell,
    messages,
    open_shell,
    quiet_reading,
    window,
)
from tests.helpers import tree_fingerprint


# --- backups and removal ------------------------------------------------------------------
def test_back_up_then_remove_then_restore_from_the_menu(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    indexed_case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    chooser: Chooser,
    messages: list[str],
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
    messages: list[str],
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
