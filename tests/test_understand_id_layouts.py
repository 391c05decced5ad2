"""Member IDs and reference numbers as other hands lay them out (issue 12): IDs printed in
spaced groups, a hearing office's bare case code, Medicaid and card labels a new user's
profile does not know yet, and values under a row of column headings. Each on a PDF made
here and read by the real reader (text extraction, then understanding), as a new user's
empty profile would read it."""

from __future__ import annotations

from pathlib import Path

from organizer.core.understand import CaseContext, Understanding, understand
from organizer.jobs.read_file import read_file
from tests import factories


def read(tmp_path: Path, text: str) -> Understanding:
    path = factories.write_text_pdf(tmp_path / "letter.pdf", [text])
    return understand(read_file(str(path)).text, context=CaseContext())


# --- IDs in three or more spaced groups are read whole ------------------------------------


def test_a_member_id_in_three_digit_groups_is_read_whole(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Juniper Flats Health Plan\n"
        "February 3, 2026\n"
        "Member: Abelard Quist\n"
        "Member ID: JFH 418 552 907\n"
        "Authorization Number: JF-2602-40117\n"
        "We have reviewed the request for home infusion of vedolizumab and it is approved.\n"
        "Questions? Call Member Services at 1-866-555-0124.",
    )
    assert found.member_id == "JFH 418 552 907"
    assert found.reference_number == "JF-2602-40117"


def test_a_card_id_with_prefix_and_suffix_stops_before_the_next_field(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Ridgeway Health PPO\n"
        "Member Name  CORNELIUS T BAXENDALE\n"
        "Member ID  RWX 552019384 02  Group 0077120\n"
        "RxBIN 610014  RxPCN RWRX\n"
        "Effective Date 01/01/2026\n"
        "Customer Service 1-877-555-0188",
    )
    assert found.member_id == "RWX 552019384 02"


def test_a_medicare_number_printed_in_spaced_groups(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Notice for Mirabel Osei\n"
        "Medicare Number\n"
        "7FN3 D52 QK18\n"
        "Your claim for home infusion drug supplies was processed.\n"
        "This is not a bill.",
    )
    assert found.member_id == "7FN3 D52 QK18"


def test_a_phone_number_in_spaced_groups_is_not_an_id(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Alder Bay Health Plan\n"
        "March 2, 2026\n"
        "Dear Member,\n"
        "Member ID\n"
        "800 555 0162\n"
        "We received your request for home infusion nursing and are reviewing it.",
    )
    assert found.member_id is None


# --- a hearing office's bare case code, and "Case:" / "Our file:" labels -------------------


def test_a_bare_case_code_at_the_top_of_a_decision_is_its_reference(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "STATE OF WISCONSIN\n"
        "Division of Hearings and Appeals\n"
        "In the Matter of\n"
        "Philippa Drummond-Reyes\n"
        "DECISION\n"
        "MDD/208714\n"
        "PRELIMINARY RECITALS\n"
        "A hearing was held on March 4, 2026, by telephone, on the agency's denial of home\n"
        "infusion nursing visits under the Medicaid program.",
    )
    assert found.reference_number == "MDD/208714"


def test_a_slash_code_deep_in_the_text_is_not_taken(tmp_path: Path) -> None:
    lines = [f"Paragraph {n} of the plan's explanation of home infusion." for n in range(20)]
    found = read(tmp_path, "Granite Peak Health Plan\n" + "\n".join(lines) + "\nABC/123456\n")
    assert found.reference_number is None


def test_case_and_our_file_labels_with_a_colon(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Independent Review Services\n"
        "Case: 26-00933-EX\n"
        "April 20, 2026\n"
        "The reviewer has decided to overturn the plan's denial of home infusion therapy.",
    )
    assert found.reference_number == "26-00933-EX"
    found = read(
        tmp_path,
        "County Social Services Agency\n"
        "Our file: CSA-0771-3306\n"
        "Date: May 12, 2026\n"
        "NOTICE OF ACTION\n"
        "Your Medicaid will continue with no share of cost.",
    )
    assert found.reference_number == "CSA-0771-3306"


# --- Medicaid and card labels a new user's profile does not know yet ----------------------


def test_cin_and_medi_cal_id_are_member_ids(tmp_path: Path) -> None:
    cases = {
        "CIN: MR77120K\n": "MR77120K",
        "Client Index Number: 91847203H\n": "91847203H",
        "Medi-Cal ID: 90214477C\n": "90214477C",
    }
    for line, expected in cases.items():
        found = read(
            tmp_path,
            "Willow Bend Health Plan\nJune 8, 2026\n" + line + "Reference #: WB-UM-2606-0117\n"
            "We reviewed the request for home infusion of infliximab and approved it.",
        )
        assert found.member_id == expected, line
        assert found.reference_number == "WB-UM-2606-0117", line


