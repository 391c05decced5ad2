"""TRAIN case ES2: home vedolizumab infusions for ulcerative colitis for a Spanish-speaking
member who starts under her employer's commercial plan (which writes to her in Spanish, asks
for records and denies) and then moves to a Medicaid managed care plan (welcome letter, a
request counted in days, an extension notice, the approval), with a specialty and home
infusion pharmacy, a manufacturer's copay programme, clinical papers and unrelated letters.

Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
Wording follows the public Spanish pages listed in own_sources_train_es2.py, never copied;
layouts differ from train-es on purpose (other letterheads, forms, deadline phrasings).
"""

from __future__ import annotations

from own_es_lib import es_head, id_card_page
from own_lib import D, Registry, fd, money
from own_tpl import email, lab, letter, note, plain, portal

R = Registry("train", "train-es2")
doc = R.doc

PT = dict(
    name="Marisela Ortiz Bautista",
    caps="ORTIZ BAUTISTA, MARISELA",
    dob=D(1989, 5, 27),
    addr=["Marisela Ortiz Bautista", "2218 Calle Coral, Apto. 4B", "Bahía Serena, FL 33599"],
    phone="(305) 555-0147",
    sister="Lorena Ortiz",
)
CID = "PLM318840276"  # commercial plan
MCD = "SCM5520917"  # Medicaid managed care plan
COM = dict(
    name="Palmar Salud - Plan de Empleador EPO",
    short="Palmar Salud",
    addr="P.O. Box 7700, Costa Alta, FL 33501",
    phone="1-877-555-0180",
    fax="1-877-555-0181",
    web="palmarsalud.example",
)
MED = dict(
    name="Salud Costera Medicaid",
    full="Salud Costera - Plan de Atención Administrada de Medicaid",
    addr="4100 Avenida del Puerto, Costa Alta, FL 33502",
    phone="1-888-555-0190",
    fax="1-888-555-0191",
    web="saludcostera.example",
)
DR = dict(
    name="Dr. Ramiro Escalante Vidal",
    en="Ramiro Escalante Vidal, MD",
    practice="Centro Digestivo Bahía",
    practice_en="Bay Digestive Center",
    addr="610 Boulevard Marino, Suite 300, Bahía Serena, FL 33599",
    phone="(305) 555-0122",
    fax="(305) 555-0123",
    contact="Yadira Fuentes",
)
RX = dict(
    name="Sanare Farmacia Especializada e Infusiones en el Hogar",
    short="Sanare",
    addr="88 Calle Industria, Costa Alta, FL 33501",
    phone="(305) 555-0166",
    fax="(305) 555-0167",
    intake="Gisela Marrero",
    nurse="Omar Dávila, RN",
)
REF = dict(
    order="ORD-VDZ-260224",
    lab="LQ-26-088431",
    bv="SAN-BV-7781",
    pa="PA-26-031177",
    copay="AHV-55018230",
    eob="RCL-2603-44120",
    um="SC-UM-26-04117",
    auth="AUT-2026-0419-552",
)
MEMBER_IDS = [CID, MCD]

LOG = [
    dict(id="L1", item="prescription", what="Orden de vedolizumab 300 mg IV en casa",
         requested_by="pharmacy", requested_on="2026-02-24", submitted_on="2026-02-24", due=None),
    dict(id="L2", item="insurance_card", what="Copias de las tarjetas (frente y reverso)",
         requested_by="pharmacy", requested_on="2026-02-25", submitted_on="2026-02-25", due=None),
    dict(id="L3", item="benefits_verification", what="Verificación de beneficios de Sanare",
         requested_by="patient", requested_on="2026-02-25", submitted_on="2026-02-26", due=None),
    dict(id="L4", item="prior_authorization",
         what="Autorización previa de vedolizumab en casa con enfermería",
         requested_by="pharmacy", requested_on="2026-02-27", submitted_on="2026-02-27", due=None),
    dict(id="L5", item="clinical_notes", what="Notas de evolución de gastroenterología",
         requested_by="payer", requested_on="2026-03-04", submitted_on="2026-03-11",
         due="2026-03-18"),
    dict(id="L6", item="lab_results", what="Calprotectina fecal, PCR y prueba de tuberculosis",
         requested_by="payer", requested_on="2026-03-04", submitted_on="2026-03-11",
         due="2026-03-18"),
    dict(id="L7", item="medication_history",
         what="Tratamientos previos que no funcionaron (mesalamina, azatioprina, adalimumab)",
         requested_by="payer", requested_on="2026-03-04", submitted_on="2026-03-11",
         due="2026-03-18"),
    dict(id="L8", item="medical_necessity", what="Carta de necesidad médica del Dr. Escalante",
         requested_by="pharmacy", requested_on="2026-02-24", submitted_on="2026-02-25", due=None),
    dict(id="L9", item="diagnosis", what="Diagnóstico con códigos CIE-10 (K51.90)",
         requested_by="payer", requested_on="2026-04-09", submitted_on="2026-04-15",
         due="2026-04-23"),
]  # fmt: skip

