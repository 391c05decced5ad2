"""TRAIN case A: infliximab (biosimilar) for Crohn's disease under a commercial employer PPO,
given by a home and ambulatory infusion pharmacy: request for records, denial, peer-to-peer,
the patient's own appeal, approval, nursing pre-certification and relayed approvals.

Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
"""

from __future__ import annotations

from own_lib import D, Registry, fd, money
from own_tpl import email, lab, letter, note, org_head, plain, portal

R = Registry("train", "train-a")
doc = R.doc

PT = dict(
    name="Oona M. Fairweather-Singh", caps="OONA M FAIRWEATHER-SINGH", dob=D(1986, 7, 19),
    addr=["Oona M. Fairweather-Singh", "2218 Larkspur Court", "Cobbleford, WI 53599"],
    phone="(608) 555-0134", spouse="Rafael Singh", mrn="CDH-0193382",
)  # fmt: skip
MID = "TRH447102938-01"
SPOUSE_MID = "TRH447102938-02"
PAY = dict(
    name="Tamarack Ridge Health Plan", um="Utilization Management Department",
    addr=["P.O. Box 40918", "Eau Pleine, WI 54499-0918"], phone="1-800-555-0142",
    fax="1-800-555-0143", web="tamarackridge.example", group="88120",
    plan="Tamarack Choice PPO 1500", md="Felicity R. Oyelaran, MD",
)  # fmt: skip
DR = dict(
    name="Ignatius P. Moreau-Lindqvist, MD", short="Dr. Moreau-Lindqvist",
    practice="Cobbleford Digestive Health Associates", addr="77 Millrace Drive, Suite 310",
    city="Cobbleford, WI 53598", phone="(608) 555-0112", fax="(608) 555-0113",
    contact="Tamsin Okoro", npi="1427715508",
)  # fmt: skip
HIP = dict(
    name="Birchgate Home & Ambulatory Infusion", addr="5100 Prairie Lantern Road",
    city="Cobbleford, WI 53597", phone="(608) 555-0160", fax="(608) 555-0161",
    intake="Jolene Varga", rph="Marek Oduya, PharmD", nurse="Corisande Blythe, RN",
)  # fmt: skip
DRUG = "infliximab-dyyb 100 mg vial (HCPCS Q5103)"
REF = dict(
    order="CDH-ORD-26-0211", case="PA-TR-2602-118734", appeal="APL-TR-26-00562",
    auth="TRA-7720441903", nurse="TRN-5518302", bv="BG-BV-26-0417", intake="BG-INT-26-0208",
    copay="BBS-30027714", lab_tb="DRL-26-041-0553", lab_cbc="DRL-26-033-0177",
    endo="ENDO-25-11873", eob="26-0312-448810", eob_sp="26-0220-119043",
    sp_auth="TRA-7718203366", old_case="PA-TR-2506-077120",
)  # fmt: skip
MEMBER_IDS = [MID, SPOUSE_MID]

LOG = [
    dict(id="L1", item="prescription", what="Infliximab-dyyb orders (5 mg/kg weeks 0, 2, 6 then "
         "every 8 weeks) and home infusion nursing orders from Dr. Moreau-Lindqvist",
         requested_by="pharmacy", requested_on="2026-02-04", submitted_on="2026-02-05", due=None),
    dict(id="L2", item="insurance_card", what="Copy of the Tamarack Ridge ID card, front and back",
         requested_by="pharmacy", requested_on="2026-02-05", submitted_on="2026-02-06", due=None),
    dict(id="L3", item="benefits_verification", what="Birchgate benefits check and cost estimate "
         "for home infliximab", requested_by="patient", requested_on="2026-02-05",
         submitted_on="2026-02-10", due=None),
    dict(id="L4", item="prior_authorization", what="Tamarack Ridge prior authorization for "
         "infliximab-dyyb with home infusion nursing, through peer-to-peer and appeal",
         requested_by="pharmacy", requested_on="2026-02-09", submitted_on="2026-03-13", due=None),
    dict(id="L5", item="clinical_notes", what="Office visit notes from the last 6 months "
         "(gastroenterology)", requested_by="payer", requested_on="2026-02-13",
         submitted_on="2026-02-20", due="2026-02-27"),
    dict(id="L6", item="lab_results", what="TB screening (QuantiFERON) and hepatitis B results",
         requested_by="payer", requested_on="2026-02-13", submitted_on="2026-02-19",
         due="2026-02-27"),
    dict(id="L7", item="medication_history", what="Prior therapies tried and failed with dates "
         "(budesonide, azathioprine, prednisone)", requested_by="payer",
         requested_on="2026-02-13", submitted_on="2026-02-20", due="2026-02-27"),
    dict(id="L8", item="diagnosis", what="Colonoscopy and pathology report with ICD-10 codes",
         requested_by="payer", requested_on="2026-02-13", submitted_on="2026-02-20",
         due="2026-02-27"),
    dict(id="L9", item="medical_necessity", what="Letter of medical necessity for the appeal",
         requested_by="patient", requested_on="2026-03-02", submitted_on="2026-03-04", due=None),
    dict(id="L10", item="clinical_notes", what="Updated office visit note for the appeal (current "
         "steroid dose, Harvey-Bradshaw index)", requested_by="payer", requested_on="2026-03-06",
         submitted_on="2026-03-09", due="2026-03-16"),
]  # fmt: skip

