"""Spanish Medicare, Medicaid and plan notices in their public wording (issues 12 and 19).

Each class of wording that bench/public_notice_probes_es.py found read wrong is written here
as a PDF with invented people and numbers, read by the app's reader and understood, and
the field it decides is checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from organizer.core.understand import Understanding, bundled_rules, understand
from organizer.core.understand.text import Prepared
from organizer.jobs.read_file import read_file
from tests import factories


def read_text(tmp_path: Path, text: str, name: str) -> str:
    """Write ``text`` as a text PDF and return what the reader reads from it."""
    path = factories.write_text_pdf(tmp_path / name, [text.strip("\n")])
    result = read_file(str(path))
    assert result.text, "the reader found no text in the PDF the test made"
    return result.text


def read_pdf(tmp_path: Path, text: str, name: str = "aviso.pdf") -> Understanding:
    return understand(read_text(tmp_path, text, name))


def test_medicare_form_notices_are_letters_that_inform(tmp_path: Path) -> None:
    # An advance beneficiary notice quotes the "Resumen de Medicare" where the decision will
    # come, and a coverage determination request quotes the plan's list of covered drugs:
    # both are notices, not plan information, and neither decides anything.
    abn = read_pdf(
        tmp_path,
        """
A. Notificador: Suministros Médicos Alborada, 18 Calle Olmo, Puerto Sereno, FL 33998
B. Nombre del paciente: Clemente Arizmendi Rojo
Notificación previa de no cobertura al beneficiario (ABN)
NOTA: Si Medicare no paga los artículos a continuación, es posible que usted tenga que pagar.
D. Artículos: bomba de infusión portátil, segundo mes
E. Razón por la que Medicare podría no pagar: Medicare no paga más de la cantidad permitida
G. OPCIONES: Marque una sola casilla. No podemos elegir una casilla por usted.
OPCIÓN 1. Quiero los artículos mencionados arriba y quiero que se le facture a Medicare para
una decisión oficial sobre el pago, la cual se me enviará en un Resumen de Medicare (MSN).
H. Información adicional: Esta notificación es nuestra opinión, no una decisión oficial de Medicare.
I. Firma:                                J. Fecha: 14 de enero de 2026
""",
        "abn.pdf",
    )
    assert (abn.kind, abn.letter_outcome) == ("letter", "informational")
    assert abn.document_date == date(2026, 1, 14)
    request = read_pdf(
        tmp_path,
        """
SOLICITUD DE DETERMINACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE MEDICARE
Puede enviarnos este formulario por correo o fax al Departamento de Farmacia de su plan.
Quién puede presentar una solicitud: La persona que extiende la receta puede solicitar una
determinación de cobertura en su nombre.
Nombre del miembro: Clemente Arizmendi Rojo    Nº de identificación del miembro: QRX55083217
Nombre del medicamento recetado que solicita: cefazolina 2 g intravenosa cada 8 horas
[X] Necesito un medicamento que no figura en la lista de medicamentos cubiertos del plan.
Firma: Clemente Arizmendi Rojo        Fecha: 03/09/2026
""",
        "solicitud.pdf",
    )
    assert (request.kind, request.letter_outcome) == ("letter", "informational")
    assert request.member_id == "QRX55083217"


def test_a_request_form_that_quotes_the_denial_is_the_members_request(tmp_path: Path) -> None:
    form = read_pdf(
        tmp_path,
        """
Solicitud para Redeterminación de Denegación de un Medicamento Recetado de Medicare
Rechazamos su solicitud de cobertura de un medicamento recetado. Usted tiene el derecho de
solicitarnos una redeterminación (apelación) de nuestra decisión.
Puede solicitar una apelación en un plazo de 65 días a partir de la fecha de nuestro Aviso de
denegación de cobertura de medicamentos recetados de Medicare.
Nombre del afiliado: Visitación Lozano Pardo
Explique por qué cree que este medicamento debe estar cubierto: mi médico lo indicó.
Firma del afiliado: Visitación Lozano Pardo      Fecha: 2 de junio de 2026
""",
    )
    assert (form.kind, form.letter_outcome) == ("letter", "informational")


def test_a_plans_denial_in_other_words_is_a_denial(tmp_path: Path) -> None:
    # The body names the pharmacy and the home infusion that were denied; the notice's
    # title and its own words say who decided what.
    payment = read_pdf(
        tmp_path,
        """
