"""Spanish letters from a commercial plan, a Medicaid plan and a specialty pharmacy (issue 19):
each class of wording the second Spanish train case taught is written here as a PDF, read
by the app's reader and understood, and the field it decides is checked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from organizer.core.understand import Understanding, bundled_rules, understand
from organizer.core.understand.identity import CaseIdentity, apply_identity
from organizer.jobs.read_file import read_file
from tests import factories


def read_pdf(tmp_path: Path, text: str, name: str = "carta.pdf") -> Understanding:
    """Write ``text`` as a text PDF, read it as the reader does, and understand it."""
    path = factories.write_text_pdf(tmp_path / name, [text.strip("\n")])
    result = read_file(str(path))
    assert result.text, "the reader found no text in the PDF the test made"
    return understand(result.text)


def test_a_numbered_label_under_an_address_keeps_its_own_value(tmp_path: Path) -> None:
    # "N.º de caso:" over its value, just under "City, ST ZIP": the ZIP code is not the case.
    read = read_pdf(
        tmp_path,
        """
Palmar Salud - Plan de Empleador
4 DE MARZO DE 2026
Marisela Ortiz
2218 Calle Coral
Bahía Serena, FL 33599
N.º de caso:
PA-26-031177
N.º de miembro:
PLM318840276
Estimada Sra. Ortiz:
Recibimos la solicitud de su farmacia.
""",
    )
    assert read.reference_number == "PA-26-031177"
    assert read.member_id == "PLM318840276"


def test_numbered_labels_name_accession_enrolment_and_claim_numbers(tmp_path: Path) -> None:
    labels = {
        "No. de accesión": "LQ-26-088431",
        "N.º de inscripción": "AHV-55018230",
        "N.º de reclamación": "RCL-2603-44120",
        "N.º de verificación": "SAN-BV-7781",
    }
    for n, (label, value) in enumerate(labels.items()):
        text = (
            f"Sanare Farmacia\n26 de febrero de 2026\n{label}: {value}\nEstimada Sra. Ortiz:\n"
            "Su solicitud de autorización previa está en revisión.\nAtentamente,\n"
        )
        assert read_pdf(tmp_path, text, f"carta{n}.pdf").reference_number == value, label


def test_a_short_spanish_month_without_de_and_a_dateline_with_a(tmp_path: Path) -> None:
    notice = read_pdf(
        tmp_path,
        """
Salud Costera Medicaid
Plan de Atención Administrada
21 abr. 2026
Marisela Ortiz
Estimada Sra. Ortiz:
Estamos revisando la solicitud de su médico.
""",
        "aviso.pdf",
    )
    assert notice.document_date == date(2026, 4, 21)
    letter = read_pdf(
        tmp_path,
        """
Centro Digestivo Bahía
610 Boulevard Marino
Bahía Serena, a 24 de febrero de 2026
Palmar Salud
Estimados señores:
Solicito la cobertura de vedolizumab para mi paciente.
Atentamente,
""",
        "carta-medico.pdf",
    )
    assert letter.document_date == date(2026, 2, 24)


@pytest.mark.parametrize(
    "text",
    [
        "Energía Costera del Sur\n14 de abril de 2026\nCuenta núm.: 7730-118-204\n"
        "AVISO DE DESCONEXIÓN DEL SERVICIO\nSu cuenta tiene un saldo vencido. Para evitar la "
        "desconexión, pague el saldo a más tardar el 28 de abril de 2026.\nSi alguien depende de "
        "equipo médico, podemos aprobar una prórroga.\n",
        "AutoSeguro Plus\nRenovación de su póliza de automóvil\nFecha de renovación 03/15/2026\n"
        "Estado: Renovada - pago aprobado\nSu póliza fue renovada por 12 meses. Cobertura de "
        "responsabilidad civil y daños propios con deducible de $500.\n",
    ],
    ids=["power shut-off notice", "car insurance renewal"],
)
def test_unrelated_bills_and_policies_are_other_papers(tmp_path: Path, text: str) -> None:
    read = read_pdf(tmp_path, text)
    assert read.kind == "other"
    assert read.due_date is None and read.fulfills == ()


def test_a_member_handbook_page_is_plan_information(tmp_path: Path) -> None:
    read = read_pdf(
        tmp_path,
        """
Salud Costera - Plan de Atención Administrada de Medicaid
Manual del Afiliado 2026 - Sección 4: Sus beneficios
Beneficio  Descripción  ¿Necesita autorización previa?
Servicios de salud en el hogar  Enfermería especializada a tiempo parcial  Sí
Terapia de infusión en el hogar  Medicamentos intravenosos y visitas de enfermería  Sí
Farmacia  Medicamentos de la Lista de medicamentos preferidos  Algunos
Transporte  Viajes a citas médicas sin costo  No
Si negamos, reducimos o suspendemos un servicio, le enviaremos un aviso con sus derechos de
apelación y de audiencia imparcial estatal.
""",
    )
    assert read.kind == "insurance"
    assert read.fulfills == ("insurance_card",)


def test_a_medication_list_with_no_remission_is_clinical(tmp_path: Path) -> None:
    read = read_pdf(
        tmp_path,
        """