CASE = {
    "patient": PT["name"],
    "therapy": "Vedolizumab 300 mg por infusión intravenosa en casa, semanas 0, 2 y 6 y luego "
    "cada 8 semanas, con visitas de enfermería",
    "payer": MED["name"],
    "member_id": MCD,
    # the employer plan she had until March, as a user enters an earlier or second plan
    "secondary_payer": COM["name"],
    "secondary_member_id": CID,
    "provider_office": {
        "name": DR["practice"],
        "phone": DR["phone"],
        "fax": DR["fax"],
        "contact": DR["contact"],
    },
    "pharmacy": {"name": RX["name"], "phone": RX["phone"], "contact": RX["intake"]},
    "log": LOG,
}

PS = es_head(
    [COM["name"], "Revisión de Utilización - Farmacia y Servicios Médicos", COM["addr"]],
    right=["Atención al Cliente " + COM["phone"], "Fax " + COM["fax"], COM["web"]],
    footer="Palmar Salud administra el plan de salud de su empleador. ES-UM-0326",
    font="Times-Roman",
    page_word="Pág.",
    top_size=14,
)
SC = es_head(
    [MED["name"], "Plan de Atención Administrada de Medicaid", MED["addr"]],
    right=["Servicios al Miembro " + MED["phone"] + " (TTY 711)", "Fax " + MED["fax"]],
    footer="Salud Costera es un plan de Medicaid. Este aviso está disponible en otros idiomas y "
    "formatos sin costo.",
    band="#1d4f91",
    page_word="Página",
)
CDB = es_head(
    [DR["practice"], "Gastroenterología y Enfermedad Inflamatoria Intestinal", DR["addr"]],
    right=["Tel. " + DR["phone"], "Fax " + DR["fax"]],
    top_size=13,
    rule=False,
)
CDB_EN = es_head([DR["practice_en"], DR["addr"], f"Phone {DR['phone']}  Fax {DR['fax']}"],
                 page_word="Page")  # fmt: skip
SAN = es_head(
    [RX["name"], RX["addr"]],
    right=["Tel. " + RX["phone"], "Fax " + RX["fax"], "Farmacia abierta 24/7 para pacientes"],
    band="#5b2a86",
    font="Helvetica",
)
SIG_DR = [DR["name"], "Gastroenterólogo, " + DR["practice"]]


# Source: t2_vademecum_vdz
@doc("Consultorio/orden infusion vedolizumab.pdf", "referral", "t2_vademecum_vdz",
     date=D(2026, 2, 24), ref=REF["order"], member=CID, ful=["prescription"],
     links=["L1"])  # fmt: skip
def order():
    return note(
        CDB,
        "ORDEN MÉDICA - TERAPIA DE INFUSIÓN EN EL HOGAR",
        [
            ["Núm. de orden", REF["order"]],
            ["Fecha", fd(D(2026, 2, 24), "us")],
            ["Paciente", PT["name"] + "   F. nac. " + fd(PT["dob"], "us")],
            ["Seguro", COM["short"] + "   Identificación del afiliado: " + CID],
        ],
        [
            ("Diagnóstico", ["K51.90 Colitis ulcerosa, sin especificar, sin complicaciones. "
                             "Actividad moderada a grave (Mayo 9)."]),
            ("Medicamento", [[
                "Vedolizumab 300 mg IV en 250 mL de solución salina 0.9% durante 30 minutos",
                "Inducción: semanas 0, 2 y 6; mantenimiento: cada 8 semanas",
                "Duración: 12 meses (8 infusiones)",
            ]]),
            ("Enfermería", ["Visita de enfermería especializada en cada infusión; observar 1 "
                            "hora después de las 2 primeras dosis."]),
            ("Farmacia", [RX["name"] + ", " + RX["addr"]]),
        ],
        signer=[DR["name"], "NPI 1730556218"],
        sig_key="escalante-orden",
    )  # fmt: skip


# Source: t2_kipdf_vdz
@doc("Consultorio/nota de evolucion febrero.pdf", "clinical", "t2_kipdf_vdz",
     date=D(2026, 2, 23), ful=["clinical_notes", "diagnosis"], links=["L5", "L9"],
     scan=("scanner", 170))  # fmt: skip
def progress():
    return note(
        CDB,
        "Nota de evolución - Gastroenterología",
        [
            ["Fecha de la consulta", fd(D(2026, 2, 23), "es_long")],
            ["Paciente", PT["name"]],
            ["Fecha de nacimiento", fd(PT["dob"], "us")],
            ["Atendida por", DR["name"]],
        ],
        [
            ("Subjetivo", ["Ocho a diez evacuaciones al día con sangre, urgencia y dolor "
                           "abdominal. Bajó 4 kg en dos meses. Dejó adalimumab en 11/2025 por "
                           "pérdida de respuesta."]),
            ("Objetivo", ["Pálida, sensible en hemiabdomen izquierdo. Hb 10.1 g/dL. "
                          "Calprotectina fecal 1,240 µg/g."]),
            ("Evaluación", ["Colitis ulcerosa extensa, brote moderado a grave, refractaria a "
                            "mesalamina, azatioprina y un anti-TNF. Código CIE-10: K51.90."]),
            ("Plan de tratamiento", [[
                "Iniciar vedolizumab 300 mg IV en casa (semanas 0, 2, 6 y luego cada 8).",
                "Prednisona 40 mg con reducción gradual; revisar en 4 semanas.",
                "Pedir autorización previa al seguro; la farmacia coordina las visitas.",
            ]]),
        ],
        signer=SIG_DR,
        sig_key="escalante-nota",
        size=9,
    )  # fmt: skip


