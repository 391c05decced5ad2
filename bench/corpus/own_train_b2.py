"""TRAIN case B, second half: the Medicaid plan's letters, relayed decisions, nursing and
labs during therapy, plan papers, another member's notice and unrelated papers."""

from __future__ import annotations

from own_lib import D, fd, money
from own_tpl import email, lab, letter, note, org_head, plain, portal
from own_train_a2 import card_pdf
from own_train_b import (
    AG,
    HIP,
    HOSP,
    ID,
    IDH,
    LF,
    MBI,
    MCO,
    MH,
    MID,
    PDID,
    PDP,
    PT,
    QL,
    REF,
    RL,
    SIG_ID,
    STATE_ID,
    WIFE_ID,
    R,
)  # fmt: skip

doc = R.doc


# Source: tb_info_request
@doc("Maple Hollow/request for information.pdf", "letter", "tb_info_request",
     outcome="info_requested", date=D(2026, 3, 7), ref=REF["pa"], member=MID, due_within=14,
     req=["clinical_notes", "lab_results", "diagnosis"], links=["L6", "L7", "L8"])  # fmt: skip
def info_request():
    return letter(
        MH,
        fd(D(2026, 3, 7), "us"),
        PT["addr"],
        [
            ["Authorization request #", REF["pa"]],
            ["Member ID", MID],
            ["Provider", HIP["name"]],
            ["Services", "Home infusion per diem S9500, skilled nursing 99601/99602"],
        ],
        "We need more information to decide on your request",
        [
            "Dear Bartholomew Nakagawa-Osei:",
            "We received a request for the home infusion services listed above. We cannot make a "
            "decision yet because we do not have enough medical information. We have asked your "
            "provider to send us:",
            [
                "History and physical from your hospital stay and the infectious disease consult",
                "Blood culture results and recent CBC, ESR and CRP",
                "MRI report with the ICD-10 diagnosis codes",
            ],
            "Please make sure the information is sent to us within 14 calendar days from the date "
            "of this notice. Fax: " + MCO["fax"] + ". If we do not get it, we will decide using "
            "the information we have.",
            "We will make a decision no later than " + fd(D(2026, 3, 20), "long") + ". You will "
            "get a letter with our decision.",
            "This is not a denial. If you have questions, call Member Services at "
            + MCO["phone"]
            + " (TTY 711).",
        ],
        ["Utilization Management Department", MCO["name"]],
        cc=[HIP["name"], ID["name"]],
    )


# Source: tb_noa
@doc("Maple Hollow/notice of action.pdf", "letter", "tb_noa", outcome="denied",
     date=D(2026, 3, 12), ref=REF["pa"], member=MID, links=["L4"])  # fmt: skip
def noa():
    return letter(
        MH,
        None,
        PT["addr"],
        [["Member ID", MID], ["Reference", REF["pa"]]],
        None,
        [
            "Date of notice: " + fd(D(2026, 3, 12), "long"),
            "Dear Bartholomew Nakagawa-Osei:",
            "Maple Hollow has denied the request from Riverlight Home Infusion Pharmacy for home "
            "infusion per diem (S9500) and skilled nursing visits, from 03/09/2026 to 04/17/2026.",
            ("h", "Why did we make this decision?"),
            "The records show you can travel to an outpatient infusion center each day. Our "
            "home infusion criteria (MH-CP-031) require that care at an infusion center is not "
            "possible or not safe. You have the right to ask us for free copies of the records "
            "and criteria we used.",
            ("h", "What can you do if you disagree?"),
            "You may ask for an appeal with Maple Hollow. Your appeal must be received within 60 "
            "calendar days from the date on this notice. You, your provider (with your written "
            "permission) or your authorized representative can ask for an appeal by calling "
            + MCO["phone"]
            + " or writing to us. If waiting could seriously harm your health, ask "
            "for an expedited appeal; we will decide within 72 hours.",
            "After the plan appeal, if you still disagree, you may ask for a state hearing with "
            "the Ohio Department of Medicaid Bureau of State Hearings.",
            ("s", "Free legal help: call 1-866-555-0199. Interpreter services are free."),
        ],
        ["Utilization Management", MCO["name"]],
        heading="NOTICE OF ACTION",
    )


