"""Letters by other hands (issue 12): the classes of mistakes a new train case (home enzyme
replacement under an HMO, a benefit manager and a home infusion provider) showed, each on a
PDF made here and read by the real reading code (text extraction, then understanding)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from organizer.core.records import LogEntryInfo
from organizer.core.understand import CaseContext, Understanding, propose_links, understand
from organizer.jobs.read_file import read_file
from tests import factories

PATIENT = "Casimir J. Aldana-Rooke"
MEMBER = "QHP55018273-01"
CONTEXT = CaseContext(
    patient=PATIENT,
    member_ids=(MEMBER,),
    payers=("Quillfield Health Plan",),
    pharmacies=("Saltmarsh Home Infusion",),
)


def read(tmp_path: Path, text: str, context: CaseContext = CONTEXT) -> Understanding:
    path = factories.write_text_pdf(tmp_path / "document.pdf", [text])
    return understand(read_file(str(path)).text, context=context)


# --- whose letter it is ---------------------------------------------------------------------

SPOUSE_APPROVAL = """Brightwater Rx Services
Pharmacy benefit services for Quillfield Health Plan
June 2, 2026
Beatriz Aldana-Rooke
14 Kettle Pond Road
Authorization ID BRX-AUTH-7730-0602
Member ID QHP55018273-02
Your prescription drug coverage request: approved
Dear Beatriz Aldana-Rooke,
Your request for rizatriptan 10 mg tablets has been approved from 06/02/2026 through
06/01/2027.
Clinical Review Services"""


def test_a_spouses_approval_under_the_same_family_name_is_not_this_cases(tmp_path: Path) -> None:
    found = read(tmp_path, SPOUSE_APPROVAL)
    assert found.kind == "letter"
    assert found.letter_outcome == "informational"
    assert found.other_person is not None and "Beatriz" in found.other_person
    assert found.fulfills == ()


def test_the_patients_own_approval_printed_last_name_first_still_counts(tmp_path: Path) -> None:
    text = (
        SPOUSE_APPROVAL.replace("Beatriz Aldana-Rooke", "ALDANA-ROOKE, CASIMIR J")
        .replace("QHP55018273-02", "QHP55018273-01")
        .replace("rizatriptan 10 mg tablets", "agalsidase beta 35 mg vials")
    )
    found = read(tmp_path, text)
    assert found.other_person is None
    assert found.letter_outcome == "approved"
    assert found.fulfills == ("prior_authorization",)


def test_a_coordinators_job_title_is_not_another_patient(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Subject: Your enzyme therapy is approved\nFrom: Rosalind Quaye\nTo: Casimir\n"
        "Date: Wed, Jun 3, 2026 2:10 PM\nHi Casimir,\nBrightwater called us back: your "
        "insurance approved the agalsidase beta (approval number BRX-AUTH-8841-0603). We can "
        "ship the first delivery this week.\nRosalind Quaye, CPhT\nPatient Care Coordinator, "
        "Saltmarsh Home Infusion",
    )
    assert found.other_person is None
    assert found.letter_outcome == "approved"
    assert found.reference_number == "BRX-AUTH-8841-0603"


# --- what a request asks for, in clinical words -----------------------------------------------


def test_a_list_introduced_by_reviewers_need_names_the_order_and_the_necessity_statement(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "QUILLFIELD HEALTH PLAN\n05/12/2026\nCase # QHP-UM-26-0512\nMember ID QHP55018273-01\n"
        "Dear Provider:\nYour request for home infusion nursing cannot be reviewed yet. To "
        "decide, our nurse reviewers need:\n- The signed plan of treatment (drug, dose, "
        "frequency, nursing visits)\n- A statement from the treating physician on why "
        "infusion at home is medically necessary\nPlease send the records within ten (10) "
        "calendar days of the date of this letter.\nUtilization Management",
    )
    assert found.letter_outcome == "info_requested"
    assert found.requested_items == ("prescription", "medical_necessity")
    assert found.due_date == date(2026, 5, 22)


def test_an_enzyme_activity_result_is_a_lab_result_asked_for(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "REQUEST FOR ADDITIONAL INFORMATION\nCase # BRX-PA-0508-1177\nMember ID "
        "QHP55018273-01\nPlease fax the items checked below:\n"
        "[x] Alpha-galactosidase A enzyme activity result, leukocyte or plasma\n"
        "[ ] Current weight in kg\nRESPOND BY 05/22/2026",
    )
    assert found.requested_items == ("lab_results",)


# --- what a paper itself fulfils ---------------------------------------------------------------


def test_we_called_your_plan_to_check_your_benefits_is_a_benefits_check(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Saltmarsh Home Infusion\nMay 6, 2026\nMember ID QHP55018273-01\nDear Casimir,\nWe "
        "called Quillfield Health Plan on May 5 to check your benefits for home infusion. "
        "Nursing visits: $40 copay per visit. Per diem: 20% after deductible.\nIntake "
        "Coordinator",
    )
    assert found.kind == "letter"
    assert "benefits_verification" in found.fulfills


def test_a_program_that_can_help_with_insurance_verification_is_not_one(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Lanternway Patient Support\nMay 18, 2026\nProgram ID LW-COPAY-40211\nDear Casimir,\n"
        "Welcome: your copay assistance enrollment is approved. The program may lower what you "
        "pay for each fill.\nOur case managers can help with insurance verification, prior "
        "authorization and appeals.\nYour Case Manager",
    )
    assert found.letter_outcome == "informational"
    assert found.fulfills == ()


def test_an_echocardiogram_report_documents_the_diagnosis(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "LAKESIDE HEART ASSOCIATES\nEchocardiography Laboratory\nTransthoracic Echocardiogram "
        "Report\nPatient Casimir Aldana-Rooke\nStudy date Apr 2, 2026\nIVSd 13 mm\nLVEF 62%\n"
        "Impression: mild concentric left ventricular hypertrophy, consistent with cardiac "
        "involvement of Fabry disease.",
    )
    assert found.kind == "clinical"
    assert found.fulfills == ("diagnosis",)


def test_current_medications_and_prior_therapies_are_a_medication_history(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "North Bay Genetics Clinic\nCurrent Medications and Prior Therapies\nPatient Casimir "
        "Aldana-Rooke\nPrinted 05/04/2026\nGabapentin 300 mg three times a day, active\n"
        "Carbamazepine 200 mg twice a day, stopped (dizziness)\nAllergies: none known",
    )
    assert found.kind == "clinical"
    assert found.fulfills == ("medication_history",)


def test_a_filled_request_form_warning_about_incomplete_forms_asks_nothing(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "PHARMACY PRIOR AUTHORIZATION REQUEST - ENZYME REPLACEMENT THERAPY\nFax to Brightwater "
        "Rx Services. Incomplete forms delay the review.\nPatient name Casimir Aldana-Rooke\n"
        "Member ID QHP55018273-01\nDrug Fabrazyme 35 mg vial, 1 mg/kg every 2 weeks\n"
        "Request date\n05/06/2026\n[x] New start\n[x] Diagnosis confirmed by enzyme assay\n"
        "Prescriber signature: electronically signed",
    )
    assert found.kind == "letter"
    assert found.letter_outcome == "informational"
    assert found.document_date == date(2026, 5, 6)  # a copy of a request: its request date


# --- numbers a fax or a scan misreads -----------------------------------------------------------


def test_tracking_id_read_as_exclamation_d_and_a_dash_read_as_a_tilde(tmp_path: Path) -> None:
    appeal = read(
        tmp_path,
        "QUILLFIELD HEALTH PLAN\nJune 18, 2026\nAPPEAL DECISION - FAVORABLE\nTracking !D "
        "QHP-APL-26-0527-19\nMember ID QHP55018273-01\nDear Casimir Aldana-Rooke:\nOur earlier "
        "decision is overturned. The services are approved.\nMember Appeals Unit",
    )
    assert appeal.reference_number == "QHP-APL-26-0527-19"
    lab = read(
        tmp_path,
        "PINEHOLLOW CLINICAL LABORATORIES\nLYSOSOMAL ENZYME REPORT\nPATIENT ALDANA-ROOKE, "
        "CASIMIR\nACCESSION PHL~26-085-20417\nREPORTED 03/30/2026\nAlpha-Gal A, leukocytes "
        "0.4 L 23.1-57.1 nmol/hr/mg",
    )
    assert lab.reference_number == "PHL-26-085-20417"


# --- which prior authorization a decision answers -------------------------------------------


def _pa(number: int, what: str, asked: date) -> LogEntryInfo:
    return LogEntryInfo(
        id=number,
        item="prior_authorization",
        what=what,
        requested_by="pharmacy",
        requested_on=asked,
        who_submits="pharmacy",
        due=None,
        submitted_on=asked,
        status="submitted",
        decision="",
        notes="",
        links=(),
    )


def test_of_two_equally_named_authorizations_the_letterhead_names_the_one_decided(
    tmp_path: Path,
) -> None:
    text = (
        "Brightwater Rx Services\nPharmacy benefit services for Quillfield Health Plan\n"
        "Clinical Review Services\nMay 19, 2026\nMember ID QHP55018273-01\nDear Casimir "
        "Aldana-Rooke,\nYour request for agalsidase beta under your prescription drug benefit "
        "has been approved through 11/18/2026. Fill it at Pelican Specialty Pharmacy.\nNursing "
        "visits and home infusion services are part of your medical benefit with Quillfield "
        "Health Plan and may need their own approval.\nClinical Review Services"
    )
    path = factories.write_text_pdf(tmp_path / "approval.pdf", [text])
    read_text = read_file(str(path)).text
    found = understand(read_text, context=CONTEXT)
    # Both descriptions share seven words with the letter; the later request would win.
    drug = _pa(
        1,
        "Brightwater prior authorization for agalsidase beta (pharmacy benefit, Pelican Specialty)",
        date(2026, 5, 5),
    )
    nursing = _pa(
        2,
        "Quillfield HMO authorization of home infusion nursing visits (medical benefit, appeal)",
        date(2026, 5, 7),
    )
    proposals = propose_links(found, [drug, nursing], text=read_text, context=CONTEXT)
    decisions = [p.log_id for p in proposals if p.role == "decision"]
    assert decisions == [1]


REQUEST_COPY = """Saltmarsh Home Infusion
FAX
To: Quillfield Health Plan - Utilization Management
Date: 05/11/2026
Re: Prior authorization request - home infusion per diem and nursing
Please find the request form, orders and clinical notes for Casimir Aldana-Rooke.
HOME HEALTH CARE / HOME INFUSION - FAX REQUEST FORM
Patient Casimir Aldana-Rooke
Patient ID # QHP55018273-01
Agency Saltmarsh Home Infusion
Visits requested 13 skilled nursing visits, 05/26/2026 - 11/25/2026
Service codes S9357 per diem; 99601 first 2 hours"""


def test_a_copy_of_the_request_sent_that_day_is_what_was_sent_for_the_authorization(
    tmp_path: Path,
) -> None:
    path = factories.write_text_pdf(tmp_path / "request copy.pdf", [REQUEST_COPY])
    text = read_file(str(path)).text
    found = understand(text, context=CONTEXT)
    assert found.letter_outcome == "informational"
    drug = _pa(1, "Brightwater prior authorization for agalsidase beta", date(2026, 5, 6))
    nursing = _pa(
        2, "Quillfield authorization of home infusion nursing and per diem", date(2026, 5, 11)
    )
    proposals = propose_links(found, [drug, nursing], text=text, context=CONTEXT)
    assert [(p.role, p.log_id) for p in proposals] == [("submission", 2)]
    # Sent on another day, it is not that entry's copy.
    later = _pa(
        3, "Quillfield authorization of home infusion nursing and per diem", date(2026, 5, 20)
    )
    assert propose_links(found, [drug, later], text=text, context=CONTEXT) == ()


PLANS_LETTER_THAT_DAY = """Quillfield Health Plan
Utilization Management
May 11, 2026
Member ID QHP55018273-01
Dear Casimir Aldana-Rooke,
Your authorization request for home infusion nursing and per diem is pending review.
For other services, your provider fills in the enclosed request form and faxes it to us.
Quillfield Health Plan"""


def test_a_plans_letter_the_day_of_sending_is_not_a_copy_of_the_request(tmp_path: Path) -> None:
    # Its sentences name the request and a request form, but no heading of one: accepting
    # it as what was sent would record the plan's letter as the papers sent.
    path = factories.write_text_pdf(tmp_path / "plan letter.pdf", [PLANS_LETTER_THAT_DAY])
    text = read_file(str(path)).text
    found = understand(text, context=CONTEXT)
    nursing = _pa(
        2, "Quillfield authorization of home infusion nursing and per diem", date(2026, 5, 11)
    )
    proposals = propose_links(found, [nursing], text=text, context=CONTEXT)
    assert "submission" not in [p.role for p in proposals]


def test_a_gene_sequencing_report_confirming_the_disease_documents_the_diagnosis(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "MERIDALE DIAGNOSTICS\nMolecular Genetics Laboratory\nFABRY DISEASE: GLA GENE "
        "SEQUENCING - FINAL REPORT\nPatient ALDANA-ROOKE, CASIMIR\nAccession MDX-26-04-118832\n"
        "Reported APR 09 2026\nGLA c.1025G>A p.(Arg342Gln) Hemizygous Pathogenic\nRESULT: "
        "POSITIVE. This result confirms a diagnosis of Fabry disease (ICD-10 E75.21).",
    )
    assert found.kind == "clinical"
    assert found.fulfills == ("diagnosis",)
    assert found.reference_number == "MDX-26-04-118832"
