"""HELD-OUT case A, second half (see own_heldout_a.py). Helpers writing reading rules must not
read this module."""

from __future__ import annotations

from own_heldout_a import (
    DR,
    HIP,
    HL,
    MBI,
    MID,
    NEU,
    PDP,
    PT,
    REF,
    SIG,
    SPOUSE_MID,
    TD,
    R,
)  # fmt: skip
from own_lib import D, fd, money
from own_tpl import email, letter, note, org_head, plain
from own_train_a2 import card_pdf

doc = R.doc


# Source: ha_bv
@doc("Thistledown/benefits check.pdf", "letter", "ha_bv", outcome="informational",
     date=D(2026, 1, 13), ref=REF["bv"], member=MID, ful=["benefits_verification"],
     links=["L3"])  # fmt: skip
def bv():
    return letter(
        TD,
        None,
        PT["addr"],
        [["Verification #", REF["bv"]], ["Part D Enrollee Number", MID]],
        None,
        [
            "Verified on " + fd(D(2026, 1, 13), "abbr_dot") + " with Medicare and Harborlight Rx.",
            (
                "g",
                [
                    ["Item", "Coverage", "Estimated cost to you"],
                    [
                        "IVIG 10% (drug)",
                        "Part D - coverage determination required",
                        "25% coinsurance until $2,100 out-of-pocket cap",
                    ],
                    ["Supplies, pump, per diem", "Not covered (see ABN)", money(215) + " per day"],
                    ["Nursing visits", "Not covered (see ABN)", money(180) + " per visit"],
                ],
                [1.9, 2.6, 2.2],
            ),
            "We will ask Harborlight Rx to approve the drug and tell you when we hear back. You "
            "may "
            "qualify for help from the manufacturer's patient assistance program.",
        ],
        [HIP["intake"], "Benefits Coordinator"],
        heading="HOME INFUSION BENEFITS CHECK",
    )


# Source: ha_welcome
@doc("Thistledown/welcome.pdf", "letter", "ha_welcome", outcome="informational",
     date=D(2026, 1, 9), ref=REF["intake"], links=["L2"])  # fmt: skip
def welcome():
    return letter(
        TD,
        fd(D(2026, 1, 9), "long"),
        PT["addr"],
        [["Referral #", REF["intake"]]],
        "Thank you for choosing Thistledown",
        [
            "Dear Mrs. Castellano-Whitby,",
            "Dr. Venkataraman-Ellis asked us to provide your IVIG infusions at home. Before your "
            "first delivery we need copies of your red, white and blue Medicare card and your "
            "Harborlight Rx card (front and back). You can mail, fax or bring them to the nurse.",
            "Our pharmacist will call you to review your medicines and allergies, and our nurse "
            "will schedule your first two-day infusion.",
        ],
        [HIP["intake"], "Intake"],
    )


# Source: ha_pd_info_request
@doc("Harborlight/request for information.pdf", "letter", "ha_pd_info_request",
     outcome="info_requested", date=D(2026, 1, 16), ref=REF["cd"], member=MID,
     due=D(2026, 1, 23), req=["clinical_notes", "diagnosis", "medication_history"],
     links=["L5", "L6", "L7"])  # fmt: skip
def info_request():
    return letter(
        HL,
        fd(D(2026, 1, 16), "wlong"),
        [DR["name"], DR["practice"], DR["addr"]],
        [
            ["Plan Reference Number", REF["cd"]],
            ["Enrollee", PT["name"]],
            ["Enrollee Number", MID],
            ["Drug", "Immune globulin IV 10%"],
        ],
        "Request for additional information - coverage determination",
        [
            "Dear Prescriber:",
            "We received a coverage determination request for your patient. Immune globulin is "
            "covered for CIDP under our prior authorization criteria when the diagnosis is "
            "confirmed and standard therapy has been tried. To complete our review, please send:",
            [
                "Chart notes from the last two visits documenting disability and weakness",
                "The EMG / nerve conduction study report",
                "Prior therapies tried and failed (corticosteroids, plasma exchange) with dates",
            ],
            "Please fax the records to " + PDP["fax"] + " no later than January 23, 2026. If we "
            "do not receive them, we will decide based on the information we have.",
            "Questions: call " + PDP["phone"] + " and select the prescriber option.",
        ],
        ["Clinical Pharmacist, Coverage Decisions", PDP["name"]],
    )


