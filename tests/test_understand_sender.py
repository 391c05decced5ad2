"""Who wrote a letter (issue 12): the sender comes from the letterhead, the signature, a
"From:" line, never from a name a body sentence mentions. A plan's or a hearing office's
decision whose last lines name the home infusion pharmacy keeps its decision; a pharmacy's
letter that names the plan stays the pharmacy's. Each letter is a PDF made here and read by
the real reading code (text extraction, then understanding), with an empty profile."""

from __future__ import annotations

from pathlib import Path

from organizer.core.understand import CaseContext, Understanding, understand
from organizer.jobs.read_file import read_file
from tests import factories


def read(tmp_path: Path, text: str) -> Understanding:
    path = factories.write_text_pdf(tmp_path / "letter.pdf", [text])
    return understand(read_file(str(path)).text, context=CaseContext())


# --- a decision whose body names the pharmacy keeps its decision ----------------------------


def test_a_plan_denial_whose_last_sentence_names_the_home_infusion_pharmacy_is_a_denial(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "Cedar Basin Health Partners\n"
        "1400 Lake Avenue, Duluth MN 55802  1-877-555-0148\n"
        "Notice of Action\n"
        "August 18, 2026\n"
        "Member: Philippa Ostrowski-Adeyemi   Member ID: CBH-30417762\n"
        "Dear Philippa Ostrowski-Adeyemi:\n"
        "You or your provider asked us to approve home infusion of ertapenem for 14 days.\n"
        "We have denied this request. The records we received do not show that the infusions\n"
        "must be given at home instead of at the infusion center.\n"
        "You may appeal this decision within 60 days of the date of this notice.\n"
        "We sent a copy of this notice to Northshore Home Infusion Pharmacy, the provider that\n"
        "asked for this service.",
    )
    assert found.kind == "letter"
    assert found.sender != "pharmacy"
    assert found.letter_outcome == "denied"


def test_a_hearing_decision_upholding_a_denial_is_not_the_pharmacys_letter(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "OFFICE OF ADMINISTRATIVE HEARINGS\n"
        "Docket No. 11-2026-MED-40215\n"
        "INITIAL ORDER\n"
        "Appellant: Barnaby Okonjo-Lindqvist\n"
        "Issue: whether the Department correctly denied home infusion of natalizumab.\n"
        "Conclusion: the Department's decision is affirmed. The denial is upheld.\n"
        "The appellant's home infusion pharmacy, Tidewater Infusion Pharmacy, may not bill the\n"
        "Department for these infusions.",
    )
    assert found.kind == "letter"
    assert found.sender != "pharmacy"
    assert found.letter_outcome == "denied"


def test_a_final_order_granting_the_appeal_is_an_approval_letter(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "STATE OF GEORGIA\n"
        "OFFICE OF STATE ADMINISTRATIVE HEARINGS\n"
        "Docket No. 2026-DCH-11873\n"
        "FINAL ORDER\n"
        "At issue is whether the agency correctly denied the petitioner's request for nursing\n"
        "visits for home infusion of immune globulin.\n"
        "The evidence shows the visits are medically necessary.\n"
        "DECISION\n"
        "The appeal is GRANTED. The agency shall authorize the nursing visits, given by the\n"
        "petitioner's home infusion provider.",
    )
    assert found.kind == "letter"
    assert found.sender != "pharmacy"
    assert found.letter_outcome == "approved"


def test_a_spanish_plan_denial_whose_last_line_names_the_infusion_pharmacy_is_a_denial(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "Plan de Medicamentos Valle Sereno\n"
        "AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS\n"
        "Fecha: 4 de agosto de 2026\n"
        "Nombre del miembro: Anacleto Villaseñor Ibarra\n"
        "Número de miembro: VSR20917734\n"
        "Hemos denegado la cobertura de Cuvitru que usted o su médico han solicitado.\n"
        "Debe compartir una copia de esta decisión con su médico.\n"
        "Su farmacia de infusión en casa, Farmacia Mirador Infusiones, también recibió una copia.",
    )
    assert found.kind == "letter"
    assert found.sender != "pharmacy"
    assert found.letter_outcome == "denied"


