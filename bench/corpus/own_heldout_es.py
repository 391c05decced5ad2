"""HELD-OUT case ES: home IV daptomycin (OPAT) after diabetic foot osteomyelitis for a
Spanish-speaking man with Original Medicare, a stand-alone Part D plan and Medicaid managed
care, all writing to him in Spanish: an advance beneficiary notice, a Medicare Summary Notice,
Part D request, denial and redetermination, Medicaid requests, notice of action and appeal
resolution, pharmacy letters, a Part D EOB and card, clinical papers and unrelated letters.

Helpers writing reading rules must not read this module (see README.md).  Its layouts (a
centred notice header, boxed field blocks, "Hoja N de" footers) are its own, not those of
own_train_es.py.

Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
"""

from __future__ import annotations

from own_lib import BOLD, IN, D, H, Registry, W, build_flow, esc, fd, kv, money, ss
from own_tpl import email, lab, para_list
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

R = Registry("heldout", "heldout-es")
doc = R.doc

PT = dict(
    name="Joaquín Esteban Marroquín Solís",
    caps="JOAQUIN E MARROQUIN SOLIS",
    dob=D(1954, 11, 27),
    addr=["Joaquín E. Marroquín Solís", "63 Calle Los Cedros, Apt. 4", "Pueblo Nuevo, CO 81099"],
    phone="(719) 555-0136",
    daughter="Lucía Marroquín Ortega",
    mrn="PN-0093318",
)
PDID = "HDR55120934"
MBI = "5TN2-JH4-QX93"
MCID = "CMN7719284"
PDP = dict(
    name="Horizonte Dorado Rx (PDP)",
    addr="Apartado Postal 9120, Lomas Altas, CO 80999",
    phone="1-877-555-0181",
    fax="1-877-555-0182",
    web="horizontedorado.example",
)
MCO = dict(
    name="Cuidado Montaña Salud",
    full="Cuidado Montaña Salud - plan de Medicaid",
    addr="2500 Bulevar Aspen, Lomas Altas, CO 80998",
    phone="1-855-555-0191",
    fax="1-855-555-0192",
)
IDR = dict(
    name="Dr. Tomás Arriaga Benítez",
    practice="Consultorio de Enfermedades Infecciosas Arriaga",
    addr="18 Paseo de la Loma, Pueblo Nuevo, CO 81099",
    phone="(719) 555-0112",
    fax="(719) 555-0113",
    contact="Beatriz Salgado",
)
IC = dict(
    name="InfuCasa Farmacia Especializada",
    addr="440 Calle Industria, Pueblo Nuevo, CO 81098",
    phone="(719) 555-0166",
    fax="(719) 555-0167",
    intake="Ramón Esquivel",
    nurse="Patricia Lozano, RN",
)
REF = dict(
    order="OPAT-PN-26-0211",
    lab="LPN-26-0302-4419",
    cd="HD-CD-26-0219-771",
    rd="HD-RD-26-00412",
    pa="CMN-PA-26-30518",
    apl="CMN-AP-26-1142",
    bv="IC-26-0213-09",
)
MEMBER_IDS = [PDID, MBI, MCID]

LOG = [
    dict(
        id="L1",
        item="prescription",
        what="Orden de daptomicina IV en casa por 6 semanas",
        requested_by="pharmacy",
        requested_on="2026-02-11",
        submitted_on="2026-02-11",
        due=None,
    ),
    dict(
        id="L2",
        item="insurance_card",
        what="Tarjeta de Horizonte Dorado Rx",
        requested_by="pharmacy",
        requested_on="2026-02-12",
        submitted_on="2026-02-12",
        due=None,
    ),
    dict(
        id="L3",
        item="benefits_verification",
        what="Resumen de costos de InfuCasa",
        requested_by="patient",
        requested_on="2026-02-12",
        submitted_on="2026-02-13",
        due=None,
    ),
    dict(
        id="L4",
        item="prior_authorization",
        what="Determinación de cobertura de la Parte D para daptomicina (con redeterminación)",
        requested_by="pharmacy",
        requested_on="2026-02-13",
        submitted_on="2026-02-13",
        due=None,
    ),
    dict(
        id="L5",
        item="prior_authorization",
        what="Autorización de Cuidado Montaña para visitas de enfermería (con apelación)",
        requested_by="pharmacy",
        requested_on="2026-02-13",
        submitted_on="2026-02-16",
        due=None,
    ),
    dict(
        id="L6",
        item="clinical_notes",
        what="Nota de consulta de infectología",
        requested_by="payer",
        requested_on="2026-02-19",
        submitted_on="2026-02-24",
        due="2026-03-03",
    ),
    dict(
        id="L7",
        item="lab_results",
        what="Cultivo de hueso y laboratorios",
        requested_by="payer",
        requested_on="2026-02-19",
        submitted_on="2026-02-24",
        due="2026-03-03",
    ),
    dict(
        id="L8",
        item="medical_necessity",
        what="Carta de necesidad médica del Dr. Arriaga",
        requested_by="payer",
        requested_on="2026-02-18",
        submitted_on="2026-02-26",
        due="2026-02-28",
    ),
]

