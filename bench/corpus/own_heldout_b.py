"""HELD-OUT case B: home parenteral nutrition (TPN) for short bowel syndrome under a Medicare
Advantage dual special needs plan: request for records counted in days, Notice of Denial of
Medical Coverage, Integrated Denial Notice, peer-to-peer offer, reconsideration, approvals.

Helpers writing reading rules must not read this module (see README.md).
Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
"""

from __future__ import annotations

from own_lib import D, Registry, fd
from own_tpl import lab, letter, note, org_head, plain

R = Registry("heldout", "heldout-b")
doc = R.doc

PT = dict(
    name="Evander T. Quisenberry-Lowe", caps="EVANDER T QUISENBERRY-LOWE", dob=D(1953, 9, 27),
    addr=["Evander T. Quisenberry-Lowe", "118 Cholla Vista Drive", "Piedra Lumbre, NM 87599"],
    phone="(505) 555-0137", wife="Lucinda Quisenberry-Lowe", daughter="Maribel Lowe-Archuleta",
    mrn="SRG-4471908",
)  # fmt: skip
MID = "JMA55019273"
WIFE_MID = "JMA55019274"
MBI = "2RC8-XJ4-TD96"
MA = dict(name="Juniper Mesa Advantage Dual (HMO D-SNP)", short="Juniper Mesa",
          addr=["Organization Determinations, P.O. Box 92210", "Rio Seco, NM 87198"],
          phone="1-866-555-0145", fax="1-866-555-0149", web="junipermesa.example")  # fmt: skip
DR = dict(name="Ottoline Ferreira-Baptiste, MD", practice="Rio Bravo Surgical & Nutrition "
          "Support Clinic", addr="2500 Acequia Madre Blvd, Suite 310, Rio Seco, NM 87196",
          phone="(505) 555-0119", fax="(505) 555-0120", contact="Consuelo Arviso",
          npi="1184466207")  # fmt: skip
HIP = dict(name="Sagebrush Nutrition & Infusion", addr="77 Turquoise Trail Road, Rio Seco, NM "
           "87196", phone="(505) 555-0168", fax="(505) 555-0169", intake="Ezequiel Montano",
           rd="Harriet Nakamura-Voss, RD, CNSC", nurse="Paloma Whitehorse, RN")  # fmt: skip
HOSP = "Sandia Ridge General Hospital"
REF = dict(
    order="RB-PN-26-0105", op="OR-25-1203-0447", lab1="MLP-26-007-2290", lab2="MLP-26-020-0419",
    bv="SNI-BV-2601-77", od="JM-OD-26-00913", idn="JM-OD-26-01022", apl="JM-AP-26-00188",
    hh="JM-HH-26-3381", eob="JMC-26-0216-55120", wife="JM-OD-26-00655",
)  # fmt: skip
MEMBER_IDS = [MID, WIFE_MID, MBI]

LOG = [
    dict(id="L1", item="prescription", what="Home parenteral nutrition order (formula, volume, "
         "12-hour cycle) and pump/supplies order from Dr. Ferreira-Baptiste",
         requested_by="pharmacy", requested_on="2026-01-05", submitted_on="2026-01-06", due=None),
    dict(id="L2", item="insurance_card", what="Copy of the Juniper Mesa member card",
         requested_by="pharmacy", requested_on="2026-01-06", submitted_on="2026-01-06", due=None),
    dict(id="L3", item="benefits_verification", what="Sagebrush benefits check for home PN",
         requested_by="patient", requested_on="2026-01-06", submitted_on="2026-01-08", due=None),
    dict(id="L4", item="prior_authorization", what="Juniper Mesa authorization of home parenteral "
         "nutrition, pump and supplies, through reconsideration", requested_by="pharmacy",
         requested_on="2026-01-07", submitted_on="2026-02-12", due=None),
    dict(id="L5", item="clinical_notes", what="Discharge summary and nutrition support clinic "
         "notes", requested_by="payer", requested_on="2026-01-09", submitted_on="2026-01-14",
         due="2026-01-19"),
    dict(id="L6", item="lab_results", what="Albumin, prealbumin, CMP, magnesium, triglycerides",
         requested_by="payer", requested_on="2026-01-09", submitted_on="2026-01-14",
         due="2026-01-19"),
    dict(id="L7", item="diagnosis", what="Operative report with remaining small bowel length and "
         "ICD-10 codes", requested_by="payer", requested_on="2026-01-09",
         submitted_on="2026-01-14", due="2026-01-19"),
    dict(id="L8", item="medical_necessity", what="Physician statement that the intestinal "
         "impairment is permanent (test of permanence)", requested_by="payer",
         requested_on="2026-01-29", submitted_on="2026-02-02", due="2026-02-06"),
]  # fmt: skip

