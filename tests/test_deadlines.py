"""The deadline list: which dates, of which kind, in which order; none for closed entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from organizer.core.deadlines import (
    CallFollowUp,
    DeadlineKind,
    deadlines,
    scrub,
    when_words,
    within,
)
from organizer.core.missing import CaseFacts, DocumentFacts
from organizer.core.profile import CaseProfile, Contact
from tests.test_missing import entry, link

TODAY = date(2026, 11, 21)
PROFILE = CaseProfile(
    patient="Rosalind Ames",
    member_id="XQ1234567",
    payer="Harbor Health",
    provider_office=Contact(name="Riverbend Clinic"),
)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def test_each_kind_of_date_and_date_order() -> None:
    entries = [
        entry(1, "lab_results", what="Lab results", due=days(5), requested_by="Kestrel Ridge"),
        entry(
            2,
            "prior_authorization",
            what="Prior authorization",
            status="submitted",
            submitted_on=days(-3),
            decision_wait_days=10,
        ),
        entry(
            3, "prior_authorization", what="Earlier request", status="denied", appeal_by=days(40)
        ),
        entry(
            4,
            "benefits_verification",
            what="Benefits check",
            status="approved",
            approved_through=days(45),
            renewal_days=30,
        ),
    ]
    calls = [CallFollowUp(9, datetime(2026, 11, 20, 15, tzinfo=UTC), "Harbor Health", days(-1))]
    found = deadlines(entries, PROFILE, CaseFacts(), calls)
    assert [(d.day, d.kind, d.log_id) for d in found] == [
        (days(-1), DeadlineKind.FOLLOW_UP, None),
        (days(5), DeadlineKind.DUE, 1),
        (days(7), DeadlineKind.DECISION_EXPECTED, 2),
        (days(15), DeadlineKind.RENEWAL, 4),
        (days(40), DeadlineKind.APPEAL_BY, 3),
    ]
    assert found[1].what == "Lab results due: send to Kestrel Ridge"
    assert found[2].what == "Decision expected on Prior authorization from Harbor Health"
    assert found[3].who == "Riverbend Clinic"
    assert found[0].what == "Call back Harbor Health"
    assert found[0].call_id == 9


def test_closed_entries_have_no_dates() -> None:
    entries = [
        entry(1, due=days(2), status="not_needed"),
        entry(2, due=days(2), status="proposed"),  # a suggestion not yet accepted
        entry(3, due=days(2), status="submitted", submitted_on=days(-1), expects_decision=False),
        entry(4, status="approved", approved_through=None),
        entry(5, status="denied", appeal_by=days(9), not_appealing=True),
        entry(6, status="denied", appeal_by=days(9)),
        entry(7, status="requested", appeal_of=6, due=None),  # the appeal of 6 is started
        entry(8, status="submitted", submitted_on=days(-2), decision_on=days(-1)),
    ]
    assert deadlines(entries, PROFILE) == []
    # The window asks for suggestions too: they come marked as such.
    (suggestion,) = deadlines(entries, PROFILE, suggested=True)
    assert (suggestion.log_id, suggestion.proposed) == (2, True)
    assert suggestion.what.endswith("(suggested, please check)")


def test_a_due_date_met_by_an_earlier_submission_and_an_answer_that_arrived() -> None:
    answered = entry(
        1,
        "prior_authorization",
        status="submitted",
        submitted_on=days(-5),
        links=(link(30, "decision"),),
    )
    facts = CaseFacts(documents={30: DocumentFacts(outcome="approved")})
    assert deadlines([answered], PROFILE, facts) == []


def test_appeal_date_from_the_letter_and_overdue_ones_stay() -> None:
    denied = entry(1, status="denied", links=(link(40, "decision"),))
    facts = CaseFacts(documents={40: DocumentFacts(outcome="denied", appeal_by=days(-2))})
    found = deadlines([denied], PROFILE, facts)
    assert [(d.day, d.kind) for d in found] == [(days(-2), DeadlineKind.APPEAL_BY)]
    assert within(found, TODAY, 0) == found  # overdue is always within
    assert when_words(found[0], TODAY) == "2 days ago"


def test_a_returned_call_closes_its_follow_up() -> None:
    first = CallFollowUp(1, datetime(2026, 11, 10, 9, tzinfo=UTC), "Harbor Health", days(-3))
    later = CallFollowUp(2, datetime(2026, 11, 19, 9, tzinfo=UTC), "harbor health ", None)
    other = CallFollowUp(3, datetime(2026, 11, 11, 9, tzinfo=UTC), "Kestrel Ridge", days(3))
    found = deadlines([], PROFILE, calls=[first, later, other])
    assert [d.call_id for d in found] == [3]


def test_within_keeps_the_window_inclusive_and_the_order() -> None:
    entries = [entry(i, due=days(n)) for i, n in ((1, 8), (2, 7), (3, -4), (4, 0))]
    found = within(deadlines(entries, PROFILE), TODAY, 7)
    assert [d.log_id for d in found] == [3, 4, 2]
    assert [when_words(d, TODAY) for d in found] == ["4 days ago", "today", "in 7 days"]


def test_keys_are_stable_and_scrub_removes_the_member_id_and_name() -> None:
    one = deadlines([entry(5, due=days(1))], PROFILE)[0]
    again = deadlines([entry(5, due=days(2), what="Renamed")], PROFILE)[0]
    assert one.key == again.key == "due-log-5"
    text = "Rosalind Ames's card XQ1234567 (rosalind ames)"
    assert scrub(text, PROFILE) == "…'s card … (…)"
