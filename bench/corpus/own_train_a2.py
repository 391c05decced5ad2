"""TRAIN case A, second half: plan papers, another member's papers, hospital H&P, a portal
printout and unrelated papers that use coverage words."""

from __future__ import annotations

from own_lib import IN, D, build_flow, fd, money, ss
from own_tpl import letter, note, org_head, para_list, plain, portal
from own_train_a import DR, MID, PAY, PT, REF, SPOUSE_MID, TR, R
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

doc = R.doc


def card_pdf(rows_front, rows_back, title):
    """An ID card photographed front and back on one page."""
    S = ss("Helvetica", 9)
    story = []
    for rows, cap in ((rows_front, "FRONT"), (rows_back, "BACK")):
        t = Table([[cap and title, ""], *rows], colWidths=[1.7 * IN, 2.6 * IN])
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.4, colors.HexColor("#1d4e5f")),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d4e5f")),
                    ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 11),
                    ("FONT", (0, 1), (0, -1), "Helvetica-Bold", 8.5),
                    ("FONT", (1, 1), (1, -1), "Helvetica", 9),
                ]
            )
        )
        story += [t, Spacer(1, 30)]
    story += para_list(S, [("s", "Photo taken for the infusion pharmacy")])
    return build_flow(story, None, margins=(1.9, 1.9, 1.2, 1.0))


# Source: ta_id_card
@doc("Insurance/card front and back.pdf", "insurance", "ta_id_card", member=MID,
     ful=["insurance_card"], links=["L2"], scan=("phone", 180))  # fmt: skip
def id_card():
    return card_pdf(
        [["Member", PT["name"].upper()], ["Member ID", MID], ["Group", PAY["group"]],
         ["Plan", PAY["plan"]], ["PCP copay", "$30"], ["Specialist", "$60"],
         ["Rx BIN / PCN", "610877 / TRXPPO"]],
        [["Member Services", PAY["phone"]], ["Prior authorization", "1-800-555-0144"],
         ["Claims", "P.O. Box 40920, Eau Pleine, WI 54499"], ["Web", "www." + PAY["web"]]],
        PAY["name"])  # fmt: skip


# Source: ta_drug_list
@doc("Insurance/Tamarack specialty drug list.pdf", "insurance", "ta_drug_list",
     ful=["insurance_card"])  # fmt: skip
def drug_list():
    return plain(
        [
            "Drugs on this list are covered under your medical benefit when given by a health care "
            "professional. PA = prior authorization required. ST = step therapy. SOC = "
            "site-of-care "
            "review (home or ambulatory infusion preferred).",
            (
                "g",
                [
                    ["Drug", "Category", "Requirements", "Preferred"],
                    ["Adalimumab products (approved biosimilars)", "TNF blocker", "PA", "Yes"],
                    ["Infliximab-dyyb, infliximab-axxq", "TNF blocker", "PA, ST, SOC", "Yes"],
                    ["Infliximab (reference)", "TNF blocker", "PA, ST, SOC", "No"],
                    ["Vedolizumab", "Integrin blocker", "PA, ST, SOC", "Yes"],
                    ["Ustekinumab IV induction", "IL-12/23", "PA, ST", "Yes"],
                    ["Immune globulin IV", "Immune globulin", "PA, SOC", "Yes"],
                ],
                [2.6, 1.2, 1.4, 0.9],
            ),
            "An approved exception or prior authorization is needed before these drugs are "
            "covered. Ask your doctor to call the number on your ID card.",
        ],
        title="2026 Medical Specialty Drug List - Tamarack Choice PPO",
        size=9.5,
        head=org_head(
            PAY["name"],
            ["Pharmacy and Therapeutics"],
            footer="Effective January 1, 2026. Updated quarterly. Page 7 of 22",
        ),
        margins=(0.85, 0.85, 1.1, 0.9),
    )