CASE = {
    "patient": PT["name"],
    "therapy": "Home parenteral nutrition: 2-in-1 PN 2,000 mL with lipid 250 mL, 12-hour cycle "
    "via PICC, 7 nights a week, indefinite (short bowel syndrome)",
    "payer": MA["name"],
    "member_id": MID,
    "provider_office": {"name": DR["practice"], "phone": DR["phone"], "fax": DR["fax"],
                        "contact": DR["contact"]},
    "pharmacy": {"name": HIP["name"], "phone": HIP["phone"], "contact": HIP["intake"]},
    "log": LOG,
}  # fmt: skip

RB = org_head(DR["practice"], [DR["addr"], f"Phone {DR['phone']}  Fax {DR['fax']}"],
              right=["Intestinal Rehabilitation Program"])  # fmt: skip
SR = org_head(HOSP.upper(), ["Health Information Management"], right=["PATIENT " + PT["caps"],
              "MRN " + PT["mrn"]])  # fmt: skip
JM = org_head(MA["name"], [", ".join(MA["addr"]), "Fax " + MA["fax"]],
              right=["Member Services " + MA["phone"], "TTY 711", "www." + MA["web"]],
              footer="Juniper Mesa Advantage Dual is an HMO D-SNP with a Medicare contract and a "
              "contract with the New Mexico Medicaid program.")  # fmt: skip
SN = org_head(HIP["name"], [HIP["addr"], f"Phone {HIP['phone']}  Fax {HIP['fax']}"])
ML = org_head("MESA LAB PARTNERS", ["401 Arroyo Seco Road, Rio Seco, NM 87197",
              "(505) 555-0177   CLIA 32D6620014"], font="Courier")  # fmt: skip
SIG = [DR["name"], "General Surgery / Nutrition Support", "NPI " + DR["npi"]]


# Source: hb_op_report
@doc("Hospital/operative report.pdf", "clinical", "hb_op_report", date=D(2025, 12, 3),
     ref=REF["op"], ful=["diagnosis"], links=["L7"])  # fmt: skip
def op_report():
    return note(
        SR,
        "OPERATIVE REPORT",
        [
            ["Date of operation", fd(D(2025, 12, 3), "us")],
            ["Case #", REF["op"]],
            ["Surgeon", DR["name"]],
        ],
        [
            ("Preoperative diagnosis", ["Acute mesenteric ischemia (K55.059)."]),
            (
                "Procedure",
                [
                    "Exploratory laparotomy, resection of necrotic jejunum and ileum, "
                    "right hemicolectomy, end jejunostomy."
                ],
            ),
            (
                "Findings",
                [
                    "Remaining small bowel measured along the antimesenteric border: 85 cm "
                    "of jejunum. Ileocecal valve and right colon resected."
                ],
            ),
            (
                "Postoperative diagnosis",
                [
                    "Mesenteric ischemia with extensive infarction; resulting "
                    "short bowel syndrome (K91.2) with end jejunostomy (Z93.4)."
                ],
            ),
        ],
        signer=SIG,
    )


@doc("Hospital/discharge summary.pdf", "clinical", "hb_discharge", date=D(2025, 12, 29),
     ful=["clinical_notes"], links=["L5"], scan=("scanner", 170))  # fmt: skip
def discharge():
    return note(
        SR,
        "Discharge Summary",
        [
            ["Admission", fd(D(2025, 12, 1), "us")],
            ["Discharge", fd(D(2025, 12, 29), "us")],
            ["Attending", DR["name"]],
        ],
        [
            (
                "Hospital course",
                [
                    "Mesenteric ischemia, resection on 12/03 leaving 85 cm jejunum "
                    "with end jejunostomy. High output (3-4 L/day) despite loperamide and "
                    "omeprazole. "
                    "Started PN on 12/06. PICC placed 12/20 for home PN."
                ],
            ),
            (
                "Discharge plan",
                [
                    "Home PN nightly per nutrition support team; weekly labs for 4 "
                    "weeks; nutrition clinic 01/05/2026."
                ],
            ),
        ],
        signer=[DR["name"]],
    )


# Source: hb_nutrition_visit
@doc("Clinic/nutrition support visit.pdf", "clinical", "hb_nutrition_visit", date=D(2026, 1, 5),
     ful=["clinical_notes"], links=["L5"])  # fmt: skip
