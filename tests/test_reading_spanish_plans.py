"""Spanish letters from a commercial plan, a Medicaid plan and a specialty pharmacy (issue 19):
each class of wording the second Spanish train case taught is written here as a PDF, read
by the app's reader and understood, and the field it decides is checked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from organizer.core.understand import Understanding, understand
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