CASE = {
    "patient": PT["name"],
    "therapy": "Infliximab-dyyb 5 mg/kg (400 mg) IV at weeks 0, 2 and 6, then every 8 weeks, "
    "home infusion with nursing, 12 months",
    "payer": PAY["name"],
    "member_id": MID,
    "provider_office": {"name": DR["practice"], "phone": DR["phone"], "fax": DR["fax"],
                        "contact": DR["contact"]},
    "pharmacy": {"name": HIP["name"], "phone": HIP["phone"], "contact": HIP["intake"]},
    "log": LOG,
}  # fmt: skip

GI = org_head(DR["practice"], [f"{DR['addr']}, {DR['city']}",
              f"Phone {DR['phone']}  |  Fax {DR['fax']}"], right=["Gastroenterology",
              "Inflammatory Bowel Disease Clinic"], font="Times-Roman")  # fmt: skip
TR = org_head(PAY["name"], [PAY["um"], ", ".join(PAY["addr"]), f"Fax {PAY['fax']}"],
              right=[f"Member Services {PAY['phone']} (TTY 711)", "www." + PAY["web"]],
              footer="Form TR-UM-118 (rev. 09/2025)   OMB-exempt plan notice")  # fmt: skip
BG = org_head(HIP["name"], [f"{HIP['addr']}, {HIP['city']}",
              f"Phone {HIP['phone']}   Fax {HIP['fax']}"], right=["Home infusion pharmacy",
              "Nursing  |  Ambulatory suites"])  # fmt: skip
LABH = org_head("DRIFTLESS REGIONAL LABORATORY", ["1200 Coulee Road, Cobbleford, WI 53596",
                "Client Services (608) 555-0175   CLIA 52D7700918"], font="Courier")  # fmt: skip
PT_ROWS = [["Patient", PT["name"]], ["Date of birth", fd(PT["dob"], "us")]]
SIG_DR = [DR["name"], "Gastroenterology, " + DR["practice"], "NPI " + DR["npi"]]


# Source: ta_note ("Sample Outpatient Notes" structure is avoided; this follows the AGA IBD
# clinical care pathway visit elements, see SOURCES).
@doc("Dr Moreau/GI visit 1-22-26.pdf", "clinical", "ta_ibd_visit", date=D(2026, 1, 22),
     ful=["clinical_notes"], links=["L5"])  # fmt: skip
def gi_visit_jan():
    return note(
        GI,
        "Office Visit - Inflammatory Bowel Disease",
        [
            ["Patient", PT["name"]],
            ["DOB", fd(PT["dob"], "us")],
            ["MRN", PT["mrn"]],
            ["Visit date", fd(D(2026, 1, 22), "long")],
            ["Provider", DR["name"]],
        ],
        [
            (
                "Interval history",
                [
                    "39-year-old with ileocolonic Crohn's disease diagnosed 2019. "
                    "Flare since October 2025: 6-8 loose stools a day, nocturnal stools, 4 kg "
                    "weight loss. "
                    "Hospitalized 11/2025 for partial small bowel obstruction, managed without "
                    "surgery."
                ],
            ),
            (
                "Prior therapies",
                [
                    [
                        "Mesalamine 2019-2020: no response",
                        "Budesonide 9 mg 2020, 2023: response, relapse on taper",
                        "Azathioprine 2021-2025: stopped 09/2025 for pancreatitis",
                        "Prednisone 40 mg taper x2 (2024, 11/2025): steroid dependent",
                    ]
                ],
            ),
            (
                "Exam",
                [
                    "BP 112/70, HR 96, Wt 70.2 kg. Mild RLQ tenderness, no mass. No perianal "
                    "disease."
                ],
            ),
            (
                "Assessment",
                [
                    "Crohn's disease of both small and large intestine (K50.80), moderate to "
                    "severe, steroid dependent, failed conventional therapy. Harvey-Bradshaw "
                    "index 11."
                ],
            ),
            (
                "Plan",
                [
                    "Start infliximab-dyyb 5 mg/kg IV at weeks 0, 2, 6 then every 8 weeks. Pre-"
                    "biologic screening: QuantiFERON, hepatitis B panel. Home infusion "
                    "preferred (works "
                    "two jobs, 70 miles from the hospital infusion center). Return in 4 weeks."
                ],
            ),
        ],
        signer=SIG_DR,
        sig_key="moreau1",
    )


@doc("Dr Moreau/follow up note feb.pdf", "clinical", "ta_ibd_visit", date=D(2026, 2, 18),
     ful=["clinical_notes"], links=["L5"], scan=("scanner", 170))  # fmt: skip
def gi_visit_feb():
    return note(
        GI,
        "PROGRESS NOTE",
        [
            ["Patient", PT["name"]],
            ["DOB", fd(PT["dob"], "us")],
            ["Date of service", fd(D(2026, 2, 18), "us")],
        ],
        [
            (
                "S",
                [
                    "Still 5-6 stools a day on prednisone 20 mg. Awaiting insurance decision on "
                    "infliximab. Fatigue. No fever."
                ],
            ),
            ("O", ["Wt 69.5 kg. Abdomen soft, mild RLQ tenderness. CRP 31 mg/L (02/02/2026)."]),
            ("A", ["Crohn's disease K50.80, active, steroid dependent."]),
            (
                "P",
                [
                    "Send chart notes, labs and prior therapy summary to the plan as requested. "
                    "Continue prednisone taper to 15 mg. Calcium/vitamin D."
                ],
            ),
        ],
        signer=SIG_DR,
    )


