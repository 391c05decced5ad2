"""HELD-OUT case A: home IVIG for CIDP under Original Medicare and a Part D plan: an advance
beneficiary notice from the infusion pharmacy, a Part D request for records, a Part D denial
notice, a redetermination request by the family, the redetermination approval, the Medicare
Summary Notice and the Part D EOB.

Helpers writing reading rules must not read this module (see README.md).
Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
"""

from __future__ import annotations

from own_lib import D, Registry, fd, money
from own_tpl import note, org_head, plain

R = Registry("heldout", "heldout-a")
doc = R.doc

PT = dict(
    name="Marguerite E. Castellano-Whitby", caps="MARGUERITE E CASTELLANO-WHITBY",
    dob=D(1948, 3, 11), addr=["Marguerite E. Castellano-Whitby", "41 Quarry Lane",
    "Fenwick Harbor, ME 04599"], phone="(207) 555-0131", daughter="Lucia Castellano",
    spouse="Desmond Whitby", mrn="FNA-228104",
)  # fmt: skip
MBI = "3VK7-TW2-MP58"
MID = "HLR620553914"
SPOUSE_MID = "HLR620553915"
PDP = dict(name="Harborlight Rx Select (PDP)", short="Harborlight Rx",
           addr=["Coverage Decisions, P.O. Box 33019", "Gull Point, ME 04098"],
           phone="1-877-555-0152", fax="1-877-555-0153", web="harborlightrx.example")  # fmt: skip
DR = dict(name="Priyanka S. Venkataraman-Ellis, MD", practice="Fenwick Neurology Associates",
          addr="12 Lighthouse Road, Suite 5, Fenwick Harbor, ME 04599", phone="(207) 555-0110",
          fax="(207) 555-0111", contact="Noreen Pelletier", npi="1770348821")  # fmt: skip
HIP = dict(name="Thistledown Home Infusion", addr="300 Cannery Wharf Road, Gull Point, ME 04098",
           phone="(207) 555-0150", fax="(207) 555-0151", intake="Bernadette Kowalczyk",
           nurse="Tobiah Grenier, RN, CRNI")  # fmt: skip
REF = dict(
    order="FNA-RX-260108-07", emg="EMG-25-3391", lab="CS26-006-1184", bv="TDH-BV-26-0311",
    intake="TDH-IN-260109-457", cd="CD-2026-0116-44817", redet="RD-2026-0127-09152",
    msn="26012-8841-3307", pap="PAP-ME-118275",
)  # fmt: skip
MEMBER_IDS = [MBI, MID, SPOUSE_MID]

LOG = [
    dict(id="L1", item="prescription", what="IVIG orders (2 g/kg loading, then 1 g/kg every 3 "
         "weeks), premedication and home nursing orders from Dr. Venkataraman-Ellis",
         requested_by="pharmacy", requested_on="2026-01-08", submitted_on="2026-01-08", due=None),
    dict(id="L2", item="insurance_card", what="Copies of the Medicare card and the Harborlight Rx "
         "card", requested_by="pharmacy", requested_on="2026-01-09", submitted_on="2026-01-09",
         due=None),
    dict(id="L3", item="benefits_verification", what="Thistledown benefits check for home IVIG "
         "(Part D drug, supplies and nursing)", requested_by="patient", requested_on="2026-01-09",
         submitted_on="2026-01-13", due=None),
    dict(id="L4", item="prior_authorization", what="Harborlight Rx coverage of IVIG for CIDP, "
         "through redetermination", requested_by="pharmacy", requested_on="2026-01-13",
         submitted_on="2026-02-03", due=None),
    dict(id="L5", item="clinical_notes", what="Neurology chart notes from the last two visits",
         requested_by="payer", requested_on="2026-01-16", submitted_on="2026-01-20",
         due="2026-01-23"),
    dict(id="L6", item="diagnosis", what="EMG / nerve conduction study report confirming CIDP",
         requested_by="payer", requested_on="2026-01-16", submitted_on="2026-01-20",
         due="2026-01-23"),
    dict(id="L7", item="medication_history", what="Prior therapies tried and failed "
         "(prednisone, plasma exchange)", requested_by="payer", requested_on="2026-01-16",
         submitted_on="2026-01-20", due="2026-01-23"),
    dict(id="L8", item="medical_necessity", what="Prescriber's supporting statement for the "
         "redetermination", requested_by="patient", requested_on="2026-01-27",
         submitted_on="2026-01-28", due=None),
    dict(id="L9", item="lab_results", what="Baseline CBC, BMP and IgA level before IVIG",
         requested_by="pharmacy", requested_on="2026-01-09", submitted_on="2026-01-12", due=None),
]  # fmt: skip