CASE = {
    "patient": PT["name"],
    "therapy": "Daptomicina 500 mg IV cada 24 horas por 6 semanas en casa (osteomielitis del "
    "pie diabético), con visitas de enfermería",
    "payer": PDP["name"],
    "member_id": PDID,
    "provider_office": {
        "name": IDR["practice"],
        "phone": IDR["phone"],
        "fax": IDR["fax"],
        "contact": IDR["contact"],
    },
    "pharmacy": {"name": IC["name"], "phone": IC["phone"], "contact": IC["intake"]},
    "log": LOG,
}


def centred_head(name, sub, contact, footer="", font="Helvetica", double=True):
    """Centred organisation name over a double rule; footer "Hoja N" on the left."""

    def f(c, d):
        c.saveState()
        c.setFont(BOLD[font], 14)
        c.drawCentredString(W / 2, H - 0.6 * IN, name)
        c.setFont(font, 8)
        c.drawCentredString(W / 2, H - 0.76 * IN, sub)
        c.drawCentredString(W / 2, H - 0.9 * IN, contact)
        c.setLineWidth(1.2)
        c.line(0.7 * IN, H - 0.98 * IN, W - 0.7 * IN, H - 0.98 * IN)
        if double:
            c.setLineWidth(0.4)
            c.line(0.7 * IN, H - 1.02 * IN, W - 0.7 * IN, H - 1.02 * IN)
        c.setFont(font, 7)
        c.drawString(0.7 * IN, 0.4 * IN, f"Hoja {d.page}")
        if footer:
            c.drawRightString(W - 0.7 * IN, 0.4 * IN, footer)
        c.restoreState()

    return f


def aviso(head, title, fields, paras, signer=(), font="Helvetica", size=9.5, note_top=None):
    """A notice: optional boxed note, centred title, a grey field block, then sections."""
    S = ss(font, size)
    story = []
    if note_top:
        t = Table([[Paragraph(esc(note_top), S["s"])]], colWidths=[6.9 * IN])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
        story += [t, Spacer(1, 8)]
    story.append(Paragraph(esc(title), S["ch"]))
    if fields:
        t = kv(fields, widths=(2.2 * IN, 4.7 * IN), font=font, size=size - 0.5, box=True)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
        story += [t, Spacer(1, 10)]
    story += para_list(S, paras)
    if signer:
        story.append(Spacer(1, 8))
        story.append(Paragraph("<br/>".join(esc(x) for x in signer), S["tight"]))
    return build_flow(story, head, margins=(0.8, 0.8, 1.25, 0.8))


HD = centred_head(
    PDP["name"],
    "Determinaciones de cobertura y redeterminaciones - " + PDP["addr"],
    f"Llamada gratuita {PDP['phone']} (TTY 711)  Fax {PDP['fax']}",
    footer="S7712_CD_ES_2026",
)
CM = centred_head(
    MCO["full"],
    "Administración de Servicios - " + MCO["addr"],
    f"Servicios al Miembro {MCO['phone']}   TTY 711",
    font="Times-Roman",
    double=False,
)
ICH = centred_head(IC["name"], IC["addr"], f"Tel. {IC['phone']}  Fax {IC['fax']}")
ARR = centred_head(
    IDR["practice"], IDR["addr"], f"Tel. {IDR['phone']}  Fax {IDR['fax']}", font="Times-Roman"
)


# Source: he_fundacionahava
@doc(
    "Doctor Arriaga/orden de infusion.pdf",
    "referral",
    "he_fundacionahava",
    date=D(2026, 2, 11),
    ref=REF["order"],
    member=PDID,
    ful=["prescription"],
    links=["L1"],
    scan=("fax", 200),
)
def order():
    return aviso(
        ARR,
        "ORDEN MÉDICA - TERAPIA DE INFUSIÓN EN CASA",
        [
            ["Núm. de orden", REF["order"]],
            ["Fecha", fd(D(2026, 2, 11), "us")],
            ["Paciente", PT["name"]],
            ["Fecha de nacimiento", fd(PT["dob"], "us")],
            ["Seguro de medicamentos", PDP["name"] + " - ID " + PDID],
        ],
        [
            ("h", "Diagnóstico"),
            "Osteomielitis del primer metatarsiano derecho (M86.171) en paciente con diabetes "
            "tipo 2 (E11.69). Cultivo de hueso: Enterococcus faecium resistente a vancomicina.",
            ("h", "Medicamento"),
            [
                "Daptomicina 500 mg (6 mg/kg) IV cada 24 horas por 6 semanas",
                "Catéter PICC colocado el 02/10/2026",
                "CPK semanal, hemograma y química semanal",
            ],
            ("h", "Enfermería"),
            "Visitas de enfermería semanales para cuidado del catéter y enseñanza.",
            ("sp", 10),
            IDR["name"] + " - NPI 1730442869",
        ],
        font="Times-Roman",
    )