def eob_pdf(name, member, stmt, claim, dos, provider, lines, total):
    S = ss("Helvetica", 9)
    story = para_list(
        S,
        [
            (
                "k",
                [
                    ["Statement date", fd(stmt, "long")],
                    ["Member", name],
                    ["Member ID", member],
                    ["Claim number", claim],
                    ["Provider", provider],
                    ["Date(s) of service", dos],
                ],
                True,
            ),
            ("b", "THIS IS NOT A BILL"),
            (
                "g",
                [
                    ["Service", "Billed", "Allowed", "Plan paid", "You owe"],
                    *lines,
                    ["Total", *total],
                ],
                [2.6, 0.9, 0.9, 0.9, 0.9],
            ),
            (
                "s",
                "Keep this statement. If you disagree with how this claim was processed, you may "
                "appeal within 180 days after you receive this statement.",
            ),
        ],
    )
    head = org_head(PAY["name"], ["Explanation of Benefits", ", ".join(PAY["addr"])])
    return build_flow(story, head, margins=(0.85, 0.85, 1.2, 0.9))


# Source: ta_eob
@doc("Insurance/EOB April.pdf", "insurance", "ta_eob", date=D(2026, 4, 2), ref=REF["eob"],
     member=MID)  # fmt: skip
def eob():
    return eob_pdf(PT["name"], MID, D(2026, 4, 2), REF["eob"], "03/20/2026",
        "Birchgate Home & Ambulatory Infusion",
        [["Infliximab-dyyb Q5103 x40", money(9840), money(4410.4), money(3528.32),
          money(882.08)], ["Per diem S9359", money(310), money(180), money(144), money(36)]],
        [money(10150), money(4590.4), money(3672.32), money(918.08)])  # fmt: skip


@doc("Insurance/Rafael EOB.pdf", "insurance", "ta_eob", date=D(2026, 2, 24), ref=REF["eob_sp"],
     member=SPOUSE_MID)  # fmt: skip
def eob_spouse():
    return eob_pdf(PT["spouse"], SPOUSE_MID, D(2026, 2, 24), REF["eob_sp"], "02/06/2026",
        "Cobbleford Sports Physical Therapy",
        [["PT evaluation 97162", money(240), money(151.2), money(91.2), money(60)]],
        [money(240), money(151.2), money(91.2), money(60)])  # fmt: skip


# Source: ta_approval (another member: labelled informational, see README)
@doc("Downloads/letter (4).pdf", "letter", "ta_approval", outcome="informational",
     date=D(2026, 1, 29), ref=REF["sp_auth"], member=SPOUSE_MID)  # fmt: skip
def spouse_approval():
    return letter(
        TR,
        fd(D(2026, 1, 29), "long"),
        [PT["spouse"], *PT["addr"][1:]],
        [["Auth #", REF["sp_auth"]], ["Member I.D. #", SPOUSE_MID]],
        "Your request is approved",
        [
            "Dear Rafael Singh:",
            "We approved the following service: outpatient physical therapy, 12 visits, "
            "02/02/2026 - 05/01/2026, Cobbleford Sports Physical Therapy.",
            "Approval means the service is medically necessary; payment depends on your "
            "eligibility and benefits on the date of service.",
        ],
        ["Utilization Management", PAY["name"]],
    )


# Source: ta_hp
@doc("Dr Moreau/H&P hospital.pdf", "clinical", "ta_hp", date=D(2025, 11, 14),
     ful=["clinical_notes"])  # fmt: skip
def h_and_p():
    head = org_head(
        "CONFLUENCE VALLEY MEDICAL CENTER",
        [
            "Inpatient Medicine  -  History and Physical",
            "Patient: " + PT["caps"] + "   MRN CV-7719024",
        ],
    )
    return note(
        head,
        "HISTORY AND PHYSICAL",
        [
            ["Admission date", fd(D(2025, 11, 14), "us")],
            ["Attending", "Henrik Solberg-Mwangi, MD"],
            ["DOB", fd(PT["dob"], "us")],
        ],
        [
            ("Chief complaint", ["Crampy abdominal pain and vomiting for 2 days."]),
            (
                "HPI",
                [
                    "39F with ileocolonic Crohn's disease on no maintenance therapy since "
                    "azathioprine was stopped for pancreatitis in 09/2025. CT: partial small bowel "
                    "obstruction at the terminal ileum with wall thickening, no abscess."
                ],
            ),
            ("Exam", ["T 37.9 C, HR 108, BP 104/66. Distended, hypoactive bowel sounds."]),
            (
                "Assessment and plan",
                [
                    "Partial SBO from inflammatory stricture (K50.812). NPO, NG "
                    "decompression, IV methylprednisolone 40 mg daily, GI consult. Outpatient "
                    "biologic "
                    "to be arranged by Dr. Moreau-Lindqvist."
                ],
            ),
        ],
        signer=["Henrik Solberg-Mwangi, MD", "Hospital Medicine"],
    )