CASE = {
    "patient": PT["name"],
    "therapy": "Immune globulin intravenous (human) 10%: 2 g/kg (130 g) over 2 days, then "
    "1 g/kg (65 g) every 3 weeks at home with nursing, 6 months",
    "payer": "Medicare Part B / Harborlight Rx (Part D)",
    "member_id": MID,
    "provider_office": {"name": DR["practice"], "phone": DR["phone"], "fax": DR["fax"],
                        "contact": DR["contact"]},
    "pharmacy": {"name": HIP["name"], "phone": HIP["phone"], "contact": HIP["intake"]},
    "log": LOG,
}  # fmt: skip

NEU = org_head(DR["practice"], [DR["addr"], f"Tel {DR['phone']}  Fax {DR['fax']}"],
               right=["Neuromuscular Clinic"], font="Times-Roman")  # fmt: skip
HL = org_head(
    PDP["name"],
    [", ".join(PDP["addr"]), "Fax " + PDP["fax"]],
    right=[PDP["phone"] + " (TTY 711)", "8 a.m.-8 p.m., 7 days", "www." + PDP["web"]],
    footer="Harborlight Rx Select is a Medicare-approved Part D plan. H7761_CD26",
)
TD = org_head(HIP["name"], [HIP["addr"], f"Phone {HIP['phone']}  Fax {HIP['fax']}"])
CS = org_head("CASCO SHORELINE LABORATORY", ["88 Breakwater Street, Gull Point, ME 04098",
              "(207) 555-0176  CLIA 20D5518830"], font="Courier")  # fmt: skip
SIG = [DR["name"], "Neurology, " + DR["practice"], "NPI " + DR["npi"]]


# Source: ha_neuro_note
@doc("Neurology/visit note 1-5-2026.pdf", "clinical", "ha_neuro_note", date=D(2026, 1, 5),
     ful=["clinical_notes"], links=["L5"])  # fmt: skip
def visit():
    return note(
        NEU,
        "NEUROMUSCULAR CLINIC NOTE",
        [
            ["Patient", PT["name"]],
            ["DOB", fd(PT["dob"], "us")],
            ["Date of service", fd(D(2026, 1, 5), "long")],
        ],
        [
            (
                "History",
                [
                    "77-year-old woman with CIDP diagnosed 12/2025: 8 months of progressive "
                    "symmetric leg weakness and numbness, now using a walker. Prednisone 60 mg "
                    "since "
                    "10/2025 with steroid myopathy and glucose 280s; plasma exchange x5 "
                    "(11/2025) with "
                    "brief benefit and a line infection."
                ],
            ),
            (
                "Exam",
                [
                    "Hip flexors 4-/5, ankle dorsiflexion 4/5 bilaterally, areflexia, stocking "
                    "sensory loss. INCAT disability score 4."
                ],
            ),
            (
                "Assessment",
                [
                    "Chronic inflammatory demyelinating polyneuropathy (G61.81), active, "
                    "refractory to corticosteroids, plasma exchange not tolerated."
                ],
            ),
            (
                "Plan",
                [
                    "IVIG 2 g/kg loading then 1 g/kg every 3 weeks; home infusion (lives 40 "
                    "miles from infusion center, cannot drive). Baseline CBC, BMP, IgA. Taper "
                    "prednisone."
                ],
            ),
        ],
        signer=SIG,
        sig_key="venkat",
    )


# Source: ha_emg
@doc("Neurology/EMG NCS report.pdf", "clinical", "ha_emg", date=D(2025, 12, 18), ref=REF["emg"],
     ful=["diagnosis"], links=["L6"])  # fmt: skip