@doc("Dr Moreau/colonoscopy report.pdf", "clinical", "ta_endoscopy", date=D(2025, 12, 9),
     ref=REF["endo"], ful=["diagnosis"], links=["L8"])  # fmt: skip
def colonoscopy():
    return note(
        GI,
        "Colonoscopy Procedure Report",
        [
            ["Patient", PT["name"]],
            ["DOB", fd(PT["dob"], "us")],
            ["Procedure date", fd(D(2025, 12, 9), "dmy")],
            ["Accession", REF["endo"]],
            ["Endoscopist", DR["name"]],
            ["Indication", "Crohn's disease, flare; assess extent and severity"],
        ],
        [
            (
                "Findings",
                [
                    "Terminal ileum: deep linear ulcers over 15 cm, cobblestoning. Ascending "
                    "and transverse colon: patchy aphthous ulcers with normal intervening "
                    "mucosa. Rectum "
                    "spared. SES-CD 14."
                ],
            ),
            (
                "Pathology (final 12/12/2025)",
                [
                    "Terminal ileum biopsy: active chronic ileitis with "
                    "non-caseating granuloma. Colon biopsies: focal active colitis. No dysplasia."
                ],
            ),
            (
                "Impression / ICD-10",
                [
                    [
                        "K50.80 Crohn's disease of both small and large intestine "
                        "without complications",
                        "K50.812 with intestinal obstruction - history (11/2025)",
                    ]
                ],
            ),
        ],
        signer=SIG_DR,
    )


# Source: ta_infusion_order
@doc("Dr Moreau/infliximab orders.pdf", "referral", "ta_infusion_order", date=D(2026, 2, 4),
     ref=REF["order"], ful=["prescription"], links=["L1"])  # fmt: skip
def orders():
    return plain(
        [
            (
                "k",
                [
                    ["Order #", REF["order"]],
                    ["Order date", fd(D(2026, 2, 4), "us")],
                    ["Patient", PT["name"]],
                    ["DOB", fd(PT["dob"], "us")],
                    ["Weight", "70.2 kg"],
                    ["Allergies", "Sulfa (rash)"],
                    ["Diagnosis", "K50.80 Crohn's disease of small and large intestine"],
                ],
                True,
            ),
            ("h", "Medication"),
            (
                "c",
                [
                    (
                        "Infliximab-dyyb 5 mg/kg = 350 mg, round to 400 mg (4 vials) IV over 2 "
                        "hours",
                        True,
                    ),
                    (
                        "Induction: week 0, week 2, week 6; maintenance every 8 weeks x 12 months",
                        True,
                    ),
                    ("Infliximab (reference product)", False),
                    ("Dose escalation 10 mg/kg", False),
                ],
            ),
            ("h", "Premedication (30 minutes before)"),
            ["Acetaminophen 650 mg PO", "Cetirizine 10 mg PO"],
            ("h", "Nursing"),
            [
                "Skilled nursing visit each infusion: peripheral IV start, vitals every 30 min, "
                "observe "
                "30 min after first two infusions",
                "Anaphylaxis kit: epinephrine 0.3 mg IM PRN",
            ],
            ("s", "Labs: CBC, CMP every 8 weeks before infusion; fax results to " + DR["fax"]),
            ("sp", 10),
            ("b", "Prescriber: " + DR["name"] + "   NPI " + DR["npi"]),
            "Signature on file - electronically signed " + fd(D(2026, 2, 4), "us"),
        ],
        size=9.5,
        head=GI,
        title="Biologic Infusion Therapy Plan Orders",
        margins=(0.85, 0.85, 1.2, 0.9),
    )


@doc("fax_0204_1612.pdf", "referral", "ta_nursing_referral", date=D(2026, 2, 4),
     ful=["prescription"], links=["L1"], scan=("fax", 200))  # fmt: skip
def nursing_referral():
    return plain(
        [
            (
                "k",
                [
                    ["Referral date", fd(D(2026, 2, 4), "abbr")],
                    ["Patient", PT["name"]],
                    ["Phone", PT["phone"]],
                    ["Referring MD", DR["name"]],
                    ["Therapy", "Infliximab-dyyb 400 mg IV q8 weeks after induction"],
                    ["Start of care", "after authorization"],
                    ["Dx", "K50.80"],
                ],
                True,
            ),
            ("h", "Home health nursing orders"),
            [
                "SN visit for each infusion and PRN for IV complications",
                "Teach signs of infusion "
                "reaction and infection; hold dose for fever > 100.4 F or active infection",
                "Remove peripheral IV after infusion",
            ],
            ("s", "Face sheet, insurance card copy and last office note attached."),
            ("b", "Ordering physician signature: ________________  " + DR["name"]),
        ],
        title="HOME INFUSION REFERRAL / NURSING ORDERS",
        size=10,
        fax=f"FEB-04-2026 16:12  FROM {DR['fax']}  TO {HIP['fax']}  P.{{p}}/02",
    )