# Source: he_vhebron_guia
@doc(
    "Doctor Arriaga/consulta infectologia.pdf",
    "clinical",
    "he_vhebron_guia",
    date=D(2026, 2, 10),
    ful=["clinical_notes", "diagnosis"],
    links=["L6"],
)
def consult():
    return aviso(
        ARR,
        "Consulta de Enfermedades Infecciosas",
        [
            ["Fecha de consulta", fd(D(2026, 2, 10), "es_long")],
            ["Paciente", PT["name"]],
            ["Expediente", PT["mrn"]],
        ],
        [
            ("h", "Motivo"),
            "Úlcera crónica del pie derecho con hueso expuesto; resonancia con osteomielitis.",
            ("h", "Evaluación"),
            "Osteomielitis del pie diabético (M86.171, E11.69) por enterococo resistente a "
            "vancomicina. Alergia a linezolid (trombocitopenia en 2024). Sin opciones orales "
            "adecuadas.",
            ("h", "Plan"),
            [
                "Daptomicina IV 6 mg/kg diaria por 6 semanas, en casa con la farmacia InfuCasa",
                "CPK semanal; suspender estatinas durante el tratamiento",
                "Control en la clínica en 2 semanas",
            ],
            ("sp", 8),
            IDR["name"],
        ],
        font="Times-Roman",
    )


# Source: he_vhebron_guia
@doc(
    "Laboratorio/laboratorios semana 3.pdf",
    "clinical",
    "he_vhebron_guia",
    date=D(2026, 3, 2),
    ref=REF["lab"],
    ful=["lab_results"],
    links=["L7"],
    scan=("phone", 150),
)
def labs():
    head = centred_head(
        "PIKE RIDGE CLINICAL LABORATORY",
        "900 Mesa Drive, Pueblo Nuevo, CO 81098",
        "Client services (719) 555-0175",
        font="Courier",
    )
    return lab(
        head,
        "CUMULATIVE REPORT",
        [
            ["Patient", PT["caps"]],
            ["DOB", fd(PT["dob"], "us")],
            ["Accession", REF["lab"]],
            ["Reported", fd(D(2026, 3, 2), "dmy")],
            ["Ordering", "ARRIAGA BENITEZ, TOMAS"],
        ],
        [
            ["Test", "Result", "Flag", "Reference", "Units"],
            ["CPK", "142", "", "39 - 308", "U/L"],
            ["WBC", "7.9", "", "4.0 - 10.5", "K/uL"],
            ["Platelets", "231", "", "150 - 400", "K/uL"],
            ["Creatinine", "1.3", "H", "0.7 - 1.2", "mg/dL"],
            ["CRP", "2.1", "H", "< 0.8", "mg/dL"],
        ],
        comment=[
            "Bone culture (02/06/2026): Enterococcus faecium, vancomycin-resistant; "
            "daptomycin MIC 2 (susceptible dose-dependent)."
        ],
    )


# Source: he_ejemploswiki_responsiva
@doc(
    "Doctor Arriaga/carta medica para Cuidado Montana.pdf",
    "clinical",
    "he_ejemploswiki_responsiva",
    date=D(2026, 2, 25),
    member=MCID,
    ful=["medical_necessity"],
    links=["L8"],
)
def lmn():
    return aviso(
        ARR,
        "CARTA DE NECESIDAD MÉDICA",
        [
            ["Fecha", fd(D(2026, 2, 25), "es_long")],
            ["Paciente", PT["name"]],
            ["ID de Medicaid", MCID],
            ["Destinatario", MCO["name"] + " - Revisión de servicios"],
        ],
        [
            "Por medio de la presente hago constar que el Sr. Marroquín Solís necesita visitas "
            "de enfermería en su domicilio durante las 6 semanas de daptomicina intravenosa.",
            "El paciente vive solo, tiene visión reducida por retinopatía diabética y no puede "
            "cuidar su catéter PICC sin ayuda. Sin estas visitas el riesgo de infección del "
            "catéter y de una nueva hospitalización es alto.",
            "Quedo a sus órdenes para cualquier aclaración.",
            ("sp", 10),
            IDR["name"] + ", Enfermedades Infecciosas",
        ],
        font="Times-Roman",
        size=10.5,
    )


