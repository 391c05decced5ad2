"""Probes of letters whose body names another hand (issue 12, who wrote a letter).

A plan's or hearing office's decision whose last lines, or a "cc:" line, name the home
infusion pharmacy or provider; a pharmacy's letter that names the plan; a nursing agency
passing on the plan's approval. English ones join public_notice_probes.py (batch 5),
Spanish ones public_notice_probes_es.py (names starting "B7"). Each follows the wording
of a public notice, form or page (its address kept with it), filled with made-up people,
plans, dates and numbers. Written, and measured, before the sender fix was tried.
"""

from __future__ import annotations

from _probes_en_texts import Probe, d
from _probes_es_texts import Probe as ProbeEs

# --- fifth batch (English): the body names the pharmacy, the plan or a provider -------------

PROBES_5: list[Probe] = [
    Probe(
        "NY model approval notice, plan letterhead, cc: the home infusion pharmacy",
        "https://www.health.ny.gov/health_care/managed_care/plans/appeals/2017-11-20_approval_notice.htm",
        """Hudson Valley Community Health Plan
PO Box 4410, Albany NY 12204  1-800-555-0164
APPROVAL NOTICE
September 3, 2026
Marisela Oyelaran-Brandt
14 Quarry Road
Kingston, NY 12401
Enrollee ID: HV40917733
Service: home infusion of immune globulin (IVIG), 5 infusions, September 8 to December 31, 2026
Provider: Dr. Tobias Renwick-Achebe
Plan Reference Number: HVA-26-118204
Dear Marisela Oyelaran-Brandt:
You are getting this notice because your health plan has approved your home infusion of
immune globulin.
On August 27, 2026 you asked Hudson Valley Community Health Plan for the service listed above.
Hudson Valley Community Health Plan has decided this service is medically necessary.
If you have questions, call Member Services at 1-800-555-0164, TTY 711.
cc: Tobias Renwick-Achebe, MD
cc: Northgate Home Infusion Pharmacy""",
        "Marisela Oyelaran-Brandt",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-09-03"),
            "reference_number": "HVA-26-118204",
            "member_id": "HV40917733",
            "due_date": None,
        },
    ),
    Probe(
        "NC Notice of Action, denial, last line names the home infusion provider",
        "https://doc4pdf.com/244142-insert-nameaddressemail-address-and-telephone-number-of-the-lmemco.html",
        """Piedmont Crossing Health Partners
310 Tryon Street, Charlotte NC 28202  1-866-555-0139
Notice of Action
Denial of Request for Medicaid Services
October 12, 2026
VIA TRACKABLE MAIL
Desmond Achterberg
Beneficiary: Desmond Achterberg
MID: 947713058Q
Service Authorization Request # SAR-2026-77140
Dear Desmond Achterberg:
We are writing to explain a decision about services requested for you. We are sending you
this Notice of Action because you or your provider asked Piedmont Crossing Health Partners to
approve the following Medicaid services: home infusion nursing visits, 2 per week.
Decision: Denied. Piedmont Crossing Health Partners cannot approve this service as requested.
The records sent do not show that the visits are medically necessary.
You may appeal this decision within 60 days of the date of this notice.
A copy of this notice was sent to Riverbend Home Infusion, the provider who asked for this
service.""",
        "Desmond Achterberg",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-10-12"),
            "member_id": "947713058Q",
            "due_date": None,
        },
    ),
    Probe(
        "Plan request for more information, body ends naming the infusion pharmacy",
        "https://per.nctracks.com/content/public/es/providers/prior-approval/PA-announcements/Importance-of-the-Address-on-PA-Requests.html",
        """Tarheel Select Health Plan
Prior Approval Unit  PO Box 30968, Raleigh NC 27622  Fax 1-919-555-0177
November 2, 2026
Re: Prior approval request 26-PA-551093
Recipient: Yusra Kettleborough   Medicaid ID: 900417552L
We received a request for prior approval of Gammagard Liquid, given at home every 4 weeks.
Before we can decide, we need more information. Please send the most recent office visit
notes and the IgG levels from the last 12 months.
If this information is not received by November 16, 2026, the request will be reviewed with
the records we have.
Requests for additional information go to the requesting provider. Cobalt Ridge Infusion
Pharmacy, which will give the infusions, was also told what we need.""",
        "Yusra Kettleborough",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": d("2026-11-02"),
            "member_id": "900417552L",
            "due_date": d("2026-11-16"),
        },
    ),
    Probe(
        "Florida fair hearing final order granting home infusion nursing",
        "https://eldersection.org/fair-hearings-reports/procedure/",
        """STATE OF FLORIDA
DEPARTMENT OF CHILDREN AND FAMILIES
OFFICE OF APPEAL HEARINGS
APPEAL NO. 26F-04417
PETITIONER, Vs. AGENCY FOR HEALTH CARE ADMINISTRATION
FINAL ORDER
Pursuant to notice, the undersigned hearing officer convened an administrative hearing in
the above-referenced matter by telephone on August 19, 2026.
ISSUE
At issue is whether the respondent's denial of the petitioner's request for skilled nursing
visits for home infusion of antibiotics was correct.
FINDINGS OF FACT
The petitioner, Lucinda Abernathy-Oduya, has a bone infection and a PICC line. Her physician
ordered daily intravenous antibiotics for six weeks.
CONCLUSIONS OF LAW
The evidence shows the visits are medically necessary. The respondent's action was not correct.
DECISION
The appeal is GRANTED. The respondent shall approve the skilled nursing visits, to be
given by the petitioner's home infusion provider.""",
        "Lucinda Abernathy-Oduya",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "reference_number": {"26F-04417", None},
            "due_date": None,
        },
    ),
    Probe(
        "Fair hearing decision upholding a denial, last line names the home infusion pharmacy",
        "https://www.hca.wa.gov/health-care-services-supports/program-administration/administrative-hearing-decision",
        """OFFICE OF ADMINISTRATIVE HEARINGS
FOR THE WASHINGTON HEALTH CARE AUTHORITY
Docket No. 03-2026-LIC-01882
INITIAL ORDER
Appellant: Casimir Thornquist-Mbeki
Hearing date: July 21, 2026
Issue: whether the Authority correctly denied coverage of home infusion of Ocrevus.
Findings of fact: the Authority's reviewer found that the drug can be given at the
infusion center and that infusion at home is not medically necessary.
Conclusion: the Authority's decision is affirmed. The denial of home infusion is upheld.
The appellant's home infusion pharmacy, Evergreen Sound Infusion Pharmacy, may not bill the
Authority for these infusions.""",
        "Casimir Thornquist-Mbeki",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "due_date": None,
        },
    ),
    Probe(
        "Home care agency letter passing on the plan's approval of nursing visits",
        "https://www.huffpost.com/entry/insurance-authorizations-_b_8633374",
        """Bayside Visiting Nurse Service
220 Ocean Parkway, Brooklyn NY 11218  718-555-0126
May 11, 2026
Ottoline Haverkamp-Nwosu
Re: your home infusion nursing visits
Dear Ms. Haverkamp-Nwosu,
Good news: your health plan has approved 12 skilled nursing visits for your home
infusions, from May 13, 2026 through July 31, 2026. Authorization number EMP-4471902.
Your nurse will call you the day before the first visit to set a time.
Your home infusion pharmacy, Kings County Infusion Pharmacy, will deliver the medicine and
supplies before that visit.""",
        "Ottoline Haverkamp-Nwosu",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-05-11"),
            "due_date": None,
        },
    ),
    Probe(
        "Specialty pharmacy letter about the plan's prior authorization, ending with the plan",
        "https://www.lumicera.com/about/FAQ/Provider.aspx",
        """Lakeview Specialty Pharmacy
8800 Excelsior Drive, Madison WI 53717  Phone 608-555-0181
March 4, 2026
Fernanda Quist-Holloway
Re: your prescription for Humira
Dear Fernanda Quist-Holloway,
Your plan needs to approve this medicine before we can fill it. This is called prior
authorization. We have sent the plan's form, with what we know, to your doctor's office,
and will help them send it to the plan.
We will call you as soon as we hear back, so we can schedule your first delivery.
Questions about your coverage can go to Badger Mutual Health Plan Member Services at
1-800-555-0145, and questions about your order to us at 608-555-0181.""",
        "Fernanda Quist-Holloway",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-03-04"),
            "due_date": None,
        },
    ),
]


