"""Suggested links on a case with its log filled in: the classes of wrong and missed links
found on labelled corpora, each on documents made here and read by the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo, ProposalInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import cases, log, proposals
from organizer.storage.database import Database
from tests import factories

pytestmark = pytest.mark.both_engines

THERAPY = (
    "Immune globulin infusion 10% with recombinant human hyaluronidase (fSCIG), 30 g "
    "subcutaneously every 4 weeks at home, 12 months, with home infusion nursing"
)
PROFILE = CaseProfile(
    patient="Marguerite L. Oyelaran-Voss",
    therapy=THERAPY,
    payer="Harrowgate Health Plan",
    member_id="HGP550183274",
    payer_phone="1-800-555-0190",
    provider_office=Contact(
        name="Fenwick Allergy & Immunology", phone="(512) 555-0131", fax="(512) 555-0132"
    ),
    pharmacy=Contact(
        name="Cedarline Infusion Services", phone="(512) 555-0171", fax="(512) 555-0172"
    ),
)


@pytest.fixture
def filled(db: Database, case: CaseInfo) -> CaseInfo:
    return cases.update_profile(db, case.id, PROFILE)


@pytest.fixture
def indexer(db: Database, filled: CaseInfo) -> Iterator[Indexer]:
    made = Indexer(db, filled, IndexSettings(ocr=False, settle_seconds=0))
    yield made
    made.close()


def entry(
    db: Database, case: CaseInfo, item: str, what: str, by: str, asked: date, **more: object
) -> int:
    made = log.create_entry(
        db, case.id, item, what=what, requested_by=by, requested_on=asked, today=asked, **more
    )
    return made.id


def write(folder: Path, name: str, text: str) -> None:
    factories.write_text_pdf(folder / name, [text])


def suggested(db: Database, case: CaseInfo) -> dict[str, list[ProposalInfo]]:
    found: dict[str, list[ProposalInfo]] = {}
    for p in proposals.open_proposals(db, case.id):
        found.setdefault(p.path, []).append(p)
    return found


def targets(found: dict[str, list[ProposalInfo]], path: str) -> set[int]:
    return {p.log_id for p in found.get(path, [])}


PRESCRIPTION = """Fenwick Allergy & Immunology
Thaddeus R. Ambrose-Kell, MD
Tel (512) 555-0131 Fax (512) 555-0132
PRESCRIPTION
Date: 01/16/2026
Patient: Marguerite L. Oyelaran-Voss DOB 05/11/1969
Rx: Immune globulin infusion 10% with recombinant human hyaluronidase (fSCIG)
30 g subcutaneously every 4 weeks x 12 months, home infusion nursing
Dx: D80.1 nonfamilial hypogammaglobulinemia
Prescriber signature: Thaddeus R. Ambrose-Kell, MD
"""
OTHER_ORDER = """Cedarline Infusion Services
Home and Ambulatory Infusion Pharmacy
Phone (512) 555-0171 Fax (512) 555-0172
PHYSICIAN ORDER / CHANGE IN PLAN OF TREATMENT
Date: 01/15/2026
Patient: Marguerite L. Oyelaran-Voss
Therapy: cefTRIAXone 2 g IV every 24 hours
Order: discontinue the antibiotic after the dose given on 01/15/2026; remove the midline
catheter; discharge from home infusion nursing.
Physician: Anselm K. Brightwater, DO   Signed: 01/15/2026
"""
CORRECTED = """JAN-22-2026 15:33 FROM 512 555 0132 TO 512 555 0172 P.1/1
Thaddeus R. Ambrose-Kell, MD
Date 01/22/2026
Patient: Marguerite L. Oyelaran-Voss
Rx CORRECTED - replaces Rx of 1/16/26
Immune globulin infusion 10% with recombinant human hyaluronidase
Ramp-up 7.5 g, 15 g, 22.5 g, then 30 g subcutaneously every 4 weeks x 12 months
Dx: D80.1
Prescriber signature: Thaddeus R. Ambrose-Kell, MD
"""


def test_an_order_for_another_therapy_is_not_the_prescription_sent_but_a_correction_is(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    rx = entry(
        db,
        filled,
        "prescription",
        "Signed fSCIG prescription and home infusion referral from Dr. Ambrose-Kell",
        "pharmacy",
        date(2026, 1, 14),
        status="submitted",
        submitted_on=date(2026, 1, 16),
    )
    write(case_folder, "rx.pdf", PRESCRIPTION)
    write(case_folder, "dc order.pdf", OTHER_ORDER)
    write(case_folder, "fax_0122.pdf", CORRECTED)
    # The same order sent again without a word of correcting one: written after it was sent.
    write(
        case_folder,
        "rx again.pdf",
        CORRECTED.replace("Rx CORRECTED - replaces Rx of 1/16/26", "Rx"),
    )
    indexer.run_once()
    found = suggested(db, filled)
    assert rx in targets(found, "rx.pdf")
    assert rx not in targets(found, "dc order.pdf")  # it orders an antibiotic
    assert rx in targets(found, "fax_0122.pdf")  # it puts right what was sent
    assert rx not in targets(found, "rx again.pdf")


SPANISH_DENIAL = """Harrowgate Health Plan
Utilization Management
Fecha del aviso: 10 de febrero de 2026
AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS
Este aviso le informa que hemos denegado la solicitud del tratamiento descrito abajo.
Nombre del paciente: Marguerite L. Oyelaran-Voss
Número de identificación: HGP550183274
Número de referencia: UM-2026-0120-0832
Servicio: Inmunoglobulina al 10% con hialuronidasa, 30 g cada 4 semanas, en el hogar
Motivo de la denegación: no se documenta el uso de una inmunoglobulina subcutánea preferida.
Usted puede presentar una apelación dentro de los 180 días.
"""


def test_a_decision_naming_the_therapy_in_spanish_is_this_cases_answer(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    pa = entry(
        db,
        filled,
        "prior_authorization",
        "Harrowgate prior authorization for home fSCIG",
        "pharmacy",
        date(2026, 1, 20),
        status="submitted",
        submitted_on=date(2026, 1, 20),
    )
    write(case_folder, "aviso de denegación.pdf", SPANISH_DENIAL)
    indexer.run_once()
    found = suggested(db, filled)
    assert [(p.log_id, p.role) for p in found["aviso de denegación.pdf"]] == [(pa, "decision")]


CARD = """Harrowgate Health Plan  Choice PPO
Member ID Card
MARGUERITE L OYELARAN-VOSS
Member ID HGP550183274
Group 70412-TX-005   RxBIN 610014
Effective 01/01/2026
"""
SERVICES_LIST = "\n".join(
    [
        "Harrowgate Health Plan",
        "Member Services",
        "Services that need preauthorization - 2026",
        "Your provider asks us before you get these services.",
        "Emergency care never needs preauthorization.",
        "Category",
        "Examples",
        "Decision time (standard)",
    ]
    + [
        line
        for service in (
            "Home infusion therapy",
            "Specialty drugs, medical benefit",
            "Durable medical equipment",
            "Inpatient admissions (planned)",
            "Advanced imaging",
            "Outpatient surgery",
        )
        for line in (service, "Examples listed in your plan booklet", "3 business days")
    ]
    + ["If we need more information, we will send a letter listing what is missing."]
)


def test_a_plan_page_with_nothing_of_a_card_is_not_the_card_copy_asked_for(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    card = entry(
        db,
        filled,
        "insurance_card",
        "Copies of the Harrowgate medical ID card (front and back)",
        "pharmacy",
        date(2026, 1, 19),
    )
    write(case_folder, "card front.pdf", CARD)
    write(case_folder, "services needing preauthorization.pdf", SERVICES_LIST)
    indexer.run_once()
    found = suggested(db, filled)
    assert card in targets(found, "card front.pdf")
    assert card not in targets(found, "services needing preauthorization.pdf")


ACKNOWLEDGED = """Harrowgate Health Plan <no-reply@harrowgate.example>
Update on your authorization request
Mon, Apr 6, 2026, 3:12 PM
Hello Marguerite,
We received a request from Cedarline Infusion Services on April 6, 2026 for home infusion
services for you.
Status: Pending clinical review
Reference number: HG26-0406-2236
Services: Home infusion per diem (S9338); nursing visits (99601, 99602)
We will make a decision within 3 business days after we receive all the information we need.
"""


def test_a_plans_word_that_it_received_an_authorization_request_relates_to_the_authorization(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    pa = entry(
        db,
        filled,
        "prior_authorization",
        "Harrowgate prior authorization for home fSCIG, through appeal",
        "pharmacy",
        date(2026, 1, 20),
        status="submitted",
        submitted_on=date(2026, 1, 20),
    )
    write(case_folder, "Mail - Update on your authorization request.pdf", ACKNOWLEDGED)
    indexer.run_once()
    found = suggested(db, filled)["Mail - Update on your authorization request.pdf"]
    assert [(p.log_id, p.role) for p in found] == [(pa, "related")]
    assert "received" in found[0].reason


ITEMS_STILL_NEEDED = """01/19/2026 11:08 CEDARLINE INFUSION 5125550172 -> 5125550132 PAGE 1 OF 1
Cedarline Infusion Services - Intake
Phone (512) 555-0171 Fax (512) 555-0172
Date: 01/19/2026
Re: Referral for Marguerite L. Oyelaran-Voss
Thank you for the referral. Items still needed before we can start:
Copy of medical insurance card - front and back
Copy of prescription drug card (Northpass Rx)
Intake coordinator: Renata Solis-Whitfield
"""


def test_the_letter_that_asked_for_an_entry_is_found_though_not_read_as_a_request(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    card = entry(
        db,
        filled,
        "insurance_card",
        "Copies of the Harrowgate medical ID card (front and back) and the Northpass Rx card",
        "pharmacy",
        date(2026, 1, 19),
    )
    write(case_folder, "Scan_2026-01-19_0001.pdf", ITEMS_STILL_NEEDED)
    # The same letter a week later is not the one that asked (the log dates the request).
    write(
        case_folder,
        "Scan_2026-01-26_0001.pdf",
        ITEMS_STILL_NEEDED.replace("01/19/2026", "01/26/2026"),
    )
    indexer.run_once()
    found = suggested(db, filled)
    assert [(p.log_id, p.role) for p in found["Scan_2026-01-19_0001.pdf"]] == [(card, "request")]
    assert card not in targets(found, "Scan_2026-01-26_0001.pdf")


INFUSION_LOG = """INFUSION HISTORY REPORT - Subcutaneous Immune Globulin 20%
Provider: Lantana Specialty Infusion Pharmacy (home SCIG, 07/2025-11/2025)
Patient: Marguerite L. Oyelaran-Voss
Report generated: 02/26/2026 for Fenwick Allergy & Immunology
Week 1 07/08/2025 8 g 4 sites swelling 11 cm, local reaction given
Week 3 07/22/2025 missed (sites still swollen)
Week 7 08/19/2025 missed (sites still swollen)
Summary: 13 of 19 scheduled infusions given, 6 missed doses; therapy discontinued
11/14/2025 by prescriber order after site reactions. Prior immune globulin therapy history.
"""
DISCHARGE = """MISSION ARROYO REGIONAL MEDICAL CENTER
Health Information Management
DISCHARGE SUMMARY
Admission date 01/02/2026   Discharge date 01/06/2026
Patient: Marguerite L. Oyelaran-Voss
Discharge diagnoses: pneumococcal pneumonia; hypogammaglobulinemia, off immune globulin since
11/2025, stopped weekly SCIG because of site reactions and missed doses.
Immunology was contacted; outpatient follow-up arranged to resume replacement therapy.
Discharge medications: ceftriaxone 2 g IV every 24 hours through 01/15/2026 (home infusion).
Electronically signed by Keshawn T. Obiora, MD on 01/06/2026
"""
OWN_VISIT = """Fenwick Allergy & Immunology
Thaddeus R. Ambrose-Kell, MD
OFFICE VISIT NOTE
Date of service: 02/17/2026
Patient: Marguerite L. Oyelaran-Voss
Subcutaneous immune globulin trial in 2025: site reactions with swelling, missed doses.
Plan: appeal the denial of fSCIG; continue to document the 2025 SCIG trial.
Signed: Thaddeus R. Ambrose-Kell, MD
"""


def test_records_go_to_the_entry_that_names_them_and_not_to_another_doctors_notes(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    history = entry(
        db,
        filled,
        "medication_history",
        "Medication history: prior immune globulin products with dates and doses",
        "payer",
        date(2026, 1, 23),
        status="submitted",
        submitted_on=date(2026, 1, 30),
    )
    notes = entry(
        db,
        filled,
        "clinical_notes",
        "Clinical notes documenting the 2025 SCIG trial (site reactions, missed doses) and "
        "the 2025 SCIG infusion log",
        "payer",
        date(2026, 2, 24),
    )
    write(case_folder, "infusion log.pdf", INFUSION_LOG)
    write(case_folder, "discharge summary.pdf", DISCHARGE)
    write(case_folder, "office visit.pdf", OWN_VISIT)
    indexer.run_once()
    found = suggested(db, filled)
    # Made for the clinical notes request, after the medication history was sent: related to
    # it, not its submission (it is not a copy of clinical notes).
    assert [(p.log_id, p.role) for p in found["infusion log.pdf"]] == [(notes, "related")]
    assert "medication history" in found["infusion log.pdf"][0].reason
    assert history not in targets(found, "infusion log.pdf")
    assert notes in targets(found, "office visit.pdf")
    # Another doctor's notes about another illness: not what was asked for.
    assert notes not in targets(found, "discharge summary.pdf")


@pytest.mark.parametrize(
    "what",
    [
        "Hospital discharge summary for the pneumonia admission",
        "Clinical notes: last two immunology visits and records of the January 2026 stay",
    ],
)
def test_a_hospital_record_the_entry_names_is_still_suggested(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer, what: str
) -> None:
    # The entry names what the record is, or the month it is from.
    notes = entry(db, filled, "clinical_notes", what, "payer", date(2026, 1, 10))
    write(case_folder, "discharge summary.pdf", DISCHARGE)
    indexer.run_once()
    assert notes in targets(suggested(db, filled), "discharge summary.pdf")


FAXED_REFERRAL = """FEB-04-2026 16:12 FROM (512) 555-0132 TO (512) 555-0172 P.1/02
HOME INFUSION REFERRAL / NURSING ORDERS
Referral date: Feb 4, 2026
Patient: Marguerite L. Oyelaran-Voss
Referring MD: Thaddeus R. Ambrose-Kell, MD
Therapy: Immune globulin 10% with recombinant human hyaluronidase (fSCIG) 30 g every 4 weeks
Dx: D80.1
Home health nursing orders: nurse visit for each infusion.
Ordering physician signature: Thaddeus R. Ambrose-Kell, MD
"""


def test_a_referral_faxed_from_the_offices_number_is_the_offices(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    rx = entry(
        db,
        filled,
        "prescription",
        "fSCIG orders and home infusion nursing orders from Dr. Ambrose-Kell",
        "pharmacy",
        date(2026, 2, 4),
    )
    write(case_folder, "fax_0204_1612.pdf", FAXED_REFERRAL)
    # The same order faxed from a number that is none of the case's people.
    write(
        case_folder,
        "fax_0204_1700.pdf",
        FAXED_REFERRAL.replace("(512) 555-0132", "(830) 555-0999"),
    )
    indexer.run_once()
    found = suggested(db, filled)
    assert rx in targets(found, "fax_0204_1612.pdf")
    assert rx not in targets(found, "fax_0204_1700.pdf")


OLD_LAB = """CRESCENT RIDGE DIAGNOSTIC LABORATORIES
Patient: OYELARAN-VOSS, MARGUERITE L   Collected: 06/20/2023   Reported: 06/21/2023
Ordering: AMBROSE-KELL, THADDEUS R MD
TEST RESULT FLAG UNITS REFERENCE
IMMUNOGLOBULIN G, SERUM 312 L mg/dL 700 - 1600
IMMUNOGLOBULIN A, SERUM 18 L mg/dL 70 - 400
COMMENT: Panhypogammaglobulinemia. Correlate clinically.
*** END OF REPORT ***
"""


@pytest.mark.parametrize(
    ("what", "linked"),
    [
        ("Lab results: immunoglobulin levels before treatment and the latest trough", True),
        ("Lab results: immunoglobulin levels and the latest trough", False),
    ],
)
def test_an_old_lab_report_is_what_an_entry_asking_for_results_before_treatment_wants(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer, what: str, linked: bool
) -> None:
    labs = entry(db, filled, "lab_results", what, "payer", date(2026, 1, 23))
    write(case_folder, "scan0008.pdf", OLD_LAB)
    indexer.run_once()
    # Two and a half years old: shares one word with the entry, enough only for a baseline.
    assert (labs in targets(suggested(db, filled), "scan0008.pdf")) is linked


SERVICES_DENIAL = """Harrowgate Health Plan
Utilization Management
NOTICE OF ACTION
Member ID: HGP550183274
Reference: MHA-26-0306-4471
Date of notice: March 12, 2026
Harrowgate has denied the request from Cedarline Infusion Services for home infusion per
diem (S9500) and skilled nursing visits, from 03/09/2026 to 04/17/2026.
You may ask for an appeal within 60 days.
"""
OTHER_DENIAL = """Harrowgate Health Plan
Utilization Management
NOTICE OF ACTION
Member ID: HGP550183274
Reference: MHA-26-0316-5120
Date of notice: March 18, 2026
Harrowgate has denied the request for epinephrine auto-injectors, a quantity above the limit.
You may ask for an appeal within 60 days.
"""


def test_a_decision_on_the_cases_services_is_its_answer_though_it_names_no_drug(
    db: Database, filled: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    pa = entry(
        db,
        filled,
        "prior_authorization",
        "Harrowgate prior authorization for home infusion per diem and nursing visits",
        "pharmacy",
        date(2026, 3, 6),
        status="submitted",
        submitted_on=date(2026, 3, 6),
    )
    write(case_folder, "notice of action.pdf", SERVICES_DENIAL)
    write(case_folder, "notice of action epinephrine.pdf", OTHER_DENIAL)
    indexer.run_once()
    found = suggested(db, filled)
    assert [(p.log_id, p.role) for p in found["notice of action.pdf"]] == [(pa, "decision")]
    assert "notice of action epinephrine.pdf" not in found  # another therapy: history