# Source: t2_geteccu_cpf
@doc("Consultorio/laboratorio/resultados 20 feb.pdf", "clinical", "t2_geteccu_cpf",
     date=D(2026, 2, 20), ref=REF["lab"], ful=["lab_results"], links=["L6"])  # fmt: skip
def labs():
    head = es_head(
        ["LABORATORIOS QUÍMICOS DEL SUR", "1900 Avenida Palma, Bahía Serena, FL 33599",
         "Atención al cliente (305) 555-0178   CLIA 10D0987712"],
        font="Courier",
        page_word="Hoja",
        rule=False,
    )  # fmt: skip
    return lab(
        head,
        "REPORTE DE LABORATORIO",
        [
            ["Paciente", PT["caps"]],
            ["Fecha de nacimiento", fd(PT["dob"], "us")],
            ["No. de accesión", REF["lab"]],
            ["Recolectado", fd(D(2026, 2, 19), "us")],
            ["Reportado", fd(D(2026, 2, 20), "us")],
            ["Ordenado por", "ESCALANTE VIDAL, RAMIRO"],
        ],
        [
            ["Análisis", "Resultado", "Marca", "Valores de referencia", "Unidades"],
            ["Calprotectina fecal", "1240", "ALTO", "< 50", "µg/g"],
            ["Proteína C reactiva", "3.8", "ALTO", "0.0 - 0.5", "mg/dL"],
            ["Hemoglobina", "10.1", "BAJO", "12.0 - 15.5", "g/dL"],
            ["Albúmina", "3.2", "BAJO", "3.5 - 5.0", "g/dL"],
            ["QuantiFERON-TB Gold Plus", "Negativo", "", "Negativo", ""],
            ["Antígeno de superficie hepatitis B", "No reactivo", "", "No reactivo", ""],
        ],
        comment=["Valores críticos comunicados al consultorio. Validado por: M. Ferrer, MT."],
    )  # fmt: skip


# Source: t2_studenta_vdz_informe
@doc("Consultorio/carta necesidad medica vedolizumab.pdf", "clinical",
     "t2_studenta_vdz_informe", date=D(2026, 2, 24), member=CID, ful=["medical_necessity"],
     links=["L8"])  # fmt: skip
def lmn():
    return letter(
        CDB,
        "Bahía Serena, a " + fd(D(2026, 2, 24), "es_long"),
        [COM["name"], "Departamento de Revisión de Utilización", COM["addr"]],
        [["Paciente:", PT["name"]], ["Identificación del afiliado:", CID],
         ["Medicamento solicitado:", "Vedolizumab 300 mg IV (infusión en el hogar)"]],
        "Ref.: Justificación de necesidad médica",
        [
            "Estimados señores:",
            "Solicito la cobertura de vedolizumab para mi paciente, de 36 años, con colitis "
            "ulcerosa extensa (K51.90) en brote moderado a grave.",
            "Ha recibido sin éxito mesalamina oral y rectal, azatioprina durante 14 meses y "
            "adalimumab durante 18 meses, que perdió su efecto. Vedolizumab actúa sólo en el "
            "intestino y es el paso indicado tras el fracaso de un anti-TNF.",
            "Pido que la infusión se administre en su domicilio: trabaja en turnos, cuida a dos "
            "niños y el centro de infusión de la red más cercano está a 70 km.",
            "Adjunto la nota de evolución, los resultados de laboratorio y el historial de "
            "tratamientos.",
            "Atentamente,",
        ],
        SIG_DR,
        sig_key="escalante-lmn",
        font="Times-Roman",
    )  # fmt: skip


# Source: t2_kipdf_vdz
@doc("Consultorio/lista de medicamentos.pdf", "clinical", "t2_kipdf_vdz",
     date=D(2026, 3, 10), ful=["medication_history"], links=["L7"], scan=("fax", 200))  # fmt: skip
def med_list():
    return plain(
        [
            ("k", [["Paciente:", PT["name"]], ["Fecha de nacimiento:", fd(PT["dob"], "us")],
                   ["Fecha:", fd(D(2026, 3, 10), "us_nopad")]], True),
            ("h", "Medicamentos actuales"),
            ["Prednisona 40 mg diarios (reducción de 5 mg por semana)",
             "Mesalamina 4.8 g diarios", "Ácido fólico 1 mg, hierro 325 mg"],
            ("h", "Tratamientos previos que no funcionaron"),
            ("g", [["Medicamento", "Desde - hasta", "Motivo de suspensión"],
                   ["Mesalamina oral y supositorios", "2021 - actual", "Respuesta insuficiente"],
                   ["Azatioprina 150 mg", "03/2023 - 05/2024", "Pancreatitis leve; sin remisión"],
                   ["Adalimumab 40 mg cada 2 semanas", "06/2024 - 11/2025",
                    "Pérdida de respuesta con niveles adecuados"]],
             (2.3, 1.5, 2.9)),
            ("sp", 10),
            "Revisado por " + DR["name"],
        ],
        head=CDB,
        title="LISTA DE MEDICAMENTOS Y TRATAMIENTOS PREVIOS",
        margins=(0.9, 0.9, 1.3, 0.9),
        fax=f"03/10/2026 16:05  CENTRO DIGESTIVO BAHIA  {DR['fax']}  PAG {{p}}/1",
    )  # fmt: skip


