"""Understanding documents in the pipeline: fields stored, proposals made, the user's word kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from organizer.cli.main import main
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import documents, log, proposals, understanding
from organizer.storage.database import Database
from organizer.storage.models import Activity, Document, LogDocumentLink, LogEntry
from tests import factories

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

REQUEST = """Bluestem Health Plan
Utilization Management
November 14, 2026
Member ID: BHP447201983
Case number: BHP-PA-2611-0457
We need more information to review your request for home infusion therapy.
Please send the following:
1. Recent clinical notes
2. Lab results (ESR and CRP)
Please send by November 24, 2026.
"""
REMINDER = REQUEST.replace("November 14, 2026", "November 21, 2026").replace(
    "We need more information", "Second request: we still need more information"
)
APPROVAL = """Bluestem Health Plan
November 19, 2026
Member ID: BHP447201983
Authorization number: A26111904521
Your prior authorization request for home infusion therapy has been approved.
"""
SCHOOL = """Maple Ridge Elementary School
October 2, 2026
Dear parents, the field trip to the science museum is on Friday. Please sign the slip.
"""


@pytest.fixture
def indexer(db: Database, case: CaseInfo) -> Iterator[Indexer]:
    made = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    yield made
    made.close()


def write(folder: Path, name: str, text: str) -> None:
    factories.write_text_pdf(folder / name, [text])


def by_path(db: Database, case: CaseInfo) -> dict[str, documents.DocumentInfo]:
    return {d.path: d for d in documents.list_documents(db, case.id)}


def test_indexing_classifies_and_reads_details(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    write(case_folder, "request.pdf", REQUEST)
    write(case_folder, "school.pdf", SCHOOL)
    indexer.run_once()
    docs = by_path(db, case)
    request = docs["request.pdf"]
    assert (request.kind, request.letter_outcome, request.sender) == (
        "letter",
        "info_requested",
        "payer",
    )
    assert request.document_date == date(2026, 11, 14)
    assert request.due_date == date(2026, 11, 24)
    assert request.reference_number == "BHP-PA-2611-0457"
    assert set(request.requested_items) == {"clinical_notes", "lab_results"}
    assert request.reasons  # it explains itself
    assert docs["school.pdf"].kind == "other"


def test_request_proposes_entries_once_and_a_reminder_adds_none(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    write(case_folder, "request.pdf", REQUEST)
    indexer.run_once()
    proposed = [e for e in log.log_entries(db, case.id) if e.status == "proposed"]
    assert {e.item for e in proposed} == {"clinical_notes", "lab_results"}
    assert all(e.due == date(2026, 11, 24) for e in proposed)
    missing = log.missing_list(db, case.id, date(2026, 11, 20))
    assert {r.item for r in missing if r.proposed} == {"clinical_notes", "lab_results"}
    write(case_folder, "reminder.pdf", REMINDER)
    indexer.run_once()
    entries = log.log_entries(db, case.id)
    assert sum(1 for e in entries if e.item == "lab_results") == 1
    lab = next(e for e in entries if e.item == "lab_results")
    assert {link.path for link in lab.links} == {"request.pdf", "reminder.pdf"}


def test_accept_dismiss_and_undo(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    write(case_folder, "request.pdf", REQUEST)
    write(case_folder, "approval.pdf", APPROVAL)
    indexer.run_once()
    waiting = proposals.open_proposals(db, case.id)
    decision = next(p for p in waiting if p.path == "approval.pdf")
    assert decision.role == "decision" and decision.entry_item == "prior_authorization"
    assert decision.reason and decision.confidence

    labs = next(p for p in waiting if p.entry_item == "lab_results")
    proposals.dismiss(db, labs.link_id)
    assert all(e.item != "lab_results" for e in log.log_entries(db, case.id))
    # Re-reading the same document never brings a dismissed proposal back.
    with db.session() as session:
        session.execute(update(Document).values(understood=False))
    indexer.understand_new()
    assert all(e.item != "lab_results" for e in log.log_entries(db, case.id))

    done = proposals.accept_all(db, case.id)
    assert proposals.open_proposals(db, case.id) == []
    notes = next(e for e in log.log_entries(db, case.id) if e.item == "clinical_notes")
    assert notes.status == "requested"
    proposals.undo_accept(db, done)
    notes = next(e for e in log.log_entries(db, case.id) if e.item == "clinical_notes")
    assert notes.status == "proposed"
    assert len(proposals.open_proposals(db, case.id)) == len(done)


def test_users_kind_survives_reindexing_and_teaches_the_model(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer, tmp_path: Path
) -> None:
    write(case_folder, "school.pdf", SCHOOL)
    indexer.run_once()
    doc = by_path(db, case)["school.pdf"]
    understanding.correct_kind(db, doc.id, "clinical", tmp_path)
    assert by_path(db, case)["school.pdf"].kind_source == "user"
    assert (tmp_path / understanding.MODEL_FILE).exists()
    with db.session() as session:
        session.execute(update(Document).values(understood=False))
    indexer.understand_new()
    again = by_path(db, case)["school.pdf"]
    assert (again.kind, again.kind_source) == ("clinical", "user")


def test_broken_rules_override_is_reported_and_ignored(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "understanding.json").write_text("{ not json", encoding="utf-8")
    loaded = understanding.Understander.load(tmp_path)
    assert loaded.warnings and "not valid JSON" in loaded.warnings[0]


def test_proposals_command_lists_and_accepts(
    tmp_path: Path, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(case_folder, "request.pdf", REQUEST)
    db_url = f"sqlite:///{tmp_path}/p.sqlite3"
    assert main(["index", str(case_folder), "--no-ocr", "--db", db_url]) == 0
    capsys.readouterr()
    assert main(["proposals", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "request.pdf" in out and "why:" in out
    assert main(["proposals", "--db", db_url, "--accept-all"]) == 0
    assert "Accepted" in capsys.readouterr().out
    assert main(["proposals", "--db", db_url]) == 0
    assert "Nothing is waiting" in capsys.readouterr().out


LAB_REPORT = """Riverside Clinical Laboratory
Laboratory Report
Reported: 11/07/2026
Accession: L26-311-0442
Test  Result  Reference range
ESR  78 mm/h  0-30
C-reactive protein  46.2 mg/L  <5.0
"""


def test_a_request_added_later_gets_the_document_already_there(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer, tmp_path: Path
) -> None:
    write(case_folder, "labs.pdf", LAB_REPORT)
    indexer.run_once()
    assert not any(
        p.path == "labs.pdf" and p.entry_item == "lab_results"
        for p in proposals.open_proposals(db, case.id)
    )
    log.create_entry(
        db,
        case.id,
        "lab_results",
        what="ESR and CRP results",
        requested_on=date(2026, 11, 14),
        today=date(2026, 11, 14),
    )
    understanding.repropose(db, case.id, tmp_path)
    waiting = proposals.open_proposals(db, case.id)
    assert any(p.path == "labs.pdf" and p.entry_item == "lab_results" for p in waiting)


def test_an_empty_profile_learns_whose_case_it_is_and_flags_another_persons_letter(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    from organizer.services.understanding import case_identity

    approval = APPROVAL.replace(
        "Member ID: BHP447201983", "Member: Ada K. Lindqvist\nID #: BHP447201983"
    )
    write(
        case_folder,
        "request.pdf",
        REQUEST.replace("Member ID:", "Patient: Ada K. Lindqvist\nMember ID:"),
    )
    write(case_folder, "approval.pdf", approval)
    stranger = APPROVAL.replace(
        "Member ID: BHP447201983", "Member: Bruno T. Falk\nMember ID: BHP990017265"
    )
    write(case_folder, "someone else.pdf", stranger)
    indexer.run_once()
    identity = case_identity(db, case.id)
    assert identity.patient == "Ada K. Lindqvist"
    assert identity.member_ids == ("BHP447201983",)
    docs = by_path(db, case)
    assert docs["approval.pdf"].letter_outcome == "approved"
    other = docs["someone else.pdf"]
    assert other.other_person and "Bruno T. Falk" in other.other_person
    assert other.letter_outcome == "informational"  # it decides nothing for this case
    assert "prior_authorization" not in other.fulfills


def test_accept_all_leaves_what_the_reading_was_not_sure_of(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    doubtful = REQUEST.replace(
        "Case number: BHP-PA-2611-0457",
        "Case number: BHP-PA-2611-0457\nCase number: BHP-PA-2611-0999",
    )
    write(case_folder, "request.pdf", doubtful)
    indexer.run_once()
    request = by_path(db, case)["request.pdf"]
    assert request.reference_number is None
    assert dict(request.unsure)["reference_number"] == ("BHP-PA-2611-0457", "BHP-PA-2611-0999")
    waiting = proposals.open_proposals(db, case.id)
    assert waiting  # still proposed, for a person to check
    assert proposals.accept_all(db, case.id) == []
    assert len(proposals.open_proposals(db, case.id)) == len(waiting)


def test_looking_again_keeps_each_link_once_and_the_users_confirmation(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer, tmp_path: Path
) -> None:
    # Proposals made again over documents already linked (the batch's links read once)
    # find those links: no second row, a confirmed one stays confirmed, nothing new noted.
    write(case_folder, "request.pdf", REQUEST)
    write(case_folder, "reminder.pdf", REMINDER)
    indexer.run_once()
    before = _link_rows(db, case)
    assert before, "the letters were proposed for the log"
    accepted = proposals.accept(db, next(iter(before.values()))[0])
    activity_before = _activity_count(db, case)
    understanding.repropose(db, case.id, tmp_path)
    after = _link_rows(db, case)
    assert set(after) == set(before)
    assert after[_accepted_key(after, accepted.link_id)][1] is True
    assert _activity_count(db, case) == activity_before


def _link_rows(db: Database, case: CaseInfo) -> dict[tuple[int, str, str], tuple[int, bool]]:
    with db.session() as session:
        rows = session.execute(
            select(LogDocumentLink, Document.path)
            .join(LogEntry, LogEntry.id == LogDocumentLink.log_id)
            .join(Document, Document.id == LogDocumentLink.document_id)
            .where(LogEntry.case_id == case.id)
        )
        return {(link.log_id, path, link.role): (link.id, link.confirmed) for link, path in rows}


def _accepted_key(
    rows: dict[tuple[int, str, str], tuple[int, bool]], link_id: int
) -> tuple[int, str, str]:
    return next(key for key, (row_id, _) in rows.items() if row_id == link_id)


def _activity_count(db: Database, case: CaseInfo) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).where(Activity.case_id == case.id)) or 0


DENIAL = """Bluestem Health Plan
Utilization Management
November 20, 2026
Member ID: BHP447201983
Case number: BHP-PA-2611-0457
Notice of denial
We have denied your request for home infusion therapy. The records do not show that the
treatment is medically necessary. You may appeal within 60 days.
"""
UPDATE = """Prairie Lane Home Infusion Pharmacy
November 20, 2026
Patient: Ada K. Lindqvist
Re: Bluestem Health Plan case number BHP-PA-2611-0457
Dear Ms. Lindqvist,
This is an update from your pharmacy team. We are working with your doctor on the next
steps and will call you this week.
Prairie Lane Home Infusion Pharmacy
"""


def authorization_entry(db: Database, case: CaseInfo) -> int:
    """A prior authorization asked for on November 10, 2026; its log id."""
    return log.create_entry(
        db,
        case.id,
        "prior_authorization",
        what="Prior authorization for home infusion",
        requested_on=date(2026, 11, 10),
        today=date(2026, 11, 10),
    ).id


def test_a_letter_citing_the_days_denial_is_matched_by_its_reference(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    """The pharmacy's update written the day of the denial cites only its case number: of
    one day's papers the plan's letter is matched first, so the update finds the entry by
    that number whatever order the files were read in."""
    entry_id = authorization_entry(db, case)
    write(case_folder, "1 update.pdf", UPDATE)  # read first
    write(case_folder, "2 denial.pdf", DENIAL)
    indexer.run_once()
    waiting = {(p.path, p.log_id, p.role) for p in proposals.open_proposals(db, case.id)}
    assert ("2 denial.pdf", entry_id, "decision") in waiting
    assert ("1 update.pdf", entry_id, "related") in waiting


def test_a_letter_that_found_no_place_is_read_again_when_a_later_one_explains_it(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    """The pharmacy's update cites a case number nothing in the folder carries yet, so it
    makes no suggestion; once the plan's denial with that number is added (a scan read
    later, a letter dropped days after), the update is read again and finds its entry."""
    entry_id = authorization_entry(db, case)
    write(case_folder, "update.pdf", UPDATE.replace("November 20", "November 21"))
    indexer.run_once()
    assert proposals.open_proposals(db, case.id) == []
    write(case_folder, "denial.pdf", DENIAL)
    indexer.run_once()
    waiting = {(p.path, p.log_id, p.role) for p in proposals.open_proposals(db, case.id)}
    assert ("denial.pdf", entry_id, "decision") in waiting
    assert ("update.pdf", entry_id, "related") in waiting
    assert not understanding.has_pending(db, case.id)  # nothing left to read again


def test_an_empty_profile_still_knows_the_patients_other_plans_letters(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    """With the profile left empty, the patient's name comes from what the documents agree
    on: a letter from their drug plan, with its own member number, names them and is
    theirs, not flagged as another member's; a stranger's letter is suggested nowhere."""
    log.create_entry(
        db,
        case.id,
        "prior_authorization",
        what="Crestline Rx coverage determination (Part D)",
        requested_on=date(2026, 11, 10),
        today=date(2026, 11, 10),
    )
    write(
        case_folder,
        "request.pdf",
        REQUEST.replace("Member ID:", "Patient: Ada K. Lindqvist\nMember ID:"),
    )
    mine = APPROVAL.replace(
        "Member ID: BHP447201983", "Member: Ada K. Lindqvist\nID #: BHP447201983"
    )
    write(case_folder, "approval.pdf", mine)
    part_d = """Crestline Rx (PDP)
Coverage Determinations
November 20, 2026
Enrollee: Ada K. Lindqvist
Member number: CRX-7720015
We have approved your request for coverage of the following drug: ceftriaxone 2 g IV.
"""
    write(case_folder, "part d approval.pdf", part_d)
    stranger = part_d.replace("Ada K. Lindqvist", "Bruno T. Falk").replace(
        "CRX-7720015", "CRX-9910022"
    )
    write(case_folder, "someone else.pdf", stranger)
    indexer.run_once()
    flags = {p.path: p.flag for p in proposals.open_proposals(db, case.id)}
    assert flags.get("part d approval.pdf") == ""
    assert "someone else.pdf" not in flags  # another member's letter is suggested nowhere
