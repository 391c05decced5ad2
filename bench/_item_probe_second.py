"""A second set of probes for ``item_probes.py --set second``, written after the first set's
misses were fixed, so its first figures are a look at wording the rules were not tuned to.
Same sources and conventions as ``_item_probe_letters.py`` and ``_item_probe_documents.py``.
"""

from __future__ import annotations

from _item_probe_letters import Probe

TMHP = (
    "https://paperzz.com/doc/7165604/correction-to--prior-authorization-notices-with-missing-o..."
)
PREMERA = "https://www.premera.com/wa/provider/utilization-review/medical-records-attachment"
SSA = "http://pomsreference.org/poms/lnx/0900705770"
NAVITUS = "https://members.navitus.com/en-US/PA-Forms/CoverageDetermination.aspx"
ACCREDO = "https://docslib.org/doc/9338936/subcutaneous-immune-globulin-scig"
SUNSHINE_ES = "https://www-es.sunshinehealth.com/members/cms/resources/Prior-Authorization.html"
MMM_ES = "https://mmmpr.com/planes-medicos/determinaciones-cubierta"
OSEN_ES = (
    "https://nuevaweb.osensalud.com.ar/atencion-al-afiliado/informacion-para-afiliados-con-"
    "discapacidad/renovacion-de-prestaciones/"
)
HOMECARE = "https://docest.com/doc/688213/6-28-coordination-of-home-infusion-therapy-with-the-home-infusion-provider"
OASIS = "https://oasishp.net/referral-tip-sheet"
CHARTWELL = (
    "https://www.chartwellpa.com/healthcareprofessionals/immunoglobulin-medicare-guidelines.asp"
)
JANSSEN = "https://www.janssencarepath.com/hcp/remicade/insurance-coverage/prior-authorization-exceptions-appeals"
ABOGADOS = "https://abogadosdelconsumidor.com.mx/tag/documentacion-reclamo-medico"

SECOND_LETTERS: tuple[Probe, ...] = (
    (
        "outstanding items for an incomplete request",
        (TMHP,),
        """Bluewater Medicaid Health Plan
Prior Authorization Department
January 12, 2026
Member: Cordelia S. Hargreave    Medicaid ID: BWM-330174562
Request number: PA-26-0009931
Your prior authorization request is incomplete. The following items are outstanding:
- Most recent office visit note (within the last 60 days)
- Complete blood count and comprehensive metabolic panel
- Prescription signed and dated by the ordering physician
If the additional information is not received within 14 business days, the request will
be denied as incomplete.
Sincerely,
Prior Authorization Department
""",
        ("prescription", "clinical_notes", "lab_results"),
    ),
    (
        "medical records not received, upload",
        (PREMERA,),
        """Evergreen Crest Health
February 3, 2026
Member: Lucan R. Ashdown    Member ID: ECH-88104527
Reference: UR-2026-014472
We have not received the medical records for this request. Please upload with the request:
- The physician's notes from the last two visits
- The member's response to previous treatment
If we don't receive the medical records within 2 days, we will deny your request.
Sincerely,
Utilization Review
""",
        ("clinical_notes", "medication_history"),
    ),
    (
        "forward copies: hospital records, list of medications",
        (SSA,),
        """Foxglove Assurance Company
Appeals and Grievances
March 16, 2026
Appeal number: AG-26-30418
Member: Imogen T. Vasquez-Bell    Member ID: FAC-52209184
Dear Dr. Pemberton,
To review the appeal, please forward copies of:
1. Hospital records from the admission of February 2026
2. A list of all medications the patient currently takes
Sincerely,
Appeals Coordinator
""",
        ("clinical_notes", "medication_history"),
    ),
    (
        "Part D supporting information: diagnosis, drugs tried, lab values",
        (NAVITUS,),
        """Northstar Rx Medicare Prescription Drug Plan
April 20, 2026
Enrollee: Bartholomew E. Okonjo    Member ID: NSR60193327
Case ID: CD-26-771204
We need more information from your prescriber to decide on your request:
- Diagnosis and ICD-10 code
- Drugs tried and the results of the drug trials
- Relevant lab values with dates
Sincerely,
Coverage Determination Unit
""",
        ("lab_results", "diagnosis", "medication_history"),
    ),
    (
        "check boxes: card and trough level checked",
        (ACCREDO, CHARTWELL),
        """Bluewater Medicaid Health Plan
May 4, 2026
Member: Cordelia S. Hargreave    Medicaid ID: BWM-330174562
Request for additional information
The items marked below must be submitted before we can make a decision:
[X] Copy of current insurance card (front and back)
[ ] Signed patient consent
[X] Most recent IgG trough level
[ ] Prescriber's letter of medical necessity
Sincerely,
Prior Authorization Department
""",
        ("insurance_card", "lab_results"),
    ),
    (
        "Spanish: favor de enviar notas médicas, estudios, receta",
        (SUNSHINE_ES, ABOGADOS),
        """Plan de Salud Río Sereno
20 de enero de 2026
Afiliado: Aurelio P. Montenegro    Número de afiliado: PRS-44120983
Su solicitud de autorización previa está pendiente. Para continuar la revisión, favor de
enviar:
- Notas médicas de la última visita
- Estudios de laboratorio recientes
- La receta firmada por su médico
Atentamente,
Departamento de Autorizaciones
""",
        ("prescription", "clinical_notes", "lab_results"),
    ),
    (
        "Spanish: documentos requeridos",
        (OSEN_ES, CHARTWELL),
        """Plan de Salud Río Sereno
2 de marzo de 2026
Afiliada: Celestina G. Ordóñez    Número de afiliado: PRS-44120999
Solicitud de información adicional
Documentos requeridos para completar la revisión:
- Copia de la tarjeta del seguro (ambos lados)
- Historial de tratamientos previos con inmunoglobulina
- Informe de la electromiografía
Atentamente,
Revisión Clínica
""",
        ("insurance_card", "diagnosis", "medication_history"),
    ),
    (
        "Spanish: Part D, medicamentos probados y valores de laboratorio",
        (MMM_ES,),
        """Plan Costa Azul Medicare Parte D
7 de abril de 2026
Miembro: Remedios A. Valdivia    Nº de miembro: PCA-30877412
Necesitamos información adicional de su médico para decidir sobre su solicitud:
- Los medicamentos que ya ha probado y sus resultados
- Valores de laboratorio pertinentes, con fechas
Atentamente,
Unidad de Determinaciones de Cobertura
""",
        ("lab_results", "medication_history"),
    ),
)

