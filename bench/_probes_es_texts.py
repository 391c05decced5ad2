"""Spanish notices and forms whose wording follows real public ones, filled in with invented people.

Each probe keeps the address of the public text it follows, its text with the placeholders
filled with plausible invented values (dates written the Spanish way), and what a person
would label, following ../shared/corpus/README.md and bench/corpus/README.md "The Spanish
parts". A field left out of ``expect`` is not scored. Read by public_notice_probes_es.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Probe:
    name: str
    source: str
    text: str
    expect: dict[str, str | None] = field(default_factory=dict)


PROBES_B1: tuple[Probe, ...] = (
    Probe(
        "Part D denial CMS-10146-S (2024)",
        "https://omb.report/icr/202409-0938-015/doc/148176401",
        """
DEPARTAMENTO DE SALUD Y SERVICIOS HUMANOS
CENTROS DE SERVICIOS DE MEDICARE Y MEDICAID
Cobre Alto Rx (PDP)
Aviso de denegación de la cobertura de
medicamentos de la Parte D de Medicare
Fecha: 12 de mayo de 2026
Nombre del afiliado: Graciela Montoya Ruiz
Número de afiliado: CAR40917735
Se denegó la cobertura de su medicamento
Hemos denegado la cobertura en virtud de la Parte D de Medicare para los siguientes
medicamentos recetados que usted o el profesional que le receta solicitó:
Daptomicina 500 mg intravenosa, una vez al día
¿Por qué se denegó la cobertura para este medicamento?
Denegamos la cobertura para este medicamento debido a que se administra en el hogar con
equipo de infusión y puede estar cubierto por la Parte B de Medicare.
Debe compartir este aviso con el profesional que le receta y analizar los pasos siguientes.
¿Qué puedo hacer si no estoy de acuerdo con esta decisión?
Usted tiene el derecho de apelar. Si desea hacerlo, tiene que apelar la decisión en un plazo
de 65 días a partir de la fecha de este aviso.
Formulario CMS-10146-S
Aprobado por OMB No. 0938-0976 (Fecha de Expiración 06/30/2027)
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-05-12",
            "reference_number": None,
            "member_id": "CAR40917735",
            "due_date": None,
            "appeal_by": "2026-07-16",
        },
    ),
    Probe(
        "Part D denial CMS-10146(SP) (2013)",
        "https://omb.report/icr/201312-0938-013/doc/43960201",
        """
Departmento de Salud y Servicio Humanos
Centros de Servicios de Medicare y Medicaid
Formulario aprobado
OMB No. 0938-0976
Importante: Esta carta le explica su derecho de apelar nuestra decisión. Por favor, léala
atentamente.
Plan Girasol de Medicamentos
AVISO DE DENEGACIÓN DE LA COBERTURA DE MEDICAMENTOS RECETADOS DE
MEDICARE
Fecha: 3 de febrero de 2026
Nombre del miembro: Ramiro Quintero Vela
Número de miembro: PGM-88130274
Su pedido le fue denegado
Hemos denegado la cobertura o el pago de la Parte D de Medicare, del medicamento(s) que
usted o su médico han requerido:
Inmunoglobulina humana 10%, 30 g intravenosa cada 4 semanas
¿Por qué se denegó?
Hemos denegado su pedido debido a que no recibimos la información del médico que muestre
que el medicamento es necesario para su diagnóstico.
¿Qué puedo hacer si no estoy de acuerdo con la decisión?
Usted tiene el derecho de apelar. Si desea hacerlo, tiene que apelar la decisión en un plazo de
60 días de la fecha de esta notificación.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-02-03",
            "reference_number": None,
            "member_id": "PGM-88130274",
            "due_date": None,
            "appeal_by": "2026-04-04",
        },
    ),
    Probe(
        "Notice of Denial of Medical Coverage CMS-10003 (Spanish, 2017)",
        "https://omb.report/icr/201702-0938-003/doc/71550501",
        """
Importante: En este aviso explica su derecho de apelar nuestra decisión. Léalo atentamente.
Si necesita ayuda, llame a uno de los números listados en "Consiga ayuda y más información"
en la última página.
Salud Mesa Verde Advantage (HMO)
Aviso de Denegación de Cobertura Médica
Fecha: 9 de marzo de 2026
Número de identificación del miembro: MVA551204873
Nombre: Eulalia Carranza Pinto
Su petición fue denegada
Hemos denegado los servicios/artículos médicos listados, que fueron solicitados por usted o su
médico:
Servicios de enfermería de infusión en el hogar, 8 visitas
¿Por qué hemos denegado la petición?
Hemos denegado los servicios listados arriba porque la información enviada no muestra que
usted no pueda salir de su casa.
Usted tiene el derecho de apelar la decisión
Usted tiene el derecho de pedirle a Salud Mesa Verde Advantage que evalúe su decisión a través
de su apelación. Pida una apelación estándar. Debe hacerlo dentro de los 60 días de la fecha de
este aviso.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-03-09",
            "reference_number": None,
            "member_id": "MVA551204873",
            "due_date": None,
            "appeal_by": "2026-05-08",
        },
    ),
    Probe(
        "Notice of Denial of Medical Coverage CMS-10003 (Spanish, 2024)",
        "https://omb.report/icr/202409-0938-016/doc/146350900",
        """
Lumbre Salud Medicare (PPO)
Notificación de denegación de cobertura médica
Fecha: 21 de abril de 2026        Número de afiliado: LSM-7302196
Nombre: Teodoro Salcedo Ibarra
Servicio: bomba de infusión ambulatoria y suministros
La cobertura para sus servicios/artículos médicos fue denegada
Hemos denegado el pago de los servicios/artículos médicos que se indican a continuación que
usted o su médico solicitaron:
Bomba de infusión ambulatoria, alquiler mensual
¿Por qué la cobertura fue denegada?
Hemos denegado los servicios/artículos médicos indicados anteriormente porque no cumplen los
criterios de cobertura de su Evidencia de cobertura.
Comparta una copia de esta decisión con su médico y analicen los pasos a seguir.
Usted tiene derecho a apelar nuestra decisión
Tiene derecho a solicitar a Lumbre Salud Medicare que revise nuestra decisión. Debe solicitar
la apelación en un plazo de 65 días a partir de la fecha de esta notificación.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-04-21",
            "reference_number": None,
            "member_id": "LSM-7302196",
            "due_date": None,
            "appeal_by": "2026-06-25",
        },
    ),
    Probe(
        "Notice of Denial of Payment CMS-10003-NDP (Spanish, 2008)",
        "https://omb.report/icr/200902-0938-005/doc/10414101",
        """
Núm. De Aprobación de OMB 0938-0829
Plan Alcaraván Salud
AVISO DE DENEGACIÓN DE PAGO
Fecha: 17 de junio de 2026        Número de Identificación del Miembro: ALS30458812
Nombre del beneficiario: Amparo Velázquez Rincón
Nosotros, Plan Alcaraván Salud, recibimos recientemente una reclamación para: terapia de
infusión en el hogar (antibiótico intravenoso)
Proporcionados por Farmacia Brisa Infusiones el 2 de junio de 2026.
No pagaremos por los días de terapia del 2 al 9 de junio de 2026
porque: el servicio no fue autorizado antes de prestarse.
Si no está de acuerdo con esta decisión, tiene derecho a apelar dentro de los 60 días
calendario a partir de la fecha de este aviso.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-06-17",
            "member_id": "ALS30458812",
            "due_date": None,
            "appeal_by": "2026-08-16",
        },
    ),
    Probe(
        "Integrated Coverage Decision Letter CMS-10716 (Spanish)",
        "https://omb.report/icr/202004-0938-003/doc/106415401",
        """
Carta sobre Decisión de Cobertura
8 de julio de 2026
Leonor Bautista Arreola
Número de identificación del miembro: PCV-229047118
Servicio/artículo relacionado con esta carta: nutrición parenteral total en el hogar
En esta carta nos referimos a Puerto Claro Vida como "nuestro plan" o "nosotros". Somos un plan
de salud que contrata con Medicare y Medicaid para proporcionar cobertura para ambos programas.
Nuestro plan denegó el servicio que se indica a continuación:
Nutrición parenteral total en el hogar, solicitada por la Dra. Inés Calderón.
Nuestro plan tomó esta decisión porque la información recibida no muestra que su intestino no
pueda absorber los nutrientes.
Usted tiene derecho a apelar. Debe pedir la apelación dentro de los 60 días calendario a partir
de la fecha de esta carta.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-07-08",
            "reference_number": None,
            "member_id": "PCV-229047118",
            "due_date": None,
            "appeal_by": "2026-09-06",
        },
    ),
    Probe(
        "Integrated denial notice (Spanish, 2025)",
        "https://omb.report/icr/202507-0938-022/doc/160693000",
        """
IMPORTANTE: Para obtener ayuda con este aviso, comuníquese con Ceiba Dual Salud al 1-800-555-0177
(TTY: 711)
14 de agosto de 2026
Nicanor Fuentes Olmedo
ID del plan de salud del miembro: CDS 660 214 930
Servicio/artículo del que trata esta carta: cuidado de enfermería en el hogar
Ceiba Dual Salud se menciona como "nuestro plan" o "nosotros" en esta carta. Somos un plan de
salud que tiene contrato con Medicare y Medicaid para dar cobertura a ambos programas.
Estamos reduciendo las visitas de enfermería de infusión en el hogar de 3 por semana a 1 por
semana, que solicitó el Dr. Mauricio Ledesma.
Usted tiene derecho a apelar esta decisión dentro de los 65 días a partir de la fecha de esta
carta.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-08-14",
            "member_id": "CDS 660 214 930",
            "due_date": None,
        },
    ),
    Probe(
        "Advance Beneficiary Notice CMS-R-131 (Spanish)",
        "https://es.medicare.gov/claims-appeals/your-medicare-rights/advance-beneficiary-notice-of-noncoverage",
        """
A. Notificador: Farmacia Horizonte Infusiones, 410 Calle Nogal, Villa Roble, TX 78999
B. Nombre del paciente: Saturnino Cárdenas Luna    C. Número de identificación: 88-31047
Notificación previa de no cobertura al beneficiario (ABN)
NOTA: Si Medicare no paga D. los artículos a continuación, es posible que usted tenga que pagar.
Medicare no paga todo, incluso algunos cuidados que usted o su proveedor de salud tienen buenas
razones para pensar que usted necesita. Anticipamos que Medicare podría no pagar los D.
artículos a continuación.
D. Artículos: bomba de infusión y suministros, días adicionales
E. Razón por la que Medicare podría no pagar: Medicare no paga más de la cantidad permitida
F. Costo estimado: $640.00
LO QUE USTED NECESITA HACER AHORA:
Lea esta notificación para que pueda tomar una decisión informada sobre su cuidado.
G. OPCIONES: Marque una sola casilla. No podemos elegir una casilla por usted.
OPCIÓN 1. Quiero los artículos mencionados arriba. Puede pedirme que pague ahora, pero también
quiero que se le facture a Medicare para una decisión oficial sobre el pago, la cual se me
enviará en un Resumen de Medicare (MSN).
OPCIÓN 2. Quiero los artículos mencionados arriba, pero no le facture a Medicare.
OPCIÓN 3. No quiero los artículos mencionados arriba.
H. Información adicional: Esta notificación es nuestra opinión, no una decisión oficial de Medicare.
I. Firma:                                J. Fecha: 5 de octubre de 2026
Formulario CMS-R-131 (Exp. 01/31/2026)     Aprobado por OMB No. 0938-0566
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-10-05",
            "due_date": None,
        },
    ),
    Probe(
        "Notice of Medicare Provider Non-Coverage (Spanish)",
        "https://studylib.es/doc/622918/advance-discharge-notice---or---compliance-review-service.",
        """
Núm. De Aprobación de OMB 0938-0953
Agencia Sol Naciente de Salud en el Hogar
NOTIFICACIÓN DE NO-COBERTURA DEL PROVEEDOR DE MEDICARE
Nombre del Paciente: Florencio Barragán Soto
Número de ID del Paciente: 4TR7-KD2-WQ18
LA COBERTURA DE SUS SERVICIOS ACTUALES DE ENFERMERÍA DE INFUSIÓN EN EL HOGAR
TERMINARÁN EFECTIVO: 30 de septiembre de 2026
Su proveedor ha determinado que Medicare probablemente no pagará por los servicios actuales
de enfermería de infusión en el hogar efectivo a la fecha mencionada arriba.
Usted tendrá que pagar por cualquier servicio que reciba después de la fecha señalada arriba.
SU DERECHO A APELAR ESTA DECISIÓN
Usted tiene derecho a una revisión médica (apelación) inmediata e independiente.
COMO SOLICITAR UNA APELACIÓN INMEDIATA
Debe hacer la solicitud a la Organización para el Mejoramiento de la Calidad (QIO), a más
tardar al mediodía del día antes de la fecha efectiva indicada arriba.
Firma del paciente o representante              Fecha: 28 de septiembre de 2026
""",
        {
            "kind": "letter",
            "document_date": "2026-09-28",
            "reference_number": None,
            "member_id": "4TR7-KD2-WQ18",
        },
    ),
    Probe(
        "Pharmacy notice CMS-10147 (Spanish)",
        "http://studylib.es/doc/8109531/notificaci%C3%B3n-de-cms-de-farmacia-para-los",
        """
OMB Approval No. 0938-0975
Farmacia Los Almendros
Fecha: 11 de noviembre de 2026
Nombre del afiliado: Otilia Peñaloza Garza
SUS DERECHOS Y LA COBERTURA DE MEDICARE DE RECETAS MÉDICAS
Su plan de Medicare para recetas médicas no cubre la receta que le presentamos hoy.
Usted tiene el derecho de solicitar una determinación de cobertura y recibir una explicación
por escrito de su plan de Medicare de recetas médicas.
Lo que necesita hacer: Comuníquese con su plan de recetas médicas y pida una determinación de
cobertura incluyendo una solicitud de excepción. Llame GRATIS al 1-800-MEDICARE para averiguar
cómo comunicarse con su plan de medicamentos.
Cuando llame a su plan, esté listo para decirles: 1. La medicina que usted cree que necesita.
2. El nombre de la farmacia o prescriptor que le informó que el medicamento no está cubierto.
Formulario CMS-10147
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-11-11",
            "reference_number": None,
            "due_date": None,
        },
    ),
    Probe(
        "Coverage determination request form (Spanish)",
        "https://studylib.es/doc/5817073/rxm15-04-h5441-1-standard-coverage-determination-request",
        """
SOLICITUD DE DETERMINACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE MEDICARE
Puede enviarnos este formulario por correo o fax: Dirección: Plan Arrecife Rx, Departamento de
Apelaciones, PO Box 55120, Ciudad Tranquila, AZ 85999. Número de fax: 1-855-555-0163
Quién puede presentar una solicitud: La persona que extiende la receta puede solicitar una
determinación de cobertura en su nombre.
Información del miembro
Nombre del miembro: Herminia Solís Bravo    Fecha de nacimiento: 04/17/1951
Dirección: 77 Calle Palma, Ciudad Tranquila, AZ 85999    Teléfono: 555-0148
Nº de identificación del miembro: ARX61230984
Nombre del medicamento recetado que solicita: ertapenem 1 g intravenoso diario, 28 días
Tipo de solicitud de determinación de cobertura
[X] Necesito un medicamento que no figura en la lista de medicamentos cubiertos del plan
(excepción del formulario).
Firma: Herminia Solís Bravo        Fecha: 02/26/2026
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-02-26",
            "reference_number": None,
            "member_id": "ARX61230984",
            "due_date": None,
        },
    ),
    Probe(
        "Part D redetermination request form (Spanish)",
        "https://members.navitus.com/es-MX/PA-Forms/Medicare-RD-Form.aspx",
        """
Solicitud para Redeterminación de Denegación de un Medicamento Recetado de Medicare
Rechazamos su solicitud de cobertura (o pago) de un medicamento recetado. Usted tiene el
derecho de solicitarnos una redeterminación (apelación) de nuestra decisión.
Puede solicitar una apelación en un plazo de 65 días a partir de la fecha de nuestro Aviso de
denegación de cobertura de medicamentos recetados de Medicare.
Información del afiliado del plan
Nombre del afiliado: Casimiro Ortega Lemus    Fecha de nacimiento: 09/02/1948
Número de identificación del afiliado: NVX-40271196
Información del medicamento recetado y del médico que emite la receta
Medicamento: inmunoglobulina subcutánea 20%, 10 g semanal
Explique por qué cree que este medicamento debe estar cubierto:
Mi médico dice que no puedo recibir la inmunoglobulina por vena por las reacciones que tuve.
Firma del afiliado: Casimiro Ortega Lemus      Fecha: 23 de marzo de 2026
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-03-23",
            "reference_number": None,
            "member_id": "NVX-40271196",
            "due_date": None,
        },
    ),
    Probe(
        "Medicare Summary Notice (Spanish)",
        "https://readertts.com/article/page/aarp/espanol/salud/medicare-preguntas-respuestas/como-apelar-una-reclamacion-denegada.html",
        """
Resumen de Medicare para la Parte B (Seguro Médico)
Aviso para Eduviges Rosales Camacho
Número de Medicare: XXX-XX-7QK2
Fecha de este aviso: 2 de julio de 2026
Reclamaciones procesadas del 1 de abril al 30 de junio de 2026
Su deducible: Usted ha pagado $257.00 de su deducible de la Parte B de 2026.
¿Medicare aprobó todas las reclamaciones? NO, Medicare denegó algunos servicios.
Vea las páginas 3 y 4 para más detalles.
Total que el proveedor le puede facturar: $412.80
Si no está de acuerdo con alguna decisión sobre sus reclamaciones, puede presentar una
apelación. Fecha límite para presentar una apelación: 31 de agosto de 2026
Este aviso no es una factura.
""",
        {
            "kind": "insurance",
            "document_date": "2026-07-02",
            "reference_number": None,
        },
    ),
    Probe(
        "Medicaid notice of action (Spanish, state Medicaid)",
        "https://mmp-es.healthnetcalifornia.com/mmp/appeals-grievances.html",
        """
Plan Comunitario Arboleda (Medi-Cal)
AVISO DE ACCIÓN
Acerca de su solicitud de tratamiento
20 de enero de 2026
Rosaura Benavides Tapia
N.º de identificación de Medi-Cal: 92837465A
N.º de caso: AR-NOA-260117-3308
Arboleda ha revisado la solicitud de infusión de inmunoglobulina en el hogar que hizo el
Dr. Esteban Valdivia. Esta solicitud se niega porque no cumple con los criterios de necesidad
médica. Tiene 60 días a partir de la fecha de esta carta de "Aviso de acción" para presentar
una apelación. Si está recibiendo tratamiento y quiere seguir recibiéndolo, debe presentar su
apelación dentro de un plazo de 10 días a partir de la fecha del matasellos o de entrega de la
carta.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-01-20",
            "reference_number": "AR-NOA-260117-3308",
            "member_id": "92837465A",
            "due_date": None,
            "appeal_by": "2026-03-21",
        },
    ),
    Probe(
        "Medicaid managed care appeal resolution (Spanish)",
        "https://www.disabilityrightsca.org/es/publications/atencion-administrada-de-medi-cal-apelaciones-y-quejas",
        """
Plan de Salud Valle Sereno
AVISO DE RESOLUCIÓN DE APELACIÓN
Fecha: 6 de abril de 2026
Nombre del miembro: Fidel Ocampo Serrano
Número de identificación del miembro: VSS-30118842
Número de apelación: APL-2026-04417
Estimado Sr. Ocampo:
Recibimos su apelación el 9 de marzo de 2026 sobre la terapia de infusión de antibióticos en el
hogar. Revisamos su apelación y cambiamos nuestra decisión anterior. Su solicitud ha sido
aprobada. Los servicios están aprobados del 7 de abril de 2026 al 6 de mayo de 2026.
Si tiene preguntas, llame a Servicios para Miembros al 1-800-555-0119 (TTY 711).
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-04-06",
            "reference_number": "APL-2026-04417",
            "member_id": "VSS-30118842",
            "due_date": None,
        },
    ),
    Probe(
        "Medicaid request for more information (Spanish, Texas-style)",
        "https://mmp-es.superiorhealthplan.com/mmp/prescription-drug-part-d/coverage-determinations-exceptions.html",
        """
Salud Pradera Texas STAR+PLUS
Aviso de solicitud de información adicional
Fecha de esta carta: 2 de marzo de 2026
Afiliado: Leandro Villarreal Cantú
Número de Medicaid: 517302948
Número de referencia: SPT-UM-0302-7714
Estimado Sr. Villarreal:
Recibimos una solicitud de autorización previa de su médico para infusión de
inmunoglobulina en el hogar. Para tomar una decisión necesitamos que su médico nos envíe las
notas clínicas de las últimas dos visitas y los resultados de laboratorio de IgG.
Si no recibimos esta información antes del 16 de marzo de 2026, tomaremos una decisión con la
información que tenemos.
""",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": "2026-03-02",
            "reference_number": "SPT-UM-0302-7714",
            "member_id": "517302948",
            "due_date": "2026-03-16",
        },
    ),
    Probe(
        "Plan request for records counted in days (Spanish)",
        "https://mmpr.com/planes-medicos/determinaciones-cubierta",
        """
Cumbre Verde Plan Médico
15 DE ABRIL DE 2026
Sra. Maricela Domínguez Ávila
Núm. de contrato: CVP 4410 2287 01
Caso núm.: DC-26-041588
Estimada Sra. Domínguez:
Con el fin de evaluar la determinación de cubierta solicitada por su médico para
vedolizumab intravenoso, necesitamos información o documentación adicional.
Su médico debe enviar una declaración escrita que corrobore su solicitud y el historial de
medicamentos que ha probado, dentro de 14 días a partir de la fecha de esta carta.
""",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": "2026-04-15",
            "reference_number": "DC-26-041588",
            "member_id": "CVP 4410 2287 01",
            "due_date": "2026-04-29",
        },
    ),
    Probe(
        "Plan prior authorization approval (Spanish)",
        "https://es.aetnabetterhealth.com/pennsylvania/prior-authorization.html",
        """
Bienestar Ribera Health Plan
Servicios para Miembros 1-800-555-0130
27 de mayo de 2026
Aprobación de autorización previa
Miembro: Jacinta Oropeza Nava
Identificación de miembro: BRH0087731265
Número de autorización: PA2605-66120
Estimada Sra. Oropeza:
Su proveedor nos pidió autorización previa para infusión de ocrelizumab en el hogar.
Nuestro enfermero revisó la información y aprobamos la solicitud.
Servicio aprobado: ocrelizumab 600 mg intravenoso cada 6 meses
Período aprobado: del 1 de junio de 2026 al 31 de mayo de 2027
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-05-27",
            "reference_number": "PA2605-66120",
            "member_id": "BRH0087731265",
            "due_date": None,
        },
    ),
    Probe(
        "ACA plan adverse benefit determination (Spanish)",
        "https://www.cuidadodesalud.gov/es/appeal-insurance-company-decision/internal-appeals/",
        """
Aseguradora Faro del Sur
Aviso de determinación adversa de beneficios
Fecha del aviso: 19 de octubre de 2026
Nombre del asegurado: Baltasar Íñiguez Prado
Número de identificación del seguro de salud: FDS-118-440-921
Número de reclamación: 2026-10-558301
Hemos negado su reclamación de terapia de infusión en el hogar del 1 al 14 de septiembre de 2026
porque el servicio no fue autorizado antes de prestarse.
Usted puede presentar una apelación interna. Debe presentar su apelación interna dentro de los
180 días de recibir este aviso.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-10-19",
            "reference_number": "2026-10-558301",
            "member_id": "FDS-118-440-921",
            "due_date": None,
        },
    ),
)