# Source: he_abn_medicaregov
@doc(
    "InfuCasa/notificacion previa ABN.pdf",
    "letter",
    "he_abn_medicaregov",
    outcome="informational",
    date=D(2026, 2, 12),
    scan=("scanner", 160),
)
def abn():
    S = ss("Helvetica", 9)
    rows = [
        ["Artículos o servicios", "Razón por la que Medicare podría no pagar", "Costo estimado"],
        [
            "Servicios de farmacia, bomba y suministros diarios (per diem) para daptomicina IV",
            "Medicare Original no paga el per diem de infusión en casa de medicamentos que "
            "no cubre la Parte B",
            "$95.00 por día",
        ],
    ]
    story = [
        Paragraph(esc("A. Notificante: " + IC["name"] + ", " + IC["phone"]), S["tight"]),
        Paragraph(esc("B. Nombre del paciente: " + PT["name"]), S["tight"]),
        Spacer(1, 6),
        Paragraph(esc("Notificación previa al beneficiario de no cobertura (ABN)"), S["ch"]),
        Paragraph(
            esc(
                "NOTA: Si Medicare no paga por los artículos o servicios de abajo, es "
                "posible que usted tenga que pagar."
            ),
            S["b"],
        ),
        Paragraph(
            esc(
                "Medicare no paga por todo, incluso por algunos cuidados que usted o su "
                "proveedor de salud tengan buenas razones para pensar que usted "
                "necesita."
            ),
            S["n"],
        ),
        kv(rows, widths=(2.3 * IN, 3.0 * IN, 1.5 * IN), size=8.5, box=True),
        Spacer(1, 8),
        Paragraph(esc("OPCIONES: marque una sola casilla. No podemos elegir por usted."), S["b"]),
        Paragraph(
            esc(
                "[X] OPCIÓN 1. Quiero los servicios indicados arriba. Pueden pedirme "
                "que pague ahora, pero también quiero que se facture a Medicare para "
                "una decisión oficial de pago, que se me enviará en un Resumen de "
                "Medicare (MSN). Si Medicare no paga, soy responsable del pago, pero "
                "puedo apelar a Medicare."
            ),
            S["n"],
        ),
        Paragraph(
            esc("[ ] OPCIÓN 2. Quiero los servicios, pero no se facture a Medicare."), S["n"]
        ),
        Paragraph(esc("[ ] OPCIÓN 3. No quiero los servicios indicados arriba."), S["n"]),
        Spacer(1, 6),
        Paragraph(
            esc("Firma: Joaquín E. Marroquín S.        Fecha: " + fd(D(2026, 2, 12), "us")), S["n"]
        ),
        Paragraph(
            esc("Formulario CMS-R-131 (Exp. 01/31/2026)   Aprobado por OMB 0938-0566"), S["t"]
        ),
    ]
    return build_flow(story, None, margins=(0.7, 0.7, 0.7, 0.7))


# Source: he_trendsx_msn
@doc(
    "Medicare/resumen de Medicare.pdf",
    "insurance",
    "he_trendsx_msn",
    date=D(2026, 4, 14),
    member=MBI,
)
def msn():
    S = ss("Helvetica", 9)
    story = [
        Paragraph(esc("Resumen de Medicare (MSN) para la Parte B (seguro médico)"), S["h1"]),
        Paragraph(
            esc("El Resumen oficial de sus reclamaciones de Medicare. ESTO NO ES UNA FACTURA."),
            S["b"],
        ),
        kv(
            [
                ["Nombre:", PT["name"]],
                ["Número de Medicare:", MBI],
                ["Fecha de este resumen:", fd(D(2026, 4, 14), "es_long")],
                ["Período de reclamaciones:", "1 de enero - 31 de marzo de 2026"],
            ],
            widths=(2.0 * IN, 4.6 * IN),
            box=True,
        ),
        Spacer(1, 8),
        Paragraph(esc("Sus reclamaciones y costos de este período"), S["h3"]),
        kv(
            [
                ["Servicios", "Aprobado por Medicare", "Medicare pagó", "Usted podría deber"],
                [
                    "Consulta de infectología, 02/10/2026",
                    money(168.40),
                    money(134.72),
                    money(33.68),
                ],
                ["Colocación de PICC, 02/10/2026", money(412.00), money(329.60), money(82.40)],
                ["Laboratorio (CPK), 03/02/2026", money(9.25), money(9.25), money(0)],
            ],
            widths=(2.5 * IN, 1.4 * IN, 1.3 * IN, 1.4 * IN),
            size=8.5,
            box=True,
        ),
        Spacer(1, 8),
        Paragraph(
            esc(
                "Si no está de acuerdo con la decisión de Medicare, puede presentar una "
                "apelación. Siga las instrucciones de la última página. Llame al "
                "1-800-MEDICARE (1-800-633-4227)."
            ),
            S["n"],
        ),
    ]
    return build_flow(story, None, margins=(0.7, 0.7, 0.6, 0.7))


