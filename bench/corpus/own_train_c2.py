"""TRAIN case C, second half: the portal printout, copies of requests, the home infusion
provider's papers, clinical papers, plan papers, the wife's letter, last year's letter and
unrelated papers using coverage words."""

from __future__ import annotations

from own_lib import IN, D, build_flow, checklist, esc, fd, kv, money, ss, stacked
from own_tpl import fax_cover, lab, letter, note, org_head, para_list, plain, portal
from own_train_a2 import card_pdf
from own_train_c import (
    CL,
    DR,
    GEN,
    HI,
    HIH,
    MID,
    NSG,
    PBM,
    PCL,
    PCP,
    PLAN,
    PT,
    REF,
    SIG_DR,
    TRX,
    WIFE_ID,
    R,
)  # fmt: skip
from reportlab.platypus import Paragraph, Spacer

doc = R.doc


# Source: tc_alameda_hh
@doc("Harborlight/Copperline portal auth.pdf", "letter", "tc_alameda_hh", outcome="approved",
     date=D(2026, 6, 18), ref=REF["auth"], member=MID, ful=["prior_authorization"],
     links=["L5"])  # fmt: skip
def portal_auth():
    return portal(
        "6/22/2026, 9:41:07 AM",
        "https://providers.copperlinehealth.example/um/authorizations/77310",
        "Copperline Provider Connect",
        "Authorization Detail",
        [["Auth #", REF["auth"]], ["Member", PT["caps"]], ["Member ID", MID],
         ["Servicing provider", HI["name"]], ["Auth status", "Approved (appeal overturned)"],
         ["Decision date", fd(D(2026, 6, 18), "us")], ["Received", "05/11/2026"]],
        table=[["Line", "Service", "Start", "End", "Units", "Status"],
               ["1", "S9357", "06/22/2026", "12/21/2026", "13", "Approved"],
               ["2", "99601", "06/22/2026", "12/21/2026", "13", "Approved"],
               ["3", "99602", "06/22/2026", "12/21/2026", "13", "Approved"]],
        widths=[0.5, 0.9, 1.2, 1.2, 0.7, 1.3],
        paras=["Authorization is not a guarantee of payment. Claims must carry the Auth #."],
    )  # fmt: skip


# Source: tc_centene_fabrazyme
@doc("Dr Farquhar-Baptiste/Trellis PA form sent.pdf", "letter", "tc_centene_fabrazyme",
     outcome="informational", date=D(2026, 5, 6), member=MID, links=["L4"])  # fmt: skip
def pa_form_copy():
    S = ss("Helvetica", 8.5)
    story = [
        Paragraph("PHARMACY PRIOR AUTHORIZATION REQUEST - ENZYME REPLACEMENT THERAPY", S["h2"]),
        Paragraph(esc("Fax to " + PBM["name"] + " " + PBM["fax"] + ". Incomplete forms delay "
                      "the review. Standard decisions in up to 72 hours."), S["s"]),
        Spacer(1, 6),
        stacked([["Patient name", PT["name"]], ["Date of birth", fd(PT["dob"], "us")],
                 ["Member ID", MID]], [2.6 * IN, 1.5 * IN, 2.6 * IN]),
        stacked([["Prescriber", DR["name"]], ["NPI", DR["npi"]], ["Phone / Fax",
                 DR["phone"] + " / " + DR["fax"]]], [2.6 * IN, 1.5 * IN, 2.6 * IN]),
        stacked([["Drug, strength", "Fabrazyme (agalsidase beta) 35 mg vial"],
                 ["Dose / frequency", "1 mg/kg (84 mg) IV every 2 weeks"],
                 ["Request date", fd(D(2026, 5, 6), "us")]], [2.6 * IN, 2.3 * IN, 1.8 * IN]),
        Spacer(1, 6),
    ]  # fmt: skip
    story.append(checklist([
        ("New start", True), ("Continuation of therapy", False),
        ("Diagnosis of Fabry disease by enzyme assay showing deficient alpha-galactosidase "
         "activity or by DNA testing", True),
        ("Prescribed by or with a clinical geneticist, nephrologist, cardiologist or Fabry "
         "specialist", True),
        ("Age 2 years or older", True),
        ("Used together with Galafold (migalastat)", False),
        ("Expedited review (waiting could seriously harm the patient)", False),
    ], S))  # fmt: skip
    story.append(Spacer(1, 6))
    story += para_list(S, [
        "Diagnosis: classic Fabry disease, ICD-10 E75.21. Site of administration: home, "
        "nurse-administered (Harborlight Home Infusion).",
        "Prescriber signature: Imogen Farquhar-Baptiste, MD (electronically signed)",
    ])  # fmt: skip
    return build_flow(story, None, margins=(0.7, 0.7, 0.7, 0.7))