Centro Digestivo Bahía
LISTA DE MEDICAMENTOS Y TRATAMIENTOS PREVIOS
Paciente: Marisela Ortiz   Fecha: 3/10/2026
Medicamentos actuales
Prednisona 40 mg diarios; mesalamina 4.8 g diarios
Tratamientos previos que no funcionaron
Azatioprina 150 mg  03/2023 - 05/2024  Pancreatitis leve; sin remisión
Adalimumab 40 mg  06/2024 - 11/2025  Pérdida de respuesta
""",
    )
    assert read.kind == "clinical"
    assert read.fulfills == ("medication_history",)


def test_a_copy_of_the_preauthorization_request_form_is_a_letter(tmp_path: Path) -> None:
    read = read_pdf(
        tmp_path,
        """
FORMULARIO DE SOLICITUD DE PREAUTORIZACIÓN DE MEDICAMENTOS
Envíe por fax a Palmar Salud - Farmacia: 1-877-555-0181
Fecha de la solicitud: 02/27/2026
Medicamento: Vedolizumab 300 mg polvo para infusión
Medicamentos probados: Mesalamina, Azatioprina
Tipo de revisión: Estándar
Presentado por: Gisela Marrero, Sanare Farmacia Especializada
""",
    )
    assert (read.kind, read.letter_outcome) == ("letter", "informational")


RELAY = """
RE: ¿Ya tenemos la aprobación?
From:
Gisela Marrero <pacientes@sanare.example>
Date:
miércoles, 29 de abril de 2026, 7:55
Buenos días, Marisela:
Le confirmo que su plan de Medicaid autorizó el vedolizumab y las visitas de enfermería por un
año. La primera entrega será el lunes 4 de mayo.
Gisela
---------- Forwarded message ---------
De: Marisela Ortiz Bautista. ¿Ya tenemos la aprobación?
"""


def test_a_relayed_approval_quoting_the_patient_stays_the_plans_decision(tmp_path: Path) -> None:
    path = factories.write_text_pdf(tmp_path / "correo.pdf", [RELAY.strip("\n")])
    text = read_file(str(path)).text or ""
    read = understand(text)
    assert read.letter_outcome == "approved"
    identity = CaseIdentity(patient="Marisela Ortiz Bautista", member_ids=("SCM5520917",))
    settled = apply_identity(read, text, identity, bundled_rules())
    assert settled.letter_outcome == "approved"  # the quoted message is not her signature
    assert "prior_authorization" in settled.fulfills


def test_a_copay_programme_enrolment_is_not_the_plans_approval(tmp_path: Path) -> None:
    read = read_pdf(
        tmp_path,
        """
Programa de Ahorro AlivioVida
2 de marzo de 2026
N.º de inscripción: AHV-55018230
¡Su inscripción fue aprobada!
Estimada Marisela:
Su solicitud al programa de ahorro de copagos fue aprobada. Este programa no es un seguro y no
sustituye la autorización previa de su plan.
""",
    )
    assert (read.kind, read.letter_outcome) == ("letter", "informational")
    assert "prior_authorization" not in read.fulfills


def test_an_incomplete_request_asks_for_records_by_a_date(tmp_path: Path) -> None:
    read = read_pdf(
        tmp_path,
        """
Palmar Salud - Revisión de Utilización
4 DE MARZO DE 2026
N.º de caso: PA-26-031177
Su solicitud de autorización previa está incompleta
Estimada Sra. Ortiz Bautista:
Para revisarla, su médico debe enviarnos:
- Las notas de evolución de las dos últimas consultas
- Los resultados de laboratorio recientes
- Los tratamientos previos que no funcionaron, con fechas y dosis
Debemos recibir estos documentos antes del 18 de marzo de 2026.
""",
    )
    assert read.letter_outcome == "info_requested"
    assert set(read.requested_items) == {"clinical_notes", "lab_results", "medication_history"}
    assert read.due_date == date(2026, 3, 18)


def test_a_request_for_the_medication_list_names_the_medication_history(tmp_path: Path) -> None:
    read = read_pdf(
        tmp_path,
        """
Salud Costera Medicaid - Gestión de Utilización
04/09/2026
Aviso de información adicional requerida
Estimado Dr. Escalante:
Para revisar la solicitud de autorización previa, necesitamos lo siguiente:
- Los códigos de diagnóstico CIE-10
- La lista de medicamentos, incluidos los que la paciente ya probó
Envíe la información dentro de los 14 días calendario a partir de la fecha de esta notificación.
""",
    )
    assert read.letter_outcome == "info_requested"
    assert set(read.requested_items) == {"diagnosis", "medication_history"}
    assert read.due_date == date(2026, 4, 23)


def test_a_justification_of_medical_necessity_and_a_reported_lab_date(tmp_path: Path) -> None:
    letter = read_pdf(
        tmp_path,
        """
