"""The case folder moved: pointing the case at its new place from the window.

Real database, real indexer and watcher, offscreen; choosers and questions are recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.errors import KnownError
from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.gui.shell import AppShell
from organizer.services import cases, documents, log, relocate
from organizer.storage.database import Database
from organizer.words import in_language, relocate_message
from tests.case_window_fixtures import (  # noqa: F401 - fixtures
    Chooser,
    chooser,
    current,
    identities,
    indexed_case,
    link_and_correct,
    make_shell,
    messages,
    open_shell,
    quiet_reading,
    reader,
)
from tests.helpers import tree_fingerprint


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
    folder, counts = report.case.folder, report.counts()
    with in_language("es"):  # what the window tells, in Spanish
        said = relocate_message(report.message, folder, report.checked, counts)
    assert said.splitlines() == [
        f"El caso usa ahora la carpeta {folder}.",
        "Se encontraron otra vez 2 documentos por su contenido, con sus tipos, sus "
        "correcciones y sus vínculos con el registro.",
        "1 documento no está en la carpeta nueva.",
    ]
    assert relocate_message(report.message, folder, report.checked, counts) == report.message


def test_a_folder_gone_at_start_can_be_pointed_at_its_new_place(
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
    messages: list[str],
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