# Source: ta_portal
@doc("Downloads/portal - authorization status.pdf", "letter", "ta_portal", outcome="approved",
     date=D(2026, 3, 13), ref=REF["auth"], member=MID, ful=["prior_authorization"],
     links=["L4"])  # fmt: skip
def portal_status():
    return portal("3/21/2026 9:14 AM",
        "https://members.tamarackridge.example/secure/authorizations/detail",
        "Tamarack Ridge  |  My Plan", "Authorization details",
        [["Member", PT["name"]], ["Member ID", MID], ["Authorization", REF["auth"]],
         ["Status", "Approved (appeal overturned)"], ["Decision date", fd(D(2026, 3, 13), "us")],
         ["Servicing provider", "Birchgate Home & Ambulatory Infusion"]],
        table=[["Service", "From", "To", "Units"],
               ["Infliximab-dyyb Q5103", "03/16/2026", "03/15/2027", "200"],
               ["Home infusion per diem", "03/16/2026", "03/15/2027", "9"]],
        widths=[3.0, 1.2, 1.2, 0.8],
        paras=["Questions about this authorization? Call Member Services."])  # fmt: skip


# Source: ta_gym
@doc("misc/gym approval.pdf", "other", "ta_gym", date=D(2026, 1, 12))  # fmt: skip
def gym():
    return letter(
        org_head(
            "Millrace Community Fitness",
            ["410 Depot Street, Cobbleford, WI", "(608) 555-0188  |  millracefit.example"],
        ),
        fd(D(2026, 1, 12), "long"),
        [PT["name"], *PT["addr"][1:]],
        [["Member #", "MF-220931"]],
        "Your membership application has been approved",
        [
            "Welcome to Millrace Community Fitness!",
            "Your application for an Individual Plus membership is approved, effective "
            "January 15, 2026. Your monthly dues of $39.00 will be drafted on the 15th.",
            "Good news: many health plans reimburse part of your dues through a fitness benefit. "
            "Ask your insurer whether your plan covers gym memberships, and keep this letter as "
            "proof of enrollment.",
            "Your key fob is ready for pick-up at the front desk.",
        ],
        ["Member Services Team"],
    )


# Source: ta_youth_sports
@doc("misc/IMG_0311.pdf", "other", "ta_youth_sports", date=D(2026, 3, 11),
     scan=("phone", 160))  # fmt: skip
def soccer():
    return plain(
        [
            (
                "k",
                [
                    ["Confirmation date", fd(D(2026, 3, 11), "abbr")],
                    ["Player", "Anaya Singh (U10)"],
                    ["Status", "APPROVED - registration complete"],
                    ["Fee", "$95.00 paid"],
                    ["Medical release", "on file"],
                    ["Season", "Spring 2026"],
                ],
                True,
            ),
            "Your scholarship request was also approved: $40 has been credited.",
            "Uniform pick-up: Saturday at the Cobbleford Rec Center.",
        ],
        title="Cobbleford Youth Soccer Club - Registration Confirmation",
        size=11,
    )


# Source: ta_tax_credit
@doc("misc/property tax.pdf", "other", "ta_tax_credit", date=D(2026, 2, 2))  # fmt: skip
def tax_credit():
    return letter(
        org_head(
            "Village of Cobbleford - Treasurer",
            ["118 Main Street, Cobbleford, WI 53599", "(608) 555-0190"],
        ),
        "Notice date: " + fd(D(2026, 2, 2), "us"),
        [PT["name"], PT["spouse"], *PT["addr"][1:]],
        [["Parcel", "221-0418-3306"]],
        "Lottery and gaming credit application - approved",
        [
            "Your application for the lottery and gaming credit on your primary residence has "
            "been approved. The credit of $218.40 is shown on your 2025 property tax bill.",
            "Second installment due July 31, 2026 to the County Treasurer.",
        ],
        ["Office of the Treasurer"],
    )