@doc("Maple Hollow/IMG_1046.pdf", "letter", "tb_noa", outcome="informational",
     date=D(2026, 3, 12), ref=REF["pa"], member=MID, scan=("phone", 170))  # fmt: skip
def hearing_form():
    return plain(
        [
            "Use this form only after you have finished the Maple Hollow appeal process.",
            (
                "k",
                [
                    ["Date of notice", fd(D(2026, 3, 12), "us")],
                    ["Member name", PT["name"]],
                    ["Member ID", MID],
                    ["Plan reference", REF["pa"]],
                ],
                True,
            ),
            (
                "c",
                [
                    ("I want a state hearing about the decision of my managed care plan", False),
                    ("I want my services to continue while I wait for the hearing decision", False),
                    ("I need an interpreter", False),
                ],
            ),
            "Signature: ______________________   Phone: ______________",
            "Mail to: Bureau of State Hearings, P.O. Box 182825, Columbus, Ohio 43218, or fax.",
        ],
        title="STATE HEARING REQUEST (page 3 of 3 - enclosure)",
        size=10.5,
    )


# Source: tb_id_appeal
@doc("Letters/Dr Okonjo-Pratt expedited appeal.pdf", "letter", "tb_id_appeal",
     outcome="informational", date=D(2026, 3, 12), ref=REF["pa"], member=MID,
     links=["L4"])  # fmt: skip
def id_appeal():
    return letter(
        IDH,
        fd(D(2026, 3, 12), "long"),
        ["Appeals Department", MCO["name"], *MCO["addr"]],
        [
            ["RE:", "Expedited appeal - " + PT["name"]],
            ["Member ID", MID],
            ["Denied request", REF["pa"]],
        ],
        None,
        [
            "Dear Appeals Reviewer:",
            "I request an expedited appeal of your notice of action dated "
            + fd(D(2026, 3, 12), "long")
            + ", which denied home infusion services because the "
            'patient "can travel to an outpatient infusion center each day".',
            "My patient has L3-L4 discitis-osteomyelitis and cannot sit in a car for the 50-mile "
            "round trip without severe pain; he has no driver on weekdays. Daily travel for six "
            "weeks risks missed doses of the only active antibiotic for his ESBL infection.",
            "Home infusion with weekly nursing is the safest and least costly setting. Please "
            "reverse the decision. The member has signed the enclosed representative form.",
        ],
        SIG_ID,
        sig_key="okonjo",
        cc=[HIP["name"]],
    )


# Source: tb_appeal_resolution
@doc("Maple Hollow/appeal resolution.pdf", "letter", "tb_appeal_resolution", outcome="approved",
     date=D(2026, 3, 14), ref=REF["apl"], member=MID, ful=["prior_authorization"],
     links=["L4"], scan=("fax", 200))  # fmt: skip
def appeal_resolution():
    return letter(
        MH,
        fd(D(2026, 3, 14), "DMY"),
        PT["addr"],
        [["Appeal #", REF["apl"]], ["Member ID", MID]],
        "NOTICE OF APPEAL RESOLUTION",
        [
            "Dear Bartholomew Nakagawa-Osei:",
            "You asked us to review our decision about home infusion per diem and skilled "
            "nursing visits. A physician who did not make the first decision reviewed your "
            "appeal and the letter from Dr. Okonjo-Pratt.",
            "Decision: We have overturned our earlier decision. The services are approved as "
            "requested from 03/09/2026 to 04/17/2026 with " + HIP["name"] + ".",
            "Because we decided in your favor, you do not need to take any action.",
        ],
        ["Appeals and Grievances", MCO["name"]],
        fax=f"03/14/2026 10:02  {MCO['fax']}  MAPLE HOLLOW UM   P.{{p}}",
    )


# Source: tb_relay_email
@doc("Downloads/Mail - Re_ home infusion approved.pdf", "letter", "tb_relay_email",
     outcome="approved", date=D(2026, 3, 14), ref=REF["apl"], ful=["prior_authorization"],
     links=["L4"])  # fmt: skip
