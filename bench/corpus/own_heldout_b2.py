"""HELD-OUT case B, second half (see own_heldout_b.py). Helpers writing reading rules must not
read this module."""

from __future__ import annotations

from own_heldout_b import DR, HIP, JM, MA, MID, PT, RB, REF, SIG, SN, WIFE_MID, R
from own_lib import D, fd, money
from own_tpl import letter, note, org_head, plain, portal
from own_train_a2 import card_pdf

doc = R.doc

JM_BARE = org_head(MA["name"], [", ".join(MA["addr"])])


# Source: hb_ndmc
@doc("Juniper Mesa/NDMC.pdf", "letter", "hb_ndmc", outcome="denied", date=D(2026, 1, 26),
     ref=REF["od"], member=MID, links=["L4"])  # fmt: skip
def ndmc():
    return plain(
        [
            (
                "k",
                [
                    ["Date", fd(D(2026, 1, 26), "us")],
                    ["Member number", MID],
                    ["Name", PT["name"]],
                    ["Case #", REF["od"]],
                ],
                True,
            ),
            ("h", "Your request was denied"),
            "We denied the medical items listed below that your doctor requested: home parenteral "
            "nutrition solutions, lipids, infusion pump and supplies.",
            ("h", "Why did we deny your request?"),
            "The records do not show that the impairment of your small bowel is permanent "
            "(expected "
            "to last at least 90 days), as required by the Medicare coverage rules we follow for "
            "parenteral nutrition.",
            ("h", "You have the right to appeal our decision"),
            "You can ask us to review (reconsider) our decision. You must ask within 65 calendar "
            "days of the date of this notice. You or your doctor can ask for a fast appeal if "
            "waiting 30 days could seriously harm your health.",
            "Standard appeal: we will answer within 30 days. Fast appeal: within 72 hours.",
            ("s", "Form CMS-10003-NDMC (model)   OMB Approval 0938-0829"),
        ],
        title="Notice of Denial of Medical Coverage",
        head=JM_BARE,
        size=10,
        margins=(0.85, 0.85, 1.1, 0.9),
    )


# Source: hb_idn
@doc("Juniper Mesa/IMG_7781.pdf", "letter", "hb_idn", outcome="denied", date=D(2026, 1, 28),
     ref=REF["idn"], member=MID, due=D(2026, 2, 9), scan=("phone", 170))  # fmt: skip
def idn():
    return plain(
        [
            "Important: This notice explains your right to appeal our decision. Read it carefully.",
            (
                "k",
                [
                    ["Date", fd(D(2026, 1, 28), "long")],
                    ["Member Number", MID],
                    ["Name", PT["name"]],
                    [
                        "Service subject to notice",
                        "Skilled nursing visits for PN line care, 3 per week",
                    ],
                    ["Type of service", "Medicaid-only"],
                    ["Reference", REF["idn"]],
                ],
                True,
            ),
            ("h", "We reduced the services listed below"),
            "We approved 1 nursing visit per week instead of 3. The records show you and your "
            "daughter were taught line care and can connect the PN safely.",
            ("h", "If you want to keep getting your services during the appeal"),
            "You must ask for an appeal by February 9, 2026. Otherwise the reduction starts on "
            "February 10, 2026.",
            ("h", "Medicaid State Fair Hearing"),
            "After our appeal decision you can ask the New Mexico Medicaid program for a fair "
            "hearing.",
        ],
        title="Notice of Denial of Medical Coverage",
        head=JM_BARE,
        size=10,
        margins=(0.85, 0.85, 1.1, 0.9),
    )


# Source: hb_p2p
@doc("Juniper Mesa/peer to peer offer.pdf", "letter", "hb_p2p", outcome="informational",
     date=D(2026, 1, 27), ref=REF["od"], links=["L4"])  # fmt: skip
