"""Card copies and plan booklets in Spanish (issues 13 and 19): a log entry asking for "copias
de las tarjetas (frente y reverso)" asks for any card, so a card that never prints the word
"tarjeta" is its copy; a page of the member handbook is plan information, not a card copy."""

from __future__ import annotations

from datetime import date

from organizer.core.understand import CaseContext, propose_links, understand
from tests.test_understand_proposals import entry

CONTEXT = CaseContext(
    patient="Marisela Ortiz Bautista",
    member_ids=("SCM5520917",),
    payers=("Salud Costera Medicaid",),
)
CARDS = entry(
    2,
    "insurance_card",
    "Copias de las tarjetas (frente y reverso)",
    requested_on=date(2026, 2, 25),
    submitted_on=date(2026, 2, 25),
    status="submitted",
)

CARD = """Salud Costera Medicaid
Nombre Marisela Ortiz Bautista
ID de Medicaid SCM5520917
Vigente desde 01/01/2026
Copagos $0
Servicios al Miembro 1-888-555-0190 TTY 711
Proveedores: verifiquen la elegibilidad antes de cada servicio.
"""

HANDBOOK = """Salud Costera Medicaid
Plan de Atención Administrada de Medicaid
Manual del Afiliado 2026 - Sección 4: Sus beneficios
Beneficio                   Descripción                          ¿Necesita autorización previa?
Servicios de salud en el hogar   Enfermería especializada a tiempo parcial   Sí
Terapia de infusión en el hogar  Medicamentos intravenosos, bomba, suministros   Sí
Farmacia                    Medicamentos de la Lista de medicamentos preferidos   Algunos
Transporte                  Viajes a citas médicas                        No
Servicios de la vista       Un examen de la vista al año                  No
Servicios dentales          Limpiezas y radiografías                      No
Salud mental                Consultas y terapia                           No
Equipo médico duradero      Sillas de ruedas, andaderas                   Sí
Planificación familiar      Consultas y métodos                           No
Servicios de laboratorio    Análisis ordenados por su médico              No
Hospital                    Estancias y cirugías                          Sí
Emergencias                 Sala de emergencias                           No
Urgencias                   Clínicas de atención urgente                  No
Recetas                     Medicamentos cubiertos                        Algunos
Servicios al Miembro 1-888-555-0190 (TTY 711)
"""


def roles(text: str) -> list[tuple[int | None, str]]:
    found = understand(text, context=CONTEXT)
    return [(p.log_id, p.role) for p in propose_links(found, [CARDS], text=text, context=CONTEXT)]


def test_a_card_without_the_word_card_is_the_copy_asked_for() -> None:
    assert understand(CARD, context=CONTEXT).fulfills == ("insurance_card",)
    assert roles(CARD) == [(2, "submission")]


def test_a_page_of_the_spanish_handbook_is_plan_information() -> None:
    found = understand(HANDBOOK, context=CONTEXT)
    assert (found.kind, found.subtype) == ("insurance", "plan information")
    assert roles(HANDBOOK) == []
