"""Request letters for ``item_probes.py``: what a plan or a pharmacy asks for, in the words
of real public documents (each probe names its sources), with invented people and numbers.

Each probe: (name, sources, text, expected requested_items). Labelled by the conventions of
shared/corpus/README.md: only listed or checked rows are requests; unchecked boxes are not.
"""

from __future__ import annotations

Probe = tuple[str, tuple[str, ...], str, tuple[str, ...]]

LETTERS: tuple[Probe, ...] = (
    (
        "pend letter, history and physical, consultation notes",
        (
            "https://per.nctracks.com/content/public/es/providers/provider-communications/"
            "2015-announcements/Requesting-Additional-Info-for-PA.html",
            "https://medicare.chpw.org/faq/what-documentation-do-i-need-to-submit-with-my-pa-request/",
        ),
        """Larkspur Valley Health Plan
Utilization Management Department
February 17, 2026
Request for Additional Information
Member: Odalys F. Brennecke
Member ID: LVH448120377
Reference: UM-26-0217-3381
Dear Dr. Amadi,
Your prior approval request for home immune globulin infusion has been placed in pend status.
The information below is needed to complete the review:
- Current history and physical examination notes that address the need for the service
- Relevant lab results
- Relevant specialty consultation notes
If the information requested is not received by March 3, 2026, the request will be denied.
Sincerely,
Prior Approval Unit
""",
        ("clinical_notes", "lab_results"),
    ),
    (
        "immune globulin precertification, office notes, prior immunoglobulin use",
        (
            "https://www.openpayer.com/policy-updates/aetna/clinical-medical/immunology-rheumatology/"
            "aetna-immunoglobulins-precertification-request",
            "https://www.fill.io/Pharmacy-Prior-Authorization-Request-Form-Cytokines-and-Cell",
        ),
        """Bramblewood Health Insurance Company
Precertification Unit
March 2, 2026
RE: Immunoglobulin therapy precertification request
Patient: Ignatius R. Vollmer    Member ID: BWH-20561884
Case number: PC-2026-104417
We are unable to complete our review because required documentation is missing.
Please send the following:
1. Office notes, labs and medical testing relevant to the request
2. Documentation of prior immunoglobulin use within the last 3 months
3. Pre-treatment IgG level
Incomplete requests may lead to denial or delay.
Sincerely,
Clinical Review Nurse
""",
        ("clinical_notes", "lab_results", "medication_history"),
    ),
    (
        "external infusion pump records, standard written order",
        (
            "https://med.noridianmedicare.com/web/jadme/article-detail/-/view/6547796/"
            "external-infusion-pumps-medical-record-documentation-requirements",
            "https://www.cgsmedicare.com/jb/claims/adr.html",
        ),
        """Harrow Point DME Medical Review
ADDITIONAL DOCUMENTATION REQUEST
Date of letter: 04/06/2026
Beneficiary: Perpetua N. Lindqvist
Medicare Number: 5TW4-QX8-LK27
Claim number: 26091000482301
The claim listed above was selected for review. To support the claim, submit the
following documentation:
- The standard written order (SWO) for the external infusion pump
- Medical records that address symptoms, diagnosis, duration of condition and clinical course
- Other therapeutic interventions tried and their results
Send your response within 45 days of the date of this letter.
Sincerely,
Medical Review Department
""",
        ("prescription", "clinical_notes", "diagnosis", "medication_history"),
    ),
    (
        "parenteral nutrition, enteral nutrition ruled out, nutrition care plan",
        (
            "https://verity.backworkai.com/policy/L38953",
            "https://medicare.fcso.com/node/9041",
            "https://genhealth.ai/policy/anthem-bluecross-ct/17aab0c9-cg-med-89-home-parenteral-nutrition",
        ),
        """Copperline Medicare Advantage Plan
Pharmacy and Home Infusion Review
May 11, 2026
Re: Home parenteral nutrition (TPN) - request for more information
Member: Wendeline O. Farquhar   Member ID: CMA900214476
Dear Provider,
We need the following to decide on this request:
- The treating practitioner's evaluation of the member within 30 days before the start
  of parenteral nutrition
- Documentation that enteral nutrition was considered and ruled out, or tried and found ineffective
- Serum albumin, sodium, potassium, phosphate and magnesium levels
- The written order with the nutritional prescription
Please fax these records to 555-0142.
Sincerely,
Utilization Review
""",
        ("prescription", "clinical_notes", "lab_results", "medication_history"),
    ),
    (
        "IV antibiotics, culture and sensitivity, infectious disease consult",
        (
            "https://docsbay.net/Prior-Authorization-Form-s1",
            "https://info.5y1.org/ny-state-medicaid-renewal_1_04456e.html",
        ),
        """Silverfern Community Health Plan
Medicaid Managed Care
06/03/2026
NOTICE: INFORMATION NEEDED FOR YOUR PRIOR AUTHORIZATION REQUEST
Enrollee: Thaddeus K. Oyelaran
Medicaid ID: SF55012873
Drug requested: daptomycin IV, 6 weeks, home infusion
Your request is missing information. Please submit:
- Culture and sensitivity results
- Infectious disease consult note
- Date of the last evaluation for this diagnosis and the notes from that visit
Processing may be delayed if the information submitted is illegible or incomplete.
Sincerely,
Pharmacy Prior Authorization
""",
        ("clinical_notes", "lab_results"),
    ),
    (
        "check boxes, some checked",
        (
            "https://www.uhcprovider.com/en/health-plans-by-state/texas-health-plans/tx-comm-plan-home/"
            "tx-cp-prior-auth/tx-pa-forms.html",
            "https://docslib.org/doc/9338936/subcutaneous-immune-globulin-scig",
        ),
        """Pinegrove Health Plan
July 7, 2026
Member: Anselm J. Kowalczyk    Member ID: PGH-7730418
Authorization request number: A-26-188204
Dear Member,
We received a prior authorization request from your doctor. The request lacks the
information we need to decide if it is medically necessary. The documentation checked
below needs to be submitted:
[x] Clinical notes from the last two visits
[ ] Lab results
[x] Letter of medical necessity
[x] Copies of the front and back of the member's insurance cards
[ ] Signed appointment of representative form
If the information is not provided within 3 business days of our request, the request may
be denied.
Sincerely,
Utilization Management
""",
        ("insurance_card", "clinical_notes", "medical_necessity"),
    ),
    (
        "Part D, prescriber supporting statement, CMS-1696",
        (
            "https://members.navitus.com/en-US/PA-Forms/CoverageDetermination.aspx",
            "https://www.peopleshealth.com/member-resources/"
            "request-for-medicare-prescription-drug-coverage-determination/",
        ),
        """Tidewell Rx Medicare Part D
August 4, 2026
Enrollee: Marisela T. Undset    Member ID: TRX31007724
Case ID: CD-2026-558127
Request for additional information about your coverage determination request
To finish our review of your request for an exception, we still need:
- A statement from your prescriber supporting the request
- Documentation showing the authority to represent the enrollee (a completed
  Appointment of Representative Form CMS-1696 or a written equivalent)
If we do not receive this information, we will decide using the information we have.
Sincerely,
Coverage Determinations
""",
        ("medical_necessity", "signed_forms"),
    ),
    (
        "IVIG form, trough levels, titers, infusion records, immunology consult",
        (
            "https://docplayer.net/amp/21782452-Ivig-intravenous-immune-globulin-scig-subcutaneous-immune-globulin.html",
            "https://www.chartwellpa.com/healthcareprofessionals/immunoglobulin-medicare-guidelines.asp",
        ),
        """Kestrelmoor Pharmacy Services
Prior Authorization - IVIG / SCIG
September 9, 2026
Patient: Rosalind E. Achebe-Morrow    Plan ID: KPS-660183245
Missing information makes it difficult to approve requests and creates a longer processing
time. We are missing:
- IgG trough levels from the last 6 months
- Pneumococcal vaccine response titers
- Infusion records for the last six months (dates, product, dose)
- Immunology consult note
Please fax the records to 555-0188.
Sincerely,
Clinical Pharmacist
""",
        ("clinical_notes", "lab_results", "medication_history"),
    ),
    (
        "biologic, TB test, medications tried and failed, chart notes",
        (
            "https://docest.com/doc/504982/remicade-infliximab-immune-modulator",
            "https://www.fill.io/Pharmacy-Prior-Authorization-Request-Form-Cytokines-and-Cell",
        ),
        """Harborlight Health
Specialty Drug Review
October 13, 2026
Re: infliximab (home infusion) - additional documentation required
Member: Leopold A. Nakashima-Reyes    ID: HLH-55731902
Please attach the following to the request:
* Tuberculin skin test or QuantiFERON result before starting therapy
* What medication(s) the member has tried and failed for this diagnosis, with dates
* Chart notes documenting current disease activity
Forms without the chart notes will be returned.
Sincerely,
Pharmacy Clinical Review
""",
        ("clinical_notes", "lab_results", "medication_history"),
    ),
    (
        "home infusion intake, still needed for the referral",
        (
            "https://oasishp.net/referral-tip-sheet",
            "https://www.medstarhealth.org/homecare/refer-a-patient/",
            "https://docslib.org/doc/9338936/subcutaneous-immune-globulin-scig",
        ),
        """Juniper Ridge Health Plan
Home Infusion Case Management
Fax to: Dr. Okafor's office
11/02/2026
Patient: Casimir V. Delacroix-Hale
Referral for: vancomycin IV via PICC
To complete the referral we still need:
- Medication profile
- Hospital discharge summary
- History and physical
- Signed physician's order with medication, dose, frequency and duration
- Copies of the front and back of the patient's insurance cards
Thank you for the referral.
Intake Coordinator
""",
        ("prescription", "insurance_card", "clinical_notes", "medication_history"),
    ),
    (
        "records covering a period: laboratory findings, treatment and response",
        ("http://pomsreference.org/poms/lnx/0900705770",),
        """Ridgecrest Assurance
Appeals Unit
December 1, 2026
Appeal number: AP-2026-77104
Member: Ysolde M. Farrant    Member ID: RCA-40918853
Dear Dr. Lindgren,
Your patient has appealed our decision. Please send the information requested below,
covering the period from June 1, 2026 to November 30, 2026:
- Progress notes
- Laboratory findings
- Treatment prescribed and the response
- Diagnosis and prognosis
Sincerely,
Appeals Coordinator
""",
        ("clinical_notes", "lab_results", "diagnosis", "medication_history"),
    ),
    (
        "Spanish: medical records, test results, medications tried",
        ("https://www-es.sunshinehealth.com/members/cms/resources/Prior-Authorization.html",),
        """Plan de Salud Arroyo Claro
Departamento de Autorizaciones
3 de febrero de 2026
Afiliado: Evaristo J. Quintanilla    Número de afiliado: ACL-30218876
Asunto: Solicitud de información adicional
Estimado Dr. Mondragón:
Recibimos la solicitud de autorización previa para su paciente. Para completar la revisión,
envíenos lo siguiente:
- Copias de los registros médicos
- Resultados de pruebas
- Qué medicamentos ha probado el paciente
Atentamente,
Unidad de Revisión Clínica
""",
        ("clinical_notes", "lab_results", "medication_history"),
    ),
    (
        "Spanish: notas de evolución, IgG, CIE-10, carta de necesidad médica",
        (
            "https://es.parklandhealthplan.com/proveedores/previa-autorizacion/",
            "https://nuevaweb.osensalud.com.ar/atencion-al-afiliado/informacion-para-afiliados-con-discapacidad/"
            "renovacion-de-prestaciones/",
        ),
        """Salud Mesa Alta
Revisión de utilización
17 de marzo de 2026
Miembro: Rosaura E. Villalpando    ID de miembro: SMA-72260194
Número de caso: UR-26-031704
A su solicitud de autorización previa le falta documentación para determinar la
necesidad médica. Falta la siguiente documentación:
- Notas de evolución de las dos últimas consultas
- Niveles de IgG antes del tratamiento
- Código de diagnóstico CIE-10
- Carta de necesidad médica firmada por el médico
Atentamente,
Departamento de Autorizaciones
""",
        ("clinical_notes", "lab_results", "diagnosis", "medical_necessity"),
    ),
    (
        "Spanish: representative form and prescriber statement",
        (
            "https://studylib.es/doc/5817073/rxm15-04-h5441-1-standard-coverage-determination-request",
            "https://mmmpr.com/planes-medicos/determinaciones-cubierta",
        ),
        """Farmacia Plan Verano Medicare Parte D
8 de abril de 2026
Miembro: Teófilo A. Barrientos    Nº de identificación del miembro: FPV-81100437
Solicitud de determinación de cobertura - necesitamos más información
Para tomar una decisión sobre su solicitud de excepción, necesitamos:
- La declaración escrita del médico que receta que indique que el medicamento es
  médicamente necesario
- Documentación que demuestre la facultad para representar al miembro (Formulario CMS-1696
  de Autorización de Representación completo)
Atentamente,
Departamento de Determinaciones de Cobertura
""",
        ("medical_necessity", "signed_forms"),
    ),
    (
        "Spanish: resumen de historia clínica, prescripción médica, check boxes",
        (
            "https://nuevaweb.osensalud.com.ar/atencion-al-afiliado/informacion-para-afiliados-con-discapacidad/"
            "renovacion-de-prestaciones/",
            "https://ipsst.gov.ar/prestaciones-de-salud/prestaciones-basicas/practicas-ambulatorias/"
            "oxigenoterapia-domiciliaria/08001224777",
        ),
        """Plan de Salud Valle Verde
Administración de casos - infusión en el hogar
12 de mayo de 2026
Afiliada: Herminia L. Sotomayor    ID de afiliado: VVS-55019283
Asunto: Documentos pendientes para iniciar la terapia de infusión en el hogar
Para iniciar el servicio, se necesita la documentación marcada:
[x] Resumen de historia clínica actualizado
[x] Prescripción médica firmada (medicamento, dosis, frecuencia)
[ ] Resultados de laboratorio
[x] Lista de medicamentos actuales
Atentamente,
Coordinación de Admisiones
""",
        ("prescription", "clinical_notes", "medication_history"),
    ),
)
