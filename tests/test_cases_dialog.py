"""The cases dialog: the list of cases, another case, a folder not opened before.

Real database, real indexer and watcher, offscreen; choosers and questions are recorded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.gui.dialogs.cases import CasesDialog
from organizer.gui.shell import AppShell
from organizer.services import cases, log
from organizer.storage.database import Database
from tests.case_window_fixtures import (  # noqa: F401 - fixtures
    Chooser,
    chooser,
    current,
    make_shell,
    open_shell,
    quiet_reading,
)


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
