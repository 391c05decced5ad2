"""The log service on a real database: entries, status changes, links, calls, questions.

Every change must land in the activity history; a deleted entry must stay readable there.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from organizer.core.errors import KnownError
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.services import call_notes, cases, links, log
from organizer.storage.database import Database
from organizer.storage.models import Activity, Document

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

TODAY = date(2026, 11, 21)


def add_document(db: Database, case_id: int, path: str, **fields: Any) -> int:
    """A document row as the indexer leaves it (the file itself is not needed here)."""
    with db.session() as session:
        doc = Document(
            case_id=case_id,
            path=path,
            status=fields.pop("status", "indexed"),
            first_seen_at=datetime.now(UTC),
            **fields,
        )
        session.add(doc)
        session.flush()
        return doc.id


def history(db: Database, entity_id: int, entity: str = "log_entry") -> list[tuple[str, Any]]:
    with db.session() as session:
        rows = session.scalars(
            select(Activity)
            .where(Activity.entity == entity, Activity.entity_id == entity_id)
            .order_by(Activity.id)
        )
        return [(r.action, json.loads(r.changes)) for r in rows]


def test_new_case_log_has_its_four_starter_entries_without_links(
    db: Database, case: CaseInfo
) -> None:
    entries = log.log_entries(db, case.id)
    assert [e.item for e in entries] == [
        "prescription",
        "insurance_card",
        "benefits_verification",
        "prior_authorization",
    ]
    assert all(e.status == "requested" and e.links == () for e in entries)


def test_create_uses_the_item_defaults_and_the_profile_names(
    db: Database, case_folder: Path
) -> None:
    profile = CaseProfile(provider_office=Contact(name="Riverbend Allergy"))
    made = cases.create_case(db, case_folder, profile)
    created = log.create_entry(db, made.id, "lab_results", due=date(2026, 12, 1), today=TODAY)
    assert (created.what, created.who_submits, created.status) == (
        "Lab results",
        "Riverbend Allergy",
        "requested",
    )
    assert created.due == date(2026, 12, 1)
    assert created.decision_wait_days == 7 and created.expects_decision is None
    assert log.get_entry(db, created.id) == created
    ((action, changes),) = history(db, created.id)
    assert action == "created"
    assert changes["item"] == "lab_results" and changes["due"] == "2026-12-01"


def test_created_as_submitted_is_dated_today(db: Database, case: CaseInfo) -> None:
    created = log.create_entry(db, case.id, "signed_forms", status="submitted", today=TODAY)
    assert created.submitted_on == TODAY


@pytest.mark.parametrize(
    ("item", "fields", "problem"),
    [
        ("pizza", {}, "unknown checklist item"),
        ("lab_results", {"due": "2026-12-01"}, "due must be date"),
        ("lab_results", {"status": "lost"}, "status must be one of"),
        ("lab_results", {"colour": "red"}, "unknown field"),
        ("lab_results", {"decision_wait_days": -1}, "decision_wait_days must be days"),
        ("lab_results", {"expects_decision": "yes"}, "expects_decision must be bool"),
    ],
)
def test_wrong_values_are_refused_and_nothing_is_written(
    db: Database, case: CaseInfo, item: str, fields: dict[str, object], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        log.create_entry(db, case.id, item, **fields)
    assert len(log.log_entries(db, case.id)) == 4


def test_edit_records_only_what_changed_as_old_and_new(db: Database, case: CaseInfo) -> None:
    first = log.log_entries(db, case.id)[0]
    edited = log.edit_entry(
        db, first.id, what="Signed SCIG prescription", due=date(2026, 12, 1), notes=""
    )
    assert edited.what == "Signed SCIG prescription"
    assert history(db, first.id)[-1] == (
        "updated",
        {
            "what": ["Prescription or therapy order", "Signed SCIG prescription"],
            "due": [None, "2026-12-01"],
        },
    )
    log.edit_entry(db, first.id, what="Signed SCIG prescription")
    assert len(history(db, first.id)) == 2  # no change, no history


@pytest.mark.parametrize(
    ("start", "target", "on", "expected"),
    [
        ("requested", "submitted", None, {"submitted_on": TODAY, "decision_on": None}),
        (
            "requested",
            "submitted",
            date(2026, 11, 2),
            {"submitted_on": date(2026, 11, 2), "decision_on": None},
        ),
        ("submitted", "approved", None, {"submitted_on": date(2026, 11, 1), "decision_on": TODAY}),
        (
            "submitted",
            "denied",
            date(2026, 11, 20),
            {"submitted_on": date(2026, 11, 1), "decision_on": date(2026, 11, 20)},
        ),
        ("approved", "submitted", None, {"submitted_on": date(2026, 11, 1), "decision_on": None}),
        ("submitted", "requested", None, {"submitted_on": None, "decision_on": None}),
        ("denied", "requested", None, {"submitted_on": None, "decision_on": None}),
        (
            "requested",
            "not_needed",
            None,
            {"submitted_on": None, "decision_on": None},
        ),
        ("proposed", "requested", None, {"submitted_on": None, "decision_on": None}),
        ("requested", "proposed", None, {"submitted_on": None, "decision_on": None}),
    ],
)
def test_each_status_change_moves_its_dates_and_is_recorded(
    db: Database,
    case: CaseInfo,
    start: str,
    target: str,
    on: date | None,
    expected: dict[str, date | None],
) -> None:
    sent = date(2026, 11, 1) if start in ("submitted", "approved", "denied") else None
    decided = date(2026, 11, 10) if start in ("approved", "denied") else None
    made = log.create_entry(
        db,
        case.id,
        "prior_authorization",
        status=start,
        submitted_on=sent,
        decision_on=decided,
        today=TODAY,
    )
    changed = log.set_status(db, made.id, target, on=on, today=TODAY)
    assert changed.status == target
    assert {"submitted_on": changed.submitted_on, "decision_on": changed.decision_on} == expected
    action, changes = history(db, made.id)[-1]
    assert action == "updated"
    assert changes["status"] == [start, target]
    for key in ("submitted_on", "decision_on"):
        before = getattr(made, key)
        after = expected[key]
        if before != after:
            plain = [None if d is None else d.isoformat() for d in (before, after)]
            assert changes[key] == plain


def test_marking_sent_again_keeps_the_first_date(db: Database, case: CaseInfo) -> None:
    made = log.create_entry(db, case.id, "lab_results", status="submitted", today=TODAY)
    log.set_status(db, made.id, "denied", today=TODAY + timedelta(days=5))
    again = log.set_status(db, made.id, "submitted", today=TODAY + timedelta(days=9))
    assert again.submitted_on == TODAY
    with pytest.raises(ValueError):
        log.set_status(db, made.id, "lost")


def test_delete_keeps_the_whole_entry_readable_in_history_and_undo_restores_it(
    db: Database, case: CaseInfo
) -> None:
    doc = add_document(db, case.id, "Letters/lab request.pdf")
    made = log.create_entry(db, case.id, "lab_results", what="IgG trough", today=TODAY)
    links.link_document(db, made.id, doc, "request")
    removed = log.delete_entry(db, made.id)
    assert made.id not in [e.id for e in log.log_entries(db, case.id)]
    action, row = history(db, made.id)[-1]
    assert action == "deleted"
    assert row["what"] == "IgG trough" and row["item"] == "lab_results"
    assert row["documents"] == [
        {"path": "Letters/lab request.pdf", "role": "request", "confirmed": True}
    ]
    with pytest.raises(KnownError, match="no longer exists"):
        log.edit_entry(db, made.id, what="x")
    back = log.restore_entry(db, case.id, removed)
    assert back == removed


def test_links_have_roles_and_a_proposal_never_unconfirms_a_person(
    db: Database, case: CaseInfo
) -> None:
    pa = log.log_entries(db, case.id)[3]
    letter = add_document(db, case.id, "Quillfield/approval.pdf", status="missing")
    form = add_document(db, case.id, "Dr Patel/pa form.pdf")
    proposed = links.link_document(
        db, pa.id, letter, "decision", confirmed=False, confidence=0.8, reason="says approved"
    )
    (decision,) = proposed.links
    assert (decision.path, decision.role, decision.confirmed) == (
        "Quillfield/approval.pdf",
        "decision",
        False,
    )
    assert (decision.confidence, decision.reason, decision.document_status) == (
        0.8,
        "says approved",
        "missing",
    )
    confirmed = links.link_document(db, pa.id, letter, "decision")
    assert confirmed.links[0].confirmed is True
    again = links.link_document(db, pa.id, letter, "decision", confirmed=False, confidence=0.1)
    assert again.links[0].confirmed is True
    both = links.link_document(db, pa.id, form, "submission")
    assert [(x.path, x.role) for x in both.links] == [
        ("Dr Patel/pa form.pdf", "submission"),
        ("Quillfield/approval.pdf", "decision"),
    ]
    links_history = [c["link"] for a, c in history(db, pa.id) if "link" in c]
    assert links_history[:2] == [
        [None, {"path": "Quillfield/approval.pdf", "role": "decision", "confirmed": False}],
        [
            {"path": "Quillfield/approval.pdf", "role": "decision", "confirmed": False},
            {"path": "Quillfield/approval.pdf", "role": "decision", "confirmed": True},
        ],
    ]
    with pytest.raises(ValueError, match="role"):
        links.link_document(db, pa.id, form, "owner")
    after = links.unlink_document(db, pa.id, letter)
    assert [x.path for x in after.links] == ["Dr Patel/pa form.pdf"]
    assert history(db, pa.id)[-1][1]["link"][1] is None


def test_a_document_of_another_case_cannot_be_linked(
    db: Database, case: CaseInfo, tmp_path: Path
) -> None:
    other_folder = tmp_path / "Other"
    other_folder.mkdir()
    other = cases.create_case(db, other_folder)
    stranger = add_document(db, other.id, "card.pdf")
    with pytest.raises(ValueError, match="another case"):
        links.link_document(db, log.log_entries(db, case.id)[0].id, stranger, "submission")


def test_calls_are_kept_by_time_and_can_create_an_entry(db: Database, case: CaseInfo) -> None:
    later = call_notes.add_call(
        db, case.id, datetime(2026, 11, 20, 15, 30, tzinfo=UTC), organisation="Quillfield"
    )
    earlier = call_notes.add_call(
        db,
        case.id,
        datetime(2026, 11, 18, 9, 0, tzinfo=UTC),
        organisation="Cobalt Creek",
        reference_number="REF-22",
        summary="They need the labs",
    )
    assert [c.id for c in call_notes.list_calls(db, case.id)] == [earlier.id, later.id]
    follow = call_notes.edit_call(db, earlier.id, follow_up_on=date(2026, 11, 25))
    assert follow.follow_up_on == date(2026, 11, 25)
    asked = call_notes.entry_from_call(
        db, earlier.id, "lab_results", due=date(2026, 12, 1), today=TODAY
    )
    local_day = earlier.called_at.astimezone().date()
    assert (asked.requested_on, asked.requested_by, asked.due) == (
        local_day,
        "Cobalt Creek",
        date(2026, 12, 1),
    )
    assert "REF-22" in asked.notes
    assert history(db, earlier.id, "call")[-1] == (
        "updated",
        {"follow_up_on": [None, "2026-11-25"]},
    )
    gone = call_notes.delete_call(db, later.id)
    assert gone.organisation == "Quillfield"
    assert history(db, later.id, "call")[-1][1]["organisation"] == "Quillfield"
    assert [c.id for c in call_notes.list_calls(db, case.id)] == [earlier.id]
    with pytest.raises(ValueError, match="called_at"):
        call_notes.add_call(db, case.id, datetime(2026, 11, 18, 9, 0))


def test_questions_are_answered_dated_and_kept_in_order(db: Database, case: CaseInfo) -> None:
    first = call_notes.add_question(db, case.id, "Is the pump covered?", asked_to="Quillfield")
    second = call_notes.add_question(db, case.id, "Who delivers the supplies?")
    answered = call_notes.answer_question(db, first.id, "Yes, as DME", today=TODAY)
    assert (answered.answer, answered.answered_on) == ("Yes, as DME", TODAY)
    cleared = call_notes.answer_question(db, first.id, "  ", today=TODAY)
    assert cleared.answered_on is None
    call_notes.edit_question(db, second.id, asked_to="Cobalt Creek")
    assert [q.question for q in call_notes.list_questions(db, case.id)] == [
        "Is the pump covered?",
        "Who delivers the supplies?",
    ]
    call_notes.delete_question(db, second.id)
    assert [a for a, _ in history(db, second.id, "question")] == ["created", "updated", "deleted"]
    assert [q.id for q in call_notes.list_questions(db, case.id)] == [first.id]


def test_missing_list_from_the_database(db: Database, case_folder: Path) -> None:
    profile = CaseProfile(payer="Quillfield Health", provider_office=Contact(name="Riverbend"))
    made = cases.create_case(db, case_folder, profile)
    prescription, card, benefits, pa = log.log_entries(db, made.id)
    log.set_status(db, card.id, "not_needed", today=TODAY)
    log.set_status(db, benefits.id, "approved", today=TODAY)
    denial = add_document(db, made.id, "denial.pdf", appeal_by=date(2027, 3, 3))
    log.set_status(db, pa.id, "denied", today=TODAY)
    links.link_document(db, pa.id, denial, "decision")
    gone = add_document(db, made.id, "Scans/rx.pdf", status="missing")
    links.link_document(db, prescription.id, gone, "submission")
    labs = log.create_entry(
        db, made.id, "lab_results", requested_on=TODAY - timedelta(days=12), today=TODAY
    )
    rows = log.missing_list(db, made.id, TODAY)
    left = (date(2027, 3, 3) - TODAY).days
    assert [(r.log_id, r.reason, r.severity, r.who, r.when) for r in rows] == [
        (pa.id, "denied", "urgent", "Riverbend", f"appeal by Mar 3, 2027 ({left} days left)"),
        (prescription.id, "file_missing", "waiting", "You", "no date set yet"),
        (labs.id, "no_document", "waiting", "Riverbend", "asked 12 days ago"),
    ]