# Source: tc_cigna_hhc_fax
@doc("Harborlight/fax to Copperline 5-11.pdf", "letter", "tc_cigna_hhc_fax",
     outcome="informational", date=D(2026, 5, 11), member=MID, links=["L5"])  # fmt: skip
def hmo_request_fax():
    S = ss("Helvetica", 9.5)
    story = fax_cover(
        S, HI["name"], "Copperline Health Plan - Utilization Management", PLAN["fax"],
        HI["intake"] + ", Intake", HI["phone"], HI["fax"], fd(D(2026, 5, 11), "us"), 6,
        "Prior authorization request - home infusion ERT per diem and nursing",
        ["Please find the home health care request form, orders and clinical notes for "
         "Tobias Vandermeer-Oduya (Member ID " + MID + ")."],
        checks=[("Urgent", False), ("For review", True), ("Please reply", True)],
    )  # fmt: skip
    from reportlab.platypus import PageBreak

    story.append(PageBreak())
    story.append(Paragraph("HOME HEALTH CARE / HOME INFUSION - FAX REQUEST FORM", S["h2"]))
    story.append(checklist([("Standard request", True), ("Expedited request - may take up to "
                 "72 hours", False)], S))  # fmt: skip
    story.append(Spacer(1, 4))
    story.append(kv([
        ["Date", fd(D(2026, 5, 11), "us")], ["Patient name / phone", PT["name"] + " / "
        + PT["phone"]], ["Patient ID #", MID], ["Patient birthdate", fd(PT["dob"], "us")],
        ["Requesting provider", DR["name"]], ["Agency", HI["name"]],
        ["ICD-10 code", "E75.21 Fabry (-Anderson) disease"],
        ["Visits requested", "13 skilled nursing visits, 05/26/2026 - 11/25/2026"],
        ["Service codes", "S9357 per diem; 99601 first 2 hours; 99602 each added hour"],
        ["Homebound?", "No - home infusion requested for safety and distance (94 miles)"],
    ], box=True))  # fmt: skip
    story += para_list(S, ["Attached: current medication list, orders, last office visit "
                           "note."])  # fmt: skip
    return build_flow(story, None, margins=(0.8, 0.8, 0.8, 0.8))


# Source: tc_codeables_oop
@doc("Harborlight/benefits check.pdf", "letter", "tc_codeables_oop", outcome="informational",
     date=D(2026, 5, 6), member=MID, ful=["benefits_verification"], links=["L3"])  # fmt: skip