@doc("Dr Moreau/med list.pdf", "clinical", "ta_med_profile", date=D(2026, 2, 19),
     ful=["medication_history"], links=["L7"])  # fmt: skip
def med_list():
    return portal(
        "2/19/26, 3:02 PM", "https://chart.cobblefordgi.example/patient/meds/print",
        DR["practice"], "Medication Profile and Prior Therapies",
        [["Patient", PT["name"]], ["DOB", fd(PT["dob"], "us")], ["Printed for",
          "Tamarack Ridge records request"], ["Profile date", fd(D(2026, 2, 19), "long")]],
        table=[["Medication", "Dates", "Outcome / reason stopped"],
               ["Mesalamine 4.8 g/day", "03/2019 - 02/2020", "No response"],
               ["Budesonide EC 9 mg", "2020; 2023", "Response, relapse on taper"],
               ["Azathioprine 150 mg", "06/2021 - 09/2025", "Pancreatitis (stopped)"],
               ["Prednisone 40 mg taper", "2024; 11/2025 - now", "Steroid dependent"],
               ["Infliximab-dyyb (requested)", "pending", "Awaiting authorization"]],
        widths=[2.4, 1.7, 2.6], paras=["Active medications: prednisone 20 mg daily (tapering), "
        "calcium carbonate/vitamin D3, omeprazole 20 mg."])  # fmt: skip


# Source: ta_lab
@doc("Labs/QuantiFERON hep B.pdf", "clinical", "ta_lab", date=D(2026, 2, 11), ref=REF["lab_tb"],
     ful=["lab_results"], links=["L6"])  # fmt: skip
def lab_tb():
    return lab(
        LABH,
        "FINAL REPORT",
        [
            ["Patient", PT["caps"]],
            ["DOB", fd(PT["dob"], "us")],
            ["Accession", REF["lab_tb"]],
            ["Collected", fd(D(2026, 2, 10), "us") + " 08:14"],
            ["Reported", fd(D(2026, 2, 11), "us")],
            ["Ordering", DR["name"]],
        ],
        [
            ["Test", "Result", "Flag", "Reference", "Units"],
            ["QuantiFERON-TB Gold Plus", "NEGATIVE", "", "Negative", ""],
            ["  TB1 Ag minus Nil", "0.02", "", "< 0.35", "IU/mL"],
            ["  Mitogen minus Nil", "> 10.0", "", "", "IU/mL"],
            ["Hepatitis B surface Ag", "Nonreactive", "", "Nonreactive", ""],
            ["Hepatitis B core Ab, total", "Nonreactive", "", "Nonreactive", ""],
            ["Hepatitis B surface Ab", "112", "", "> 10 immune", "mIU/mL"],
        ],
        comment=[
            "Negative QuantiFERON does not exclude latent TB infection in "
            "immunosuppressed patients (on prednisone)."
        ],
    )


@doc("Labs/scan0031.pdf", "clinical", "ta_lab", date=D(2026, 2, 3), ref=REF["lab_cbc"],
     ful=["lab_results"], scan=("scanner", 180))  # fmt: skip
def lab_cbc():
    return lab(
        LABH,
        "CUMULATIVE REPORT",
        [
            ["Patient", PT["caps"]],
            ["DOB", fd(PT["dob"], "us")],
            ["Accession", REF["lab_cbc"]],
            ["Collected", fd(D(2026, 2, 2), "dmy")],
            ["Reported", fd(D(2026, 2, 3), "dmy")],
        ],
        [
            ["Test", "Result", "Flag", "Reference", "Units"],
            ["WBC", "11.8", "H", "4.0-10.5", "K/uL"],
            ["Hemoglobin", "10.9", "L", "12.0-15.5", "g/dL"],
            ["Platelets", "468", "H", "150-400", "K/uL"],
            ["Albumin", "3.1", "L", "3.5-5.0", "g/dL"],
            ["C-reactive protein", "31", "H", "< 5", "mg/L"],
            ["Fecal calprotectin", "820", "H", "< 50", "ug/g"],
        ],
    )


# Source: ta_sp_welcome
@doc("Birchgate/welcome letter.pdf", "letter", "ta_sp_welcome", outcome="informational",
     date=D(2026, 2, 5), ref=REF["intake"], links=["L2"])  # fmt: skip
def welcome():
    return letter(
        BG,
        fd(D(2026, 2, 5), "long"),
        PT["addr"],
        [["Patient intake #", REF["intake"]]],
        "Welcome to Birchgate - your first steps",
        [
            "Dear Ms. Fairweather-Singh,",
            "Dr. Moreau-Lindqvist's office has referred you to Birchgate for infliximab infusions "
            "at home. Our intake team will now check your insurance benefits, work with your "
            "doctor on any prior authorization, and call you before anything is scheduled.",
            "What we need from you: a copy of the front and back of your insurance card. You can "
            "fax it to " + HIP["fax"] + " or upload it in the patient portal.",
            "What happens next:",
            [
                "Benefits check (2-3 business days) - we will call you with your estimated cost",
                "Prior authorization, if your plan requires it - this can take "
                "up to 15 business days",
                "Delivery and nurse visit scheduling",
            ],
            "Questions? Call " + HIP["intake"] + " at " + HIP["phone"] + ".",
        ],
        [HIP["intake"], "Patient Intake Coordinator"],
    )