def nutrition_visit():
    return note(
        RB,
        "Nutrition Support Clinic - Follow-up",
        [
            ["Patient", PT["name"]],
            ["Visit date", fd(D(2026, 1, 5), "abbr")],
            ["Weight", "61.2 kg (usual 74 kg)"],
        ],
        [
            ("Subjective", ["Ostomy output 2.5-3 L/day. Eating small meals. Fatigue."]),
            ("Objective", ["BMI 19.8. Mild dehydration. Albumin 2.9 g/dL (12/28)."]),
            (
                "Assessment",
                [
                    "Short bowel syndrome (K91.2), 85 cm jejunum with end jejunostomy, "
                    "intestinal failure; cannot maintain weight or hydration enterally. Impairment "
                    "expected to be permanent."
                ],
            ),
            (
                "Plan",
                [
                    "Home PN 7 nights/week, 12-hour cycle. Refer to Sagebrush. Weekly CMP, "
                    "Mg, phosphorus x4 then monthly; triglycerides and prealbumin monthly."
                ],
            ),
        ],
        signer=SIG,
        sig_key="ferreira",
    )


# Source: hb_pn_order
@doc("Clinic/PN order.pdf", "referral", "hb_pn_order", date=D(2026, 1, 5), ref=REF["order"],
     ful=["prescription"], links=["L1"])  # fmt: skip
