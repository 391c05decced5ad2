"""A plan's letter that lists what to send is a request, however it words the ask, and a
warning of what happens if nothing comes ("the request will be denied") is not a denial
(issue 12 points 2 and 7). Clinical papers in Spanish are clinical, and fulfil their item
(issue 19). Each on a PDF made here, read by the real reader, then understood."""

from __future__ import annotations

from pathlib import Path

from organizer.core.understand import Understanding, understand
from organizer.jobs.read_file import read_file
from tests import factories


def read(tmp_path: Path, text: str, name: str = "letter.pdf") -> Understanding:
    path = factories.write_text_pdf(tmp_path / name, [text])
    return understand(read_file(str(path)).text)


def test_a_list_after_a_plain_ask_is_a_request(tmp_path: Path) -> None:
    """ "Forward copies of" and a numbered list: none of the usual "we need more
    information" words, but the list names what to send."""
    found = read(
        tmp_path,
        """Larkspur Mutual Health
Appeals Unit
August 3, 2026
Appeal number: LM-26-55120
Member: Octavia R. Pennington    Member ID: LMH-70418833
Dear Dr. Okafor,
So that the appeal can be reviewed, kindly forward copies of:
1. The notes from the patient's last two office visits
2. A list of the medications the patient takes now
Sincerely,
Appeals Coordinator
""",
    )
    assert (found.kind, found.letter_outcome) == ("letter", "info_requested")
    assert set(found.requested_items) == {"clinical_notes", "medication_history"}
    assert any("forward copies of" in reason for reason in found.outcome_reasons)


def test_checked_boxes_under_a_plain_heading_are_a_request(tmp_path: Path) -> None:
    found = read(
        tmp_path,
        """Thornfield Community Health Plan
September 14, 2026
Member: Ignatius P. Halloran    Member ID: TCH-33810274
Dear Member,
We received a request from your doctor. The documentation marked below needs to be
submitted before a review can start:
[x] Lab results from the last 30 days
[ ] Signed consent form
[x] A copy of the front and back of your insurance card
Thank you,
Care Review Team
""",
    )
    assert (found.kind, found.letter_outcome) == ("letter", "info_requested")
    assert set(found.requested_items) == {"lab_results", "insurance_card"}


def test_a_warning_of_denial_is_not_a_denial(tmp_path: Path) -> None:
    """ "If we do not receive … the request will be denied" asks; it decides nothing."""
    found = read(
        tmp_path,
        """Marrowdale Medicaid Plan
Prior Authorization Unit
October 5, 2026
Member: Philippa J. Adeyemi    Medicaid ID: MMP-551029384
Request number: PA-26-77102
This prior authorization request is incomplete. The following items are outstanding:
- The most recent progress note
- A signed and dated prescription
If we do not receive these items within 10 business days, the request will be denied.
Sincerely,
Prior Authorization Unit
""",
    )
    assert (found.kind, found.letter_outcome) == ("letter", "info_requested")
    assert set(found.requested_items) == {"clinical_notes", "prescription"}


def test_a_denial_that_also_warns_stays_a_denial(tmp_path: Path) -> None:
    """A real denial keeps its outcome even beside a conditional sentence."""
    found = read(
        tmp_path,
        """Marrowdale Medicaid Plan
October 19, 2026
Member: Philippa J. Adeyemi    Medicaid ID: MMP-551029384
Notice of denial
We have denied your request for home infusion of immune globulin. The records sent do
not show that the treatment is medically necessary.
If you do not agree, you may appeal. If we do not receive your appeal within 60 days,
your appeal may be denied as late.
Sincerely,
Prior Authorization Unit
""",
    )
    assert (found.kind, found.letter_outcome) == ("letter", "denied")
    assert found.requested_items == ()


def test_spanish_clinical_papers_are_clinical(tmp_path: Path) -> None:
    """A blood count, a nerve study, a problem list and a medication profile in Spanish,
    each with only its title and a few lines, fulfil lab results, the diagnosis and the
    medication history."""
    papers = {
        "hemograma.pdf": (
            """Laboratorio Central Las Palmas
Paciente: Remedios A. Calderón    Fecha de recolección: 12/03/2026
BIOMETRÍA HEMÁTICA
Leucocitos 6,1 x10^3/uL   (4,0-11,0)
Plaquetas 198 x10^3/uL   (150-400)
""",
            "lab_results",
        ),
        "emg.pdf": (
            """Servicio de Neurofisiología Las Palmas
ESTUDIO DE ELECTROMIOGRAFÍA
Fecha del estudio: 02/03/2026
Paciente: Remedios A. Calderón
Hallazgos: bloqueos de conducción nerviosa en ambos nervios peroneos.
Conclusión: compatible con neuropatía motora multifocal.
""",
            "diagnosis",
        ),
        "problemas.pdf": (
            """Consultorio Médico Las Palmas
LISTA DE PROBLEMAS
Paciente: Remedios A. Calderón
1. Neuropatía motora multifocal (G61.82)
2. Diabetes tipo 2 (E11.9)
""",
            "diagnosis",
        ),
        "perfil.pdf": (
            """Farmacia de Infusión Las Palmas
PERFIL FARMACOTERAPÉUTICO
Paciente: Remedios A. Calderón
Medicamentos activos:
inmunoglobulina 10% 2 g/kg IV cada 4 semanas
metformina 850 mg por vía oral dos veces al día
""",
            "medication_history",
        ),
    }
    for name, (text, item) in papers.items():
        found = read(tmp_path, text, name)
        assert (name, found.kind) == (name, "clinical")
        assert (name, item in found.fulfills) == (name, True)


def test_the_members_own_request_for_papers_asks_the_plan_nothing(tmp_path: Path) -> None:
    """A member who asks the plan for papers ("I request the following", "Solicito la
    siguiente información") writes a request of their own, not the plan's request for
    records, even on a form whose title names the plan."""
    for number, text in enumerate(
        (
            """REQUEST FOR DOCUMENTS FROM A HEALTH PLAN
To: Brightwater Health Plan
Member name: Evander K. Moffatt
Plan ID number: BHP-2281-90417
Dear Member Services,
My prior authorization request for home infusion of immune globulin was denied.
I request the following information: the medical necessity criteria used to deny my
home infusion claim.
Sincerely,
Evander K. Moffatt      Date: April 9, 2026
""",
            """FORMULARIO PARA PEDIR DOCUMENTOS A UN PLAN DE SALUD
Para: Plan de Salud Brisa Clara
Nombre del afiliado: Evaristo K. Montaño
Número de identificación del plan: PBC-2281-90417
Estimados señores:
Mi solicitud de autorización previa para la infusión en el hogar fue denegada.
Solicito la siguiente información: los criterios de necesidad médica que usaron para negar
mi reclamación de infusión en el hogar.
Atentamente,
Evaristo K. Montaño      Fecha: 9 de abril de 2026
""",
        )
    ):
        found = read(tmp_path, text, f"form{number}.pdf")
        assert (number, found.kind, found.letter_outcome) == (number, "letter", "informational")
        assert found.requested_items == ()
