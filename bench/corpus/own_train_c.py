"""TRAIN case C: home IV enzyme replacement (agalsidase beta) for classic Fabry disease under a
commercial employer HMO. The drug goes through the plan's pharmacy benefit manager and its
specialty pharmacy (prior authorization, request for more information, approval relayed by
e-mail); the home infusion nursing and per diem go through the HMO's medical benefit and a
separate home infusion provider (request for records, denial, the member's appeal, its
acknowledgement, the appeal decision, a portal printout). Plus the wife's papers, a letter
from last year, and unrelated papers that use coverage words.

The documents are written by other hands than cases A and B: forms with check boxes and
label/value boxes, fax covers, a two-column letter, dates standing alone or after an all-caps
heading, "Case #", "Tracking ID", "Auth #" labels, clinical words for the items asked for.

Everything is invented (people, companies, 555-01xx numbers, .example domains, identifiers).
"""

from __future__ import annotations

from own_lib import IN, D, Registry, build_flow, esc, fd, kv, ss, stacked
from own_tpl import email, letter, org_head, para_list, plain
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

R = Registry("train", "train-c")
doc = R.doc

PT = dict(
    name="Tobias R. Vandermeer-Oduya", caps="VANDERMEER-ODUYA, TOBIAS R", first="Tobias",
    dob=D(1988, 8, 14), addr=["Tobias Vandermeer-Oduya", "2217 Heron Marsh Lane",
    "Cold Spring Harbor Flats, MN 55771"], phone="(218) 555-0142",
    wife="Liesel Vandermeer-Oduya", mrn="LG-00731846",
)  # fmt: skip
MID = "CLH77204419-01"
WIFE_ID = "CLH77204419-02"
PLAN = dict(
    name="Copperline Health Plan", short="Copperline", product="Copperline Select HMO",
    group="GRP 041877 (Arrowmere Foundry Co.)", phone="1-877-555-0191", fax="1-877-555-0192",
    addr=["Utilization Management", "P.O. Box 40218", "Duluth Shores, MN 55808"],
    appeals=["Member Appeals Unit", "P.O. Box 40230", "Duluth Shores, MN 55808"],
    web="copperlinehealth.example",
)  # fmt: skip
PBM = dict(
    name="Trellis Rx Solutions", phone="1-866-555-0173", fax="1-866-555-0174",
    addr="Clinical Review Services, 9 Meridian Court, Lakeport, WI 53999",
    web="trellisrx.example", bin="RxBIN 017731  PCN TRX  RxGRP CLH041877",
)  # fmt: skip
SP = dict(
    name="Northbeam Specialty Pharmacy", phone="1-855-555-0186", fax="1-855-555-0187",
    addr="400 Foundry Row, Suite 12, Lakeport, WI 53998", coordinator="Anouk Sejersted",
    email="anouk.sejersted@northbeamsp.example",
)  # fmt: skip
HI = dict(
    name="Harborlight Home Infusion", phone="(218) 555-0164", fax="(218) 555-0165",
    addr="15 Wharf Street, Cold Spring Harbor Flats, MN 55771", intake="Dorothea Kallas",
    nurse="Benedikt Amsel, RN, CRNI",
)  # fmt: skip
DR = dict(
    name="Imogen Farquhar-Baptiste, MD", short="Dr. Farquhar-Baptiste",
    practice="North Shore Genetics & Metabolism Clinic",
    addr="880 Lakewalk Drive, Suite 310, Duluth Shores, MN 55805", phone="(218) 555-0121",
    fax="(218) 555-0122", contact="Marit Oyelaran", npi="1578823046",
)  # fmt: skip
PCP = dict(name="Ravi Castellanos-Hale, DO", practice="Briar Hill Family Medicine")
LAB = dict(name="Pinecrest Clinical Laboratories", addr="61 Tamarack Road, Duluth Shores, "
           "MN 55806", clia="CLIA 24D5512098", phone="(218) 555-0133")  # fmt: skip
GEN = dict(name="Corvane Diagnostics", addr="1200 Research Parkway, Fenwick, OH 45999",
           director="Priya Holmgren-Eze, PhD, FACMG")  # fmt: skip