def benefits_check():
    return letter(
        HIH,
        fd(D(2026, 5, 6), "abbr_dot"),
        PT["addr"],
        [["Insurance", PLAN["product"]], ["Member ID", MID], ["Group", PLAN["group"]]],
        "Your home infusion benefits - what we found",
        [
            "Dear Tobias,",
            "We called Copperline Health Plan on May 5 to check your benefits for home "
            "infusion. Here is what they told us. This is not a promise of payment.",
            (
                "g",
                [
                    ["Service", "Benefit", "In-network cost to you", "Approval needed?"],
                    ["Nursing visits (99601/99602)", "Medical", "$40 copay per visit", "Yes"],
                    ["Per diem, supplies (S9357)", "Medical", "20% after deductible", "Yes"],
                    [
                        "Fabrazyme (the drug)",
                        "Pharmacy (Trellis Rx)",
                        "Specialty tier",
                        "Yes - by Trellis Rx",
                    ],
                ],
                [2.0, 1.3, 1.7, 1.6],
            ),
            "Deductible: " + money(1500) + " (" + money(1120) + " met). Out-of-pocket "
            "maximum: " + money(4500) + ".",
            "We have asked Copperline for the approval of the nursing visits. The specialty "
            "pharmacy will ask Trellis Rx for the drug.",
        ],
        [HI["intake"], "Intake Coordinator, " + HI["name"]],
    )


# Source: tc_ins_home_acceptance
@doc("Harborlight/consent signed.pdf", "letter", "tc_ins_home_acceptance",
     outcome="informational", date=D(2026, 5, 7), ful=["signed_forms"], links=["L10"],
     scan=("scanner", 160))  # fmt: skip
def consent():
    return plain(
        [
            ("h", "CONSENT FOR HOME INFUSION SERVICES AND ASSIGNMENT OF BENEFITS"),
            "I agree to receive home infusion therapy and nursing care from Harborlight Home "
            "Infusion as ordered by my physician. I understand the risks of intravenous "
            "therapy, including infusion reactions, have been explained to me.",
            "I assign to Harborlight Home Infusion the insurance benefits otherwise payable "
            "to me for the services and supplies provided. I authorize the release of my "
            "records needed to process claims and prior authorizations.",
            "I have received the Patient Rights and Responsibilities and the Notice of "
            "Privacy Practices.",
            ("sp", 10),
            (
                "k",
                [
                    ["Patient", PT["name"]],
                    ["Signature", "Tobias Vandermeer-Oduya (signed)"],
                    ["Date", fd(D(2026, 5, 7), "us_nopad")],
                    ["Witness", "Dorothea Kallas"],
                ],
                True,
            ),
        ],
        head=HIH,
        margins=(0.9, 0.9, 1.3, 0.9),
    )


# Source: tc_healthnet_fabrazyme
@doc("fax_0504_1033.pdf", "referral", "tc_healthnet_fabrazyme", date=D(2026, 5, 4),
     ful=["prescription"], links=["L1"], scan=("fax", 200))  # fmt: skip
def orders():
    return note(
        NSG,
        "HOME INFUSION ORDERS - ENZYME REPLACEMENT THERAPY",
        [["Patient", PT["name"]], ["DOB", fd(PT["dob"], "us")], ["Weight", "84 kg"],
         ["Diagnosis", "Fabry disease, classic (E75.21)"], ["Order date",
         fd(D(2026, 5, 4), "us")]],
        [
            ("Medication", ["Fabrazyme (agalsidase beta) 1 mg/kg = 84 mg IV every 2 weeks. "
                            "Dispense 35 mg vials x 3 per infusion. Infuse at no more than "
                            "0.25 mg/min for the first infusions at home, then increase by "
                            "0.05-0.08 mg/min per infusion as tolerated."]),
            ("Premedication", ["Acetaminophen 650 mg PO and cetirizine 10 mg PO 60 minutes "
                               "before the infusion."]),
            ("Reaction orders", ["Stop the infusion for hypersensitivity signs. "
                                 "Diphenhydramine 50 mg IV, epinephrine 0.3 mg IM for "
                                 "anaphylaxis, call 911 and the prescriber."]),
            ("Nursing", ["Skilled nursing visit every 2 weeks for peripheral IV access, "
                         "administration and 60 minutes of observation."]),
        ],
        signer=SIG_DR,
        fax="05/04/2026 10:33 NORTH SHORE GENETICS 2185550122 -> HARBORLIGHT P. 1",
    )  # fmt: skip


