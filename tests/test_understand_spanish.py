"""Letters in Spanish are read like English ones: kind, outcome, dates, numbers, requests.

The texts are written here the way US plans word their Spanish notices; scans read without
Spanish data drop accents, so each letter is also read with its accents taken out.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from organizer.core.understand import understand
from organizer.core.understand.dates import find_dates, find_windows
from organizer.jobs import ocr, page_ocr
from organizer.jobs.ocr_language import looks_spanish
from tests import factories
from tests.helpers import needs_tesseract

APROBACION = """
Plan de Salud Sierra Azul
Administración de la Utilización
Apartado postal 2210, Fresno, CA 93700
7 de abril de 2026
Número de miembro: SAZ4410276
Número de autorización: SA26-0407-118
AVISO DE APROBACIÓN
Estimada Sra. Duarte:
Hemos aprobado su solicitud de autorización previa para inmunoglobulina intravenosa en el
hogar. Su aprobación es válida del 7 de abril de 2026 al 6 de abril de 2027.
Atentamente,
Administración de la Utilización
"""

DENEGACION = """
Plan de Salud Sierra Azul
Fecha del aviso: 10 de febrero de 2026
AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS
Número de identificación
SAZ4410276
Número de referencia
UM-2026-0210-044
Este aviso le informa que hemos denegado la solicitud del servicio descrito abajo.
Motivo de la denegación: no es médicamente necesario tal como se pidió.
Su derecho a apelar: puede presentar una apelación dentro de los 180 días después de
recibir este aviso.
"""

SOLICITUD = """
Plan de Salud Sierra Azul
Administración de la Utilización
3 de marzo de 2026
Número de miembro: SAZ4410276
Número de referencia: UM-2026-0303-071
Estimado Dr. Ibarra:
Necesitamos más información para decidir sobre la solicitud de autorización previa.
Por favor envíe lo siguiente a más tardar el 17 de marzo de 2026:
- Resultados de laboratorio de los últimos 6 meses, incluido el nivel de IgG
- Notas clínicas de las dos últimas visitas
Si no recibimos la información, decidiremos con lo que tenemos.
Atentamente,
Administración de la Utilización
"""

VENTANA = SOLICITUD.replace(
    "a más tardar el 17 de marzo de 2026", "dentro de 14 días a partir de la fecha de esta carta"
)


def without_accents(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


@pytest.mark.parametrize("fold", [False, True], ids=["accents", "scan without accents"])
def test_spanish_decisions_are_read(fold: bool) -> None:
    read = without_accents if fold else str
    approval = understand(read(APROBACION))
    assert (approval.kind, approval.letter_outcome) == ("letter", "approved")
    assert approval.document_date == date(2026, 4, 7)
    assert approval.member_id == "SAZ4410276"
    assert approval.reference_number == "SA26-0407-118"
    assert "prior_authorization" in approval.fulfills
    denial = understand(read(DENEGACION))
    assert (denial.kind, denial.letter_outcome) == ("letter", "denied")
    assert denial.document_date == date(2026, 2, 10)
    assert (denial.member_id, denial.reference_number) == ("SAZ4410276", "UM-2026-0210-044")


@pytest.mark.parametrize("fold", [False, True], ids=["accents", "scan without accents"])
def test_a_spanish_request_names_its_items_and_due_date(fold: bool) -> None:
    read = without_accents if fold else str
    request = understand(read(SOLICITUD))
    assert request.letter_outcome == "info_requested"
    assert set(request.requested_items) == {"lab_results", "clinical_notes"}
    assert request.due_date == date(2026, 3, 17)
    window = understand(read(VENTANA))
    assert window.due_date == date(2026, 3, 17)  # 14 days from March 3


def test_spanish_dates_and_windows() -> None:
    found = [m.value for m in find_dates("martes, 17 de febrero del 2026; 1 de set de 2025")]
    assert found == [date(2026, 2, 17), date(2025, 9, 1)]
    (window,) = find_windows("en un plazo de treinta (30) días hábiles a partir de este aviso")
    assert (window.days, window.business_days, window.anchor) == (30, True, "document")
    (receipt,) = find_windows("dentro de los 180 días después de recibir este aviso")
    assert receipt.anchor == "receipt"


def test_only_a_page_mostly_in_spanish_is_read_again_in_spanish() -> None:
    assert looks_spanish(SOLICITUD + DENEGACION)
    english = (
        "We reviewed the request for home infusion. Your plan covers this service and you "
        "will get a letter with the decision. ATENCIÓN: si habla español, tiene a su "
        "disposición servicios gratuitos de asistencia lingüística. " * 2
    )
    assert not looks_spanish(english)


@pytest.mark.tesseract
@needs_tesseract
def test_a_spanish_scan_keeps_its_accents_and_is_read(qapp: object, tmp_path: Path) -> None:
    if "spa" not in ocr_languages():
        pytest.fail("Tesseract's Spanish data is missing: apt install tesseract-ocr-spa")
    lines = [line for line in SOLICITUD.strip().splitlines() if line]
    scan = factories.write_scanned_pdf(tmp_path / "carta.pdf", lines)
    pages = page_ocr.ocr_pages(str(scan), [0], is_image_file=False, page_timeout=120)
    text = "\n".join(page.text for page in pages)
    assert "Administración" in text  # read with Spanish data, accents kept
    request = understand(text)
    assert request.letter_outcome == "info_requested"
    assert request.due_date == date(2026, 3, 17)


def ocr_languages() -> frozenset[str]:
    from organizer.jobs.ocr_language import installed_languages

    command = ocr.tesseract_command()
    return installed_languages(command) if command else frozenset()


def test_a_spanish_dateline_and_e_mail_header_give_the_date() -> None:
    letter = (
        "Farmacia de Infusión del Norte\nServicio las 24 horas\n"
        "Valle Bonito, 11 de febrero de 2026\n"
        "Estimada Sra. Duarte:\nGracias por elegirnos para su terapia de infusión en casa.\n"
    )
    assert understand(letter).document_date == date(2026, 2, 11)
    mail = (
        "3/18/26, 9:41 a. m.\nRE: ¿Ya aprobaron mi infusión?\nFrom:\nAna <a@farmacia.example>\n"
        "Date:\nmar, 17 mar 2026 9:38\nHola, Sra. Duarte:\nBuenas noticias. Su plan de salud nos "
        "avisó que aprobó la autorización previa de su inmunoglobulina: las visitas de "
        "enfermería y el medicamento están autorizados por un año. Programamos la primera "
        "entrega para el jueves.\nSaludos,\nAna Ruiz - Farmacia de Infusión del Norte\n"
    )
    read = understand(mail)
    assert read.document_date == date(2026, 3, 17)  # the sent line, not the print stamp
    assert read.letter_outcome == "approved"  # the pharmacy passes on the plan's decision