def relay_email():
    return email(
        "Sat 3/14/2026 2:51 PM",
        "RE: home infusion approved?",
        "Marisela Dunbar <mdunbar@riverlightinfusion.example>",
        "Imani Nakagawa-Osei <imani.no@mailbox.example>",
        fd(D(2026, 3, 14), "email") + " 11:37 AM",
        [
            "Hi Imani,",
            "Yes - good news. Maple Hollow called us this morning and faxed the appeal decision: "
            "the home infusion services for your dad are APPROVED on appeal (appeal number "
            + REF["apl"]
            + "), 03/09 through 04/17. Nothing more is needed from your family.",
            "Gwendolyn will keep the Tuesday nurse visits. The Part D drug approval is already in "
            "place.",
            "Marisela Dunbar",
            "Intake Coordinator, " + HIP["name"] + " " + HIP["phone"],
        ],
        quoted=[
            "From: Imani Nakagawa-Osei",
            "Sent: " + fd(D(2026, 3, 14), "email"),
            "Did you hear anything from Maple Hollow about the appeal? Dad is worried "
            "about the bills.",
        ],
    )


# Source: tb_nursing_auth
@doc("Maple Hollow/nursing visits authorized.pdf", "letter", "tb_nursing_auth",
     outcome="approved", date=D(2026, 3, 16), ref=REF["nurse"], member=MID,
     ful=["prior_authorization"], links=["L4"])  # fmt: skip
def nursing_auth():
    return letter(
        MH,
        fd(D(2026, 3, 16), "abbr"),
        [HIP["name"], HIP["addr"]],
        [["Authorization #", REF["nurse"]], ["Member", PT["name"]], ["Member ID", MID]],
        None,
        [
            (
                "k",
                [
                    ["Service", "Skilled nursing 99601 (first hour), 99602 (each add'l hour)"],
                    ["Units approved", "8 visits, 8 additional hours"],
                    ["Dates", "03/09/2026 - 04/17/2026"],
                    ["Decision", "APPROVED"],
                ],
                True,
            ),
            "This notice confirms the nursing visits authorized after appeal. Claims must "
            "show the authorization number.",
        ],
        ["Utilization Management", MCO["name"]],
        heading="PROVIDER NOTICE - SERVICE AUTHORIZATION",
    )


# Source: tb_provider_portal
@doc("Riverlight/portal auth inquiry.pdf", "letter", "tb_provider_portal", outcome="approved",
     date=D(2026, 3, 14), ref=REF["pa"], member=MID, ful=["prior_authorization"],
     links=["L4"])  # fmt: skip
def provider_portal():
    return portal("3/18/2026, 8:03:11 AM", "https://providers.maplehollowhealth.example/auth/"
        "inquiry?id=4471", "Maple Hollow Provider Portal", "Authorization Inquiry - Detail",
        [["Payer / ID", "Maple Hollow Medicaid / " + MID], ["Member", PT["caps"]],
         ["Tracking ID", REF["pa"]], ["Status", "APPROVED - OVERTURNED ON APPEAL"],
         ["Status date", fd(D(2026, 3, 14), "us")], ["Submitted", "03/06/2026"]],
        table=[["Line", "Code", "From", "To", "Units", "Status"],
               ["1", "S9500", "03/09/2026", "04/17/2026", "40", "Approved"],
               ["2", "99601", "03/09/2026", "04/17/2026", "8", "Approved"]],
        widths=[0.5, 0.8, 1.2, 1.2, 0.7, 1.2])  # fmt: skip


# Source: tb_nurse_visit
@doc("Riverlight/nursing visit 3-10.pdf", "clinical", "tb_nurse_visit", date=D(2026, 3, 10),
     ful=["clinical_notes"], scan=("scanner", 160))  # fmt: skip
def nurse_visit():
    return note(
        RL,
        "SKILLED NURSING VISIT - HOME INFUSION",
        [
            ["Patient", PT["name"]],
            ["Date", fd(D(2026, 3, 10), "us")],
            ["Visit type", "Start of care, teaching"],
        ],
        [
            ("Vital signs", ["T 98.9 F  P 88  R 16  BP 132/78  Pain 5/10 low back"]),
            (
                "PICC",
                ["R basilic, external length 1 cm, arm circ 31 cm, site clean, flushes well."],
            ),
            (
                "Infusion",
                [
                    "Ertapenem 1 g/100 mL NS by gravity over 30 min, tolerated. Daughter "
                    "return-demonstrated hand hygiene, scrub-the-hub, flush SASH."
                ],
            ),
            ("Plan", ["Next visit 03/17 with labs. Call 24-hour line for fever, arm swelling."]),
        ],
        signer=[HIP["nurse"]],
        sig_key="achebe",
    )


