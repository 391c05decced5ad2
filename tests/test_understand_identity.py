"""Reading documents by other hands: titles, quoted decisions, doubts and whose case it is."""

from __future__ import annotations

from datetime import date

import pytest

from organizer.core.understand import CaseContext, infer_case_identity, understand
from organizer.core.understand.identity import DocumentFacts, apply_identity, names_match

NOTICE = """Mesquite Crest Health Plan
Utilization Management
Date of notice: 02/10/2026
NOTICE OF ADVERSE BENEFIT DETERMINATION
Patient name: Teodoro A. Villasenor-Quist
Member ID: MQC730418862
Reference #: UM-2026-0120-0832
This notice tells you that we have denied the request for immune globulin infusion at home.
Reason for the denial: the preferred product was not tried for 3 months.
"""
OTHER_PERSON = NOTICE.replace("Teodoro A. Villasenor-Quist", "Harriet B. Okafor").replace(
    "MQC730418862", "MQC118204577"
)


def facts(patient: str, member: str) -> DocumentFacts:
    return DocumentFacts(patients=(patient,), member_ids=(member,), therapies=("scig",))


def test_the_case_is_what_most_documents_agree_on() -> None:
    identity = infer_case_identity(
        [
            facts("Teodoro A. Villasenor-Quist", "MQC730418862"),
            facts("TEODORO VILLASENOR-QUIST", "MQC730418862"),
            facts("Teodoro A. Villasenor-Quist", "MQC730418862"),
            facts("Harriet B. Okafor", "MQC118204577"),
        ]
    )
    assert names_match(identity.patient, "Teodoro Villasenor-Quist")
    assert identity.member_ids == ("MQC730418862",)
    assert identity.therapy == "scig"
    # One document alone says nothing about whose case it is.
    assert infer_case_identity([facts("Harriet B. Okafor", "MQC118204577")]).empty


def test_another_persons_denial_decides_nothing_for_this_case() -> None:
    context = CaseContext(patient="Teodoro Villasenor-Quist", member_ids=("MQC730418862",))
    own = understand(NOTICE, context=context)
    assert (own.letter_outcome, own.other_person) == ("denied", None)
    theirs = understand(OTHER_PERSON, context=context)
    assert theirs.letter_outcome == "informational"
    assert theirs.other_person and "Harriet B. Okafor" in theirs.other_person
    assert any("another person" in reason for reason in theirs.reasons)


def test_an_empty_profile_is_settled_by_the_inferred_identity() -> None:
    # OCR misread one character of the ID: with the case's ID known it is recognised.
    scanned = NOTICE.replace("Member ID: MQC730418862", "1D number  MQo730418862")
    found = understand(scanned)
    assert found.member_id is None
    identity = infer_case_identity([understand(NOTICE).about] * 2)
    settled = apply_identity(found, scanned, identity, _rules())
    assert settled.member_id == "MQC730418862"
    other = apply_identity(understand(OTHER_PERSON), OTHER_PERSON, identity, _rules())
    assert other.other_person and other.letter_outcome == "informational"


def _rules():  # type: ignore[no-untyped-def]
    from organizer.core.understand import bundled_rules

    return bundled_rules()


def test_a_documents_own_title_decides_its_kind() -> None:
    lmn = """Laguna Verde Allergy & Immunology
January 16, 2026
Medical Director, Mesquite Crest Health Plan
RE: Letter of Medical Necessity
Dear Medical Director:
I am writing on behalf of my patient to request prior authorization of home infusion.
Sincerely,
Marisol E. Okonkwo-Reyes, MD
"""
    assert understand(lmn).kind == "clinical"
    order = """Alameda Creek Infusion Services
TELEPHONE / VERBAL ORDER
Patient: Teodoro A. Villasenor-Quist
From: Marisol E. Okonkwo-Reyes, MD
Limit the immune globulin rate to 160 mL/h/site. Read back and confirmed.
"""
    assert understand(order).kind == "referral"


def test_a_letter_is_judged_by_its_own_decision_not_one_it_quotes() -> None:
    overturn = """Redfern Independent Medical Review
NOTICE OF INDEPENDENT REVIEW DECISION
Date of notice: April 2, 2026
The IRO has OVERTURNED the health plan's adverse determination. Immune globulin at home
is medically necessary and the plan must cover it.
"""
    assert understand(overturn).letter_outcome == "approved"
    peer = """Mesquite Crest Health Plan  Utilization Management
PEER-TO-PEER CONVERSATION - SCHEDULING CONFIRMATION
Decision discussed: adverse determination issued 02/10/2026
As requested by your office, a peer-to-peer conversation has been scheduled for
Tuesday, February 17, 2026, 12:15 p.m. It is not an appeal and does not by itself change
the decision.
"""
    found = understand(peer)
    assert found.letter_outcome == "informational"
    assert found.document_date != date(2026, 2, 17)  # the call is not the letter's date


