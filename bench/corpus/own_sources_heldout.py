"""Public documents followed by the HELD-OUT part of our own corpus (key -> title, address).

Helpers writing reading rules must not read this module (see README.md).
"""

from __future__ import annotations

HELDOUT_SOURCES = {
    # ---------------------------------------------------------------- HELD-OUT case A
    "ha_neuro_note": (
        "IVIG protocol - indications and pharmacy review for CIDP - CIDPUSA.org",
        "http://cidpusa.org/ivig_protocl.htm",
    ),
    "ha_emg": (
        "Using and interpreting electrodiagnostic tests (nerve conduction studies, needle "
        "electrode examination) - Cleveland Clinic Journal of Medicine 87(11):671",
        "https://www.ccjm.org/content/87/11/671.full.txt",
    ),
    "ha_ivig_order": (
        "Intravenous Immune Globulin (IVIG) Order Form (indication check boxes, premedication) "
        "- studyres",
        "https://studyres.com/doc/8009279/intravenous-immune-globulin--ivig--order-form",
    ),
    "ha_nursing_orders": (
        "IVIG dose/interval order sheet (indication, standard infusion rate, renal "
        "precautions) - studyres",
        "https://studyres.com/doc/6558262/dose-interval-dose-interval",
    ),
    "ha_lab": (
        "QuantiFERON / test menu entry format (methodology, reported, sample type) - UCSF "
        "Clinical Laboratories test menu",
        "https://testmenu.com/UCSFClinLab/Tests/812480",
    ),
    "ha_med_profile": (
        "IVIg recommendations: indication, diagnoses, dosage, site of care (table) - P&T "
        "journal, PMC3171818",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC3171818/table/t8-ptj36_8s2",
    ),
    "ha_abn": (
        "Advance Beneficiary Notice of Noncoverage (ABN), Form CMS-R-131: options 1-3, "
        "estimated cost - Medicare.gov",
        "https://www.medicare.gov/claims-appeals/your-medicare-rights/advance-beneficiary-"
        "notice-of-noncoverage",
    ),
    "ha_bv": (
        "Specialty drug access journey: benefits investigation and patient cost - Neon Health",
        "https://neonhealth.com/blog/specialty-drug-access-journey-complete-guide",
    ),
    "ha_welcome": (
        "Maximizing the Specialty Pharmacy Onboarding Experience for Patients - Pharmacy Times",
        "https://www.pharmacytimes.com/view/maximizing-the-specialty-pharmacy-onboarding-"
        "experience-for-patients",
    ),
    "ha_pd_info_request": (
        "Request for Medicare Prescription Drug Coverage Determination - supporting "
        "information for prior authorization - Express Scripts Medicare",
        "https://www.express-scripts.com/consumer/site/coveragereviewdetermination?wform=medicare",
    ),
    "ha_pd_denial": (
        "Notice of Denial of Medicare Prescription Drug Coverage, Form CMS-10146 (OMB "
        "0938-0976), information collection 201312-0938-013 - omb.report",
        "https://omb.report/icr/201312-0938-013",
    ),
    "ha_redet_request": (
        "Request for Medicare Prescription Drug Coverage Determination / redetermination form "
        "fields (enrollee, requestor, drug, reasons) - moam.info copy of the model form",
        "https://m.moam.info/request-for-medicare-prescription-drug-coverage-determination_"
        "59bb51fe1723dddbc635b21e.html",
    ),
    "ha_supporting": (
        "Medicare Part D Prescription Drug Coverage guide: the prescriber's statement for "
        "exceptions and appeals - Kentucky Justice (Guide to Medicare Part D)",
        "https://kyjustice.org/guide-medicare-part-d-my-part-d-plan-denied-coverage-my-drug-"
        "how-do-i-find-out-why-i-was-denied",
    ),
    "ha_redet_ack": (
        "Redetermination by the Part D Plan Sponsor (65 days to request, 7-day / 72-hour "
        "decisions) - HHS guidance document",
        "https://hhs.gov/guidance/document/redetermination-part-d-plan-sponsor",
    ),
    "ha_redet_approval": (
        "Redetermination by the Part D Plan Sponsor - CMS Medicare appeals page",
        "http://www.cms.gov/Medicare/Appeals-and-Grievances/MedPrescriptDrugApplGriev/"
        "Redetermination.html",
    ),
    "ha_fwd_text": (
        "If Your Medicare Part D Claim Is Denied (coverage determinations, representatives) - "
        "California Health Advocates",
        "https://cahealthadvocates.org/appeals/if-your-medicare-part-d-prescription-drug-"
        "coverage-claim-is-denied/",
    ),
    "ha_nurse_note": (
        "Thorough documentation and handling of abnormal vital signs during infusions - HHC "
        "Resources director's desk",
        "https://www.hhc-resources.com/director-s-desk-announcements-1/thorough-documentation-"
        "and-handling-of-abnormal-vital-signs",
    ),
    "ha_medicare_card": (
        "Understanding Your Medicare Card (Medicare Number, Part A/B, coverage start dates) - "
        "Health Choice",
        "https://www.healthchoiceinc.org/your-medicare-card",
    ),
    "ha_pd_card": (
        "A Breakdown of a Sample Insurance Card (member ID, group, RxBIN/PCN) - winenfood",
        "https://winenfood.com/a-breakdown-of-a-sample-insurance-card",
    ),
    "ha_formulary": (
        "Medicare Part D Transition Process / formulary requirements (PA, QL, B/D) - Scott and "
        "White Health Plan",
        "https://advantage.swhp.org/en-us/transition-policy",
    ),
    "ha_msn": (
        "How to Read Your Part B Medicare Summary Notice (full text decoder) - AARP",
        "http://www.aarp.org/health/medicare-insurance/info-05-2011/text-how-to-read-your-part-"
        "b-MSN.html",
    ),
    "ha_pd_eob": (
        "Part D EOB Exhibit B: examples of Section 1, list of prescriptions (model EOB) - "
        "omb.report ICR 202412-0938-003",
        "https://omb.report/icr/202412-0938-003/doc/150177300",
    ),
    "ha_pap": (
        "What is a Patient Assistance Program? (eligibility, approval, 12-month enrollment) - "
        "Texas Cares Rx",
        "https://www.txcaresrx.org/en-US/Program-Services/About-Patient-Assistance-Program",
    ),
    "ha_poc": (
        "Consent for Care and Treatment / home health plan of care - National Home Healthcare",
        "https://nationalhhc.com/consent/",
    ),
    "ha_pool": (
        "Membership application and contract template (definition, key elements) - DocHub",
        "https://www.dochub.com/fillable-form/243933-images-template-wp-contentuploadsgym-"
        "fitness-center-membership-application-contract-printable",
    ),
    "ha_heap": (
        "Home Energy Assistance Program (HEAP) - MaineHousing",
        "https://www.mainehousing.org/programs-services/energy/energydetails/home-energy-"
        "assistance-program",
    ),
    "ha_flyer": (
        "Community meals: bean suppers at churches and Grange halls (notice format) - Sun Journal",
        "https://www.sunjournal.com/2019/05/30/community-meals-18-3/",
    ),
    "ha_registration": (
        "How to renew a license plate sticker (renewal notice, receipt, sticker by mail) - "
        "Autos Analysis",
        "http://www.autosanalysis.com/auto/how-to-renew-a-license-plate-sticker.html",
    ),
    # ---------------------------------------------------------------- HELD-OUT case B
    "hb_op_report": (
        "Navigating Home Care: Parenteral Nutrition - Part Two (case: jejunum length after "
        "resection, Medicare criteria) - Practical Gastroenterology series #11",
        "https://docslib.org/doc/495327/navigating-home-care-parenteral-nutrition-part-two",
    ),
    "hb_discharge": (
        "H&P Template: Your Comprehensive Guide to History and Physical Documentation - Healos",
        "https://healos.ai/blog/h-and-p-template",
    ),
    "hb_nutrition_visit": (
        "Home parenteral nutrition: transition to home, medical necessity documentation - "
        "Winkler & Guenter, Nursing (NursingCenter)",
        "https://www.nursingcenter.com/journalarticle?Article_ID=2581312&Journal_ID=237151&"
        "Issue_ID=2580866",
    ),
    "hb_pn_order": (
        "Adult TPN order form (rate, cycling, solution, additives) - Mass General Brigham "
        "clinical help",
        "https://clinicalhelp.mgb.org/orderEntry/tpnAdultOpenForm_539.htm",
    ),
    "hb_pump_order": (
        "HCPCS S9368 home infusion therapy, total parenteral nutrition - GenHealth code page",
        "https://genhealth.ai/code/hcpcs/S9368-home-infusion-therapy-total-parenteral-nutrition",
    ),
    "hb_lab": (
        "Essentials for Home Initiation of Parenteral Nutrition (refeeding risk, monitoring "
        "labs) - Ireton-Jones & Snyder",
        "https://cupdf.com/document/essentials-for-home-initiation-of-parenteral-significant-"
        "risk-for-refeeding-syndrome.html",
    ),
    "hb_dietitian": (
        "Parenteral Nutrition - Assess (clinical, anthropometric, requirements, biochemical "
        "data) - Diet Modifications, Toronto Metropolitan University Pressbooks",
        "https://pressbooks.library.ryerson.ca/dietmods/chapter/pn-assess/",
    ),
    "hb_bv": (
        "Total Parenteral Nutrition - candidates, access, home labs - Chartwell PA",
        "https://chartwellpa.com/infusion/total-parenteral-nutrition.asp",
    ),
    "hb_ma_info_request": (
        "What documentation do I need to submit with my PA request? - Community Health Plan of "
        "Washington Medicare",
        "https://medicare.chpw.org/faq/what-documentation-do-i-need-to-submit-with-my-pa-request/",
    ),
    "hb_ndmc": (
        "Notice of Denial of Medical Coverage, Form CMS-10003-NDMC (model notice text) - "
        "omb.report ICR 201106-0938-016",
        "https://omb.report/icr/201106-0938-016/doc/25534501",
    ),
    "hb_idn": (
        "CY 2020 South Carolina Integrated Denial Notice (IDN) model for Medicare-Medicaid plans",
        "https://info.5y1.org/south-carolina-healthy-connections-medicaid_1_b899e2.html",
    ),
    "hb_p2p": (
        "Peer-to-Peer Review Requests (five business days after the adverse determination, "
        "not an appeal) - Health Net California provider manual",
        "https://providerlibrary.healthnetcalifornia.com/medi-cal/provider-manual/dispute-"
        "resolution-appeals/Peer-to-Peer-Review-Requests.html",
    ),
    "hb_recon_request": (
        "Medicare Advantage pre-service standard appeals (Notice of Denial of Medical Coverage, "
        "60/65 days, fast appeals) - Medicare Interactive",
        "https://www.medicareinteractive.org/get-answers/medicare-denials-and-appeals/medicare-"
        "advantage-appeals/medicare-advantage-pre-service-standard-appeals",
    ),
    "hb_appeal_info_request": (
        "Reconsideration by the Medicare Advantage (Part C) Health Plan - CMS",
        "http://www.cms.gov/Medicare/Appeals-and-Grievances/MMCAG/PartCRecon.html",
    ),
    "hb_lmn": (
        "Medical necessity letter template (condition and severity, why alternatives are "
        "insufficient) - AppealRx",
        "https://www.appealrx.tech/medical-necessity-letter-template",
    ),
    "hb_recon_approval": (
        "Reconsideration by the Medicare Advantage (Part C) Health Plan (Spanish-site copy, "
        "decision timeframes) - CMS",
        "https://cms.gov/es/node/172521",
    ),
    "hb_portal_msg": (
        "CASP Module 10, Section 3: Patient Onboarding & Consent Workflows - pharmacystandards",
        "https://pharmacystandards.org/casp/section-10-3-patient-onboarding-and-consent-workflows/",
    ),
    "hb_hh_auth": (
        "Medication Administration Site of Care - CAM 173 (alternative sites, home infusion) - "
        "myhealthtoolkit medical policy",
        "https://unit-3.myhealthtoolkit.com/web/public/brands/medicalpolicy/external/external-"
        "policies/medication-administration-site-of-care",
    ),
    "hb_delivery": (
        "Infusion Services FAQ style: delivery, refrigeration, nurse scheduling - TC NeuroMax "
        "patient's guide to informed care",
        "https://tcneuromax.com/resources/patients-guide-to-informed-care/",
    ),
    "hb_nurse": (
        "Outpatient infusion clinics - initial and daily assessments - IV-Therapy.net",
        "https://iv-therapy.net/topic/outpatient-infusion-clinics-initial-and-daily-assessments",
    ),
    "hb_card": (
        "The Anatomy of a Medical Insurance Card - winenfood",
        "https://winenfood.com/the-anatomy-of-a-medical-insurance-card",
    ),
    "hb_eoc": (
        "What to do if you have a problem or complaint (Evidence of Coverage chapter) - vdocuments",
        "https://vdocuments.net/what-to-do-if-you-have-a-problem-or-complaint-coverage-when-you-"
        "appeal-a-decision.html",
    ),
    "hb_eob": (
        "How to Read Your Explanation of Benefits (EOB) - Foreign Service Benefit Plan (abcdocz)",
        "https://abcdocz.com/doc/190626/this-is-not-a-bill",
    ),
    "hb_sob": (
        "Contract Year 2021 New York Evidence of Coverage Model (plan benefit summary language)",
        "https://info.5y1.org/best-health-insurance-plans-ny_1_ef983f.html",
    ),
    "hb_other_member": (
        "Integrated Coverage Determination Notice - appeal decision in favor (FIDA model) - New "
        "York State Department of Health",
        "https://www.health.ny.gov/health_care/medicaid/redesign/fida/appeal_decision_notice-in_"
        "favor.htm",
    ),
    "hb_voter": (
        "When will I be registered? (voter registration acknowledgment card) - Spencer County, "
        "Indiana",
        "https://www.spencercounty.in.gov/FAQ.aspx?QID=81",
    ),
    "hb_dog": (
        "Dog Licenses (rabies certificate, tags, deadlines) - Town of Alna, Maine",
        "https://alna.maine.gov/index.asp?SEC=78EB7C95-212E-45CC-84CE-2045EFAC6D51",
    ),
    "hb_meals": (
        "Senior Nutrition Program - Home Delivered Meals - BenefitsCheckUp (NCOA)",
        "https://benefitscheckup.org/program/foodsupp_fd_home_delivered_meal",
    ),
    "hb_med_list": (
        "Patient write-up (H&P) template including medications - Studypool",
        "https://www.studypool.com/discuss/27349629/patient-write-up",
    ),
    "ha_cd_request": (
        "Request for Medicare Prescription Drug Coverage Determination (e-form: who may make a "
        "request, enrollee's information, type of request) - Health Care Generations",
        "https://forms.hcgenerations.com/eforms/MedicationCoverageDetermination.asp",
    ),
    "hb_recon_ack": (
        "First Appeal (contact within five working days, final determination timing) - "
        "insurance policy clause, Market Transfer",
        "https://www.markettransfer.info/clause/first-appeal/_2",
    ),
}