REF = dict(
    enz="PCL-26-085-20417", gla="CVD-26-04-118832", ren="PCL-26-111-30956",
    pbm="TRX-PA-0508-33172", pba="TRX-AUTH-8841-0519", hmo="CLH-UM-26-051104",
    apl="CLH-APL-26-0527-19", auth="CLH-AUTH-2606-77310",
)  # fmt: skip
MEMBER_IDS = [MID, WIFE_ID]

LOG = [
    dict(id="L1", item="prescription", what="Home infusion orders: agalsidase beta 1 mg/kg IV "
         "every 2 weeks, premedication, nursing (Dr. Farquhar-Baptiste)",
         requested_by="pharmacy", requested_on="2026-05-04", submitted_on="2026-05-05",
         due=None),
    dict(id="L2", item="insurance_card", what="Copperline HMO card, front and back",
         requested_by="pharmacy", requested_on="2026-05-04", submitted_on="2026-05-05",
         due=None),
    dict(id="L3", item="benefits_verification", what="Harborlight benefits check for the "
         "nursing visits and per diem", requested_by="patient", requested_on="2026-05-05",
         submitted_on="2026-05-06", due=None),
    dict(id="L4", item="prior_authorization", what="Trellis Rx prior authorization for "
         "agalsidase beta (pharmacy benefit, Northbeam Specialty Pharmacy)",
         requested_by="pharmacy", requested_on="2026-05-05", submitted_on="2026-05-06",
         due=None),
    dict(id="L5", item="prior_authorization", what="Copperline HMO authorization of home "
         "infusion nursing and per diem (medical benefit), through the appeal",
         requested_by="pharmacy", requested_on="2026-05-07", submitted_on="2026-05-11",
         due=None),
    dict(id="L6", item="lab_results", what="Alpha-Gal A enzyme activity, lyso-Gb3, kidney "
         "labs (eGFR, urine albumin)", requested_by="payer", requested_on="2026-05-08",
         submitted_on="2026-05-13", due="2026-05-22"),
    dict(id="L7", item="diagnosis", what="GLA gene report and ICD-10 code (E75.21)",
         requested_by="payer", requested_on="2026-05-08", submitted_on="2026-05-13",
         due="2026-05-22"),
    dict(id="L8", item="clinical_notes", what="Chart notes of the last office visits with "
         "the geneticist", requested_by="payer", requested_on="2026-05-08",
         submitted_on="2026-05-13", due="2026-05-22"),
    dict(id="L9", item="medical_necessity", what="Physician statement: why infusion at home "
         "rather than at an infusion center", requested_by="payer",
         requested_on="2026-05-12", submitted_on="2026-05-15", due="2026-05-22"),
    dict(id="L10", item="signed_forms", what="Harborlight consent and assignment of benefits, "
         "signed", requested_by="pharmacy", requested_on="2026-05-06",
         submitted_on="2026-05-07", due=None),
    dict(id="L11", item="prescription", what="Signed home infusion plan of treatment for the "
         "HMO review", requested_by="payer", requested_on="2026-05-12",
         submitted_on="2026-05-15", due="2026-05-22"),
]  # fmt: skip

CASE = {
    "patient": PT["name"],
    "therapy": "Agalsidase beta (Fabrazyme) 1 mg/kg IV every 2 weeks at home, nurse-"
    "administered, for classic Fabry disease",
    "payer": PLAN["name"],
    "member_id": MID,
    "provider_office": {"name": DR["practice"], "phone": DR["phone"], "fax": DR["fax"],
                        "contact": DR["contact"]},
    "pharmacy": {"name": HI["name"], "phone": HI["phone"], "contact": HI["intake"]},
    "log": LOG,
}  # fmt: skip

