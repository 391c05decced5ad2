"""TRAIN case B: home IV antibiotics (OPAT, ertapenem) after vertebral osteomyelitis for a
person with Medicare and full Medicaid: a Medicaid managed care plan authorizes the home
infusion services (request for records, notice of action, appeal resolution) and a Part D plan
covers the drug (coverage determination request, approval, transition letter).

Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
"""

from __future__ import annotations

from own_lib import D, Registry, build_flow, fd, ss
from own_tpl import fax_cover, lab, letter, note, org_head, plain

R = Registry("train", "train-b")
doc = R.doc

PT = dict(
    name="Bartholomew K. Nakagawa-Osei", caps="BARTHOLOMEW K NAKAGAWA-OSEI", dob=D(1958, 4, 2),
    addr=["Bartholomew K. Nakagawa-Osei", "57 Sycamore Ferry Road", "Scioto Bend, OH 45699"],
    phone="(740) 555-0138", daughter="Imani Nakagawa-Osei", wife="Rosalie Osei",
    mrn="AG-5530917",
)  # fmt: skip
MID = "MH7730219"
MBI = "6WQ3-PF8-KN41"
PDID = "LFR19022487"
STATE_ID = "110078224513"
WIFE_ID = "110078224590"
MCO = dict(
    name="Maple Hollow Community Health Plan", short="Maple Hollow",
    addr=["1 Riverside Commons, Suite 900", "Scioto Bend, OH 45698"], phone="1-855-555-0146",
    fax="1-855-555-0147", web="maplehollowhealth.example",
)  # fmt: skip
PDP = dict(name="Lanternfield Rx (PDP)", sponsor="Lanternfield Health Benefits Co.",
           phone="1-888-555-0155", fax="1-888-555-0156", web="lanternfieldrx.example")  # fmt: skip
ID = dict(
    name="Anneliese Okonjo-Pratt, MD", short="Dr. Okonjo-Pratt",
    practice="Scioto Valley Infectious Disease Consultants", addr="400 Ashgrove Parkway, "
    "Suite 2B, Scioto Bend, OH 45698", phone="(740) 555-0114", fax="(740) 555-0115",
    contact="Perpetua Lindahl", npi="1639920174",
)  # fmt: skip
HOSP = dict(name="Ashgrove Regional Medical Center", addr="2200 Ashgrove Parkway, Scioto Bend, "
            "OH 45698", hospitalist="Tobias Renwick-Amari, MD")  # fmt: skip
HIP = dict(name="Riverlight Home Infusion Pharmacy", addr="88 Canal Lock Street, Scioto Bend, "
           "OH 45699", phone="(740) 555-0165", fax="(740) 555-0166", intake="Marisela Dunbar",
           nurse="Gwendolyn Achebe-Ross, RN")  # fmt: skip
REF = dict(
    order="OPAT-26-0306-12", mri="RAD-26-0303-5518", bcx="MB26-061-0042", bv="RL-BV-26-1188",
    pa="MHA-26-0306-4471", apl="APL-MH-26-0092", nurse="MHN-26-03-5520",
    cd="CD-LF-26-030811", tf="TR-LF-0212-7730", lab1="QL26-075-3381", lab2="QL26-082-0917",
    pump="MHA-26-0316-5120",
)  # fmt: skip
MEMBER_IDS = [MID, MBI, PDID, STATE_ID, WIFE_ID]