# Source: tb_opat_labs
@doc("Riverlight/weekly labs 3-16.pdf", "clinical", "tb_opat_labs", date=D(2026, 3, 17),
     ref=REF["lab1"], ful=["lab_results"])  # fmt: skip
def labs1():
    return lab(
        QL,
        "OPAT MONITORING PANEL",
        [
            ["Patient", PT["caps"]],
            ["Accession", REF["lab1"]],
            ["Collected", fd(D(2026, 3, 16), "us")],
            ["Reported", fd(D(2026, 3, 17), "us")],
            ["Copy to", ID["name"]],
        ],
        [
            ["Test", "Result", "Flag", "Reference", "Units"],
            ["WBC", "8.1", "", "4.0-10.5", "K/uL"],
            ["Creatinine", "1.02", "", "0.70-1.30", "mg/dL"],
            ["ALT", "31", "", "7-56", "U/L"],
            ["ESR", "61", "H", "0-20", "mm/h"],
            ["CRP", "38", "H", "< 10", "mg/L"],
        ],
    )


@doc("Riverlight/weekly labs 3-23.pdf", "clinical", "tb_opat_labs", date=D(2026, 3, 24),
     ref=REF["lab2"], ful=["lab_results"], scan=("fax", 200))  # fmt: skip
def labs2():
    return lab(
        QL,
        "OPAT MONITORING PANEL",
        [
            ["Patient", PT["caps"]],
            ["Accession", REF["lab2"]],
            ["Collected", fd(D(2026, 3, 23), "dmy")],
            ["Reported", fd(D(2026, 3, 24), "dmy")],
        ],
        [
            ["Test", "Result", "Flag", "Reference", "Units"],
            ["WBC", "7.4", "", "4.0-10.5", "K/uL"],
            ["Eosinophils", "6", "H", "0-5", "%"],
            ["Creatinine", "0.98", "", "0.70-1.30", "mg/dL"],
            ["ESR", "44", "H", "0-20", "mm/h"],
            ["CRP", "14", "H", "< 10", "mg/L"],
        ],
    )


# Source: tb_med_rec
@doc("Hospital/discharge med list.pdf", "clinical", "tb_med_rec", date=D(2026, 3, 9),
     ful=["medication_history"])  # fmt: skip
def med_rec():
    return plain(
        [
            ("k", [["Patient", PT["name"]], ["Discharge date", fd(D(2026, 3, 9), "us")]], True),
            (
                "g",
                [
                    ["Medication", "Instructions", "Status"],
                    ["Ertapenem 1 g IV", "Every 24 hours through 04/16/2026", "NEW"],
                    ["Metformin 1000 mg", "Twice daily", "Continue"],
                    ["Lisinopril 20 mg", "Daily", "Continue"],
                    ["Pregabalin ER 165 mg", "Nightly", "Continue"],
                    ["Ceftriaxone 2 g IV", "Stopped 03/04 (resistant organism)", "STOPPED"],
                    ["Ciprofloxacin 500 mg", "Stopped 01/2026 (UTI course ended)", "STOPPED"],
                ],
                [2.0, 3.0, 1.2],
            ),
        ],
        title="Discharge Medication Reconciliation",
        head=AG,
        margins=(0.85, 0.85, 1.2, 0.9),
    )


# Source: tb_discharge
@doc("Hospital/discharge summary.pdf", "clinical", "tb_discharge", date=D(2026, 3, 9),
     ful=["clinical_notes"])  # fmt: skip
