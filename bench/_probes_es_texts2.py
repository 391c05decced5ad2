"""The second batch of Spanish public-notice probes (see _probes_es_texts.py): written after
the first batch's fixes and measured before any rule was made for it."""

from __future__ import annotations

from _probes_es_texts import Probe

PROBES_B2: tuple[Probe, ...] = (
    Probe(
        "B2 Part D transition letter (Spanish)",
        "https://es.bluecrossnc.com/members/medicare/prescription-drug/coverage-details/transition-policy",
        """
Plan Cardonal Medicare Rx (PDP)
Departamento de Servicios para Afiliados
22 de enero de 2026
Anselmo Villegas Duarte
Número de identificación del afiliado: PCM22019844
Estimado Sr. Villegas:
Le enviamos esta carta porque recientemente le dimos un suministro temporal de transición
de 30 días de inmunoglobulina subcutánea. Este medicamento no está en la lista de
medicamentos cubiertos (formulario) de su plan. Este suministro temporal le da tiempo para
hablar con su médico sobre otro medicamento o para pedirnos una excepción al formulario.
Después del suministro de transición, es posible que no continúe la cobertura de este
medicamento.
Atentamente,
Plan Cardonal Medicare Rx
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-01-22",
            "reference_number": None,
            "member_id": "PCM22019844",
            "due_date": None,
        },
    ),
    Probe(
        "B2 Texas Medicaid denial with state fair hearing (Spanish)",
        "https://rightcare.swhp.org/es-es/Member-Appeals-and-Complaints-Spanish-es-ES",
        """
Plan de Salud Mezquite STAR+PLUS
Aviso de determinación adversa de beneficios
5 de febrero de 2026
Hortensia Galván Reyes
Número de identificación de Medicaid: 604918273
Número de autorización: MZ-260203-4418
Estimada Sra. Galván:
El Director Médico de Mezquite revisó la solicitud de su proveedor para nutrición parenteral
en el hogar. Hemos decidido negar este servicio porque la información que recibimos no
muestra que sea médicamente necesario.
Tiene derecho a pedir una apelación. Debe pedirla dentro de los 60 días a partir de la fecha
de esta carta. Después de la apelación puede pedir una audiencia imparcial ante el estado.
Atentamente,
Departamento de Gestión de Utilización
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-02-05",
            "reference_number": "MZ-260203-4418",
            "member_id": "604918273",
            "due_date": None,
            "appeal_by": "2026-04-06",
        },
    ),
    Probe(
        "B2 New York Medicaid approval notice (Spanish)",
        "https://www.health.ny.gov/health_care/managed_care/plans/appeals/42_cfr_438.htm",
        """
Plan Hudson Alto de Cuidado Administrado
Aviso de aprobación de servicios
Fecha: 12/03/2026
Socio: Evaristo Mondragón Lugo
Número de identificación del socio: HA4471902
Número de referencia: HAC-26-33912
Hemos aprobado su solicitud de servicios de enfermería de infusión en el hogar.
Servicios aprobados: 2 visitas por semana
Fechas de vigencia: del 14 de diciembre de 2026 al 13 de marzo de 2027
Si tiene preguntas sobre este aviso, llame a Servicios al Socio al 1-800-555-0102.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-12-03",
            "reference_number": "HAC-26-33912",
            "member_id": "HA4471902",
            "due_date": None,
        },
    ),
    Probe(
        "B2 New York Medicaid extension notice (Spanish)",
        "https://www.health.ny.gov/health_care/managed_care/plans/appeals/42_cfr_438.htm",
        """
Plan Hudson Alto de Cuidado Administrado
AVISO DE EXTENSIÓN
Fecha: 9 de septiembre de 2026
Socio: Evaristo Mondragón Lugo
Número de identificación del socio: HA4471902
Número de caso: HAC-26-29107
Estamos revisando la solicitud de infusión de antibióticos en el hogar. Necesitamos más
tiempo para tomar una decisión porque estamos esperando las notas clínicas de su médico.
Tomaremos una decisión a más tardar el 23 de septiembre de 2026. Usted no tiene que hacer nada.
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-09-09",
            "reference_number": "HAC-26-29107",
            "member_id": "HA4471902",
            "due_date": None,
        },
    ),
    Probe(
        "B2 Medicaid appeal acknowledgement (Spanish)",
        "https://mmp-es.healthnetcalifornia.com/mmp/appeals-grievances.html",
        """
Salud Ribera del Norte (Medi-Cal)
Departamento de Apelaciones y Quejas
4 de marzo de 2026
Sra. Celestina Arredondo Paz
Número de apelación: RN-APL-26-00813
N.º de identificación del afiliado: RNM-55012987
Estimada Sra. Arredondo:
Recibimos su apelación el 2 de marzo de 2026 sobre la denegación de la bomba de infusión.
Le enviaremos una decisión por escrito dentro de los 30 días a partir de la fecha en que
recibimos su apelación.
Atentamente,
Departamento de Apelaciones y Quejas
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-03-04",
            "reference_number": "RN-APL-26-00813",
            "member_id": "RNM-55012987",
            "due_date": None,
        },
    ),
    Probe(
        "B2 Part D Explanation of Benefits (Spanish)",
        "https://es.medicare.gov/claims-appeals/file-an-appeal/medicare-prescription-drug-coverage-appeals",
        """
Plan Cardonal Medicare Rx (PDP)
Explicación de beneficios de la Parte D
Para el período del 1 de marzo de 2026 al 31 de marzo de 2026
Fecha: 8 de abril de 2026
Afiliado: Anselmo Villegas Duarte
Número de afiliado: PCM22019844
Este aviso no es una factura.
Resumen de sus costos de medicamentos
Total de costos de medicamentos este mes: $4,812.40
Usted pagó: $47.00
Su plan pagó: $4,765.40
""",
        {
            "kind": "insurance",
            "document_date": "2026-04-08",
            "member_id": "PCM22019844",
            "due_date": None,
        },
    ),
    Probe(
        "B2 Independent review entity reconsideration decision (Spanish)",
        "https://es.medicare.gov/claims-appeals/how-do-i-file-an-appeal",
        """
Entidad de Revisión Independiente de Medicare
Decisión de reconsideración
Fecha de la decisión: 30 de julio de 2026
Afiliado: Leonor Bautista Arreola
Número de Medicare: 5TW3-GH8-PK27
Número de caso de la entidad: 1-8812045563
Plan: Puerto Claro Vida
Revisamos la decisión de su plan de no cubrir la nutrición parenteral total en el hogar.
Decidimos que su plan debe cubrir este servicio. Revocamos la decisión del plan.
Su plan debe autorizar el servicio dentro de las 72 horas siguientes a esta decisión.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-07-30",
            "reference_number": "1-8812045563",
            "member_id": "5TW3-GH8-PK27",
            "due_date": None,
        },
    ),
    Probe(
        "B2 Employer plan request for records with explicit date (Spanish)",
        "https://www.cuidadodesalud.gov/es/appeal-insurance-company-decision/internal-appeals/",
        """
Seguros Médicos Altamira
Unidad de Revisión de Utilización
Miércoles, 18 de febrero de 2026
Re: Solicitud de autorización previa para infliximab en el hogar
Paciente: Rodolfo Espinosa Cano
ID de miembro: SMA-0931-44720
Referencia: UR-260218-0951
Estimado Sr. Espinosa:
Para completar la revisión de la solicitud de su médico necesitamos lo siguiente:
- resultados de laboratorio recientes
- notas de la última consulta
Por favor, pida a su médico que nos envíe estos documentos a más tardar el 4 de marzo de 2026.
Si no los recibimos, revisaremos la solicitud con la información que tenemos.
Cordialmente,
Unidad de Revisión de Utilización
""",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": "2026-02-18",
            "reference_number": "UR-260218-0951",
            "member_id": "SMA-0931-44720",
            "due_date": "2026-03-04",
        },
    ),
    Probe(
        "B2 Medicare Advantage partial approval (Spanish, CMS-10003 'parcialmente aprobada')",
        "http://https.omb.report/icr/202409-0938-016/doc/146350900",
        """
Lumbre Salud Medicare (PPO)
Notificación de denegación de cobertura médica
Fecha: 2 de octubre de 2026        Número de afiliado: LSM-7302196
Nombre: Teodoro Salcedo Ibarra
La cobertura para sus servicios/artículos médicos fue parcialmente aprobada
Hemos parcialmente aprobado los servicios médicos que se indican a continuación que su médico
solicitó: aprobamos 4 visitas de enfermería en el hogar en lugar de 8.
¿Por qué la cobertura fue parcialmente aprobada?
La información enviada muestra que 4 visitas son suficientes para enseñarle a usar la bomba.
Usted tiene derecho a apelar nuestra decisión. Debe solicitar la apelación en un plazo de
65 días a partir de la fecha de esta notificación.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-10-02",
            "member_id": "LSM-7302196",
            "due_date": None,
            "appeal_by": "2026-12-06",
        },
    ),
    Probe(
        "B2 Medicaid member ID card (Spanish)",
        "https://es.uhccommunityplan.com/tx/medicaid/star_kids/faq",
        """
Plan de Salud Mezquite STAR+PLUS
Tarjeta de identificación del miembro
Miembro: Hortensia Galván Reyes
Número de identificación de Medicaid: 604918273
Fecha de vigencia: 01/01/2026
Médico de atención primaria: Dra. Paula Ontiveros   Teléfono: 555-0183
Servicios para Miembros: 1-800-555-0165 (TTY 711)
Farmacéuticos: BIN 610011  PCN MZRX  Grupo MZSP01
""",
        {
            "kind": "insurance",
            "member_id": "604918273",
            "due_date": None,
        },
    ),
    Probe(
        "B2 Coverage decision favourable after appeal, dual plan (Spanish CMS-10716 style)",
        "https://omb.report/icr/202004-0938-003/doc/106415401",
        """
Carta sobre Decisión de Apelación
19 de agosto de 2026
Nicanor Fuentes Olmedo
Número de identificación del miembro: CDS660214930
Servicio/artículo relacionado con esta carta: cuidado de enfermería en el hogar
Ceiba Dual Salud revisó su apelación. Cambiamos nuestra decisión y ahora cubriremos las
visitas de enfermería de infusión en el hogar 3 veces por semana, como las pidió su médico.
No tiene que hacer nada más.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-08-19",
            "member_id": "CDS660214930",
            "due_date": None,
        },
    ),
    Probe(
        "B2 Pharmacy benefits check from the home infusion pharmacy (Spanish)",
        "https://espanol.emblemhealth.com/blog/health/what-it-means-preauthorization",
        """
Farmacia de Infusión Mirasol
Verificación de beneficios
11 de enero de 2026
Paciente: Rodolfo Espinosa Cano
Seguro: Seguros Médicos Altamira   ID de miembro: SMA-0931-44720
N.º de verificación: FIM-BV-26-0042
Estimado Sr. Espinosa:
Verificamos sus beneficios para la infusión de infliximab en el hogar. Su plan requiere
autorización previa. Ya enviamos la solicitud a su plan y le avisaremos cuando recibamos una
respuesta. Su costo estimado por infusión es de $150.00.
Atentamente,
Farmacia de Infusión Mirasol
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-01-11",
            "reference_number": "FIM-BV-26-0042",
            "member_id": "SMA-0931-44720",
            "due_date": None,
        },
    ),
)