CL = org_head(
    PLAN["name"].upper(), ["A health maintenance organization", "P.O. Box 40218, Duluth "
    "Shores, MN 55808"], right=["Member Services " + PLAN["phone"], "TTY 711",
    PLAN["web"]], footer="Copperline Health Plan, Inc. - CLH-UM-ABD-03 (rev. 2025)",
)  # fmt: skip
TRX = org_head(PBM["name"], ["Pharmacy benefit services for " + PLAN["name"], PBM["addr"]],
               right=["Prescriber line " + PBM["phone"], "Fax " + PBM["fax"]],
               footer="Trellis Rx Solutions administers prescription drug benefits for your "
               "health plan.")  # fmt: skip
HIH = org_head(HI["name"], [HI["addr"], f"Phone {HI['phone']}   Fax {HI['fax']}"],
               right=["Accredited home infusion pharmacy", "and nursing services"])  # fmt: skip
NSG = org_head(DR["practice"], [DR["addr"], f"Tel {DR['phone']}  Fax {DR['fax']}"],
               font="Times-Roman")  # fmt: skip
PCL = org_head("PINECREST CLINICAL LABORATORIES", [LAB["addr"], LAB["clia"] + "  Client "
               "services " + LAB["phone"]], font="Courier")  # fmt: skip
SIG_DR = [DR["name"], "Medical Genetics, " + DR["practice"], "NPI " + DR["npi"]]


def two_column(head, side, date_text, to_lines, subject, paras, signer, font="Helvetica"):
    """A letter with a narrow left column (contacts, numbers) beside the body."""
    S = ss(font, 9.5)
    left = [Paragraph(esc(x), S["s"]) for x in side]
    body = []
    if date_text:
        body.append(Paragraph(esc(date_text), S["n"]))
    body.append(Paragraph("<br/>".join(esc(x) for x in to_lines), S["tight"]))
    body.append(Spacer(1, 8))
    if subject:
        body.append(Paragraph(esc(subject), S["b"]))
    body += para_list(S, paras)
    body.append(Spacer(1, 6))
    body.append(Paragraph("<br/>".join(esc(x) for x in signer), S["tight"]))
    t = Table([[left, body]], colWidths=[1.75 * IN, 4.95 * IN])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, 0), 0.6, "#777777"),
                ("RIGHTPADDING", (0, 0), (0, 0), 8),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
            ]
        )
    )
    return build_flow([t], head, margins=(0.8, 0.8, 1.3, 0.9))


# Source: tc_nctracks_rai
@doc("Trellis Rx/fax from Trellis 5-8.pdf", "letter", "tc_nctracks_rai",
     outcome="info_requested", date=D(2026, 5, 8), ref=REF["pbm"], member=MID,
     due=D(2026, 5, 22), req=["clinical_notes", "lab_results", "diagnosis"],
     links=["L6", "L7", "L8"])  # fmt: skip
def pbm_info_request():
    S = ss("Helvetica", 9.5)
    story = [
        Paragraph("REQUEST FOR ADDITIONAL INFORMATION - PRIOR AUTHORIZATION", S["h2"]),
        stacked(
            [
                ["Case #", REF["pbm"]],
                ["Date sent", fd(D(2026, 5, 8), "us")],
                ["RESPOND BY", fd(D(2026, 5, 22), "us")],
            ],
            [2.4 * IN, 2.0 * IN, 2.3 * IN],
        ),
        Spacer(1, 8),
        kv(
            [
                ["To (prescriber)", DR["name"]],
                ["Fax", DR["fax"]],
                ["Member", PT["caps"]],
                ["Member ID", MID],
                ["DOB", fd(PT["dob"], "us")],
                ["Drug requested", "FABRAZYME (agalsidase beta) 35 mg vial - 1 mg/kg IV q2wk"],
            ],
            box=True,
        ),
        Spacer(1, 8),
    ]
    story += para_list(S, [
        "The prior authorization request for the drug above is pended. The clinical "
        "information received does not show that the coverage criteria are met. Please fax "
        "the items checked below so our pharmacist can complete the review:",
        ("c", [("Chart notes from the two most recent office visits with the prescribing "
                "specialist (symptoms, exam, treatment plan)", True),
               ("Alpha-galactosidase A (alpha-Gal A) enzyme activity result, leukocyte or "
                "plasma, and baseline plasma lyso-Gb3 if done", True),
               ("GLA genotyping report showing the pathogenic variant, with the ICD-10 "
                "diagnosis code", True),
               ("Current weight in kg (dose check)", False),
               ("Statement that Galafold (migalastat) will not be used at the same time",
                False)]),
        "If this information is not on file by the response date above, the request will "
        "be reviewed as submitted, which may result in a denial. A pended request is not a "
        "denial.",
        "Fax the records with this page on top to " + PBM["fax"] + ". Questions: "
        + PBM["phone"] + ", option 3.",
        ("s", "This fax may contain protected health information. If you are not the "
              "intended recipient, call us and destroy it."),
    ])  # fmt: skip
    return build_flow(story, TRX, margins=(0.8, 0.8, 1.25, 0.85))