# Source: ha_pd_denial
@doc("Harborlight/IMG_4471.pdf", "letter", "ha_pd_denial", outcome="denied", date=D(2026, 1, 22),
     ref=REF["cd"], member=MID, links=["L4"], scan=("phone", 180))  # fmt: skip
def denial():
    return plain(
        [
            (
                "k",
                [
                    ["Date", fd(D(2026, 1, 22), "us")],
                    ["Enrollee's name", PT["name"]],
                    ["Member number", MID],
                    ["Case #", REF["cd"]],
                ],
                True,
            ),
            ("b", "Drug(s) denied: Immune globulin intravenous (human) 10%, 65 g every 3 weeks"),
            ("h", "Why did we deny your request?"),
            "We denied your request because the information we received does not show that the "
            "diagnosis was confirmed by a complete nerve conduction study and that you had an "
            "adequate trial of first-line therapy. Your doctor may send this information with an "
            "appeal.",
            ("h", "You have the right to request a redetermination (appeal)"),
            "You, your representative or your prescriber may ask us for a redetermination. Your "
            "request must be made within 65 days from the date of this notice. We can give you "
            "more time if you have a good reason.",
            "Standard appeal: we will decide within 7 days. Fast appeal: within 72 hours if your "
            "prescriber says waiting could seriously harm your health.",
            ("s", "Share this notice with your doctor. Form CMS-10146 (model)  OMB 0938-0976"),
        ],
        title="Notice of Denial of Medicare Prescription Drug Coverage",
        head=org_head(PDP["name"], [", ".join(PDP["addr"])]),
        size=10,
        margins=(0.85, 0.85, 1.1, 0.9),
    )


# Source: ha_redet_request
@doc("Letters/redetermination request.pdf", "letter", "ha_redet_request",
     outcome="informational", date=D(2026, 1, 27), ref=REF["cd"], member=MID,
     links=["L4"])  # fmt: skip
def redet_request():
    return plain(
        [
            "Because we denied your request for coverage of a prescription drug, you have the "
            "right to ask us for a redetermination (appeal). Send this form within 65 days.",
            (
                "k",
                [
                    ["Enrollee's Name", PT["name"]],
                    ["Date of Birth", fd(PT["dob"], "us")],
                    ["Enrollee's Member ID Number", MID],
                    ["Denial case number", REF["cd"]],
                    [
                        "Requestor (if not enrollee)",
                        "Lucia Castellano, daughter (representative form attached)",
                    ],
                ],
                True,
            ),
            ("h", "Prescription drug you are requesting"),
            "Immune globulin IV 10%, 2 g/kg loading then 1 g/kg every 3 weeks",
            ("h", "Please explain your reasons for appealing"),
            'Your notice says "We denied your request because the information we received does '
            'not show that the diagnosis was confirmed." The EMG of December 18, 2025 and the '
            "clinic notes were faxed on January 20 and show my mother meets the criteria. She "
            "cannot walk without a walker. Please approve the infusions.",
            (
                "k",
                [["Signature", "(signed) Lucia Castellano"], ["Date", fd(D(2026, 1, 27), "us")]],
                True,
            ),
        ],
        title="Request for Redetermination of Medicare Prescription Drug Denial",
        head=org_head(PDP["name"], ["Appeals - fax " + PDP["fax"]]),
        margins=(0.85, 0.85, 1.1, 0.9),
    )


# Source: ha_supporting
@doc("Neurology/supporting statement.pdf", "clinical", "ha_supporting", date=D(2026, 1, 28),
     member=MID, ful=["medical_necessity"], links=["L8"])  # fmt: skip
def supporting():
    return letter(
        NEU,
        fd(D(2026, 1, 28), "us"),
        ["Harborlight Rx Appeals", *PDP["addr"]],
        [["Patient", PT["name"]], ["Member #", MID]],
        "Prescriber supporting statement",
        [
            "I support my patient's request for redetermination. She has CIDP confirmed by "
            "nerve conduction studies (demyelinating velocities, conduction block, prolonged "
            "distal latencies) and progressive disability (INCAT 4).",
            "She has had an adequate trial of prednisone 60 mg daily for 3 months with "
            "myopathy and uncontrolled diabetes, and of plasma exchange, stopped for a catheter "
            "infection. IVIG is the guideline-recommended next therapy; waiting risks permanent "
            "axonal loss.",
        ],
        SIG,
        sig_key="venkat",
    )


