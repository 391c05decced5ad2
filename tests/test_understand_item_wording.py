"""What a request letter asks for, in the clinical words real plans use (issue 12 point 7,
issue 13): each class of wording the probes of ``bench/item_probes.py`` showed missed, on a
PDF made here and read by the real reader, then understood."""

from __future__ import annotations

from pathlib import Path

from organizer.core.understand import Understanding, understand
from organizer.jobs.read_file import read_file
from tests import factories


def read(tmp_path: Path, text: str) -> Understanding:
    path = factories.write_text_pdf(tmp_path / "letter.pdf", [text])
    return understand(read_file(str(path)).text)


def asked(tmp_path: Path, text: str) -> set[str]:
    found = read(tmp_path, text)
    assert found.kind == "letter"
    assert found.letter_outcome == "info_requested"
    return set(found.requested_items)


def test_records_named_by_their_clinical_kind(tmp_path: Path) -> None:
    """Consult notes, culture and sensitivity, serum levels, laboratory findings, the
    notes of a visit and a diagnosis with its prognosis are clinical notes, labs and a
    diagnosis."""
    items = asked(
        tmp_path,
        """Hollowbrook Health Plan
Pharmacy Prior Authorization
June 9, 2026
Member: Benedetta Q. Sorensen    Member ID: HBH-44019273
We are unable to complete the review of your prior authorization request.
Please submit:
- Culture and sensitivity results from the blood cultures
- Infectious disease consultation note
- Serum creatinine and potassium levels from the last week
- Diagnosis and prognosis
Sincerely,
Utilization Management
""",
    )
    assert items == {"clinical_notes", "lab_results", "diagnosis"}


def test_prior_treatments_asked_for_in_other_words(tmp_path: Path) -> None:
    """The medication history, asked for as "tried and failed", "prior immunoglobulin
    use", "treatment prescribed and the response" or a medication profile."""
    for line in (
        "- What medications the patient has tried and failed for this diagnosis",
        "- Documentation of prior immunoglobulin use within the last 3 months",
        "- Treatment prescribed and the response",
        "- The current medication profile",
    ):
        items = asked(
            tmp_path,
            f"""Hollowbrook Health Plan
June 9, 2026
Member: Benedetta Q. Sorensen    Member ID: HBH-44019273
Request for additional information
To finish our review of the prior authorization request, please send:
{line}
Sincerely,
Clinical Review
""",
        )
        assert items == {"medication_history"}, line


def test_supporting_statement_and_representative_form(tmp_path: Path) -> None:
    """A prescriber's supporting statement is the letter of medical necessity; an
    appointment of representative (CMS-1696) is a signed form; "we still need" starts the
    list."""
    items = asked(
        tmp_path,
        """Ferncliff Rx Medicare Part D
August 4, 2026
Enrollee: Osric P. Delgado-Wynn    Member ID: FRX20881734
Request for additional information about your coverage determination
To finish our review of your exception request, we still need:
- A statement from your prescriber supporting the request
- A completed Appointment of Representative Form (CMS-1696)
Sincerely,
Coverage Determinations
""",
    )
    assert items == {"medical_necessity", "signed_forms"}


def test_only_the_checked_documentation_is_asked_for(tmp_path: Path) -> None:
    """A list of boxes started by "the documentation checked below": the empty ones are
    not asked for."""
    found = read(
        tmp_path,
        """Hollowbrook Health Plan
July 7, 2026
Member: Benedetta Q. Sorensen    Member ID: HBH-44019273
Request for additional information
Our reviewer marked the documentation checked below as required:
[ ] Lab results
[x] Letter of medical necessity
[ ] Copy of the insurance card
[x] Office visit notes from the last two visits
If this information is not received by July 21, 2026, the request may be denied.
Sincerely,
Utilization Management
""",
    )
    assert found.letter_outcome == "info_requested"
    assert set(found.requested_items) == {"clinical_notes", "medical_necessity"}


