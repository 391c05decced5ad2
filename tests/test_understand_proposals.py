"""Where a document belongs in the requested/submitted log: proposals with reasons."""

from __future__ import annotations

from datetime import date

from organizer.core.records import LinkInfo, LogEntryInfo
from organizer.core.understand import CaseContext, LinkProposal, propose_links, understand
from organizer.core.understand.scope import CaseScope, therapy_words
from organizer.core.understand.text import id_key

CONTEXT = CaseContext(
    patient="Ellen Park",
    member_ids=("CMH-002918",),
    payers=("Cedar Mutual Health",),
    pharmacies=("Allied Home Infusion",),
)


def entry(
    number: int,
    item: str,
    what: str = "",
    *,
    requested_on: date | None = None,
    submitted_on: date | None = None,
    status: str = "requested",
    links: tuple[LinkInfo, ...] = (),
) -> LogEntryInfo:
    return LogEntryInfo(
        id=number,
        item=item,
        what=what,
        requested_by="payer",
        requested_on=requested_on,
        who_submits="provider",
        due=None,
        submitted_on=submitted_on,
        status=status,
        decision="",
        notes="",
        links=links,
    )


REQUEST = """
Cedar Mutual Health - Utilization Management
June 10, 2025
Member ID: CMH-002918
Case number: CM-PA-0093311
Dear Dr. Moss,
We need more information before we can make a decision. Please send the following by
June 24, 2025:
- Medication history: prior IVIG therapy with dates, doses and response
- Recent lab results, including the latest IgG trough level
Sincerely,
Utilization Management, Cedar Mutual Health
"""

REMINDER = """
Cedar Mutual Health - Utilization Management
June 20, 2025
Member ID: CMH-002918
Case number: CM-PA-0093311
SECOND REQUEST
On 06/10/2025 we asked for more information. We are still missing:
- Medication history: prior IVIG therapy with dates, doses and response
The due date has not changed: 06/24/2025.
Utilization Management, Cedar Mutual Health
"""

APPROVAL = """
Cedar Mutual Health
Utilization Management
July 2, 2025
Member ID: CMH-002918
Authorization number: A250702-7781
Dear Ms. Park,
Your prior authorization has been approved for immune globulin 30 g IV every 4 weeks at home,
valid 07/02/2025 through 07/01/2026.
Sincerely, Utilization Management
"""

OTHER_PLAN_DENIAL = """
Riverbend Rx (PDP) - Coverage Determinations
July 9, 2025
Member number: RRX-5518820
We have denied the prescription drug coverage that you or your prescriber asked for.
This drug is covered under Medicare Part B for you, not by your Part D plan.
"""

MEDICATION_HISTORY = """
Coastal Immunology
MEDICATION HISTORY - prior immune globulin therapy
Patient: Ellen Park   Prepared: 06/18/2025
IVIG 10% 30 g every 4 weeks  2022-2024  headaches after each infusion, doses reduced
SCIG 20% 8 g weekly          2024-2025  local site reactions
"""

ACKNOWLEDGEMENT = """
Cedar Mutual Health - Utilization Management
June 26, 2025
Case number: CM-PA-0093311
Dear Ms. Park,
We have received the additional information requested for your prior authorization case:
Medication history          received 06/20/2025
Lab results                 received 06/21/2025
Your request is now complete. You do not need to send anything else.
Sincerely, Member Services
"""

PA_ACKNOWLEDGEMENT = """
Cedar Mutual Health - Utilization Management
June 3, 2025
Case number: CM-PA-0093311
Dear Ms. Park,
We received a request for prior authorization from your provider on May 30, 2025. This letter
is to let you know that it is being reviewed. It is not a decision.
Sincerely, Utilization Management
"""


def proposals_for(
    text: str, entries: list[LogEntryInfo], **kwargs: object
) -> tuple[LinkProposal, ...]:
    found = understand(text, context=CONTEXT)
    return propose_links(found, entries, text=text, context=CONTEXT, **kwargs)  # type: ignore[arg-type]


def targets(proposals: tuple[LinkProposal, ...]) -> set[tuple[int | None, str]]:
    return {(p.log_id, p.role) for p in proposals}


def test_request_links_to_the_open_entry_of_the_same_item() -> None:
    log = [
        entry(
            1,
            "prior_authorization",
            "Prior authorization for home IVIG",
            requested_on=date(2025, 5, 30),
        ),
        entry(
            2, "medication_history", "Medication history for the PA", requested_on=date(2025, 6, 10)
        ),
    ]
    proposals = proposals_for(REQUEST, log)
    assert (2, "request") in targets(proposals)
    new = [p.new_entry for p in proposals if p.new_entry is not None]
    assert [(n.item, n.requested_by, n.requested_on, n.due) for n in new] == [
        ("lab_results", "payer", date(2025, 6, 10), date(2025, 6, 24))
    ]
    assert all(0 < p.confidence <= 1 and p.reason for p in proposals)