# Source: tc_premera_preapproval
@doc("Trellis Rx/approval letter.pdf", "letter", "tc_premera_preapproval", outcome="approved",
     date=D(2026, 5, 19), ref=REF["pba"], member=MID, ful=["prior_authorization"],
     links=["L4"])  # fmt: skip
def pbm_approval():
    return two_column(
        TRX,
        [
            "Questions about this letter?",
            "Member line 1-866-555-0170 (TTY 711), 24 hours a day",
            "",
            "Authorization ID",
            REF["pba"],
            "",
            "Member ID",
            MID,
            "",
            "Prescriber",
            DR["name"],
            "",
            "Specialty pharmacy",
            SP["name"] + " " + SP["phone"],
        ],
        fd(D(2026, 5, 19), "LONG_UP"),
        PT["addr"],
        "Your prescription drug coverage request: approved",
        [
            "Dear Tobias Vandermeer-Oduya,",
            "We reviewed the request from " + DR["name"] + " for FABRAZYME (agalsidase beta) "
            "under your prescription drug benefit. Good news: it has been approved.",
            (
                "k",
                [
                    ["Drug", "FABRAZYME 35 mg single-dose vial"],
                    ["Quantity", "up to 3 vials every 14 days"],
                    ["Approved from", fd(D(2026, 5, 19), "us")],
                    ["Approved through", fd(D(2026, 11, 18), "us")],
                ],
                True,
            ),
            "Fill this prescription at " + SP["name"] + ", the specialty pharmacy in your "
            "network. Your usual specialty copay applies. We have also faxed this decision to "
            "your prescriber.",
            "This approval is for the drug only. Nursing visits and home infusion services "
            "are part of your medical benefit with " + PLAN["name"] + " and may need their "
            "own approval.",
        ],
        ["Clinical Review Services", PBM["name"]],
    )


# Source: tc_lifewise_rx
@doc("Downloads/Northbeam - your Fabrazyme is approved.pdf", "letter", "tc_lifewise_rx",
     outcome="approved", date=D(2026, 5, 20), ref=REF["pba"], ful=["prior_authorization"],
     links=["L4"])  # fmt: skip
def sp_email():
    return email(
        "5/21/26, 7:12 AM",
        "Your Fabrazyme is approved - first delivery",
        SP["coordinator"] + " <" + SP["email"] + ">",
        "Tobias V-O <tobias.vo@lakemail.example>",
        fd(D(2026, 5, 20), "email") + " 4:48 PM",
        [
            "Hi Tobias,",
            "Trellis Rx called us back this afternoon: your insurance approved the Fabrazyme "
            "(approval number " + REF["pba"] + ", good through November 18). We can ship your "
            "first delivery to Harborlight so it's there before your first home infusion.",
            "Your copay for each fill is $150 before the manufacturer program kicks in. Reply "
            "here or call " + SP["phone"] + " to set up the delivery date.",
            "Anouk Sejersted, CPhT",
            "Patient Care Coordinator, " + SP["name"],
        ],
    )


# Source: tc_wv_hmo_grievance
@doc("Copperline/denial nursing.pdf", "letter", "tc_wv_hmo_grievance", outcome="denied",
     date=D(2026, 5, 21), ref=REF["hmo"], member=MID, links=["L5"])  # fmt: skip
