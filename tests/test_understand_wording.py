"""Letters worded by other hands: each class of wording the reading learned (issues 12 and 19)
gets a small letter written here, in English or Spanish, and the field it decides."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from organizer.core.understand import Rules, RulesError, bundled_rules, load_rules, understand
from organizer.core.understand.dates import find_windows
from organizer.core.understand.identity import CaseIdentity, apply_identity
from organizer.core.understand.rules import bundled_rules_path
from organizer.core.understand.text import wrapped_label_pairs

# --- decisions worded as the CMS model notices word them ---------------------------------


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Plan de Salud Río Claro\nFecha: 03/02/2026\nNúmero de miembro: RCL55120931\n"
            "AVISO DE DENEGACIÓN DE LA COBERTURA DE MEDICAMENTOS\nSu pedido fue denegado.\n"
            "Negamos la cobertura del medicamento que usted o su médico solicitaron.\n"
            "Usted tiene el derecho de apelar esta decisión.",
            "denied",
        ),
        (
            "Harbor Point Health Plan\nDate: March 2, 2026\nMember number: HPX44120931\n"
            "Dear Ms. Lowe:\nYour request was denied. The records do not show a trial of a "
            "preferred product.\nYou have the right to appeal our decision.\nSincerely,\n"
            "Utilization Management",
            "denied",
        ),
        (
            "Harbor Point Health Plan\nDate: March 2, 2026\nMember number: HPX44120931\n"
            "Dear Ms. Lowe:\nGood news: we decided to cover home infusion of immune globulin for "
            "12 months. Authorization number: HP-26-1177.\nSincerely,\nUtilization Management",
            "approved",
        ),
        (
            "Plan de Salud Río Claro\nFecha: 03/02/2026\nNúmero de miembro: RCL55120931\n"
            "Estimada Sra. Ochoa:\nPara completar la revisión de su solicitud de autorización "
            "previa, necesitamos que nos envíe las notas de evolución de las últimas dos "
            "consultas y los códigos CIE-10 del diagnóstico.\nAtentamente,\nRevisión de "
            "utilización",
            "info_requested",
        ),
    ],
)
def test_decision_wording(text: str, outcome: str) -> None:
    found = understand(text)
    assert found.kind == "letter"
    assert found.letter_outcome == outcome


def test_spanish_request_names_clinical_papers() -> None:
    found = understand(
        "Plan de Salud Río Claro\nFecha: 03/02/2026\nNúmero de miembro: RCL55120931\n"
        "Estimada Sra. Ochoa:\nNecesitamos que nos envíe los siguientes documentos:\n"
        "- notas de evolución de las últimas dos consultas\n- códigos CIE-10 del diagnóstico\n"
        "- terapias previas y sus resultados\nAtentamente,\nRevisión de utilización"
    )
    assert found.letter_outcome == "info_requested"
    assert set(found.requested_items) == {"clinical_notes", "diagnosis", "medication_history"}


# --- deadlines worded other ways ---------------------------------------------------------


def test_spanish_deadline_if_not_received_by() -> None:
    found = understand(
        "Plan de Salud Río Claro\nFecha: 3 de marzo de 2026\nNúmero de miembro: RCL55120931\n"
        "Estimada Sra. Ochoa:\nNecesitamos más información para decidir su solicitud. Envíenos "
        "el historial de medicamentos. Si no recibimos esta información antes del 20 de marzo "
        "de 2026, decidiremos con lo que tenemos.\nAtentamente,\nRevisión de utilización"
    )
    assert found.due_date == date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "days", "anchor"),
    [
        ("Tiene veinte días a partir de la fecha que aparece en esta carta", 20, "document"),
        ("dentro de los 10 días hábiles posteriores al aviso", 10, "document"),
        ("dentro de 30 días del aviso", 30, "document"),
        ("You have 14 days from the date printed on this letter to send", 14, "document"),
        ("Usted tiene 60 días después de recibir este aviso", 60, "receipt"),
    ],
)
def test_day_windows_worded_other_ways(text: str, days: int, anchor: str) -> None:
    windows = find_windows(text)
    assert [(w.days, w.anchor) for w in windows] == [(days, anchor)]


def test_request_window_from_the_date_printed_becomes_a_due_date() -> None:
    found = understand(
        "Harbor Point Health Plan\nDate: March 2, 2026\nMember number: HPX44120931\n"
        "Dear Dr. Sato:\nWe need more information to review the request. Please send the last "
        "two office visit notes. You have 14 days from the date printed on this letter to send "
        "them.\nSincerely,\nUtilization Management"
    )
    assert found.letter_outcome == "info_requested"
    assert found.due_date == date(2026, 3, 16)


def test_english_postmarked_by_is_a_due_date() -> None:
    found = understand(
        "Harbor Point Health Plan\nDate: March 2, 2026\nMember number: HPX44120931\n"
        "Dear Dr. Sato:\nWe need more information. Please send the latest IgG trough level.\n"
        "The records must be postmarked by March 23, 2026.\nSincerely,\nUtilization Management"
    )
    assert found.due_date == date(2026, 3, 23)


# --- dates that are not the document's own -----------------------------------------------


def test_spanish_card_validity_date_is_not_the_document_date() -> None:
    found = understand(
        "Plan de Salud Río Claro\nNombre del miembro Marta Ochoa\nID de miembro RCL55120931\n"
        "Fecha de vigencia 01/01/2026\nCopago PCP / Especialista $0/$35\n"
        "Muestre esta tarjeta cada vez que reciba atención."
    )
    assert found.kind == "insurance"
    assert found.document_date is None


def test_spanish_birth_date_is_not_the_document_date() -> None:
    found = understand(
        "Clínica del Valle\nNOTA DE CONSULTA\nFecha de nacimiento: 09/14/1958\n"
        "Fecha de la consulta: 02/03/2026\nMotivo de consulta: infecciones repetidas.\n"
        "Examen físico: sin hallazgos.\nPlan de tratamiento: inmunoglobulina."
    )
    assert found.document_date == date(2026, 2, 3)


# --- labels and values apart ------------------------------------------------------------


def test_label_wrapped_beside_its_value() -> None:
    assert wrapped_label_pairs(["Determinación de SC-RX-26-55012", "* cobertura núm.:"]) == [
        ("Determinación de cobertura núm.", "SC-RX-26-55012")
    ]
    found = understand(
        "Plan Río Claro - Farmacia\nFecha: 03/05/2026\nMiembro: Marta Ochoa\n"
        "ID de miembro: RCL55120931\nDeterminación de RC-RX-26-55012\ncobertura núm.:\n"
        "AVISO DE APROBACIÓN\nAprobamos su solicitud de determinación de cobertura."
    )
    assert found.reference_number == "RC-RX-26-55012"


@pytest.mark.parametrize(
    "line",
    ["Order# 0 OPAT-26-0306-12", "Reference =————_«OPAT-26-0306-12 _ a"],
)
def test_ocr_junk_between_label_and_value(line: str) -> None:
    found = understand(
        "OUTPATIENT PARENTERAL ANTIMICROBIAL THERAPY (OPAT) ORDERS\n"
        f"{line}\nDate 03/06/2026\nPatient Bart Osei\nPhysician orders: ertapenem 1 g IV daily."
    )
    assert found.reference_number == "OPAT-26-0306-12"


def test_member_id_misread_by_ocr_takes_the_cases_spelling() -> None:
    text = (
        "Plan Río Claro\nNombre del miembro Marta Ochoa\n1D de miembro 5CA80417725\n"
        "Fecha de vigencia 01/01/2026\nMuestre esta tarjeta cada vez que reciba atención."
    )
    found = understand(text)
    assert found.member_id == "5CA80417725"
    identity = CaseIdentity(patient="Marta Ochoa", member_ids=("SCA80417725",), documents=5)
    assert apply_identity(found, text, identity, bundled_rules()).member_id == "SCA80417725"


def test_spanish_claim_statement_fulfils_nothing() -> None:
    found = understand(
        "Plan Río Claro\nFecha del estado de cuenta: 6 de abril de 2026\n"
        "Número de miembro: RCL55120931\nNúmero de reclamación: RCE-2604-118836\n"
        "EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA\nFecha del servicio  Proveedor  "
        "Cargo facturado  Monto aprobado  Pagó el plan  Usted podría deber\n"
        "03/20/2026  Farmacia  $4,890.00  $3,120.00  $2,496.00  $624.00"
    )
    assert found.kind == "insurance"
    assert found.fulfills == ()


# --- a regex's "needs" skips texts that cannot hold a match -----------------------------


def _rules_with(tmp_path: Path, entry: dict[str, object]) -> Rules:
    data = json.loads(bundled_rules_path().read_text(encoding="utf-8"))
    data["reference_labels"] = [entry]
    path = tmp_path / "understanding.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_rules(path).rules


def test_needs_gate_finds_the_same_values(tmp_path: Path) -> None:
    rules = _rules_with(
        tmp_path, {"regex": r"\b(?:n[^\W\d_]m\.?|no\.)\s*de\s+caso", "weight": 8, "needs": ["caso"]}
    )
    (label,) = rules.patterns("reference_labels")
    assert label.regex.search("Núm. de caso: RC-26-00417") is not None
    assert label.regex.search("Num. de caso: RC-26-00417") is not None
    assert label.regex.search("Case number: RC-26-00417 for the member") is None


def test_needs_must_be_plain_words(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="needs"):
        _rules_with(tmp_path, {"regex": r"\bcaso", "weight": 8, "needs": "caso"})