def test_spanish_request_in_other_words(tmp_path: Path) -> None:
    """Spanish: "qué medicamentos ha probado", "la declaración escrita del médico" and
    "Autorización de Representación"; the "médico que receta" who writes it is not a
    prescription asked for."""
    items = asked(
        tmp_path,
        """Plan de Salud Sierra Clara
9 de abril de 2026
Afiliado: Gregorio M. Ybarra    Número de afiliado: SCL-70214598
Asunto: Solicitud de información adicional
Para completar la revisión de su solicitud de autorización previa, envíenos lo siguiente:
- Qué medicamentos ha probado el paciente
- La declaración escrita del médico que receta
- El formulario de Autorización de Representación completo
Atentamente,
Unidad de Revisión Clínica
""",
    )
    assert items == {"medication_history", "medical_necessity", "signed_forms"}


def test_words_near_a_request_are_not_requests(tmp_path: Path) -> None:
    """What was already received stays unasked, even in the new wordings."""
    items = asked(
        tmp_path,
        """Hollowbrook Health Plan
June 9, 2026
Member: Benedetta Q. Sorensen    Member ID: HBH-44019273
Request for additional information
Thank you for the infectious disease consultation note and the culture and sensitivity results.
We still need:
- Serum creatinine levels from the last week
Sincerely,
Utilization Management
""",
    )
    assert items == {"lab_results"}


def test_lists_started_by_other_words(tmp_path: Path) -> None:
    """Lists started by "items are outstanding", "please upload" or "forward copies of";
    blood counts and panels are labs, "notes from the last two visits" clinical notes, "a
    list of all medications" the medication history."""
    for opening, line, item in (
        (
            "The following items are outstanding:",
            "- Complete blood count and comprehensive metabolic panel",
            "lab_results",
        ),
        (
            "Please upload with the request:",
            "- The physician's notes from the last two visits",
            "clinical_notes",
        ),
        (
            "To review the appeal, please forward copies of:",
            "- A list of all medications the patient currently takes",
            "medication_history",
        ),
    ):
        items = asked(
            tmp_path,
            f"""Hollowbrook Health Plan
January 12, 2026
Member: Benedetta Q. Sorensen    Member ID: HBH-44019273
Request for additional information about your prior authorization request.
{opening}
{line}
Sincerely,
Prior Authorization Department
""",
        )
        assert items == {item}, opening


def test_spanish_required_documents_and_studies(tmp_path: Path) -> None:
    """Spanish "documentos requeridos" start the list; an electromyography report is the
    diagnosis; "valores de laboratorio" are lab results."""
    items = asked(
        tmp_path,
        """Plan de Salud Sierra Clara
2 de marzo de 2026
Afiliada: Gregoria M. Ybarra    Número de afiliado: SCL-70214598
Solicitud de información adicional
Documentos requeridos para completar la revisión:
- Informe de la electromiografía
- Valores de laboratorio pertinentes, con fechas
Atentamente,
Revisión Clínica
""",
    )
    assert items == {"diagnosis", "lab_results"}


def test_spanish_infusion_sheet_and_drug_profile_are_medication_history(tmp_path: Path) -> None:
    """A "hoja de infusión" and a "perfil farmacoterapéutico", set as clinical by the person,
    fulfil the medication history, not clinical notes."""
    for title in ("HOJA DE INFUSIÓN", "PERFIL FARMACOTERAPÉUTICO"):
        path = factories.write_text_pdf(
            tmp_path / "record.pdf",
            [
                f"""Farmacia de Infusión Las Cumbres
{title}
Paciente: Gregoria M. Ybarra
Inmunoglobulina 10%   Lote: T5510C   Dosis: 25 g
Fecha: 14/04/2026   Inicio 09:30
Enfermera: Noelia Fuentes
"""
            ],
        )
        found = understand(read_file(str(path)).text, user_kind="clinical")
        assert found.fulfills == ("medication_history",), title