@doc("Birchgate/benefits verification.pdf", "letter", "ta_bv", outcome="informational",
     date=D(2026, 2, 10), ref=REF["bv"], member=MID, ful=["benefits_verification"],
     links=["L3"])  # fmt: skip
def bv():
    return letter(
        BG,
        "",
        None,
        None,
        None,
        [
            (
                "k",
                [
                    ["Date completed", fd(D(2026, 2, 10), "us")],
                    ["BV reference", REF["bv"]],
                    ["Patient", PT["name"]],
                    ["Payer / ID", PAY["name"] + " / " + MID],
                    ["Group", PAY["group"]],
                    ["Plan", PAY["plan"]],
                    ["Spoke with", "Dana at provider services, call ref 0210-7731"],
                ],
                True,
            ),
            (
                "g",
                [
                    ["Benefit", "In network", "Patient share"],
                    [
                        "Infliximab-dyyb (medical benefit)",
                        "Yes - PA required",
                        "20% after deductible",
                    ],
                    ["Home infusion per diem S9359", "Yes", "20% after deductible"],
                    [
                        "Nursing visits 99601/99602",
                        "Yes - precert required",
                        "20% after deductible",
                    ],
                    ["Deductible", "$1,500 (met $310)", ""],
                    ["Out-of-pocket maximum", "$4,000 (met $310)", ""],
                ],
                [2.6, 2.0, 2.0],
            ),
            "Estimated cost per maintenance infusion: " + money(1184.5) + " until the deductible "
            "is met, then about " + money(512.4) + ". Manufacturer copay help may apply.",
            (
                "s",
                "This verification is not a guarantee of payment. Benefits are determined by the "
                "payer when claims are processed.",
            ),
        ],
        [HIP["intake"], "Reimbursement, " + HIP["name"]],
        heading="BENEFITS VERIFICATION SUMMARY",
    )


# Source: ta_pa_form
@doc("Tamarack/PA request we sent.pdf", "letter", "ta_pa_form", outcome="informational",
     date=D(2026, 2, 9), member=MID, links=["L4"])  # fmt: skip
def pa_form():
    return plain(
        [
            (
                "k",
                [
                    ["Date of request", fd(D(2026, 2, 9), "us")],
                    ["Member name", PT["name"]],
                    ["Member I.D. #", MID],
                    ["Group #", PAY["group"]],
                    ["DOB", fd(PT["dob"], "us")],
                    ["Prescriber", DR["name"] + ", NPI " + DR["npi"]],
                    ["Office contact", DR["contact"] + "  " + DR["phone"]],
                    ["Site of care", "Home infusion - " + HIP["name"]],
                ],
                True,
            ),
            ("h", "Drug requested"),
            (
                "k",
                [
                    ["Drug / HCPCS", DRUG],
                    ["Dose", "5 mg/kg (400 mg) weeks 0, 2, 6 then q8 weeks"],
                    ["Diagnosis / ICD-10", "Crohn's disease K50.80"],
                ],
                True,
            ),
            ("h", "Clinical criteria"),
            (
                "c",
                [
                    ("Moderately to severely active Crohn's disease", True),
                    (
                        "Inadequate response or intolerance to a conventional agent for 3 months "
                        "(6-mercaptopurine, azathioprine, corticosteroids, methotrexate)",
                        True,
                    ),
                    ("Negative TB screening within 12 months", True),
                    ("Currently on another biologic", False),
                ],
            ),
            "Attachments: last office note, colonoscopy report. Labs to follow.",
            ("b", "Prescriber signature: (signed) " + DR["name"]),
        ],
        title="Specialty Medication Prior Authorization Request - Medical Benefit",
        size=9.5,
        head=org_head(
            PAY["name"], ["Fax completed form to " + PAY["fax"]], footer="TR-PA-004 rev 01/2026"
        ),
        margins=(0.85, 0.85, 1.1, 0.9),
    )


def info_request_pdf():
    return letter(
        TR,
        fd(D(2026, 2, 13), "long"),
        PT["addr"],
        [
            ["Plan Reference Number", REF["case"]],
            ["Member I.D. #", MID],
            ["Requesting provider", DR["name"]],
            ["Service", DRUG + ", home infusion"],
        ],
        "We need more information to review your request",
        [
            "Dear Oona Fairweather-Singh:",
            "We received a request from your doctor on " + fd(D(2026, 2, 9), "long") + " for the "
            "medication listed above. Before we can make a decision, we need the following records "
            "from your doctor's office:",
            [
                "Chart notes / office visit notes from the last 6 months",
                "TB screening (QuantiFERON or TST) and hepatitis B panel results",
                "A list of prior therapies tried and failed, with dates and reasons stopped",
                "Colonoscopy or imaging report with ICD-10 codes supporting the diagnosis",
            ],
            "If this information is not received by " + fd(D(2026, 2, 27), "long") + ", we will "
            "make our decision using the information we already have, which may result in a "
            "denial of the request.",
            "We sent a copy of this letter to your doctor. Records may be faxed to "
            + PAY["fax"]
            + " with this letter as the cover page.",
            "This letter is not a denial of coverage.",
        ],
        ["Utilization Management", PAY["name"]],
        cc=[DR["name"], HIP["name"]],
    )


