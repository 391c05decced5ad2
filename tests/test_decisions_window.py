"""The window tells the same story as the sheet: a denial leads to an appeal, a late decision
is urgent, and suggestions are grouped by log entry, with letters for another member
flagged and left alone by "Accept all"."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import IndexSettings
from organizer.services import cases, links, log, proposals
from organizer.sheet.data import sheet_data
from organizer.sheet.render import write_sheet_pdf
from organizer.storage.database import Database
from tests.test_decisions import add_letter

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=ZoneInfo("America/New_York"))
PROFILE = CaseProfile(
    patient="Peggy Okafor",
    payer="Kestrel Ridge Health",
    member_id="KRH-5521",
    payer_phone="(555) 010-4477",
    plan_type="commercial",
    provider_office=Contact("Lakeview Infectious Disease"),
)


@pytest.fixture
def decided(db: Database, case_folder: Path) -> CaseInfo:
    """A denied prior authorization, and another sent 20 days ago with no answer yet."""
    case = cases.create_case(db, case_folder, PROFILE)
    entries = {e.item: e.id for e in log.log_entries(db, case.id)}
    denial = add_letter(
        db,
        case.id,
        "Letters/denial.pdf",
        "Denied. Appeal by January 15, 2027.",
        letter_outcome="denied",
        document_date=date(2026, 11, 10),
        reference_number="D2611100001",
        appeal_by=date(2027, 1, 15),
        member_id="KRH-5521",
    )
    pa = entries["prior_authorization"]
    log.set_status(db, pa, "submitted", on=date(2026, 11, 1), today=date(2026, 11, 1))
    links.link_document(db, pa, denial, "decision")
    pump = log.create_entry(
        db, case.id, "prior_authorization", what="Prior authorization: infusion pump"
    )
    log.set_status(db, pump.id, "submitted", on=date(2026, 10, 31), today=date(2026, 10, 31))
    bv = entries["benefits_verification"]
    # A letter for another member, suggested for the log before the profile was filled in.
    other = add_letter(
        db,
        case.id,
        "Downloads/letter for someone else.pdf",
        "Approved.",
        letter_outcome="approved",
        document_date=date(2026, 11, 12),
        member_id="QFH918275503",
    )
    links.link_document(db, bv, other, "related", confirmed=False, confidence=0.7, reason="r")
    return case


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, decided: CaseInfo, runner: TaskRunner
) -> Iterator[MainWindow]:
    controller = CaseController(
        db,
        decided,
        runner,
        watch=False,
        today=lambda: TODAY,
        index_settings=IndexSettings(ocr=False, settle_seconds=0.5),
    )
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    controller.start()
    qtbot.waitUntil(lambda: made.snapshot is not None, timeout=20000)
    yield made
    controller.stop()


def test_the_window_and_the_sheet_agree_and_a_denial_leads_to_an_appeal(
    qtbot: QtBot, db: Database, decided: CaseInfo, window: MainWindow
) -> None:
    sheet = sheet_data(db, decided, today=TODAY, now=NOW)
    shown = [(r.row.what, r.row.when, r.row.reason) for r in window.missing.rows]
    assert shown == [(r.what, r.when, r.reason) for r in sheet.missing]
    reasons = {r.row.reason: r for r in window.missing.rows}
    assert {"denied", "decision_late"} <= set(reasons)
    late = reasons["decision_late"].row
    assert late.urgent
    assert late.what.startswith("The decision on Prior authorization: infusion pump is 5 days late")
    assert "(555) 010-4477" in late.what
    denied = reasons["denied"]
    assert denied.row.when == "appeal by Jan 15, 2027 (56 days left)"
    assert sheet.unreviewed == 1

    qtbot.mouseClick(denied.buttons["Start an appeal"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(e.appeal_of is not None for e in log.log_entries(db, decided.id)),
        timeout=10000,
    )
    qtbot.waitUntil(
        lambda: all(r.row.reason != "denied" for r in window.missing.rows), timeout=10000
    )
    appeal = next(e for e in log.log_entries(db, decided.id) if e.appeal_of is not None)
    assert appeal.due == date(2027, 1, 15)
    assert any(r.row.log_id == appeal.id for r in window.missing.rows)


def test_suggestions_are_grouped_and_other_members_letters_flagged(
    qtbot: QtBot, db: Database, decided: CaseInfo, window: MainWindow
) -> None:
    review = window.review
    assert [label.text() for label in review.group_labels] == ["<b>Benefits check</b>"]
    (row,) = review.rows
    assert row.flag is not None
    assert row.flag.text() == "<b>This letter is for member QFH918275503, not this case.</b>"
    assert proposals.accept_all(db, decided.id) == []  # a person must look first
    assert len(proposals.open_proposals(db, decided.id)) == 1


def test_the_window_computes_as_of_organizer_today(
    db: Database, decided: CaseInfo, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORGANIZER_TODAY", "2027-01-20")
    controller = CaseController(db, decided, runner, watch=False)
    assert controller.today() == date(2027, 1, 20)
    monkeypatch.setenv("ORGANIZER_TODAY", "not a date")  # never fails: the real day instead
    assert controller.today() == date.today()


def test_the_sheet_wraps_long_rows_and_never_cuts_a_reference(
    qapp: QApplication, db: Database, decided: CaseInfo, tmp_path: Path
) -> None:
    data = sheet_data(db, decided, today=TODAY, now=NOW)
    pdf = tmp_path / "sheet.pdf"
    layout = write_sheet_pdf(data, pdf, "letter")
    assert min(layout.font_sizes) >= 8
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True)
    text = out.stdout.decode("utf-8")
    assert "…" not in text  # the page has room: every line wraps instead
    words = " ".join(text.split())
    assert "Latest prior authorization decision: Denied on Nov 10, reference D2611100001" in words
    assert "(555) 010-4477" in words and "appeal by Jan 15, 2027" in words
    assert "1 letter is waiting for review in the organizer." in words