# Source: tc_wha_agalsidase
@doc("Harborlight/plan of treatment signed.pdf", "referral", "tc_wha_agalsidase",
     date=D(2026, 5, 14), member=MID, ful=["prescription"], links=["L11"])  # fmt: skip
def plan_of_treatment():
    return note(
        HIH,
        "Home Infusion Plan of Treatment",
        [["Patient", PT["name"]], ["Member ID", MID], ["Physician", DR["name"]],
         ["Start of care", "05/26/2026"], ["Signed", fd(D(2026, 5, 14), "dash")]],
        [
            ("Orders", [["Agalsidase beta 1 mg/kg IV every 2 weeks (84 mg)",
                         "Premedication: acetaminophen and cetirizine",
                         "Anaphylaxis kit in the home", "RN visit every 2 weeks, 4-5 hours"]]),
            ("Goals", ["Stable kidney function and less pain in the hands and feet; no "
                       "infusion reactions."]),
        ],
        signer=["Physician signature: " + DR["name"], "Date signed: 05/14/2026"],
    )  # fmt: skip


# Source: tc_bcbsnd_fabrazyme
@doc("Dr Farquhar-Baptiste/letter of medical necessity.pdf", "clinical", "tc_bcbsnd_fabrazyme",
     date=D(2026, 5, 14), member=MID, ful=["medical_necessity"], links=["L9"])  # fmt: skip
def lmn():
    return letter(
        NSG,
        fd(D(2026, 5, 14), "long"),
        ["Copperline Health Plan", "Utilization Management", "Fax " + PLAN["fax"]],
        [["Patient", PT["name"]], ["Member ID", MID], ["DOB", fd(PT["dob"], "us")]],
        "Letter of medical necessity: agalsidase beta infusions at home",
        [
            "To the reviewer:",
            "Mr. Vandermeer-Oduya is a 37-year-old man with classic Fabry disease: alpha-Gal A "
            "activity 0.4 nmol/hr/mg protein (under 5% of the mean normal) and a pathogenic "
            "GLA variant. He has acroparesthesias, angiokeratomas, hypohidrosis, cornea "
            "verticillata, albuminuria and early left ventricular hypertrophy.",
            "He tolerated his first two infusions at our infusion suite with no reaction. I "
            "ask that his infusions be given at home by a home infusion nurse: the nearest "
            "network infusion center is 94 miles away, and heat and long travel bring on pain "
            "crises. Nurse-administered home infusion of agalsidase beta is safe in patients "
            "who tolerate the infusion, and an anaphylaxis kit will be in the home.",
            "Home infusion is medically necessary for him to keep to the every-2-week "
            "schedule on which the treatment depends.",
        ],
        SIG_DR,
        font="Times-Roman",
    )


# Source: tc_bcbsnd_fabrazyme_fep
@doc("Dr Farquhar-Baptiste/visit 4-21-26.pdf", "clinical", "tc_bcbsnd_fabrazyme_fep",
     date=D(2026, 4, 21), ful=["clinical_notes"], links=["L8"])  # fmt: skip
