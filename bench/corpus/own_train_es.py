"""TRAIN case ES: home IVIG for common variable immunodeficiency for a Spanish-speaking member
of a Medicare Advantage plan with drug coverage (MA-PD) that writes to her in Spanish: request
for records, a Part D request counted in days, a denial, the member's appeal, the plan's
acknowledgement and favourable reconsideration, a Part D approval, pharmacy letters, an EOB,
an ID card, the Medicare pharmacy notice, clinical papers and unrelated letters.

Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
Wording follows the public Spanish pages listed in own_sources_train_es.py, never copied.
"""

from __future__ import annotations

from own_es_lib import es_head, id_card_page
from own_lib import D, Registry, fd, money
from own_tpl import email, lab, letter, note, plain

R = Registry("train", "train-es")
doc = R.doc

PT = dict(
    name="Rosa María Calderón Ibarra",
    caps="ROSA MARIA CALDERON IBARRA",
    dob=D(1958, 9, 14),
    addr=["Rosa María Calderón Ibarra", "1420 Calle Mirasol", "Valle Bonito, TX 78599"],
    phone="(956) 555-0142",
    son="Héctor Calderón",
    mrn="VB-7720413",
)
MID = "SCA80417725"
MBI = "3PK7-RT2-WM58"
PLAN = dict(
    name="Sierra Clara Medicare Advantage (PPO)",
    short="Sierra Clara",
    addr="P.O. Box 4410, Puerto Lindo, TX 78520",
    phone="1-866-555-0171",
    fax="1-866-555-0172",
    web="sierraclara.example",
    contract="H9876-004",
)
DR = dict(
    name="Dra. Elena Villaseñor Ruiz",
    en="Elena Villasenor Ruiz, MD",
    practice="Clínica de Alergia e Inmunología del Valle",
    practice_en="Valley Allergy & Immunology Clinic",
    addr="300 Paseo Central, Suite 210, Valle Bonito, TX 78599",
    phone="(956) 555-0118",
    fax="(956) 555-0119",
    contact="Marisol Treviño",
)
PCP = dict(
    name="Dr. Andrés Quintanilla Garza",
    clinic="Centro de Salud Familiar Las Palmas",
    addr="77 Avenida Las Palmas, Valle Bonito, TX 78599",
    phone="(956) 555-0125",
)
RX = dict(
    name="Farmacia de Infusión Los Álamos",
    addr="908 Camino Real, Puerto Lindo, TX 78520",
    phone="(956) 555-0163",
    fax="(956) 555-0164",
    intake="Yesenia Ortega",
    nurse="Claudia Benavides, RN",
)
REF = dict(
    order="IVIG-26-0209-03",
    lab="LBV-26-0204-7713",
    um="SC-UM-260217-0431",
    rx="SC-RX-26-55012",
    apl="SC-AP-26-00987",
    bv="ALM-VB-26-0212",
    eob="SCE-2604-118836",
)
MEMBER_IDS = [MID, MBI]

LOG = [
    dict(
        id="L1",
        item="prescription",
        what="Orden de IVIG 0.4 g/kg cada 4 semanas en casa (Dra. Villaseñor)",
        requested_by="pharmacy",
        requested_on="2026-02-09",
        submitted_on="2026-02-09",
        due=None,
    ),
    dict(
        id="L2",
        item="insurance_card",
        what="Copia de la tarjeta de Sierra Clara (frente y reverso)",
        requested_by="pharmacy",
        requested_on="2026-02-10",
        submitted_on="2026-02-10",
        due=None,
    ),
    dict(
        id="L3",
        item="benefits_verification",
        what="Verificación de beneficios de la farmacia Los Álamos",
        requested_by="patient",
        requested_on="2026-02-10",
        submitted_on="2026-02-12",
        due=None,
    ),
    dict(
        id="L4",
        item="prior_authorization",
        what="Autorización previa de Sierra Clara para "
        "IVIG en casa y visitas de enfermería (incluida la apelación)",
        requested_by="pharmacy",
        requested_on="2026-02-11",
        submitted_on="2026-02-13",
        due=None,
    ),
    dict(
        id="L5",
        item="clinical_notes",
        what="Notas de consulta de inmunología",
        requested_by="payer",
        requested_on="2026-02-17",
        submitted_on="2026-02-24",
        due="2026-03-03",
    ),
    dict(
        id="L6",
        item="lab_results",
        what="Niveles de IgG, IgA, IgM y títulos de vacunas",
        requested_by="payer",
        requested_on="2026-02-17",
        submitted_on="2026-02-24",
        due="2026-03-03",
    ),
    dict(
        id="L7",
        item="diagnosis",
        what="Diagnóstico con códigos ICD-10 (D83.9)",
        requested_by="payer",
        requested_on="2026-02-17",
        submitted_on="2026-02-24",
        due="2026-03-03",
    ),
    dict(
        id="L8",
        item="medical_necessity",
        what="Carta de necesidad médica de la Dra. Villaseñor",
        requested_by="pharmacy",
        requested_on="2026-02-09",
        submitted_on="2026-02-10",
        due=None,
    ),
    dict(
        id="L9",
        item="medication_history",
        what="Historial de medicamentos (antibióticos profilácticos probados)",
        requested_by="payer",
        requested_on="2026-02-18",
        submitted_on="2026-02-25",
        due="2026-03-04",
    ),
]