def test_numero_de_suscriptor_and_cin_in_spanish(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Administradora de Beneficios Ribera\n"
        "3 de agosto de 2026\n"
        "Número de suscriptor: RBS7730152\n"
        "Número de reclamación: 2608-55210\n"
        "Necesitamos más información para procesar esta reclamación de su farmacia de infusión.",
    )
    assert found.member_id == "RBS7730152"
    assert found.reference_number == "2608-55210"
    found = read(
        tmp_path,
        "Condado de Ribera - Agencia de Servicios Sociales\n"
        "Nuestro expediente: CRS-0442-1187\n"
        "Fecha: 4 de mayo de 2026\n"
        "AVISO DE ACCIÓN\n"
        "Número de identificación del cliente (CIN): 95530218K\n"
        "Su Medi-Cal continuará sin costo compartido.\n"
        "Si cree que cometimos un error, puede apelar.",
    )
    assert found.member_id == "95530218K"
    assert found.reference_number == "CRS-0442-1187"


# --- values under a row of column headings -----------------------------------------------


def test_values_under_a_two_row_table_are_paired_by_column(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Harborview Specialty Pharmacy\n"
        "Benefits Verification Summary\n"
        "Member ID             Reference #\n"
        "HVP330918274          BV-26-77102\n"
        "Plan                  Group\n"
        "Harborview PPO        44102\n"
        "Prior authorization required: yes.",
    )
    assert found.member_id == "HVP330918274"
    assert found.reference_number == "BV-26-77102"


def test_a_portal_table_row_is_paired_by_column(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        "Cobalt Health Provider Portal - Authorization Status\n"
        "Authorization Number   Member ID      Service              Status     Valid To\n"
        "A2611-904417           CBH552019877   Home infusion IVIG   Approved   02/05/2027\n"
        "Patient: Rosamund Achebe-Lowry",
    )
    assert found.reference_number == "A2611-904417"
    assert found.member_id == "CBH552019877"


def test_a_providers_patient_number_is_not_the_member_id(tmp_path: Path) -> None:
    # A home health agency's or pharmacy's own number for the patient, as on CMS's Notice of
    # Medicare Non-Coverage or an infusion pharmacy's order, names no health-plan member.
    notice = read(
        tmp_path,
        "Provider Name: Larkspur Home Health Agency Address/Phone: 22 Mill Road, Lowell MA "
        "01852 978-555-0144\n"
        "Notice of Medicare Non-Coverage\n"
        "Patient name: Wendeline Sorensen Patient number: LHH-330217\n"
        "The Effective Date Coverage of Your Current Home Health Services Will End: May 9, 2026\n"
        "Your Medicare provider and/or health plan have determined that Medicare probably will\n"
        "not pay for your current home health services after the effective date indicated above.\n"
        "You may have to pay for any services you receive after the above date.\n"
        "Your Right to Appeal This Decision\n"
        "You have the right to an immediate, independent medical review (appeal) of the decision\n"
        "to end Medicare coverage of these services.",
    )
    assert notice.member_id is None
    order = read(
        tmp_path,
        "Larkspur Home Infusion Pharmacy & Nursing  Phone (614) 555-0163\n"
        "PHYSICIAN ORDERS - HOME IMMUNE GLOBULIN THERAPY\n"
        "Please review, sign and fax back to Larkspur Home Infusion. Order ID: ORD-5521873\n"
        "Patient | Wendeline Sorensen | DOB | 14-Sep-1958\n"
        "Patient # | LHI-77031 | Allergies | Penicillin\n"
        "Primary diagnosis: D83.9 Common variable immunodeficiency.",
    )
    assert order.member_id is None
    assert order.reference_number == "ORD-5521873"


def test_a_plans_own_patient_number_is_the_member_id(tmp_path: Path) -> None:
    # An HMO's denial letter names its member by "Patient Number" (the plan's own number).
    found = read(
        tmp_path,
        "Sagebrush Valley HMO\n"
        "October 6, 2026\n"
        "Patient Name: Ignatius Pemberton-Kayode\n"
        "Patient Number: SVH-30918-02\n"
        "Group Number: 77120\n"
        "Dear Ignatius Pemberton-Kayode:\n"
        "We have finished our review of your provider's request for home infusion. We are\n"
        "unable to approve this request because home infusion is an exclusion per your Evidence\n"
        "of Coverage. If you believe this decision is not correct, you have the right to appeal.\n"
        "Please contact our Member Services Department at (541) 555-0177.",
    )
    assert found.sender == "payer"
    assert found.member_id == "SVH-30918-02"