def discharge():
    return note(
        AG,
        "DISCHARGE SUMMARY",
        [
            ["Admitted", fd(D(2026, 3, 2), "us")],
            ["Discharged", fd(D(2026, 3, 9), "us")],
            ["Attending", HOSP["hospitalist"]],
        ],
        [
            (
                "Principal diagnosis",
                ["L3-L4 vertebral osteomyelitis/discitis, ESBL E. coli bacteremia"],
            ),
            (
                "Hospital course",
                [
                    "Blood cultures positive 2/2; repeat negative 03/05. MRI as above. "
                    "ID consulted: ertapenem. PICC 03/06."
                ],
            ),
            (
                "Disposition",
                [
                    "Home with home infusion (Riverlight) pending insurance; first dose "
                    "at home 03/10. Follow up ID clinic 03/27."
                ],
            ),
        ],
        signer=[HOSP["hospitalist"]],
    )


# Source: tb_cards
@doc("Insurance/medicaid card.pdf", "insurance", "tb_cards", member=MID, ful=["insurance_card"],
     links=["L2"], scan=("phone", 180))  # fmt: skip
def medicaid_card():
    return card_pdf([["Member", PT["caps"]], ["Member ID", MID], ["Medicaid ID", STATE_ID],
                     ["PCP", "Scioto Bend Family Health"], ["Copays", "$0"]],
                    [["Member Services", MCO["phone"]], ["Nurse line 24/7", "1-855-555-0148"],
                     ["Pharmacy", "Medicare Part D plan is primary for drugs"]],
                    MCO["name"])  # fmt: skip


@doc("Insurance/medicare card.pdf", "insurance", "tb_cards", member=MBI, ful=["insurance_card"],
     links=["L2"], scan=("phone", 180))  # fmt: skip
def medicare_card():
    return card_pdf([["Name", PT["caps"]], ["Medicare Number", MBI],
                     ["Entitled to", "HOSPITAL (PART A)  03-01-2023"],
                     ["", "MEDICAL (PART B)  03-01-2023"]],
                    [["", "Medicare health insurance - show this card to providers"]],
                    "MEDICARE HEALTH INSURANCE")  # fmt: skip


# Source: tb_handbook
@doc("Insurance/Maple Hollow handbook home infusion.pdf", "insurance", "tb_handbook",
     ful=["insurance_card"])  # fmt: skip
def handbook():
    return plain(
        [
            ("h", "Home infusion therapy"),
            "Home infusion is covered when your doctor orders it and Maple Hollow approves it "
            "first (prior authorization). It includes the pharmacy's per diem for supplies and "
            "pump, and visits by a nurse.",
            ("h", "If you also have Medicare"),
            "Medicare pays first. Drugs you get at home are usually paid by your Medicare Part D "
            "plan. Maple Hollow may pay for services Medicare does not cover.",
            ("h", "Prior authorization decisions"),
            "We decide standard requests within 10 calendar days and expedited requests within 72 "
            "hours. If we deny a request you will get a Notice of Action explaining your appeal "
            "rights.",
        ],
        title="Member Handbook 2026 - Chapter 6: Your Benefits (page 41)",
        head=org_head(MCO["name"], ["Member Handbook"]),
        margins=(0.9, 0.9, 1.1, 0.9),
    )


# Source: tb_partd_eob
@doc("Insurance/Part D EOB March.pdf", "insurance", "tb_partd_eob", date=D(2026, 4, 6),
     member=PDID)  # fmt: skip
def partd_eob():
    return plain(
        [
            (
                "k",
                [
                    ["Member", PT["name"]],
                    ["Member ID", PDID],
                    ["Date of this notice", fd(D(2026, 4, 6), "long")],
                    ["Drug payment stage", "Initial coverage"],
                ],
                True,
            ),
            ("b", "THIS IS NOT A BILL"),
            ("h", "Your prescriptions during March 2026"),
            (
                "g",
                [
                    ["Drug / pharmacy", "Plan paid", "You paid", "Extra Help paid"],
                    [
                        "Ertapenem 1 g vial x 22 - Riverlight",
                        money(2310.4),
                        money(9.8),
                        money(58.2),
                    ],
                    [
                        "Metformin 1000 mg #60 - Canal Street Pharmacy",
                        money(4.1),
                        money(1.6),
                        money(0),
                    ],
                ],
                [3.0, 1.2, 1.1, 1.3],
            ),
            "Your total drug costs this year: " + money(2488.3) + ".",
        ],
        title="Your Monthly Explanation of Benefits",
        head=LF,
        margins=(0.85, 0.85, 1.15, 0.9),
    )