SECOND_DOCUMENTS: tuple[Probe, ...] = (
    (
        "Home infusion nursing visit note",
        (HOMECARE,),
        """Bluewater Home Infusion
SKILLED NURSING VISIT NOTE
Visit date: 01/20/2026    Patient: Cordelia S. Hargreave
Reason for visit: IV antibiotic teaching, PICC dressing change
Vital signs: T 36.9, BP 126/80, HR 82
PICC site clean, no redness; external length 2 cm; flushed without resistance.
Patient demonstrated the pump independently.
Nurse: Delia Forsythe, RN
""",
        ("clinical_notes",),
    ),
    (
        "Infusion therapy administration record",
        (HOMECARE,),
        """Bluewater Home Infusion
INFUSION THERAPY ADMINISTRATION RECORD
Patient: Cordelia S. Hargreave
Drug: ertapenem 1 g IV every 24 hours
Date       Time   Dose   Route   Site     Given by
01/20/26   0800   1 g    IV      PICC     DF
01/21/26   0805   1 g    IV      PICC     DF
01/22/26   0810   1 g    IV      PICC     self
""",
        ("medication_history",),
    ),
    (
        "CBC and CMP",
        (OASIS,),
        """Tidewater Clinical Laboratory
Patient: Cordelia S. Hargreave    Collected: 01/26/2026 07:40
COMPLETE BLOOD COUNT WITH DIFFERENTIAL
WBC 6.1 x10^3/uL   (4.0-11.0)
Hemoglobin 11.8 g/dL L   (12.0-16.0)
COMPREHENSIVE METABOLIC PANEL
Creatinine 0.9 mg/dL   (0.6-1.1)
ALT 22 U/L   (7-35)
""",
        ("lab_results",),
    ),
    (
        "Prior therapies summary",
        (CHARTWELL,),
        """Evergreen Neurology Clinic
SUMMARY OF PRIOR THERAPIES
Patient: Lucan R. Ashdown    DOB: 04/18/1961
Prednisone 60 mg daily, 03/2025-06/2025: partial response, stopped for hyperglycemia
Azathioprine 150 mg daily, 06/2025-11/2025: no improvement
Plasma exchange, 5 sessions, 12/2025: transient improvement
Prepared by: Rhea Calloway, NP
""",
        ("medication_history",),
    ),
    (
        "Problem list",
        (CHARTWELL,),
        """Evergreen Neurology Clinic
PROBLEM LIST
Patient: Lucan R. Ashdown
Active:
1. Chronic inflammatory demyelinating polyneuropathy (G61.81), onset 2024
2. Type 2 diabetes mellitus (E11.9)
3. Hypertension (I10)
Resolved: steroid-induced hyperglycemia
""",
        ("diagnosis",),
    ),
    (
        "Statement of medical necessity",
        (JANSSEN,),
        """Evergreen Neurology Clinic
March 2, 2026
Evergreen Crest Health - Utilization Review
STATEMENT OF MEDICAL NECESSITY
Patient: Lucan R. Ashdown, Member ID ECH-88104527
Mr. Ashdown has CIDP that has not responded to corticosteroids, azathioprine or plasma
exchange. Immune globulin at home every 3 weeks is medically necessary for him to keep
walking without assistance.
Rhea Calloway, NP for Jonas Whitfield, MD
""",
        ("medical_necessity",),
    ),
    (
        "Insurance verification form",
        (ACCREDO,),
        """Bluewater Home Infusion - Reimbursement
INSURANCE VERIFICATION
Patient: Cordelia S. Hargreave    Date verified: 01/14/2026
Payer: Bluewater Medicaid Health Plan    ID: BWM-330174562
Home infusion benefit: covered    Per diem: covered    Nursing: covered
Authorization required: yes, submitted 01/14/2026
Patient copay: $0
Verified by: Ansel Moreau, reimbursement specialist
""",
        ("benefits_verification",),
    ),
    (
        "Home infusion physician orders",
        (OASIS,),
        """Bluewater Internal Medicine
HOME INFUSION PHYSICIAN ORDERS
Patient: Cordelia S. Hargreave    DOB: 11/02/1955
Ertapenem 1 g IV every 24 hours for 14 days via PICC
Labs: CBC and CMP weekly, results to Dr. Whitcombe
Nursing: skilled nursing visit weekly for dressing change and labs
Physician signature: Lionel Whitcombe, MD    Date: 01/19/2026
""",
        ("prescription",),
    ),
    (
        "Spanish: nota de enfermería de visita domiciliaria",
        (HOMECARE,),
        """Infusiones Río Sereno
NOTA DE ENFERMERÍA - VISITA DOMICILIARIA
Fecha: 22/01/2026    Paciente: Aurelio P. Montenegro
Motivo: administración de antibiótico IV y curación del catéter
Signos vitales: T 36,7; PA 118/76; FC 74
Sitio del catéter sin enrojecimiento. Paciente tolera la infusión.
Enfermera: Rocío Almanza
""",
        ("clinical_notes",),
    ),
    (
        "Spanish: lista de problemas",
        (ABOGADOS,),
        """Clínica Río Sereno
LISTA DE PROBLEMAS
Paciente: Celestina G. Ordóñez
Activos:
1. Polineuropatía desmielinizante inflamatoria crónica (G61.81)
2. Hipotiroidismo (E03.9)
""",
        ("diagnosis",),
    ),
    (
        "Spanish: perfil farmacoterapéutico",
        (HOMECARE,),
        """Farmacia de Infusión Río Sereno
PERFIL FARMACOTERAPÉUTICO
Paciente: Aurelio P. Montenegro
Medicamentos activos:
ceftriaxona 2 g IV cada 24 horas (inicio 20/01/2026)
levotiroxina 50 mcg por vía oral diario
Suspendidos: cefazolina 2 g IV cada 8 horas
Alergias: penicilina
""",
        ("medication_history",),
    ),
    (
        "Spanish: hemograma completo",
        (ABOGADOS,),
        """Laboratorio Clínico del Río
Paciente: Aurelio P. Montenegro    Fecha de recolección: 27/01/2026
HEMOGRAMA COMPLETO
Leucocitos 7,2 x10^3/uL   (4,0-11,0)
Hemoglobina 13,1 g/dL   (13,0-17,0)
Plaquetas 251 x10^3/uL   (150-400)
""",
        ("lab_results",),
    ),
    (
        "Spanish: declaración de necesidad médica",
        (JANSSEN,),
        """Clínica Río Sereno
3 de marzo de 2026
DECLARACIÓN DE NECESIDAD MÉDICA
Paciente: Celestina G. Ordóñez, ID PRS-44120999
La paciente tiene una polineuropatía que no respondió a corticoides. La inmunoglobulina en
el hogar cada 3 semanas es médicamente necesaria para que conserve la marcha.
Dr. Julián Arriaga
""",
        ("medical_necessity",),
    ),
    (
        "Spanish: electromiografía",
        (ABOGADOS,),
        """Neurofisiología Clínica del Sur
INFORME DE ELECTROMIOGRAFÍA Y CONDUCCIÓN NERVIOSA
Fecha del estudio: 10/02/2026
Paciente: Celestina G. Ordóñez
Hallazgos: latencias distales prolongadas y bloqueos de conducción en nervios mediano y cubital.
Conclusión: hallazgos compatibles con polineuropatía desmielinizante inflamatoria crónica.
Dr. Ramiro Esquivel
""",
        ("diagnosis",),
    ),
)