LOG = [
    dict(id="L1", item="prescription", what="OPAT orders: ertapenem 1 g IV every 24 hours via "
         "PICC for 6 weeks, weekly labs, home nursing (Dr. Okonjo-Pratt)",
         requested_by="pharmacy", requested_on="2026-03-06", submitted_on="2026-03-06", due=None),
    dict(id="L2", item="insurance_card", what="Copies of the Maple Hollow Medicaid card, the "
         "Medicare card and the Lanternfield Rx card", requested_by="pharmacy",
         requested_on="2026-03-06", submitted_on="2026-03-07", due=None),
    dict(id="L3", item="benefits_verification", what="Riverlight benefits summary (Part D for "
         "the drug, Medicaid for per diem and nursing)", requested_by="patient",
         requested_on="2026-03-06", submitted_on="2026-03-07", due=None),
    dict(id="L4", item="prior_authorization", what="Maple Hollow prior authorization for home "
         "infusion per diem and nursing visits, through the plan appeal",
         requested_by="pharmacy", requested_on="2026-03-06", submitted_on="2026-03-14", due=None),
    dict(id="L5", item="prior_authorization", what="Lanternfield Rx coverage determination for "
         "ertapenem (Part D)", requested_by="pharmacy", requested_on="2026-03-07",
         submitted_on="2026-03-09", due=None),
    dict(id="L6", item="clinical_notes", what="History and physical and infectious disease "
         "consult notes", requested_by="payer", requested_on="2026-03-07",
         submitted_on="2026-03-10", due="2026-03-21"),
    dict(id="L7", item="lab_results", what="Blood cultures, CBC, ESR and CRP", requested_by="payer",
         requested_on="2026-03-07", submitted_on="2026-03-10", due="2026-03-21"),
    dict(id="L8", item="diagnosis", what="MRI report with ICD-10 codes (vertebral osteomyelitis)",
         requested_by="payer", requested_on="2026-03-07", submitted_on="2026-03-10",
         due="2026-03-21"),
    dict(id="L9", item="signed_forms", what="Riverlight consent for treatment and assignment of "
         "benefits, signed", requested_by="pharmacy", requested_on="2026-03-07",
         submitted_on="2026-03-08", due=None),
    dict(id="L10", item="prescription", what="Signed infusion orders showing where and how the "
         "drug is given, for the Part D (Part B vs D) review", requested_by="payer",
         requested_on="2026-03-08", submitted_on="2026-03-08", due="2026-03-10"),
]  # fmt: skip

CASE = {
    "patient": PT["name"],
    "therapy": "Ertapenem 1 g IV every 24 hours via PICC for 6 weeks (03/09-04/17/2026), home "
    "infusion with weekly nursing and labs",
    "payer": MCO["name"],
    "member_id": MID,
    "provider_office": {"name": ID["practice"], "phone": ID["phone"], "fax": ID["fax"],
                        "contact": ID["contact"]},
    "pharmacy": {"name": HIP["name"], "phone": HIP["phone"], "contact": HIP["intake"]},
    "log": LOG,
}  # fmt: skip

AG = org_head(HOSP["name"].upper(), [HOSP["addr"], "Health Information Management (740) "
              "555-0180"], right=["PATIENT: " + PT["caps"], "MRN " + PT["mrn"]])  # fmt: skip
IDH = org_head(ID["practice"], [ID["addr"], f"Tel {ID['phone']}   Fax {ID['fax']}"],
               font="Times-Roman")  # fmt: skip
MH = org_head(MCO["name"], ["Utilization Management", ", ".join(MCO["addr"])],
              right=["Member Services " + MCO["phone"], "TTY 711", "www." + MCO["web"]],
              footer="An Ohio Medicaid managed care plan.  MH-UM-NOA-07 (2025)")  # fmt: skip
LF = org_head(
    PDP["name"],
    ["Coverage Determinations and Appeals", "P.O. Box 77310, Tollgate Mills, OH 45601"],
    right=[PDP["phone"] + " (TTY 711)", "www." + PDP["web"]],
    footer="Lanternfield Rx is a Medicare-approved Part D sponsor. Y9911_CD_2026",
)
RL = org_head(HIP["name"], [HIP["addr"], f"Phone {HIP['phone']}  Fax {HIP['fax']}"])
QL = org_head("QUARRY LAKE REFERENCE LABORATORY", ["19 Limestone Way, Scioto Bend, OH 45697",
              "Client services (740) 555-0174  CLIA 36D4410087"], font="Courier")  # fmt: skip
SIG_ID = [ID["name"], "Infectious Diseases, " + ID["practice"]]


# Source: tb_hp
@doc("Hospital/H&P admission.pdf", "clinical", "tb_hp", date=D(2026, 3, 2),
     ful=["clinical_notes"], links=["L6"])  # fmt: skip