# Source: he_aarp_partd
@doc(
    "Horizonte Dorado/pedido de informacion.pdf",
    "letter",
    "he_aarp_partd",
    outcome="info_requested",
    date=D(2026, 2, 19),
    ref=REF["cd"],
    member=PDID,
    due=D(2026, 3, 3),
    req=["clinical_notes", "lab_results"],
    links=["L6", "L7"],
)
def pd_rfi():
    return aviso(
        HD,
        "Pedido de información para su determinación de cobertura",
        [
            ["Fecha", fd(D(2026, 2, 19), "us")],
            ["Afiliado", PT["name"]],
            ["Número de afiliado", PDID],
            ["Número de solicitud", REF["cd"]],
            ["Medicamento", "Daptomicina 500 mg IV diaria"],
        ],
        [
            "Estimado Sr. Marroquín:",
            "Su farmacia nos pidió que cubramos la daptomicina. Este medicamento requiere "
            "autorización previa, y necesitamos saber si se cubre por la Parte B o la Parte D.",
            "Por favor pida a su médico que nos envíe lo siguiente antes del "
            + fd(D(2026, 3, 3), "us")
            + ":",
            [
                "la nota de la consulta de infectología más reciente",
                "el resultado del cultivo de hueso y los análisis de laboratorio",
            ],
            "Fax: " + PDP["fax"] + ".  Si no recibimos la información, tomaremos la decisión "
            "con lo que tengamos.",
        ],
        signer=["Unidad de Determinaciones de Cobertura", PDP["name"]],
    )


# Source: he_cms10146s
@doc(
    "Horizonte Dorado/aviso de denegacion parte D.pdf",
    "letter",
    "he_cms10146s",
    outcome="denied",
    date=D(2026, 3, 5),
    ref=REF["cd"],
    member=PDID,
)
def pd_denial():
    return aviso(
        HD,
        "Aviso de denegación de la cobertura de medicamentos de la Parte D de Medicare",
        [
            ["Fecha", fd(D(2026, 3, 5), "es_long")],
            ["Nombre del afiliado", PT["name"]],
            ["Número de afiliado", PDID],
            ["Número de solicitud", REF["cd"]],
        ],
        [
            ("h", "Se denegó la cobertura de su medicamento"),
            "Hemos denegado la cobertura en virtud de la Parte D de Medicare para el siguiente "
            "medicamento recetado: daptomicina 500 mg IV cada 24 horas.",
            ("h", "¿Por qué se denegó la cobertura?"),
            "No recibimos la información que muestra que otros antibióticos de la lista de "
            "medicamentos no son adecuados para usted.",
            "Debe compartir este aviso con el profesional que le receta.",
            ("h", "¿Qué puedo hacer si no estoy de acuerdo?"),
            "Tiene derecho a pedir una redeterminación (apelación). Debe pedirla dentro de los "
            "60 días a partir de la fecha de este aviso. Puede pedir una decisión rápida si su "
            "salud lo requiere.",
        ],
        note_top="Importante: Este aviso le explica su derecho de apelar nuestra decisión. Lea "
        "este aviso cuidadosamente.",
        signer=["Formulario CMS-10146-S   OMB 0938-0976"],
    )


# Source: he_lexsemplice
@doc(
    "Horizonte Dorado/pedido de redeterminacion de Lucia.pdf",
    "letter",
    "he_lexsemplice",
    outcome="informational",
    date=D(2026, 3, 6),
    member=PDID,
)
def family_request():
    S = ss("Helvetica", 10.5)
    story = para_list(
        S,
        [
            "Pueblo Nuevo, " + fd(D(2026, 3, 6), "es_long"),
            ("sp", 6),
            "Señores de " + PDP["name"] + ":",
            "Soy Lucía Marroquín Ortega, hija y representante de Joaquín E. Marroquín Solís "
            "(número de afiliado " + PDID + "). Pido una redeterminación rápida de la negativa a "
            "cubrir la daptomicina de mi papá.",
            "El médico ya envió por fax la nota de la consulta y el cultivo. El enterococo es "
            "resistente a vancomicina y mi papá no puede tomar linezolid. Sin este medicamento "
            "tendría que volver al hospital.",
            "Adjunto el nombramiento de representante firmado.",
            "Gracias de antemano.",
            ("sp", 12),
            "Lucía Marroquín Ortega   (719) 555-0139",
        ],
    )
    return build_flow(story, None)