# --- the letterhead wins over a name in the body --------------------------------------------


def test_a_pharmacy_letter_whose_last_sentence_names_the_plan_stays_the_pharmacys(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "Prairie Rose Specialty Pharmacy\n"
        "300 Main Street, Fargo ND 58102  701-555-0163\n"
        "June 2, 2026\n"
        "Dear Cornelius Abara-Whitfield,\n"
        "Your plan must approve this medicine before we can send it. We sent the request with\n"
        "what we know to your doctor's office and will call you when we hear back.\n"
        "Questions about your coverage can go to Dakota Mutual Health Plan Member Services at\n"
        "1-800-555-0102.",
    )
    assert found.sender == "pharmacy"
    assert found.letter_outcome == "informational"


def test_a_nursing_agency_passing_on_the_plans_approval_takes_the_approval(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "Harbor Point Visiting Nurses\n"
        "12 Wharf Street, Portland ME 04101  207-555-0137\n"
        "April 20, 2026\n"
        "Dear Ms. Tremblay-Osei,\n"
        "Good news: your health plan has approved 8 nursing visits for your home infusions, from\n"
        "April 22 through June 30, 2026.\n"
        "Your home infusion pharmacy, Casco Bay Infusion Pharmacy, will deliver the medicine and\n"
        "supplies before the first visit.",
    )
    assert found.sender != "pharmacy"
    assert found.letter_outcome == "approved"


def test_a_spanish_nursing_agency_passing_on_the_plans_approval_takes_the_approval(
    tmp_path: Path,
) -> None:
    found = read(
        tmp_path,
        "Enfermería a Domicilio Los Álamos\n"
        "8 Calle Mesa, Las Cruces NM 88001  Tel. 575-555-0144\n"
        "9 de marzo de 2026\n"
        "Estimada Sra. Quintanilla:\n"
        "Le informamos que su plan de salud aprobó 6 visitas de enfermería para sus infusiones\n"
        "en casa, del 12 de marzo al 30 de abril de 2026.\n"
        "Su enfermera le llamará un día antes de la primera visita.",
    )
    assert found.letter_outcome == "approved"


# --- a signature still names its writer -----------------------------------------------------


def test_a_signature_after_the_sign_off_still_names_the_pharmacy(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "May 5, 2026\n"
        "Dear Mr. Haldane-Owusu,\n"
        "Your health plan has approved your immune globulin infusions. We will call you to\n"
        "set up the first delivery.\n"
        "Sincerely,\n"
        "Renata Albescu, RPh\n"
        "Intake Coordinator, Juniper Ridge Home Infusion",
    )
    assert found.sender == "pharmacy"


def test_a_signature_without_a_sign_off_still_names_the_pharmacy(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "May 5, 2026\n"
        "Dear Mr. Haldane-Owusu,\n"
        "We received your new prescription and will call you to set up the first delivery.\n"
        "Renata Albescu, PharmD\n"
        "Juniper Ridge Home Infusion Pharmacy",
    )
    assert found.sender == "pharmacy"
    assert found.letter_outcome == "informational"


def test_the_cases_own_pharmacy_named_in_a_plan_letters_body_does_not_make_it_the_pharmacys(
    tmp_path: Path,
) -> None:
    path = factories.write_text_pdf(
        tmp_path / "letter.pdf",
        [
            "Cedar Basin Health Partners\n"
            "Utilization Management  PO Box 880, Duluth MN 55802\n"
            "September 2, 2026\n"
            "Dear Philippa Ostrowski-Adeyemi:\n"
            "Your request for home infusion of ertapenem has been approved from September 3 to\n"
            "September 16, 2026.\n"
            "We also told Northshore Home Infusion Pharmacy, which will give the infusions, about\n"
            "this decision."
        ],
    )
    known = CaseContext(
        payers=("Cedar Basin Health Partners",),
        pharmacies=("Northshore Home Infusion Pharmacy",),
    )
    found = understand(read_file(str(path)).text, context=known)
    assert found.sender == "payer"
    assert found.letter_outcome == "approved"