# --- seventh Spanish batch: the body names the pharmacy, the plan or a provider -------------

PROBES_B7: tuple[ProbeEs, ...] = (
    ProbeEs(
        "B7 Notice of Denial of Medical Coverage CMS-10003, copy to the pharmacy (Spanish)",
        "https://omb.report/icr/202409-0938-016/doc/146350900",
        """
Plan de Salud Arboleda Advantage
Notificación de denegación de cobertura médica
Fecha: 9 de septiembre de 2026     Número de afiliado: ARB-5512047
Nombre: Herminia Zavaleta Quiroga
La cobertura para sus servicios/artículos médicos fue denegada
Hemos denegado el pago de las visitas de enfermería para infusión en el hogar que usted o su
médico solicitaron.
¿Por qué la cobertura fue denegada?
Los registros no muestran que usted no pueda recibir la infusión en el consultorio.
Usted tiene derecho a apelar nuestra decisión dentro de los 65 días a partir de la fecha de
este aviso.
Comparta una copia de esta decisión con su médico. También enviamos una copia a la farmacia
de infusión en el hogar que pidió la cobertura.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-09-09",
            "member_id": "ARB-5512047",
            "due_date": None,
        },
    ),
    ProbeEs(
        "B7 Coverage decision letter CMS-10716, approval, c.c. to the pharmacy (Spanish)",
        "https://omb.report/icr/202404-0938-023/doc/142173601",
        """
Carta sobre Decisión de Cobertura
Plan Integrado Sierra Azul
2 de octubre de 2026
Teodomiro Baltazar Uribe
Número de identificación del miembro: SAZ 771 408 223
Servicio/artículo relacionado con esta carta: inmunoglobulina intravenosa en el hogar
En esta carta nos referimos a Plan Integrado Sierra Azul como "nuestro plan" o "nosotros".
Somos un plan de salud que contrata con Medicare y Medicaid para proporcionar cobertura para
ambos programas.
Nuestro plan aprobó la inmunoglobulina intravenosa en el hogar, 4 infusiones, del 5 de
octubre al 31 de diciembre de 2026, que solicitó la Dra. Celestina Barrera.
c.c.: Servicios de Infusión en el Hogar Monte Claro
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-10-02",
            "member_id": "SAZ 771 408 223",
            "due_date": None,
        },
    ),
    ProbeEs(
        "B7 Part D denial notice CMS-10146, last line names the infusion pharmacy (Spanish)",
        "https://omb.report/icr/202310-0938-007/doc/136672900",
        """
Plan de Medicamentos Cumbre Dorada
AVISO DE DENEGACIÓN DE LA PARTE D DE MEDICARE COBERTURA DE MEDICAMENTOS RECETADOS
Fecha: 21 de julio de 2026
Nombre del miembro: Eusebio Landaverde Rincón
Número de miembro: CDR40881713
Su pedido fue denegado
Hemos denegado la cobertura de la Parte D de Medicare de Hizentra que usted o su médico han
solicitado, porque no se probaron antes los medicamentos preferidos.
Debe compartir una copia de esta decisión con su médico.
Su farmacia de infusión en casa, Farmacia Alameda Infusiones, también recibió una copia.
""",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": "2026-07-21",
            "member_id": "CDR40881713",
            "due_date": None,
        },
    ),
    ProbeEs(
        "B7 Infusion pharmacy letter naming the plan in its last lines (Spanish)",
        "https://omb.report/icr/201702-0938-003/doc/71550501",
        """
Farmacia de Infusiones Río Grande
1200 Calle Hidalgo, Laredo TX 78040  Tel. 956-555-0173
14 de mayo de 2026
Ignacia Montalvo Serrano
Asunto: su receta de vancomicina intravenosa
Estimada Sra. Montalvo:
Recibimos la receta de su médico. Su plan debe aprobar este medicamento antes de que podamos
enviarlo. Ya mandamos la solicitud con los datos que tenemos y le llamaremos en cuanto
sepamos algo.
Si tiene preguntas sobre su cobertura, llame a Servicios para Miembros del Plan de Salud
Frontera al 1-800-555-0118.
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-05-14",
            "due_date": None,
        },
    ),
    ProbeEs(
        "B7 Home nursing agency passing on the plan's approval (Spanish)",
        "https://www.huffpost.com/entry/insurance-authorizations-_b_8633374",
        """
Agencia de Enfermería a Domicilio Buenavista
45 Avenida Central, El Paso TX 79901  Tel. 915-555-0152
3 de junio de 2026
Rosendo Echeverría Paz
Estimado Sr. Echeverría:
Le informamos que su plan de salud aprobó 10 visitas de enfermería para sus infusiones en
casa, del 8 de junio al 31 de julio de 2026.
Su enfermera le llamará un día antes de la primera visita. La farmacia de infusión en el
hogar le enviará el medicamento y los suministros.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-06-03",
            "due_date": None,
        },
    ),
)