Plan Guayacán Salud
AVISO DE DENEGACIÓN DE PAGO
Fecha: 3 de agosto de 2026
Nombre del beneficiario: Severino Olvera Mena
Recibimos una reclamación por terapia de infusión en el hogar proporcionada por Farmacia
Cielo Claro el 20 de julio de 2026.
No pagaremos por los días de terapia del 20 al 27 de julio de 2026
porque: el servicio no fue autorizado antes de prestarse.
Si no está de acuerdo con esta decisión, tiene derecho a apelar dentro de los 60 días
calendario a partir de la fecha de este aviso.
""",
        "pago.pdf",
    )
    assert payment.letter_outcome == "denied"
    assert payment.appeal_by == date(2026, 10, 2)
    assert payment.due_date is None
    claim = read_pdf(
        tmp_path,
        """
Aseguradora Monte Azul
Aviso de determinación adversa de beneficios
Fecha del aviso: 7 de mayo de 2026
Nombre del asegurado: Severino Olvera Mena
Hemos negado su reclamación de enfermería de infusión en el hogar del 1 al 9 de abril de 2026
porque el servicio no fue autorizado antes de prestarse.
Puede presentar una apelación interna dentro de los 180 días de recibir este aviso.
""",
        "reclamacion.pdf",
    )
    assert claim.letter_outcome == "denied"
    assert claim.appeal_by is None  # counted from receipt


def test_more_documentation_asked_for_within_days_of_the_letter(tmp_path: Path) -> None:
    request = read_pdf(
        tmp_path,
        """
Plan Médico Barranca
10 DE NOVIEMBRE DE 2026
Sr. Aurelio Cisneros Vega
Caso núm.: BM-26-110734
Estimado Sr. Cisneros:
Para evaluar la solicitud de su médico para ocrelizumab, necesitamos información o
documentación adicional. Su médico debe enviar las notas de la última visita dentro de
10 días a partir de la fecha de esta carta.
""",
    )
    assert request.letter_outcome == "info_requested"
    assert request.due_date == date(2026, 11, 20)


def test_member_labels_of_medicaid_insurance_plans_and_socios(tmp_path: Path) -> None:
    labels = {
        "N.º de identificación de Medi-Cal": "77310264B",
        "Número de identificación del seguro de salud": "TQA-208-551-930",
        "ID del plan de salud del miembro": "PLX7742091",
        "Número de identificación del socio": "HB2209315",
    }
    for n, (label, value) in enumerate(labels.items()):
        text = (
            f"Plan Guayacán Salud\n12 de marzo de 2026\nAfiliado: Severino Olvera Mena\n"
            f"{label}: {value}\nEstimado Sr. Olvera:\nRecibimos la solicitud de su médico.\n"
        )
        assert read_pdf(tmp_path, text, f"carta{n}.pdf").member_id == value, label


def test_a_case_number_label_with_whose_case_it_is(tmp_path: Path) -> None:
    decision = read_pdf(
        tmp_path,
        """
Entidad de Revisión Independiente
Decisión de reconsideración
Fecha de la decisión: 11 de septiembre de 2026
Número de Medicare: 8PK4-RT2-MN55
Número de caso de la entidad: 4-5521876690
Revisamos la decisión de su plan. Revocamos la decisión del plan: debe cubrir el servicio.
""",
    )
    assert decision.reference_number == "4-5521876690"
    assert decision.letter_outcome == "approved"


def test_a_heading_in_capitals_keeps_its_accented_words(tmp_path: Path) -> None:
    text = read_text(
        tmp_path,
        """
NOTIFICACIÓN DE DENEGACIÓN DE COBERTURA MÉDICA
Fecha: 5 de mayo de 2026
""",
        "titulo.pdf",
    )
    heading = Prepared(text, bundled_rules().title_lines).heading
    assert heading == "NOTIFICACIÓN DE DENEGACIÓN DE COBERTURA MÉDICA"


def test_a_temporary_supply_letter_is_a_letter(tmp_path: Path) -> None:
    notice = read_pdf(
        tmp_path,
        """
Plan Encinar Rx (PDP)
9 de febrero de 2026
Estimada Sra. Lozano:
Le enviamos esta carta porque le dimos un suministro temporal de 30 días de un medicamento
que no está en la lista de medicamentos cubiertos (formulario) de su plan. Hable con su
médico sobre otro medicamento o pídanos una excepción al formulario.
Atentamente,
Plan Encinar Rx
""",
    )
    assert (notice.kind, notice.letter_outcome) == ("letter", "informational")


def test_the_signature_after_a_spanish_sign_off_names_the_sender(tmp_path: Path) -> None:
    # The last paragraph names the home infusion the plan now covers; the signature after
    # "Atentamente" is a doctor of the plan, so the plan wrote it and its decision counts.
    letter = read_pdf(
        tmp_path,
        """
