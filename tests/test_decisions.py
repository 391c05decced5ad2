"""Decisions close the loop: the scenarios walked through the service, the export, the
command line and the status sheet, as of fixed days (``--today``).

The letters are document rows with the facts the reader takes from them (outcome, date,
reference number, appeal deadline) and their text, in a real SQLite database.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from organizer.cli.main import main
from organizer.core.profile import PLAN_TYPE_WORDS, CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.core.timeline import plan_clock, review_clocks
from organizer.core.understand.letters import ApprovedPeriod, approved_period
from organizer.services import cases, decisions, export, links, log, proposals
from organizer.sheet.data import decision_lines, sheet_data
from organizer.storage.database import Database
from organizer.storage.models import Document, DocumentText

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
PROFILE = CaseProfile(
    patient="Peggy Okafor",
    therapy="Ceftriaxone 2 g IV daily",
    payer="Kestrel Ridge Health",
    member_id="KRH-5521",
    payer_phone="(555) 010-4477",
    plan_type="medicare_advantage",
    provider_office=Contact("Lakeview Infectious Disease", "(555) 010-0110", "(555) 010-0111"),
)
APPROVAL_TEXT = (
    "Kestrel Ridge Health. Member KRH-5521. Your request for home infusion of ceftriaxone "
    "is approved from December 1, 2026 through May 31, 2027 for 26 visits. "
    "Authorization number A2611170042."
)


def add_letter(db: Database, case_id: int, path: str, text: str, **facts: Any) -> int:
    with db.session() as session:
        doc = Document(
            case_id=case_id,
            path=path,
            status="indexed",
            kind="letter",
            first_seen_at=NOW,
            fulfills=json.dumps(facts.pop("fulfills", [])),
            **facts,
        )
        session.add(doc)
        session.flush()
        session.add(DocumentText(document_id=doc.id, text=text))
        return doc.id


@pytest.fixture
def made(db: Database, case_folder: Path) -> CaseInfo:
    return cases.create_case(db, case_folder, PROFILE)


def pa_entry(db: Database, case: CaseInfo) -> int:
    return next(e.id for e in log.log_entries(db, case.id) if e.item == "prior_authorization")


def rows_for(db: Database, case: CaseInfo, entry_id: int, today: date) -> list[Any]:
    return [r for r in log.missing_list(db, case.id, today) if r.log_id == entry_id]


def test_request_sent_approval_then_renewal(
    db: Database,
    db_address: str,
    made: CaseInfo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ORGANIZER_TODAY", raising=False)  # restored after the test
    pa = pa_entry(db, made)
    (row,) = rows_for(db, made, pa, date(2026, 11, 1))
    assert (row.reason, row.has_copy) == ("no_document", False)
    log.edit_entry(db, pa, submitted_to="Kestrel Ridge")
    log.set_status(db, pa, "submitted", on=date(2026, 11, 11), today=date(2026, 11, 11))
    (row,) = rows_for(db, made, pa, date(2026, 11, 14))
    assert (row.reason, row.severity, row.who) == ("awaiting_decision", "waiting", "Kestrel Ridge")
    assert row.what == "Waiting for Kestrel Ridge's decision on Prior authorization"
    assert row.when == (
        "sent Nov 11, expected by Nov 18 "
        "(the standard review time for Medicare Advantage is 7 days)"
    )
    waiting = sheet_data(db, made, today=date(2026, 11, 14), now=NOW)
    assert decision_lines(waiting)[0] == f"Prior authorization: {row.when}; no decision yet."

    letter = add_letter(
        db,
        made.id,
        "Letters/approval.pdf",
        APPROVAL_TEXT,
        letter_outcome="approved",
        document_date=date(2026, 11, 17),
        reference_number="A2611170042",
        fulfills=["prior_authorization"],
    )
    entry = links.link_document(db, pa, letter, "decision")
    assert (entry.status, entry.decision_on, entry.decision_reference) == (
        "approved",
        date(2026, 11, 17),
        "A2611170042",
    )
    assert entry.decision == "Approved on Nov 17, 2026, reference A2611170042"
    assert (entry.approved_from, entry.approved_through, entry.approved_quantity) == (
        date(2026, 12, 1),
        date(2027, 5, 31),
        "26 visits",
    )
    assert rows_for(db, made, pa, date(2026, 11, 20)) == []
    # Saving the entry's dialog with other changes leaves the decision the letter's.
    edited = log.edit_entry(db, pa, notes="Called to thank them", decision=entry.decision)
    assert edited.decision_source == "letter"

    data = sheet_data(db, made, today=date(2026, 11, 20), now=NOW)
    headline, details = decision_lines(data)
    assert headline == (
        "Latest prior authorization decision: Approved on Nov 17, reference A2611170042"
    )
    assert "Covers: Dec 1 to May 31, 2027, 26 visits" in details
    assert all(r.log_id != pa for r in data.missing)  # the sheet tells the same story

    # Thirty days before the approval ends, the renewal comes up: as of any day asked for.
    assert rows_for(db, made, pa, date(2027, 4, 30)) == []
    (renewal,) = rows_for(db, made, pa, date(2027, 5, 2))
    assert renewal.reason == "renewal_due"
    assert renewal.what == (
        "Renewal of Prior authorization: ask Lakeview Infectious Disease to send the "
        "re-authorization"
    )
    exported = export.export_case(db, made.id, today=date(2027, 5, 2), now=NOW)
    (saved,) = [e for e in exported["log"] if e["id"] == pa]
    assert (saved["renewal_on"], saved["approved_quantity"]) == ("2027-05-01", "26 visits")
    code = main(["--db", db_address, "--today", "2027-05-02", "missing", "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [(r["reason"], r["has_copy"]) for r in listed if r["log_id"] == pa] == [
        ("renewal_due", True)
    ]


def test_denial_then_appeal_then_approval(db: Database, made: CaseInfo) -> None:
    pa = pa_entry(db, made)
    log.set_status(db, pa, "submitted", on=date(2026, 10, 20), today=date(2026, 10, 20))
    denial = add_letter(
        db,
        made.id,
        "Letters/denial.pdf",
        "Your request is denied. You may appeal by April 28, 2027. Reference D2610300001.",
        letter_outcome="denied",
        document_date=date(2026, 10, 30),
        reference_number="D2610300001",
        appeal_by=date(2027, 4, 28),
    )
    links.link_document(db, pa, denial, "decision", confirmed=False, confidence=0.9, reason="r")
    (suggestion,) = proposals.open_proposals(db, made.id)
    accepted = proposals.accept(db, suggestion.link_id)
    entry = log.get_entry(db, pa)
    assert (entry.status, entry.decision_on, entry.appeal_by) == (
        "denied",
        date(2026, 10, 30),
        date(2027, 4, 28),
    )
    (row,) = rows_for(db, made, pa, date(2026, 11, 20))
    assert (row.reason, row.severity, row.due) == ("denied", "urgent", date(2027, 4, 28))
    assert row.when == "appeal by Apr 28, 2027 (159 days left)"
    assert row.actions == ("start_appeal", "not_appealing")

    # Undo puts the entry back exactly as it was.
    proposals.undo_accept(db, [accepted])
    entry = log.get_entry(db, pa)
    assert (entry.status, entry.decision_on, entry.decision, entry.appeal_by) == (
        "submitted",
        None,
        "",
        None,
    )
    proposals.accept(db, suggestion.link_id)

    appeal = decisions.start_appeal(db, pa, today=date(2026, 11, 20))
    assert (appeal.appeal_of, appeal.due, appeal.item) == (
        pa,
        date(2027, 4, 28),
        "prior_authorization",
    )
    rows = log.missing_list(db, made.id, date(2026, 11, 20))
    assert all(r.log_id != pa for r in rows)
    (appeal_row,) = [r for r in rows if r.log_id == appeal.id]
    assert appeal_row.reason == "no_document"

    log.set_status(db, appeal.id, "submitted", on=date(2026, 11, 25), today=date(2026, 11, 25))
    approval = add_letter(
        db,
        made.id,
        "Letters/appeal approved.pdf",
        APPROVAL_TEXT,
        letter_outcome="approved",
        document_date=date(2026, 12, 10),
        reference_number="A2612100007",
        fulfills=["prior_authorization"],
    )
    links.link_document(db, appeal.id, approval, "decision")
    # A later decision replaces an earlier one on the original request too.
    entry = links.link_document(db, pa, approval, "decision")
    assert (entry.status, entry.decision_reference) == ("approved", "A2612100007")
    later = log.missing_list(db, made.id, date(2026, 12, 11))
    assert [r for r in later if r.item == "prior_authorization"] == []
    data = sheet_data(db, made, today=date(2026, 12, 11), now=NOW)
    assert decision_lines(data)[0] == (
        "Latest prior authorization decision: Approved on Dec 10, reference A2612100007"
    )


def test_not_appealing_closes_the_denial(db: Database, made: CaseInfo) -> None:
    pa = pa_entry(db, made)
    log.set_status(db, pa, "denied", on=date(2026, 11, 2), today=date(2026, 11, 2))
    (row,) = rows_for(db, made, pa, date(2026, 11, 20))
    assert row.when == "check the letter for the appeal deadline"
    decisions.not_appealing(db, pa)
    assert rows_for(db, made, pa, date(2026, 11, 20)) == []


def test_a_late_decision_is_urgent_and_says_whom_to_call(db: Database, made: CaseInfo) -> None:
    pa = pa_entry(db, made)
    log.set_status(db, pa, "submitted", on=date(2026, 11, 1), today=date(2026, 11, 1))
    (row,) = rows_for(db, made, pa, date(2026, 11, 12))
    assert (row.reason, row.severity, row.due) == ("decision_late", "urgent", date(2026, 11, 8))
    assert row.what == (
        "The decision on Prior authorization is 4 days late: call Kestrel Ridge Health at "
        "(555) 010-4477 and ask for the status, and whether an expedited review applies"
    )
    exported = export.export_case(db, made.id, today=date(2026, 11, 12), now=NOW)
    (saved,) = [e for e in exported["log"] if e["id"] == pa]
    assert (saved["decision_expected_by"], saved["decision_expected_source"]) == (
        "2026-11-08",
        "plan_clock",
    )
    # What the case's letters say comes first: "we will make a decision within 14 days".
    add_letter(
        db,
        made.id,
        "Letters/received.pdf",
        "We received your request. We will make a decision within 14 calendar days.",
        letter_outcome="informational",
        document_date=date(2026, 11, 2),
    )
    (row,) = rows_for(db, made, pa, date(2026, 11, 12))
    assert row.reason == "awaiting_decision"
    assert "expected by Nov 15 (the plan's letter says it decides within 14 days)" in row.when
    # With no plan type and no letter, the row says no clock is known rather than guess.
    cases.update_profile(db, made.id, CaseProfile(payer="Kestrel Ridge Health"))
    with db.session() as session:
        session.query(DocumentText).delete()
    (row,) = rows_for(db, made, pa, date(2026, 11, 12))
    assert row.reason == "awaiting_decision"
    assert "no standard review time is known for this plan" in row.when


def test_what_the_user_set_wins_over_an_older_letter(db: Database, made: CaseInfo) -> None:
    pa = pa_entry(db, made)
    log.set_status(db, pa, "approved", on=date(2026, 11, 19), today=date(2026, 11, 19))
    denial = add_letter(
        db,
        made.id,
        "Letters/old denial.pdf",
        "Denied.",
        letter_outcome="denied",
        document_date=date(2026, 11, 1),
    )
    entry = links.link_document(db, pa, denial, "decision")
    assert (entry.status, entry.decision_on, entry.decision_source) == (
        "approved",
        date(2026, 11, 19),
        "user",
    )


def test_a_malformed_today_is_refused_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--today", "2026-13-01", "missing"])
    assert stopped.value.code == 2
    assert "'2026-13-01' is not a date written as YYYY-MM-DD" in capsys.readouterr().err


def test_a_receipt_suggests_marking_the_request_as_sent(db: Database, made: CaseInfo) -> None:
    pa = pa_entry(db, made)
    receipt = add_letter(
        db,
        made.id,
        "Letters/we received.pdf",
        "Kestrel Ridge Health. We have received your prior authorization request by fax.",
        letter_outcome="informational",
        document_date=date(2026, 11, 6),
    )
    links.link_document(db, pa, receipt, "related", confirmed=False, confidence=0.8, reason="r")
    (suggestion,) = proposals.open_proposals(db, made.id)
    accepted = proposals.accept(db, suggestion.link_id)
    entry = log.get_entry(db, pa)
    assert (entry.status, entry.submitted_on, entry.submitted_how, entry.submitted_to) == (
        "submitted",
        date(2026, 11, 6),
        "fax",
        "Kestrel Ridge Health",
    )
    proposals.undo_accept(db, [accepted])
    entry = log.get_entry(db, pa)
    assert (entry.status, entry.submitted_on, entry.submitted_how) == ("requested", None, "")


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        # The day the receipt says the papers went, not the day it was written.
        (
            "Bluestem Health Plan. We received the clinical notes and lab results your doctor "
            "sent on December 1, 2026 for the prior authorization request.",
            date(2026, 12, 1),
        ),
        (
            "Recibimos por fax los documentos que su médico envió el 28 de noviembre de 2026.",
            date(2026, 11, 28),
        ),
        # No day stated, or one after the letter or months before it: the letter's own day.
        ("We have received your prior authorization request by fax.", date(2026, 12, 2)),
        ("We received your request by fax. It was sent on December 9, 2026.", date(2026, 12, 2)),
        ("We received your request by fax, sent on March 1, 2026.", date(2026, 12, 2)),
    ],
)
def test_a_receipt_dates_the_sending_by_what_it_says(
    db: Database, made: CaseInfo, text: str, sent: date
) -> None:
    pa = pa_entry(db, made)
    receipt = add_letter(
        db,
        made.id,
        "Letters/we received.pdf",
        text,
        letter_outcome="informational",
        document_date=date(2026, 12, 2),
    )
    links.link_document(db, pa, receipt, "related", confirmed=False, confidence=0.8, reason="r")
    (suggestion,) = proposals.open_proposals(db, made.id)
    proposals.accept(db, suggestion.link_id)
    assert log.get_entry(db, pa).submitted_on == sent


@pytest.mark.parametrize(
    ("text", "start", "end", "quantity"),
    [
        (APPROVAL_TEXT, date(2026, 12, 1), date(2027, 5, 31), "26 visits"),
        (
            "Status APPROVED. Valid 03/14/2025 to 03/13/2026.",
            date(2025, 3, 14),
            date(2026, 3, 13),
            "",
        ),
        (
            "Service Code Quantity Valid from Valid through\nImmune globulin J1559 "
            "5,200 units (100 mg) 03/14/2025 03/13/2026",
            date(2025, 3, 14),
            date(2026, 3, 13),
            "5,200 units (100 mg)",
        ),
        ("Your request was approved.", None, None, ""),
    ],
)
def test_the_approved_period_and_quantity_are_read_as_the_letter_states_them(
    text: str, start: date | None, end: date | None, quantity: str
) -> None:
    assert approved_period(text) == ApprovedPeriod(start, end, quantity)


def test_every_review_clock_names_its_public_source() -> None:
    clocks = review_clocks()
    assert set(clocks) <= set(PLAN_TYPE_WORDS)
    assert clocks["medicare_advantage"].standard_days == 7
    assert clocks["medicare_part_d"].expedited_hours == 24
    assert clocks["commercial"].standard_days == 15
    for clock in clocks.values():
        assert "CFR" in clock.source and len(clock.source) > 60
    # The 2026 rule's clock applies to requests sent from 2026 on; before, none is assumed.
    assert plan_clock("medicare_advantage", date(2025, 12, 31)) is None
    assert "original_medicare" not in clocks  # no clock invented where none is known


def test_one_suggested_decision_per_entry_the_latest_the_others_related(
    db: Database, made: CaseInfo
) -> None:
    pa = pa_entry(db, made)
    denial = add_letter(
        db, made.id, "a/denial.pdf", "Denied.", letter_outcome="denied",
        document_date=date(2026, 10, 1),
    )  # fmt: skip
    scan = add_letter(
        db, made.id, "a/scan.pdf", "APPROVED 93/4025 O3/13/2O26", letter_outcome="approved",
        document_date=date(2026, 11, 17), text_source="ocr",
    )  # fmt: skip
    letter = add_letter(
        db, made.id, "a/approval.pdf", APPROVAL_TEXT, letter_outcome="approved",
        document_date=date(2026, 11, 17), text_source="text",
    )  # fmt: skip
    for doc in (denial, scan, letter):
        links.link_document(db, pa, doc, "decision", confirmed=False, confidence=0.9, reason="r")
    assert proposals.one_decision_per_entry(db, made.id) == 2
    roles = {p.document_id: p.role for p in proposals.open_proposals(db, made.id)}
    assert roles == {denial: "related", scan: "related", letter: "decision"}
    proposals.accept_all(db, made.id)
    entry = log.get_entry(db, pa)
    assert (entry.status, entry.approved_through) == ("approved", date(2027, 5, 31))