@doc("Tamarack/letter 2-13.pdf", "letter", "ta_info_request", outcome="info_requested",
     date=D(2026, 2, 13), ref=REF["case"], member=MID, due=D(2026, 2, 27),
     req=["clinical_notes", "lab_results", "medication_history", "diagnosis"],
     links=["L5", "L6", "L7", "L8"])  # fmt: skip
def info_request():
    return info_request_pdf()


@doc("Scans/scan0033.pdf", "letter", "ta_info_request", outcome="info_requested",
     date=D(2026, 2, 13), ref=REF["case"], member=MID, due=D(2026, 2, 27),
     req=["clinical_notes", "lab_results", "medication_history", "diagnosis"],
     links=["L5", "L6", "L7", "L8"], scan=("fax", 200))  # fmt: skip
def info_request_fax():
    return info_request_pdf()


# Source: ta_denial
@doc("Tamarack/denial letter.pdf", "letter", "ta_denial", outcome="denied", date=D(2026, 2, 26),
     ref=REF["case"], member=MID, links=["L4"])  # fmt: skip
def denial():
    return letter(
        TR,
        fd(D(2026, 2, 26), "us"),
        PT["addr"],
        [
            ["Case #", REF["case"]],
            ["Member ID", MID],
            ["Service requested", DRUG],
            ["Provider", DR["name"]],
        ],
        "Notice of Adverse Determination",
        [
            "Dear Ms. Fairweather-Singh:",
            "We reviewed the request for infliximab-dyyb infusions. We are not able to approve "
            "this request. The reason for our decision is:",
            "Our Crohn's Disease Biologic Agents policy (RX-MB-212) requires a trial of a "
            "preferred subcutaneous agent (adalimumab product) before an infused agent, unless "
            "there is a documented reason it cannot be used. The records do not show a trial of "
            "or a contraindication to a preferred agent.",
            "The review was done by a board-certified physician reviewer. Your doctor may call "
            + PAY["phone"]
            + " to discuss this decision with the reviewer (peer-to-peer).",
            ("h", "Your right to appeal"),
            "You or your doctor may ask for an appeal within 180 days after you receive this "
            "notice. Send a written appeal with any records to Appeals, "
            + ", ".join(PAY["addr"])
            + ", or fax "
            + PAY["fax"]
            + ". If waiting could seriously harm your health you may ask "
            "for an expedited appeal; we decide expedited appeals within 72 hours.",
            "You may also have the right to an external review by an independent review "
            "organization after the appeal.",
        ],
        [PAY["md"], "Medical Director"],
        sig_key="oyelaran",
    )


@doc("Tamarack/peer to peer.pdf", "letter", "ta_p2p", outcome="informational",
     date=D(2026, 2, 27), ref=REF["case"], links=["L4"])  # fmt: skip
def p2p():
    return letter(
        TR,
        fd(D(2026, 2, 27), "wlong"),
        [DR["name"], DR["practice"], DR["addr"], DR["city"]],
        [["Case #", REF["case"]], ["Patient", PT["name"]]],
        "Peer-to-peer conversation scheduled",
        [
            "Dear Dr. Moreau-Lindqvist:",
            "Thank you for requesting a peer-to-peer (P2P) discussion about the adverse "
            "determination issued for your patient. A P2P is a telephone conversation between "
            "you and one of our physician reviewers about the reasons for the decision. It is not "
            "an appeal, and no new records are accepted during the call.",
            "Your call is scheduled for Tuesday, March 3, 2026, between 2:00 and 2:30 p.m. "
            "Central. Our reviewer will call the number you gave: " + DR["phone"] + ".",
            "If we cannot reach you in two attempts, the P2P will be considered completed and you "
            "may pursue the appeal process described in the determination letter.",
            "The original determination (request not approved) stays in effect unless it is "
            "changed after the discussion.",
        ],
        ["Clinical Review Scheduling", PAY["name"]],
    )


# Source: ta_member_appeal
@doc("Letters/my appeal letter.pdf", "letter", "ta_member_appeal", outcome="informational",
     date=D(2026, 3, 2), ref=REF["case"], member=MID, links=["L4"])  # fmt: skip
def member_appeal():
    return letter(
        None,
        fd(D(2026, 3, 2), "long"),
        ["Appeals Department", PAY["name"], *PAY["addr"]],
        [["Re:", PT["name"]], ["Member ID", MID], ["Case number", REF["case"]]],
        "Appeal of denied infliximab infusions",
        [
            "To whom it may concern,",
            "Please accept this letter as my appeal of your decision to deny coverage for "
            "infliximab-dyyb infusions. Your letter dated " + fd(D(2026, 2, 26), "long") + " says "
            'the request was denied because "the records do not show a trial of or a '
            'contraindication to a preferred agent".',
            "I have had Crohn's disease since 2019 and have tried mesalamine, budesonide, "
            "azathioprine (stopped after pancreatitis) and two courses of prednisone. Dr. Moreau-"
            "Lindqvist explains in the enclosed letter why an infused medicine with weight-based "
            "dosing is needed after my bowel obstruction in November.",
            "I ask that you reconsider and approve the infusions. Please contact me at "
            + PT["phone"]
            + " if you need anything else.",
            "Sincerely,",
        ],
        [PT["name"], PT["addr"][1], PT["addr"][2]],
        sig_key="oona",
        margins=(1.0, 1.0, 0.9, 0.9),
    )