Caudal Vida
22 de junio de 2026
Estimado Sr. Cisneros:
Revisamos su apelación. Cambiamos nuestra decisión: cubriremos la terapia de infusión
en el hogar con su farmacia de infusión
del 1 de julio al 31 de diciembre de 2026.
Atentamente,
Dra. Maribel Quiroga
Directora médica
""",
    )
    assert letter.sender != "pharmacy"
    assert letter.letter_outcome == "approved"


def test_a_request_with_a_respond_by_box_and_no_salutation(tmp_path: Path) -> None:
    request = read_pdf(
        tmp_path,
        """
Plan Médico Sierra Dorada
FECHA DE LA CARTA: 09/14/2026
RESPONDA ANTES DE: 09/28/2026
Afiliado: Aurelio Cisneros Vega
Núm. de afiliado: SDM-551208734
Núm. de solicitud: SD-DC-2609-0441
Su médico nos pidió cubrir infliximab intravenoso. Para decidir, necesitamos las notas de la
última visita. Pídale a su médico que nos las envíe por fax.
""",
    )
    assert (request.kind, request.letter_outcome) == ("letter", "info_requested")
    assert request.due_date == date(2026, 9, 28)
    assert request.reference_number == "SD-DC-2609-0441"
    assert request.member_id == "SDM-551208734"


def test_the_members_own_appeal_letter_is_a_letter_not_a_clinical_paper(tmp_path: Path) -> None:
    # It quotes the denial and lists the lab results it encloses.
    appeal = read_pdf(
        tmp_path,
        """
Visitación Lozano Pardo
9 Calle Laurel
Loma Quieta, TX 79999
3 de julio de 2026
Plan de Salud Encinar
Asunto: Apelación de la denegación
A quien corresponda:
Escribo para apelar su decisión del 20 de junio de 2026. Ustedes negaron la infusión en el
hogar porque dicen que no es médicamente necesaria. Adjunto mis resultados de laboratorio y
la carta de mi médico. Les pido que reconsideren su decisión.
Atentamente,
Visitación Lozano Pardo
""",
    )
    assert (appeal.kind, appeal.letter_outcome) == ("letter", "informational")


def test_a_number_given_in_a_sentence_is_read(tmp_path: Path) -> None:
    mail = read_pdf(
        tmp_path,
        """
De: Admisiones <admisiones@farmaciaroble.example>
Enviado: martes, 4 de agosto de 2026 9:40
Asunto: su autorización
Hola, Sr. Olvera:
Su plan de Medicaid aprobó la autorización previa para su terapia en casa.
El número de autorización es MDX-26-0804-3317.
Saludos,
Farmacia Roble Infusiones
""",
    )
    assert mail.reference_number == "MDX-26-0804-3317"
    assert mail.letter_outcome == "approved"  # it relays the plan's decision


def test_a_copay_program_approval_is_not_a_coverage_decision(tmp_path: Path) -> None:
    copay = read_pdf(
        tmp_path,
        """
Programa de Apoyo al Paciente Lumina
11 de mayo de 2026
Número de inscripción: LU-55120
¡Buenas noticias! Usted ha sido aprobado para el programa de asistencia de copagos.
Este programa no es un seguro.
""",
        "copago.pdf",
    )
    assert (copay.kind, copay.letter_outcome) == ("letter", "informational")


def test_a_nursing_precertification_the_plan_approved(tmp_path: Path) -> None:
    notice = read_pdf(
        tmp_path,
        """
Enfermería en Casa Lucero
Coordinación de Autorizaciones
14 de octubre de 2026
Plan: Salud Comunitaria Arce (Medicaid)   ID de miembro: SCA-55021876
Número de precertificación: PC-261014-022
Le informamos que su plan aprobó la precertificación de las visitas de enfermería para la
infusión en casa: 2 visitas por semana del 15 de octubre al 31 de diciembre de 2026.
""",
    )
    assert (notice.kind, notice.letter_outcome) == ("letter", "approved")
    assert notice.reference_number == "PC-261014-022"


def test_a_member_portal_printout_of_an_approved_authorization(tmp_path: Path) -> None:
    printout = read_pdf(
        tmp_path,
        """
Portal para Afiliados - Salud Comunitaria Arce
Mis autorizaciones
Impreso el 10/20/2026
Servicio: Terapia de infusión en el hogar      Estado: Aprobada
Fechas: 10/15/2026 - 12/31/2026
""",
    )
    assert printout.letter_outcome == "approved"
    assert printout.document_date == date(2026, 10, 20)


def test_a_redetermination_that_keeps_the_denial(tmp_path: Path) -> None:
    notice = read_pdf(
        tmp_path,
        """