# Source: ha_redet_ack
@doc("Harborlight/appeal received.pdf", "letter", "ha_redet_ack", outcome="informational",
     date=D(2026, 1, 28), ref=REF["redet"], member=MID, links=["L4"])  # fmt: skip
def redet_ack():
    return letter(
        HL,
        fd(D(2026, 1, 28), "abbr"),
        PT["addr"],
        [["Appeal #", REF["redet"]], ["Member ID", MID]],
        "We received your request for a redetermination",
        [
            "We received your appeal on January 27, 2026 about immune globulin IV. A pharmacist "
            "and a physician who were not part of the first decision will review it.",
            "We will tell you our decision no later than February 3, 2026. If your doctor asks "
            "for a fast appeal, we will decide within 72 hours.",
        ],
        ["Appeals Unit", PDP["name"]],
    )


# Source: ha_redet_approval
@doc("Harborlight/redetermination decision.pdf", "letter", "ha_redet_approval",
     outcome="approved", date=D(2026, 2, 3), ref=REF["redet"], member=MID,
     ful=["prior_authorization"], links=["L4"])  # fmt: skip
def redet_approval():
    return letter(
        HL,
        fd(D(2026, 2, 3), "dlong"),
        PT["addr"],
        [["Appeal #", REF["redet"]], ["Member number", MID]],
        "Notice of Redetermination - Fully Favorable",
        [
            "Dear Marguerite Castellano-Whitby:",
            "We have changed our decision. We are approving your request for immune globulin "
            "intravenous (human) 10% for CIDP: loading 130 g and then 65 g every 3 weeks, through "
            "08/03/2026.",
            "Your pharmacy can now fill this prescription. The approval applies at network home "
            "infusion pharmacies.",
        ],
        ["Appeals Unit", PDP["name"]],
        cc=[DR["name"], HIP["name"]],
    )


# Source: ha_fwd_text
@doc("Downloads/Fwd_ Mom's IVIG - approved.pdf", "letter", "ha_fwd_text", outcome="approved",
     date=D(2026, 2, 4), ref=REF["redet"], ful=["prior_authorization"], links=["L4"])  # fmt: skip
def fwd():
    return email(
        "2/4/26, 9:12 PM",
        "Fwd: Mom's IVIG - APPROVED",
        "Lucia Castellano <lucia.castellano@inbox.example>",
        "Desmond Whitby <dwhitby@inbox.example>",
        fd(D(2026, 2, 4), "email") + " at 9:05 PM",
        [
            "Dad - see below, Harborlight approved the IVIG on appeal! Thistledown will deliver "
            "on Monday. I'll come up for the first infusion."
        ],
        quoted=[
            "From: Thistledown Home Infusion <care@thistledowninfusion.example>",
            "Date: " + fd(D(2026, 2, 3), "email"),
            "Good afternoon - Harborlight Rx approved the redetermination (appeal # "
            + REF["redet"]
            + ") today. The IVIG is covered through 08/03/2026 for member "
            "ID ending 3914. We will call to schedule delivery and the nurse.",
        ],
    )


# Source: ha_nurse_note
@doc("Thistledown/first infusion visit.pdf", "clinical", "ha_nurse_note", date=D(2026, 2, 9),
     ful=["clinical_notes"], scan=("scanner", 160))  # fmt: skip
def nurse_note():
    return note(
        TD,
        "Infusion Nursing Visit",
        [
            ["Patient", PT["name"]],
            ["Visit", fd(D(2026, 2, 9), "iso")],
            ["Therapy", "IVIG 10% 65 g, day 1 of 2"],
        ],
        [
            (
                "Pre-infusion",
                ["BP 148/76, HR 82, T 97.9 F. Hydrated with NS 250 mL. Premeds given."],
            ),
            (
                "Infusion",
                [
                    "24G PIV left forearm. Rate titrated 0.5 to 4 mL/kg/h. Mild headache at "
                    "2 h, resolved with rate reduction. Total time 4 h 10 min."
                ],
            ),
            ("Education", ["Headache/aseptic meningitis signs, hydration, when to call."]),
        ],
        signer=[HIP["nurse"]],
        sig_key="grenier",
    )


@doc("Thistledown/infusion log.pdf", "clinical", "ha_nurse_note", date=D(2026, 2, 10),
     ful=["medication_history"], scan=("fax", 200))  # fmt: skip