# Source: t2_scielo_capsula
@doc("Consultorio/colonoscopy report.pdf", "clinical", "t2_scielo_capsula",
     date=D(2026, 1, 28), ful=["diagnosis"])  # fmt: skip
def colonoscopy():
    return note(
        CDB_EN,
        "COLONOSCOPY REPORT",
        [["Date of procedure", fd(D(2026, 1, 28), "long")], ["Patient", PT["name"]],
         ["Endoscopist", DR["en"]], ["Indication", "Ulcerative colitis flare, assess extent"]],
        [
            ("Findings", ["Continuous erythema, friability, spontaneous bleeding and "
                          "ulcerations from the rectum to the hepatic flexure. Mayo endoscopic "
                          "subscore 3. Terminal ileum normal."]),
            ("Impression", ["Extensive ulcerative colitis (pancolitis sparing the cecum), "
                            "severe endoscopic activity."]),
            ("Recommendations", ["Biopsies sent. Escalate to vedolizumab; check TB and "
                                 "hepatitis B before starting."]),
        ],
        signer=[DR["en"]],
    )  # fmt: skip


# Source: t2_scienceopen_tiv
@doc("Farmacia Sanare/infusion visit 1.pdf", "clinical", "t2_scienceopen_tiv",
     date=D(2026, 5, 4), ful=["clinical_notes"])  # fmt: skip
def nursing():
    return note(
        SAN,
        "Home Infusion Nursing Note",
        [["Visit date", fd(D(2026, 5, 4), "us")], ["Patient", PT["name"]],
         ["Nurse", RX["nurse"]], ["Therapy", "Vedolizumab 300 mg IV - dose 1 (week 0)"]],
        [
            ("Assessment", ["Afebrile, BP 112/70, HR 88. 5 stools/day, less blood."]),
            ("Infusion", ["24G PIV right hand. 300 mg in 250 mL NS over 30 min via pump. "
                          "Observed 60 min, no reaction."]),
            ("Teaching", ["Reviewed signs of infection and infusion reaction, in Spanish. "
                          "Next dose in 2 weeks."]),
        ],
        signer=[RX["nurse"]],
    )  # fmt: skip


# Source: t2_epnet_vdz
@doc("Farmacia Sanare/bienvenida y calendario.pdf", "letter", "t2_epnet_vdz",
     outcome="informational", date=D(2026, 2, 25), scan=("phone", 150))  # fmt: skip
def welcome():
    return letter(
        SAN,
        fd(D(2026, 2, 25), "es_wlong"),
        PT["addr"],
        None,
        "Bienvenida a Sanare: lo que sigue para su tratamiento en casa",
        [
            "Hola, Sra. Ortiz:",
            "Recibimos la orden de su médico para vedolizumab. Somos su farmacia especializada: "
            "preparamos el medicamento, lo llevamos a su casa y enviamos a la enfermera.",
            ("h", "Pasos antes de la primera infusión"),
            ["Revisamos sus beneficios con su seguro (le llamaremos con el costo).",
             "Pedimos la autorización previa por usted; puede tardar de 5 a 15 días.",
             "Coordinamos la visita de enfermería y la entrega del medicamento."],
            "Durante la infusión y unas horas después, avise a la enfermera si tiene sarpullido, "
            "picazón, dificultad para respirar o mareos.",
            "Cordialmente,",
        ],
        [RX["intake"], "Coordinación de pacientes, " + RX["short"]],
    )  # fmt: skip


# Source: t2_studenta_specialty
@doc("Farmacia Sanare/resumen de beneficios.pdf", "letter", "t2_studenta_specialty",
     outcome="informational", date=D(2026, 2, 26), ref=REF["bv"], member=CID,
     ful=["benefits_verification"], links=["L3"])  # fmt: skip
def bv():
    return letter(
        SAN,
        fd(D(2026, 2, 26), "es_long"),
        PT["addr"],
        [["N.º de verificación:", REF["bv"]], ["Aseguradora:", COM["name"]],
         ["N.º de miembro:", CID]],
        "Verificación de beneficios - vedolizumab en el hogar",
        [
            "Llamamos a su aseguradora para confirmar su cobertura. Resultado:",
            ("g", [["Concepto", "Beneficio", "Lo que usted paga"],
                   ["Vedolizumab (farmacia especializada)", "Nivel 5", "Coseguro 25%"],
                   ["Enfermería a domicilio", "Servicios de salud en el hogar", "$40 por visita"],
                   ["Deducible anual", money(1500), "Le faltan " + money(1120)]],
             (2.5, 2.0, 2.0)),
            "El plan exige autorización previa y terapia escalonada. La pediremos hoy mismo. "
            "Estos datos no garantizan el pago; la aseguradora decide.",
            "Puede que califique para el programa de ahorro del fabricante; le enviaremos la "
            "solicitud.",
        ],
        [RX["intake"], RX["name"]],
    )  # fmt: skip


# Source: t2_caremark_pa
@doc("Farmacia Sanare/formulario de preautorizacion enviado.pdf", "letter", "t2_caremark_pa",
     outcome="informational", date=D(2026, 2, 27), member=CID, scan=("fax", 200))  # fmt: skip
