"""The fast missing list (row shapes worked out once, open entries read lean) is the plain one.

A varied log of a few thousand entries in a real database (every status and reason,
decisions, appeals, renewals, linked and vanished files, copies in the folder or not) is
worked out both ways, and the rows, their order and their printed lines must be the same.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from organizer.cli.log_commands import missing_line
from organizer.core.missing import MissingReason, missing_rows
from organizer.core.profile import PlanType
from organizer.core.records import CaseInfo
from organizer.services import log
from organizer.services.case_facts import case_facts
from organizer.services.cases import profile_of
from organizer.storage.database import Database
from organizer.storage.models import Case

TODAY = date(2026, 12, 1)
MOMENT = "2026-11-01T10:00:00.000000+00:00"
ITEMS = [
    "prescription",
    "benefits_verification",
    "prior_authorization",
    "lab_results",
    "clinical_notes",
    "signed_forms",
    "something_else",
]
STATUSES = ["requested", "proposed", "submitted", "approved", "denied", "not_needed"]
WHO = ["", "Provider office", "Dr. Lee's office", "me", "insurance", "Pharmacy One"]
DOC_STATUSES = ["indexed", "indexed", "missing", "duplicate", "no_text"]
OUTCOMES = [None, None, "approved", "denied", "info_needed"]


def some_day(rng: random.Random) -> str | None:
    if rng.random() < 0.2:
        return None
    return (TODAY + timedelta(days=rng.randint(-60, 40))).isoformat()


def fill(db_path: Path, case_id: int, entries: int, seed: int) -> None:
    """A varied log, documents and links, written straight into the database."""
    rng = random.Random(seed)
    connection = sqlite3.connect(db_path)
    with connection:
        # A plan with a review clock (for late decisions), a phone to call, an office name.
        connection.execute(
            "UPDATE cases SET plan_type = ?, payer_phone = '555-0100', "
            "provider_name = 'Infusion Clinic' WHERE id = ?",
            (PlanType.COMMERCIAL.value, case_id),
        )
        documents = []
        for n in range(1, 61):
            fulfills = rng.sample(ITEMS[:6], rng.randint(0, 2))
            documents.append(
                (
                    100_000 + n,
                    case_id,
                    f"letters/doc {n:02d}.pdf",
                    rng.choice(DOC_STATUSES),
                    rng.choice(["letter", "other"]),
                    "auto",
                    rng.choice(OUTCOMES),
                    some_day(rng) if rng.random() < 0.3 else None,
                    "[]",
                    "[" + ", ".join(f'"{i}"' for i in fulfills) + "]",
                    "[]",
                    MOMENT,
                )
            )
        connection.executemany(
            "INSERT INTO documents (id, case_id, path, status, kind, kind_source, "
            "letter_outcome, appeal_by, requested_items, fulfills, reasons, first_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            documents,
        )
        rows = []
        for n in range(1_000, 1_000 + entries):
            status = rng.choice(STATUSES) if rng.random() < 0.5 else "requested"
            sent = some_day(rng) if status not in ("requested", "proposed") else None
            if status in ("requested", "proposed") and rng.random() < 0.1:
                sent = some_day(rng)  # an earlier submission that met the due date
            approved = status == "approved"
            rows.append(
                (
                    n,
                    case_id,
                    rng.choice(ITEMS),
                    rng.choice(["", "  ", f"Thing {n % 37}", f"Thing {n}"]),
                    rng.choice(["Plan", ""]),
                    some_day(rng),
                    rng.choice(WHO),
                    some_day(rng),
                    sent,
                    rng.choice(["", "Plan", "insurance"]),
                    status,
                    rng.choice([None, 0, 1]),
                    rng.choice([7, 14]),
                    some_day(rng) if rng.random() < 0.2 else None,
                    some_day(rng) if approved else None,
                    some_day(rng) if status == "denied" and rng.random() < 0.5 else None,
                    rng.choice([1_000 + rng.randrange(entries)]) if rng.random() < 0.05 else None,
                    1 if status == "denied" and rng.random() < 0.2 else 0,
                )
            )
        connection.executemany(
            "INSERT INTO log_entries (id, case_id, item, what, requested_by, requested_on, "
            "who_submits, due, submitted_on, submitted_to, status, expects_decision, "
            "decision_wait_days, decision_on, approved_through, appeal_by, appeal_of, "
            "not_appealing, submitted_how, decision, notes, created_at, updated_at) "
            f"VALUES ({', '.join('?' * 18)}, '', '', '', '{MOMENT}', '{MOMENT}')",
            rows,
        )
        links = set()
        for _ in range(entries // 4):
            links.add((1_000 + rng.randrange(entries), 100_000 + rng.randint(1, 60)))
        connection.executemany(
            "INSERT INTO log_document_links (log_id, document_id, role, confirmed, "
            f"created_at) VALUES (?, ?, ?, ?, '{MOMENT}')",
            [
                (log_id, doc, rng.choice(["submission", "decision", "request", "related"]), c)
                for (log_id, doc), c in zip(
                    sorted(links), [rng.random() < 0.7 for _ in links], strict=True
                )
            ],
        )
    connection.close()


def plain_list(db: Database, case_id: int, today: date) -> list[log.MissingRow]:
    """The list by the plain rules, from the ORM's snapshots (nothing read lean)."""
    entries = log.log_entries(db, case_id)
    with db.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        facts = case_facts(session, case)
        profile = profile_of(case)
    return missing_rows(entries, today, profile, facts=facts, plain=True)


