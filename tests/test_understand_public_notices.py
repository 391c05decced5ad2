"""Public notices and forms by other hands (issue 12): the classes of mistakes that the real
wording of CMS, state Medicaid and ACA model notices showed (bench/public_notice_probes.py),
each on a PDF made here and read by the real reading code (text extraction, then
understanding), as a new user's empty profile would read it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from organizer.core.understand import CaseContext, Understanding, understand
from organizer.jobs.read_file import read_file
from tests import factories


def read(tmp_path: Path, text: str, context: CaseContext | None = None) -> Understanding:
    path = factories.write_text_pdf(tmp_path / "notice.pdf", [text])
    return understand(read_file(str(path)).text, context=context or CaseContext())


# --- the enrollee's own request forms quote the denial but decide nothing -------------------


def test_a_filled_in_request_for_redetermination_is_the_patients_request(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Request for Redetermination of Medicare Prescription Drug Denial\n"
        "Because we denied your request for coverage of a prescription drug, you have the right\n"
        "to ask us for a redetermination (appeal) of our decision. You have 60 days from the date\n"
        "of our Notice of Denial of Medicare Prescription Drug Coverage to ask us.\n"
        "Enrollee's Name: Ottoline Graves  Date of Birth: 02/11/1948\n"
        "Enrollee's Member ID #: PDX55120931\n"
        "Name of drug: Cuvitru 8 g weekly\n"
        "Signature: Ottoline Graves  Date: 04/27/2026",
    )
    assert found.kind == "letter"
    assert found.letter_outcome == "informational"
    assert found.member_id == "PDX55120931"
    assert found.document_date == date(2026, 4, 27)


def test_a_filled_in_coverage_determination_request_is_a_letter_not_plan_pages(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "Request for Medicare Prescription Drug Coverage Determination\n"
        "This form may be sent to us by mail or fax.\n"
        "Member's name: Ottoline Graves  Member ID #: PDX55120931\n"
        "Name of prescription drug you are requesting: Cuvitru 8 g weekly\n"
        "[X] I need a drug that is not on the plan's list of covered drugs (formulary exception).\n"
        "[ ] I have been using a drug that was previously included on the plan's list of covered\n"
        "drugs, but is being removed or was removed from this list during the plan year.\n"
        "Signature: Ottoline Graves  Date: 03/30/2026",
    )
    assert found.kind == "letter"
    assert found.letter_outcome == "informational"
    assert "insurance_card" not in found.fulfills


def test_a_transition_letter_about_a_temporary_supply_is_a_letter(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Bramblewood Rx Plan\nJanuary 12, 2026\nMEMBER ID NUMBER BRX70014482\nOttoline Graves\n"
        "Dear Ottoline Graves:\nThis letter is to inform you that Bramblewood Rx Plan has "
        "provided you with a temporary\nsupply of the following prescription: Cuvitru 8 g.\n"
        "This drug is either not included on our list of covered drugs (called our formulary) "
        "or\nincluded on the formulary, but subject to certain limits. Before this supply ends, "
        "you\nshould speak to your physician about changing the drug or asking for an "
        "exception.\nIf you have questions, please call Member Services at 1-855-555-0101.",
    )
    assert found.kind == "letter"
    assert found.letter_outcome == "informational"
    assert found.member_id == "BRX70014482"


def test_the_patients_own_appeal_letter_is_not_the_denial_it_appeals(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Tobias Renwick\n9 Fern Street, Salem OR 97301\nWillamette Crest Health\nAppeals "
        "Department\nRe: Appeal of prior-authorization denial - member WCH-44102281, claim "
        "26-120-00931, date of service 03/02/2026\nApril 9, 2026\nTo whom it may concern,\n"
        "I'm formally appealing your denial dated March 20, 2026 of the above claim. The "
        "infusion was\nauthorized before it was given, authorization number WC-PA-0301-4410.\n"
        "Sincerely,\nTobias Renwick",
    )
    assert found.letter_outcome == "informational"
    assert found.document_date == date(2026, 4, 9)  # not the Re: line's date of service


# --- a plan's notice: who wrote it, and what it decided --------------------------------------


def test_a_form_field_naming_the_home_infusion_service_is_not_the_signature(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "Date of Notice: February 2, 2026\nHollowbrook Mutual Health  Telephone 1-877-555-0140\n"
        "This document serves as notice of an adverse benefit determination. We have declined "
        "to\nprovide benefits, in whole or in part, for the requested treatment or service "
        "described below.\nPatient Name: Mireille Stanhope ID Number: HMH-2209-77341\n"
        "Claim #: 26-0202-11873 Date of Service: January 20, 2026\n"
        "Provider: Brightfield Home Infusion\n"
        "Explanation of Basis for Determination: Your plan requires prior authorization for "
        "home\ninfusion therapy.\n"
        "Description of service: Home infusion, immune globulin",
    )
    assert found.sender != "pharmacy"
    assert found.letter_outcome == "denied"
    assert found.reference_number == "26-0202-11873"
    assert found.member_id == "HMH-2209-77341"


def test_a_medicaid_notice_of_action_with_its_decision_in_a_field(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Yadkin Bend Health Partners\nNotice of Action\nAdministrative Denial of Request for "
        "Medicaid Services\nMay 4, 2026\nBeneficiary: Ambrose Tillery\nMID: 907733125Q\n"
        "Service Authorization Request # SAR-2026-004471\nDear Ambrose Tillery:\nWe are "
        "sending you this Notice of Action because your provider asked us to approve:\n"
        "Decision: Denied  Effective Date of Action: May 4, 2026\n"
        "Service/Amount Requested: Home infusion nursing, 10 visits",
    )
    assert found.letter_outcome == "denied"
    assert found.member_id == "907733125Q"  # the ID's check letter, not a misread 0
    assert found.reference_number == "SAR-2026-004471"


def test_an_appeal_resolution_that_denies_or_approves_the_plan_appeal(tmp_path: Path) -> None:
    letter = (
        "PLAN ID: 0551-20931\nSawgrass Community Health Plan\nJune 8, 2026\nNOTICE OF PLAN "
        "APPEAL RESOLUTION\nDear Ines Calloway:\nOn May 11, 2026 we received your timely plan "
        "appeal request regarding our Notice of\nAdverse Benefit Determination dated May 1, "
        "2026, NABD Number SCH-26-000871, denying\nhome infusion of vedolizumab.\nOn June 5, "
        "2026, after consideration of the information you provided, Sawgrass\nCommunity Health "
        "Plan hereby {0} your plan appeal."
    )
    denied = read(tmp_path, letter.format("denies"))
    assert denied.letter_outcome == "denied"
    assert denied.reference_number == "SCH-26-000871"
    assert denied.member_id is None  # a plan ID is not the member's ID
    approved = read(tmp_path, letter.format("approves"))
    assert approved.letter_outcome == "approved"


def test_an_omb_approval_number_is_no_approval(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Provider Name: Larchmont Home Health Agency\nNotice of Medicare Non-Coverage\n"
        "Patient name: Evander Pike Patient number: LHH-30018\n"
        "The Effective Date Coverage of Your Current Home Health Services Will End: June 19, "
        "2026\nYour Medicare provider and/or health plan have determined that Medicare probably "
        "will not pay\nfor your current home health services after the effective date indicated "
        "above.\nYour Right to Appeal This Decision\nForm CMS-10123-NOMNC OMB approval "
        "0938-0953",
    )
    assert found.kind == "letter"
    assert found.letter_outcome != "approved"


def test_a_plans_letter_unable_to_approve_is_a_denial_letter(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Juniper Ridge HMO\nAugust 18, 2026\nPatient Name: Corentin Aubry\nGroup Number: 77120\n"
        "Procedure: Home infusion of immune globulin\nDear Corentin Aubry:\nAfter careful "
        "consideration of all available information, we are unable to approve this\nrequest "
        "because home infusion is an exclusion per your Evidence of Coverage. Therefore, we "
        "are\nunable to authorize this request.\nSincerely,\nMedical Director\n"
        "Reference #JRH-UM-0818-5512",
    )
    assert found.kind == "letter"
    assert found.letter_outcome == "denied"
    assert found.reference_number == "JRH-UM-0818-5512"


# --- dates ----------------------------------------------------------------------------------


def test_a_date_under_the_notices_title_is_its_date(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Redwood Vale Health Plan\nNOTICE OF ADVERSE BENEFIT DETERMINATION\nAbout Your "
        "Treatment Request\nApril 14, 2026\nHollis Marchbanks\nRE: Home infusion nursing visit\n"
        "The Plan has denied your provider's request for payment.",
    )
    assert found.document_date == date(2026, 4, 14)


def test_a_fair_hearing_asked_for_by_a_date_is_the_due_date(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Catskill Gate Health Plan\nFINAL ADVERSE DETERMINATION\nMarch 9, 2026\n"
        "Enrollee Number: CG30019277\nPlan Reference Number: AP-26-00412\nDear Enrollee:\n"
        "If you think this decision is wrong, you can ask for a Fair Hearing by July 7, 2026.\n"
        "On March 6, 2026, we decided we are not changing our decision to deny your request.",
    )
    assert found.letter_outcome == "denied"
    assert found.due_date == date(2026, 7, 7)
    assert found.reference_number == "AP-26-00412"
    assert found.member_id == "CG30019277"


def test_a_provider_field_in_the_heading_is_not_the_letterhead(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Palisade Medicare Administrators\nMedical Review Unit\nADDITIONAL DOCUMENTATION "
        "REQUEST\nLetter Date: 03/02/2026\nProvider: Saddleback Home Infusion  NPI 1558820193\n"
        "Beneficiary: Winifred Ocampo\nClaim Number: 21926061004412\n"
        "Your claim has been selected for review. Please submit the following documentation:\n"
        "- Progress notes showing the medical need for the infusion\n"
        "Return your response within 30 days of the date of this letter.",
    )
    assert found.sender != "pharmacy"
    assert found.letter_outcome == "info_requested"
    assert found.due_date == date(2026, 4, 1)


def test_a_hearing_decision_ordering_the_plan_to_approve_is_an_approval(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "DECISION\nPreliminary Recitals\nA hearing was held on May 5, 2026 to review a decision by "
        "Northwoods Family Care.\nThe issue for determination is whether the respondent "
        "correctly denied the petitioner's\nrequest for home infusion nursing visits.\n"
        "Petitioner: Ignatia Ruud\nNOW, THEREFORE, it is ORDERED\nThat the petition is remanded "
        "to the MCO with instructions to approve the home infusion\nnursing visits within 10 "
        "days of the date of this decision.\nGiven under my hand at the City of Madison, "
        "Wisconsin, this 20th day of May, 2026.\nDIVISION OF HEARINGS AND APPEALS\nHolger "
        "Amundsen\nAdministrative Law Judge",
    )
    assert found.kind == "letter"
    assert found.letter_outcome == "approved"


def test_the_patients_question_whether_a_treatment_is_covered_is_a_letter(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Perpetua Lindqvist\n12 Aspen Court\nBoulder, CO 80302\nMarch 3, 2026\nFoothills Health "
        "Plan\nMember Services\nDear Member Services,\nMy immunologist has prescribed immune "
        "globulin infusions at home. Is home infusion\ncovered under my contract? If yes, what "
        "are the limitations?\nPlease write back as soon as possible.\nPerpetua Lindqvist\n"
        "Member ID FHP-20418837",
    )
    assert found.kind == "letter"
    assert found.letter_outcome == "informational"
    assert found.member_id == "FHP-20418837"
    assert found.document_date == date(2026, 3, 3)