# Source: tb_id_followup
@doc("Clinic/ID follow up 3-27.pdf", "clinical", "tb_id_followup", date=D(2026, 3, 27),
     ful=["clinical_notes"])  # fmt: skip
def id_followup():
    return note(
        IDH,
        "Infectious Diseases Clinic - Follow-up",
        [["Patient", PT["name"]], ["Date of service", fd(D(2026, 3, 27), "us")]],
        [
            ("Subjective", ["Back pain 3/10. No fevers. Tolerating ertapenem, daughter infusing."]),
            ("Objective", ["Afebrile. PICC site clean. CRP 14 (03/23), down from 142."]),
            (
                "Assessment/Plan",
                [
                    "Improving ESBL E. coli vertebral osteomyelitis. Continue "
                    "ertapenem through 04/16/2026; remove PICC after last dose. Mild "
                    "eosinophilia - "
                    "monitor."
                ],
            ),
        ],
        signer=SIG_ID,
    )


# Source: tb_hi_discharge
@doc("Riverlight/discharge from services.pdf", "clinical", "tb_hi_discharge",
     date=D(2026, 4, 17), ful=["clinical_notes"])  # fmt: skip
def hi_discharge():
    return note(
        RL,
        "Home Infusion Discharge Summary",
        [
            ["Patient", PT["name"]],
            ["Discharge date", fd(D(2026, 4, 17), "abbr")],
            ["Therapy", "Ertapenem 1 g IV q24h"],
        ],
        [
            (
                "Summary",
                [
                    "Therapy completed 04/16/2026 (42 doses, none missed). PICC removed intact "
                    "04/17, tip length verified. No line complications."
                ],
            ),
            ("Disposition", ["Discharged from pharmacy and nursing services. Follow-up with ID."]),
        ],
        signer=[HIP["nurse"]],
    )


# Source: tb_renewal (another member: labelled informational, see README)
@doc("Downloads/Rosalie medicaid renewal.pdf", "letter", "tb_renewal", outcome="informational",
     date=D(2026, 2, 20), member=WIFE_ID)  # fmt: skip
def wife_renewal():
    return letter(
        org_head(
            "Ohio Department of Medicaid",
            ["Benefits notice - Scioto County Job and Family Services"],
        ),
        "Notice date: " + fd(D(2026, 2, 20), "us"),
        [PT["wife"], *PT["addr"][1:]],
        [["Individual", PT["wife"]], ["Medicaid ID", WIFE_ID]],
        "Your Medicaid coverage has been renewed",
        [
            "We reviewed your eligibility using information we already have. You still qualify. "
            "Your Medicaid coverage will continue through 02/28/2027.",
            "You do not need to do anything now. Tell us within 10 days if your income, address "
            "or household changes.",
        ],
        ["Scioto County Job and Family Services"],
    )


# Source: tb_pipp
@doc("misc/PIPP approval.pdf", "other", "tb_pipp", date=D(2026, 1, 28))  # fmt: skip
def pipp():
    return letter(
        org_head(
            "Scioto Valley Community Action", ["Energy Assistance Programs", "(740) 555-0189"]
        ),
        fd(D(2026, 1, 28), "long"),
        [PT["name"], *PT["addr"][1:]],
        None,
        "PIPP Plus enrollment approved",
        [
            "Your application for the Percentage of Income Payment Plan Plus has been approved. "
            "Your monthly gas and electric installment is $41.00 each.",
            "Pay on time and in full each month to earn credits toward your past balance. You "
            "must re-verify your household income once a year.",
        ],
        ["Energy Assistance Staff"],
    )


# Source: tb_paratransit
@doc("misc/paratransit.pdf", "other", "tb_paratransit", date=D(2026, 2, 17))  # fmt: skip
def paratransit():
    return letter(
        org_head("Scioto Bend Area Transit", ["ADA Paratransit Eligibility Office"]),
        fd(D(2026, 2, 17), "us"),
        [PT["name"], *PT["addr"][1:]],
        None,
        "ADA paratransit eligibility determination",
        [
            "Your application has been approved. You are conditionally eligible for paratransit "
            "service when walking more than 1/4 mile or in snow and ice.",
            "Eligibility expires 02/17/2029. A personal care attendant may ride free.",
        ],
        ["Eligibility Coordinator"],
    )