Centro Digestivo Bahía
Bahía Serena, a 24 de febrero de 2026
Ref.: Justificación de necesidad médica
Estimados señores:
Solicito la cobertura de vedolizumab para mi paciente con colitis ulcerosa. Adjunto la nota de
evolución y los resultados de laboratorio.
Atentamente,
""",
        "carta.pdf",
    )
    assert letter.fulfills == ("medical_necessity",)
    lab = read_pdf(
        tmp_path,
        """
LABORATORIOS QUÍMICOS DEL SUR
REPORTE DE LABORATORIO
Recolectado 02/19/2026
Reportado 02/20/2026
Análisis  Resultado  Valores de referencia
Calprotectina fecal  1240  < 50
""",
        "lab.pdf",
    )
    assert lab.document_date == date(2026, 2, 20)


def test_an_ocr_number_sign_read_as_2_still_labels_the_member_id(tmp_path: Path) -> None:
    read = read_pdf(
        tmp_path,
        "Palmar Salud\nN2 de miembro: PLM318840276\nEstimada Sra. Ortiz:\n"
        "Su solicitud de autorización previa está en revisión.\n",
    )
    assert read.member_id == "PLM318840276"


REQUEST = """
Plan de Salud Brisa - Revisión de Utilización
3 de marzo de 2026
Número de miembro: BRZ4410276
Estimado Dr. Ibarra:
Necesitamos más información para decidir sobre la solicitud de autorización previa.
Por favor envíe lo siguiente:
- {item}
{deadline}
Atentamente,
"""


@pytest.mark.parametrize(
    "deadline",
    [
        "Tiene hasta el 17 de marzo de 2026 para enviar la información.",
        "Plazo para enviar los documentos: 17 de marzo de 2026.",
        "Responda no más tarde del 17 de marzo de 2026.",
    ],
)
def test_more_ways_to_give_a_deadline(tmp_path: Path, deadline: str) -> None:
    text = REQUEST.format(item="Notas de evolución de los últimos 3 meses", deadline=deadline)
    read = read_pdf(tmp_path, text)
    assert (read.letter_outcome, read.due_date) == ("info_requested", date(2026, 3, 17))


@pytest.mark.parametrize(
    ("item", "key"),
    [
        ("El plan de tratamiento", "clinical_notes"),
        ("Los medicamentos que ha probado antes y por qué se suspendieron", "medication_history"),
        ("El informe de la colonoscopia", "diagnosis"),
    ],
)
def test_more_ways_to_ask_for_records(tmp_path: Path, item: str, key: str) -> None:
    text = REQUEST.format(item=item, deadline="Envíelo a más tardar el 17 de marzo de 2026.")
    assert read_pdf(tmp_path, text).requested_items == (key,)


DECISION = """
Plan de Salud Brisa - Gestión de Utilización
3 de marzo de 2026
Número de miembro: BRZ4410276
Número de autorización: UM-26-0303
Estimada Sra. Duarte:
{sentence}
Atentamente,
"""


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Le informamos que el servicio solicitado fue autorizado.", "approved"),
        ("Hemos decidido negar su solicitud de servicios de infusión en el hogar.", "denied"),
        ("Su solicitud no fue aprobada porque no cumple con los criterios.", "denied"),
        ("Le informamos que el plan no cubrirá el medicamento solicitado.", "denied"),
        ("La cobertura para sus servicios médicos fue denegada.", "denied"),
        ("Nuestro plan denegó el servicio que se indica a continuación.", "denied"),
        ("Cubriremos el medicamento que usted solicitó.", "approved"),
        ("Aún no hemos recibido la información que pedimos a su médico.", "info_requested"),
    ],
)
def test_decisions_worded_other_ways(tmp_path: Path, sentence: str, outcome: str) -> None:
    read = read_pdf(tmp_path, DECISION.format(sentence=sentence))
    assert read.letter_outcome == outcome


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "Pídale a su médico que nos envíe los resultados de los cultivos y las notas de la "
            "hospitalización.",
            {"lab_results", "clinical_notes"},
        ),
        (
            "Para tomar una decisión, necesitamos que su médico nos envíe una declaración de "
            "respaldo.",
            {"medical_necessity"},
        ),
    ],
)
def test_requests_passed_through_the_member(tmp_path: Path, sentence: str, items: set[str]) -> None:
    read = read_pdf(tmp_path, DECISION.format(sentence=sentence))
    assert read.letter_outcome == "info_requested"
    assert set(read.requested_items) == items