CASE = {
    "patient": PT["name"],
    "therapy": "Inmunoglobulina intravenosa (IVIG) 0.4 g/kg cada 4 semanas, infusión en casa "
    "con visitas de enfermería",
    "payer": PLAN["name"],
    "member_id": MID,
    "provider_office": {
        "name": DR["practice"],
        "phone": DR["phone"],
        "fax": DR["fax"],
        "contact": DR["contact"],
    },
    "pharmacy": {"name": RX["name"], "phone": RX["phone"], "contact": RX["intake"]},
    "log": LOG,
}

SC = es_head(
    [PLAN["name"], "Departamento de Administración de Utilización", PLAN["addr"]],
    right=["Servicios para Miembros " + PLAN["phone"], "TTY 711", "www." + PLAN["web"]],
    footer=f"Sierra Clara es un plan HMO/PPO con contrato con Medicare. {PLAN['contract']}_UM_SP",
    band="#0b5e55",
)
SCRX = es_head(
    [PLAN["name"] + " - Farmacia", "Determinaciones de cobertura de la Parte D", PLAN["addr"]],
    right=["Fax " + PLAN["fax"], "Tel. " + PLAN["phone"] + " (TTY 711)"],
    footer=f"{PLAN['contract']}_PDCD_SP aprobado",
    band="#0b5e55",
)
VI = es_head(
    [DR["practice"], DR["addr"], f"Tel. {DR['phone']}   Fax {DR['fax']}"],
    font="Times-Roman",
    top_size=14,
)
VI_EN = es_head(
    [DR["practice_en"], DR["addr"], f"Phone {DR['phone']}  Fax {DR['fax']}"], page_word="Page"
)
LA = es_head(
    [RX["name"], RX["addr"], f"Tel. {RX['phone']}   Fax {RX['fax']}"],
    right=["Servicio las 24 horas", "Licencia de farmacia TX 40-118"],
    band="#8a5a00",
)
SIG_DR = [DR["name"], "Inmunología clínica, " + DR["practice"]]
TO_PT = PT["addr"]


def sc_refs(d, ref_label="Número de caso:", ref=REF["um"]):
    return [
        ["Fecha:", fd(d, "es_long")],
        ["Nombre del miembro:", PT["name"]],
        ["Número de miembro:", MID],
        [ref_label, ref],
    ]


# Source: te_ameripharma_ivig
@doc(
    "Dra Villasenor/IVIG order.pdf",
    "referral",
    "te_ameripharma_ivig",
    date=D(2026, 2, 9),
    ref=REF["order"],
    member=MID,
    ful=["prescription"],
    links=["L1"],
)
def order():
    return note(
        VI_EN,
        "HOME INFUSION ORDER - IMMUNE GLOBULIN (IVIG)",
        [
            ["Order #", REF["order"]],
            ["Date", fd(D(2026, 2, 9), "us")],
            ["Patient", PT["name"] + "   DOB " + fd(PT["dob"], "us")],
            ["Insurance", f"{PLAN['name']}   Member ID {MID}"],
        ],
        [
            (
                "Diagnosis",
                [
                    "D83.9 Common variable immunodeficiency, unspecified. Recurrent "
                    "pneumonia x3 in 12 months despite prophylactic azithromycin."
                ],
            ),
            (
                "Medication",
                [
                    [
                        "Immune globulin IV 10% 0.4 g/kg (26 g) every 4 weeks",
                        "Rate per product labeling; premedicate acetaminophen 650 mg PO",
                        "Duration: 12 months, 13 infusions",
                    ]
                ],
            ),
            (
                "Nursing",
                [
                    "Skilled nursing visit for each infusion, peripheral IV access. Trough "
                    "IgG before the 4th infusion."
                ],
            ),
            ("Dispense to", [RX["name"] + ", " + RX["addr"]]),
        ],
        signer=[DR["en"], "NPI 1487720395"],
        sig_key="villasenor-order",
    )