def test_a_reminder_never_makes_a_second_entry() -> None:
    # The first letter's proposed entry is already in the log (not yet reviewed).
    log = [
        entry(
            7,
            "medication_history",
            "Medication history",
            requested_on=date(2025, 6, 10),
            status="proposed",
        )
    ]
    proposals = proposals_for(REMINDER, log)
    assert targets(proposals) == {(7, "request")}
    assert all(p.new_entry is None for p in proposals)


def test_reminder_after_the_item_was_sent_still_matches_the_same_request() -> None:
    log = [
        entry(
            7,
            "medication_history",
            "Medication history",
            requested_on=date(2025, 6, 10),
            submitted_on=date(2025, 6, 12),
            status="submitted",
        )
    ]
    assert targets(proposals_for(REMINDER, log)) == {(7, "request")}


def test_document_answering_a_request_is_proposed_as_its_submission() -> None:
    log = [
        entry(
            2,
            "medication_history",
            "Medication history: prior IVIG therapy with dates, doses and response",
            requested_on=date(2025, 6, 10),
        ),
        entry(3, "lab_results", "Latest IgG trough", requested_on=date(2025, 6, 10)),
    ]
    proposals = proposals_for(MEDICATION_HISTORY, log)
    assert targets(proposals) == {(2, "submission")}
    assert "ivig" in proposals[0].reason.lower()


def test_document_written_after_the_item_was_sent_is_not_its_submission() -> None:
    log = [
        entry(
            2,
            "medication_history",
            "Medication history",
            requested_on=date(2025, 5, 1),
            submitted_on=date(2025, 5, 20),
            status="submitted",
        )
    ]
    assert proposals_for(MEDICATION_HISTORY, log) == ()


def test_decision_goes_to_the_prior_authorization_entry() -> None:
    log = [
        entry(
            1,
            "prior_authorization",
            "Prior authorization for home IVIG",
            requested_on=date(2025, 5, 30),
        ),
        entry(2, "medication_history", "Medication history", requested_on=date(2025, 6, 10)),
    ]
    proposals = proposals_for(APPROVAL, log)
    assert targets(proposals) == {(1, "decision")}
    assert "approves" in proposals[0].reason


def test_decision_from_another_plan_is_not_proposed() -> None:
    log = [entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 5, 30))]
    assert proposals_for(OTHER_PLAN_DENIAL, log) == ()


def test_old_decision_is_not_the_decision_on_a_new_request() -> None:
    log = [entry(1, "prior_authorization", "Prior authorization", requested_on=date(2026, 1, 5))]
    assert proposals_for(APPROVAL, log) == ()


def test_acknowledgements_are_related_to_the_items_they_confirm() -> None:
    log = [
        entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 5, 30)),
        entry(2, "medication_history", "Medication history", requested_on=date(2025, 6, 10)),
        entry(3, "lab_results", "Lab results", requested_on=date(2025, 6, 10)),
    ]
    assert targets(proposals_for(ACKNOWLEDGEMENT, log)) == {(2, "related"), (3, "related")}
    assert targets(proposals_for(PA_ACKNOWLEDGEMENT, log)) == {(1, "related")}


def test_known_reference_numbers_make_a_status_notice_related() -> None:
    notice = """
Cedar Mutual Health
July 1, 2025
Case number: CM-PA-0093311
Dear Ms. Park, your case is with a clinical reviewer. We will write again soon.
Sincerely, Member Services
"""
    log = [entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 5, 30))]
    assert proposals_for(notice, log) == ()
    proposals = proposals_for(notice, log, known_references={1: ["CM-PA-0093311"]})
    assert targets(proposals) == {(1, "related")}


def test_entries_already_linked_to_the_document_or_not_needed_get_nothing() -> None:
    link = LinkInfo(log_id=2, document_id=42, path="a.pdf", role="submission", confirmed=True)
    log = [
        entry(2, "medication_history", "Medication history", links=(link,)),
        entry(3, "medication_history", "Medication history", status="not_needed"),
    ]
    assert proposals_for(MEDICATION_HISTORY, log, document_id=42) == ()
    assert targets(proposals_for(MEDICATION_HISTORY, log[:1], document_id=43)) == {
        (2, "submission")
    }


def test_other_documents_get_no_proposals() -> None:
    recipe = "Lentil soup. Ingredients: 2 tbsp olive oil, 1 onion. Simmer 30 minutes."
    log = [entry(1, "prior_authorization", "Prior authorization")]
    assert proposals_for(recipe, log) == ()


