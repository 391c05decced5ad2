"""The fifth batch of Spanish probes (see _probes_es_texts.py): Medicare appeal decisions and
requests at the next levels, and plan booklet pages; written after the fourth batch's fixes
and measured before any rule was made for them."""

from __future__ import annotations

from _probes_es_texts import Probe

PROBES_B5: tuple[Probe, ...] = (
    Probe(
        "B5 Medicare contractor redetermination decision, unfavourable (Spanish)",
        "https://medicare.fcso.com/es/appeals/how-complete-medicare-reconsideration-request-form-cms-20033",
        """
Servicios Administrativos de Medicare del Golfo
Aviso de decisión de redeterminación de Medicare
6 de mayo de 2026
Beneficiario: Gumersinda Olivares Peña
Número de Medicare: 2FD8-QX3-LM64
Número de control de la redeterminación: 26-0506-R-88412
Revisamos su solicitud de redeterminación sobre la bomba de infusión suministrada el 12 de
febrero de 2026. Nuestra decisión es desfavorable: Medicare no pagará por este artículo porque
la documentación no muestra que se cumplan los requisitos de cobertura.
Si no está de acuerdo, puede pedir una reconsideración al contratista independiente
cualificado (QIC) dentro de los 180 días a partir de la fecha en que reciba este aviso.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-05-06",
            "reference_number": "26-0506-R-88412",
            "member_id": "2FD8-QX3-LM64",
            "due_date": None,
        },
    ),
    Probe(
        "B5 Medicare reconsideration request form CMS-20033 (Spanish)",
        "https://medicare.fcso.com/es/appeals/how-complete-medicare-reconsideration-request-form-cms-20033",
        """
SOLICITUD DE RECONSIDERACIÓN DE MEDICARE
1. Nombre del beneficiario: Gumersinda Olivares Peña
2. Número de Medicare: 2FD8-QX3-LM64
3. Artículo o servicio que apela: bomba de infusión
4. Fecha del servicio: 02/12/2026
5. Nombre del contratista que hizo la redeterminación: Servicios Administrativos del Golfo
6. No estoy de acuerdo con la decisión de redeterminación porque: mi médico indicó la bomba.
Firma de la persona que apela: Gumersinda Olivares Peña      Fecha: 05/20/2026
Formulario CMS-20033
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-05-20",
            "member_id": "2FD8-QX3-LM64",
            "due_date": None,
        },
    ),
    Probe(
        "B5 Evidence of Coverage page (Spanish)",
        "http://docplayer.es/53529684-Evidencia-de-cobertura.html",
        """
Del 1 de enero al 31 de diciembre de 2026
Evidencia de Cobertura:
Su cobertura de medicamentos recetados de Medicare como miembro de Plan Nogal Rx (PDP)
Este folleto le proporciona detalles acerca de su cobertura de medicamentos recetados de
Medicare. Se explica cómo obtener la cobertura para los medicamentos recetados que necesita.
Este es un documento legal importante. Guárdelo en un lugar seguro.
Capítulo 5. Cómo usar la cobertura del plan para los medicamentos recetados de la Parte D
Sección 4. Hay restricciones en la cobertura de algunos medicamentos: autorización previa,
terapia escalonada y límites de cantidad.
""",
        {"kind": "insurance"},
    ),
    Probe(
        "B5 Annual Notice of Changes page (Spanish)",
        "https://pdfslide.us/documents/new-2015-medicare-prescription-drug-plan-pdp-annual-notice-of-web-view-2020-12.html",
        """
Plan Nogal Rx (PDP) ofrecido por Aseguradora Nogal
Aviso Anual de Cambios para 2027
Actualmente usted está inscrito como miembro de Plan Nogal Rx. El próximo año, habrá algunos
cambios en los costos y beneficios del plan. Este folleto habla de estos cambios.
Usted tiene desde el 15 de octubre hasta el 7 de diciembre para hacer cambios a su cobertura
de Medicare para el próximo año.
Formulario CMS 10260-ANOC/EOC   Aprobación de OMB 0938-1051
""",
        {"kind": "insurance", "reference_number": None, "due_date": None},
    ),
    Probe(
        "B5 Part D redetermination decision upholding the denial (Spanish)",
        "https://members.navitus.com/es-MX/PA-Forms/Medicare-RD-Form.aspx",
        """
Plan Nogal Rx (PDP)
Departamento de Apelaciones
Aviso de redeterminación
15 de abril de 2026
Filomena Arellano Téllez
Número de afiliado: NRX30881274
Número de apelación: NRX-RD-26-0415-09
Estimada Sra. Arellano:
Revisamos su solicitud de redeterminación de la cobertura de vancomicina intravenosa.
Después de la revisión, decidimos mantener nuestra decisión de no cubrir este medicamento,
porque debe cubrirse bajo la Parte B de Medicare.
Si no está de acuerdo, puede pedir una revisión a la Entidad de Revisión Independiente dentro
de los 65 días a partir de la fecha de este aviso.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-04-15",
            "reference_number": "NRX-RD-26-0415-09",
            "member_id": "NRX30881274",
            "due_date": None,
            "appeal_by": "2026-06-19",
        },
    ),
)