def hp():
    return note(
        AG,
        "ADMISSION HISTORY AND PHYSICAL",
        [
            ["Date of admission", fd(D(2026, 3, 2), "us")],
            ["Attending", HOSP["hospitalist"]],
            ["DOB", fd(PT["dob"], "us")],
        ],
        [
            (
                "Chief complaint",
                ['"My back has been killing me for three weeks and now I have fevers."'],
            ),
            (
                "History of present illness",
                [
                    "67-year-old man with type 2 diabetes and a recent "
                    "E. coli urinary tract infection (01/2026) presenting with progressive low "
                    "back pain, "
                    "fevers to 102 F and night sweats. No leg weakness. No injection drug use."
                ],
            ),
            (
                "Past medical history",
                [["Type 2 diabetes (A1c 8.9%)", "CKD stage 2", "Hypertension"]],
            ),
            (
                "Medications",
                ["Metformin 1000 mg BID, lisinopril 20 mg, pregabalin ER 165 mg nightly"],
            ),
            (
                "Physical exam",
                [
                    "T 38.6 C, HR 104, BP 138/82. Point tenderness over L3-L4. Strength "
                    "5/5 lower extremities."
                ],
            ),
            (
                "Assessment and plan",
                [
                    "Suspected vertebral osteomyelitis/discitis. Blood cultures x2, "
                    "MRI lumbar spine with contrast, ESR/CRP. ID consult. Hold antibiotics "
                    "until cultures "
                    "unless unstable."
                ],
            ),
        ],
        signer=[HOSP["hospitalist"], "Hospital Medicine"],
    )


@doc("Hospital/ID consult.pdf", "clinical", "tb_id_consult", date=D(2026, 3, 4),
     ful=["clinical_notes"], links=["L6"])  # fmt: skip
def id_consult():
    return note(
        AG,
        "Infectious Diseases Consultation",
        [
            ["Consult date", fd(D(2026, 3, 4), "long")],
            ["Requested by", HOSP["hospitalist"]],
            ["Consultant", ID["name"]],
        ],
        [
            (
                "Reason for consult",
                [
                    "Vertebral osteomyelitis L3-L4 with ESBL-producing E. coli "
                    "bacteremia (2 of 2 bottles)."
                ],
            ),
            (
                "Impression",
                [
                    "ESBL E. coli L3-L4 discitis-osteomyelitis (M46.26, B96.29) with "
                    "bacteremia, likely urinary source. Oral options limited: resistant to "
                    "fluoroquinolones and trimethoprim-sulfamethoxazole."
                ],
            ),
            (
                "Recommendations",
                [
                    [
                        "Ertapenem 1 g IV every 24 hours; 6 weeks from first negative "
                        "culture (03/05/2026)",
                        "PICC placement once cultures negative 48 hours",
                        "OPAT: weekly CBC with differential, CMP, ESR, CRP faxed to ID clinic",
                        "ID clinic follow-up in 3 weeks",
                    ]
                ],
            ),
        ],
        signer=SIG_ID,
        sig_key="okonjo",
    )


# Source: tb_mri
@doc("Hospital/MRI lumbar spine.pdf", "clinical", "tb_mri", date=D(2026, 3, 3), ref=REF["mri"],
     ful=["diagnosis"], links=["L8"])  # fmt: skip
def mri():
    return note(
        AG,
        "DIAGNOSTIC IMAGING REPORT",
        [
            ["Exam", "MRI lumbar spine without and with contrast"],
            ["Accession", REF["mri"]],
            ["Exam date", fd(D(2026, 3, 3), "us")],
            ["Ordering", HOSP["hospitalist"]],
        ],
        [
            (
                "Findings",
                [
                    "Decreased T1 and increased T2 signal in the L3 and L4 vertebral bodies "
                    "with endplate erosion and disc enhancement at L3-L4. Small right psoas "
                    "phlegmon, no "
                    "drainable abscess. No epidural collection."
                ],
            ),
            (
                "Impression",
                [
                    "L3-L4 discitis-osteomyelitis with right psoas phlegmon.",
                    "ICD-10: M46.26 Osteomyelitis of vertebra, lumbar region; M46.46 Discitis, "
                    "lumbar.",
                ],
            ),
        ],
        signer=["Radiology, " + HOSP["name"], "Electronically signed 03/03/2026 16:40"],
    )


# Source: tb_micro
@doc("Hospital/blood cultures.pdf", "clinical", "tb_micro", date=D(2026, 3, 5), ref=REF["bcx"],
     ful=["lab_results"], links=["L7"], scan=("scanner", 180))  # fmt: skip