def hmo_denial():
    return letter(
        CL,
        fd(D(2026, 5, 21), "long"),
        PT["addr"],
        [
            ["Case #", REF["hmo"]],
            ["Member ID", MID],
            ["Group", PLAN["group"]],
            ["Requesting provider", HI["name"]],
        ],
        None,
        [
            "Dear Tobias Vandermeer-Oduya:",
            "We reviewed the request from Harborlight Home Infusion for home infusion "
            "services: enzyme replacement per diem (S9357) and skilled nursing visits (99601, "
            "99602), every 2 weeks from 05/26/2026 to 11/25/2026.",
            ("h", "Our decision"),
            "The request is DENIED. Our home site-of-care guideline (CLH-MP-214) asks that the "
            "first six enzyme replacement infusions be given at a network infusion center, "
            "where a reaction can be treated at once. The records do not show a reason you "
            "cannot go to an infusion center. A medical director, a physician, made this "
            "decision.",
            "This decision is about the nursing visits and home infusion services only. It "
            "does not change the coverage of the drug under your pharmacy benefit.",
            ("h", "Your right to appeal"),
            "If you disagree, you or someone you name can appeal. Send a written appeal "
            "within 180 days of receiving this letter to the Member Appeals Unit, P.O. Box "
            "40230, Duluth Shores, MN 55808, or fax " + PLAN["fax"] + ". Include any "
            "records or a letter from your doctor. If waiting could seriously harm your "
            "health, ask for an urgent appeal; we decide urgent appeals within 72 hours.",
            "After our appeal, you may ask for an external review by an independent review "
            "organization through the Minnesota Department of Commerce.",
            ("s", "You can ask for free copies of the guideline and the records we used."),
        ],
        ["Utilization Management", PLAN["name"]],
        heading="NOTICE OF ADVERSE BENEFIT DETERMINATION",
        cc=[HI["name"], DR["name"]],
    )


# Source: tc_quote_hmo_appeal
@doc("Letters/appeal letter I sent Copperline.pdf", "letter", "tc_quote_hmo_appeal",
     outcome="informational", date=D(2026, 5, 27), ref=REF["hmo"], member=MID,
     links=["L5"])  # fmt: skip
def my_appeal():
    return plain(
        [
            "Tobias Vandermeer-Oduya",
            "2217 Heron Marsh Lane, Cold Spring Harbor Flats, MN 55771",
            "(218) 555-0142",
            ("sp", 8),
            fd(D(2026, 5, 27), "wlong"),
            ("sp", 8),
            "Copperline Health Plan - Member Appeals Unit",
            "P.O. Box 40230, Duluth Shores, MN 55808",
            ("sp", 8),
            ("b", "Re: Appeal of Case # " + REF["hmo"] + ", Member ID " + MID),
            "To the Appeals Unit:",
            "I am appealing your letter of May 21, 2026. The letter says that my request for "
            'home infusion nursing "is DENIED" because the first six infusions should be '
            "given at an infusion center. I ask you to approve the nursing visits at home.",
            "I had my first two Fabrazyme infusions at the North Shore infusion suite with no "
            "reaction at all. The nearest network infusion center is 94 miles from my home, "
            "and heat and long drives bring on the burning pain in my hands and feet that is "
            "part of my Fabry disease. I work full time at the foundry and cannot lose a day "
            "every two weeks.",
            "Dr. Farquhar-Baptiste's letter of medical necessity is enclosed, with my enzyme "
            "and gene test results.",
            "Please send your decision to me and to Harborlight Home Infusion.",
            "Sincerely,",
            ("sp", 18),
            "Tobias Vandermeer-Oduya",
            (
                "s",
                "Enclosures: letter of medical necessity (05/14/2026), Corvane GLA report, "
                "Pinecrest enzyme result",
            ),
        ],
        font="Times-Roman",
        size=11,
        margins=(1.0, 1.0, 0.9, 0.9),
    )