# Source: te_empendium_idcv
@doc(
    "Dra Villasenor/nota de consulta.pdf",
    "clinical",
    "te_empendium_idcv",
    date=D(2026, 2, 5),
    ful=["clinical_notes", "diagnosis"],
    links=["L5", "L7"],
    scan=("scanner", 160),
)
def consult():
    return note(
        VI,
        "Nota de consulta - Inmunología",
        [
            ["Fecha de la visita", fd(D(2026, 2, 5), "us")],
            ["Paciente", PT["name"]],
            ["Fecha de nacimiento", fd(PT["dob"], "us")],
            ["Médico", DR["name"]],
        ],
        [
            (
                "Motivo de consulta",
                ["Infecciones respiratorias de repetición; referida por su médico de cabecera."],
            ),
            (
                "Historia",
                [
                    "Tres neumonías en los últimos 12 meses, dos con hospitalización. "
                    "Sinusitis crónica. Profilaxis con azitromicina desde 06/2025 sin "
                    "mejoría."
                ],
            ),
            (
                "Resultados",
                [
                    "IgG 312 mg/dL (bajo), IgA < 7 mg/dL, IgM 18 mg/dL. Respuesta "
                    "inadecuada a la vacuna neumocócica (2 de 23 serotipos "
                    "protectores)."
                ],
            ),
            ("Diagnóstico", ["Inmunodeficiencia común variable (IDCV), ICD-10 D83.9."]),
            (
                "Plan",
                [
                    [
                        "Iniciar inmunoglobulina intravenosa 0.4 g/kg cada 4 semanas en casa.",
                        "Nivel de IgG valle antes de la 4.ª infusión.",
                        "Solicitar autorización previa al plan Sierra Clara.",
                    ]
                ],
            ),
        ],
        signer=SIG_DR,
        sig_key="villasenor-nota",
        font="Times-Roman",
    )


# Source: te_empendium_idcv
@doc(
    "Dra Villasenor/historial de medicamentos.pdf",
    "clinical",
    "te_empendium_idcv",
    date=D(2026, 2, 24),
    ful=["medication_history"],
    links=["L9"],
)
def med_history():
    return note(
        VI,
        "Historial de medicamentos y tratamientos previos",
        [["Paciente", PT["name"]], ["Fecha", fd(D(2026, 2, 24), "es_long")]],
        [
            (
                None,
                [
                    (
                        "g",
                        [
                            ["Medicamento", "Fechas", "Resultado"],
                            [
                                "Azitromicina 250 mg 3 veces/semana (profilaxis)",
                                "06/2025 - actual",
                                "Neumonía en 09/2025 y 12/2025",
                            ],
                            [
                                "Amoxicilina-clavulanato 875 mg (ciclos)",
                                "2024 - 2025",
                                "Respuesta parcial, recaídas",
                            ],
                            ["Vacuna neumocócica PPSV23", "10/2025", "Respuesta inadecuada (2/23)"],
                        ],
                        (2.6, 1.5, 2.4),
                    )
                ],
            ),
            (
                "Comentario",
                ["Fracaso de la profilaxis antibiótica; indicada la inmunoglobulina de reemplazo."],
            ),
        ],
        signer=SIG_DR,
        font="Times-Roman",
    )


# Source: te_helpleft_ivig
@doc(
    "Labs/resultados inmunoglobulinas.pdf",
    "clinical",
    "te_helpleft_ivig",
    date=D(2026, 2, 4),
    ref=REF["lab"],
    ful=["lab_results"],
    links=["L6"],
)
def labs():
    head = es_head(
        [
            "LABORATORIO CLÍNICO DEL VALLE",
            "410 Calle Hidalgo, Valle Bonito, TX 78599",
            "Servicio al cliente (956) 555-0177   CLIA 45D2210984",
        ],
        font="Courier",
        page_word="Hoja",
    )
    return lab(
        head,
        "INFORME DE RESULTADOS",
        [
            ["Paciente", PT["caps"]],
            ["Fecha de nacimiento", fd(PT["dob"], "us")],
            ["Núm. de solicitud", REF["lab"]],
            ["Fecha de toma", fd(D(2026, 2, 3), "us")],
            ["Fecha del informe", fd(D(2026, 2, 4), "us")],
            ["Médico", "VILLASENOR RUIZ, ELENA"],
        ],
        [
            ["Prueba", "Resultado", "Indicador", "Rango de referencia", "Unidades"],
            ["IgG sérica", "312", "BAJO", "700 - 1600", "mg/dL"],
            ["IgA sérica", "<7", "BAJO", "70 - 400", "mg/dL"],
            ["IgM sérica", "18", "BAJO", "40 - 230", "mg/dL"],
            ["Títulos neumocócicos (23 serotipos)", "2/23", "ANORMAL", ">= 70% protectores", ""],
            ["Creatinina", "0.8", "", "0.5 - 1.1", "mg/dL"],
        ],
        comment=["Resultados verificados por el director del laboratorio."],
    )


# Source: te_fsg_cartas
@doc(
    "Dra Villasenor/carta de necesidad medica.pdf",
    "clinical",
    "te_fsg_cartas",
    date=D(2026, 2, 10),
    member=MID,
    ful=["medical_necessity"],
    links=["L8"],
)
def lmn():
    return letter(
        VI,
        fd(D(2026, 2, 10), "es_long"),
        [PLAN["name"], "Departamento de Administración de Utilización", PLAN["addr"]],
        [
            ["Paciente:", PT["name"]],
            ["Fecha de nacimiento:", fd(PT["dob"], "us")],
            ["Número de miembro:", MID],
        ],
        "Asunto: Carta de necesidad médica - inmunoglobulina intravenosa en casa",
        [
            "A quien corresponda:",
            "Le escribo en nombre de mi paciente, la Sra. Calderón, para explicar por qué "
            "necesita inmunoglobulina intravenosa (IVIG) administrada en su hogar.",
            "La paciente tiene inmunodeficiencia común variable (D83.9) confirmada por niveles "
            "bajos de IgG, IgA e IgM y una respuesta inadecuada a la vacuna neumocócica. Ha "
            "tenido tres neumonías en un año a pesar de la profilaxis con azitromicina.",
            "La IVIG es el tratamiento de referencia para esta enfermedad. La infusión en casa "
            "evita la exposición a otros pacientes y los traslados de 90 minutos hasta el centro "
            "de infusión más cercano.",
            "Quedo a su disposición para cualquier pregunta.",
            "Atentamente,",
        ],
        SIG_DR,
        sig_key="villasenor-lmn",
        font="Times-Roman",
    )