# Source: he_arthritis_gov
@doc(
    "Horizonte Dorado/redeterminacion favorable.pdf",
    "letter",
    "he_arthritis_gov",
    outcome="approved",
    date=D(2026, 3, 9),
    ref=REF["rd"],
    member=PDID,
    ful=["prior_authorization"],
    links=["L4"],
    scan=("scanner", 180),
)
def pd_redet():
    return aviso(
        HD,
        "Aviso de redeterminación: decisión favorable",
        [
            ["Fecha del aviso", fd(D(2026, 3, 9), "us")],
            ["Afiliado", PT["name"]],
            ["Número de afiliado", PDID],
            ["Número de redeterminación", REF["rd"]],
        ],
        [
            "Estimado Sr. Marroquín Solís:",
            "Revisamos de nuevo su caso con la información de su médico. Cambiamos nuestra "
            "decisión: cubriremos la daptomicina 500 mg IV diaria bajo la Parte D del "
            + fd(D(2026, 3, 9), "us")
            + " al "
            + fd(D(2026, 4, 10), "us")
            + ".",
            "Su farmacia InfuCasa ya fue notificada. Pagará el copago de su nivel de "
            "medicamentos especializados.",
        ],
        signer=["Departamento de Redeterminaciones", PDP["name"]],
    )


# Source: he_hfcolorado
@doc(
    "Cuidado Montana/pedido de documentos.pdf",
    "letter",
    "he_hfcolorado",
    outcome="info_requested",
    date=D(2026, 2, 18),
    ref=REF["pa"],
    member=MCID,
    due_within=10,
    req=["medical_necessity"],
    links=["L8"],
)
def mc_rfi():
    return aviso(
        CM,
        "AVISO: NECESITAMOS MÁS DOCUMENTOS",
        [
            ["Fecha de este aviso", fd(D(2026, 2, 18), "es_long")],
            ["Miembro", PT["name"]],
            ["ID del miembro", MCID],
            ["Número de autorización", REF["pa"]],
        ],
        [
            "Recibimos un pedido de visitas de enfermería en casa de " + IC["name"] + ".",
            "Para revisarlo, necesitamos una carta de necesidad médica de su médico que "
            "explique por qué usted no puede cuidar su catéter sin ayuda.",
            "Envíe la carta dentro de los 10 días a partir de la fecha de este aviso, por fax "
            "al " + MCO["fax"] + ".",
            "Si tiene preguntas, llame a Servicios al Miembro al " + MCO["phone"] + ".",
        ],
        font="Times-Roman",
        signer=["Administración de Servicios", MCO["name"]],
    )


# Source: he_hfcolorado
@doc(
    "Cuidado Montana/aviso de accion.pdf",
    "letter",
    "he_hfcolorado",
    outcome="denied",
    date=D(2026, 2, 27),
    ref=REF["pa"],
    member=MCID,
    scan=("fax", 200),
)
def mc_noa():
    return aviso(
        CM,
        "AVISO DE ACCIÓN",
        [
            ["Fecha", fd(D(2026, 2, 27), "us")],
            ["Miembro", PT["name"]],
            ["ID del miembro", MCID],
            ["Número de autorización", REF["pa"]],
            ["Servicio", "Visitas de enfermería en casa"],
        ],
        [
            ("h", "Nuestra decisión"),
            "Cuidado Montaña Salud ha denegado su pedido de visitas de enfermería en casa.",
            ("h", "Motivo"),
            "La carta recibida no muestra por qué la enseñanza al paciente no es suficiente "
            "para el cuidado del catéter.",
            ("h", "Su derecho a apelar"),
            "Si no está de acuerdo, puede pedir una apelación al plan. Por lo general tiene 60 "
            "días a partir de la fecha de este Aviso de acción. Después de la apelación del "
            "plan puede pedir una audiencia imparcial estatal.",
        ],
        font="Times-Roman",
        signer=["Administración de Servicios", MCO["name"]],
    )


# Source: he_drc_medical
@doc(
    "Cuidado Montana/apelacion recibida.pdf",
    "letter",
    "he_drc_medical",
    outcome="informational",
    date=D(2026, 3, 4),
    ref=REF["apl"],
    member=MCID,
)
def mc_ack():
    return aviso(
        CM,
        "Confirmación de su apelación",
        [
            ["Fecha", fd(D(2026, 3, 4), "es_long")],
            ["Miembro", PT["name"]],
            ["ID del miembro", MCID],
            ["Número de apelación", REF["apl"]],
        ],
        [
            "Recibimos su apelación sobre las visitas de enfermería en casa. Un profesional "
            "clínico que no tomó la primera decisión la revisará.",
            "Le daremos una respuesta por escrito dentro de 30 días calendario. Puede pedir que "
            "sus servicios continúen durante la apelación.",
            "Puede enviarnos documentos o hablar con nosotros sobre su caso en cualquier momento.",
        ],
        font="Times-Roman",
        signer=["Unidad de Quejas y Apelaciones", MCO["name"]],
    )