def pa_form():
    return plain(
        [
            ("b", "FORMULARIO DE SOLICITUD DE PREAUTORIZACIÓN DE MEDICAMENTOS"),
            ("s", "Envíe por fax a " + COM["short"] + " - Farmacia: " + COM["fax"]),
            ("k", [["Fecha de la solicitud:", fd(D(2026, 2, 27), "us")],
                   ["Nombre del afiliado:", PT["name"]],
                   ["N.º de miembro:", CID],
                   ["Fecha de nacimiento:", fd(PT["dob"], "us")],
                   ["Médico que receta:", DR["name"] + "  NPI 1730556218"],
                   ["Medicamento:", "Vedolizumab 300 mg polvo para infusión"],
                   ["Diagnóstico (CIE-10):", "K51.90"],
                   ["Lugar de administración:", "Domicilio del paciente (infusión en el hogar)"]],
             True),
            ("h", "Medicamentos probados"),
            ("c", [("Mesalamina", True), ("Azatioprina / 6-MP", True),
                   ("Anti-TNF (adalimumab, infliximab)", True), ("Ninguno", False)]),
            ("h", "Tipo de revisión"),
            ("c", [("Estándar", True), ("Urgente (la salud del paciente corre grave riesgo)",
                                        False)]),
            "Presentado por: " + RX["intake"] + ", " + RX["name"] + ", tel. " + RX["phone"],
        ],
        fax=f"02/27/2026 10:12  SANARE FARMACIA  {RX['fax']}  P.{{p}}",
    )  # fmt: skip


# Source: t2_healthnet_employer_pa
@doc("Palmar Salud/carta pidiendo documentos.pdf", "letter", "t2_healthnet_employer_pa",
     outcome="info_requested", date=D(2026, 3, 4), ref=REF["pa"], member=CID,
     due=D(2026, 3, 18), req=["clinical_notes", "lab_results", "medication_history"],
     links=["L5", "L6", "L7"])  # fmt: skip
def com_rfi():
    return letter(
        PS,
        fd(D(2026, 3, 4), "es_up"),
        PT["addr"],
        [["N.º de caso:", REF["pa"]], ["N.º de miembro:", CID],
         ["Medicamento:", "Vedolizumab 300 mg (infusión en el hogar)"]],
        "Su solicitud de autorización previa está incompleta",
        [
            "Estimada Sra. Ortiz Bautista:",
            "Recibimos de " + RX["short"] + " una solicitud de autorización previa para el "
            "medicamento de arriba. Este medicamento está sujeto a terapia escalonada. Para "
            "revisarla, su médico debe enviarnos:",
            ["Las notas de evolución de las dos últimas consultas",
             "Los resultados de laboratorio recientes (calprotectina fecal, PCR, prueba de "
             "tuberculosis)",
             "Los tratamientos previos que no funcionaron, con fechas y dosis"],
            "Debemos recibir estos documentos antes del " + fd(D(2026, 3, 18), "es_long") + ". "
            "Sin ellos, revisaremos la solicitud con lo que tengamos y podría ser denegada.",
            "Su médico puede enviarlos por fax al " + COM["fax"] + ". Enviamos una copia de esta "
            "carta al Dr. Escalante.",
        ],
        ["Revisión de Utilización", COM["name"]],
        font="Times-Roman",
        cc=[DR["name"]],
    )  # fmt: skip


# Source: t2_ayudas_adversa
@doc("Palmar Salud/carta de denegacion marzo.pdf", "letter", "t2_ayudas_adversa",
     outcome="denied", date=D(2026, 3, 20), ref=REF["pa"], member=CID, links=["L4"],
     scan=("fax", 200))  # fmt: skip
def com_denial():
    return letter(
        PS,
        None,
        PT["addr"],
        [["Fecha:", fd(D(2026, 3, 20), "es_long0")], ["Miembro:", PT["name"]],
         ["Identificación del afiliado:", CID], ["Número de caso:", REF["pa"]]],
        "NOTIFICACIÓN DE DETERMINACIÓN ADVERSA DE BENEFICIOS",
        [
            "Estimada Sra. Ortiz Bautista:",
            "Después de revisar la solicitud de su médico, no podemos aprobar la cobertura de "
            "vedolizumab 300 mg administrado en el hogar.",
            ("h", "Motivo de la decisión"),
            "Según la política de terapia escalonada del plan, primero debe probar "
            "infliximab-dyyb, el producto preferido del plan. Además, el plan cubre esta infusión "
            "en un centro de infusión de la red, no en el domicilio.",
            ("h", "Sus derechos de apelación"),
            "Usted o su médico pueden pedir una apelación interna. Tiene 180 días a partir de la "
            "fecha en que reciba esta carta para pedirla. Si su salud corre grave riesgo, puede "
            "pedir una apelación urgente.",
            "Puede pedir sin costo copias de los documentos y criterios usados para esta "
            "decisión.",
            "Director médico: Dr. Esteban Larrañaga",
        ],
        ["Revisión de Utilización", COM["name"]],
        cc=[DR["name"], RX["name"]],
        fax=f"03/20/2026 11:48  PALMAR SALUD UM  A: {RX['fax']}  P. {{p}}",
    )  # fmt: skip


# Source: t2_arthritis_pap
@doc("Farmacia Sanare/programa de ahorro aprobado.pdf", "letter", "t2_arthritis_pap",
     outcome="informational", date=D(2026, 3, 2), ref=REF["copay"])  # fmt: skip