Plan Abeto Rx (PDP)
Aviso de redeterminación
2 de septiembre de 2026
Número de control de la redeterminación: AB-RD-26-0902-14
Estimado Sr. Cisneros:
Revisamos su solicitud de redeterminación. Decidimos mantener nuestra decisión de no cubrir
este medicamento. Si no está de acuerdo, puede pedir una revisión a la Entidad de Revisión
Independiente dentro de los 65 días a partir de la fecha de este aviso.
""",
    )
    assert notice.letter_outcome == "denied"
    assert notice.reference_number == "AB-RD-26-0902-14"
    assert notice.appeal_by == date(2026, 11, 6)
    assert notice.due_date is None


def test_an_annual_notice_of_changes_is_plan_information(tmp_path: Path) -> None:
    booklet = read_pdf(
        tmp_path,
        """
Plan Abeto Rx (PDP) ofrecido por Aseguradora Abeto
Aviso Anual de Cambios para 2027
Actualmente usted está inscrito como miembro de Plan Abeto Rx. El próximo año habrá cambios en
los costos y beneficios del plan.
""",
    )
    assert booklet.kind == "insurance"


def test_the_advance_beneficiary_notice_under_its_other_spanish_titles(tmp_path: Path) -> None:
    titles = (
        "Aviso anticipado de no cobertura para el beneficiario (ABN)",
        "Notificación previa para beneficiarios de no cobertura (ABN)",
    )
    for n, title in enumerate(titles):
        notice = read_pdf(
            tmp_path,
            f"""
Nombre del paciente: Clemente Arizmendi Rojo
{title}
Medicare no paga por todo. Creemos que Medicare podría no pagar por el artículo que se indica
a continuación. Si Medicare no paga, es posible que tenga que pagar usted.
Artículo: bomba de infusión portátil     Costo estimado: $480.00
Elija UNA opción a continuación. Firma:             Fecha: 3 de febrero de 2026
""",
            f"abn{n}.pdf",
        )
        assert (notice.kind, notice.letter_outcome) == ("letter", "informational"), title


def test_a_service_reduced_is_an_adverse_decision(tmp_path: Path) -> None:
    notice = read_pdf(
        tmp_path,
        """
Organización de Salud Tepeyac
Aviso de acción
Fecha del aviso: 4 de mayo de 2026
Número de referencia de la autorización: TPY-26-01177
Hemos reducido las visitas de enfermería en el hogar que pidió su proveedor, de 4 a 2 por
semana. Tiene 60 días a partir de la fecha de este aviso para presentar una apelación.
""",
    )
    assert notice.letter_outcome == "denied"
    assert notice.reference_number == "TPY-26-01177"
    assert notice.appeal_by == date(2026, 7, 3)


def test_an_external_review_that_overturns_the_plan(tmp_path: Path) -> None:
    decision = read_pdf(
        tmp_path,
        """
Organización de Revisión Independiente Mirador
Decisión de revisión externa
Fecha: 9 de octubre de 2026
Número de caso de revisión externa: ER-26-81002
El revisor independiente decidió revocar la denegación de su plan. Su plan debe cubrir el
tratamiento en el hogar.
""",
    )
    assert (decision.kind, decision.letter_outcome) == ("letter", "approved")
    assert decision.reference_number == "ER-26-81002"


def test_a_member_asking_the_plan_for_documents_is_a_letter(tmp_path: Path) -> None:
    request = read_pdf(
        tmp_path,
        """
FORMULARIO PARA SOLICITAR DOCUMENTACIÓN DE UN PLAN MÉDICO
Nombre del paciente: Aurelio Cisneros Vega
Número de identificación del plan: BRV-5520-1187
Solicito la siguiente información: los criterios que usaron para negar mi reclamación.
Firma: Aurelio Cisneros Vega      Fecha: 6 de abril de 2026
""",
    )
    assert (request.kind, request.letter_outcome) == ("letter", "informational")
    assert request.member_id == "BRV-5520-1187"


def test_a_plan_asking_the_doctor_to_send_them_by_a_date(tmp_path: Path) -> None:
    request = read_pdf(
        tmp_path,
        """
Organización de Salud Tepeyac
Gestión de Utilización
12 de enero de 2026
Estimada Dra. Montes:
Recibimos su solicitud de enfermería de infusión en el hogar. Para revisarla necesitamos el
plan de cuidado firmado. Envíelos antes del 26 de enero de 2026.
""",
    )
    assert request.letter_outcome == "info_requested"
    assert request.due_date == date(2026, 1, 26)
