"""Suggestions for a patient with several plans and several requests (issue 13): a letter
from another of the patient's plans answers the entry that names that plan, a decision
about another service answers no entry, and a decision on one of the entry's services is
this case's even when it does not name the drug."""

from __future__ import annotations

from datetime import date

from organizer.core.understand import CaseContext, propose_links, understand
from organizer.core.understand.scope import CaseScope, another_members_letter, therapy_words
from organizer.core.understand.text import id_key
from organizer.services.proposals import other_member_flag
from organizer.storage.models import Document
from tests.test_understand_proposals import entry

CONTEXT = CaseContext(
    patient="Marguerite L. Osei-Bonsu",
    member_ids=("HCM-4471920",),
    payers=("Hollowcreek Medicaid Plan",),
    pharmacies=("Brightwell Home Infusion",),
)
SCOPE = CaseScope(
    began=date(2026, 3, 2),
    members=frozenset({id_key("HCM-4471920")}),
    therapy=therapy_words("Ertapenem 1 g IV every 24 hours via PICC for 6 weeks"),
    patient="Marguerite L. Osei-Bonsu",
)
MEDICAID_PA = entry(
    4,
    "prior_authorization",
    "Hollowcreek prior authorization for home infusion per diem and nursing visits",
    requested_on=date(2026, 3, 3),
    submitted_on=date(2026, 3, 4),
    status="submitted",
)
PART_D_PA = entry(
    5,
    "prior_authorization",
    "Tamberlane Rx coverage determination for ertapenem (Part D)",
    requested_on=date(2026, 3, 3),
    submitted_on=date(2026, 3, 6),
    status="submitted",
)
LOG = [MEDICAID_PA, PART_D_PA]

PART_D_APPROVAL = """Tamberlane Rx (PDP)
Coverage Determinations and Appeals
P.O. Box 4410, Granite Falls, OH 45601
March 9, 2026
Marguerite L. Osei-Bonsu
Enrollee Number: TRX88120455
Case #: CD-TR-26-0309-11
Notice of coverage determination - approved
Dear Marguerite L. Osei-Bonsu:
We have approved your request for coverage of the following drug: ertapenem 1 g injection,
every 24 hours, from March 9, 2026 through April 20, 2026.
Sincerely,
Coverage Determinations
"""


def suggested(text: str, log: list = LOG) -> list[tuple[int | None, str]]:  # type: ignore[type-arg]
    found = understand(text, context=CONTEXT)
    return [
        (p.log_id, p.role)
        for p in propose_links(found, log, text=text, context=CONTEXT, scope=SCOPE)
    ]


def test_another_plan_of_the_patient_answers_the_entry_that_names_it() -> None:
    """The drug plan's approval prints its own member number, but names the patient: it is
    the answer to the drug plan's entry, never to the Medicaid plan's."""
    assert suggested(PART_D_APPROVAL) == [(5, "decision")]


def test_a_letter_for_someone_else_on_another_plan_is_still_kept_out() -> None:
    text = PART_D_APPROVAL.replace("Marguerite L. Osei-Bonsu", "Desmond K. Arkwright")
    assert suggested(text) == []
    assert (
        another_members_letter(
            "letter", "TRX88120455", ("Desmond K. Arkwright",), SCOPE.members, SCOPE.patient
        )
        == "TRX88120455"
    )


def test_the_review_list_flags_only_another_persons_letter() -> None:
    """The "for another member" flag of the list to review follows the same rule."""
    mine = Document(
        kind="letter",
        member_id="TRX88120455",
        about='{"patients": ["Marguerite L. Osei-Bonsu"]}',
    )
    theirs = Document(
        kind="letter", member_id="TRX88120455", about='{"patients": ["Desmond K. Arkwright"]}'
    )
    assert other_member_flag(mine, SCOPE.members, SCOPE.patient) == ""
    assert "TRX88120455" in other_member_flag(theirs, SCOPE.members, SCOPE.patient)


def test_a_filled_in_request_form_dated_before_it_was_sent_is_what_was_sent() -> None:
    """A coverage determination request is dated when filled in (March 5), sent the next
    day: it is what was sent for the drug plan's entry."""
    form = """Tamberlane Rx (PDP)
Coverage Determinations and Appeals
Request for Medicare Prescription Drug Coverage Determination
Enrollee's Name: Marguerite L. Osei-Bonsu
Enrollee's Member ID #: TRX88120455
Name of prescription drug you are requesting: ertapenem 1 g IV every 24 hours
Prescriber's signature: Dr. Imelda Varga      Date: 03/05/2026
"""
    assert suggested(form) == [(5, "submission")]