def visit_note():
    return note(
        NSG,
        "Office Visit - Medical Genetics",
        [["Patient", PT["caps"]], ["MRN", PT["mrn"]], ["Visit date", fd(D(2026, 4, 21),
         "us")], ["Provider", DR["name"]], ["Referred by", PCP["name"] + ", " +
         PCP["practice"]]],
        [
            ("Subjective", ["Burning pain in hands and feet since childhood, worse with heat "
                            "and exercise; does not sweat. Tinnitus. Maternal uncle on "
                            "dialysis at 45."]),
            ("Objective", ["BP 128/80. Angiokeratomas over the lower trunk. Slit lamp: cornea "
                           "verticillata. Urine albumin/creatinine 212 mg/g. Echo: septum 13 "
                           "mm."]),
            ("Assessment", ["Classic Fabry disease (E75.21): hemizygous pathogenic GLA "
                            "variant c.1025G>A (p.Arg342Gln), enzyme deficient. Kidney and "
                            "heart involvement."]),
            ("Plan", ["Start agalsidase beta 1 mg/kg every 2 weeks; first two infusions at "
                      "our infusion suite, then home infusion. Prior authorization with "
                      "pharmacy benefit; nursing through medical benefit. Gabapentin for "
                      "neuropathic pain. Recheck labs in 3 months."]),
        ],
        signer=SIG_DR,
        font="Times-Roman",
    )  # fmt: skip


# Source: tc_cen4gen_gla
@doc("Labs/Corvane GLA report.pdf", "clinical", "tc_cen4gen_gla", date=D(2026, 4, 9),
     ref=REF["gla"], ful=["diagnosis"], links=["L7"])  # fmt: skip
def gla_report():
    return lab(
        org_head(GEN["name"].upper(), [GEN["addr"], "Molecular Genetics Laboratory"]),
        "FABRY DISEASE: GLA GENE SEQUENCING - FINAL REPORT",
        [["Patient", PT["caps"]], ["DOB / Sex", fd(PT["dob"], "us") + " / M"],
         ["Accession", REF["gla"]], ["Ordering", DR["name"]],
         ["Received", "03/31/2026"], ["Reported", fd(D(2026, 4, 9), "MDY_UP")]],
        [["Gene", "Variant", "Zygosity", "Classification"],
         ["GLA (NM_000169.3)", "c.1025G>A p.(Arg342Gln)", "Hemizygous", "Pathogenic"]],
        widths=(1.6, 2.0, 1.2, 1.7),
        comment=[
            "RESULT: POSITIVE. This result confirms a diagnosis of Fabry disease (ICD-10 "
            "E75.21) in this male, consistent with the deficient alpha-Gal A activity "
            "reported.",
            "Method: Sanger sequencing of exons 1-7 and intron/exon boundaries. Deletions of "
            "whole exons are not detected by this method.",
            "Genetic counseling is recommended for at-risk relatives (X-linked).",
            "Electronically signed: " + GEN["director"] + ", Laboratory Director",
        ],
        font="Helvetica",
    )  # fmt: skip


# Source: tc_revvity_fabry
@doc("Labs/enzyme result fax.pdf", "clinical", "tc_revvity_fabry", date=D(2026, 3, 30),
     ref=REF["enz"], ful=["lab_results"], links=["L6"], scan=("fax", 200))  # fmt: skip
def enzyme_lab():
    return lab(
        PCL,
        "LYSOSOMAL ENZYME REPORT",
        [["PATIENT", PT["caps"]], ["DOB", fd(PT["dob"], "us")], ["ACCESSION", REF["enz"]],
         ["COLLECTED", "03/26/2026"], ["REPORTED", fd(D(2026, 3, 30), "us")],
         ["PHYSICIAN", "FARQUHAR-BAPTISTE, I"]],
        [["TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"],
         ["Alpha-Gal A, leukocytes", "0.4", "L", "23.1-57.1", "nmol/hr/mg"],
         ["Alpha-Gal A, plasma", "<0.5", "L", "3.0-12.0", "nmol/hr/mL"],
         ["Lyso-Gb3, plasma", "68.2", "H", "<1.8", "ng/mL"]],
        comment=["Markedly deficient alpha-galactosidase A activity in a male is diagnostic "
                 "of Fabry disease. GLA sequencing is suggested to identify the variant."],
    )  # fmt: skip


# Source: tc_davis_acr
@doc("Labs/IMG_2231.pdf", "clinical", "tc_davis_acr", date=D(2026, 4, 21), ref=REF["ren"],
     ful=["lab_results"], links=["L6"], scan=("phone", 170))  # fmt: skip
