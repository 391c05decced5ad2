"""Documents for ``item_probes.py``: what a case folder holds, titled the way real ones are
(each probe names its sources), with invented people and numbers.

Each probe: (name, sources, text, expected fulfills), labelled by shared/corpus/README.md:
visit, consult, discharge and nursing notes -> clinical_notes; lab reports -> lab_results;
problem list / diagnosis summary / diagnostic study -> diagnosis; medication history,
medication profile and the infusion administration record -> medication_history; letters of
medical necessity -> medical_necessity; benefits-verification results ->
benefits_verification; orders -> prescription.
"""

from __future__ import annotations

from _item_probe_letters import Probe

NHIA = "http://www.nhia.org/virtualtour/slide3.htm"
OASIS = "https://oasishp.net/referral-tip-sheet"
HOMECARE = "https://docest.com/doc/688213/6-28-coordination-of-home-infusion-therapy-with-the-home-infusion-provider"
CHPW = "https://medicare.chpw.org/faq/what-documentation-do-i-need-to-submit-with-my-pa-request/"
JANSSEN = "https://www.janssencarepath.com/hcp/remicade/insurance-coverage/prior-authorization-exceptions-appeals"
PN_LCD = "https://verity.backworkai.com/policy/L38953"
ANTHEM_PN = (
    "https://genhealth.ai/policy/anthem-bluecross-ct/17aab0c9-cg-med-89-home-parenteral-nutrition"
)
CHARTWELL = (
    "https://www.chartwellpa.com/healthcareprofessionals/immunoglobulin-medicare-guidelines.asp"
)
EIP = (
    "https://med.noridianmedicare.com/web/jadme/article-detail/-/view/6547796/"
    "external-infusion-pumps-medical-record-documentation-requirements"
)
MAINE = "https://docsbay.net/Prior-Authorization-Form-s1"
CMS_ES = "https://es.medicare.gov/claims-appeals/file-an-appeal/medicare-prescription-drug-coverage-appeals"
ABOGADOS = "https://abogadosdelconsumidor.com.mx/tag/documentacion-reclamo-medico"

