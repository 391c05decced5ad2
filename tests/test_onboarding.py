"""Onboarding: a case made from a folder is invited, calmly, to get its details, with what
its documents already say pre-filled as suggestions to check (issue 14)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from organizer.core.paths import resource
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.gui.dialogs.profile import ProfileDialog
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import cases
from organizer.services.case_identity import (
    DocumentIdentity,
    read_identity,
    suggest_profile,
    vote,
)
from organizer.services.understanding import case_identity
from organizer.storage.database import Database
from tests.test_window import make_window

PLAN_LETTER = """Bluestem Health Plan
Utilization Management Department
PO Box 7720, Prairie City, IA 50999
Member Services (800) 555-0142  (TTY 711)
November 18, 2026
MARGARET OKAFOR
Member name
Margaret Okafor
Member ID
BHP447201983
"""
PHARMACY_LETTER = """Northgate Home Infusion
Home and Specialty Infusion Pharmacy
Phone (614) 555-0160 (24 hours)   Fax (614) 555-0161
Benefits Verification Summary
Patient
Margaret Okafor (DOB 03/02/1961)
"""
OFFICE_LETTER = """Lakeview Infectious Disease Associates
Fax (614) 555-0111   Phone (614) 555-0110
Patient name: Margaret Okafor, DOB 03/02/1961
"""


def test_reading_one_document_takes_its_letterhead_only_from_a_known_sender() -> None:
    # The person a document is about comes from the reader (its stored facts).
    patient = ("Margaret Okafor",)
    plan = read_identity(PLAN_LETTER, "payer", "BHP447201983", patient)
    assert plan == DocumentIdentity(
        patient="Margaret Okafor",
        member_id="BHP447201983",
        plan="Bluestem Health Plan",
        plan_phone="(800) 555-0142",
    )
    pharmacy = read_identity(PHARMACY_LETTER, "pharmacy", None)
    assert (pharmacy.pharmacy, pharmacy.pharmacy_phone) == (
        "Northgate Home Infusion",
        "(614) 555-0160",  # the phone, not the fax
    )
    office = read_identity(OFFICE_LETTER, "provider", None, patient)
    assert (office.provider, office.provider_phone, office.patient) == (
        "Lakeview Infectious Disease Associates",
        "(614) 555-0110",
        "Margaret Okafor",
    )
    unknown = read_identity(PLAN_LETTER, "other", None, patient)
    assert (unknown.plan, unknown.patient) == ("", "Margaret Okafor")
    assert read_identity("Member Services: (800) 555-0142\nMember ID\nX1", None, None).patient == ""


def test_most_documents_agreeing_wins_and_capitals_give_way() -> None:
    said = [
        DocumentIdentity(patient="John Smith", member_id="ZZ1"),  # the newest
        DocumentIdentity(patient="MARGARET OKAFOR", member_id="BHP447201983"),
        DocumentIdentity(patient="Margaret Okafor", member_id="BHP447201983"),
        DocumentIdentity(patient="Margaret  Okafor"),
        DocumentIdentity(plan="Bluestem Health Plan"),
    ]
    result = vote(said)
    patient = result.values["patient"]
    assert (patient.value, patient.agreeing, patient.saying) == ("Margaret Okafor", 3, 4)
    assert result.values["member_id"].value == "BHP447201983"
    assert result.values["payer"].value == "Bluestem Health Plan"
    assert "pharmacy.name" not in result.values
    # A tie goes to the newest document.
    assert (
        vote([DocumentIdentity(plan="A Plan"), DocumentIdentity(plan="B Plan")])
        .values["payer"]
        .value
        == "A Plan"
    )
    assert not vote([])


def test_suggestions_never_replace_what_the_person_typed() -> None:
    result = vote([DocumentIdentity(patient="Margaret Okafor", pharmacy="Northgate", plan="BHP")])
    typed = CaseProfile(patient="Peggy Okafor", pharmacy=Contact(phone="555"))
    assert set(result.for_empty_fields(typed)) == {"payer", "pharmacy.name"}
    filled = result.apply_to(typed)
    assert filled.patient == "Peggy Okafor"
    assert (filled.payer, filled.pharmacy.name, filled.pharmacy.phone) == (
        "BHP",
        "Northgate",
        "555",
    )
    assert typed.pharmacy.name == ""  # the original is left as it was


@pytest.fixture
def demo_case(db: Database, case_folder: Path) -> CaseInfo:
    """The demo's real letters in a case made from the folder: no details at all."""
    shutil.rmtree(case_folder)
    shutil.copytree(resource("demo", "case"), case_folder)
    case = cases.create_case(db, case_folder)
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    return case


def test_the_demo_letters_suggest_the_demo_profile(db: Database, demo_case: CaseInfo) -> None:
    demo = CaseProfile.from_dict(json.loads(resource("demo", "profile.json").read_text()))
    suggestion = suggest_profile(db, demo_case.id)
    got = {k: s.value for k, s in suggestion.values.items()}
    assert got["patient"] == "Margaret Okafor"
    # One reader of whose case it is: the suggestion is the case identity the reading uses
    # (in the form most letters print, not the capitals of an address block).
    assert got["patient"].casefold() == case_identity(db, demo_case.id).patient.casefold()
    patient = suggestion.values["patient"]
    assert 2 <= patient.agreeing <= patient.saying
    assert got["member_id"] == demo.member_id
    assert got["payer"] == demo.payer
    assert got["payer_phone"] == demo.payer_phone
    assert got["provider_office.name"] == demo.provider_office.name
    assert got["provider_office.phone"] == demo.provider_office.phone
    assert got["pharmacy.name"] == demo.pharmacy.name
    assert got["pharmacy.phone"] == demo.pharmacy.phone


@pytest.fixture
def window(
    qtbot: QtBot,
    db: Database,
    demo_case: CaseInfo,
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, demo_case, runner, watch=False)
    yield made
    made.controller.stop()


def test_the_window_invites_details_prefilled_from_the_letters(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    invite = window.invite
    qtbot.waitUntil(lambda: invite.isVisible() and invite.suggestion is not None, timeout=10000)
    assert "Margaret Okafor" in invite.text.text()
    assert "BHP447201983" in invite.text.text()

    seen: list[ProfileDialog] = []

    def accept(dialog: ProfileDialog) -> int:  # our own dialog, accepted as is
        seen.append(dialog)
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", accept)
    qtbot.mouseClick(invite.fill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    texts = seen[0].fields.texts
    assert texts["patient"].text() == "Margaret Okafor"
    assert texts["patient"].property("suggested") is True
    assert "documents say this" in texts["patient"].toolTip()
    assert texts["pharmacy.name"].text() == "Northgate Home Infusion"
    assert seen[0].note.isVisibleTo(seen[0])
    qtbot.waitUntil(lambda: not invite.isVisible(), timeout=10000)
    case = cases.find_case(db, Path(window.case.folder))
    assert case is not None
    assert case.profile.patient == "Margaret Okafor"
    assert case.profile.member_id == "BHP447201983"
    qtbot.waitUntil(lambda: "Margaret Okafor" in window.header.text(), timeout=10000)


def test_not_now_hides_the_invitation(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.invite.isVisible, timeout=10000)
    qtbot.mouseClick(window.invite.later_button, Qt.MouseButton.LeftButton)
    assert not window.invite.isVisible()
    with qtbot.waitSignal(window.controller.snapshot_ready, timeout=10000):
        window.controller.refresh()
    assert not window.invite.isVisible()