# Source: ta_library
@doc("misc/library notice.pdf", "other", "ta_library", date=D(2026, 3, 9),
     scan=("scanner", 150))  # fmt: skip
def library():
    return plain(
        [
            "Cobbleford Public Library District",
            "Notice date: " + fd(D(2026, 3, 9), "dash"),
            "Dear patron, your interlibrary loan request has been approved and the item is ready "
            'for pick-up: "Living Well with Crohn\'s and Colitis". Please pick it up by the date '
            "on the hold slip.",
            "Card number on file ends in 4471.",
        ],
        title="Hold Ready",
        size=11,
    )


# Source: ta_info_request (a request during the appeal, counted in days)
@doc("Tamarack/appeal - information needed.pdf", "letter", "ta_info_request",
     outcome="info_requested", date=D(2026, 3, 6), ref=REF["appeal"], member=MID,
     due_within=10, req=["clinical_notes"], links=["L10"])  # fmt: skip
def appeal_info_request():
    return letter(
        TR,
        fd(D(2026, 3, 6), "long"),
        [DR["name"], DR["practice"]],
        [["Plan Reference Number", REF["appeal"]], ["Member", PT["name"]], ["Member I.D. #", MID]],
        "Information needed to review the appeal",
        [
            "Dear Dr. Moreau-Lindqvist:",
            "The appeal for infliximab-dyyb is under review. The physician reviewer asks for an "
            "updated office visit note that documents the current prednisone dose and disease "
            "activity (Harvey-Bradshaw index) since the February visit.",
            "Please return the note within 10 days of the date of this letter, by fax to "
            + PAY["fax"]
            + ". The appeal decision will be made with the information available at "
            "that time.",
            "This request does not extend the time we have to decide the appeal.",
        ],
        ["Grievances and Appeals", PAY["name"]],
    )


# Source: ta_ibd_visit
@doc("Dr Moreau/office note 3-9.pdf", "clinical", "ta_ibd_visit", date=D(2026, 3, 9),
     ful=["clinical_notes"], links=["L10"])  # fmt: skip
def office_note_march():
    head = org_head(DR["practice"], [DR["addr"] + ", " + DR["city"]], font="Times-Roman")
    return note(
        head,
        "Interval Office Note",
        [
            ["Patient", PT["name"]],
            ["Date of visit", fd(D(2026, 3, 9), "dash")],
            ["Provider", DR["name"]],
        ],
        [
            (
                "Since last visit",
                [
                    "Prednisone tapered to 15 mg; stools 5/day, nocturnal 1-2. "
                    "Cannot taper below 15 mg without flare."
                ],
            ),
            ("Disease activity", ["Harvey-Bradshaw index 9 (moderate). CRP 27 mg/L on 03/02."]),
            ("Plan", ["Infliximab-dyyb pending appeal; note faxed to Tamarack Ridge appeals."]),
        ],
        signer=[DR["name"]],
    )


# Source: ta_denial (an earlier, unrelated request)
@doc("Tamarack/2025 site of care denial.pdf", "letter", "ta_denial", outcome="denied",
     date=D(2025, 6, 17), ref=REF["old_case"], member=MID, scan=("scanner", 170))  # fmt: skip
def old_denial():
    return letter(
        TR,
        "June 17, 2025",
        PT["addr"],
        [
            ["Case #", REF["old_case"]],
            ["Member ID", MID],
            ["Service requested", "Iron sucrose infusions, hospital outpatient department"],
        ],
        "Notice of Adverse Determination",
        [
            "Dear Ms. Fairweather-Singh:",
            "We are not able to approve iron sucrose infusions at the hospital outpatient "
            "department. Our site-of-care policy covers these infusions in a physician office, "
            "ambulatory infusion suite or at home. The infusions are approved at those sites.",
            "You may appeal within 180 days after you receive this notice by writing to Appeals, "
            + ", ".join(PAY["addr"])
            + ".",
        ],
        [PAY["md"], "Medical Director"],
    )