DOCUMENTS: tuple[Probe, ...] = (
    (
        "History and Physical",
        (OASIS, CHPW),
        """Westbrook Regional Medical Center
HISTORY AND PHYSICAL
Patient: Odalys F. Brennecke    MRN: 00481273    DOB: 02/14/1968
Admission date: 01/28/2026    Attending: Kofi Amadi, MD
Chief complaint: recurrent pneumonia, fatigue
History of present illness: 57-year-old woman with common variable immunodeficiency
admitted with right lower lobe pneumonia, third episode in twelve months.
Past medical history: CVID (D83.9), bronchiectasis.
Physical exam: T 38.4, HR 104, crackles right base.
Assessment and plan: pneumonia in CVID; IV ceftriaxone; immunology to resume IVIG.
""",
        ("clinical_notes",),
    ),
    (
        "Progress Note",
        (CHPW,),
        """Sandpiper Allergy & Immunology
PROGRESS NOTE
Date of service: 02/10/2026
Patient: Ignatius R. Vollmer    DOB: 07/02/1959
Subjective: two sinus infections since last visit, one course of oral antibiotics.
Objective: afebrile, lungs clear, no lymphadenopathy.
Assessment: hypogammaglobulinemia with recurrent sinopulmonary infections.
Plan: start subcutaneous immune globulin; trough IgG in 8 weeks.
Electronically signed by Helena Strand, MD
""",
        ("clinical_notes",),
    ),
    (
        "Infusion Flowsheet",
        (HOMECARE, NHIA),
        """Juniper Ridge Home Infusion
INFUSION FLOWSHEET
Patient: Rosalind E. Achebe-Morrow    DOB: 09/30/1975
Product: immune globulin 10%    Lot: G7731A    Dose: 35 g
Date: 03/12/2026   Start 09:05   Rate 60 mL/h
09:35 rate 120 mL/h   BP 118/72  HR 76  T 36.8
10:05 rate 240 mL/h   BP 120/74  HR 78
Infusion complete 11:40. No reaction. Site WNL. Flush 10 mL NS.
RN: Priya Langford, RN
""",
        ("medication_history",),
    ),
    (
        "Medication Administration Record",
        (HOMECARE,),
        """Harbor Home Health
MEDICATION ADMINISTRATION RECORD (MAR)
Patient: Thaddeus K. Oyelaran    DOB: 11/23/1962
Month: June 2026
Medication: daptomycin 500 mg IV every 24 hours via PICC
06/04  0900  given  RN initials KL
06/05  0900  given  RN initials KL
06/06  0910  given  RN initials MT
Allergies: penicillin (rash)
""",
        ("medication_history",),
    ),
    (
        "Immunology consult",
        (CHPW, CHARTWELL),
        """Northgate Clinic - Division of Clinical Immunology
IMMUNOLOGY CONSULTATION
Date: 12/04/2025
Referring physician: Kofi Amadi, MD
Patient: Rosalind E. Achebe-Morrow    DOB: 09/30/1975
Reason for consultation: recurrent bacterial infections, low IgG.
History: four courses of antibiotics in the past year, one hospital admission.
Impression: primary antibody deficiency, poor response to pneumococcal vaccine.
Recommendations: immune globulin replacement 0.4 g/kg every 4 weeks.
""",
        ("clinical_notes",),
    ),
    (
        "IgG trough level",
        (CHARTWELL,),
        """Clearwater Reference Laboratories
Patient: Ignatius R. Vollmer    DOB: 07/02/1959
Collected: 04/07/2026 08:12    Received: 04/07/2026    Reported: 04/08/2026
Ordering provider: Helena Strand, MD
TEST                         RESULT    FLAG   REFERENCE RANGE
Immunoglobulin G, trough     612       L      700-1600 mg/dL
Immunoglobulin A             41        L      70-400 mg/dL
Immunoglobulin M             22        L      40-230 mg/dL
""",
        ("lab_results",),
    ),
    (
        "Nutrition assessment",
        (PN_LCD, ANTHEM_PN),
        """Meadowlark Home Infusion - Nutrition Support Service
NUTRITION ASSESSMENT
Date: 05/06/2026
Patient: Wendeline O. Farquhar    DOB: 03/19/1950
Diagnosis: short bowel syndrome after small bowel resection
Weight 48.2 kg (usual 56 kg), 14% loss in 3 months. BMI 17.9.
Estimated needs: 25-30 kcal/kg/day, protein 1.2-1.5 g/kg/day.
Enteral feeding trial failed: high output, dehydration.
Recommendation: begin home parenteral nutrition; weekly labs.
Registered Dietitian: Colm Treadwell, RD
""",
        ("clinical_notes",),
    ),
    (
        "Letter of Medical Necessity",
        (JANSSEN,),
        """Sandpiper Allergy & Immunology
April 14, 2026
Pinegrove Health Plan
Attn: Utilization Management
Re: Letter of Medical Necessity - Anselm J. Kowalczyk, Member ID PGH-7730418
To whom it may concern,
I am writing on behalf of my patient to document the medical necessity of subcutaneous
immune globulin. He has a primary antibody deficiency with recurrent pneumonia despite
prophylactic antibiotics. Treatment is medically necessary to prevent further infections.
Sincerely,
Helena Strand, MD
""",
        ("medical_necessity",),
    ),
    (
        "Benefits Investigation Summary",
        (JANSSEN,),
        """Beacon Access Support Hub
BENEFITS INVESTIGATION SUMMARY
Date completed: 02/02/2026
Patient: Leopold A. Nakashima-Reyes
Primary insurance: Harborlight Health    Member ID: HLH-55731902
Product: infliximab    Site of care: home infusion
Coverage: medical benefit. Prior authorization required: yes.
Deductible: $1,500 (met $420). Coinsurance after deductible: 20%.
Out-of-pocket maximum: $6,000.
Next steps: the prescriber's office submits the prior authorization.
""",
        ("benefits_verification",),
    ),
    (
        "Culture and sensitivity",
        (MAINE,),
        """Westbrook Regional Medical Center - Microbiology
Patient: Thaddeus K. Oyelaran    MRN: 00592017
Specimen: blood culture, 2 of 2 bottles    Collected: 05/29/2026 22:40
CULTURE AND SENSITIVITY
Organism: Enterococcus faecium, vancomycin resistant (VRE)
Antibiotic        MIC     Interpretation
Ampicillin        >16     R
Vancomycin        >32     R
Daptomycin        2       S
Linezolid         1       S
Final report: 06/01/2026
""",
        ("lab_results",),
    ),
    (
        "Medication profile",
        (OASIS, HOMECARE),
        """Juniper Ridge Home Infusion Pharmacy
MEDICATION PROFILE
Patient: Casimir V. Delacroix-Hale    DOB: 01/05/1949
Updated: 11/03/2026
Active medications:
vancomycin 1250 mg IV every 12 hours - start 11/02/2026
metoprolol tartrate 25 mg by mouth twice daily
apixaban 5 mg by mouth twice daily
Discontinued: cefazolin 2 g IV every 8 hours (stopped 10/30/2026)
Allergies: sulfa
""",
        ("medication_history",),
    ),
    (
        "Nerve conduction study",
        (EIP,),
        """Lakeview Neurology Associates
ELECTRODIAGNOSTIC REPORT - NERVE CONDUCTION STUDY AND EMG
Date of study: 08/19/2026
Patient: Marisela T. Undset    DOB: 06/11/1966
Findings: prolonged distal latencies and conduction block in the median and ulnar nerves;
reduced recruitment in distal muscles.
Interpretation: findings are consistent with chronic inflammatory demyelinating
polyradiculoneuropathy (CIDP).
Electromyographer: Anton Bell, MD
""",
        ("diagnosis",),
    ),
    (
        "Discharge summary",
        (OASIS,),
        """Westbrook Regional Medical Center
DISCHARGE SUMMARY
Patient: Casimir V. Delacroix-Hale    MRN: 00773104
Admitted: 10/26/2026    Discharged: 11/01/2026
Discharge diagnosis: MRSA bacteremia, right knee septic arthritis
Hospital course: washout on 10/27, PICC placed 10/30, ID followed.
Discharge medications: vancomycin IV, dose by pharmacy, 6 weeks via home infusion.
Follow-up: infectious disease clinic in 1 week.
""",
        ("clinical_notes",),
    ),
    (
        "Standard written order",
        (PN_LCD, EIP),
        """Copperline Medical Group
STANDARD WRITTEN ORDER (SWO)
Beneficiary: Wendeline O. Farquhar    Medicare ID: 7QK2-HV5-MN81
Order date: 05/08/2026
Item: parenteral nutrition solution, amino acid 2000 mL daily; lipids 250 mL 3 times weekly
Quantity: 30 days    Refills: 5
Infusion pump: E0779
Treating practitioner: Noor Haddad, MD    NPI 1234567890
Signature: Noor Haddad, MD
""",
        ("prescription",),
    ),
    (
        "Spanish: historia clínica y examen físico",
        (ABOGADOS,),
        """Hospital San Rafael del Valle
HISTORIA CLÍNICA Y EXAMEN FÍSICO
Paciente: Evaristo J. Quintanilla    Expediente: 558120
Fecha de ingreso: 15/01/2026
Motivo de consulta: fiebre y tos productiva de cinco días.
Enfermedad actual: tercer episodio de neumonía en un año; inmunodeficiencia común variable.
Examen físico: temperatura 38,6; estertores en base derecha.
Impresión diagnóstica y plan: neumonía; antibiótico intravenoso; reanudar inmunoglobulina.
""",
        ("clinical_notes",),
    ),
    (
        "Spanish: nota de evolución",
        (ABOGADOS,),
        """Clínica de Inmunología Los Álamos
NOTA DE EVOLUCIÓN
Fecha: 02/03/2026
Paciente: Rosaura E. Villalpando
S: dos infecciones respiratorias desde la última visita.
O: afebril, pulmones limpios.
A: hipogammaglobulinemia con infecciones recurrentes.
P: iniciar inmunoglobulina subcutánea; control de IgG en 8 semanas.
Dra. Inés Carvajal
""",
        ("clinical_notes",),
    ),
    (
        "Spanish: registro de administración de medicamentos",
        (HOMECARE,),
        """Infusiones a Domicilio Valle Verde
REGISTRO DE ADMINISTRACIÓN DE MEDICAMENTOS
Paciente: Herminia L. Sotomayor
Mes: mayo de 2026
Medicamento: ceftriaxona 2 g IV cada 24 horas
14/05  09:00  administrado  enfermera: R.M.
15/05  09:10  administrado  enfermera: R.M.
16/05  09:05  administrado  enfermera: L.P.
Alergias: ninguna conocida
""",
        ("medication_history",),
    ),
    (
        "Spanish: hoja de infusión",
        (HOMECARE, NHIA),
        """Infusiones a Domicilio Valle Verde
HOJA DE INFUSIÓN
Paciente: Teófilo A. Barrientos
Producto: inmunoglobulina 10%   Lote: K2290B   Dosis: 30 g
Fecha: 10/04/2026   Inicio 10:00   Velocidad 60 mL/h
10:30 velocidad 120 mL/h   PA 122/78   FC 80
Infusión terminada 12:15. Sin reacciones.
Enfermera: Lucía Paredes
""",
        ("medication_history",),
    ),
    (
        "Spanish: consulta de inmunología",
        (ABOGADOS,),
        """Centro Médico del Norte - Servicio de Inmunología Clínica
NOTA DE CONSULTA DE INMUNOLOGÍA
Fecha: 20/02/2026
Paciente: Rosaura E. Villalpando
Motivo de consulta: infecciones bacterianas recurrentes e IgG baja.
Impresión: deficiencia primaria de anticuerpos.
Recomendaciones: reemplazo con inmunoglobulina cada 4 semanas.
Dr. Esteban Ruiz
""",
        ("clinical_notes",),
    ),
    (
        "Spanish: nivel de IgG",
        (CHARTWELL,),
        """Laboratorio Clínico Santa Lucía
Paciente: Rosaura E. Villalpando
Fecha de recolección: 05/03/2026    Fecha del informe: 06/03/2026
PRUEBA                       RESULTADO   VALORES DE REFERENCIA
Inmunoglobulina G (nivel mínimo)  388    700-1600 mg/dL
Inmunoglobulina A                 35     70-400 mg/dL
""",
        ("lab_results",),
    ),
    (
        "Spanish: evaluación nutricional",
        (PN_LCD, ANTHEM_PN),
        """Servicio de Apoyo Nutricional - Infusiones Valle Verde
EVALUACIÓN NUTRICIONAL
Fecha: 12/05/2026
Paciente: Herminia L. Sotomayor
Diagnóstico: síndrome de intestino corto
Peso 45 kg (habitual 52 kg), pérdida de 13% en 3 meses.
Requerimientos estimados: 25-30 kcal/kg/día; proteína 1,2-1,5 g/kg/día.
Recomendación: nutrición parenteral en el hogar.
Nutricionista: Marta Olivares
""",
        ("clinical_notes",),
    ),
    (
        "Spanish: carta de necesidad médica",
        (JANSSEN, CMS_ES),
        """Clínica de Inmunología Los Álamos
14 de abril de 2026
Salud Mesa Alta
Asunto: Carta de necesidad médica - Rosaura E. Villalpando, ID SMA-72260194
A quien corresponda:
Le escribo en apoyo de la cobertura de inmunoglobulina subcutánea para mi paciente, que
tiene una deficiencia primaria de anticuerpos con neumonías repetidas. En mi opinión médica
este tratamiento es necesario para evitar nuevas infecciones.
Atentamente,
Dra. Inés Carvajal
""",
        ("medical_necessity",),
    ),
    (
        "Spanish: resumen de verificación de beneficios",
        (JANSSEN,),
        """Infusiones a Domicilio Valle Verde
RESUMEN DE VERIFICACIÓN DE BENEFICIOS
Fecha: 02/05/2026
Paciente: Herminia L. Sotomayor
Seguro: Plan de Salud Valle Verde    ID de afiliado: VVS-55019283
Servicio: terapia de infusión en el hogar
Requiere autorización previa: sí.
Deducible: $500 (pagado $120). Coseguro: 20%.
Lo que usted pagará por visita de enfermería: $35.
""",
        ("benefits_verification",),
    ),
)
