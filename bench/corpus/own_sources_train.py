"""Public documents followed by the TRAIN part of our own corpus (key -> title, address).

No text was copied verbatim: wording and layout were adapted, people and companies invented.
"""

from __future__ import annotations

TRAIN_SOURCES = {
    # ---------------------------------------------------------------- TRAIN case A
    "ta_ibd_visit": (
        "Crohn's disease initial biologic criteria (conventional agents tried, 3-month trial) - "
        "Blue Cross Blue Shield of Oklahoma biologic immunomodulators policy summary",
        "https://coverage.pharmacistwrite.com/coverage/blue-cross-blue-shield-of-oklahoma/"
        "biologic-immunomodulator-agents/crohn-s-disease-cd",
    ),
    "ta_endoscopy": (
        "Talk:Inflammatory bowel disease - Crohn's disease microscopic description and final "
        "diagnosis (terminal ileum, colon biopsies) - LibrePathology",
        "https://librepathology.org/w/index.php?oldid=23660&title=Talk%3AInflammatory_bowel_disease",
    ),
    "ta_infusion_order": (
        "Infliximab - PA, NF: indications for prior authorization (Remicade, Inflectra, Avsola, "
        "Renflexis) - Western Health Advantage",
        "https://westernhealth.com/provider/prior-authorization-criteria/?category=EHB&glId=GL-154379",
    ),
    "ta_nursing_referral": (
        "Intake/Verification of Benefits and Initial Referral to Home Infusion Therapy - NHIA "
        "virtual tour",
        "http://www.nhia.org/virtualtour/slide3.htm",
    ),
    "ta_med_profile": (
        "Medication Prior Authorization Form / drug-class criteria (prior therapy history) - "
        "healthdocbox",
        "https://healthdocbox.com/amp/127987929-Arthritis/Medication-prior-authorization-form.html",
    ),
    "ta_lab": (
        "QuantiFERON-TB Gold Plus interpretive data (positive / indeterminate / negative) - "
        "BayCare laboratory test menu",
        "https://www.testmenu.com/baycare/Tests/744427",
    ),
    "ta_sp_welcome": (
        "Home infusion FAQ: benefits, prior authorization (up to 14 business days), co-pay "
        "assistance, delivery - Home Infusion Options",
        "https://www.homeinfusionoptions.net/faqs",
    ),
    "ta_bv": (
        "Infusion Services FAQ: will my insurance pay for home infusion, deductible and "
        "out-of-pocket - Bayfront",
        "http://bayfrontport.com/infusion-services-faq.html",
    ),
    "ta_pa_form": (
        "Request for prior authorization of specialty medications (medical benefit) with "
        "criteria check boxes - BCBS NC infliximab policy summary (openpayer)",
        "https://www.openpayer.com/policy-updates/blue-cross-blue-shield-north-carolina/"
        "clinical-medical/immunology-rheumatology/blue-cross-nc-infliximab-remicade-biosimilars-"
        "policy-update",
    ),
    "ta_info_request": (
        "Prior Authorization Forms - Submitting Additional Supporting Documentation (letter "
        "describing the documentation needed, timeframes) - UnitedHealthcare Community Plan of "
        "Texas provider page",
        "https://www.uhcprovider.com/en/health-plans-by-state/texas-health-plans/tx-comm-plan-"
        "home/tx-cp-prior-auth/tx-pa-forms.html",
    ),
    "ta_denial": (
        "Prior Authorization Review - Initial Adverse Determination (reasons, plan provisions, "
        "how to request internal review) - subscriber agreement clause, Law Insider",
        "https://lawinsider.com/clause/prior-authorization-review-initial-adverse-determination/_1",
    ),
    "ta_p2p": (
        "Medical peer-to-peer (P2P) review: discussion not an appeal, call windows, considered "
        "completed after two attempts - Asuris Northwest Health",
        "https://asuris.com/provider/programs/medical-management/peer-to-peer-review",
    ),
    "ta_member_appeal": (
        "Sample Insurance Denial Appeal Letters A and B - Providence Oregon billing center",
        "http://oregon.providence.org/about-us/billing-center/sample-insurance-denial-appeal-letters/",
    ),
    "ta_lmn": (
        "Prior Authorization Appeal Letter Template (letterhead, RE block, denial reason, "
        "clinical evidence) - AppealArmor",
        "https://www.appealarmor.com/articles/prior-authorization/prior-authorization-appeal-"
        "letter-template.html",
    ),
    "ta_appeal_ack": (
        "Internal appeals: file within 180 days, decision timeframes - HealthCare.gov",
        "https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/",
    ),
    "ta_approval": (
        "Do you prescribe infused or injected medications? Site of Care program, authorization "
        "end dates - Blue Cross Blue Shield of Massachusetts provider news",
        "https://provider.bluecrossma.com/ProviderHome/portal/home/news/news/clinical-and-pharmacy",
    ),
    "ta_fwd_email": (
        "How to Appeal a Denied Biologic for IBD (approval notices, patient workflow) - Aidy",
        "https://aidyhq.com/learn/how-to-appeal-a-denied-biologic-for-ibd",
    ),
    "ta_nursing_precert": (
        "Site of Care or Site of Service Review, policy 2018030 (home infusion as preferred "
        "site, certification) - Arkansas Blue Cross coverage policy manual",
        "https://secure.arkansasbluecross.com/members/report.aspx?policyNumber=2018030",
    ),
    "ta_copay": (
        "Pfizer enCompass Co-Pay Assistance Program for INFLECTRA - guide to enrollment process",
        "https://pdfslide.net/documents/pfizer-encompass-co-pay-assistance-program-for-inflectra-"
        "pfizer-encompass-hcp-faxes.html",
    ),
    "ta_delivery": (
        "Making sense of financial support programs / delivery coordination - Coram CVS "
        "Specialty Infusion resource center",
        "https://www.coramhc.com/patients/making-sense-financial-support-programs",
    ),
    "ta_infusion_visit": (
        "How to Document an IV Site Assessment: A Guide for Nurses - Pedagogy Education",
        "https://pedagogyeducation.com/News/How-to-Document-an-IV-Site-Assessment-A-Guide-for",
    ),
    "ta_id_card": (
        "How to Read Your Health Insurance Card (member ID, group, RxBIN/RxPCN, contacts) - "
        "Marshfield Insurance Agency",
        "https://marshfieldinsurance.agency/?p=6679",
    ),
    "ta_drug_list": (
        "Drug infusion/injection site of care policy - applicable drug list (Avsola, Inflectra, "
        "Entyvio, immune globulins) - Aetna health care professionals",
        "https://www.aetna.com/health-care-professionals/utilization-management/drug-infusion-"
        "site-of-care-policy.html",
    ),
    "ta_eob": (
        "EOB 1-2-3: subscriber information and claims table, service detail, cost summary - "
        "Blue Cross and Blue Shield of Illinois",
        "https://lifetimes.bcbsil.com/benefits-and-coverage/eob-123",
    ),
    "ta_hp": (
        "Guidelines for the History and Physical Exam Write-up - Boston University School of "
        "Medicine, Department of Medicine",
        "https://info.5y1.org/acute-coronary-syndrome_1_0c6104.html",
    ),
    "ta_portal": (
        "Explanation of benefits glossary / online account (statement date, document number) - "
        "SA Access sample EOB card",
        "http://saaccess.com/sample-eob-card",
    ),
    "ta_gym": (
        "Membership information documents (memo of understanding, member letters) - Global "
        "Fitness Association gym resources",
        "https://gymresources.globalfitnessassociation.com/p/membership-information.html",
    ),
    "ta_youth_sports": (
        "Memberships - order, membership agreement and confirmation e-mails - Club 24 Fitness",
        "https://shop.club24fit.com/",
    ),
    "ta_tax_credit": (
        "Lottery and Gaming Credit - City of Oak Creek, Wisconsin, Treasurer",
        "https://oakcreekwi.gov/government/departments/treasurer/tax-information/lottery-and-"
        "gaming-credit",
    ),
    "ta_library": (
        "Where to Pick Up Your Holds (notification, seven days to pick up) - Madison Public "
        "Library",
        "https://madisonlib.org/where-to-pick-up-your-holds/",
    ),
    # ---------------------------------------------------------------- TRAIN case B
    "tb_hp": (
        "Medical transcription: sections of the History and Physical Examination Report - Dummies",
        "http://www.dummies.com/how-to/content/medical-transcription-sections-of-the-history-of-p.html",
    ),
    "tb_id_consult": (
        "Practice Guidelines for Outpatient Parenteral Antimicrobial Therapy (IDSA, Clin Infect "
        "Dis 2004;38:1651-72) - stewardship-education.org",
        "http://www.stewardship-education.org/guidelines/practice-guidelines-for-outpatient-"
        "parenteral-antimicrobial-therapy/",
    ),
    "tb_mri": (
        "MRI Findings of Vertebral Osteomyelitis (T1/T2 signal, endplates, enhancement) - "
        "Dr. Oracle",
        "https://www.droracle.ai/articles/279407/what-are-the-characteristic-mri-findings-of-"
        "vertebral-osteomyelitis",
    ),
    "tb_micro": (
        "Recent Updates in Antimicrobial Stewardship in OPAT (susceptibility reporting for OPAT "
        "drugs, routine laboratory monitoring) - Curr Infect Dis Rep 2021, PMC8577634",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC8577634",
    ),
    "tb_picc": (
        "Nurse led PICC line insertion procedure (G071) - NHS Ayrshire & Arran Right Decisions",
        "https://rightdecisions.scot.nhs.uk/nhs-ayrshire-arran-guidelines/clinical-guidelines/"
        "patient-care/nurse-led-picc-line-insertion-procedure-g071",
    ),
    "tb_opat_orders": (
        "Managing Outpatient Parenteral Antimicrobial Therapy - NHIA INFUSION continuing "
        "education article (March/April 2019)",
        "https://dokumen.tips/documents/managing-outpatient-parenteral-antimicrobial-therapy-a-"
        "good-for-patients-who-are.html",
    ),
    "tb_home_orders": (
        "Infusion Therapy: Solve These Clinical and Documentation Issues (complete IV order "
        "components) - AAPACN",
        "https://www.aapacn.org/article/infusion-therapy-solve-these-clinical-and-documentation-"
        "issues-to-provide-better-care/",
    ),
    "tb_bv": (
        "Home Infusion And Insurance: What Coverage Can Look Like, Including Medicare Basics - "
        "Pharmko",
        "https://www.pharmko.com/home-infusion-and-insurance-what-coverage-can-look-like-"
        "including-medicare-basics",
    ),
    "tb_consent": (
        "Terms of Agreement and Medical Treatment Consent; Assignment of Benefits/Financial "
        "Responsibility - University of Iowa Community HomeCare form (docsbay)",
        "https://docsbay.net/consent-to-release-of-patient-information-for-treatment-payments-"
        "or-health-care-operation",
    ),
    "tb_cd_request": (
        "Request for Medicare Prescription Drug Coverage Determination (enrollee's information, "
        "type of request check boxes) - Navitus member form",
        "https://members.navitus.com/en-US/PA-Forms/CoverageDetermination.aspx",
    ),
    "tb_cd_approval": (
        "My Part D plan denied coverage of my drug / what a Coverage Determination is - Legal "
        "Services for Maine Elders",
        "https://mainelse.org/content/Part_D/coverage-denials",
    ),
    "tb_transition": (
        "Part D Transition Policy 2024 (temporary 30-day supply, exception requests) - Keystone "
        "First VIP Choice",
        "https://keystonefirstvipchoice.com/member/eng/2024/transition-policy.aspx",
    ),
    "tb_info_request": (
        "Timeframes and Procedures for Denying a Service Authorization Request (extension when "
        "additional information is needed) - Utah Medicaid contract clause, Law Insider",
        "https://lawinsider.com/clause/timeframes-and-procedures-for-denying/_1",
    ),
    "tb_noa": (
        "Ohio Admin. Code 5160-26-08.4: notice of action (NOA), appeals and state hearings for "
        "Medicaid managed care plans - Cornell LII",
        "https://www.law.cornell.edu/regulations/ohio/Ohio-Admin-Code-5160-26-08.4",
    ),
    "tb_id_appeal": (
        "Denials due to FDA labeling - physician appeal letter template, Crohn's & Colitis "
        "Foundation",
        "https://info.5y1.org/medications-for-crohn-s-disease_1_20038c.html",
    ),
    "tb_appeal_resolution": (
        "Medicaid Fair Hearings - Notice of Plan Appeal Resolution - Florida Agency for Health "
        "Care Administration",
        "https://b.ahca.myflorida.com/medicaid/complaints/fair_hrng.shtml",
    ),
    "tb_relay_email": (
        "Admission Criteria - qualifying for home infusion services (benefits verified, "
        "pre-authorization) - TC NeuroMax",
        "https://tcneuromax.com/resources/admission-criteria/",
    ),
    "tb_nursing_auth": (
        "42 CFR 438.404 Notice of action / service authorization timeframes - laws9",
        "http://laws9.com/cfr/text/42/438/404",
    ),
    "tb_provider_portal": (
        "Intake/Verification of Benefits (insurer authorization before treatment) - NHIA "
        "virtual tour slide 4",
        "http://www.nhia.org/virtualtour/slide4.htm",
    ),
    "tb_nurse_visit": (
        "Documentation policy and procedure for infusion therapy and vascular access - Nurse Key",
        "https://nursekey.com/documentation-3",
    ),
    "tb_opat_labs": (
        "Outpatient intravenous antibiotics in Ireland: survey (laboratory monitoring of OPAT) "
        "- PMC3973129",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC3973129",
    ),
    "tb_med_rec": (
        "History & Physical: full version (current medication list with names, doses, "
        "frequency) - Grid Down Medicine",
        "https://griddownmed.com/2015/03/11/history-physical-full-version/",
    ),
    "tb_discharge": (
        "History and Physical Template 2026 (required elements, plan of care, signature) - "
        "PatientNotes",
        "https://patientnotes.ai/resources/history-physical-template",
    ),
    "tb_cards": (
        "Essential Info on Your Insurance Card (member ID, group, RxBIN) - eatsip365",
        "https://eatsip365.com/essential-info-on-your-insurance-card",
    ),
    "tb_handbook": (
        "Medicaid Appeals (state hearings, written notice of decisions) - Ohio Department of "
        "Developmental Disabilities",
        "https://dodd.ohio.gov/your-family/advocacy/medicaid-appeals",
    ),
    "tb_partd_eob": (
        "Explanation of Benefits (EOB) section 1: your prescription purchases during the past "
        "month - Q1Medicare",
        "https://q1medicare.com/PartD-EOB1PastMonthsPrescriptionClaims.php",
    ),
    "tb_id_followup": (
        "Clinical documentation template: HPI, ROS, physical examination, plan of care - "
        "Dr. Oracle",
        "https://www.droracle.ai/articles/585060/can-a-template-for-a-patients-medical-"
        "evaluation-be",
    ),
    "tb_hi_discharge": (
        "Standards of Excellence: Infusion Therapy Nursing (CHAP 2019) - discharge and "
        "documentation standards",
        "https://fdocuments.in/document/standards-of-excellence-infusion-therapy-nursing-a-wp-"
        "content-a-uploads-a.html",
    ),
    "tb_renewal": (
        "Medicaid Renewal Notices (automatic renewal notice, Benefits Decision Notice) - "
        "State of Rhode Island StayCovered",
        "https://staycovered.ri.gov/medicaid-renewals/notices-members-may-get",
    ),
    "tb_pipp": (
        "PIPP Plus: how to sign up, monthly payment, re-verification - Public Utilities "
        "Commission of Ohio",
        "https://puco.ohio.gov/utilities/gas/resources/pipp-plus",
    ),
    "tb_paratransit": (
        "Process for Determining Paratransit Eligibility (documentation, expiration, "
        "conditions) - Middletown Transit District",
        "https://middletownct.gov/349/Process-for-Determining-Paratransit-Elgi",
    ),
    "tb_recipe": (
        "Miso Chicken & Tofu Soup recipe - Chicken Farmers of Canada",
        "https://chicken.ca/recipes/miso-chicken-tofu-soup",
    ),
    "tb_newsletter": (
        "Medicare Part D Transition Supply Policy (community newsletter item) - AgeOptions",
        "https://connect.ageoptions.org/medicare-part-d-transition-supply-policy",
    ),
    "tb_pd_info_request": (
        "Request for Medicare Prescription Drug Coverage Determination (prescriber may be "
        "contacted for additional information; 72-hour decisions) - PeoplesHealth",
        "https://www.peopleshealth.com/member-resources/request-for-medicare-prescription-"
        "drug-coverage-determination/",
    ),
    "tb_lifeline": (
        "Apply for Lifeline (program-based eligibility, e.g. Medicaid; choose a provider) - "
        "USAC Lifeline Support",
        "http://www.usac.org/ls/apply-for-lifeline.aspx",
    ),
}