# Source: te_healthhub_supplies
@doc(
    "Farmacia/carta de bienvenida.pdf",
    "letter",
    "te_healthhub_supplies",
    outcome="informational",
    date=D(2026, 2, 11),
)
def welcome():
    return letter(
        LA,
        "Valle Bonito, " + fd(D(2026, 2, 11), "es_long"),
        TO_PT,
        None,
        "¡Bienvenida a Farmacia de Infusión Los Álamos!",
        [
            "Estimada Sra. Calderón:",
            "Gracias por elegirnos para su terapia de infusión en casa. Su médico nos envió una "
            "orden de inmunoglobulina intravenosa. Antes de la primera entrega revisaremos su "
            "cobertura y le llamaremos para explicarle lo que tendrá que pagar.",
            ("h", "Qué recibirá en su casa"),
            [
                "El medicamento en una caja refrigerada",
                "La bomba de infusión y los tubos",
                "Jeringas con solución salina, vendajes y toallitas con alcohol",
                "Un recipiente rojo para objetos punzocortantes",
            ],
            "Una enfermera le mostrará cómo revisar sus suministros. Si le falta algo o algo "
            "está roto, llámenos de inmediato al " + RX["phone"] + ".",
            "Con gusto,",
        ],
        [RX["intake"], "Coordinadora de admisiones"],
    )


# Source: te_helpleft_home
@doc(
    "Farmacia/verificacion de beneficios.pdf",
    "letter",
    "te_helpleft_home",
    outcome="informational",
    date=D(2026, 2, 12),
    ref=REF["bv"],
    member=MID,
    ful=["benefits_verification"],
    links=["L3"],
    scan=("phone", 150),
)
def bv():
    return letter(
        LA,
        fd(D(2026, 2, 12), "us"),
        TO_PT,
        [["Núm. de verificación:", REF["bv"]], ["Plan:", PLAN["name"]], ["Miembro:", MID]],
        "Resumen de sus beneficios para la infusión en casa",
        [
            "Revisamos su cobertura con su plan. Esto es lo que encontramos:",
            (
                "g",
                [
                    ["Servicio", "Cubierto por", "Su costo estimado"],
                    ["Inmunoglobulina (medicamento)", "Parte B del plan", "20% coseguro"],
                    ["Visitas de enfermería", "Parte B del plan", "$0"],
                    ["Bomba y suministros", "Beneficio de infusión en casa", "$15 por mes"],
                ],
                (2.4, 2.0, 2.0),
            ),
            "Se requiere autorización previa. Nosotros la pediremos a su plan en su nombre. "
            "Este resumen no garantiza el pago; la decisión final es del plan.",
            "Su costo máximo de bolsillo del plan para 2026 es " + money(4500) + ".",
        ],
        [RX["intake"], RX["name"]],
    )


# Source: te_iehp_partd
@doc(
    "Cartas Sierra Clara/solicitud de informacion.pdf",
    "letter",
    "te_iehp_partd",
    outcome="info_requested",
    date=D(2026, 2, 17),
    ref=REF["um"],
    member=MID,
    due=D(2026, 3, 3),
    req=["clinical_notes", "lab_results", "diagnosis"],
    links=["L5", "L6", "L7"],
)
def rfi():
    return letter(
        SC,
        None,
        TO_PT,
        sc_refs(D(2026, 2, 17)),
        "Necesitamos más información para decidir sobre su solicitud de autorización previa",
        [
            "Estimada Sra. Calderón Ibarra:",
            "Recibimos una solicitud de autorización previa de " + RX["name"] + " para "
            "inmunoglobulina intravenosa en su hogar con visitas de enfermería. Para tomar una "
            "decisión necesitamos la siguiente información de su médico:",
            [
                "Notas clínicas de las últimas dos consultas de inmunología",
                "Resultados de laboratorio: niveles de IgG, IgA e IgM y títulos de vacunas",
                "El diagnóstico con los códigos ICD-10",
            ],
            "Envíe la información a más tardar el " + fd(D(2026, 3, 3), "es_long") + " por fax "
            "al " + PLAN["fax"] + " o por correo a la dirección de arriba. Si no la recibimos "
            "para esa fecha, decidiremos con la información que tengamos.",
            "Enviamos una copia de esta carta a su médico.",
            "Si tiene preguntas, llame a Servicios para Miembros al " + PLAN["phone"] + " (TTY "
            "711), de 8 a.m. a 8 p.m., los 7 días de la semana.",
            "Atentamente,",
        ],
        ["Departamento de Administración de Utilización", PLAN["name"]],
        cc=[DR["name"]],
    )