def pn_order():
    return plain(
        [
            (
                "k",
                [
                    ["Order", REF["order"]],
                    ["Date written", fd(D(2026, 1, 5), "us")],
                    ["Patient", PT["name"]],
                    ["DOB", fd(PT["dob"], "us")],
                    ["Dosing weight", "62 kg"],
                    ["Access", "Right arm PICC, single lumen"],
                ],
                True,
            ),
            (
                "g",
                [
                    ["Component", "Daily amount"],
                    ["Amino acids 10%", "100 g"],
                    ["Dextrose 70%", "250 g"],
                    ["Lipid emulsion 20%", "50 g (250 mL), separate"],
                    ["Sodium chloride", "120 mEq"],
                    ["Potassium acetate", "40 mEq"],
                    ["Magnesium sulfate", "16 mEq"],
                    ["Multivitamin / trace elements", "standard"],
                    ["Total volume", "2,000 mL + lipid"],
                ],
                [3.2, 3.0],
            ),
            "Infuse over 12 hours with 1-hour taper up and down, nightly. Duration: 99 months "
            "(lifetime). Dx K91.2, Z93.4.",
            ("b", "Ordering physician: " + DR["name"] + "  (electronically signed)"),
        ],
        title="Home Parenteral Nutrition Order",
        head=RB,
        size=9.5,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: hb_pump_order
@doc("Scans/fax_0106.pdf", "referral", "hb_pump_order", date=D(2026, 1, 6),
     ful=["prescription"], links=["L1"], scan=("fax", 200))  # fmt: skip
def pump_order():
    return plain(
        [
            (
                "k",
                [
                    ["Order date", fd(D(2026, 1, 6), "us")],
                    ["Beneficiary", PT["name"]],
                    ["Physician", DR["name"]],
                ],
                True,
            ),
            (
                "g",
                [
                    ["Item", "HCPCS", "Qty / frequency"],
                    ["Ambulatory infusion pump for PN", "B9004", "1 (rental)"],
                    ["PN supply kit", "B4224", "daily"],
                    ["Administration kit", "B4224", "daily"],
                    ["IV pole", "E0776", "1"],
                ],
                [3.0, 1.2, 2.0],
            ),
            "Length of need: 99 months.",
            ("b", "Signature ______________________"),
        ],
        title="ORDER - PARENTERAL NUTRITION PUMP AND SUPPLIES",
        fax=f"JAN-06-2026 10:48  {DR['fax']}  RIO BRAVO SURG   P.{{p}}",
    )


def labs_pdf(acc, collected, reported, rows):
    return lab(
        ML,
        "CHEMISTRY",
        [
            ["Patient", PT["caps"]],
            ["Accession", acc],
            ["Drawn", fd(collected, "us2")],
            ["Resulted", fd(reported, "us2")],
            ["Provider", DR["name"]],
        ],
        [["Test", "Result", "Flag", "Ref range", "Units"], *rows],
    )


# Source: hb_lab
@doc("Labs/nutrition labs jan.pdf", "clinical", "hb_lab", date=D(2026, 1, 7), ref=REF["lab1"],
     ful=["lab_results"], links=["L6"])  # fmt: skip
def labs1():
    return labs_pdf(
        REF["lab1"],
        D(2026, 1, 6),
        D(2026, 1, 7),
        [
            ["Albumin", "2.9", "L", "3.5-5.0", "g/dL"],
            ["Prealbumin", "12", "L", "18-38", "mg/dL"],
            ["Sodium", "133", "L", "135-145", "mmol/L"],
            ["Magnesium", "1.5", "L", "1.7-2.2", "mg/dL"],
            ["Triglycerides", "142", "", "< 150", "mg/dL"],
            ["Creatinine", "1.21", "", "0.70-1.30", "mg/dL"],
        ],
    )


@doc("Labs/scan_0120.pdf", "clinical", "hb_lab", date=D(2026, 1, 20), ref=REF["lab2"],
     ful=["lab_results"], scan=("scanner", 170))  # fmt: skip
def labs2():
    return labs_pdf(
        REF["lab2"],
        D(2026, 1, 19),
        D(2026, 1, 20),
        [
            ["Albumin", "3.1", "L", "3.5-5.0", "g/dL"],
            ["Magnesium", "1.8", "", "1.7-2.2", "mg/dL"],
            ["Phosphorus", "3.0", "", "2.5-4.5", "mg/dL"],
            ["Glucose", "131", "H", "70-99", "mg/dL"],
        ],
    )


# Source: hb_dietitian
@doc("Sagebrush/dietitian assessment.pdf", "clinical", "hb_dietitian", date=D(2026, 1, 8),
     ful=["clinical_notes"])  # fmt: skip
def dietitian():
    return note(
        SN,
        "Home Nutrition Support - Initial Assessment",
        [
            ["Patient", PT["name"]],
            ["Assessment date", fd(D(2026, 1, 8), "us")],
            ["Dietitian", HIP["rd"]],
        ],
        [
            ("Anthropometrics", ["Wt 61.2 kg, 17% loss in 6 weeks. Severe malnutrition (ASPEN)."]),
            (
                "Estimated needs",
                [
                    "25-30 kcal/kg = 1,550-1,850 kcal; protein 1.5 g/kg = 93 g; "
                    "fluid 2.5 L plus ostomy losses."
                ],
            ),
            ("Refeeding risk", ["Moderate - monitor phosphorus, magnesium, potassium weekly."]),
            ("Recommendation", ["PN as ordered provides 1,740 kcal and 100 g protein."]),
        ],
        signer=[HIP["rd"]],
    )


# Source: hb_bv
@doc("Sagebrush/benefits.pdf", "letter", "hb_bv", outcome="informational", date=D(2026, 1, 8),
     ref=REF["bv"], member=MID, ful=["benefits_verification"], links=["L3"])  # fmt: skip
def bv():
    return letter(
        SN,
        fd(D(2026, 1, 8), "us_nopad"),
        PT["addr"],
        [["Benefit check", REF["bv"]], ["Plan", MA["name"]], ["ID #", MID]],
        "What your plan covers for home PN",
        [
            "Your plan covers parenteral nutrition under the prosthetic device benefit when the "
            "intestinal impairment is permanent. Prior authorization is required.",
            (
                "g",
                [
                    ["Item", "Covered", "Your share"],
                    ["PN solutions and lipids", "Yes, with PA", "$0 (dual plan)"],
                    ["Pump and supplies", "Yes, with PA", "$0"],
                    ["Nursing visits", "Medicaid benefit of the plan, with PA", "$0"],
                ],
                [2.4, 2.4, 1.8],
            ),
            "We have sent the authorization request and will call you when we hear back.",
        ],
        [HIP["intake"], "Reimbursement Specialist"],
    )


# Source: hb_ma_info_request
@doc("Juniper Mesa/letter jan 9.pdf", "letter", "hb_ma_info_request", outcome="info_requested",
     date=D(2026, 1, 9), ref=REF["od"], member=MID, due_within=10,
     req=["clinical_notes", "lab_results", "diagnosis"], links=["L5", "L6", "L7"])  # fmt: skip
def info_request():
    return letter(
        JM,
        "JANUARY 9, 2026",
        [DR["name"], DR["practice"], DR["addr"]],
        [
            ["Case #", REF["od"]],
            ["Member", PT["name"]],
            ["Member #", MID],
            ["Request", "Parenteral nutrition B4185/B4199, pump B9004, supplies B4224"],
        ],
        "Additional clinical information needed",
        [
            "Dear Dr. Ferreira-Baptiste:",
            "Your request for home parenteral nutrition for the member above is pending. Our "
            "coverage criteria require documentation of permanent impairment of the small bowel. "
            "Please send the following:",
            [
                "Hospital discharge summary and your most recent clinic note",
                "Labs from the last 30 days: albumin, prealbumin, CMP, magnesium, triglycerides",
                "Operative report stating the remaining small bowel length, with ICD-10 codes",
            ],
            "Please send the records no later than 10 calendar days from the date of this letter "
            "to fax " + MA["fax"] + ". If they are not received, the request will be reviewed "
            "with the information on file.",
            "The member has been sent a copy of this letter.",
        ],
        ["Utilization Management Nurse Reviewer", MA["short"]],
    )
