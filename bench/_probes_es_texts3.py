"""The third batch of Spanish public-notice probes (see _probes_es_texts.py): the Medicare
model notices laid out as their forms print them (labels over their values, two columns,
a date alone at the top), written after the second batch's fixes and measured before any
rule was made for them."""

from __future__ import annotations

from _probes_es_texts import Probe

PROBES_B3: tuple[Probe, ...] = (
    Probe(
        "B3 Part D denial CMS-10146-S, labels over values",
        "https://omb.report/icr/202310-0938-007/doc/136672900",
        """
DEPARTAMENTO DE SALUD Y SERVICIOS HUMANOS
CENTROS DE SERVICIOS DE MEDICARE Y MEDICAID
Importante: Este aviso le explica su derecho de apelar nuestra decisión. Lea este aviso
cuidadosamente.
Alameda Serena Rx
AVISO DE DENEGACIÓN DE LA PARTE D DE MEDICARE COBERTURA DE
MEDICAMENTOS RECETADOS
Fecha:
19 de marzo de 2026
Nombre del miembro:
Prudencio Gallardo Islas
Número de miembro:
ASR7710382
Su pedido fue denegado
Hemos denegado la cobertura o el pago de la Parte D de Medicare, de los medicamentos que usted
o su médico han solicitado: inmunoglobulina intravenosa 10%.
¿Por qué denegamos su solicitud?
Hemos denegado su solicitud debido a que este medicamento puede estar cubierto por la Parte B.
Usted tiene el derecho de apelar. Si desea hacerlo, tiene que apelar la decisión en un plazo de
65 días de la fecha de esta notificación.
Formulario CMS-10146-S
Aprobado por OMB No. 0938-0976 (Fecha de Expiración 06/30/2027)
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-03-19",
            "reference_number": None,
            "member_id": "ASR7710382",
            "due_date": None,
            "appeal_by": "2026-05-23",
        },
    ),
    Probe(
        "B3 Notice of Denial of Medical Coverage, two columns",
        "https://omb.report/icr/201702-0938-003/doc/71550501",
        """
Plan Colibrí Advantage (HMO)
Aviso de Denegación de Cobertura Médica
Fecha:                              Número de identificación del miembro:
2 de diciembre de 2026              CLB-604418277
Nombre: Imelda Cervantes Ruelas
Su petición fue denegada
Hemos denegado los servicios/artículos médicos listados, que fueron solicitados por su médico:
bomba de infusión y visitas de enfermería en el hogar.
¿Por qué hemos denegado la petición?
Porque usted puede recibir la infusión en el consultorio de su médico.
Usted tiene el derecho de apelar la decisión. Debe pedir la apelación dentro de los 65 días a
partir de la fecha de este aviso.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-12-02",
            "reference_number": None,
            "member_id": "CLB-604418277",
            "due_date": None,
            "appeal_by": "2027-02-05",
        },
    ),
    Probe(
        "B3 Medicare Summary Notice, Part A and B, with a claim number",
        "https://es.medicare.gov/claims-appeals/how-do-i-file-an-appeal",
        """
Resumen de Medicare
para la Parte A (Seguro de Hospital) y la Parte B (Seguro Médico)
AVISO PARA
Gregorio Tamez Quiroz
Número de Medicare  XXX-XX-4KT9
Fecha de este aviso  15 de mayo de 2026
Reclamaciones y servicios procesados del 1 de febrero al 30 de abril de 2026
¿Medicare aprobó todas las reclamaciones? NO
Número de reclamación 14-26110-55820-301
Servicios proporcionados por Farmacia Vista Verde Infusiones
Servicio aprobado NO  Medicare pagó $0.00  Lo máximo que le pueden facturar $1,180.00
Si no está de acuerdo con alguna decisión, puede presentar una apelación. Plazo para apelar:
14 de julio de 2026
""",
        {
            "kind": "insurance",
            "document_date": "2026-05-15",
        },
    ),
    Probe(
        "B3 Notice of Medicare Non-Coverage (Spanish, current form)",
        "https://studylib.es/doc/622918/advance-discharge-notice---or---compliance-review-service.",
        """
Servicios de Infusión en el Hogar Ámbar
Aviso de no cobertura de Medicare
Nombre del paciente: Gumersinda Olivares Peña
Número de Medicare: 2FD8-QX3-LM64
La cobertura de Medicare de sus servicios actuales de enfermería en el hogar terminará
el: 18 de noviembre de 2026
Su plan de Medicare y/o su proveedor han determinado que Medicare probablemente no pagará por
sus servicios actuales después de la fecha indicada arriba.
Su derecho a apelar esta decisión
Puede pedir una apelación rápida a la Organización para el Mejoramiento de la Calidad a más
tardar al mediodía del día antes de la fecha indicada arriba.
Firma del paciente o representante: ___________     Fecha: 15 de noviembre de 2026
""",
        {
            "kind": "letter",
            "document_date": "2026-11-15",
            "member_id": "2FD8-QX3-LM64",
            "due_date": None,
        },
    ),
    Probe(
        "B3 Plan approval with the date alone on the first line",
        "https://es.aetnabetterhealth.com/pennsylvania/prior-authorization.html",
        """
1 de abril de 2026
Salud Integral Bahía Azul
Departamento de Autorizaciones
Sr. Ezequiel Montiel Ávalos
Identificación del afiliado: SIB-40219873
Número de autorización: SIB-PA-260331-112
Estimado Sr. Montiel:
Nos complace informarle que aprobamos la solicitud de su médico para la infusión de
inmunoglobulina en el hogar, del 1 de abril de 2026 al 30 de septiembre de 2026.
Atentamente,
Departamento de Autorizaciones
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-04-01",
            "reference_number": "SIB-PA-260331-112",
            "member_id": "SIB-40219873",
            "due_date": None,
        },
    ),
    Probe(
        "B3 Plan request for records with a respond-by box",
        "https://mmpr.com/planes-medicos/determinaciones-cubierta",
        """
Plan Médico Costa Brava
FECHA DE LA CARTA: 06/08/2026
RESPONDA ANTES DE: 06/22/2026
Afiliado: Olegario Bustos Frías
Núm. de afiliado: CBV-882104467
Núm. de solicitud: CB-DC-2606-0193
Su médico nos pidió cubrir vedolizumab intravenoso. Para decidir, necesitamos la lista de
medicamentos que usted ya probó y los resultados de la última colonoscopia.
Pídale a su médico que nos los envíe por fax al 1-855-555-0110.
""",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": "2026-06-08",
            "reference_number": "CB-DC-2606-0193",
            "member_id": "CBV-882104467",
            "due_date": "2026-06-22",
        },
    ),
    Probe(
        "B3 The member's own appeal letter quoting the denial",
        "https://www.cuidadodesalud.gov/es/appeal-insurance-company-decision/internal-appeals/",
        """
Eufemia Rangel Solís
44 Calle Jacaranda
Valle Claro, CA 93999
20 de febrero de 2026
Plan de Salud Ribera Alta
Departamento de Apelaciones
Asunto: Apelación de la denegación
Número de identificación del miembro: RAH-3309127
Número de reclamación: RA-26-0112-775
A quien corresponda:
Escribo para apelar su decisión del 5 de febrero de 2026. Ustedes negaron la infusión de
inmunoglobulina en el hogar porque dicen que no es médicamente necesaria. Adjunto la carta de
mi médico y mis resultados de laboratorio. Les pido que reconsideren su decisión.
Atentamente,
Eufemia Rangel Solís
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-02-20",
            "reference_number": "RA-26-0112-775",
            "member_id": "RAH-3309127",
            "due_date": None,
        },
    ),
)