# Source: te_bcnc_partd
@doc(
    "Cartas Sierra Clara/parte D historial.pdf",
    "letter",
    "te_bcnc_partd",
    outcome="info_requested",
    date=D(2026, 2, 18),
    ref=REF["rx"],
    member=MID,
    due_within=14,
    req=["medication_history"],
    links=["L9"],
    scan=("fax", 200),
)
def partd_rfi():
    return letter(
        SCRX,
        "Fecha de esta carta: " + fd(D(2026, 2, 18), "us"),
        [DR["name"], DR["practice"], "Fax " + DR["fax"]],
        [
            ["Miembro:", PT["name"]],
            ["ID de miembro:", MID],
            ["Determinación de cobertura núm.:", REF["rx"]],
        ],
        "Solicitud de información - Determinación de cobertura de la Parte D",
        [
            "Hemos recibido una solicitud de determinación de cobertura para inmunoglobulina "
            "intravenosa 10% para su paciente. El medicamento requiere autorización previa bajo "
            "los criterios del plan.",
            "Para completar la revisión, envíenos el historial de medicamentos de la paciente: "
            "los antibióticos profilácticos y otros tratamientos probados, con fechas y "
            "resultados.",
            "Debe enviarnos esta información dentro de 14 días a partir de la fecha de esta "
            "carta. Si no la recibimos, la solicitud podría ser denegada por falta de "
            "información.",
            "Fax: " + PLAN["fax"] + " (Atención: Farmacia - Determinaciones de cobertura)",
        ],
        ["Farmacéutico clínico", PLAN["name"]],
        fax=f"02/18/2026 14:22  DE: SIERRA CLARA RX  A: {DR['fax']}  P. {{p}}",
    )


# Source: te_cigna_appeals
@doc(
    "Cartas Sierra Clara/aviso de denegacion.pdf",
    "letter",
    "te_cigna_appeals",
    outcome="denied",
    date=D(2026, 2, 26),
    ref=REF["um"],
    member=MID,
)
def denial():
    return letter(
        SC,
        None,
        TO_PT,
        sc_refs(D(2026, 2, 26)),
        "AVISO DE DENEGACIÓN DE COBERTURA MÉDICA (DETERMINACIÓN ADVERSA DE BENEFICIOS)",
        [
            "Estimada Sra. Calderón Ibarra:",
            ("h", "Hemos denegado su solicitud"),
            "Hemos denegado la cobertura de las visitas de enfermería para la infusión de "
            "inmunoglobulina en su hogar que usted o su médico solicitaron.",
            ("h", "¿Por qué denegamos su solicitud?"),
            "Las notas clínicas recibidas no muestran que no pueda recibir la infusión en un "
            "centro de infusión de la red. Según la política del plan, la infusión en casa se "
            "cubre cuando el traslado no es seguro o no es posible.",
            ("h", "Usted tiene derecho a apelar"),
            "Si no está de acuerdo con esta decisión, puede pedirnos una apelación "
            "(reconsideración). Debe pedirla dentro de 65 días a partir de la fecha de este "
            "aviso. Puede pedir una apelación rápida si su salud podría sufrir daño grave por "
            "esperar.",
            "Envíe su apelación por escrito a: Departamento de Apelaciones, "
            + PLAN["addr"]
            + ", o por fax al "
            + PLAN["fax"]
            + ".",
            "Revisor: Dr. Samuel Ocampo, director médico.",
        ],
        ["Departamento de Administración de Utilización", PLAN["name"]],
        cc=[DR["name"], RX["name"]],
    )


# Source: te_geniolandia_apelacion
@doc(
    "Cartas Sierra Clara/mi carta de apelacion.pdf",
    "letter",
    "te_geniolandia_apelacion",
    outcome="informational",
    date=D(2026, 3, 2),
    ref=REF["um"],
    member=MID,
    scan=("scanner", 170),
)
def my_appeal():
    return plain(
        [
            fd(D(2026, 3, 2), "es_cap"),
            ("sp", 8),
            PLAN["name"] + " - Departamento de Apelaciones, " + PLAN["addr"],
            ("sp", 6),
            (
                "k",
                [
                    ["Nombre:", PT["name"]],
                    ["Fecha de nacimiento:", fd(PT["dob"], "us")],
                    ["Número de miembro:", MID],
                    ["Número de caso:", REF["um"]],
                ],
            ),
            "Asunto: Apelación de la denegación de las visitas de enfermería",
            "Por medio de la presente apelo la decisión de su carta que denegó las visitas de "
            "enfermería para mi inmunoglobulina en casa. Mi médica, la Dra. Villaseñor, "
            "recomendó el tratamiento en casa porque tengo muchas infecciones y el centro de "
            "infusión más cercano está a 90 minutos.",
            "No manejo y mi hijo trabaja de noche. Adjunto la carta de mi médica y las notas de "
            "mi última hospitalización.",
            "Les pido que reconsideren su decisión.",
            "Atentamente,",
            ("sp", 14),
            PT["name"] + "   Tel. " + PT["phone"],
        ],
        font="Times-Roman",
        size=11,
    )