def p2p():
    return letter(
        JM,
        fd(D(2026, 1, 27), "email"),
        [DR["name"], DR["practice"]],
        [["Case #", REF["od"]], ["Member", PT["name"]]],
        "Opportunity for peer-to-peer review",
        [
            "Dear Doctor:",
            "An adverse determination was issued on your request for home parenteral nutrition. "
            "You may discuss the decision with the plan medical director who made it. Call the "
            "Peer-to-Peer Review Request Line at 1-866-555-0157 within five business days of the "
            "determination.",
            "A peer-to-peer review is not an appeal. New clinical information should be sent as "
            "a reconsideration request.",
        ],
        ["Medical Management", MA["short"]],
    )


# Source: hb_recon_request
@doc("Letters/reconsideration request - daughter.pdf", "letter", "hb_recon_request",
     outcome="informational", date=D(2026, 1, 28), ref=REF["od"], member=MID,
     links=["L4"])  # fmt: skip
def recon_request():
    return letter(
        None,
        "January 28, 2026",
        ["Appeals and Grievances", MA["name"], *MA["addr"]],
        [["Member", PT["name"]], ["Member ID", MID], ["Case", REF["od"]]],
        "Request for reconsideration (fast appeal)",
        [
            "To the appeals department:",
            "I am my father's appointed representative (form enclosed). I am asking you to "
            'reconsider the notice dated January 26, 2026, which says "your request was denied" '
            "because the records do not show the impairment is permanent.",
            "My father has only 85 cm of small bowel left after surgery on December 3. He has "
            "lost 13 kilograms. His surgeon will send a statement. Please treat this as a fast "
            "appeal - he cannot keep up with his fluids without the IV nutrition.",
            "Thank you,",
        ],
        [PT["daughter"], "(505) 555-0139"],
        sig_key="maribel",
        margins=(1.0, 1.0, 0.9, 0.9),
    )


# Source: hb_appeal_info_request
@doc("Juniper Mesa/request for physician statement.pdf", "letter", "hb_appeal_info_request",
     outcome="info_requested", date=D(2026, 1, 29), ref=REF["apl"], member=MID,
     due=D(2026, 2, 6), req=["medical_necessity"], links=["L8"], scan=("fax", 200))  # fmt: skip
def appeal_info_request():
    return letter(
        JM,
        fd(D(2026, 1, 29), "us"),
        [DR["name"], DR["practice"]],
        [["Appeal case #", REF["apl"]], ["Member #", MID]],
        None,
        [
            "RE: Reconsideration - home parenteral nutrition",
            "We received a reconsideration request from the member's representative. To decide "
            "it we need a signed statement from the treating physician that the impairment of "
            "the small bowel is permanent, with the expected duration of PN.",
            "The statement must be received by February 6, 2026 (fax " + MA["fax"] + ").",
        ],
        ["Appeals Clinical Reviewer", MA["short"]],
        fax=f"01/29/2026 14:05 FROM JUNIPER MESA APPEALS {MA['fax']} P.{{p}}",
    )


# Source: hb_lmn
@doc("Clinic/permanence statement.pdf", "clinical", "hb_lmn", date=D(2026, 2, 2), member=MID,
     ful=["medical_necessity"], links=["L8"])  # fmt: skip
def permanence():
    return letter(
        RB,
        fd(D(2026, 2, 2), "wlong"),
        ["Appeals", MA["name"]],
        [["Member", PT["name"] + "  (" + MID + ")"]],
        "Physician statement of permanence",
        [
            "I am the treating surgeon. After resection for mesenteric ischemia on 12/03/2025 my "
            "patient has 85 cm of jejunum ending in a jejunostomy, with no colon in continuity. "
            "This anatomy will not adapt enough to allow enteral autonomy; the impairment is "
            "permanent and home parenteral nutrition will be needed indefinitely (more than 90 "
            "days).",
            "Without PN he has lost 17% of his body weight and has recurrent dehydration.",
        ],
        SIG,
        sig_key="ferreira",
    )


# Source: hb_recon_approval
@doc("Juniper Mesa/reconsideration decision.pdf", "letter", "hb_recon_approval",
     outcome="approved", date=D(2026, 2, 12), ref=REF["apl"], member=MID,
     ful=["prior_authorization"], links=["L4"])  # fmt: skip
