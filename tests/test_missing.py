"""The still-missing list: each reason, their precedence, severity, order and words.

Pure rules over snapshots, with a fixed "today" (the user's local date).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from organizer.core.dates import due_words, relative, short_date, since_words
from organizer.core.missing import (
    CaseFacts,
    DocumentFacts,
    MissingRow,
    missing_rows,
    resolve_who,
    sort_key,
)
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import LinkInfo, LogEntryInfo

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

TODAY = date(2026, 11, 21)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def entry(entry_id: int = 1, item: str = "lab_results", **fields: object) -> LogEntryInfo:
    values: dict[str, object] = {
        "what": "Lab results",
        "requested_by": "Insurance plan",
        "requested_on": None,
        "who_submits": "Provider office",
        "due": None,
        "submitted_on": None,
        "status": "requested",
        "decision": "",
        "notes": "",
    }
    values.update(fields)
    return LogEntryInfo(id=entry_id, item=item, **values)  # type: ignore[arg-type]


def link(
    document_id: int,
    role: str = "submission",
    *,
    confirmed: bool = True,
    status: str = "indexed",
    log_id: int = 1,
) -> LinkInfo:
    return LinkInfo(
        log_id=log_id,
        document_id=document_id,
        path=f"Letters/doc{document_id}.pdf",
        role=role,
        confirmed=confirmed,
        document_status=status,
    )


def only(rows: list[MissingRow]) -> MissingRow:
    assert len(rows) == 1, rows
    return rows[0]


# --- each reason ---------------------------------------------------------------------------


def test_requested_with_nothing_linked_is_no_document() -> None:
    row = only(missing_rows([entry(requested_on=days(-12))], TODAY))
    assert (row.reason, row.severity, row.when) == ("no_document", "waiting", "asked 12 days ago")
    assert (row.item, row.what, row.who, row.due, row.log_id) == (
        "lab_results",
        "Lab results",
        "Provider office",
        None,
        1,
    )
    assert row.proposed is False


def test_entry_without_any_date_says_so() -> None:
    assert only(missing_rows([entry()], TODAY)).when == "no date set yet"


@pytest.mark.parametrize(
    ("due_in", "when"),
    [(-1, "1 day overdue"), (-3, "3 days overdue"), (-40, "40 days overdue")],
)
def test_passed_due_date_is_overdue_and_urgent(due_in: int, when: str) -> None:
    row = only(missing_rows([entry(due=days(due_in))], TODAY))
    assert (row.reason, row.severity, row.when) == ("overdue", "urgent", when)
    assert row.due == days(due_in)


@pytest.mark.parametrize(
    ("due_in", "severity", "when"),
    [
        (0, "urgent", "due Nov 21 (today)"),
        (1, "urgent", "due Nov 22 (tomorrow)"),
        (3, "urgent", "due Nov 24 (in 3 days)"),
        (4, "waiting", "due Nov 25 (in 4 days)"),
        (45, "waiting", "due Jan 5, 2027 (in 45 days)"),
    ],
)
def test_due_within_three_days_is_urgent_day_three_included(
    due_in: int, severity: str, when: str
) -> None:
    row = only(missing_rows([entry(due=days(due_in), requested_on=days(-2))], TODAY))
    assert (row.reason, row.severity, row.when) == ("no_document", severity, when)


def test_denied_names_the_appeal_deadline_from_the_decision_letter() -> None:
    denied = entry(
        item="prior_authorization",
        what="Prior authorization",
        status="denied",
        submitted_on=days(-30),
        decision_on=days(-4),
        links=(link(7, "decision"), link(8, "related")),
    )
    row = only(missing_rows([denied], TODAY, appeal_by={7: date(2027, 3, 3), 8: days(1)}))
    assert (row.reason, row.severity) == ("denied", "urgent")
    assert row.when == "appeal by Mar 3, 2027 (102 days left)"
    assert row.due == date(2027, 3, 3)
    assert "denied" in row.what
    assert row.actions == ("start_appeal", "not_appealing")


def test_denied_without_an_appeal_deadline_never_guesses_one() -> None:
    denied = entry(status="denied", submitted_on=days(-30), decision_on=days(-4))
    row = only(missing_rows([denied], TODAY))
    assert (row.reason, row.due) == ("denied", None)
    assert row.when == "check the letter for the appeal deadline"


def test_denied_with_a_passed_appeal_deadline_says_so() -> None:
    denied = entry(status="denied", links=(link(7, "decision"),))
    row = only(missing_rows([denied], TODAY, appeal_by={7: days(-2)}))
    assert row.when == "the appeal deadline Nov 19 has passed"


def test_an_appeal_started_or_not_appealing_takes_the_denial_off_the_list() -> None:
    denied = entry(1, item="prior_authorization", status="denied", appeal_by=days(20))
    appeal = entry(2, item="prior_authorization", what="Appeal", due=days(20), appeal_of=1)
    rows = missing_rows([denied, appeal], TODAY)
    assert [(r.log_id, r.reason) for r in rows] == [(2, "no_document")]
    assert missing_rows([replace(denied, not_appealing=True)], TODAY) == []


def test_vanished_linked_file_gets_its_own_row_for_you() -> None:
    gone = entry(links=(link(5, status="missing"), link(6, "request")))
    row = only(missing_rows([gone], TODAY))
    assert (row.reason, row.who, row.document_id, row.log_id) == ("file_missing", "You", 5, 1)
    assert "doc5.pdf" in row.what and "gone" in row.what


def test_each_vanished_file_is_one_row() -> None:
    gone = entry(links=(link(5, status="missing"), link(6, "decision", status="missing")))
    rows = missing_rows([gone], TODAY)
    assert [(r.reason, r.document_id) for r in rows] == [("file_missing", 5), ("file_missing", 6)]


def test_an_unconfirmed_link_to_a_vanished_file_is_not_a_row() -> None:
    row = only(missing_rows([entry(links=(link(5, confirmed=False, status="missing"),))], TODAY))
    assert row.reason == "no_document"


@pytest.mark.parametrize("confirmed", [True, False])
def test_document_there_but_not_marked_sent_is_not_submitted(confirmed: bool) -> None:
    found = entry(due=days(10), links=(link(5, confirmed=confirmed),))
    row = only(missing_rows([found], TODAY))
    assert (row.reason, row.severity, row.due) == ("not_submitted", "waiting", days(10))
    assert "not marked as sent" in row.what


def test_a_request_letter_alone_is_not_the_document() -> None:
    row = only(missing_rows([entry(links=(link(5, "request"),))], TODAY))
    assert row.reason == "no_document"


@pytest.mark.parametrize(
    ("item", "expects", "sent_days_ago", "flagged"),
    [
        ("prior_authorization", None, 9, True),
        ("prior_authorization", None, 1, True),
        ("benefits_verification", None, 8, True),
        ("prior_authorization", False, 30, False),
        ("lab_results", True, 2, True),
    ],
)
def test_a_sent_request_awaits_its_decision_from_the_day_it_is_sent(
    item: str, expects: bool | None, sent_days_ago: int, flagged: bool
) -> None:
    sent = entry(
        item=item,
        what="Prior authorization",
        status="submitted",
        submitted_on=days(-sent_days_ago),
        submitted_to="Kestrel Ridge",
        expects_decision=expects,
        links=(link(4),),
    )
    rows = missing_rows([sent], TODAY)
    if not flagged:
        assert rows == []
        return
    row = only(rows)
    assert (row.reason, row.severity, row.due) == ("awaiting_decision", "waiting", None)
    expected = short_date(days(7 - sent_days_ago), TODAY)
    sent_on = short_date(days(-sent_days_ago), TODAY)
    assert row.when.startswith(f"sent {sent_on}, expected by {expected} (no standard review")
    assert row.what.startswith("Waiting for Kestrel Ridge's")
    assert row.who == "Kestrel Ridge"


def test_a_decision_past_the_plans_clock_is_late_and_urgent() -> None:
    sent = entry(
        item="prior_authorization",
        what="Prior authorization",
        status="submitted",
        submitted_on=date(2026, 11, 10),
        submitted_to="Kestrel Ridge",
    )
    facts = CaseFacts(plan_type="medicare_advantage", payer_phone="(555) 010-4477")
    row = only(missing_rows([sent], TODAY, facts=facts))
    assert (row.reason, row.severity, row.due) == ("decision_late", "urgent", date(2026, 11, 17))
    assert row.what == (
        "The decision on Prior authorization is 4 days late: call Kestrel Ridge at "
        "(555) 010-4477 and ask for the status, and whether an expedited review applies"
    )
    assert "the standard review time for Medicare Advantage is 7 days" in row.when
    # What the letters say comes before the plan's clock.
    by_letter = only(missing_rows([sent], TODAY, facts=replace(facts, letter_decide_days=14)))
    assert by_letter.reason == "awaiting_decision"
    assert "expected by Nov 24 (the plan's letter says it decides within 14 days)" in (
        by_letter.when
    )


def test_a_sent_document_with_no_copy_in_the_folder_keeps_a_row() -> None:
    sent = entry(status="submitted", submitted_on=date(2026, 10, 28))
    row = only(missing_rows([sent], TODAY))
    assert (row.reason, row.has_copy) == ("no_copy", False)
    assert row.what == "Lab results: sent Oct 28, but no copy in your folder"
    assert missing_rows([replace(sent, links=(link(5),))], TODAY) == []
    in_folder = CaseFacts(documents={9: DocumentFacts(fulfills=frozenset({"lab_results"}))})
    assert missing_rows([sent], TODAY, facts=in_folder) == []


def test_has_copy_tells_nothing_in_the_folder_apart() -> None:
    overdue = entry(due=days(-2))
    approval = DocumentFacts(fulfills=frozenset({"prior_authorization"}), outcome="approved")
    denial = DocumentFacts(fulfills=frozenset({"prior_authorization"}), outcome="denied")
    pa = entry(2, item="prior_authorization", what="Prior authorization")
    for facts, copy in ((CaseFacts(), False), (CaseFacts(documents={3: denial}), False)):
        rows = missing_rows([overdue, pa], TODAY, facts=facts)
        assert [(r.reason, r.has_copy) for r in rows] == [
            ("overdue", False),
            ("no_document", copy),
        ]
    rows = missing_rows([pa], TODAY, facts=CaseFacts(documents={3: approval}))
    assert [(r.reason, r.has_copy) for r in rows] == [("not_submitted", True)]
    assert "link it as the answer" in rows[0].what


def test_a_benefits_check_whose_letter_is_linked_needs_nothing_more() -> None:
    # The pharmacy's benefits letter, accepted as what answers the check, ends the wait even
    # though nobody marked the check as sent (it was plainly asked for).
    bv = entry(2, item="benefits_verification", what="Benefits check")
    letter = DocumentFacts(fulfills=frozenset({"benefits_verification"}), outcome="informational")
    facts = CaseFacts(documents={7: letter})
    (row,) = missing_rows([bv], TODAY, facts=facts)
    assert (row.reason, row.has_copy) == ("not_submitted", True)  # in the folder, not linked
    assert missing_rows([replace(bv, links=(link(7, log_id=2),))], TODAY, facts=facts) == []
    unconfirmed = (link(7, log_id=2, confirmed=False),)
    assert missing_rows([replace(bv, links=unconfirmed)], TODAY, facts=facts) != []


def test_an_approval_ending_soon_makes_a_renewal_row() -> None:
    approved = entry(
        item="prior_authorization",
        what="Prior authorization",
        status="approved",
        decision_on=date(2026, 6, 1),
        approved_from=date(2026, 6, 1),
        approved_through=days(25),
    )
    profile = CaseProfile(provider_office=Contact(name="Dr. Patel's office"))
    row = only(missing_rows([approved], TODAY, profile))
    assert (row.reason, row.due, row.severity) == ("renewal_due", days(25), "waiting")
    assert row.what == (
        "Renewal of Prior authorization: ask Dr. Patel's office to send the re-authorization"
    )
    assert missing_rows([replace(approved, approved_through=days(31))], TODAY) == []
    assert missing_rows([replace(approved, renewal_days=10)], TODAY) == []


def test_awaiting_decision_names_who_decides() -> None:
    profile = CaseProfile(payer="Quillfield Health", pharmacy=Contact(name="Cobalt Creek"))
    pa = entry(item="prior_authorization", status="submitted", submitted_on=days(-10))
    bv = entry(2, item="benefits_verification", status="submitted", submitted_on=days(-10))
    typed = replace(pa, id=3, submitted_to="Medicare Part B")
    rows = {r.log_id: r.who for r in missing_rows([pa, bv, typed], TODAY, profile)}
    assert rows == {1: "Quillfield Health", 2: "Cobalt Creek", 3: "Medicare Part B"}


@pytest.mark.parametrize(
    "decided",
    [
        {"decision_on": days(-1)},
        {"links": (link(9, "decision"),)},
    ],
)
def test_a_decision_ends_the_wait(decided: dict[str, object]) -> None:
    sent = entry(item="prior_authorization", status="submitted", submitted_on=days(-20))
    assert missing_rows([replace(sent, **decided)], TODAY) == []  # type: ignore[arg-type]


def test_a_proposed_decision_letter_does_not_end_the_wait() -> None:
    sent = entry(
        item="prior_authorization",
        status="submitted",
        submitted_on=days(-20),
        links=(link(9, "decision", confirmed=False),),
    )
    assert only(missing_rows([sent], TODAY)).reason == "awaiting_decision"


# --- statuses and precedence ---------------------------------------------------------------


@pytest.mark.parametrize("status", ["approved", "not_needed"])
def test_closed_entries_need_nothing(status: str) -> None:
    closed = entry(status=status, due=days(-5), links=(link(5, status="missing"),))
    assert missing_rows([closed], TODAY) == []


def test_submitted_entry_is_never_overdue_itself() -> None:
    late = entry(status="submitted", due=days(-5), submitted_on=days(-1), links=(link(3),))
    assert missing_rows([late], TODAY) == []


def test_proposed_entry_counts_and_is_marked_proposed() -> None:
    row = only(missing_rows([entry(status="proposed", due=days(-1))], TODAY))
    assert (row.reason, row.proposed) == ("overdue", True)


VANISHED = link(5, status="missing")
PRESENT = link(6)


@pytest.mark.parametrize(
    ("fields", "reasons"),
    [
        # overdue beats everything; a vanished file still has its own row
        ({"due": days(-2), "links": (PRESENT,)}, ["overdue"]),
        ({"due": days(-2), "links": (VANISHED,)}, ["overdue", "file_missing"]),
        ({"status": "denied", "due": days(-2)}, ["overdue"]),
        # denied beats the vanished file
        ({"status": "denied", "links": (VANISHED,)}, ["denied", "file_missing"]),
        # a due date the submission already met is no longer overdue
        ({"status": "denied", "due": days(-9), "submitted_on": days(-10)}, ["denied"]),
        # file_missing beats no_document and not_submitted: only the file's row
        ({"links": (VANISHED,)}, ["file_missing"]),
        ({"links": (VANISHED, PRESENT)}, ["file_missing"]),
        # not_submitted beats no_document
        ({"links": (PRESENT,)}, ["not_submitted"]),
        ({}, ["no_document"]),
        # file_missing beats awaiting_decision
        (
            {"status": "submitted", "submitted_on": days(-30), "expects_decision": True},
            ["awaiting_decision"],
        ),
        (
            {
                "status": "submitted",
                "submitted_on": days(-30),
                "expects_decision": True,
                "links": (VANISHED,),
            },
            ["file_missing"],
        ),
    ],
)
def test_precedence_of_reasons(fields: dict[str, object], reasons: list[str]) -> None:
    rows = missing_rows([entry(**fields)], TODAY)
    assert sorted(r.reason for r in rows) == sorted(reasons)
    assert sum(r.document_id is None for r in rows) <= 1


# --- order, who and words ------------------------------------------------------------------


def test_order_urgent_first_then_due_date_then_undated_then_log_id() -> None:
    entries = [
        entry(1),  # waiting, no due
        entry(2, due=days(20)),  # waiting, later
        entry(3, due=days(10)),  # waiting, sooner
        entry(4, due=days(2)),  # urgent by date
        entry(5, status="denied"),  # urgent, no due
        entry(6, due=days(-1)),  # overdue, earliest due
        entry(7),  # waiting, no due, later id
        entry(8, due=days(10)),  # same due as 3, later id
    ]
    rows = missing_rows(entries, TODAY)
    assert [r.log_id for r in rows] == [6, 4, 5, 3, 8, 2, 1, 7]
    assert [r.severity for r in rows] == ["urgent"] * 3 + ["waiting"] * 5


def test_who_uses_the_names_in_the_case_profile() -> None:
    profile = CaseProfile(
        payer="Quillfield Health",
        provider_office=Contact(name="Riverbend Allergy"),
        pharmacy=Contact(name=""),
    )
    entries = [
        entry(1, who_submits="Provider office"),
        entry(2, who_submits="Dr Patel's nurse"),
        entry(3, item="benefits_verification", who_submits=""),
        entry(4, item="insurance_card", who_submits=""),
        entry(5, who_submits="payer"),
    ]
    who = {r.log_id: r.who for r in missing_rows(entries, TODAY, profile)}
    assert who == {
        1: "Riverbend Allergy",
        2: "Dr Patel's nurse",
        3: "Home infusion pharmacy",
        4: "You",
        5: "Quillfield Health",
    }
    assert resolve_who("  PHARMACY ", profile, "provider") == "Home infusion pharmacy"


def test_empty_what_falls_back_to_the_checklist_label() -> None:
    assert only(missing_rows([entry(what="  ")], TODAY)).what == "Lab results"


def test_date_words() -> None:
    assert short_date(date(2026, 3, 3), TODAY) == "Mar 3"
    assert short_date(date(2027, 3, 3), TODAY) == "Mar 3, 2027"
    assert relative(days(-1), TODAY) == "yesterday"
    assert relative(days(-12), TODAY) == "12 days ago"
    assert due_words(days(-1), TODAY) == "1 day overdue"
    assert since_words("asked", days(0), TODAY) == "asked today"
    assert since_words("asked", days(3), TODAY) == "asked on Nov 24"


# --- properties over many logs -------------------------------------------------------------

STATUSES = ["proposed", "requested", "submitted", "approved", "denied", "not_needed"]
maybe_day = st.none() | st.integers(-60, 60).map(days)


@st.composite
def logs(draw: st.DrawFn) -> list[LogEntryInfo]:
    count = draw(st.integers(0, 8))
    found = []
    for entry_id in range(1, count + 1):
        links = tuple(
            link(
                draw(st.integers(1, 50)),
                draw(st.sampled_from(["request", "submission", "decision", "related"])),
                confirmed=draw(st.booleans()),
                status=draw(st.sampled_from(["indexed", "missing"])),
                log_id=entry_id,
            )
            for _ in range(draw(st.integers(0, 3)))
        )
        found.append(
            entry(
                entry_id,
                item=draw(st.sampled_from(["prior_authorization", "lab_results"])),
                status=draw(st.sampled_from(STATUSES)),
                due=draw(maybe_day),
                requested_on=draw(maybe_day),
                submitted_on=draw(maybe_day),
                decision_on=draw(maybe_day),
                expects_decision=draw(st.none() | st.booleans()),
                links=links,
            )
        )
    return found


@settings(max_examples=150, deadline=None)
@given(logs())
def test_list_is_sorted_and_one_own_row_per_entry(entries: list[LogEntryInfo]) -> None:
    rows = missing_rows(entries, TODAY)
    assert rows == sorted(rows, key=sort_key)
    own = [r.log_id for r in rows if r.document_id is None]
    assert len(own) == len(set(own))
    closed = {e.id for e in entries if e.status in ("approved", "not_needed")}
    assert not closed & {r.log_id for r in rows if r.reason != "renewal_due"}
    for row in rows:
        urgent = row.reason in ("overdue", "denied", "decision_late") or (
            row.due is not None and 0 <= (row.due - TODAY).days <= 3
        )
        assert row.severity == ("urgent" if urgent else "waiting")
        assert row.what and row.who and row.when