# Source: te_optimum_appeals
@doc(
    "Cartas Sierra Clara/acuse de recibo apelacion.pdf",
    "letter",
    "te_optimum_appeals",
    outcome="informational",
    date=D(2026, 3, 4),
    ref=REF["apl"],
    member=MID,
)
def appeal_ack():
    return letter(
        SC,
        None,
        TO_PT,
        sc_refs(D(2026, 3, 4), "Número de apelación:", REF["apl"]),
        "Recibimos su apelación",
        [
            "Estimada Sra. Calderón Ibarra:",
            "Le escribimos para confirmar que recibimos su apelación el "
            + fd(D(2026, 3, 3), "es_long")
            + ". Un médico que no participó en la primera "
            "decisión revisará su caso.",
            "Le enviaremos nuestra decisión por escrito. Para una apelación estándar sobre un "
            "servicio que aún no ha recibido, tenemos hasta 30 días para responder.",
            "Puede enviarnos más información en cualquier momento durante la revisión. Si "
            "necesita ayuda, llame al " + PLAN["phone"] + " (TTY 711).",
            "Atentamente,",
        ],
        ["Departamento de Apelaciones y Quejas", PLAN["name"]],
    )


# Source: te_ma_appeals
@doc(
    "Cartas Sierra Clara/decision de apelacion.pdf",
    "letter",
    "te_ma_appeals",
    outcome="approved",
    date=D(2026, 3, 16),
    ref=REF["apl"],
    member=MID,
    ful=["prior_authorization"],
    links=["L4"],
)
def appeal_decision():
    return letter(
        SC,
        None,
        TO_PT,
        sc_refs(D(2026, 3, 16), "Número de apelación:", REF["apl"]),
        "Decisión sobre su apelación (reconsideración): APROBADA",
        [
            "Estimada Sra. Calderón Ibarra:",
            "Revisamos su apelación y hemos cambiado nuestra decisión. Su solicitud de visitas "
            "de enfermería para la infusión de inmunoglobulina en su hogar ha sido aprobada.",
            (
                "g",
                [
                    ["Servicio aprobado", "Desde", "Hasta", "Unidades"],
                    [
                        "Visitas de enfermería para infusión en casa",
                        fd(D(2026, 3, 16), "us"),
                        fd(D(2027, 3, 15), "us"),
                        "13 visitas",
                    ],
                    [
                        "Inmunoglobulina IV 10% (Parte B)",
                        fd(D(2026, 3, 16), "us"),
                        fd(D(2027, 3, 15), "us"),
                        "13 dosis",
                    ],
                ],
                (2.7, 1.2, 1.2, 1.2),
            ),
            "Enviamos una copia de esta decisión a su médica y a la farmacia. Usted pagará "
            "su parte de costo habitual del plan.",
            "Si tiene preguntas, llame a Servicios para Miembros al " + PLAN["phone"] + ".",
        ],
        ["Departamento de Apelaciones y Quejas", PLAN["name"]],
        cc=[DR["name"], RX["name"]],
    )


# Source: te_iehp_partd
@doc(
    "Cartas Sierra Clara/aviso de aprobacion parte D.pdf",
    "letter",
    "te_iehp_partd",
    outcome="approved",
    date=D(2026, 3, 5),
    ref=REF["rx"],
    member=MID,
    ful=["prior_authorization"],
    links=["L4"],
    scan=("phone", 160),
)
def partd_approval():
    return letter(
        SCRX,
        None,
        TO_PT,
        [
            ["Fecha:", fd(D(2026, 3, 5), "us")],
            ["Miembro:", PT["name"]],
            ["ID de miembro:", MID],
            ["Determinación de cobertura núm.:", REF["rx"]],
        ],
        "AVISO DE APROBACIÓN",
        [
            "Estimada Sra. Calderón Ibarra:",
            "Aprobamos su solicitud de determinación de cobertura de la Parte D para el "
            "siguiente medicamento:",
            (
                "k",
                [
                    ["Medicamento:", "Inmunoglobulina intravenosa 10%, 26 g cada 4 semanas"],
                    ["Vigencia:", fd(D(2026, 3, 5), "us") + " al " + fd(D(2027, 3, 4), "us")],
                    ["Farmacia:", RX["name"]],
                ],
                True,
            ),
            "Su costo compartido será el de su nivel de medicamentos especializados.",
            "Esta aprobación no cubre el medicamento si se cubre bajo la Parte B.",
        ],
        ["Departamento de Farmacia", PLAN["name"]],
    )