def copay():
    head = es_head(["Programa de Ahorro AlivioVida", "Apoyo al paciente para vedolizumab",
                    "Apartado 3300, Ciudad Central, NJ 07999"],
                   right=["Línea de ayuda 1-855-555-0150", "Lunes a viernes 8:00 - 20:00"],
                   band="#0f7a5c")  # fmt: skip
    return letter(
        head,
        fd(D(2026, 3, 2), "es_cap"),
        PT["addr"],
        [["N.º de inscripción:", REF["copay"]], ["Vigencia:", "hasta el 12/31/2026"]],
        "¡Su inscripción fue aprobada!",
        [
            "Estimada Marisela:",
            "Su solicitud al programa de ahorro de copagos fue aprobada. Si su seguro comercial "
            "cubre su medicamento, podría pagar tan solo $5 por infusión, hasta el máximo anual "
            "del programa.",
            "Este programa no es un seguro y no sustituye la autorización previa de su plan. No "
            "puede usarse con Medicaid, Medicare ni otros programas del gobierno.",
            "Muestre esta carta a su farmacia especializada.",
        ],
        ["Equipo de Apoyo al Paciente"],
    )  # fmt: skip


# Source: t2_sfhp_eoc
@doc("Palmar Salud/explicacion de beneficios consulta.pdf", "insurance", "t2_sfhp_eoc",
     date=D(2026, 3, 12), ref=REF["eob"], member=CID)  # fmt: skip
def eob():
    return letter(
        PS,
        None,
        PT["addr"],
        [["Fecha de emisión:", fd(D(2026, 3, 12), "us")], ["Miembro:", CID],
         ["N.º de reclamación:", REF["eob"]]],
        "EXPLICACIÓN DE BENEFICIOS (EOB) - ESTE DOCUMENTO NO ES UNA FACTURA",
        [
            ("g", [["Fecha del servicio", "Proveedor", "Cargos", "Descuento de la red",
                    "Pagado por el plan", "Su responsabilidad"],
                   [fd(D(2026, 2, 23), "us"), DR["practice"], money(380), money(142),
                    money(198), money(40)],
                   [fd(D(2026, 2, 19), "us"), "Laboratorios Químicos del Sur", money(615),
                    money(402), money(0), money(213)]],
             (1.0, 1.5, 0.8, 1.1, 1.1, 1.2)),
            "El laboratorio se aplicó a su deducible. Guarde este aviso para sus registros.",
        ],
        None,
        font="Times-Roman",
    )  # fmt: skip


# Source: t2_otaquz_pa
@doc("Tarjetas/tarjeta palmar salud.pdf", "insurance", "t2_otaquz_pa", member=CID,
     ful=["insurance_card"], links=["L2"], scan=("phone", 160))  # fmt: skip
def com_card():
    return id_card_page(
        [("Palmar Salud  |  EPO", ""), ("Miembro", PT["name"]), ("N.º de miembro", CID),
         ("Grupo", "EMP-44710 Hoteles Brisa"), ("Copago PCP / Esp.", "$25 / $50"),
         ("Rx BIN / PCN", "004455 / PLMRX")],
        [("Atención al Cliente: 1-877-555-0180", None),
         ("Autorizaciones para proveedores: 1-877-555-0182", None),
         ("Reclamaciones: P.O. Box 7700, Costa Alta, FL 33501", None),
         ("Esta tarjeta no garantiza la cobertura.", None)],
        "tarjeta comercial",
        colour="#7a1f1f",
        font="Times-Roman",
    )  # fmt: skip


# Source: t2_cuidatudinero_medicaid
@doc("Tarjetas/tarjeta medicaid salud costera.pdf", "insurance", "t2_cuidatudinero_medicaid",
     member=MCD, ful=["insurance_card"], links=["L2"], scan=("scanner", 180))  # fmt: skip
def med_card():
    return id_card_page(
        [("Salud Costera Medicaid", ""), ("Nombre", PT["name"]), ("ID de Medicaid", MCD),
         ("Vigente desde", fd(D(2026, 4, 1), "us")), ("PCP", "Clínica Comunitaria Bahía"),
         ("Copagos", "$0")],
        [("Servicios al Miembro 1-888-555-0190  TTY 711", None),
         ("Línea de enfermería 24 horas: 1-888-555-0192", None),
         ("En una emergencia, llame al 911 o vaya a la sala de emergencias.", None),
         ("Proveedores: verifiquen la elegibilidad antes de cada servicio.", None)],
        "tarjeta medicaid",
        colour="#1d4f91",
    )  # fmt: skip


# Source: t2_ppmco_manual
@doc("Salud Costera/bienvenida al plan.pdf", "letter", "t2_ppmco_manual",
     outcome="informational", date=D(2026, 4, 1), member=MCD)  # fmt: skip