def recon_approval():
    return letter(
        JM,
        None,
        PT["addr"],
        [["Appeal case #", REF["apl"]], ["Member #", MID]],
        "Notice of Reconsideration Decision",
        [
            "Date of decision: " + fd(D(2026, 2, 12), "long"),
            "We reviewed your appeal about home parenteral nutrition. We have decided in your "
            "favor: the parenteral nutrition solutions, lipids, pump and supplies are approved "
            "from 02/12/2026 through 02/11/2027 with " + HIP["name"] + ".",
            "No further action is needed from you.",
        ],
        ["Appeals and Grievances", MA["short"]],
    )


# Source: hb_portal_msg
@doc("Downloads/secure message - approved.pdf", "letter", "hb_portal_msg", outcome="approved",
     date=D(2026, 2, 13), ref=REF["apl"], ful=["prior_authorization"], links=["L4"])  # fmt: skip
def portal_msg():
    return portal("2/14/26, 7:40 AM", "https://mychart.sagebrushinfusion.example/messages/8812",
        "Sagebrush Patient Portal", "Message from your care team",
        [["From", HIP["intake"] + ", " + HIP["name"]], ["To", PT["name"]],
         ["Sent", fd(D(2026, 2, 13), "abbr") + " 4:12 PM"], ["Subject", "Your IV nutrition "
          "is approved"]],
        paras=["Hello Mr. Quisenberry-Lowe and Maribel,",
               "Juniper Mesa approved your reconsideration (case " + REF["apl"] + ") today, so "
               "your PN, pump and supplies are covered for one year. Your February deliveries "
               "will be billed to the plan.",
               "We will confirm Saturday's delivery by phone."])  # fmt: skip


# Source: hb_hh_auth
@doc("Juniper Mesa/home health nursing authorized.pdf", "letter", "hb_hh_auth",
     outcome="approved", date=D(2026, 2, 16), ref=REF["hh"], member=MID,
     ful=["prior_authorization"], links=["L4"])  # fmt: skip
def hh_auth():
    return letter(
        JM,
        fd(D(2026, 2, 16), "dash"),
        [HIP["name"], HIP["addr"]],
        [["Authorization", REF["hh"]], ["Member #", MID]],
        "Service authorization approved",
        [
            (
                "g",
                [
                    ["Service", "Units", "From", "Through"],
                    ["Skilled nursing visit (PN line care)", "3/week", "02/16/2026", "05/17/2026"],
                ],
                [2.8, 1.0, 1.2, 1.2],
            ),
            "Authorization is not a guarantee of payment; the member must be eligible on the "
            "date of service.",
        ],
        ["Utilization Management", MA["short"]],
    )


# Source: hb_delivery
@doc("Sagebrush/delivery and first visit.pdf", "letter", "hb_delivery", outcome="informational",
     date=D(2026, 2, 14))  # fmt: skip
def delivery():
    return letter(
        SN,
        fd(D(2026, 2, 14), "long"),
        PT["addr"],
        None,
        "Your delivery schedule",
        [
            "Your PN bags, lipids and supplies will be delivered every Saturday between 9 and 11 "
            "a.m. Store bags in the refrigerator; take each bag out 2 hours before connecting.",
            "Paloma Whitehorse, RN will visit Sunday to check the PICC and watch you connect.",
        ],
        ["Patient Care Team"],
    )


# Source: hb_nurse
@doc("Sagebrush/nursing visit.pdf", "clinical", "hb_nurse", date=D(2026, 2, 15),
     ful=["clinical_notes"], scan=("scanner", 160))  # fmt: skip