# Source: te_segurosaludtop_pa
@doc(
    "Correo/RE autorizacion aprobada.pdf",
    "letter",
    "te_segurosaludtop_pa",
    outcome="approved",
    date=D(2026, 3, 17),
    ful=["prior_authorization"],
    links=["L4"],
)
def email_approved():
    return email(
        "3/17/26, 9:41 a. m.",
        "RE: ¿Ya aprobaron mi infusión?",
        f"{RX['intake']} <admisiones@losalamosinfusion.example>",
        "Héctor Calderón <hcalderon@correo.example>",
        "mar, 17 mar 2026 9:38",
        [
            "Hola, Héctor:",
            "Buenas noticias. Sierra Clara nos avisó que aprobó la apelación de su mamá: las "
            "visitas de enfermería y la inmunoglobulina están autorizadas por un año.",
            "Programamos la primera entrega para el jueves y la enfermera Claudia llegará el "
            "viernes a las 10 a.m.",
            "Saludos,",
            RX["intake"] + " - " + RX["name"],
        ],
        quoted=[
            "De: Héctor Calderón. Enviado: lunes. Asunto: ¿Ya aprobaron mi infusión? "
            "Buenos días, ¿saben algo de la apelación de mi mamá?"
        ],
    )


# Source: te_paf_eob
@doc(
    "Seguro/explicacion de beneficios abril.pdf",
    "insurance",
    "te_paf_eob",
    date=D(2026, 4, 6),
    ref=REF["eob"],
    member=MID,
)
def eob():
    return letter(
        SC,
        None,
        TO_PT,
        [
            ["Fecha del estado de cuenta:", fd(D(2026, 4, 6), "es_long")],
            ["Número de miembro:", MID],
            ["Número de reclamación:", REF["eob"]],
        ],
        "EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA",
        [
            "Este resumen le explica cómo procesamos las reclamaciones de sus servicios.",
            (
                "g",
                [
                    [
                        "Fecha del servicio",
                        "Proveedor",
                        "Cargo facturado",
                        "Monto aprobado",
                        "Pagó el plan",
                        "Usted podría deber",
                    ],
                    [
                        fd(D(2026, 3, 20), "us"),
                        RX["name"],
                        money(4890.00),
                        money(3120.00),
                        money(2496.00),
                        money(624.00),
                    ],
                    [
                        fd(D(2026, 3, 20), "us"),
                        "Visita de enfermería",
                        money(310.00),
                        money(145.00),
                        money(145.00),
                        money(0),
                    ],
                ],
                (1.0, 1.5, 1.0, 1.0, 1.0, 1.1),
            ),
            "Usted podría deber: " + money(624.00) + ". Su proveedor le enviará una factura.",
            "Si no está de acuerdo con esta decisión, tiene derecho a apelar. Consulte la "
            "última página.",
        ],
        None,
    )


# Source: te_uhc_idcard
@doc(
    "Seguro/tarjeta del plan.pdf",
    "insurance",
    "te_uhc_idcard",
    member=MID,
    ful=["insurance_card"],
    links=["L2"],
    scan=("scanner", 180),
)
def card():
    return id_card_page(
        [
            ("Sierra Clara Medicare Advantage (PPO)", ""),
            ("Nombre del miembro", PT["name"]),
            ("ID de miembro", MID),
            ("Grupo", "MAPD-2026"),
            ("Fecha de vigencia", fd(D(2026, 1, 1), "us")),
            ("Copago PCP / Especialista", "$0 / $35"),
            ("RxBIN / RxPCN", "610777 / SCMAPD"),
        ],
        [
            ("Servicios para Miembros: 1-866-555-0171 (TTY 711)", None),
            ("Proveedores - autorizaciones: 1-866-555-0173", None),
            ("Farmacéuticos: 1-866-555-0174", None),
            ("Envíe reclamaciones a: P.O. Box 4410, Puerto Lindo, TX 78520", None),
            ("Muestre esta tarjeta cada vez que reciba atención.", None),
            (PLAN["contract"] + "  Medicare limiting charges apply.", None),
        ],
        "tarjeta",
        colour="#0b5e55",
    )


# Source: te_cms10147
@doc(
    "Farmacia/aviso de derechos medicare.pdf",
    "letter",
    "te_cms10147",
    outcome="informational",
    date=D(2026, 3, 3),
    scan=("fax", 200),
)
def pharmacy_notice():
    return plain(
        [
            ("s", "OMB No. 0938-0975"),
            ("b", "COBERTURA DE MEDICARE DE MEDICAMENTOS RECETADOS Y SUS DERECHOS"),
            "Fecha: " + fd(D(2026, 3, 3), "us") + "     Farmacia: " + RX["name"],
            "Nombre del afiliado: " + PT["name"],
            "Su plan de medicamentos de Medicare no pudo cubrir su receta hoy. Usted tiene "
            "derecho a pedir a su plan una determinación de cobertura, es decir, una "
            "explicación por escrito de por qué no cubre el medicamento.",
            ("h", "Lo que debe hacer"),
            [
                "Llame a su plan al número de su tarjeta y pida una determinación de cobertura.",
                "Tenga a mano el nombre del medicamento, la dosis y el nombre de esta farmacia.",
                "Su médico puede ayudarle explicando por qué necesita el medicamento.",
            ],
            "Su plan debe responderle en un plazo de 72 horas (24 horas si pide una decisión "
            "rápida) después de recibir la declaración de su médico.",
            ("s", "Formulario CMS-10147 - versión en español"),
        ],
        title="Aviso de farmacia",
    )