def med_welcome():
    return letter(
        SC,
        fd(D(2026, 4, 1), "es_long"),
        PT["addr"],
        [["Identificación del afiliado:", MCD], ["Fecha de inicio de la cobertura:",
                                                  fd(D(2026, 4, 1), "us")]],
        "Bienvenido(a) a Salud Costera",
        [
            "Estimada afiliada:",
            "Gracias por elegir Salud Costera como su plan de Medicaid. Su cobertura empieza el "
            "día indicado arriba. Su tarjeta de identificación llegará por separado.",
            ("h", "Tres cosas para hacer ahora"),
            ["Haga una cita con su proveedor de atención primaria.",
             "Si ya recibe un tratamiento o espera un medicamento, llámenos: su nuevo plan debe "
             "revisar las autorizaciones de su plan anterior.",
             "Regístrese en el portal para afiliados para ver sus beneficios."],
            "Sus servicios de Medicaid no tienen copago.",
        ],
        ["Servicios al Miembro", MED["name"]],
    )  # fmt: skip


# Source: t2_healthchoice_beneficios
@doc("Salud Costera/pagina del manual beneficios.pdf", "insurance",
     "t2_healthchoice_beneficios", ful=["insurance_card"])  # fmt: skip
def handbook():
    return plain(
        [
            ("b", "Manual del Afiliado 2026 - Sección 4: Sus beneficios"),
            ("g", [["Beneficio", "Descripción", "¿Necesita autorización previa?"],
                   ["Servicios de salud en el hogar", "Enfermería especializada a tiempo "
                    "parcial, ayudante de salud en el hogar", "Sí"],
                   ["Terapia de infusión en el hogar", "Medicamentos intravenosos, bomba, "
                    "suministros y visitas de enfermería", "Sí"],
                   ["Farmacia", "Medicamentos de la Lista de medicamentos preferidos; los "
                    "especializados por medio de la farmacia especializada de la red", "Algunos"],
                   ["Transporte", "Viajes a citas médicas sin costo", "No"]],
             (1.6, 3.4, 1.7)),
            "Si negamos, reducimos o suspendemos un servicio, le enviaremos un aviso por escrito "
            "con sus derechos de apelación y de audiencia imparcial estatal.",
            ("s", MED["full"] + "  -  " + MED["phone"] + "  -  página 22"),
        ],
        head=SC,
        margins=(0.9, 0.9, 1.3, 0.9),
    )  # fmt: skip


# Source: t2_mercycare_pa
@doc("Salud Costera/solicitud de informacion al medico.pdf", "letter", "t2_mercycare_pa",
     outcome="info_requested", date=D(2026, 4, 9), ref=REF["um"], member=MCD, due_within=14,
     req=["clinical_notes", "diagnosis", "medication_history", "prescription"],
     links=["L1", "L5", "L7", "L9"], scan=("fax", 200))  # fmt: skip
def med_rfi():
    return letter(
        SC,
        fd(D(2026, 4, 9), "us"),
        [DR["name"], DR["practice"], "Fax " + DR["fax"]],
        [["Afiliada:", PT["name"]], ["ID de Medicaid:", MCD],
         ["Número de autorización:", REF["um"]], ["Servicio:", "Vedolizumab IV en el hogar"]],
        "Aviso de información adicional requerida",
        [
            "Estimado Dr. Escalante:",
            "Su paciente se afilió a nuestro plan el 1 de abril. Para revisar la solicitud de "
            "autorización previa que " + RX["short"] + " presentó a nuestro nombre, necesitamos "
            "lo siguiente:",
            ["Historia clínica: notas de las consultas y el plan de tratamiento",
             "Los códigos de diagnóstico CIE-10",
             "La lista de medicamentos, incluidos los que la paciente ya probó",
             "La orden médica firmada para la infusión en el hogar"],
            "Envíe la información dentro de los 14 días calendario a partir de la fecha de esta "
            "notificación. Si no la recibimos, tomaremos la decisión con la información que "
            "tengamos.",
            "Fax para documentos clínicos: " + MED["fax"] + ".",
        ],
        ["Gestión de Utilización", MED["full"]],
        fax=f"04/09/2026 09:31  SALUD COSTERA UM  A: {DR['fax']}  P. {{p}}",
    )  # fmt: skip


# Source: t2_mercycare_pa
@doc("Salud Costera/aviso de extension del plazo.pdf", "letter", "t2_mercycare_pa",
     outcome="informational", date=D(2026, 4, 21), ref=REF["um"], member=MCD)  # fmt: skip
def extension():
    return letter(
        SC,
        fd(D(2026, 4, 21), "es_abbr"),
        PT["addr"],
        [["ID de Medicaid:", MCD], ["Número de autorización:", REF["um"]]],
        "Aviso de extensión del plazo para decidir",
        [
            "Estimada Sra. Ortiz Bautista:",
            "Estamos revisando la solicitud de vedolizumab en el hogar. Necesitamos más tiempo "
            "porque esperamos los documentos de su médico. Tomaremos una decisión a más tardar "
            "el " + fd(D(2026, 5, 5), "es_long") + ".",
            "Si no está de acuerdo con esta extensión, puede presentar una queja llamando al "
            + MED["phone"] + ". No necesita hacer nada más por ahora.",
        ],
        ["Gestión de Utilización", MED["name"]],
    )  # fmt: skip


# Source: t2_mercycare_pa
@doc("Salud Costera/aviso de aprobacion.pdf", "letter", "t2_mercycare_pa",
     outcome="approved", date=D(2026, 4, 28), ref=REF["auth"], member=MCD,
     ful=["prior_authorization"], links=["L4"])  # fmt: skip