def blood_cultures():
    return lab(
        AG,
        "MICROBIOLOGY - FINAL",
        [
            ["Patient", PT["caps"]],
            ["Accession", REF["bcx"]],
            ["Collected", fd(D(2026, 3, 2), "us") + " 22:10"],
            ["Final", fd(D(2026, 3, 5), "us")],
        ],
        [
            ["Organism / drug", "MIC", "Interp", "", ""],
            ["Escherichia coli (ESBL)", "", "2 of 2 sets", "", ""],
            ["Ceftriaxone", ">=64", "R", "", ""],
            ["Ciprofloxacin", ">=4", "R", "", ""],
            ["Trimethoprim/sulfa", ">=320", "R", "", ""],
            ["Ertapenem", "<=0.5", "S", "", ""],
            ["Meropenem", "<=0.25", "S", "", ""],
        ],
        widths=(2.6, 1.0, 1.2, 1.0, 0.8),
        comment=[
            "Repeat cultures 03/05/2026: no growth at 5 days (reported separately).",
            "CBC 03/04: WBC 14.2 K/uL. ESR 88 mm/h. CRP 142 mg/L.",
        ],
    )


# Source: tb_picc
@doc("Hospital/PICC note.pdf", "clinical", "tb_picc", date=D(2026, 3, 6),
     ful=["clinical_notes"])  # fmt: skip
def picc():
    return note(
        AG,
        "Vascular Access Team - PICC Insertion Note",
        [
            ["Procedure date", fd(D(2026, 3, 6), "us")],
            ["Inserted by", "Solveig Marchetti, RN, VA-BC"],
        ],
        [
            (
                "Procedure",
                [
                    "Ultrasound-guided 4 Fr single-lumen power PICC, right basilic vein, "
                    "one attempt. Total length 43 cm, external 1 cm. Arm circumference 31 cm."
                ],
            ),
            ("Tip confirmation", ["ECG tip location: cavoatrial junction. Cleared for use."]),
            ("Plan", ["Weekly dressing and needleless connector change by home infusion nursing."]),
        ],
    )


# Source: tb_opat_orders
@doc("fax_0306_1147.pdf", "referral", "tb_opat_orders", date=D(2026, 3, 6), ref=REF["order"],
     ful=["prescription"], links=["L1", "L10"], scan=("fax", 200))  # fmt: skip
def opat_fax():
    S = ss("Helvetica", 10)
    story = fax_cover(S, ID["practice"], HIP["intake"] + ", " + HIP["name"], HIP["fax"],
        ID["contact"], ID["phone"], ID["fax"], fd(D(2026, 3, 6), "us"), 2,
        "OPAT referral - " + PT["name"], ["New OPAT start, discharge planned 03/09. Orders "
        "attached. Please confirm receipt."], checks=[("Urgent", True), ("For review", False),
        ("Please reply", True)])  # fmt: skip
    from own_tpl import para_list
    from reportlab.platypus import PageBreak

    story.append(PageBreak())
    story += para_list(
        S,
        [
            ("b", "OUTPATIENT PARENTERAL ANTIMICROBIAL THERAPY (OPAT) ORDERS"),
            (
                "k",
                [
                    ["Order #", REF["order"]],
                    ["Date", fd(D(2026, 3, 6), "us")],
                    ["Patient", PT["name"]],
                    ["DOB", fd(PT["dob"], "us")],
                    ["Allergies", "NKDA"],
                    ["Weight", "92 kg  CrCl 78 mL/min"],
                ],
                True,
            ),
            (
                "k",
                [
                    ["Drug, dose, frequency", "Ertapenem 1 g IV every 24 hours"],
                    ["Duration", "6 weeks; anticipated last dose 04/16/2026"],
                    ["Line", "Right arm PICC (placed 03/06/2026); dressing change weekly and PRN"],
                    ["Weekly labs", "CBC with diff, CMP, ESR, CRP - fax to " + ID["fax"]],
                    ["Diagnosis", "M46.26 vertebral osteomyelitis, ESBL E. coli"],
                ],
                True,
            ),
            "Physician following weekly labs: " + ID["name"] + ", " + ID["phone"],
            ("b", "Signature: " + ID["name"] + "   NPI " + ID["npi"]),
        ],
    )
    return build_flow(story, None, margins=(0.85, 0.85, 0.9, 0.9))


@doc("Riverlight/nursing plan of care.pdf", "referral", "tb_home_orders", date=D(2026, 3, 6),
     ful=["prescription"], links=["L1"])  # fmt: skip