def nurse():
    return note(
        SN,
        "Home Nursing Visit - Parenteral Nutrition",
        [["Patient", PT["name"]], ["Date", fd(D(2026, 2, 15), "us")]],
        [
            (
                "Assessment",
                [
                    "Wt 63.0 kg. BP 118/70. PICC site clean, dressing changed, external "
                    "length 0 cm change. Ostomy output 2.2 L."
                ],
            ),
            (
                "Teaching",
                ["Daughter connected PN with pump independently using aseptic technique."],
            ),
            ("Plan", ["Weekly visits; labs Tuesday."]),
        ],
        signer=[HIP["nurse"]],
        sig_key="whitehorse",
    )


# Source: hb_card
@doc("Insurance/Juniper Mesa card.pdf", "insurance", "hb_card", member=MID,
     ful=["insurance_card"], links=["L2"], scan=("phone", 180))  # fmt: skip
def card():
    return card_pdf([["Member", PT["caps"]], ["Member ID", MID], ["Plan", "H9988-004"],
                     ["PCP", "Piedra Lumbre Health Center"], ["Copays", "$0"]],
                    [["Member Services", MA["phone"]], ["Prior authorization", "1-866-555-0158"],
                     ["Medicaid", "New Mexico Medicaid benefits included"]],
                    "Juniper Mesa Advantage Dual")  # fmt: skip


# Source: hb_eoc
@doc("Insurance/evidence of coverage p112.pdf", "insurance", "hb_eoc", ful=["insurance_card"])
def eoc():
    return plain(
        [
            ("h", "Prosthetic devices and related supplies"),
            "Covered items include parenteral and enteral nutrition, supplies and pumps when the "
            "Medicare rules for permanence are met. Prior authorization is required.",
            ("h", "Home health services"),
            "Skilled nursing visits are covered when ordered by your doctor. Additional visits may "
            "be covered under your Medicaid benefits.",
        ],
        title="2026 Evidence of Coverage - Chapter 4 (page 112)",
        head=org_head(MA["name"], ["Evidence of Coverage"]),
        margins=(0.9, 0.9, 1.1, 0.9),
    )


# Source: hb_eob
@doc("Insurance/Juniper Mesa EOB Feb.pdf", "insurance", "hb_eob", date=D(2026, 3, 5),
     ref=REF["eob"], member=MID)  # fmt: skip