def approval():
    return letter(
        SC,
        None,
        PT["addr"],
        [["Fecha del aviso:", fd(D(2026, 4, 28), "es_long")], ["ID de Medicaid:", MCD],
         ["Número de autorización:", REF["auth"]]],
        "Su servicio fue aprobado",
        [
            "Estimada Sra. Ortiz Bautista:",
            "Salud Costera aprobó el siguiente servicio que pidió su médico:",
            ("g", [["Servicio", "Proveedor", "Desde", "Hasta", "Cantidad"],
                   ["Vedolizumab 300 mg IV", RX["short"], fd(D(2026, 4, 28), "us"),
                    fd(D(2027, 4, 27), "us"), "8 dosis"],
                   ["Visitas de enfermería en el hogar", RX["short"], fd(D(2026, 4, 28), "us"),
                    fd(D(2027, 4, 27), "us"), "8 visitas"]],
             (1.9, 1.0, 1.0, 1.0, 0.9)),
            "Usted no tiene que pagar nada por estos servicios. Enviamos una copia de este "
            "aviso a su médico y a la farmacia.",
        ],
        ["Gestión de Utilización", MED["name"]],
        cc=[DR["name"], RX["name"]],
    )  # fmt: skip


# Source: t2_stroke_pa
@doc("Correo/Fwd Salud Costera aprobo.pdf", "letter", "t2_stroke_pa", outcome="approved",
     date=D(2026, 4, 29), ful=["prior_authorization"], links=["L4"])  # fmt: skip
def email_relay():
    return email(
        "4/29/26, 8:02 a. m.",
        "RE: ¿Ya tenemos la aprobación?",
        f"{RX['intake']} <pacientes@sanare.example>",
        "Marisela Ortiz <mariselao@correo.example>",
        "miércoles, 29 de abril de 2026, 7:55",
        [
            "Buenos días, Marisela:",
            "Le confirmo que su plan de Medicaid autorizó el vedolizumab y las visitas de "
            "enfermería por un año. La primera entrega será el lunes 4 de mayo y Omar, el "
            "enfermero, llegará a las 9 a. m.",
            "Cualquier duda, llámeme al " + RX["phone"] + ".",
            "Gisela",
        ],
        quoted=["De: Marisela Ortiz. ¿Ya tenemos la aprobación? Mi hermana puede quedarse "
                "conmigo el lunes."],
    )  # fmt: skip


# Source: t2_dipuleon_luz
@doc("Otros/factura de luz abril.pdf", "other", "t2_dipuleon_luz", date=D(2026, 4, 14))
def power_bill():
    head = es_head(["Energía Costera del Sur", "Servicio al cliente 1-800-555-0133"],
                   band="#f2a900")  # fmt: skip
    return letter(
        head,
        fd(D(2026, 4, 14), "es_long"),
        PT["addr"],
        [["Cuenta núm.:", "7730-118-204"], ["Saldo vencido:", money(184.37)]],
        "AVISO DE DESCONEXIÓN DEL SERVICIO",
        [
            "Su cuenta tiene un saldo vencido. Para evitar la desconexión, pague el saldo a más "
            "tardar el " + fd(D(2026, 4, 28), "es_long") + ".",
            "Si alguien en su hogar depende de equipo médico eléctrico, llame hoy: podemos "
            "aprobar una prórroga con un certificado médico.",
        ],
        ["Departamento de Cobranza"],
    )  # fmt: skip


# Source: t2_palmbeach_excursion
@doc("Otros/permiso excursion escuela.pdf", "other", "t2_palmbeach_excursion",
     date=D(2026, 4, 17), scan=("phone", 150))  # fmt: skip
def school_trip():
    return plain(
        [
            ("b", "ESCUELA PRIMARIA LAS GAVIOTAS"),
            ("b", "Permiso y autorización para ir de excursión"),
            ("k", [["Fecha:", fd(D(2026, 4, 17), "us")], ["Grado:", "3.º"],
                   ["Destino:", "Acuario de Bahía Serena"], ["Costo:", "$12.00"]], True),
            "Se solicita el permiso de los padres para que su hijo(a) vaya de excursión. "
            "Devuelva este formulario firmado a la maestra a más tardar el "
            + fd(D(2026, 5, 1), "es_long") + ".",
            ("c", [("Autorizo a mi hijo(a) a participar.", True),
                   ("Mi hijo(a) tiene alergias o toma medicamentos (explique abajo).", False)]),
            ("sp", 14),
            "Firma del padre, madre o tutor: ______________________",
        ],
        font="Helvetica",
    )  # fmt: skip


# Source: t2_allianz_renovacion
@doc("Otros/renovacion seguro de auto.pdf", "other", "t2_allianz_renovacion",
     date=D(2026, 3, 15))  # fmt: skip
def car():
    return portal(
        "3/15/26, 7:40 p. m.",
        "https://clientes.autoseguroplus.example/poliza/renovacion",
        "AutoSeguro Plus",
        "Renovación de su póliza de automóvil",
        [["Póliza núm.", "ASP-CA-2290417"], ["Fecha de renovación", fd(D(2026, 3, 15), "us")],
         ["Vehículo", "Toyota Corolla 2019"], ["Estado", "Renovada - pago aprobado"]],
        paras=["Su póliza fue renovada por 12 meses. La nueva prima es de $1,096.00 al año. "
               "Cobertura de responsabilidad civil y daños propios con deducible de $500."],
    )  # fmt: skip