def plan_of_care():
    return plain(
        [
            (
                "k",
                [
                    ["Patient", PT["name"]],
                    ["Start of care", "03/09/2026"],
                    ["Order date", fd(D(2026, 3, 6), "abbr_dot")],
                    ["Physician", ID["name"]],
                    ["Primary dx", "M46.26 Osteomyelitis of vertebra, lumbar region"],
                ],
                True,
            ),
            ("h", "Skilled nursing"),
            [
                "SN 1x/week x 6 weeks and 2 PRN visits for PICC complications",
                "Teach patient and daughter ertapenem administration by gravity, 30 minutes",
                "Weekly PICC dressing change, measure external length and arm circumference",
                "Draw weekly labs from PICC; send to Quarry Lake Reference Laboratory",
            ],
            ("h", "Goals"),
            [
                "Patient/caregiver independent with infusion by visit 2",
                "Complete 6 weeks without line complication",
            ],
            ("b", "Physician signature: _____________________  Date ____________"),
        ],
        title="Home Infusion Plan of Care / Nursing Orders",
        head=RL,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: tb_bv
@doc("Riverlight/benefits summary.pdf", "letter", "tb_bv", outcome="informational",
     date=D(2026, 3, 7), ref=REF["bv"], member=MID, ful=["benefits_verification"],
     links=["L3"])  # fmt: skip
def bv():
    return letter(
        RL,
        fd(D(2026, 3, 7), "wlong"),
        PT["addr"],
        [["Benefits check #", REF["bv"]], ["Medicaid plan ID", MID]],
        "Your home infusion coverage summary",
        [
            "Dear Mr. Nakagawa-Osei,",
            "We checked your coverage for home IV ertapenem. Here is what we found:",
            (
                "g",
                [
                    ["Item", "Who pays", "Your cost"],
                    [
                        "Ertapenem (drug)",
                        "Lanternfield Rx Part D - coverage review needed",
                        "$4.90 per fill (Extra Help)",
                    ],
                    [
                        "Per diem, pump, supplies",
                        "Maple Hollow (Medicaid) - prior authorization",
                        "$0",
                    ],
                    ["Nursing visits", "Maple Hollow (Medicaid) - prior authorization", "$0"],
                ],
                [1.8, 3.2, 1.7],
            ),
            "Medicare Part B does not cover this drug at home in your case. We are asking both "
            "plans for approval now and will call you with the answers.",
            "This summary is not a guarantee of payment.",
        ],
        [HIP["intake"], "Intake Coordinator"],
    )


# Source: tb_consent
@doc("Riverlight/consent and assignment of benefits.pdf", "letter", "tb_consent",
     outcome="informational", date=D(2026, 3, 8), member=MID, ful=["signed_forms"],
     links=["L9"], scan=("scanner", 170))  # fmt: skip
def consent():
    return plain(
        [
            ("k", [["Patient", PT["name"]], ["Medicaid plan ID", MID]], True),
            ("h", "Consent for care and treatment"),
            "I consent to home infusion pharmacy and nursing services ordered by my physician. I "
            "may withdraw this consent at any time.",
            ("h", "Assignment of benefits / financial responsibility"),
            "I authorize payment of insurance benefits directly to Riverlight Home Infusion "
            "Pharmacy and the release of information needed to obtain payment. I understand I am "
            "responsible for amounts my plans do not pay, except as limited by Medicare and "
            "Medicaid rules.",
            ("h", "Acknowledgments"),
            (
                "c",
                [
                    ("I received the Patient Rights and Responsibilities", True),
                    ("I received the Notice of Privacy Practices", True),
                    ("I received the emergency preparedness guide", True),
                ],
            ),
            ("sp", 8),
            ("b", "Signature of patient or representative: (signed) Bartholomew K. Nakagawa-Osei"),
            "Date signed: " + fd(D(2026, 3, 8), "us"),
        ],
        title="Patient Service Agreement",
        head=RL,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: tb_cd_request
@doc("Medicare Part D/coverage determination request.pdf", "letter", "tb_cd_request",
     outcome="informational", date=D(2026, 3, 7), member=PDID, links=["L5"])  # fmt: skip
def cd_request():
    return plain(
        [
            "This form may be sent to us by mail or fax: Lanternfield Rx, Coverage Determinations, "
            "P.O. Box 77310, Tollgate Mills, OH 45601. Fax " + PDP["fax"] + ".",
            ("h", "Enrollee's Information"),
            (
                "k",
                [
                    ["Enrollee's Name", PT["name"]],
                    ["Date of Birth", fd(PT["dob"], "us")],
                    ["Enrollee's Address", ", ".join(PT["addr"][1:])],
                    ["Phone", PT["phone"]],
                    ["Enrollee's Member ID #", PDID],
                ],
                True,
            ),
            (
                "h",
                "Complete the following section ONLY if the person making this request is not "
                "the enrollee or prescriber",
            ),
            ("k", [["Requestor's Name", ""], ["Relationship to Enrollee", ""]], True),
            ("h", "Name of prescription drug you are requesting"),
            "Ertapenem 1 g vial, 1 g IV every 24 hours, 42 vials (home infusion)",
            ("h", "Type of Coverage Determination Request"),
            (
                "c",
                [
                    (
                        "I need a drug that is not on the plan's list of covered drugs (formulary "
                        "exception)",
                        False,
                    ),
                    (
                        "I request prior authorization for the drug my prescriber has prescribed",
                        True,
                    ),
                    (
                        "I request an exception to the plan's limit on the number of pills "
                        "(quantity "
                        "limit)",
                        False,
                    ),
                    (
                        "My drug plan charges a higher copayment than it charges for another drug",
                        False,
                    ),
                ],
            ),
            "Additional information: Part B vs. Part D determination - drug given at home, not "
            "through DME pump. ESBL E. coli vertebral osteomyelitis; resistant to oral options.",
            (
                "b",
                "Signature: "
                + HIP["intake"]
                + " for "
                + ID["name"]
                + "    Date: "
                + fd(D(2026, 3, 7), "us"),
            ),
        ],
        title="Request for Medicare Prescription Drug Coverage Determination",
        size=9.2,
        head=LF,
        margins=(0.85, 0.85, 1.15, 0.9),
    )


# Source: tb_cd_approval
@doc("Medicare Part D/approval notice.pdf", "letter", "tb_cd_approval", outcome="approved",
     date=D(2026, 3, 9), ref=REF["cd"], member=PDID, ful=["prior_authorization"],
     links=["L5"])  # fmt: skip
def cd_approval():
    return letter(
        LF,
        fd(D(2026, 3, 9), "long"),
        PT["addr"],
        [["Enrollee Number", PDID], ["Case #", REF["cd"]]],
        "Notice of coverage determination - approved",
        [
            "Dear Bartholomew Nakagawa-Osei:",
            "We have approved your request for coverage of the following drug: ertapenem 1 g "
            "injection, 1 g every 24 hours. This approval is valid from 03/09/2026 through "
            "04/30/2026.",
            "You may fill this prescription at a network home infusion pharmacy. Your cost "
            "sharing is based on your Extra Help level.",
            "If you have questions, call us at " + PDP["phone"] + ", 24 hours a day, 7 days a "
            "week.",
        ],
        ["Pharmacy Services", PDP["name"]],
        cc=[ID["name"], HIP["name"]],
    )


# Source: tb_transition
@doc("Medicare Part D/transition letter.pdf", "letter", "tb_transition", outcome="informational",
     date=D(2026, 2, 12), ref=REF["tf"], member=PDID)  # fmt: skip
def transition():
    return letter(
        LF,
        fd(D(2026, 2, 12), "long"),
        PT["addr"],
        [["Member ID", PDID], ["Reference", REF["tf"]]],
        "Important information about your drug coverage",
        [
            "Dear Member:",
            "On " + fd(D(2026, 2, 10), "long") + " you received a temporary 30-day supply of "
            "pregabalin ER 165 mg tablets. We covered this one-time transition supply because you "
            "are new to our plan and this drug is not on our drug list (formulary).",
            "This was a temporary supply. We will not pay for more of this drug unless you get a "
            "formulary exception. Before your supply runs out, talk with your prescriber about:",
            [
                "Switching to a drug on our formulary, such as pregabalin immediate release or "
                "gabapentin",
                "Asking us for a formulary exception - your prescriber must give a "
                "supporting statement",
            ],
            "A transition supply is not a coverage decision. You can ask for a coverage "
            "determination at any time by calling " + PDP["phone"] + ".",
        ],
        ["Member Services", PDP["name"]],
    )