# Source: he_drc_medical
@doc(
    "Cuidado Montana/resolucion de apelacion.pdf",
    "letter",
    "he_drc_medical",
    outcome="approved",
    date=D(2026, 3, 13),
    ref=REF["apl"],
    member=MCID,
    ful=["prior_authorization"],
    links=["L5"],
)
def mc_resolution():
    return aviso(
        CM,
        "AVISO DE RESOLUCIÓN DE APELACIÓN",
        [
            ["Fecha", fd(D(2026, 3, 13), "es_up")],
            ["Miembro", PT["name"]],
            ["ID del miembro", MCID],
            ["Número de apelación", REF["apl"]],
        ],
        [
            ("h", "Resolución"),
            "Revocamos nuestra decisión anterior. Aprobamos las visitas de enfermería en casa "
            "del 13 de marzo al 10 de abril de 2026 (hasta 6 visitas).",
            "Ya informamos a " + IC["name"] + " y a su médico.",
        ],
        font="Times-Roman",
        signer=["Unidad de Quejas y Apelaciones", MCO["name"]],
    )


# Source: he_vhebron_guia
@doc(
    "InfuCasa/bienvenido.pdf",
    "letter",
    "he_vhebron_guia",
    outcome="informational",
    date=D(2026, 2, 12),
)
def welcome():
    return aviso(
        ICH,
        "Bienvenido a InfuCasa",
        None,
        [
            fd(D(2026, 2, 12), "es_wlong"),
            "Estimado Sr. Marroquín:",
            "Su médico le recetó un antibiótico por vía intravenosa que recibirá en su casa. "
            "Nuestro equipo está formado por farmacéuticos, enfermeras de infusión y personal "
            "de apoyo.",
            [
                "Le entregaremos el medicamento, la bomba portátil y los suministros cada semana.",
                "Una enfermera visitará su casa para cuidar el catéter y tomar muestras.",
                "Puede llamarnos a cualquier hora al " + IC["phone"] + ".",
            ],
            "Gracias por confiar en nosotros.",
        ],
        signer=[IC["intake"], "Coordinador de admisiones"],
    )


# Source: he_411answers
@doc(
    "InfuCasa/resumen de costos.pdf",
    "letter",
    "he_411answers",
    outcome="informational",
    date=D(2026, 2, 13),
    ref=REF["bv"],
    member=PDID,
    ful=["benefits_verification"],
    links=["L3"],
)
def costs():
    return aviso(
        ICH,
        "Resumen de su cobertura y costos estimados",
        [
            ["Fecha", fd(D(2026, 2, 13), "us")],
            ["Paciente", PT["name"]],
            ["Referencia", REF["bv"]],
            ["Plan de medicamentos", PDP["name"] + " - " + PDID],
        ],
        [
            (
                "g",
                [
                    ["Concepto", "Quién paga", "Su parte estimada"],
                    ["Daptomicina (Parte D)", "Horizonte Dorado Rx", "$11.55 por surtido"],
                    [
                        "Per diem y suministros",
                        "No cubierto por Medicare (ver ABN)",
                        "Cuidado Montaña lo revisará",
                    ],
                    [
                        "Visitas de enfermería",
                        "Cuidado Montaña Salud (requiere autorización)",
                        "$0",
                    ],
                ],
                (2.2, 2.6, 2.0),
            ),
            "Estos montos son estimados y no garantizan el pago.",
        ],
        signer=["Departamento de Reembolsos", IC["name"]],
    )


# Source: he_aarp_eob
@doc(
    "Horizonte Dorado/explicacion de beneficios marzo.pdf",
    "insurance",
    "he_aarp_eob",
    date=D(2026, 4, 8),
    member=PDID,
)
def eob():
    return aviso(
        HD,
        "Explicación de beneficios de la Parte D",
        [
            ["Fecha", fd(D(2026, 4, 8), "es_long")],
            ["Afiliado", PT["name"]],
            ["Número de afiliado", PDID],
            ["Período", "1 - 31 de marzo de 2026"],
        ],
        [
            "Este aviso no es una factura. Resume los medicamentos que surtió en marzo.",
            (
                "g",
                [
                    ["Medicamento", "Farmacia", "Costo total", "El plan pagó", "Usted pagó"],
                    [
                        "Daptomicina 500 mg x 23",
                        IC["name"],
                        money(6210.00),
                        money(6198.45),
                        money(11.55),
                    ],
                ],
                (1.8, 2.0, 1.0, 1.0, 1.0),
            ),
            "Etapa de cobertura: cobertura inicial. Gastos de bolsillo en el año: "
            + money(11.55)
            + ".",
        ],
    )