def test_the_letters_own_date_after_a_letterhead_line_and_under_a_signature() -> None:
    letter = """northpass
Specialty Pharmacy
Northpass Rx administers the prescription drug benefit for Mesquite Crest Health Plan members.
01/19/2026
Dear Teodoro,
We sent your prescription to a network home infusion provider on January 19, 2026.
"""
    assert understand(letter).document_date == date(2026, 1, 19)
    orders = """Premedication and Hypersensitivity Orders
Acetaminophen 650 mg PO once before infusion.
Dispense: epinephrine 0.3 mg auto-injector, 2-pack.
Marisol E. Okonkwo-Reyes, MD, NPI 1630924516
16 January 2026
"""
    assert understand(orders).document_date == date(2026, 1, 16)


def test_not_sure_leaves_the_field_empty_and_keeps_the_candidates() -> None:
    two_references = """Mesquite Crest Health Plan
March 3, 2026
Dear Member,
We need more information about your request for home infusion.
Reference number: UM-2026-0120-0832
Reference number: UM-2026-0301-1177
Please send your recent clinical notes.
"""
    found = understand(two_references)
    assert found.reference_number is None
    doubts = found.unsure_fields
    assert set(doubts["reference_number"]) == {"UM-2026-0120-0832", "UM-2026-0301-1177"}
    assert any("Not sure of the reference number" in r for r in found.reasons)
    # A deadline before the letter's own date is a misreading: not a false urgency.
    old_deadline = two_references.replace(
        "Please send your recent clinical notes.",
        "Please send your recent clinical notes by January 5, 2026.",
    )
    late = understand(old_deadline)
    assert late.due_date is None and "due_date" in late.unsure_fields


LETTERHEAD = """Tamarack Ridge Health Plan
March 2, 2026
Dear Member,
We have approved your prior authorization request for home infusion.
"""


@pytest.mark.parametrize(
    ("label", "reference", "member"),
    [
        ("Plan Reference Number\nPA-TR-2602-118734\n", "PA-TR-2602-118734", None),
        ("Enrollee Number\nLFR19022487\n", None, "LFR19022487"),
        ("Member I.D. #\nTRH447102938-01\n", None, "TRH447102938-01"),
        ("Payer / ID\nMesquite Crest / MQC730418862\n", None, "MQC730418862"),
        ("Case # | PA-TR-2602-118734 |\n", "PA-TR-2602-118734", None),
        ("Tracking ID APL-TR-26-00562\n", "APL-TR-26-00562", None),
        ("Auth #\nTRA-7720441903\n", "TRA-7720441903", None),
        ("OMB Approval No. 0938-0566\nCase number: QF-AP-2025-000871\n", "QF-AP-2025-000871", None),
    ],
)
def test_labels_pair_with_their_values_across_lines_and_cells(
    label: str, reference: str | None, member: str | None
) -> None:
    found = understand(LETTERHEAD + label)
    assert (found.reference_number, found.member_id) == (reference, member)


def test_deadlines_follow_the_corpus_conventions() -> None:
    request = LETTERHEAD.replace(
        "We have approved your prior authorization request for home infusion.",
        "We need more information to review your request. Please send your chart notes.",
    )
    explicit = request + "If this information is not received by March 20, 2026, we will decide.\n"
    assert understand(explicit).due_date == date(2026, 3, 20)
    window = request + (
        "Please make sure it is sent to us within 14 calendar days from the date of this notice.\n"
    )
    assert understand(window).due_date == date(2026, 3, 16)
    from_receipt = request + "Send it within 14 days after you receive this notice.\n"
    assert understand(from_receipt).due_date is None


def test_approved_and_denied_are_only_for_health_coverage() -> None:
    gym = """Riverside Fitness Club
March 3, 2026
Dear Member,
Your membership application has been approved! Classes start Monday.
"""
    assert understand(gym).letter_outcome in (None, "informational")


def test_the_patients_own_letter_quoting_a_denial_is_information() -> None:
    from organizer.core.understand.identity import CaseIdentity, signed_by_patient

    letter = """March 2, 2026
Acme Health Plan Appeals
Member ID ACM112233445
Your decision has been denied for my IVIG infusions, which are not medically necessary.
Sincerely,
Jo A. Smith
"""
    found = understand(letter)
    assert found.letter_outcome == "denied"  # read alone, it looks like a denial
    settled = signed_by_patient(found, letter, "Jo Smith")
    assert settled.letter_outcome == "informational"
    identity = CaseIdentity(patient="Jo Smith", member_ids=("ACM112233445",))
    assert apply_identity(found, letter, identity, _rules()).letter_outcome == "informational"