def eob():
    return plain(
        [
            (
                "k",
                [
                    ["Member", PT["name"]],
                    ["Member ID", MID],
                    ["Date of statement", fd(D(2026, 3, 5), "us")],
                    ["Claim", REF["eob"]],
                ],
                True,
            ),
            ("b", "Explanation of Benefits - not a bill"),
            (
                "g",
                [
                    ["Service (02/12-02/28/2026)", "Billed", "Plan paid", "You owe"],
                    ["Parenteral nutrition B4185/B4199", money(6120), money(4390.55), money(0)],
                    ["Pump rental B9004", money(390), money(212.1), money(0)],
                ],
                [3.0, 1.1, 1.2, 1.0],
            ),
        ],
        head=JM,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: hb_sob
@doc("Insurance/summary of benefits.pdf", "insurance", "hb_sob", ful=["insurance_card"])
def sob():
    return plain(
        [
            (
                "g",
                [
                    ["Benefit", "You pay"],
                    ["Monthly premium", "$0"],
                    ["Doctor visits", "$0"],
                    ["Durable medical equipment and prosthetics", "$0 (prior authorization)"],
                    ["Home health care", "$0 (prior authorization)"],
                    ["Over-the-counter allowance", "$150 per quarter"],
                ],
                [3.4, 2.8],
            ),
            "This is a summary. See the Evidence of Coverage for the full list.",
        ],
        title="2026 Summary of Benefits - Juniper Mesa Advantage Dual",
        head=org_head(MA["name"], ["H9988-004"]),
        margins=(0.9, 0.9, 1.1, 0.9),
    )


# Source: hb_other_member (another member: labelled informational, see README)
@doc("Downloads/letter - Lucinda.pdf", "letter", "hb_other_member", outcome="informational",
     date=D(2026, 1, 21), ref=REF["wife"], member=WIFE_MID)  # fmt: skip
def wife_letter():
    return letter(
        JM,
        fd(D(2026, 1, 21), "long"),
        [PT["wife"], *PT["addr"][1:]],
        [["Case #", REF["wife"]], ["Member #", WIFE_MID]],
        "Your request is approved",
        [
            "We approved the power wheelchair cushion and seating evaluation your doctor "
            "requested, from 01/21/2026 to 04/20/2026."
        ],
        ["Utilization Management", MA["short"]],
    )


# Source: hb_voter
@doc("misc/voter card.pdf", "other", "hb_voter", date=D(2026, 1, 12))  # fmt: skip
def voter():
    return plain([
        ("k", [["Issued", fd(D(2026, 1, 12), "us")], ["Voter", PT["name"]],
               ["Precinct", "14"], ["Status", "ACTIVE - registration accepted"]], True),
        "This card confirms that your voter registration application has been approved. "
        "Keep it for your records.",
    ], title="Voter Registration Acknowledgment", head=org_head("Piedra Lumbre County Clerk",
        ["Bureau of Elections"]))  # fmt: skip


# Source: hb_dog
@doc("misc/IMG_2219.pdf", "other", "hb_dog", date=D(2026, 2, 2), scan=("phone", 150))  # fmt: skip
def dog():
    return plain(
        [
            (
                "k",
                [
                    ["License date", fd(D(2026, 2, 2), "us")],
                    ["Dog", "Chispa, spayed female"],
                    ["Tag no.", "2026-0418"],
                    ["Rabies certificate", "on file, expires 11/2027"],
                ],
                True,
            ),
            "License approved. Attach the tag to the collar.",
        ],
        title="Village of Piedra Lumbre - Dog License",
        size=11,
    )


# Source: hb_meals
@doc("misc/meals program.pdf", "other", "hb_meals", date=D(2026, 1, 19))  # fmt: skip
def meals():
    return letter(
        org_head("Rio Seco Area Agency on Aging", ["Senior Nutrition Program"]),
        fd(D(2026, 1, 19), "us"),
        [PT["wife"], *PT["addr"][1:]],
        None,
        "Home-delivered meals: eligibility approved",
        [
            "You are approved for home-delivered meals five days a week starting January 26. "
            "A suggested contribution of $3 per meal is voluntary."
        ],
        ["Nutrition Coordinator"],
    )


# Source: hb_med_list
@doc("Clinic/medication list.pdf", "clinical", "hb_med_list", date=D(2026, 1, 5),
     ful=["medication_history"])  # fmt: skip
def med_list():
    return plain(
        [
            ("k", [["Patient", PT["name"]], ["Reconciled", fd(D(2026, 1, 5), "us")]], True),
            (
                "g",
                [
                    ["Medication", "Dose", "Purpose / history"],
                    ["Loperamide", "4 mg QID", "Ostomy output; partial effect"],
                    ["Omeprazole", "40 mg BID", "Reduce secretions"],
                    ["Teduglutide", "not started", "Considered; awaiting PN stability"],
                    ["Oral rehydration solution", "1 L/day", "Hydration"],
                    ["Parenteral nutrition", "nightly", "Started 12/06/2025 in hospital"],
                ],
                [2.0, 1.5, 3.0],
            ),
        ],
        title="Medication List",
        head=RB,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: hb_recon_ack
@doc("Juniper Mesa/appeal received.pdf", "letter", "hb_recon_ack", outcome="informational",
     date=D(2026, 1, 29), ref=REF["apl"], member=MID, links=["L4"])  # fmt: skip
def recon_ack():
    return letter(
        JM,
        fd(D(2026, 1, 29), "dot"),
        PT["addr"],
        [["Appeal case #", REF["apl"]], ["Member #", MID]],
        "We received your appeal",
        [
            "We received the fast appeal filed by your representative on January 28, 2026 about "
            "home parenteral nutrition. A doctor who did not make the first decision will review "
            "it. We asked your surgeon for a statement.",
            "We will send you our decision within 72 hours after we receive the information we "
            "need.",
        ],
        ["Appeals and Grievances", MA["short"]],
    )
