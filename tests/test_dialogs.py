"""The dialogs, filled in as a person would, and what they hand to the services.

Dialogs are shown and accepted, never exec()'d; the welcome dialog's folder chooser is
replaced, so no system dialog opens.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.gui.dialogs import (
    CallDialog,
    LogEntryDialog,
    PasswordDialog,
    ProfileDialog,
    QuestionDialog,
    WelcomeChoice,
    WelcomeDialog,
)
from organizer.gui.dialogs.base import CalmDialog, OptionalDateEdit
from organizer.services import call_notes, cases, log
from organizer.storage.database import Database

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 10, 30)
PROFILE = CaseProfile(
    patient="Margaret Okafor",
    therapy="IV antibiotics",
    payer="Bluestem Health Plan",
    member_id="BHP447201983",
    payer_phone="(800) 555-0142",
    provider_office=Contact("Lakeview Infectious Disease", "(614) 555-0110", "(614) 555-0111"),
    pharmacy=Contact("Northgate Home Infusion", "(614) 555-0160", "(614) 555-0161"),
)
INPUT_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def no_folder_picker(parent: QWidget, caption: str, start: Path) -> Path | None:
    raise AssertionError("no folder chooser was expected here")


DIALOGS: dict[str, Callable[[], CalmDialog]] = {
    "welcome": lambda: WelcomeDialog(pick_folder=no_folder_picker, today=TODAY),
    "profile": lambda: ProfileDialog(PROFILE, today=TODAY),
    "log_entry": lambda: LogEntryDialog(None, today=TODAY, profile=PROFILE),
    "call": lambda: CallDialog(now=NOW, profile=PROFILE),
    "question": lambda: QuestionDialog(today=TODAY, profile=PROFILE),
    "password": lambda: PasswordDialog("Denial letter.pdf"),
}


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def accept(qtbot: QtBot, dialog: CalmDialog) -> None:
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert target is not None
    qtbot.keyClicks(target, text)


# --- every dialog -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_input_has_a_name_for_screen_readers(qtbot: QtBot, name: str) -> None:
    dialog = shown(qtbot, DIALOGS[name]())
    inputs = [w for w in dialog.findChildren(QWidget) if isinstance(w, INPUT_TYPES)]
    assert len(inputs) >= 3
    unnamed = [
        f"{type(w).__name__} {w.objectName() or w.property('text') or ''}"
        for w in inputs
        if not w.accessibleName().strip()
    ]
    assert unnamed == []


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_fits_a_small_screen_at_150_percent(qtbot: QtBot, name: str) -> None:
    """A 1920 x 1080 screen at 150% is 1280 x 720 points; the title bar needs some too."""
    dialog = shown(qtbot, DIALOGS[name]())
    hint = dialog.sizeHint()
    assert hint.width() <= 1280
    assert hint.height() <= 660


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_escape_cancels(qtbot: QtBot, name: str) -> None:
    dialog = shown(qtbot, DIALOGS[name]())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_enter_in_a_one_line_field_accepts(qtbot: QtBot) -> None:
    dialog = shown(qtbot, LogEntryDialog(None, today=TODAY, profile=PROFILE))
    assert isinstance(dialog, LogEntryDialog)
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ctrl_enter_accepts_from_a_text_box(qtbot: QtBot) -> None:
    dialog = shown(qtbot, LogEntryDialog(None, today=TODAY, profile=PROFILE))
    assert isinstance(dialog, LogEntryDialog)
    qtbot.keyClicks(dialog.notes, "first line")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # a new line, not OK
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["notes"] == "first line"


# --- the log entry dialog ----------------------------------------------------------------------


def test_a_new_log_entry_starts_with_the_items_usual_words_and_sender(qtbot: QtBot) -> None:
    dialog = shown(qtbot, LogEntryDialog(None, today=TODAY, profile=PROFILE))
    assert isinstance(dialog, LogEntryDialog)
    first = dialog.values()
    assert (first["item"], first["what"], first["who_submits"], first["status"]) == (
        "prescription",
        "Prescription or therapy order",
        "Lakeview Infectious Disease",
        "requested",
    )

    dialog.item.setCurrentIndex(dialog.item.findData("insurance_card"))
    assert (dialog.what.text(), dialog.who_submits.currentText()) == ("Insurance card copy", "You")

    dialog.what.setText("Front and back of the new card")
    dialog.who_submits.setCurrentText("My daughter")
    dialog.item.setCurrentIndex(dialog.item.findData("prior_authorization"))
    assert dialog.what.text() == "Front and back of the new card"  # typed words are kept
    assert dialog.who_submits.currentText() == "My daughter"
    assert dialog.expects_decision.currentText() == "As usual for this item (yes)"


def test_a_filled_log_entry_is_stored_by_the_log_service(
    qtbot: QtBot, db: Database, case: CaseInfo
) -> None:
    dialog = shown(qtbot, LogEntryDialog(None, today=TODAY, profile=PROFILE))
    assert isinstance(dialog, LogEntryDialog)
    dialog.item.setCurrentIndex(dialog.item.findData("lab_results"))
    dialog.what.clear()
    type_into(qtbot, dialog.what, "CBC and kidney labs from last week")
    type_into(qtbot, dialog.requested_by, "Bluestem Health Plan")
    qtbot.mouseClick(dialog.requested_on.check, Qt.MouseButton.LeftButton)
    dialog.due.set_value(date(2026, 12, 4))
    type_into(qtbot, dialog.submitted_how, "Fax")
    dialog.expects_decision.setCurrentIndex(dialog.expects_decision.findText("No"))
    dialog.wait_days.setValue(10)
    qtbot.keyClicks(dialog.notes, "Ask for the fax confirmation page.")
    accept(qtbot, dialog)

    values = dialog.values()
    assert values == {
        "item": "lab_results",
        "what": "CBC and kidney labs from last week",
        "status": "requested",
        "requested_by": "Bluestem Health Plan",
        "requested_on": TODAY,
        "who_submits": "Lakeview Infectious Disease",
        "due": date(2026, 12, 4),
        "submitted_on": None,
        "submitted_how": "Fax",
        "submitted_to": "",
        "expects_decision": False,
        "decision_wait_days": 10,
        "renewal_days": 30,
        "decision": "",
        "decision_on": None,
        "notes": "Ask for the fax confirmation page.",
    }
    stored = log.create_entry(db, case.id, values.pop("item"), today=TODAY, **values)
    assert (stored.item, stored.what, stored.due, stored.expects_decision) == (
        "lab_results",
        "CBC and kidney labs from last week",
        date(2026, 12, 4),
        False,
    )


def test_editing_an_entry_shows_it_and_dates_a_new_status(
    qtbot: QtBot, db: Database, case: CaseInfo
) -> None:
    entry = log.edit_entry(
        db,
        log.log_entries(db, case.id)[3].id,
        requested_on=date(2026, 11, 20),
        notes="Plan said 5 business days",
        today=TODAY,
    )
    dialog = shown(qtbot, LogEntryDialog(entry, today=TODAY, profile=PROFILE))
    assert isinstance(dialog, LogEntryDialog)
    assert dialog.what.text() == "Prior authorization"
    assert dialog.requested_on.value() == date(2026, 11, 20)
    assert dialog.notes.toPlainText() == "Plan said 5 business days"
    assert dialog.submitted_on.value() is None

    dialog.status.setCurrentIndex(dialog.status.findText("Sent"))
    assert dialog.submitted_on.value() == TODAY  # shown, and can still be changed
    dialog.submitted_on.set_value(date(2026, 11, 25))
    dialog.status.setCurrentIndex(dialog.status.findText("Approved"))
    assert dialog.decision_on.value() == TODAY
    type_into(qtbot, dialog.decision, "Approved through May 31")
    accept(qtbot, dialog)

    stored = log.edit_entry(db, entry.id, today=TODAY, **dialog.values())
    assert (stored.status, stored.submitted_on, stored.decision_on, stored.decision) == (
        "approved",
        date(2026, 11, 25),
        TODAY,
        "Approved through May 31",
    )
    assert stored.requested_on == date(2026, 11, 20)


def test_status_words_are_plain(qtbot: QtBot) -> None:
    dialog = shown(qtbot, LogEntryDialog(None, today=TODAY))
    assert isinstance(dialog, LogEntryDialog)
    words = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert words == ["Requested", "Sent", "Approved", "Denied", "Not needed"]


def visual_order_holds(widgets: list[QWidget], dialog: QWidget) -> list[str]:
    """Each next field is below the previous one, or to its right (the next column)."""
    problems = []
    for before, after in itertools.pairwise(widgets):
        a = before.mapTo(dialog, before.rect().topLeft())
        b = after.mapTo(dialog, after.rect().topLeft())
        if not (b.y() > a.y() or b.x() > a.x()):
            problems.append(f"{before.accessibleName()} -> {after.accessibleName()}")
    return problems


def test_tab_visits_the_log_entry_fields_in_reading_order(qtbot: QtBot) -> None:
    dialog = shown(qtbot, LogEntryDialog(None, today=TODAY, profile=PROFILE))
    assert isinstance(dialog, LogEntryDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.item)
    expected = [w for w in dialog.inputs() if w.isEnabled() and w.isVisible()]
    assert visual_order_holds(expected, dialog) == []

    visited: list[QWidget] = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in expected]
    assert visited == expected
    assert QApplication.focusWidget() in dialog.buttons.buttons()


# --- calls and questions ---------------------------------------------------------------------


def test_a_call_is_quick_to_note_and_can_ask_for_something_new(
    qtbot: QtBot, db: Database, case: CaseInfo
) -> None:
    dialog = shown(qtbot, CallDialog(now=NOW, profile=PROFILE))
    assert isinstance(dialog, CallDialog)
    assert not dialog.request_group.isVisible()
    dialog.organisation.setCurrentText("Bluestem Health Plan")
    assert dialog.phone.text() == "(800) 555-0142"  # from the case details
    type_into(qtbot, dialog.person, "Dana")
    type_into(qtbot, dialog.reference, "REF-2291")
    qtbot.keyClicks(dialog.summary, "They need the latest lab results.")
    qtbot.mouseClick(dialog.follow_up.check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.asked_for_more, Qt.MouseButton.LeftButton)
    assert dialog.request_group.isVisible()
    dialog.item.setCurrentIndex(dialog.item.findData("lab_results"))
    type_into(qtbot, dialog.what, "Labs from the last 30 days")
    accept(qtbot, dialog)

    values = dialog.values()
    called_at = values.pop("called_at")
    new_entry = values.pop("new_entry")
    assert called_at == NOW.astimezone()
    assert values == {
        "organisation": "Bluestem Health Plan",
        "person": "Dana",
        "phone": "(800) 555-0142",
        "reference_number": "REF-2291",
        "summary": "They need the latest lab results.",
        "follow_up_on": TODAY,
    }
    call = call_notes.add_call(db, case.id, called_at, **values)
    item = new_entry.pop("item")
    entry = call_notes.entry_from_call(db, call.id, item, today=TODAY, **new_entry)
    assert (entry.item, entry.what, entry.requested_by, entry.requested_on) == (
        "lab_results",
        "Labs from the last 30 days",
        "Bluestem Health Plan",
        TODAY,
    )
    assert (
        entry.notes == "From the call with Bluestem Health Plan on 2026-11-27 (reference REF-2291)"
    )


def test_a_call_without_a_new_request_gives_none(
    qtbot: QtBot, db: Database, case: CaseInfo
) -> None:
    call = call_notes.add_call(
        db, case.id, NOW.astimezone(), organisation="Northgate", summary="ok"
    )
    dialog = shown(qtbot, CallDialog(call, now=NOW))
    assert isinstance(dialog, CallDialog)
    assert dialog.organisation.currentText() == "Northgate"
    assert dialog.values()["new_entry"] is None
    assert dialog.values()["called_at"] == call.called_at


def test_a_new_question_needs_words_and_goes_to_the_log_service(
    qtbot: QtBot, db: Database, case: CaseInfo
) -> None:
    dialog = shown(qtbot, QuestionDialog(today=TODAY, profile=PROFILE))
    assert isinstance(dialog, QuestionDialog)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.answer.isVisible()
    qtbot.keyClicks(dialog.question, "Is the pump rental covered?")
    dialog.asked_to.setCurrentText("Northgate Home Infusion")
    accept(qtbot, dialog)

    values = dialog.values()
    assert values == {
        "question": "Is the pump rental covered?",
        "asked_to": "Northgate Home Infusion",
    }
    stored = call_notes.add_question(db, case.id, values.pop("question"), **values)
    assert stored.asked_to == "Northgate Home Infusion"


def test_answering_a_question_dates_the_answer(qtbot: QtBot, db: Database, case: CaseInfo) -> None:
    question = call_notes.add_question(db, case.id, "Is the pump covered?", asked_to="Plan")
    dialog = shown(qtbot, QuestionDialog(question, today=TODAY))
    assert isinstance(dialog, QuestionDialog)
    qtbot.keyClicks(dialog.answer, "Yes, under the home infusion benefit.")
    assert dialog.answered_on.value() == TODAY
    accept(qtbot, dialog)

    stored = call_notes.edit_question(db, question.id, **dialog.values())
    assert (stored.answer, stored.answered_on) == ("Yes, under the home infusion benefit.", TODAY)


def test_clearing_an_answer_clears_the_date_it_brought(
    qtbot: QtBot, db: Database, case: CaseInfo
) -> None:
    question = call_notes.add_question(db, case.id, "Who do I fax?")
    dialog = shown(qtbot, QuestionDialog(question, today=TODAY))
    assert isinstance(dialog, QuestionDialog)
    qtbot.keyClicks(dialog.answer, "x")
    dialog.answer.clear()
    assert dialog.values()["answered_on"] is None


# --- password, profile, welcome -------------------------------------------------------------


def test_the_password_is_hidden_explained_and_returned(qtbot: QtBot) -> None:
    dialog = shown(qtbot, PasswordDialog("Denial letter.pdf"))
    assert isinstance(dialog, PasswordDialog)
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "“Denial letter.pdf” needs a password" in texts
    assert "It is not saved anywhere" in texts
    qtbot.keyClicks(dialog.field, "s3cret")
    qtbot.mouseClick(dialog.show_it, Qt.MouseButton.LeftButton)
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password() == "s3cret"
    dialog.forget()
    assert dialog.password() == ""


def test_the_profile_dialog_edits_every_field(qtbot: QtBot, db: Database, case: CaseInfo) -> None:
    dialog = shown(qtbot, ProfileDialog(PROFILE, today=TODAY))
    assert isinstance(dialog, ProfileDialog)
    fields = dialog.fields.texts
    assert fields["provider_office.fax"].text() == "(614) 555-0111"
    assert dialog.fields.start is not None and dialog.fields.start.value() is None
    typed = {
        "group_number": "88120",
        "secondary_payer": "Medicare Part B",
        "secondary_member_id": "5EG4-TE5-MK72",
        "provider_office.contact": "Referral coordinator",
        "pharmacy.contact": "Luis Ortega, RPh",
    }
    for key, text in typed.items():
        type_into(qtbot, fields[key], text)
    fields["patient"].setText("Margaret “Peggy” Okafor")
    qtbot.mouseClick(dialog.fields.start.check, Qt.MouseButton.LeftButton)
    dialog.fields.start.set_value(date(2026, 11, 23))
    assert dialog.fields.plan is not None and dialog.fields.birth is not None
    assert dialog.fields.plan.currentText() == "Not sure (read it from the letters)"
    dialog.fields.plan.setCurrentIndex(dialog.fields.plan.findData("medicare_advantage"))
    qtbot.mouseClick(dialog.fields.birth.check, Qt.MouseButton.LeftButton)
    dialog.fields.birth.set_value(date(1951, 3, 9))
    type_into(qtbot, fields["payer_fax"], "(800) 555-0143")
    accept(qtbot, dialog)

    profile = dialog.profile()
    assert profile.patient == "Margaret “Peggy” Okafor"
    assert profile.therapy_start == date(2026, 11, 23)
    assert (profile.plan_type, profile.patient_dob, profile.payer_fax) == (
        "medicare_advantage",
        date(1951, 3, 9),
        "(800) 555-0143",
    )
    assert (profile.group_number, profile.secondary_payer, profile.secondary_member_id) == (
        "88120",
        "Medicare Part B",
        "5EG4-TE5-MK72",
    )
    assert profile.provider_office == Contact(
        "Lakeview Infectious Disease", "(614) 555-0110", "(614) 555-0111", "Referral coordinator"
    )
    assert profile.pharmacy.contact == "Luis Ortega, RPh"
    assert cases.update_profile(db, case.id, profile).profile == profile


def test_a_date_can_be_unset_again(qtbot: QtBot) -> None:
    start = OptionalDateEdit(date(2026, 11, 1), default=TODAY)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    assert start.value() == date(2026, 11, 1)
    qtbot.mouseClick(start.check, Qt.MouseButton.LeftButton)
    assert start.value() is None
    assert not start.edit.isEnabled()
    assert start.edit.text() == "Not set"
    qtbot.mouseClick(start.check, Qt.MouseButton.LeftButton)
    assert start.value() == TODAY


def test_welcome_suggests_a_new_folder_in_documents(qtbot: QtBot) -> None:
    dialog = shown(qtbot, WelcomeDialog(pick_folder=no_folder_picker, today=TODAY))
    assert isinstance(dialog, WelcomeDialog)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    type_into(qtbot, dialog.fields.texts["patient"], "Margaret Okafor")
    type_into(qtbot, dialog.fields.texts["provider_office.fax"], "(614) 555-0111")
    accept(qtbot, dialog)

    choice = dialog.result_value()
    assert choice == WelcomeChoice(
        folder=Path(documents) / "Home Infusion",
        demo=False,
        new_folder=True,
        profile=CaseProfile(
            patient="Margaret Okafor", provider_office=Contact(fax="(614) 555-0111")
        ),
    )


def test_welcome_uses_a_chosen_existing_folder(qtbot: QtBot, tmp_path: Path) -> None:
    asked: list[tuple[str, Path]] = []

    def pick(parent: QWidget, caption: str, start: Path) -> Path | None:
        asked.append((caption, start))
        return tmp_path / "Insurance papers"

    dialog = shown(qtbot, WelcomeDialog(pick_folder=pick, documents=tmp_path, today=TODAY))
    assert isinstance(dialog, WelcomeDialog)
    dialog.existing_choice.setChecked(True)
    assert not dialog.ok_button.isEnabled()  # no folder chosen yet
    qtbot.mouseClick(dialog.existing_pick, Qt.MouseButton.LeftButton)
    assert asked == [("Choose the folder with the papers", tmp_path)]
    accept(qtbot, dialog)

    choice = dialog.result_value()
    assert (choice.folder, choice.demo, choice.new_folder) == (
        tmp_path / "Insurance papers",
        False,
        False,
    )


def test_welcome_can_move_the_new_folder_elsewhere(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = shown(
        qtbot,
        WelcomeDialog(pick_folder=lambda *_: tmp_path / "Shared", documents=tmp_path, today=TODAY),
    )
    assert isinstance(dialog, WelcomeDialog)
    qtbot.mouseClick(dialog.new_place, Qt.MouseButton.LeftButton)
    accept(qtbot, dialog)
    assert dialog.result_value().folder == tmp_path / "Shared" / "Home Infusion"


def test_welcome_offers_the_demo_without_asking_for_details(qtbot: QtBot) -> None:
    dialog = shown(qtbot, WelcomeDialog(pick_folder=no_folder_picker, today=TODAY))
    assert isinstance(dialog, WelcomeDialog)
    qtbot.mouseClick(dialog.demo_choice, Qt.MouseButton.LeftButton)
    assert not dialog.fields.texts["patient"].isEnabled()
    accept(qtbot, dialog)
    choice = dialog.result_value()
    assert (choice.folder, choice.demo) == (None, True)