def infusion_log():
    return plain(
        [
            ("k", [["Patient", PT["name"]], ["Log date", fd(D(2026, 2, 10), "us")]], True),
            (
                "g",
                [
                    ["Date", "Product / lot", "Dose", "Duration", "Reaction"],
                    ["02/09/2026", "IVIG 10% / GM44120", "65 g", "4 h 10 min", "mild headache"],
                    ["02/10/2026", "IVIG 10% / GM44120", "65 g", "3 h 55 min", "none"],
                ],
                [1.1, 1.9, 0.8, 1.2, 1.5],
            ),
            "Next maintenance dose: 03/03/2026 (65 g).",
        ],
        title="IVIG Infusion Record",
        head=TD,
        margins=(0.85, 0.85, 1.2, 0.9),
        fax=f"02/10/2026 17:31 {HIP['fax']} THISTLEDOWN  P{{p}}",
    )


# Source: ha_medicare_card
@doc("Insurance/medicare card.pdf", "insurance", "ha_medicare_card", member=MBI,
     ful=["insurance_card"], links=["L2"], scan=("phone", 180))  # fmt: skip
def medicare_card():
    return card_pdf([["Name", PT["caps"]], ["Medicare Number", MBI],
                     ["Entitled to", "HOSPITAL (PART A) 03-01-2013"],
                     ["", "MEDICAL (PART B) 03-01-2013"]],
                    [["", "Keep this card. Show it when you get health care."]],
                    "MEDICARE HEALTH INSURANCE")  # fmt: skip


# Source: ha_pd_card
@doc("Insurance/Harborlight card.pdf", "insurance", "ha_pd_card", member=MID,
     ful=["insurance_card"], links=["L2"], scan=("phone", 170))  # fmt: skip
def pd_card():
    return card_pdf([["Member", PT["caps"]], ["ID", MID], ["RxBIN", "004412"],
                     ["RxPCN", "HLRPD"], ["RxGRP", "HLR2026"], ["Issuer", "(80840)"]],
                    [["Pharmacy help desk", "1-877-555-0154"], ["Members", PDP["phone"]]],
                    "Harborlight Rx Select - MedicareRx")  # fmt: skip


# Source: ha_formulary
@doc("Insurance/formulary page 34.pdf", "insurance", "ha_formulary", ful=["insurance_card"])
def formulary():
    return plain(
        [
            "Drug name | Tier | Requirements/Limits.  PA = prior authorization: you (or your "
            "prescriber) must get approval before we cover the drug. B/D = may be covered under "
            "Medicare Part B or D depending on the circumstances.",
            (
                "g",
                [
                    ["Drug name", "Tier", "Requirements/Limits"],
                    ["Immune globulin intravenous 10% (Gammagard-type)", "5", "B/D; PA"],
                    ["Immune globulin subcutaneous 20%", "5", "B/D; PA"],
                    ["Pregabalin capsule", "2", "QL (90 per 30 days)"],
                    ["Gabapentin tablet", "1", ""],
                    ["Prednisone tablet", "1", ""],
                ],
                [3.6, 0.7, 2.0],
            ),
            "Approved drugs on this list may change during the year; we will notify you.",
        ],
        title="2026 Comprehensive Formulary (List of Covered Drugs) - page 34",
        head=org_head(PDP["name"], ["Formulary ID 00026114, Version 9"]),
        margins=(0.85, 0.85, 1.1, 0.9),
    )


# Source: ha_msn
@doc("Medicare/MSN Jan 2026.pdf", "insurance", "ha_msn", date=D(2026, 2, 2), ref=REF["msn"],
     due=D(2026, 6, 3))  # fmt: skip
