"""The seventh batch of Spanish probes (see _probes_es_texts.py): member IDs and reference
numbers as other hands print them - IDs in spaced groups, bare case numbers, Medicaid and
card labels, two-row tables. Written before any fix for them was tried, and measured first."""

from __future__ import annotations

from _probes_es_texts import Probe

PROBES_B8: tuple[Probe, ...] = (
    Probe(
        "B8 Medicare card, number in three spaced groups (Spanish)",
        "https://legalclarity.org/what-does-a-medicare-number-look-like",
        """
MEDICARE SEGURO DE SALUD
Nombre
EVARISTO QUIÑONES LEDESMA
Número de Medicare
5KT2 W61 HN38
Con derecho a                 Cobertura empieza
HOSPITAL (PARTE A)            01-04-2026
MÉDICO (PARTE B)              01-04-2026
1-800-MEDICARE (1-800-633-4227)
""",
        {"reference_number": None, "member_id": "5KT2 W61 HN38"},
    ),
    Probe(
        "B8 Medi-Cal notice of action, CIN label (Spanish)",
        "https://www.dhcs.ca.gov/es/Medi-Cal/Pages/help.aspx",
        """
Condado de Santa Linda - Agencia de Servicios Sociales
Nuestro expediente: SLS-0338-2207
Fecha: 11 de mayo de 2026
AVISO DE ACCIÓN
Nombre: Rutilio Garza Benavides
Número de identificación del cliente (CIN): 94620183G
Su Medi-Cal continuará sin costo compartido a partir del 1 de junio de 2026.
Si cree que cometimos un error, puede apelar. Tiene solo 90 días para pedir una audiencia.
""",
        {
            "kind": "letter",
            "document_date": "2026-05-11",
            "reference_number": "SLS-0338-2207",
            "member_id": "94620183G",
        },
    ),
    Probe(
        "B8 Plan ID card, member ID with prefix and suffix groups (Spanish)",
        "https://vivabien.kaiserpermanente.org/medicaid/medi-cal-california/renovacion",
        """
Plan de Salud Arboleda
Nombre del miembro  YOLANDA CÁRDENAS RÍOS
ID de miembro  ARB 730155902 02
Número de grupo  0884120
RxBIN 003858  RxPCN ARBRX
Servicios al Miembro 1-877-555-0193
""",
        {"reference_number": None, "member_id": "ARB 730155902 02"},
    ),
    Probe(
        "B8 Employer plan letter, 'Número de suscriptor' (Spanish)",
        "https://marshfieldinsurance.agency/?p=6679",
        """
Administradora de Beneficios Nortegate
2 de septiembre de 2026
Paciente: Leocadia Achterberg Soto
Número de suscriptor: NBS5520184
Número de reclamación: 2609-44107
Necesitamos más información para procesar esta reclamación. Envíe la factura detallada de
su farmacia de infusión a más tardar el 30 de septiembre de 2026.
""",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "reference_number": "2609-44107",
            "member_id": "NBS5520184",
            "due_date": "2026-09-30",
        },
    ),
    Probe(
        "B8 Pharmacy benefits check, two-row table (Spanish)",
        "https://eatsip365.com/essential-info-on-your-insurance-card",
        """
Farmacia de Infusión Cumbre
Resumen de verificación de beneficios
Número de miembro        Número de referencia
QRT772019465             BV-26-40217
Plan                     Grupo
Quartz Ridge PPO         88120
Deducible cumplido: $1,200 de $1,500. Coseguro después del deducible: 20%.
""",
        {"reference_number": "BV-26-40217", "member_id": "QRT772019465"},
    ),
    Probe(
        "B8 Hearing decision, bare case number at the top (Spanish)",
        "https://www.elderlawwis.com/fcp-217068",
        """
ESTADO DE WISCONSIN
División de Audiencias y Apelaciones
En el asunto de
Anselmo Pacheco Ruelas
DECISIÓN
FCP/220418
CONSIDERACIONES PRELIMINARES
Conforme a una petición presentada el 5 de febrero de 2026, para revisar una decisión de
Riverbend Care Inc sobre el Programa Family Care, se celebró una audiencia el 19 de marzo de
2026 por teléfono.
El asunto a determinar es si la agencia redujo correctamente las visitas de enfermería de
infusión en el hogar de cinco a dos por semana.
""",
        {"reference_number": "FCP/220418", "member_id": None},
    ),
)