@doc("Dr Moreau/LMN appeal.pdf", "clinical", "ta_lmn", date=D(2026, 3, 4), member=MID,
     ful=["medical_necessity"], links=["L9"])  # fmt: skip
def lmn():
    return letter(
        GI,
        fd(D(2026, 3, 4), "long"),
        ["Appeals Department", PAY["name"]],
        [["RE:", PT["name"] + ", DOB " + fd(PT["dob"], "us")], ["Member ID", MID]],
        "Letter of medical necessity - infliximab-dyyb",
        [
            "To the appeals reviewer:",
            "I am writing on behalf of my patient, who has moderately to severely active "
            "ileocolonic Crohn's disease (K50.80) with a partial small bowel obstruction in "
            "November 2025, steroid dependence and failure or intolerance of mesalamine, "
            "budesonide and azathioprine.",
            "A subcutaneous adalimumab product is not appropriate as first biologic here: with "
            "deep ileal ulceration, hypoalbuminemia (3.1 g/dL) and a recent obstruction, "
            "weight-based intravenous induction gives faster and more reliable drug levels, and "
            "the ACG guideline supports infliximab for this presentation.",
            "Delay risks another obstruction and surgery. I ask you to approve infliximab-dyyb "
            "5 mg/kg at weeks 0, 2, 6 and every 8 weeks at home.",
        ],
        SIG_DR,
        sig_key="moreau1",
    )


# Source: ta_appeal_ack
@doc("Tamarack/appeal acknowledgment.pdf", "letter", "ta_appeal_ack", outcome="informational",
     date=D(2026, 3, 5), ref=REF["appeal"], member=MID, links=["L4"],
     scan=("scanner", 170))  # fmt: skip
def appeal_ack():
    return letter(
        TR,
        None,
        PT["addr"],
        [["Tracking ID", REF["appeal"]], ["Member", MID]],
        None,
        [
            "Dear Member,",
            "We received your appeal on " + fd(D(2026, 3, 4), "long") + " about the denied "
            "infliximab-dyyb request. A physician who was not involved in the first decision "
            "will review it. We will send you our decision within 30 calendar days of the "
            "day we received your appeal.",
            "You may send more information at any time before the decision.",
        ],
        ["Grievances and Appeals", PAY["name"]],
        heading="APPEAL ACKNOWLEDGMENT  -  " + fd(D(2026, 3, 5), "LONG_UP"),
    )


# Source: ta_approval
@doc("Tamarack/approval.pdf", "letter", "ta_approval", outcome="approved", date=D(2026, 3, 13),
     ref=REF["auth"], member=MID, ful=["prior_authorization"], links=["L4"])  # fmt: skip
def approval():
    return letter(
        TR,
        None,
        PT["addr"],
        [["Auth #", REF["auth"]], ["Member I.D. #", MID]],
        "Your appeal is approved",
        [
            "Dear Oona Fairweather-Singh:",
            "After review of the appeal and the information from your doctor, we have reversed "
            "our earlier decision. The following service is approved:",
            (
                "g",
                [
                    ["Service", "Units", "Start date", "End date", "Provider"],
                    [
                        "Infliximab-dyyb Q5103 (10 mg units)",
                        "200",
                        "03/16/2026",
                        "03/15/2027",
                        HIP["name"],
                    ],
                    ["Home infusion per diem S9359", "9", "03/16/2026", "03/15/2027", HIP["name"]],
                ],
                [2.1, 0.6, 1.0, 1.0, 2.0],
            ),
            "Reviewed " + fd(D(2026, 3, 13), "us") + " by " + PAY["md"] + ", Medical Director.",
            "Approval means the service is medically necessary; payment depends on your "
            "eligibility and benefits on the date of service.",
        ],
        ["Grievances and Appeals", PAY["name"]],
    )


@doc("Downloads/Fwd_ Good news - infusion approved.pdf", "letter", "ta_fwd_email",
     outcome="approved", date=D(2026, 3, 14), ref=REF["auth"], ful=["prior_authorization"],
     links=["L4"])  # fmt: skip
def fwd_email():
    return email(
        "3/16/26, 8:41 AM",
        "Fwd: Good news - infusion approved!",
        "Oona Fairweather-Singh <oona.fs@mailbox.example>",
        "Priya Fairweather <priya.f@mailbox.example>",
        fd(D(2026, 3, 14), "email") + ", 7:22 PM",
        [
            "Pri - it finally went through!! Forwarding what the plan sent. Birchgate is calling "
            "Monday to set up the first infusion. Thank you for helping with the appeal letter."
        ],
        quoted=[
            "From: Tamarack Ridge Member Messages <no-reply@tamarackridge.example>",
            "Date: " + fd(D(2026, 3, 13), "email") + ", 4:05 PM",
            "Subject: A decision was made on your request",
            "Your appeal for infliximab-dyyb was APPROVED. Authorization "
            + REF["auth"]
            + " covers 03/16/2026 - 03/15/2027 for member ID ending 8-01.",
            "Log in to view the letter in your Message Center.",
        ],
    )


# Source: ta_nursing_precert
@doc("Birchgate/nursing precert approved.pdf", "letter", "ta_nursing_precert", outcome="approved",
     date=D(2026, 3, 16), ref=REF["nurse"], member=MID, ful=["prior_authorization"],
     links=["L4"])  # fmt: skip