# Source: tc_experts123_ack
@doc("Copperline/scan_0604.pdf", "letter", "tc_experts123_ack", outcome="informational",
     date=D(2026, 5, 29), ref=REF["apl"], member=MID, links=["L5"],
     scan=("scanner", 170))  # fmt: skip
def appeal_ack():
    return letter(
        CL,
        fd(D(2026, 5, 29), "abbr"),
        PT["addr"],
        [["Tracking ID", REF["apl"]], ["Member ID", MID]],
        "We received your appeal",
        [
            "Dear Tobias Vandermeer-Oduya:",
            "Thank you for your letter. We received your appeal about home infusion nursing "
            "services on May 28, 2026. An appeal coordinator will prepare your file for a "
            "physician who did not take part in the first decision.",
            "We will send you our decision in writing within 30 calendar days from the day we "
            "received your appeal. You may send us more information at any time before then, "
            "and you may ask for a free copy of your case file.",
            "Please use the Tracking ID above whenever you write or call.",
        ],
        ["Member Appeals Unit", PLAN["name"], PLAN["phone"] + " (TTY 711)"],
    )


# Source: tc_hpsm_home_health
@doc("Harborlight/Copperline records request.pdf", "letter", "tc_hpsm_home_health",
     outcome="info_requested", date=D(2026, 5, 12), ref=REF["hmo"], member=MID,
     due_within=10, req=["prescription", "medical_necessity"],
     links=["L11", "L9"])  # fmt: skip
def hmo_info_request():
    return letter(
        CL,
        fd(D(2026, 5, 12), "us"),
        [HI["name"], "Attn: Intake - " + HI["intake"], HI["addr"]],
        [
            ["RE", "Home infusion services - pended for clinical information"],
            ["Case #", REF["hmo"]],
            ["Member", PT["name"]],
            ["Member ID", MID],
        ],
        None,
        [
            "Dear Provider:",
            "Your request for enzyme replacement home infusion per diem and skilled nursing "
            "for the member above cannot be reviewed yet. To decide, our nurse reviewers need:",
            [
                "The signed plan of treatment (home infusion orders: drug, dose, frequency, "
                "premedication and reaction orders, nursing frequency)",
                "A statement from the treating physician on why infusion in the home, rather "
                "than at a network infusion center, is medically necessary",
            ],
            "Please send the records within ten (10) calendar days of the date of this "
            "letter, by fax to " + PLAN["fax"] + " with the Case # on each page.",
            "Without them, the request will be decided on the information we have now.",
        ],
        ["Nurse Reviewer, Utilization Management", PLAN["name"]],
    )


# Source: tc_lawinsider_hearing
@doc("Copperline/fax 6-18.pdf", "letter", "tc_lawinsider_hearing", outcome="approved",
     date=D(2026, 6, 18), ref=REF["apl"], member=MID, ful=["prior_authorization"],
     links=["L5"], scan=("fax", 200))  # fmt: skip
def appeal_approval():
    return letter(
        CL,
        fd(D(2026, 6, 18), "long"),
        PT["addr"],
        [["Tracking ID", REF["apl"]], ["Member ID", MID]],
        None,
        [
            "Dear Tobias Vandermeer-Oduya:",
            "We have finished reviewing your appeal about home infusion services. A board-"
            "certified physician reviewer looked at your appeal, the letter of medical "
            "necessity from Dr. Farquhar-Baptiste and your infusion records.",
            ("b", "Decision: our earlier decision is overturned. The services are approved."),
            (
                "k",
                [
                    ["Services", "S9357 enzyme replacement per diem; 99601/99602 nursing"],
                    ["Frequency", "every 2 weeks, 13 infusions"],
                    ["Dates", "06/22/2026 to 12/21/2026"],
                    ["Provider", HI["name"]],
                ],
                True,
            ),
            "Harborlight Home Infusion has been told of this decision. No further action is "
            "needed from you.",
        ],
        ["Member Appeals Unit", PLAN["name"]],
        heading="APPEAL DECISION - FAVORABLE",
        date_first=True,
        fax="JUN-18-2026 15:02  FROM: COPPERLINE HEALTH UM  TO: 12185550165  P.{p}/1",
    )