def test_low_confidence_proposals_are_left_out() -> None:
    log = [entry(2, "medication_history", "Medication history", requested_on=date(2025, 6, 10))]
    assert proposals_for(MEDICATION_HISTORY, log, min_confidence=0.99) == ()


def test_reindexing_a_request_does_not_propose_its_entry_again() -> None:
    # The entry this letter created is linked to it; the other requested item is tracked too.
    link = LinkInfo(log_id=9, document_id=42, path="letter.pdf", role="request", confirmed=True)
    log = [
        entry(9, "lab_results", "Lab results", requested_on=date(2025, 6, 10), links=(link,)),
        entry(2, "medication_history", "Medication history", requested_on=date(2025, 6, 10)),
    ]
    proposals = proposals_for(REQUEST, log, document_id=42)
    assert targets(proposals) == {(2, "request")}


def test_proposals_have_stable_keys_for_remembering_dismissals() -> None:
    log = [entry(2, "medication_history", "Medication history", requested_on=date(2025, 6, 10))]
    first = {p.key for p in proposals_for(REQUEST, log)}
    second = {p.key for p in proposals_for(REQUEST, log)}
    assert first == second == {"2:request", "new:lab_results:request"}


# --- kept to this case (issue 13) -----------------------------------------------------------

SCOPE = CaseScope(
    began=date(2025, 6, 1),
    members=frozenset({id_key("CMH-002918")}),
    therapy=therapy_words("Immune globulin 30 g IV every 4 weeks at home"),
)


def test_the_therapy_words_name_the_therapy_not_its_schedule() -> None:
    assert therapy_words("Immune globulin 30 g IV every 4 weeks at home") == {
        "immune",
        "globulin",
    }


def test_a_letter_for_another_member_makes_no_suggestion() -> None:
    found = understand(APPROVAL.replace("CMH-002918", "QFH-918275"), context=CONTEXT)
    pa = entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 6, 5))
    assert propose_links(found, [pa], text=APPROVAL, context=CONTEXT, scope=SCOPE) == ()


def test_an_older_letter_or_another_therapy_is_history_not_the_answer() -> None:
    pa = entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 6, 5))
    old = APPROVAL.replace("2025", "2023")
    found = understand(old, context=CONTEXT)
    assert [p.role for p in propose_links(found, [pa], text=old, scope=SCOPE)] == []
    other = APPROVAL.replace("immune globulin 30 g IV", "ceftriaxone 2 g IV")
    found = understand(other, context=CONTEXT)
    assert [p.role for p in propose_links(found, [pa], text=other, scope=SCOPE)] == []
    found = understand(APPROVAL, context=CONTEXT)
    (answer,) = propose_links(found, [pa], text=APPROVAL, scope=SCOPE)
    assert (answer.role, answer.log_id) == ("decision", 1)


def test_one_decision_per_entry_an_older_letter_is_related() -> None:
    pa = entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 6, 5))
    found = understand(APPROVAL, context=CONTEXT)
    decided = {1: date(2025, 8, 1)}  # a later decision letter is linked already
    (related,) = propose_links(found, [pa], text=APPROVAL, scope=SCOPE, decided=decided)
    assert related.role == "related" and "a later letter already answers" in related.reason


def test_a_second_letter_for_a_suggested_entry_does_not_contradict_itself() -> None:
    suggested = entry(
        1, "medication_history", "Medication history", requested_on=date(2025, 6, 10),
        status="proposed",
    )  # fmt: skip
    found = understand(REMINDER, context=CONTEXT)
    reasons = [p.reason for p in propose_links(found, [suggested], text=REMINDER, scope=SCOPE)]
    assert reasons and all("already tracks" not in r for r in reasons)


OTHER_PHARMACY_FORM = """
IG Pathways
Patient Support - a manufacturer-sponsored program
PRESCRIBER ENROLLMENT AND PRESCRIPTION FORM
Patient: Ellen Park   Date: 06/12/2025
Prescriber: Dr. Moss
Rx: immune globulin 30 g IV every 4 weeks, home infusion nursing
Insurance: Cedar Mutual Health
Diagnosis: primary immunodeficiency
Nursing: first infusions supervised
Shipping: to the patient's home
Premedication: as ordered
Supplies: tubing, needles, pump
Benefits check: requested
Copay help: requested
Prescriber signature: Dr. Moss
"""

OWN_PHARMACY_PRESCRIPTION = """
Allied Home Infusion
Home infusion referral and prescription
Patient: Ellen Park   Date: 06/12/2025
Rx: immune globulin 30 g IV every 4 weeks, home infusion nursing
Prescriber signature: Dr. Moss
"""


