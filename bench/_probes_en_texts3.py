"""The sixth batch of English probes (see _probes_en_texts.py): member IDs and reference
numbers as other hands print them - IDs in spaced groups, bare case numbers at the top of
a decision, Medicaid and card labels, two-row tables and portal rows. Written before any
fix for them was tried, and measured first."""

from __future__ import annotations

from _probes_en_texts import Probe, d

PROBES_6: list[Probe] = [
    Probe(
        "B5 Medicare card text, MBI in three spaced groups",
        "https://www.trustmedicare.com/new-to-medicare/medicare-id-card",
        """MEDICARE HEALTH INSURANCE
Name/Nombre
PERPETUA OKONKWO-BRANDT
Medicare Number/Número de Medicare
2HW7 K83 RT51
Entitled to/Con derecho a Coverage starts/Cobertura empieza
HOSPITAL (PART A) 03-01-2026
MEDICAL (PART B) 03-01-2026
1-800-MEDICARE (1-800-633-4227)""",
        "Perpetua Okonkwo-Brandt",
        {"reference_number": None, "member_id": "2HW7 K83 RT51"},
    ),
    Probe(
        "B5 Commercial ID card front, prefix and suffix groups",
        "https://winenfood.com/decoding-a-basic-example-of-an-insurance-card",
        """Harbor Crest Health PPO
Member Name  DESMOND A FALKENRATH
Member ID  HCX 884201773 01
Group Number  0471920
RxBIN 610014  RxPCN HCXRX  RxGrp HCX01
Effective Date 01/01/2026
PCP Copay $25  Specialist $50  ER $250
Customer Service 1-888-555-0147""",
        "Desmond A Falkenrath",
        {"reference_number": None, "member_id": "HCX 884201773 01"},
    ),
    Probe(
        "B5 Plan prior authorization approval, member ID in three digit groups",
        "https://www.uhcprovider.com/en/health-plans-by-state/texas-health-plans/tx-comm-plan-home/tx-cp-prior-auth/tx-pa-forms.html",
        """Lone Cedar Community Plan
PO Box 4410, Austin TX 78711
March 9, 2026
Member: Rosalind Teague
Member ID: CDS 660 214 930
Authorization Number: LC-2603-77120
Dear Rosalind Teague,
We have approved your provider's request for home infusion of immune globulin, 12 visits
from March 10, 2026 through June 9, 2026. If you have questions, call Member Services at
1-855-555-0161 (TTY 711).""",
        "Rosalind Teague",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-03-09"),
            "reference_number": "LC-2603-77120",
            "member_id": "CDS 660 214 930",
        },
    ),
    Probe(
        "B5 Wisconsin hearing decision, bare case number at the top",
        "https://www.elderlawwis.com/fcp-217068",
        """STATE OF WISCONSIN
Division of Hearings and Appeals
In the Matter of
Gwendolyn Marsh-Ortega
DECISION
FCP/219931
PRELIMINARY RECITALS
Pursuant to a petition filed February 3, 2026, under Wis. Admin. Code, §DHS 10.55, to
review a decision by Riverbend Care Inc regarding the Family Care Program (FCP), a hearing
was held on March 18, 2026, by telephone.
The issue for determination is whether the agency correctly reduced home infusion nursing
visits from five to two weekly.
FINDINGS OF FACT
1. Petitioner is a 58-year-old resident of Brown County.
DECISION
The petition is remanded to the agency to reassess the nursing hours within 10 days.
Dated at Madison, Wisconsin this 2nd day of April, 2026.""",
        "Gwendolyn Marsh-Ortega",
        {"reference_number": "FCP/219931", "member_id": None},
    ),
    Probe(
        "B5 External review decision, 'Case:' with no number label",
        "https://www.elderlawwis.com/fcp-217068",
        """Independent Review Services of Ohio
Case: 26-00417-MA
April 14, 2026
Enrollee: Harland Vistubbe
Health plan: Ridgeline Health Ohio
Decision on your request for external review
The reviewer has decided to overturn the health plan's denial of home infusion of
ocrelizumab. Your plan must cover the service. Call us at 614-555-0108 with questions.""",
        "Harland Vistubbe",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-04-14"),
            "reference_number": "26-00417-MA",
            "member_id": None,
        },
    ),
    Probe(
        "B5 County Medicaid letter, 'Our file:' at the top",
        "https://stgenssa.sccgov.org/debs/program_handbooks/medi-cal/assets/12ReptChangeNOA/NOA.htm",
        """County of Santa Linda Social Services Agency
1725 Alder Avenue, Santa Linda CA 95110
Our file: SLS-0338-2194
Date: May 4, 2026
Ines Barragan-Whitfield
48 Larch Court, Santa Linda CA 95112
NOTICE OF ACTION
Your Medi-Cal will continue with no share of cost beginning June 1, 2026.
If you think we made a mistake, you can appeal. You have only 90 days to ask for a hearing.""",
        "Ines Barragan-Whitfield",
        {"reference_number": "SLS-0338-2194", "member_id": None},
    ),
    Probe(
        "B5 NY Medicaid managed care notice, CIN as the ID",
        "https://mmcdruginformation.nysdoh.suny.edu/faq",
        """Hudson Vale Health Plan
Initial Adverse Determination
Date: June 2, 2026
Enrollee: Marisol Quintanilla-Hart
CIN: KB48213T
Reference #: HV-UM-2606-0412
We reviewed the request for home infusion of infliximab and decided it is not medically
necessary. You can ask for a Plan Appeal within 60 days of the date of this notice.""",
        "Marisol Quintanilla-Hart",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-06-02"),
            "reference_number": "HV-UM-2606-0412",
            "member_id": "KB48213T",
        },
    ),
    Probe(
        "B5 Medi-Cal plan letter, 'Medi-Cal ID' label",
        "https://safelink-internal-knowledge-base.helpscoutdocs.com/article/1052-medi-cal-acceptable-documentation",
        """Golden Poppy Health (Medi-Cal)
Notice of Action
July 7, 2026
Member name: Teofilo Arambula
Medi-Cal ID: 93718224F
Authorization #: GP-26-188402
We approved home infusion therapy for IV antibiotics from July 8, 2026 to August 5, 2026.""",
        "Teofilo Arambula",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "reference_number": "GP-26-188402",
            "member_id": "93718224F",
        },
    ),
    Probe(
        "B5 Medicaid prior approval letter, 'Recipient ID' and 'Patient Number'",
        "https://per.nctracks.com/content/public/es/providers/prior-approval/PA-announcements/Importance-of-the-Address-on-PA-Requests.html",
        """Carolina Pines Medicaid Prior Approval Unit
Date: 08/11/2026
Recipient Name: Oskar Lindqvist-Moore
Recipient ID: 948201337Q
Patient Number: 5520193
PA Number: 26221000417
Provider NPI: 1447382910
Your request for home infusion nursing has been denied. The information sent does not
show that the service is medically necessary.""",
        "Oskar Lindqvist-Moore",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "reference_number": "26221000417",
            "member_id": "948201337Q",
        },
    ),
    Probe(
        "B5 Employer plan letter, 'Patient Number' as the only ID",
        "https://marshfieldinsurance.agency/?p=6679",
        """Northgate Benefit Administrators
September 1, 2026
Patient Name: Leopoldine Achterberg
Patient Number: NBA4471092
Group: 55102
Claim No.: 2608-99107
We need more information to process this claim. Please send the itemized bill from your
infusion pharmacy by September 30, 2026.""",
        "Leopoldine Achterberg",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "reference_number": "2608-99107",
            "member_id": "NBA4471092",
            "due_date": d("2026-09-30"),
        },
    ),
    Probe(
        "B5 Pharmacy benefits check printout, two-row table",
        "https://eatsip365.com/essential-info-on-your-insurance-card",
        """Summit Specialty Infusion Pharmacy
Benefits Verification Summary
Patient               Date of Birth
Cordelia Ndiaye-Pratt 04/12/1961
Member ID             Reference #
QRT582201947          BV-26-31188
Plan                  Group
Quartz Ridge PPO      88120
Deductible met: $1,200 of $1,500. Coinsurance after deductible: 20%.
Prior authorization required: yes.""",
        "Cordelia Ndiaye-Pratt",
        {"reference_number": "BV-26-31188", "member_id": "QRT582201947"},
    ),
    Probe(
        "B5 Payer portal printout, authorization table row",
        "https://servicenow-prod.fluidtopics.net/r/gc7XS1fp23TYGlWCA6RjCw/cvqP6o6wodPZu70qeghiSw",
        """Bluewater Health Provider Portal - Authorization Status
Printed 10/05/2026 2:14 PM
Authorization Number   Member ID      Service              Status     Valid From   Valid To
A2610-558103           BWH730018842   Home infusion IVIG   Approved   10/06/2026   01/05/2027
Patient: Ferdinand Oyelaran-Quist""",
        "Ferdinand Oyelaran-Quist",
        {"reference_number": "A2610-558103", "member_id": "BWH730018842"},
    ),
]