# Source: te_bannerhealth_infusion
@doc(
    "Farmacia/nursing visit note.pdf",
    "clinical",
    "te_bannerhealth_infusion",
    date=D(2026, 3, 20),
    ful=["clinical_notes"],
)
def nursing():
    return note(
        LA,
        "Home Infusion Nursing Visit Note",
        [
            ["Visit date", fd(D(2026, 3, 20), "abbr")],
            ["Patient", PT["name"]],
            ["Nurse", RX["nurse"]],
            ["Therapy", "IVIG 10% 26 g, infusion 1 of 13"],
        ],
        [
            ("Assessment", ["Alert, oriented. T 36.8 C, BP 128/74, HR 78. Lungs clear."]),
            ("Access", ["22G peripheral IV left forearm, first attempt, blood return present."]),
            (
                "Infusion",
                [
                    "Premedicated acetaminophen 650 mg. Rate titrated per protocol to "
                    "max; total time 3 h 40 min. No reaction."
                ],
            ),
            (
                "Teaching",
                [
                    "Patient and son taught to check supplies and call for fever, "
                    "headache or rash. Teaching done in Spanish."
                ],
            ),
        ],
        signer=[RX["nurse"]],
    )


# Source: te_elresumen_consultorio
@doc(
    "Referido/hoja de referido.pdf",
    "referral",
    "te_elresumen_consultorio",
    date=D(2026, 1, 22),
    member=MID,
)
def referral():
    head = es_head([PCP["clinic"], PCP["addr"], "Tel. " + PCP["phone"]], top_size=12)
    return plain(
        [
            (
                "k",
                [
                    ["Fecha:", fd(D(2026, 1, 22), "us")],
                    ["Paciente:", PT["name"]],
                    ["Fecha de nacimiento:", fd(PT["dob"], "us")],
                    ["Seguro / núm. de miembro:", PLAN["short"] + " " + MID],
                    ["Referido a:", DR["name"] + " - Inmunología"],
                ],
                True,
            ),
            ("h", "Motivo del referido"),
            "Neumonías de repetición (3 en 12 meses) y sinusitis crónica. Favor de evaluar "
            "inmunodeficiencia y tratamiento con inmunoglobulina.",
            ("h", "Medicamentos actuales"),
            "Azitromicina 250 mg 3 veces por semana, losartán 50 mg diario.",
            ("sp", 12),
            PCP["name"] + ", médico de cabecera",
        ],
        head=head,
        title="HOJA DE REFERIDO",
        margins=(0.9, 0.9, 1.3, 0.9),
    )


# Source: te_wukihow_gym
@doc("Otros/carta del gimnasio.pdf", "other", "te_wukihow_gym", date=D(2026, 2, 20))
def gym():
    head = es_head(
        ["GIMNASIO PUNTO FUERTE", "55 Avenida del Sol, Valle Bonito, TX 78599"], band="#c62828"
    )
    return letter(
        head,
        fd(D(2026, 2, 20), "es_long"),
        TO_PT,
        [["Socio núm.:", "PF-20931"]],
        "Su solicitud de congelar la membresía fue aprobada",
        [
            "Estimada socia:",
            "Recibimos su solicitud y la nota de su médico. Aprobamos congelar su membresía "
            "por tres meses sin costo. Durante ese tiempo no cobraremos la cuota mensual de "
            "$29.99.",
            "Cuando quiera volver, solo pase a la recepción. ¡La esperamos!",
        ],
        ["Atención a socios", "Gimnasio Punto Fuerte"],
    )


# Source: te_bde_comunicacion
@doc(
    "Otros/banco cambio de condiciones.pdf",
    "other",
    "te_bde_comunicacion",
    date=D(2026, 1, 15),
    scan=("scanner", 150),
)
def bank():
    head = es_head(
        ["Banco Comunitario Río Claro", "Apartado 220, Valle Bonito, TX 78599", "1-800-555-0199"],
        top_size=12,
    )
    return letter(
        head,
        fd(D(2026, 1, 15), "es_long"),
        TO_PT,
        [["Cuenta de cheques terminada en:", "4471"]],
        "Aviso de cambios en los términos de su cuenta",
        [
            "Estimada cliente:",
            "Le informamos que a partir del 1 de abril cambiarán algunas comisiones de su "
            "cuenta de cheques. El cargo por estado de cuenta en papel será de $2.00 al mes. "
            "Puede evitarlo si elige recibir sus estados de cuenta por internet.",
            "Si no está de acuerdo con estos cambios, puede cerrar su cuenta sin costo.",
            "Gracias por su preferencia.",
        ],
        ["Servicio al Cliente"],
    )
