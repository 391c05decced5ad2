"""What the plan asked for before it decided no longer makes anything overdue.

A new user drops last winter's letters into the folder and accepts the suggestions: the
plan asked for lab results and clinical notes in February, due a week later, and approved
the prior authorization in March. Nobody marked the records as sent. In December those
requests are not "300 days overdue": the plan had what it needed, or decided without it.
They stay on the list, calm, saying why, until the user marks them sent or not needed. A
prior authorization still waiting (another one, or an appeal) keeps them urgent.
"""

from __future__ import annotations

from datetime import date

import pytest

from organizer.core.deadlines import deadlines
from organizer.core.missing import CaseFacts, missing_rows
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.services import log
from organizer.storage.database import Database
from tests.test_missing import entry as log_entry

pytestmark = pytest.mark.both_engines  # the services test: SQLite and PostgreSQL

TODAY = date(2026, 12, 7)
ASKED, DUE, DECIDED = date(2026, 2, 1), date(2026, 2, 6), date(2026, 3, 14)


def entry(entry_id: int, item: str, **fields: object) -> LogEntryInfo:
    """An entry the plan asked for on ASKED, due DUE, not sent yet."""
    asked = {"requested_by": "Bluestem Health Plan", "requested_on": ASKED, "due": DUE}
    return log_entry(entry_id, item, **{**asked, **fields})


def approved(entry_id: int = 1, on: date = DECIDED) -> LogEntryInfo:
    return entry(entry_id, "prior_authorization", status="approved", decision_on=on, due=None)


def rows_both_ways(entries: list[LogEntryInfo]) -> list[tuple[str, str, str, str]]:
    """The rows as (item, reason, severity, when), the same by the plain and the fast path."""
    plain = missing_rows(entries, TODAY, facts=CaseFacts(), plain=True)
    fast = missing_rows(entries, TODAY, facts=CaseFacts())
    assert plain == fast
    return [(r.item, r.reason, r.severity, r.when) for r in plain]


def test_requests_made_before_the_decision_are_no_longer_overdue() -> None:
    log_entries = [approved(), entry(2, "lab_results"), entry(3, "clinical_notes")]
    rows = rows_both_ways(log_entries)
    assert rows == [
        ("lab_results", "no_document", "waiting", "asked for before the plan decided on Mar 14"),
        ("clinical_notes", "no_document", "waiting", "asked for before the plan decided on Mar 14"),
    ]
    # The "Coming up" list, reminders and calendar agree: nothing is due.
    assert [d.log_id for d in deadlines(log_entries, facts=CaseFacts())] == []


def test_a_denial_settles_them_too_but_an_appeal_under_way_does_not() -> None:
    denied = entry(1, "prior_authorization", status="denied", decision_on=DECIDED, due=None)
    labs = entry(2, "lab_results")
    assert rows_both_ways([denied, labs])[1][1:3] == ("no_document", "waiting")
    appeal = entry(3, "prior_authorization", appeal_of=1, requested_on=date(2026, 3, 20), due=None)
    assert ("lab_results", "overdue", "urgent") in [
        r[:3] for r in rows_both_ways([denied, labs, appeal])
    ]


@pytest.mark.parametrize(
    "waiting",
    [
        # Another prior authorization sent and not decided yet (the nursing, say).
        entry(
            4, "prior_authorization", status="submitted", submitted_on=date(2026, 3, 1), due=None
        ),
        # One still to be sent: an open entry, read by the big-log path without its links.
        entry(4, "prior_authorization", due=None),
    ],
)
def test_a_prior_authorization_still_waiting_keeps_them_overdue(waiting: LogEntryInfo) -> None:
    rows = rows_both_ways([approved(), entry(2, "lab_results"), waiting])
    assert ("lab_results", "overdue", "urgent") in [r[:3] for r in rows]
    assert [d.log_id for d in deadlines([approved(), entry(2, "lab_results"), waiting])][:1] == [2]


def test_a_request_after_the_decision_is_still_due() -> None:
    later = entry(2, "lab_results", requested_on=date(2026, 4, 2), due=date(2026, 4, 16))
    rows = rows_both_ways([approved(), later])
    assert rows[0][:3] == ("lab_results", "overdue", "urgent")
    assert rows[0][3] == "235 days overdue"


def test_the_users_word_and_things_to_receive_are_left_alone() -> None:
    # Marked not needed by the user: gone, as always. A benefits check is not something sent.
    rows = rows_both_ways(
        [
            approved(),
            entry(2, "lab_results", status="not_needed"),
            entry(3, "benefits_verification", who_submits="Home infusion pharmacy"),
        ]
    )
    assert [r[:3] for r in rows] == [("benefits_verification", "overdue", "urgent")]


def test_the_services_list_says_the_same(db: Database, case: CaseInfo) -> None:
    # A new case starts with a prior authorization entry among its first four.
    (pa,) = [e for e in log.log_entries(db, case.id) if e.item == "prior_authorization"]
    log.set_status(db, pa.id, "approved", on=DECIDED, today=DECIDED)
    labs = log.create_entry(db, case.id, "lab_results", requested_on=ASKED, due=DUE, today=ASKED)
    rows = {row.log_id: row for row in log.missing_list(db, case.id, TODAY)}
    assert rows[labs.id].reason == "no_document" and not rows[labs.id].urgent
    assert rows[labs.id].when == "asked for before the plan decided on Mar 14"
    # Put back to waiting by the user: the records count again.
    log.set_status(db, pa.id, "submitted", on=date(2026, 3, 1), today=TODAY)
    again = {row.log_id: row for row in log.missing_list(db, case.id, TODAY)}
    assert again[labs.id].reason == "overdue" and again[labs.id].urgent