# Source: he_hfcost_card
@doc(
    "Horizonte Dorado/tarjeta.pdf",
    "insurance",
    "he_hfcost_card",
    member=PDID,
    ful=["insurance_card"],
    links=["L2"],
    scan=("phone", 160),
)
def card():
    S = ss("Helvetica", 8.5)
    front = [
        [
            Paragraph(
                "<b>HORIZONTE DORADO Rx</b>  Plan de medicamentos recetados de Medicare", S["tight"]
            )
        ],
        [Paragraph(esc(f"Afiliado: {PT['name']}"), S["tight"])],
        [Paragraph(esc(f"Núm. de afiliado: {PDID}"), S["tight"])],
        [Paragraph(esc("RxBIN 004411   RxPCN MEDDPDP   RxGRP HDRX26"), S["tight"])],
        [Paragraph(esc("S7712-003   MedicareRx"), S["tight"])],
    ]
    back = [
        [Paragraph(esc(x), S["tight"])]
        for x in (
            "Afiliados: " + PDP["phone"] + " (TTY 711), 24 horas",
            "Farmacias: 1-877-555-0183",
            "Reclamaciones: " + PDP["addr"],
        )
    ]
    story = []
    for rows in (front, back):
        t = Table(rows, colWidths=[3.4 * IN])
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#b8860b")),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [t, Spacer(1, 20)]
    return build_flow(story, None, margins=(2.5, 2.5, 1.5, 1.0))


# Source: he_vphayuda
@doc(
    "Correos/InfuCasa aprobado.pdf",
    "letter",
    "he_vphayuda",
    outcome="approved",
    date=D(2026, 3, 9),
    ful=["prior_authorization"],
    links=["L4"],
)
def email_ok():
    return email(
        "3/9/2026 4:12 p. m.",
        "Aprobaron la daptomicina de su papá",
        f"{IC['intake']} <admisiones@infucasa.example>",
        "Lucía Marroquín <lucia.m@correo.example>",
        "lunes, 9 de marzo de 2026, 16:05",
        [
            "Hola, Lucía:",
            "Horizonte Dorado nos acaba de avisar que la redeterminación salió a favor: la "
            "daptomicina queda cubierta por la Parte D hasta el final del tratamiento.",
            "Mañana le entregamos la siguiente semana de dosis como siempre.",
            "Saludos cordiales,",
            IC["intake"],
        ],
    )


# Source: he_spiegato_library
@doc(
    "Varios/biblioteca.pdf",
    "other",
    "he_spiegato_library",
    date=D(2026, 3, 11),
    scan=("phone", 150),
)
def library():
    head = centred_head(
        "Biblioteca Pública de Pueblo Nuevo",
        "120 Plaza Mayor, Pueblo Nuevo, CO 81099",
        "(719) 555-0150",
    )
    return aviso(
        head,
        "Su tarjeta de biblioteca ha sido renovada",
        [
            ["Fecha", fd(D(2026, 3, 11), "es_long")],
            ["Usuario", PT["name"]],
            ["Tarjeta", "29088 0041 7733"],
        ],
        [
            "Su tarjeta es válida por tres años más. Con ella puede pedir prestados libros, "
            "audiolibros y películas, y usar las computadoras.",
            "Tiene dos libros que vencen pronto. Puede renovarlos en línea o por teléfono.",
        ],
    )


# Source: he_bcra_resumen
@doc("Varios/banco resumen electronico.pdf", "other", "he_bcra_resumen", date=D(2026, 2, 2))
def bank():
    head = centred_head(
        "Cooperativa de Ahorro Valle Alto",
        "Apartado 77, Pueblo Nuevo, CO 81099",
        "Línea de servicio 1-800-555-0197",
    )
    return aviso(
        head,
        "Cambio en la forma de recibir su resumen de cuenta",
        [
            ["Fecha", fd(D(2026, 2, 2), "us")],
            ["Socio", PT["name"]],
            ["Cuenta de ahorro terminada en", "0928"],
        ],
        [
            "En 60 días empezaremos a enviarle su resumen de cuenta por medios "
            "electrónicos. Si prefiere seguir recibiéndolo por correo postal, avísenos y no "
            "haremos el cambio.",
            "Gracias por ser socio de la Cooperativa.",
        ],
    )