def test_spanish_openings_of_a_request_list(tmp_path: Path) -> None:
    """The Spanish ways of opening the list ("faltan los siguientes", "le solicitamos",
    "debe enviar", "adjunte", "documentación pendiente") and what they list: notes of the
    last visit, a blood count, the treatments received."""
    for opening in (
        "Faltan los siguientes documentos:",
        "Le solicitamos:",
        "Su médico debe enviar:",
        "Adjunte a su solicitud:",
        "Documentación pendiente:",
    ):
        items = asked(
            tmp_path,
            f"""Plan de Salud Sierra Clara
2 de marzo de 2026
Afiliada: Gregoria M. Ybarra    Número de afiliado: SCL-70214598
Solicitud de información adicional
{opening}
- Notas médicas de la última consulta
- Hemograma reciente
- Tratamientos que ha recibido para esta enfermedad
Atentamente,
Revisión Clínica
""",
        )
        assert items == {"clinical_notes", "lab_results", "medication_history"}, opening


def test_one_note_and_h_and_p(tmp_path: Path) -> None:
    """A note named in the singular ("most recent progress note") and an H&P are clinical
    notes; an IgA level is a lab result."""
    items = asked(
        tmp_path,
        """Hollowbrook Health Plan
January 12, 2026
Member: Benedetta Q. Sorensen    Member ID: HBH-44019273
Request for additional information about your prior authorization request.
Required documentation:
- Most recent progress note
- H&P from the hospital admission
- IgA level
Sincerely,
Prior Authorization Department
""",
    )
    assert items == {"clinical_notes", "lab_results"}


def test_what_was_sent_or_is_not_needed_is_not_asked_for(tmp_path: Path) -> None:
    """Records the plan reviewed, the office already sent, or says it does not need, stay
    unasked, in English and in Spanish."""
    items = asked(
        tmp_path,
        """Hollowbrook Health Plan
January 12, 2026
Member: Benedetta Q. Sorensen    Member ID: HBH-44019273
Request for additional information about your prior authorization request.
Please send the following:
- A letter of medical necessity
We reviewed the progress notes your office sent on January 5.
Your doctor already sent the IgG trough level. Do not resend the prescription.
Sincerely,
Prior Authorization Department
""",
    )
    assert items == {"medical_necessity"}
    items = asked(
        tmp_path,
        """Plan de Salud Sierra Clara
2 de marzo de 2026
Afiliada: Gregoria M. Ybarra    Número de afiliado: SCL-70214598
Solicitud de información adicional
Necesitamos:
- Resultados de laboratorio recientes
Hemos revisado las notas médicas de la última consulta. No es necesario enviar la receta.
Atentamente,
Revisión Clínica
""",
    )
    assert items == {"lab_results"}


def test_a_note_that_codes_the_diagnosis_documents_it_too(tmp_path: Path) -> None:
    """A visit note that gives the diagnosis with its labelled ICD-10 (CIE-10) code fulfils
    the diagnosis as well; a code alone in the assessment does not."""
    note = """Clínica de Inmunología Las Cumbres
Nota de consulta - Inmunología
Fecha de la visita 02/05/2026
Paciente Gregoria M. Ybarra
Motivo de consulta
Infecciones respiratorias de repetición.
Historia
Tres neumonías en los últimos 12 meses.
Diagnóstico
{diagnosis}
Plan
Iniciar inmunoglobulina en casa cada 4 semanas.
"""
    coded = read(tmp_path, note.format(diagnosis="Inmunodeficiencia común variable, CIE-10: D83.9"))
    assert coded.kind == "clinical"
    assert coded.fulfills == ("clinical_notes", "diagnosis")
    plain = read(tmp_path, note.format(diagnosis="Inmunodeficiencia común variable (D83.9)"))
    assert plain.fulfills == ("clinical_notes",)


def test_what_a_letter_says_only_in_passing_is_not_asked_for(tmp_path: Path) -> None:
    """A representative form offered "if you want someone else" to act, and the referral
    number to write on the fax, are not items asked for."""
    items = asked(
        tmp_path,
        """Ferncliff Rx Medicare Part D
August 4, 2026
Enrollee: Osric P. Delgado-Wynn    Member ID: FRX20881734
Request for additional information about your coverage determination
Please send the following:
- Chart notes from the last visit
If you want someone else to act for you, send an Appointment of Representative form.
Please include the referral number on every page you fax.
Sincerely,
Coverage Determinations
""",
    )
    assert items == {"clinical_notes"}