def test_the_fast_list_is_the_plain_list_on_a_varied_log(
    db: Database, case: CaseInfo, db_path: Path
) -> None:
    fill(db_path, case.id, 4_000, seed=15)
    for today in (TODAY, TODAY + timedelta(days=45)):
        plain = plain_list(db, case.id, today)
        fast = log.missing_list(db, case.id, today)
        assert fast == plain
        assert [missing_line(r) for r in fast] == [missing_line(r) for r in plain]
        # Fast from full snapshots too (the window and the sheet pass those).
        entries = log.log_entries(db, case.id)
        with db.session() as session:
            stored = session.get(Case, case.id)
            assert stored is not None
            facts, profile = case_facts(session, stored), profile_of(stored)
        assert missing_rows(entries, today, profile, facts=facts) == plain
    # The log really is varied: every reason, copies and none, suggestions, vanished files.
    reasons = {r.reason for r in plain}
    assert reasons == {reason.value for reason in MissingReason}
    assert {r.has_copy for r in plain} == {True, False}
    assert {r.proposed for r in plain} == {True, False}
    assert any(r.actions for r in plain)
    assert any(r.document_id is not None for r in plain)
    assert len(plain) > 2_000


def test_the_fast_list_of_a_log_of_alike_entries_keeps_each_label(
    db: Database, case: CaseInfo, db_path: Path
) -> None:
    connection = sqlite3.connect(db_path)
    with connection:
        connection.executemany(
            "INSERT INTO log_entries (id, case_id, item, what, requested_by, who_submits, due, "
            "status, decision_wait_days, submitted_how, submitted_to, decision, notes, "
            "created_at, updated_at) VALUES (?, ?, 'lab_results', ?, 'Plan', '', ?, "
            f"'requested', 7, '', '', '', '', '{MOMENT}', '{MOMENT}')",
            [(n, case.id, f"Lab {n}" if n % 3 else "", "2026-12-03") for n in range(1_000, 1_300)],
        )
    connection.close()
    fast = log.missing_list(db, case.id, TODAY)
    assert fast == plain_list(db, case.id, TODAY)
    mine = [r for r in fast if r.log_id >= 1_000]
    assert [r.what for r in mine[:3]] == ["Lab 1000", "Lab 1001", "Lab results"]
    assert {r.severity for r in mine} == {"urgent"}  # due in 2 days