def renal_lab():
    return lab(
        PCL,
        "CHEMISTRY / URINALYSIS",
        [["PATIENT", PT["caps"]], ["ACCESSION", REF["ren"]], ["COLLECTED", "04/21/2026 08:10"],
         ["REPORTED", fd(D(2026, 4, 21), "us") + " 16:44"]],
        [["TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"],
         ["Creatinine, serum", "1.21", "", "0.70-1.30", "mg/dL"],
         ["eGFR (CKD-EPI 2021)", "78", "L", ">=90", "mL/min/1.73m2"],
         ["Albumin, urine", "41.5", "", "", "mg/dL"],
         ["Albumin/creatinine ratio", "212", "H", "<30", "mg/g"]],
        comment=["ACR 30-299 mg/g: clinically significant albuminuria."],
    )  # fmt: skip


# Source: tc_rossu_lvh
@doc("Dr Farquhar-Baptiste/echo report.pdf", "clinical", "tc_rossu_lvh", date=D(2026, 4, 2),
     ful=["diagnosis"])  # fmt: skip
def echo():
    return note(
        org_head("LAKEWALK HEART ASSOCIATES", ["Echocardiography Laboratory", "902 Lakewalk "
                 "Drive, Duluth Shores, MN 55805"]),
        "Transthoracic Echocardiogram Report",
        [["Patient", PT["name"]], ["Study date", fd(D(2026, 4, 2), "abbr")],
         ["Indication", "Fabry disease, evaluate for cardiac involvement"]],
        [
            ("Measurements", [("g", [["IVSd", "13 mm (6-10)"], ["LVPWd", "12 mm (6-10)"],
                                     ["LVEF", "62%"], ["LA volume index", "30 mL/m2"]],
                               [2.0, 2.0])]),
            ("Impression", [["Mild concentric left ventricular hypertrophy, consistent with "
                             "cardiac involvement of Fabry disease", "Normal systolic function",
                             "No significant valve disease"]]),
        ],
        signer=["Read by Oskar Lindgren-Mbeki, MD, FASE"],
    )  # fmt: skip


# Source: tc_paas_prescriber
@doc("Dr Farquhar-Baptiste/medication list.pdf", "clinical", "tc_paas_prescriber",
     date=D(2026, 5, 4), ful=["medication_history"])  # fmt: skip
def med_list():
    return plain(
        [
            ("h", "Current Medications and Prior Therapies"),
            ("k", [["Patient", PT["name"]], ["Printed", fd(D(2026, 5, 4), "us")]]),
            (
                "g",
                [
                    ["Medication", "Strength / directions", "Started", "Status"],
                    ["Gabapentin", "300 mg three times a day", "01/2024", "Active"],
                    ["Lisinopril", "5 mg daily (albuminuria)", "04/2026", "Active"],
                    ["Carbamazepine", "200 mg twice a day", "2019", "Stopped - dizziness"],
                    ["Migalastat (Galafold)", "not started: variant not amenable", "-", "N/A"],
                    ["Agalsidase beta", "1 mg/kg IV every 2 weeks", "05/2026", "Pending"],
                ],
                [1.6, 2.3, 0.9, 1.8],
            ),
            ("s", "Allergies: no known drug allergies."),
        ],
        head=NSG,
        margins=(0.85, 0.85, 1.2, 0.85),
    )


# Source: tc_hmoauthority_referral
@doc("Insurance/card.pdf", "insurance", "tc_hmoauthority_referral", member=MID,
     ful=["insurance_card"], links=["L2"], scan=("phone", 180))  # fmt: skip
