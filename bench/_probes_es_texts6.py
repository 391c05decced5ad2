"""The sixth batch of Spanish probes (see _probes_es_texts.py): state Medicaid notices of
action, external review and a member's request for plan documents; written after the fifth
batch's fixes and measured before any rule was made for them."""

from __future__ import annotations

from _probes_es_texts import Probe

PROBES_B6: tuple[Probe, ...] = (
    Probe(
        "B6 Colorado Medicaid notice of action, service reduced (Spanish)",
        "https://www.healthfirstcolorado.com/es/apelaciones/",
        """
Organización Regional de Salud Piñón
Aviso de acción
Fecha del aviso: 13 de enero de 2026
Miembro: Baldomero Ruiz Anaya
Número de identificación de Medicaid: C882041
Número de referencia de la autorización: PIN-26-00418
Hemos reducido las visitas de enfermería de infusión en el hogar que pidió su proveedor, de
5 visitas a 2 visitas por semana, porque los registros no muestran que necesite más visitas.
Tiene 60 días a partir de la fecha de este Aviso de acción para presentar una apelación.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-01-13",
            "reference_number": "PIN-26-00418",
            "member_id": "C882041",
            "due_date": None,
            "appeal_by": "2026-03-14",
        },
    ),
    Probe(
        "B6 Illinois plan approval for a Medicare-Medicaid member (Spanish)",
        "https://es.illinois.aetnabetterhealth.com/illinois/members/premier/rights",
        """
Plan Pradera Illinois (Plan de Medicare y Medicaid)
Servicios para Miembros: 1-866-555-0139 (TTY 711)
17 de junio de 2026
Aviso de decisión de cobertura
Miembro: Baldomero Ruiz Anaya
ID de miembro: PIL-30991827
Número de autorización: PIL-A-260617-55
Su solicitud de terapia de antibióticos intravenosos en el hogar fue aprobada.
Servicios aprobados del 18 de junio de 2026 al 2 de julio de 2026.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-06-17",
            "reference_number": "PIL-A-260617-55",
            "member_id": "PIL-30991827",
            "due_date": None,
        },
    ),
    Probe(
        "B6 External review decision overturning the plan (Spanish)",
        "https://www.cuidadodesalud.gov/es/appeal-insurance-company-decision/internal-appeals/",
        """
Organización de Revisión Independiente Cumbre
Decisión de revisión externa
Fecha: 28 de agosto de 2026
Asegurado: Rodolfo Espinosa Cano
Número de caso de revisión externa: ER-26-70415
El revisor independiente revisó la denegación de su plan de la infusión de infliximab en el
hogar. El revisor decidió revocar la denegación. Su plan debe cubrir el tratamiento.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-08-28",
            "reference_number": "ER-26-70415",
            "due_date": None,
        },
    ),
    Probe(
        "B6 Member's request for plan documents CMS-10307 (Spanish)",
        "https://omb.report/icr/202408-0938-032/doc/145728300",
        """
FORMULARIO PARA SOLICITAR DOCUMENTACIÓN DE UN PLAN MÉDICO
Para: Seguros Médicos Altamira
Nombre del paciente: Rodolfo Espinosa Cano
Número de identificación del plan: SMA-0931-44720
Solicito la siguiente información: los criterios de necesidad médica que usaron para negar mi
reclamación de infusión en el hogar.
Firma: Rodolfo Espinosa Cano      Fecha: 2 de abril de 2026
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-04-02",
            "member_id": "SMA-0931-44720",
            "due_date": None,
        },
    ),
    Probe(
        "B6 Medicaid request to the doctor for records, explicit date (Spanish)",
        "https://www.healthfirstcolorado.com/es/apelaciones/",
        """
Organización Regional de Salud Piñón
Gestión de Utilización
8 de enero de 2026
Para: Dra. Celia Montes, Clínica Alameda
Re: Baldomero Ruiz Anaya, Medicaid C882041
Solicitud núm.: PIN-26-00418
Estimada Dra. Montes:
Recibimos su solicitud de enfermería de infusión en el hogar. Para revisarla necesitamos el
plan de cuidado firmado y las notas de la última visita. Envíelos antes del 22 de enero de 2026.
""",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": "2026-01-08",
            "reference_number": "PIN-26-00418",
            "member_id": "C882041",
            "due_date": "2026-01-22",
        },
    ),
)