# Source: tb_recipe
@doc("misc/IMG_5512.pdf", "other", "tb_recipe", scan=("phone", 150))  # fmt: skip
def recipe():
    return plain(
        [
            "Grandma Keiko's miso-ginger chicken soup",
            "Serves 6.  2 lb chicken thighs, 8 cups water, 3 tbsp white miso, 1 thumb ginger, "
            "2 carrots, 4 green onions, 1 cup cooked rice.",
            "Simmer chicken and ginger 40 minutes. Remove chicken, shred. Whisk miso into 1 cup "
            "broth, return to pot off the boil. Add carrots, rice, chicken. Top with onions.",
        ],
        title="Family recipes",
        size=12,
    )


# Source: tb_newsletter
@doc("misc/senior center newsletter.pdf", "other", "tb_newsletter")  # fmt: skip
def newsletter():
    return plain(
        [
            "Medicare Open Enrollment recap: counselors helped 212 neighbors compare plans. "
            "Remember "
            "that Medicare Advantage and Part D plans must be approved by Medicare each year, and "
            "your plan can change its drug list.",
            "Tai chi resumes Tuesdays at 10. Bring a friend!",
            "Volunteer drivers needed for medical appointments - call the front desk.",
        ],
        title="Sycamore Ferry Senior Center - Spring News",
        size=11,
    )


# Source: tb_noa (a second, partial denial)
@doc("Maple Hollow/notice of action pump.pdf", "letter", "tb_noa", outcome="denied",
     date=D(2026, 3, 18), ref=REF["pump"], member=MID)  # fmt: skip
def noa_pump():
    return letter(
        MH,
        None,
        PT["addr"],
        [["Member ID", MID], ["Reference", REF["pump"]]],
        None,
        [
            "Date of notice: " + fd(D(2026, 3, 18), "us"),
            "Maple Hollow has denied the request for an elastomeric (ball) infusion pump, E0779. "
            "Ertapenem is given over 30 minutes by gravity, and the records do not show a reason "
            "gravity infusion cannot be used. The gravity supplies remain approved.",
            "You may ask for an appeal within 60 calendar days from the date on this notice by "
            "calling " + MCO["phone"] + " or writing to Maple Hollow Appeals.",
        ],
        ["Utilization Management", MCO["name"]],
        heading="NOTICE OF ACTION",
    )


# Source: tb_pd_info_request
@doc("Medicare Part D/request for more information.pdf", "letter", "tb_pd_info_request",
     outcome="info_requested", date=D(2026, 3, 8), ref=REF["cd"], member=PDID,
     due=D(2026, 3, 10), req=["prescription"], links=["L10"], scan=("fax", 200))  # fmt: skip
def pd_info_request():
    return letter(
        LF,
        fd(D(2026, 3, 8), "us_short"),
        [ID["name"], ID["practice"]],
        [["Case #", REF["cd"]], ["Enrollee", PT["name"]], ["Enrollee Number", PDID]],
        "Coverage determination - information needed",
        [
            "Dear Prescriber:",
            "To decide whether ertapenem is covered under Part D or Part B, we need a copy of the "
            "signed infusion orders showing the route, the setting (home or facility) and "
            "whether an infusion pump is used.",
            "If this information is not received by 03/10/2026 we will make our decision based "
            "on the information we have. Fax: " + PDP["fax"] + ".",
        ],
        ["Pharmacy Services", PDP["name"]],
    )


# Source: tb_lifeline
@doc("misc/lifeline approved.pdf", "other", "tb_lifeline", date=D(2026, 2, 26))  # fmt: skip
def lifeline():
    return letter(
        org_head("Lifeline Support Center", ["Universal service phone discount"]),
        fd(D(2026, 2, 26), "long"),
        [PT["name"], *PT["addr"][1:]],
        [["Application ID", "B41099-22718"]],
        "You qualify for Lifeline",
        [
            "Your Lifeline application is approved. You qualify because your household takes "
            "part in Medicaid. Choose a participating phone or internet company within 90 days "
            "to get the monthly discount.",
            "You must recertify every year to keep the benefit.",
        ],
        ["Lifeline Support Center"],
    )