def id_card():
    return card_pdf(
        [["Member", "TOBIAS R VANDERMEER-ODUYA"], ["Member ID", MID], ["Group", "041877"],
         ["Plan", PLAN["product"]], ["PCP", "R. Castellanos-Hale DO"], ["Office / Spec",
         "$25 / $50 (referral required)"]],
        [["Rx", PBM["bin"]], ["Pharmacy help", PBM["phone"]], ["Member services",
         PLAN["phone"]], ["Providers", "Precertify at " + PLAN["web"]]],
        "COPPERLINE HEALTH PLAN",
    )  # fmt: skip


# Source: tc_wellmark_eob
@doc("Insurance/EOB July.pdf", "insurance", "tc_wellmark_eob", date=D(2026, 7, 10),
     member=MID)  # fmt: skip
def eob():
    return plain(
        [
            ("h", "EXPLANATION OF HEALTH CARE BENEFITS - THIS IS NOT A BILL"),
            ("k", [["Member", PT["name"]], ["Member ID", MID], ["Statement date",
                   fd(D(2026, 7, 10), "long")]]),
            ("g", [["Service date", "Provider", "Charged", "Network savings", "Plan paid",
                    "You owe"],
                   ["06/22/2026", "Harborlight Home Infusion - S9357", money(640), money(212),
                    money(342.40), money(85.60)],
                   ["06/22/2026", "Harborlight Home Infusion - 99601", money(310), money(95),
                    money(175), money(40)],
                   ["07/06/2026", "Harborlight Home Infusion - S9357", money(640), money(212),
                    money(342.40), money(85.60)]], [0.9, 2.3, 0.8, 1.0, 0.8, 0.8]),
            "Deductible met for 2026. Copayment and coinsurance count toward your out-of-"
            "pocket maximum.",
        ],
        head=CL,
        margins=(0.8, 0.8, 1.3, 0.9),
    )  # fmt: skip


# Source: tc_sanofi_pc_faq
@doc("Downloads/copay program welcome.pdf", "letter", "tc_sanofi_pc_faq",
     outcome="informational", date=D(2026, 5, 18), ref="LP-COPAY-55821")  # fmt: skip
def copay_program():
    return letter(
        org_head(
            "Lumen Path Patient Support",
            ["Reimbursement and copay help for enzyme therapies", "1-800-555-0158  Mon-Fri 8-8 ET"],
        ),
        fd(D(2026, 5, 18), "long"),
        PT["addr"],
        [["Program ID", "LP-COPAY-55821"]],
        "Welcome: your copay assistance enrollment is approved",
        [
            "Dear Tobias,",
            "You are enrolled in the Lumen Path copay program. For eligible commercially "
            "insured patients, the program may lower what you pay for each Fabrazyme fill to "
            "$0, up to the yearly program maximum.",
            "The program does not decide your insurance coverage. Your plan still needs to "
            "approve the drug. Our case managers can help with insurance verification, prior "
            "authorization and appeals; call us at any time.",
        ],
        ["Your Lumen Path Case Manager"],
    )


# Source: tc_rxbenefits_pa
@doc("Downloads/Liesel Trellis letter.pdf", "letter", "tc_rxbenefits_pa",
     outcome="informational", date=D(2026, 5, 28), ref="TRX-AUTH-6172-0528",
     member=WIFE_ID)  # fmt: skip
def wife_approval():
    return letter(
        TRX,
        fd(D(2026, 5, 28), "long"),
        ["Liesel Vandermeer-Oduya", "2217 Heron Marsh Lane", "Cold Spring Harbor Flats, MN 55771"],
        [["Authorization ID", "TRX-AUTH-6172-0528"], ["Member ID", WIFE_ID]],
        "Your prescription drug coverage request: approved",
        [
            "Dear Liesel Vandermeer-Oduya,",
            "Your request for SUMATRIPTAN 100 mg tablets, 12 tablets per 30 days (quantity "
            "limit exception), has been approved from 05/28/2026 through 05/27/2027.",
            "You can fill it at any network pharmacy.",
        ],
        ["Clinical Review Services", PBM["name"]],
    )


