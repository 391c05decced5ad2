"""Public documents followed by TRAIN case C (key -> title, address).

No text was copied verbatim: wording and layout were adapted, people and companies invented.
"""

from __future__ import annotations

TRAIN_C_SOURCES = {
    "tc_nctracks_rai": (
        "Reminder: Requesting Additional Information - Non Pharmacy PA (Request for Additional "
        "Information letter: what is needed and the date it must be received) - NCTracks",
        "https://per.nctracks.com/content/public/es/providers/provider-communications/"
        "2015-announcements/Requesting-Additional-Info-for-PA.html",
    ),
    "tc_premera_preapproval": (
        "Drugs requiring approval: pharmacy pre-approval reviews, decision faxed to the provider "
        "and confirmation letter to the member - Premera Blue Cross (Alaska)",
        "https://www.premera.com/ak/provider/pharmacy/understanding-your-benefits/"
        "drugs-requiring-approval/",
    ),
    "tc_lifewise_rx": (
        "Drugs Requiring Approval: standard and urgent pharmacy reviews, decision faxed, "
        "approved medication filled at the pharmacy - LifeWise (Oregon)",
        "https://www.lifewiseor.com/visitor/pharmacy/understanding-your-benefits/"
        "drugs-requiring-approval/",
    ),
    "tc_wv_hmo_grievance": (
        "HMO Grievance and Appeals (written grievance, appeal to the Insurance Commissioner) - "
        "West Virginia Offices of the Insurance Commissioner",
        "https://www.wvinsurance.gov/consumerservices/Consumer-Services/HMO-Grievance-Appeals",
    ),
    "tc_quote_hmo_appeal": (
        "How to File a Complaint or Appeal in an HMO Plan (review the denial letter, prepare "
        "your appeal, keep copies) - QuoteOnMyDesk",
        "https://quoteonmydesk.com/how-to-file-a-complaint-or-appeal-in-an-hmo-plan/",
    ),
    "tc_experts123_ack": (
        "How long does it take to resolve a grievance or appeal? (acknowledgement within seven "
        "days, decision within 30 days) - experts123",
        "https://experts123.com/q/how-long-does-it-take-to-resolve-a-grievance-or-appeal.html",
    ),
    "tc_lawinsider_hearing": (
        "Appeal Hearing (Level II appeal, acknowledgement letter, Regional Grievance Unit "
        "decision) - certificate of coverage clause, Law Insider",
        "https://lawinsider.com/clause/appeal-hearing/_4",
    ),
    "tc_hpsm_home_health": (
        "Home Health Care Providers: required supporting clinical information, plan of care, "
        "authorization per certification period - Health Plan of San Mateo",
        "https://www.hpsm.org/provider/resources/home-health-care",
    ),
    "tc_cigna_hhc_fax": (
        "Home Health Care fax request form (prior authorization, visits requested with date "
        "range, ICD-10 code, homebound) - Care Allies / Cigna form text on documentine",
        "https://online.documentine.com/care-allies-auth-forms/1/"
        "prior-authorization-cigna-health-insurance.html",
    ),
    "tc_alameda_hh": (
        "Home Health Authorization Form (routine, urgent, authorization change request, "
        "authorization number) - Alameda Alliance for Health, via GenHealth",
        "https://genhealth.ai/policy/alameda-alliance-for-health/7ee18fa4-text",
    ),
    "tc_centene_fabrazyme": (
        "FABRAZYME (agalsidase beta) prior authorization form questions (enzyme assay or DNA "
        "testing, specialist, dose) - Sunflower Health Plan / Centene, via GenHealth",
        "https://genhealth.ai/policy/sunflower/192e95c6-fabrazyme-agalsidase-beta",
    ),
    "tc_healthnet_fabrazyme": (
        "Prior Authorization Protocol: FABRAZYME (agalsidase beta), dosing 1 mg/kg every 2 "
        "weeks, 5 mg and 35 mg vials - Health Net",
        "https://www.healthnet.com/static/general/unprotected/html/national/pa_guidelines/"
        "fabrazyme_natl.html",
    ),
    "tc_wha_agalsidase": (
        "agalsidase beta (Fabrazyme) indications for prior authorization (geneticist or "
        "nephrologist, alpha-Gal A levels, DNA test) - Western Health Advantage",
        "https://www.westernhealth.com/provider/prior-authorization-criteria/agalsidase-beta/",
    ),
    "tc_wha_fabry_agents": (
        "Fabry Disease Agents: Fabrazyme and Elfabrio initial and reauthorization criteria, not "
        "in combination with other Fabry drugs - Western Health Advantage",
        "https://westernhealth.com/provider/prior-authorization-criteria/"
        "?category=EHB&glId=GL-156857",
    ),
    "tc_bcbsnd_fabrazyme": (
        "Agalsidase beta (Fabrazyme) medical policy criteria (enzyme deficiency, GLA variant, "
        "symptoms, initial authorization 6 months) - Blue Cross Blue Shield of North Dakota",
        "https://www.bcbsnd.com/providers/policies-precertification/medical-policy/a/"
        "agalsidase-beta--fabrazyme--me",
    ),
    "tc_bcbsnd_fabrazyme_fep": (
        "Agalsidase beta (Fabrazyme) criteria: angiokeratomas, acroparesthesias, cornea "
        "verticillata, hypohidrosis, family history - Blue Cross Blue Shield of North Dakota",
        "https://www.bcbsnd.com/providers/policies-precertification/medical-policy/"
        "agalsidase-beta-fabrazyme",
    ),
    "tc_cen4gen_gla": (
        "Fabry Disease: GLA Gene Sequencing, test code 3038 (indications, methodology, "
        "turnaround) - Center for Genetics diagnostics",
        "http://diagnostics.cen4gen.org/diagnostics/gene-panel-and-single-gene-analysis/"
        "test-code-3038/",
    ),
    "tc_revvity_fabry": (
        "Fabry Disease: alpha-galactosidase A activity assay in males, then GLA sequencing; "
        "Gb3 and lyso-Gb3 - Revvity",
        "https://revvity.co.jp/category/r2r-fabry-disease",
    ),
    "tc_davis_acr": (
        "Albumin, Urine and Albumin/Creatinine Ratio (ACR): normal findings and reporting units "
        "- Davis's Lab and Diagnostic Tests, Nursing Central",
        "https://nursing.unboundmedicine.com/nursingcentral/view/Davis-Lab-and-Diagnostic-Tests/"
        "425501/all/Albumin__Urine_and_Albumin_Creatinine_Ratio__ACR_",
    ),
    "tc_rossu_lvh": (
        "LV hypertrophy: long and short axis echocardiogram, septal and posterior wall 15 mm - "
        "Ross University School of Medicine ECG/echo teaching case",
        "https://umedic.rossu.edu/eca/hyp/echoQuestion_discussion1.html",
    ),
    "tc_codeables_oop": (
        "How do we estimate patient out-of-pocket costs for infused specialty drugs (benefits "
        "verification in payer portals, site of care, fee schedules) - Codeables",
        "https://codeables.dev/article/how-do-we-estimate-patient-out-of-pocket-costs-for-"
        "infused-specialty",
    ),
    "tc_ins_home_acceptance": (
        "Home infusion acceptance process: pharmacy-driven team, insurance specialists, "
        "patient and family - Infusion Nurses Society",
        "https://ins1.org/?p=8403",
    ),
    "tc_careconnect_first": (
        "Your First Home Infusion: pre-medications, clinical assessment, vital signs during "
        "and after the infusion - CareConnectPSS (Sanofi)",
        "https://www.careconnectpss.com/living-with-rare/your-first-home-infusion",
    ),
    "tc_sanofi_pc_faq": (
        "Sanofi Patient Connection FAQs: patient assistance, reimbursement connection "
        "(insurance verification, prior authorization and appeals assistance)",
        "https://www.sanofipatientconnection.com/faqs",
    ),
    "tc_wellmark_eob": (
        "How to read your EOB: amount charged, network savings, amount paid by health plan, "
        "deductible, copayment, coinsurance - Wellmark",
        "https://www.wellmark.com/insurance-explained/your-benefits-in-action/how-to-read-your-eob",
    ),
    "tc_hmoauthority_referral": (
        "How HMO Referrals Work: PCP referral versus prior authorization - HMO Authority",
        "https://hmoauthority.com/how-hmo-referrals-work.html",
    ),
    "tc_rxbenefits_pa": (
        "Prior Authorizations: clinical and administrative PAs, check your PA status, appeals "
        "- RxBenefits",
        "https://www.rxbenefits.com/prior-authorization-form/",
    ),
    "tc_paas_prescriber": (
        "Optimizing Prescriber Statements: elements of the original prescription (drug, "
        "strength, quantity, directions) - PAAS National",
        "https://paasnational.com/optimizing-prescriber-statements-best-practices-and-tips",
    ),
    "tc_keycmi_hoa": (
        "Need HOA Architectural Approval? (architectural review committee, approval or denial "
        "letters) - Key Community Management",
        "https://keycmi.com/need-hoa-architectural-approval/",
    ),
    "tc_nottingham_camp": (
        "Summer Camp Scholarship Fund (fee waivers, eligibility, commitment of participation) "
        "- Town of Nottingham, NH Recreation",
        "https://www.nottingham-nh.gov/recreation-department/pages/summer-camp-scholarship-fund",
    ),
}
