"""The rough edges a new user met (issue 14, minor items), on a real window and database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.gui.dialogs.link_document import LinkDocumentDialog, rank_documents
from organizer.gui.dialogs.password import PasswordDialog
from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
from organizer.gui.documents_model import KIND, STATUS
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.gui.words import show_date
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import call_notes, documents, log
from organizer.sheet.data import sheet_data
from organizer.storage.database import Database
from tests import factories
from tests.test_window import TODAY, make_window, messages  # noqa: F401 - shared fixtures

DENIAL = [
    "Bluestem Health Plan",
    "Notice of adverse benefit determination (denial)",
    "We have denied your request for prior authorization of the infusion pump.",
    "Member ID BHP447201983. You may appeal within 180 days of the date of this letter.",
]


def read_all(db: Database, case: CaseInfo) -> None:
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()


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


def test_an_unlocked_pdf_is_sorted_shown_and_no_longer_says_locked(
    qtbot: QtBot,
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    runner: TaskRunner,
    messages: list[str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    factories.write_text_pdf(case_folder / "locked denial.pdf", DENIAL, user_password="secret")
    read_all(db, case)
    window = make_window(qtbot, db, case, runner, watch=False)
    try:
        doc = window.snapshot.documents[0] if window.snapshot else None
        assert doc is not None and doc.status == "password_protected"
        window.select_document(doc.id)
        assert window.preview.unlock_button.isVisibleTo(window.preview)

        def type_password(dialog: PasswordDialog) -> int:
            dialog.field.setText("secret")
            return 1

        monkeypatch.setattr(PasswordDialog, "exec", type_password)
        window.commands.unlock(doc)

        def unlocked() -> bool:
            shown = window.preview.current
            return shown is not None and shown.status == "indexed" and shown.kind != "unclassified"

        qtbot.waitUntil(unlocked, timeout=20000)
        shown = window.preview.current
        assert shown is not None
        assert shown.kind == "letter" and shown.letter_outcome == "denied"
        assert "Locked" not in window.preview.fields["status"].text()
        assert window.preview.fields["member"].text() == "BHP447201983"
        qtbot.waitUntil(
            lambda: window.preview.document.status() == QPdfDocument.Status.Ready, timeout=10000
        )
        assert window.preview.pages.currentWidget() is window.preview.view
        assert not window.preview.unlock_button.isVisibleTo(window.preview)
        assert messages == []
    finally:
        window.controller.stop()


def test_a_copy_names_the_document_it_copies(
    qtbot: QtBot, db: Database, case: CaseInfo, case_folder: Path, window: MainWindow
) -> None:
    original = factories.write_text_pdf(case_folder / "approval.pdf", ["Approved"])
    (case_folder / "Scans").mkdir()
    shutil.copyfile(original, case_folder / "Scans" / "approval copy.pdf")
    read_all(db, case)
    with qtbot.waitSignal(window.controller.snapshot_ready, timeout=10000):
        window.controller.refresh()
    model = window.documents_model
    row = next(r for r in range(model.rowCount()) if model.document(r).status == "duplicate")
    copy = model.document(row)
    original_path = "approval.pdf" if copy.path != "approval.pdf" else "Scans/approval copy.pdf"
    assert model.index(row, STATUS).data() == f"A copy of {original_path}"
    window.select_document(copy.id)
    assert window.preview.fields["status"].text() == f"A copy of {original_path}"


def entry_with(item: str, what: str) -> LogEntryInfo:
    return LogEntryInfo(
        id=7,
        item=item,
        what=what,
        requested_by="",
        requested_on=None,
        who_submits="",
        due=None,
        submitted_on=None,
        status="requested",
        decision="",
        notes="",
    )


def test_link_choices_are_ranked_for_the_entry_and_none_is_preselected(
    qtbot: QtBot, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    factories.write_text_pdf(case_folder / "aaa note.pdf", ["Progress note"])
    factories.write_text_pdf(case_folder / "crp and esr lab results.pdf", ["CRP 46 mg/L"])
    factories.write_text_pdf(case_folder / "card.pdf", ["Member ID BHP447201983"])
    read_all(db, case)
    docs = documents.list_documents(db, case.id)
    entry = entry_with("lab_results", "Lab results")
    ranked = rank_documents(entry, docs)
    assert ranked[0].document.path == "crp and esr lab results.pdf"
    assert ranked[0].why
    dialog = LinkDocumentDialog(entry, docs)
    qtbot.addWidget(dialog)
    assert "Lab results" in dialog.findChild(QLabel).text()
    assert dialog.list.selectedItems() == []
    assert dialog.chosen() is None
    assert not dialog.ok_button.isEnabled()
    assert dialog.list.item(0).text().startswith("crp and esr lab results.pdf")
    dialog.list.item(0).setSelected(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.chosen() is not None and dialog.chosen().path == ranked[0].document.path


def test_mark_sent_can_be_undone(
    qtbot: QtBot, db: Database, case: CaseInfo, window: MainWindow
) -> None:
    made = log.create_entry(db, case.id, "lab_results", today=TODAY)
    with qtbot.waitSignal(window.controller.snapshot_ready, timeout=10000):
        window.controller.refresh()
    window.commands.mark_sent(made.id)
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=10000)
    assert window.undo_action.text() == "Undo mark sent"
    assert window.undo_button.isVisibleTo(window)
    sent = next(e for e in log.log_entries(db, case.id) if e.id == made.id)
    assert (sent.status, sent.submitted_on) == ("submitted", TODAY)
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: (
            next(e for e in log.log_entries(db, case.id) if e.id == made.id).status == "requested"
        ),
        timeout=10000,
    )
    back = next(e for e in log.log_entries(db, case.id) if e.id == made.id)
    assert back.submitted_on is None
    assert not window.undo_action.isEnabled()
    assert not window.undo_button.isVisibleTo(window)


def test_calls_tell_who_and_how_and_empty_tabs_say_what_goes_there(
    qtbot: QtBot, db: Database, case: CaseInfo, window: MainWindow
) -> None:
    calls, questions = window.calls_tab, window.questions_tab
    assert calls.stack.currentWidget() is calls.empty
    assert "No calls noted yet" in calls.empty.text()
    assert questions.stack.currentWidget() is questions.empty
    assert calls.button.isVisibleTo(calls) and questions.button.isVisibleTo(questions)
    called = datetime(2026, 12, 7, 14, 5, tzinfo=UTC)
    call_notes.add_call(
        db,
        case.id,
        called,
        organisation="Bluestem Health Plan",
        person="Jamie",
        phone="(800) 555-0143",
        reference_number="CALL-7781",
        summary="PA is in clinical review.",
    )
    call_notes.add_question(db, case.id, "Is the pump covered?", asked_to="the plan")
    with qtbot.waitSignal(window.controller.snapshot_ready, timeout=10000):
        window.controller.refresh()
    assert calls.stack.currentWidget() is calls.items
    first = calls.items.item(0).text().splitlines()
    local = called.astimezone()
    assert first[0] == (
        f"{show_date(local.date())}, {local.strftime('%I:%M %p').lstrip('0')} — "
        "Bluestem Health Plan · spoke with Jamie · phone (800) 555-0143 · reference CALL-7781"
    )
    assert " 07," not in first[0]  # "Dec 7", as everywhere else, not "Dec 07"
    assert first[1] == "PA is in clinical review."
    assert questions.items.item(0).text().startswith("Is the pump covered? (to ask the plan)")


def test_print_preview_opens_at_fit_width(qtbot: QtBot, db: Database, case: CaseInfo) -> None:
    data = sheet_data(db, case, today=TODAY, now=datetime.now(UTC))
    dialog = SheetPreviewDialog(None, data)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested, timeout=10000):
        dialog.show()
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    assert widget.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    fit = [a for a in dialog.findChildren(QAction) if a.text().replace("&", "") == "Fit width"]
    assert fit and fit[0].isChecked()


def test_nothing_important_is_cut_off_at_the_default_size(
    qtbot: QtBot, db: Database, case: CaseInfo, window: MainWindow
) -> None:
    assert (window.width(), window.height()) == (1280, 820)
    log.create_entry(db, case.id, "prescription", today=TODAY)
    with qtbot.waitSignal(window.controller.snapshot_ready, timeout=10000):
        window.controller.refresh()
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(window.log_view.isVisible)
    header = window.log_view.horizontalHeader()
    assert header.length() <= window.log_view.viewport().width()  # no sideways scrolling
    assert window.log_view.horizontalScrollBar().maximum() == 0
    metrics = window.documents_view.fontMetrics()
    kind = window.documents_view.horizontalHeader().sectionSize(KIND)
    assert kind >= metrics.horizontalAdvance("Letter – For your information")
    window.folder_label.setText("Watching: " + "/very/long/folder" * 20)
    window.status_line.show_watch_state("indexing")
    window.undo_button.show()
    window.status_line.show_progress(3, 15, "ocr")
    qtbot.waitUntil(lambda: window.state_label.width() > 0)
    state = window.state_label
    assert state.width() >= state.fontMetrics().horizontalAdvance(state.text())
    assert window.folder_label.text().endswith("/very/long/folder")  # whole in the tooltip