# Source: tc_wha_fabry_agents
@doc("Copperline/old letter 2025.pdf", "letter", "tc_wha_fabry_agents", outcome="denied",
     date=D(2025, 9, 15), ref="TRX-PA-0911-20954", member=MID,
     scan=("scanner", 160))  # fmt: skip
def denial_2025():
    return letter(
        TRX,
        fd(D(2025, 9, 15), "us"),
        PT["addr"],
        [["Case #", "TRX-PA-0911-20954"], ["Member ID", MID]],
        "Coverage decision: not approved",
        [
            "Dear Tobias Vandermeer-Oduya,",
            "We cannot approve GALAFOLD (migalastat) 123 mg capsules. Our criteria cover "
            "migalastat only for an amenable GLA variant, and the records show your variant "
            "is not amenable.",
            "You or your prescriber may appeal within 180 days of this notice by calling "
            + PBM["phone"]
            + ".",
        ],
        ["Clinical Review Services", PBM["name"]],
    )


# Source: tc_keycmi_hoa
@doc("misc/ARC approval.pdf", "other", "tc_keycmi_hoa", date=D(2026, 4, 14))  # fmt: skip
def hoa():
    return letter(
        org_head(
            "Heron Marsh Homeowners Association",
            ["c/o Lakeside Community Management", "PO Box 118, Cold Spring Harbor Flats, MN 55771"],
        ),
        fd(D(2026, 4, 14), "long"),
        PT["addr"],
        [["Request #", "ARC-2026-014"], ["Lot", "27"]],
        "Architectural request: APPROVED WITH CONDITIONS",
        [
            "The Architectural Review Committee approved your request for a cedar privacy "
            "fence, 6 feet high, along the rear lot line.",
            "Conditions: natural stain only; work must be completed within 120 days; call "
            "before you dig. If the work is not started by August 14, 2026, this approval "
            "expires and a new request is required.",
        ],
        ["Architectural Review Committee"],
    )


# Source: tc_nottingham_camp
@doc("misc/IMG_2040.pdf", "other", "tc_nottingham_camp", date=D(2026, 3, 2),
     scan=("phone", 160))  # fmt: skip
def camp():
    return plain(
        [
            ("h", "Cold Spring Harbor Flats Recreation - Summer Camp Scholarship"),
            fd(D(2026, 3, 2), "long"),
            "Dear Vandermeer-Oduya family,",
            "We are happy to tell you that the scholarship application for Mila is approved: "
            "a full fee waiver for the 8-week summer day camp (value $800).",
            "To keep the scholarship, the registration form must be received by April 10, "
            "2026. Campers are expected to attend; missed weeks may affect future assistance.",
            "Thank you, Recreation Department",
        ],
        size=11,
    )


# Source: tc_careconnect_first
@doc("Harborlight/nursing visit 6-25.pdf", "clinical", "tc_careconnect_first",
     date=D(2026, 6, 25), ful=["clinical_notes"], scan=("scanner", 170))  # fmt: skip
def nurse_visit():
    return note(
        HIH,
        "Skilled Nursing Visit Note - Home Infusion",
        [["Patient", PT["name"]], ["Visit date", fd(D(2026, 6, 25), "us")],
         ["Nurse", HI["nurse"]], ["Therapy", "Agalsidase beta 84 mg IV"]],
        [
            ("Assessment", ["Afebrile, T 36.8 C, HR 72, BP 124/78, RR 16. No new symptoms. "
                            "Premedication taken at 08:30."]),
            ("Infusion", ["PIV 22 g left forearm, first attempt. Infusion started 09:35 at "
                          "0.25 mg/min, increased per order; completed 13:10. No reaction. "
                          "Observed 60 minutes after the infusion."]),
            ("Teaching", ["Reviewed signs of a delayed reaction and when to call."]),
        ],
        signer=[HI["nurse"]],
    )  # fmt: skip