def emg():
    return note(
        NEU,
        "Electrodiagnostic Consultation (NCS/EMG)",
        [["Study #", REF["emg"]], ["Date", fd(D(2025, 12, 18), "dmy")], ["Referring", DR["name"]]],
        [
            (
                "Nerve conduction studies",
                [
                    "Motor: prolonged distal latencies (peroneal 9.8 ms, "
                    "tibial 8.9 ms), conduction velocities 28-31 m/s in 4 nerves, conduction "
                    "block right "
                    "median forearm, absent F waves. Sensory: absent sural responses."
                ],
            ),
            ("Needle EMG", ["Reduced recruitment distal leg muscles, no active denervation."]),
            (
                "Summary / Impression",
                [
                    "Sensorimotor polyneuropathy with primary demyelinating "
                    "features meeting EFNS/PNS electrodiagnostic criteria for CIDP (ICD-10 G61.81)."
                ],
            ),
        ],
        signer=SIG,
    )


# Source: ha_ivig_order
@doc("Neurology/IVIG order form.pdf", "referral", "ha_ivig_order", date=D(2026, 1, 8),
     ref=REF["order"], ful=["prescription"], links=["L1"])  # fmt: skip
def ivig_order():
    return plain(
        [
            (
                "k",
                [
                    ["Order no.", REF["order"]],
                    ["Order date", fd(D(2026, 1, 8), "us")],
                    ["Patient", PT["name"]],
                    ["DOB", fd(PT["dob"], "us")],
                    ["Weight", "65 kg"],
                    ["Allergies", "Penicillin"],
                ],
                True,
            ),
            ("h", "1. Indication (check one)"),
            (
                "c",
                [
                    ("Chronic inflammatory demyelinating polyneuropathy (CIDP) - G61.81", True),
                    ("Primary immunodeficiency", False),
                    ("Multifocal motor neuropathy", False),
                    ("Myasthenia gravis", False),
                ],
            ),
            ("h", "2. Dose"),
            (
                "c",
                [
                    ("Loading: 2 g/kg = 130 g divided over 2 consecutive days", True),
                    ("Maintenance: 1 g/kg = 65 g every 3 weeks x 6 months", True),
                ],
            ),
            ("h", "3. Premedication 30 minutes before"),
            ["Acetaminophen 650 mg PO", "Diphenhydramine 25 mg PO", "NS 250 mL before infusion"],
            "Infusion rate per pharmacy protocol; do not exceed 3.2 mg/kg/min.",
            ("b", "Prescriber: " + DR["name"] + "   NPI " + DR["npi"] + "   signed"),
        ],
        title="Intravenous Immune Globulin (IVIG) Order Form",
        head=NEU,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


@doc("Scans/scan_0108.pdf", "referral", "ha_nursing_orders", date=D(2026, 1, 8),
     ful=["prescription"], links=["L1"], scan=("fax", 200))  # fmt: skip
def nursing_orders():
    return plain(
        [
            (
                "k",
                [
                    ["Patient", PT["name"]],
                    ["Date", fd(D(2026, 1, 8), "us_short")],
                    ["Agency", HIP["name"]],
                ],
                True,
            ),
            ("h", "Skilled nursing orders - home IVIG"),
            [
                "RN to start peripheral IV each infusion, vitals q15 min x1 h then q30 min",
                "Hydrate NS 250 mL pre-infusion; encourage oral fluids",
                "Hold infusion and call MD for SBP > 170, headache with neck stiffness, dark urine",
                "Anaphylaxis protocol: epinephrine 0.3 mg IM, call 911",
            ],
            ("b", "Physician signature ____________________  " + DR["name"]),
        ],
        title="HOME INFUSION NURSING ORDERS",
        size=10.5,
        fax=f"01/08/2026 15:22 FAX {DR['fax']}  FENWICK NEURO  PAGE {{p}}/1",
    )


# Source: ha_lab
@doc("Scans/scan_0112.pdf", "clinical", "ha_lab", date=D(2026, 1, 7), ref=REF["lab"],
     ful=["lab_results"], links=["L9"], scan=("scanner", 180))  # fmt: skip
def lab():
    from own_tpl import lab as lab_report

    return lab_report(
        CS,
        "LABORATORY REPORT",
        [
            ["Patient", PT["caps"]],
            ["Acc #", REF["lab"]],
            ["Collected", fd(D(2026, 1, 6), "MDY_UP")],
            ["Reported", fd(D(2026, 1, 7), "MDY_UP")],
            ["Physician", DR["name"]],
        ],
        [
            ["Test", "Result", "Flag", "Reference", "Units"],
            ["Immunoglobulin A", "212", "", "70-400", "mg/dL"],
            ["Immunoglobulin G", "1,040", "", "700-1,600", "mg/dL"],
            ["Creatinine", "0.86", "", "0.57-1.00", "mg/dL"],
            ["BUN", "19", "", "8-27", "mg/dL"],
            ["Hemoglobin", "12.4", "", "11.1-15.9", "g/dL"],
            ["Glucose", "214", "H", "70-99", "mg/dL"],
        ],
        comment=["IgA not deficient - no contraindication to IVIG products."],
    )


# Source: ha_med_profile
@doc("Neurology/medication profile.pdf", "clinical", "ha_med_profile", date=D(2026, 1, 20),
     ful=["medication_history"], links=["L7"])  # fmt: skip
def med_profile():
    return plain(
        [
            (
                "k",
                [
                    ["Patient", PT["name"]],
                    ["Prepared", fd(D(2026, 1, 20), "long")],
                    ["For", "Harborlight Rx coverage review"],
                ],
                True,
            ),
            (
                "g",
                [
                    ["Therapy", "Dates", "Dose", "Result"],
                    [
                        "Prednisone",
                        "10/2025 - present",
                        "60 mg/day, tapering",
                        "Partial; myopathy, hyperglycemia",
                    ],
                    [
                        "Plasma exchange",
                        "11/03-11/14/2025",
                        "5 exchanges",
                        "Brief benefit; line infection",
                    ],
                    ["Gabapentin", "2024 - present", "300 mg TID", "Neuropathic pain"],
                    ["IVIG (requested)", "-", "2 g/kg then 1 g/kg q3wk", "Pending coverage"],
                ],
                [1.4, 1.5, 1.6, 2.2],
            ),
        ],
        title="Medication Profile - Therapies Tried and Failed",
        head=NEU,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: ha_abn
@doc("Thistledown/ABN.pdf", "letter", "ha_abn", outcome="informational", date=D(2026, 1, 12))
def abn():
    return plain(
        [
            (
                "k",
                [
                    ["A. Notifier", HIP["name"] + ", " + HIP["addr"] + ", " + HIP["phone"]],
                    ["B. Patient Name", PT["name"]],
                    ["C. Identification Number", "TDH-ACCT 55108"],
                ],
                True,
            ),
            ("b", "NOTE: If Medicare doesn't pay for the items below, you may have to pay."),
            "Medicare does not pay for everything, even some care that you or your health care "
            "provider have good reason to think you need. We expect Medicare may not pay for the "
            "items below.",
            (
                "g",
                [
                    ["D. Items or services", "E. Reason Medicare may not pay", "F. Estimated cost"],
                    [
                        "Home infusion supplies, pump and per diem (S9338)",
                        "Medicare does not cover "
                        "home IVIG supplies for CIDP; only for primary immune deficiency",
                        money(215) + " per infusion day",
                    ],
                    [
                        "Skilled nursing visits for infusion",
                        "Not covered under Part B or Part D for this diagnosis",
                        money(180) + " per visit",
                    ],
                ],
                [2.2, 2.9, 1.5],
            ),
            ("b", "WHAT YOU NEED TO DO NOW:"),
            [
                "Read this notice so you can make an informed decision about your care.",
                "Ask us any questions that you may have after you finish reading.",
                "Choose an option below about whether to receive the items listed above.",
            ],
            (
                "c",
                [
                    (
                        "OPTION 1. I want the items listed above. You may ask to be paid now, "
                        "but I "
                        "also want Medicare billed for an official decision on payment, which "
                        "is sent "
                        "to me on a Medicare Summary Notice.",
                        True,
                    ),
                    ("OPTION 2. I want the items listed above, but do not bill Medicare.", False),
                    ("OPTION 3. I don't want the items listed above.", False),
                ],
            ),
            (
                "k",
                [
                    [
                        "H. Additional information",
                        "The IVIG drug itself is billed to your Part D plan.",
                    ],
                    ["I. Signature", "(signed) Marguerite E. Castellano-Whitby"],
                    ["J. Date", fd(D(2026, 1, 12), "us")],
                ],
                True,
            ),
            ("s", "Form CMS-R-131 (Exp. 01/31/2026)   OMB Approval Number 0938-0566"),
        ],
        title="Advance Beneficiary Notice of Non-coverage (ABN)",
        size=9,
        margins=(0.75, 0.75, 0.7, 0.7),
    )