def nursing_precert():
    return letter(
        TR,
        fd(D(2026, 3, 16), "dmy"),
        [HIP["name"], HIP["addr"], HIP["city"]],
        [["Pre-certification #", REF["nurse"]], ["Member", PT["name"] + " / " + MID]],
        "Home health nursing pre-certification",
        [
            (
                "k",
                [
                    ["Status", "CERTIFIED"],
                    ["Visits", "99601 x 9, 99602 x 18 (per 1 hour units)"],
                    ["Period", "03/16/2026 - 03/15/2027"],
                    ["Reviewer", "RN case manager"],
                ],
                True,
            ),
            "Skilled nursing visits for infliximab administration at home have been certified as "
            "above. Visits beyond the certified number need a new request.",
        ],
        ["Care Management", PAY["name"]],
    )


# Source: ta_copay
@doc("Birchgate/copay program letter.pdf", "letter", "ta_copay", outcome="informational",
     date=D(2026, 3, 18), ref=REF["copay"])  # fmt: skip
def copay():
    return letter(
        org_head(
            "BioBridge Savings Program",
            ["Patient support for infused biologics", "1-877-555-0177  |  biobridge.example"],
        ),
        fd(D(2026, 3, 18), "long"),
        PT["addr"],
        [["Program ID", REF["copay"]]],
        "You're approved! Welcome to BioBridge Savings",
        [
            "Dear Oona,",
            "Good news: you are approved for the BioBridge Savings Program for infliximab-dyyb. "
            "With commercial insurance you may pay as little as $5 per infusion, up to the "
            "program maximum of $20,000 per calendar year.",
            "Your enrollment is valid through December 31, 2026. Your infusion provider will "
            "submit your insurance statement (EOB) to the program.",
            "This program is not insurance and does not cover the drug if your plan does not.",
        ],
        ["BioBridge Savings Program"],
    )


@doc("Birchgate/delivery email.pdf", "letter", "ta_delivery", outcome="informational",
     date=D(2026, 3, 19))  # fmt: skip
def delivery():
    return email(
        "3/19/2026 6:02 PM",
        "Your Birchgate delivery and nurse visit",
        "Birchgate Patient Care <care@birchgate.example>",
        "oona.fs@mailbox.example",
        fd(D(2026, 3, 19), "email") + ", 5:48 PM",
        [
            "Hello Oona,",
            "Your first infliximab-dyyb delivery is confirmed for Friday 3/20 "
            "between 8 and 10 AM. Please keep the box refrigerated. Corisande Blythe, RN will "
            "arrive at 11 AM for your infusion (about 3 hours).",
            "Reply STOP to end text reminders. Call " + HIP["phone"] + " with questions.",
        ],
    )


# Source: ta_infusion_visit
@doc("Birchgate/infusion visit note.pdf", "clinical", "ta_infusion_visit", date=D(2026, 3, 20),
     ful=["clinical_notes"], scan=("scanner", 160))  # fmt: skip
def visit_note():
    return note(
        BG,
        "Home Infusion Nursing Visit Note",
        [
            ["Patient", PT["name"]],
            ["Visit date", fd(D(2026, 3, 20), "us")],
            ["Time in / out", "11:02 / 14:25"],
            ["Therapy", "Infliximab-dyyb 400 mg IV, induction dose 1"],
        ],
        [
            (
                "Assessment",
                [
                    "T 98.4, BP 108/68, HR 88, SpO2 98%. No signs of infection. 22G PIV "
                    "right forearm, one attempt."
                ],
            ),
            (
                "Infusion",
                [
                    "Rate titrated per protocol 10-250 mL/h over 2 h. Vitals every 30 min, "
                    "stable. No reaction. Observed 30 minutes after."
                ],
            ),
            (
                "Teaching",
                [
                    "Reviewed signs of delayed reaction, infection precautions. Patient "
                    "verbalized understanding."
                ],
            ),
            ("Plan", ["Dose 2 on 04/03/2026."]),
        ],
        signer=[HIP["nurse"]],
        sig_key="blythe",
    )


@doc("Birchgate/infusion record.pdf", "clinical", "ta_infusion_visit", date=D(2026, 4, 3),
     ful=["medication_history"], scan=("fax", 200))  # fmt: skip
def infusion_record():
    return plain(
        [
            ("k", [["Patient", PT["name"]], ["Record printed", fd(D(2026, 4, 3), "us")]], True),
            (
                "g",
                [
                    ["Date", "Drug / dose", "Lot", "Start-stop", "Reaction", "RN"],
                    ["03/20/2026", "Infliximab-dyyb 400 mg", "FL2291", "11:20-13:25", "none", "CB"],
                    ["04/03/2026", "Infliximab-dyyb 400 mg", "FL2307", "10:05-12:02", "none", "CB"],
                ],
                [0.9, 1.8, 0.8, 1.1, 0.9, 0.5],
            ),
            "Next dose (week 6): 05/01/2026.",
        ],
        title="Medication Administration Record - Biologic Infusion",
        head=BG,
        margins=(0.85, 0.85, 1.2, 0.9),
        fax=f"04/03/2026 15:40 {HIP['fax']} BIRCHGATE -> {DR['fax']}  p{{p}}",
    )