def msn():
    return plain(
        [
            ("b", "THIS IS NOT A BILL"),
            (
                "k",
                [
                    ["Notice for", PT["name"]],
                    ["Medicare Number", "XXXX-XX2-MP58"],
                    ["Date of This Notice", fd(D(2026, 2, 2), "long")],
                    ["Claims processed between", "November 1, 2025 - January 31, 2026"],
                ],
                True,
            ),
            ("h", "Your Claims & Costs This Period"),
            (
                "g",
                [
                    [
                        "Claim number " + REF["msn"],
                        "Service approved?",
                        "Provider charged",
                        "Medicare paid",
                        "Max you may be billed",
                    ],
                    [
                        "Nerve conduction studies 95910 (12/18/2025)",
                        "Yes",
                        money(640),
                        money(312.4),
                        money(78.1),
                    ],
                    ["Needle EMG 95886", "Yes", money(280), money(96.2), money(24.05)],
                    [
                        "Office visit 99215 (01/05/2026)",
                        "Yes",
                        money(260),
                        money(118.3),
                        money(29.58),
                    ],
                ],
                [2.6, 1.0, 1.0, 1.0, 1.2],
            ),
            "Total You May Be Billed: " + money(131.73),
            ("h", "If you disagree with a claim decision"),
            "You can file an appeal. Your appeal must be filed by June 3, 2026. See page 4 for "
            "how to appeal.",
            ("s", "Medicare Summary Notice for People with Original Medicare - Part B"),
        ],
        title="Medicare Summary Notice",
        head=org_head("Medicare.gov", ["1-800-MEDICARE"]),
        margins=(0.85, 0.85, 1.1, 0.9),
    )