def test_a_prescription_form_for_another_organisation_is_not_what_was_sent() -> None:
    log = [
        entry(
            4,
            "prescription",
            "Signed immune globulin prescription and home infusion referral from Dr. Moss",
            requested_on=date(2025, 6, 11),
        )
    ]
    assert (4, "submission") in targets(proposals_for(OWN_PHARMACY_PRESCRIPTION, log))
    assert proposals_for(OTHER_PHARMACY_FORM, log) == ()


def test_case_parties_are_told_apart_by_their_distinctive_words() -> None:
    from organizer.core.understand.parties import from_case_party, party_words

    parties = party_words(["Alameda Creek Infusion Services", "Laguna Verde Allergy"])
    assert parties == (("alameda", "creek"), ("laguna", "verde"))
    assert from_case_party("ALAMEDA CREEK\nAC Infusion Services\nBenefits", parties)
    assert not from_case_party("IG Pathways\nPatient Support\nSummary", parties)
    assert from_case_party("", parties)  # nothing read: nothing to tell
    assert from_case_party("IG Pathways", ())  # the case names no one


def test_a_provider_letter_about_a_request_follows_its_reference_number() -> None:
    appeal = """
Coastal Immunology
Dr. Moss, Immunology
July 20, 2025
Cedar Mutual Health, Appeals
Case number: CM-PA-0093311
Please reconsider. Enclosed again is the medication history you received on 06/20/2025.
Sincerely,
Dr. Moss, Coastal Immunology
"""
    context = CaseContext(
        patient="Ellen Park",
        member_ids=("CMH-002918",),
        payers=("Cedar Mutual Health",),
        providers=("Coastal Immunology",),
    )
    log = [
        entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 5, 30)),
        entry(2, "medication_history", "Medication history", requested_on=date(2025, 6, 10)),
    ]
    found = understand(appeal, context=context)
    proposals = propose_links(
        found, log, text=appeal, context=context, known_references={1: ["CM-PA-0093311"]}
    )
    assert found.sender == "provider"
    assert 2 not in {p.log_id for p in proposals}


def test_a_decision_goes_to_the_prior_authorization_it_names() -> None:
    log = [
        entry(
            1,
            "prior_authorization",
            "Cedar Mutual prior authorization for home infusion nursing visits",
            requested_on=date(2025, 5, 30),
        ),
        entry(
            2,
            "prior_authorization",
            "Riverbend Rx coverage determination for the drug (Part D)",
            requested_on=date(2025, 6, 5),
        ),
    ]
    assert targets(proposals_for(APPROVAL, log)) == {(1, "decision")}


def test_a_case_number_names_the_authorization_not_the_records_asked_within_it() -> None:
    notice = """
Cedar Mutual Health
July 1, 2025
Case number: CM-PA-0093311
Dear Ms. Park, your case is with a clinical reviewer. We will write again soon.
Sincerely, Member Services
"""
    log = [
        entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 5, 30)),
        entry(2, "clinical_notes", "Clinic notes", requested_on=date(2025, 6, 10)),
    ]
    known = {1: ["CM-PA-0093311"], 2: ["CM-PA-0093311"]}
    assert targets(proposals_for(notice, log, known_references=known)) == {(1, "related")}
    # Only the records request carries it: the letter is still not about those records.
    assert proposals_for(notice, log, known_references={2: ["CM-PA-0093311"]}) == ()


PUMP_DENIAL = """
Cedar Mutual Health - Utilization Management
July 3, 2025
Member ID: CMH-002918
Service: Disposable elastomeric infusion pump (A4305)
Notice of adverse benefit determination
Dear Ms. Park,
We have denied the request for a disposable infusion pump. This decision applies only to
the pump. Your immune globulin therapy is being reviewed separately and is not affected by
this letter. Immune globulin is usually given by gravity, so the pump was not shown to be
needed.
Sincerely, Utilization Management
"""


def test_a_decision_that_sets_the_therapy_aside_is_related_not_the_answer() -> None:
    pa = entry(1, "prior_authorization", "Prior authorization", requested_on=date(2025, 6, 5))
    found = understand(PUMP_DENIAL, context=CONTEXT)
    assert found.letter_outcome == "denied"
    (related,) = propose_links(found, [pa], text=PUMP_DENIAL, scope=SCOPE)
    assert (related.role, related.log_id) == ("related", 1)
    assert "denies something else" in related.reason
    assert "immune globulin therapy is being reviewed separately" in related.reason
    # A letter that sets aside something other than the therapy still answers the request.
    pump_aside = APPROVAL.replace(
        "Sincerely", "Your request for an infusion pump is being reviewed separately.\nSincerely"
    )
    found = understand(pump_aside, context=CONTEXT)
    (answer,) = propose_links(found, [pa], text=pump_aside, scope=SCOPE)
    assert answer.role == "decision"