def test_a_decision_about_another_service_answers_no_entry() -> None:
    """The plan denied an infusion pump; the entry asks for per diem and nursing visits."""
    pump = """Hollowcreek Medicaid Plan
Utilization Management
NOTICE OF ACTION
Marguerite L. Osei-Bonsu
Member ID: HCM-4471920
Date of notice: 03/18/2026
Hollowcreek has denied the request for an elastomeric (ball) infusion pump, E0779.
Ertapenem is given by gravity over 30 minutes.
Utilization Management
"""
    assert suggested(pump) == []
    nursing = pump.replace(
        "an elastomeric (ball) infusion pump, E0779", "home infusion nursing visits"
    ).replace("denied", "approved")
    assert suggested(nursing) == [(4, "decision")]


def test_the_members_own_notice_naming_one_service_is_this_cases() -> None:
    """A notice with the case's member ID that names the nursing visits, not the drug."""
    notice = """Hollowcreek Medicaid Plan
Utilization Management
PROVIDER NOTICE - SERVICE AUTHORIZATION
Mar 16, 2026
Member: Marguerite L. Osei-Bonsu
Member ID: HCM-4471920
Authorization #: HCN-26-03-5521
Service: Skilled nursing, 8 visits, 03/09/2026 - 04/17/2026
Decision: APPROVED
Utilization Management
"""
    assert suggested(notice) == [(4, "decision")]


def test_a_printout_with_the_requests_number_is_this_cases_answer() -> None:
    """A portal printout names neither the drug nor a service, only the authorization's case
    number, which the entry's papers carry: it is this request's answer, not history."""
    printout = """Authorization status inquiry
Printed 03/14/2026
Case number: HCM-26-0306-4471
Status: APPROVED
Approved on: 03/14/2026
"""
    found = understand(printout, context=CONTEXT)
    proposed = propose_links(
        found,
        LOG,
        text=printout,
        context=CONTEXT,
        scope=SCOPE,
        known_references={4: ("HCM-26-0306-4471",)},
    )
    assert [(p.log_id, p.role) for p in proposed] == [(4, "decision")]


def test_a_printout_listing_the_services_billing_codes_names_them() -> None:
    """A portal printout lists "99601" and "S9338", the codes of nursing visits and the per
    diem the entry asks for: it is about the case's services though it names no drug."""
    printout = """Authorization Detail
Member: OSEI-BONSU, MARGUERITE L
Member ID: HCM-4471920
Auth status: Approved
Decision date: 03/14/2026
Line  Service  Start       End         Units  Status
1     S9338    03/16/2026  04/17/2026  33     Approved
2     99601    03/16/2026  04/17/2026  8      Approved
"""
    assert suggested(printout) == [(4, "decision")]
    assert suggested(printout.replace("S9338", "E0779").replace("99601", "A4221")) == []


def test_a_scanned_request_from_the_drug_plan_reaches_its_entry() -> None:
    """A scan reads a stray mark before "Enrollee" ("’ Enrollee Marguerite …"): the
    name is still read, so the drug plan's request is the patient's and is linked to the
    entry that tracks what it asks for."""
    scan = """Tamberlane Rx (PDP) | 1-888-555-0155 (TTY 711)
Coverage Determinations.and Appeals _ www. tamberlanerx.example
3/8/26 -
Imelda Varga, MD
Case # CD-TR-26-0309-11 .
’ Enrollee Marguerite L. Osei-Bonsu
Enroliee Number TRX88120455
Coverage determination - information needed
Dear Prescriber:
To decide whether ertapenem is covered under Part D or Part B, we need a copy of the
signed infusion orders showing the route and the setting.
If this information is not received by 03/10/2026 we will decide on what we have.
"""
    orders = entry(
        10,
        "prescription",
        "Signed infusion orders for the Tamberlane Rx Part D review",
        requested_on=date(2026, 3, 8),
    )
    found = understand(scan, context=CONTEXT)
    assert "Marguerite L. Osei-Bonsu" in found.about.patients
    assert suggested(scan, [*LOG, orders]) == [(10, "request")]