def pd_eob(name, member, stmt, rows, total):
    return plain(
        [
            (
                "k",
                [["Member", name], ["Member ID", member], ["Statement date", fd(stmt, "us")]],
                True,
            ),
            ("b", "Your Part D Explanation of Benefits - THIS IS NOT A BILL"),
            (
                "g",
                [["Drug, fill date, pharmacy", "You paid", "Plan paid"], *rows, ["Total", *total]],
                [3.6, 1.2, 1.4],
            ),
            "Your drug payment stage: Initial coverage. Out-of-pocket spending counts toward "
            "the yearly cap.",
        ],
        head=HL,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: ha_pd_eob
@doc("Harborlight/EOB January.pdf", "insurance", "ha_pd_eob", date=D(2026, 2, 10),
     member=MID)  # fmt: skip
def eob():
    return pd_eob(PT["name"], MID, D(2026, 2, 10),
                  [["Gabapentin 300 mg #90, 01/12, Shoreline Pharmacy", money(2.4), money(8.1)],
                   ["Prednisone 10 mg #60, 01/20, Shoreline Pharmacy", money(1.1), money(3.3)]],
                  [money(3.5), money(11.4)])  # fmt: skip


@doc("Harborlight/Desmond EOB.pdf", "insurance", "ha_pd_eob", date=D(2026, 2, 10),
     member=SPOUSE_MID)  # fmt: skip
def eob_spouse():
    return pd_eob(PT["spouse"], SPOUSE_MID, D(2026, 2, 10),
                  [["Atorvastatin 40 mg #90, 01/08, Shoreline Pharmacy", money(0),
                    money(14.2)]], [money(0), money(14.2)])  # fmt: skip


# Source: ha_pap
@doc("Downloads/PAP letter.pdf", "letter", "ha_pap", outcome="informational",
     date=D(2026, 1, 30), ref=REF["pap"])  # fmt: skip
def pap():
    return letter(
        org_head("NeuroIG Patient Assistance Foundation", ["1-866-555-0178", "neuroigpaf.example"]),
        fd(D(2026, 1, 30), "long"),
        PT["addr"],
        [["Application ID", REF["pap"]]],
        "Your application is approved",
        [
            "Congratulations - your application for help with immune globulin costs has been "
            "approved for calendar year 2026. The foundation will pay your Part D coinsurance for "
            "IVIG after your plan pays, up to $6,000.",
            "This assistance does not replace your insurance. Your pharmacy will bill us after "
            "Harborlight Rx processes each claim.",
        ],
        ["Program Administrator"],
    )


# Source: ha_poc
@doc("Thistledown/plan of care.pdf", "referral", "ha_poc", date=D(2026, 1, 9),
     ful=["prescription"], links=["L1"])  # fmt: skip
def poc():
    return plain(
        [
            (
                "k",
                [
                    ["Patient", PT["name"]],
                    ["Plan date", fd(D(2026, 1, 9), "us")],
                    ["Physician", DR["name"]],
                    ["Diagnosis", "G61.81 CIDP"],
                ],
                True,
            ),
            (
                "g",
                [
                    ["Problem", "Intervention", "Goal"],
                    [
                        "Weakness due to CIDP",
                        "IVIG per orders; RN each infusion",
                        "Stable or improved INCAT by week 12",
                    ],
                    [
                        "Risk of infusion reaction",
                        "Premeds, rate titration, vitals",
                        "No severe reaction",
                    ],
                    [
                        "Risk of thrombosis/renal injury",
                        "Hydration, BMP before doses",
                        "Creatinine stable",
                    ],
                ],
                [2.0, 2.6, 2.0],
            ),
            ("b", "Physician signature: (signed) " + DR["name"]),
        ],
        title="Home Infusion Plan of Care",
        head=TD,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: ha_pool
@doc("misc/pool membership.pdf", "other", "ha_pool", date=D(2026, 1, 6))  # fmt: skip
def pool():
    return letter(
        org_head("Fenwick Harbor Community Pool", ["Harbor Road"]),
        fd(D(2026, 1, 6), "us"),
        [PT["name"], *PT["addr"][1:]],
        None,
        "Warm-water exercise membership approved",
        [
            "Your application for the warm-water arthritis class membership is approved. Classes "
            "run Monday, Wednesday, Friday at 10 a.m. Bring this letter on your first visit.",
            "Scholarship approved: 50% of dues.",
        ],
        ["Aquatics Office"],
    )


# Source: ha_heap
@doc("misc/heating assistance.pdf", "other", "ha_heap", date=D(2026, 1, 14))  # fmt: skip
def heap():
    return letter(
        org_head("Midcoast Community Action", ["Home Energy Assistance Program"]),
        fd(D(2026, 1, 14), "long"),
        [PT["name"], *PT["addr"][1:]],
        [["HEAP #", "25-114027"]],
        "HEAP eligibility notice",
        [
            "Your household is eligible for the 2025-2026 heating "
            "season. A benefit of $760.00 will be paid to Harbor Fuel Oil as a credit to your "
            "account."
        ],
        ["HEAP Intake"],
    )


# Source: ha_flyer
@doc("misc/IMG_3301.pdf", "other", "ha_flyer", scan=("phone", 150))  # fmt: skip
def flyer():
    return plain(
        [
            "Bean Supper & Pie Sale",
            "Saturday 5-7 p.m. at the Grange Hall",
            "Adults $12, children $6. Proceeds to the heating fund.",
            "Take-out available. Everyone welcome!",
        ],
        title="COMMUNITY SUPPER",
        size=14,
    )


# Source: ha_registration
@doc("misc/car registration.pdf", "other", "ha_registration", date=D(2026, 2, 5))  # fmt: skip
def registration():
    return plain(
        [
            (
                "k",
                [
                    ["Transaction date", fd(D(2026, 2, 5), "us")],
                    ["Plate", "8812 WQ"],
                    ["Status", "Renewal approved - sticker mailed"],
                    ["Expires", "02/28/2027"],
                ],
                True,
            ),
            "Keep this receipt in your vehicle until your new registration arrives.",
        ],
        title="Online Vehicle Registration Renewal - Receipt",
        size=10.5,
        head=org_head("Town of Fenwick Harbor - Rapid Renewal", ["Town Office"]),
    )


# Source: ha_cd_request
@doc("Harborlight/coverage request we faxed.pdf", "letter", "ha_cd_request",
     outcome="informational", date=D(2026, 1, 14), member=MID, links=["L4"],
     scan=("scanner", 170))  # fmt: skip
def cd_request():
    return plain(
        [
            "Who may make a request: your prescriber may ask us for a coverage determination on "
            "your behalf.",
            (
                "k",
                [
                    ["Enrollee's Name", PT["name"]],
                    ["Enrollee's Member ID", MID],
                    ["DOB (MM/DD/YYYY)", fd(PT["dob"], "us")],
                    ["Prescriber", DR["name"]],
                    ["Office contact / fax", DR["fax"]],
                ],
                True,
            ),
            (
                "k",
                [
                    [
                        "Name of prescription drug",
                        "Immune globulin IV 10%, 65 g every 3 weeks after 130 g loading dose",
                    ],
                    ["Diagnosis", "G61.81 CIDP"],
                ],
                True,
            ),
            (
                "c",
                [
                    ("Prior authorization for the drug my prescriber has prescribed", True),
                    ("Formulary exception", False),
                    ("Tiering exception", False),
                    ("Expedited decision (72 hours could seriously harm health)", False),
                ],
            ),
            ("b", "Prescriber signature: (signed)      Date: " + fd(D(2026, 1, 14), "us")),
        ],
        title="Request for Medicare Prescription Drug Coverage Determination",
        head=org_head(PDP["name"], ["Fax " + PDP["fax"]]),
        margins=(0.85, 0.85, 1.1, 0.9),
    )
