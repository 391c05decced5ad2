"""The English probes of public_notice_probes.py: the second, third and fourth batches.

Each follows the wording and layout of a public model notice, form or template, its
address kept with it, its blanks filled by made-up people, plans, dates and numbers.
"""

from __future__ import annotations

from _probes_en_texts import Probe, d

# --- second batch, written before the first fixes were tried on it ---------------------------

PROBES_2: list[Probe] = [
    Probe(
        "Pharmacy notice: Medicare Prescription Drug Coverage and Your Rights (CMS-10147)",
        "https://omb.report/icr/202410-0938-020/doc/148030100",
        """Cornerstone Pharmacy  4418 Main Street, Marion IN 46952  765-555-0112
Enrollee name: Augustin Mbeki-Halloran
Drug and prescription number: Gamunex-C 10 g, Rx 7731042
Medicare Prescription Drug Coverage and Your Rights
You have the right to ask for a coverage determination from your Medicare drug plan to
provide or pay for a drug you think should be covered, provided, or continued. You also
have the right to ask for a special type of coverage determination called an "exception" if
you:
Need a drug that's not on your plan's list of covered drugs
Believe a coverage rule (like prior authorization or a quantity limit) shouldn't apply to
you for medical reasons
How to ask for a coverage determination
To ask for a coverage determination, you or your prescriber can call your Medicare drug
plan's toll-free phone number on the back of your plan membership card, or go to your
plan's website. You can ask for an expedited (24 hour) decision if your health could be
seriously harmed by waiting up to 72 hours for a decision.
Your Medicare drug plan will send you a written decision. If coverage isn't approved and
you disagree with this decision, you have the right to appeal.
Form CMS-10147 OMB Approval No. 0938-0975""",
        "Augustin Mbeki-Halloran",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": None,
            "reference_number": {None, "7731042", "Rx 7731042"},
            "member_id": None,
            "due_date": None,
        },
    ),
    Probe(
        "Detailed Explanation of Non-Coverage (CMS-10124)",
        "https://omb.report/icr/201409-0938-007/doc/50207901",
        """Bellwether Home Health Agency
410 Canal Street, Lowell MA 01852  978-555-0190
Detailed Explanation of Non-Coverage
Date: July 16, 2026
Patient Name: Teodoro Alvarenga
Member number: BHH-448210
This notice gives a detailed explanation of why your current home health services should
end. This notice is not the decision on your appeal. The decision on your appeal will come
from your Quality Improvement Organization.
The facts used to make this decision: you walk 150 feet with a cane and your wound has
healed.
Detailed explanation of why your current services are no longer covered, and the specific
Medicare coverage rules and policy used to make this decision: skilled nursing is no longer
reasonable and necessary.
If you would like a copy of the policy or coverage guidelines used to make this decision,
please call us at 978-555-0190.
Form CMS-10124-DENC OMB approval 0938-0953""",
        "Teodoro Alvarenga",
        {
            "kind": "letter",
            "letter_outcome": {"denied", "informational"},
            "document_date": d("2026-07-16"),
            "reference_number": None,
            "member_id": "BHH-448210",
            "due_date": None,
        },
    ),
    Probe(
        "HMO prior authorization denial letter",
        "http://cleftadvocate.org/Denial1.html",
        """Tamarack Valley HMO
September 14, 2026
Lucinda Farrow-Adeyemi
1270 Juniper Street
Bend, OR 97701
Provider Name: Cascade Pediatric Immunology
Patient Name: Lucinda Farrow-Adeyemi
Patient Number: TVH-20771-03
Group Number: 88120
Procedure: Subcutaneous immune globulin, home infusion
Dear Lucinda Farrow-Adeyemi:
We have just finished our review of information regarding your provider's request for the
procedure noted above. After careful consideration of all available information, we are
unable to approve this request because the requested infusions at home are an exclusion per
your Evidence of Coverage. Therefore, we are unable to authorize this request. Please
consult with your physician to discuss your treatment options.
If you believe this decision is not correct, you have the right to request an appeal.
If you have any questions regarding this notice, please contact our Member Services
Department at (541) 555-0164.
Sincerely,
Medical Director
cc: Facility
PCP
Reference #TVH-UM-0914-2231""",
        "Lucinda Farrow-Adeyemi",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-09-14"),
            "reference_number": "TVH-UM-0914-2231",
            "member_id": "TVH-20771-03",
            "due_date": None,
        },
    ),
    Probe(
        "The patient's Medicaid managed care appeal letter",
        "https://github-users.yhajoa.workers.dev/k3rt4s/medbill-dispute-kit/blob/main/templates/letter_medicaid_appeal.md",
        """Delphine Osei-Marchetti
88 Larkin Avenue
Nashville, TN 37206
Phone: 615-555-0139
July 21, 2026
Harpeth Valley Health Plan Member Appeals Department
PO Box 4410, Nashville TN 37202
VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED
USPS Tracking: 9407 1118 9956 2231 0042 17
RE: Request for internal appeal of adverse benefit determination
Member ID: HVH-553018842
Case number: HV-UM-26-07733
To whom it may concern,
I am appealing your notice of adverse benefit determination dated July 2, 2026, which
denied home infusion of immune globulin. My immunologist's letter and my IgG levels are
enclosed. I ask that you reverse the denial and approve the infusions.
Sincerely,
Delphine Osei-Marchetti""",
        "Delphine Osei-Marchetti",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-07-21"),
            "reference_number": "HV-UM-26-07733",
            "member_id": "HVH-553018842",
            "due_date": None,
        },
    ),
    Probe(
        "The patient's appeal of a prior-authorization denial",
        "https://tryaudra.com/resources/appeal-templates/prior_auth_denial",
        """Gideon Vasquez-Thorne
41 Mill Race Road, Lancaster PA 17601
Keystone Meridian Health
Appeals Department
Re: Appeal of prior-authorization denial - member KMH-90017735, claim 26-331-00458, """
        """date of service 05/04/2026
August 3, 2026
To whom it may concern,
I'm formally appealing your denial dated July 14, 2026 of the above claim, which cited "no
prior authorization on file" as the reason. This denial is incorrect.
Prior authorization for this service was obtained on April 20, 2026, authorization number
KM-PA-0420-7781. The authorization is on file in your system and I'm including a copy of
the confirmation with this letter.
I'm requesting reversal of the denial and payment of the claim.
Sincerely,
Gideon Vasquez-Thorne""",
        "Gideon Vasquez-Thorne",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-08-03"),
            "reference_number": {"26-331-00458", "KM-PA-0420-7781"},
            "member_id": "KMH-90017735",
            "due_date": None,
        },
    ),
    Probe(
        "NY Approval Notice after an appeal",
        "https://www.health.ny.gov/health_care/managed_care/plans/appeals/2017-11-20_approval_notice.htm",
        """Hudson Gate Health Plan
200 Water Street, Albany NY 12207  1-800-555-0131
APPROVAL NOTICE
July 2, 2026
Wilhelmina Okonkwo-Baird
61 Orchard Terrace
Troy, NY 12180
Enrollee ID: HG44718203
Coverage type: Medicaid Managed Care
Service: Subcutaneous immune globulin 10 g weekly, July 2026 to December 2026
Provider: Riverbend Infusion Pharmacy
Plan Reference Number: AP-26-01288
Dear Wilhelmina Okonkwo-Baird:
You are getting this notice because your health plan has now approved your subcutaneous
immune globulin.
On June 9, 2026, Hudson Gate Health Plan denied this service. You appealed that decision on
June 12, 2026. On July 1, 2026, the appeal was decided in your favor.
Hudson Gate Health Plan has decided this service is medically necessary.
Utilization Management Department""",
        "Wilhelmina Okonkwo-Baird",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-07-02"),
            "reference_number": "AP-26-01288",
            "member_id": "HG44718203",
            "due_date": None,
        },
    ),
    Probe(
        "Florida Notice of Plan Appeal Resolution (approves)",
        "https://docsbay.net/Plan-Id-Xxxxxxxxxxxxxxxxxxxx",
        """PLAN ID: 0447-11820
Gulfmarsh Community Health Plan
1800 Bayshore Blvd, Tampa, FL 33606
October 12, 2026
Rosalind Achterberg
77 Pelican Court
Clearwater, FL 33755
NOTICE OF PLAN APPEAL RESOLUTION
Dear Rosalind Achterberg:
On September 15, 2026 we received your timely plan appeal request regarding Gulfmarsh
Community Health Plan's Notice of Action dated September 2, 2026, NABD Number
GCH-26-005120, denying the home infusion nursing, 8 visits, provided to Rosalind Achterberg.
On October 9, 2026, after consideration of the information you provided to Gulfmarsh
Community Health Plan in support of your plan appeal, Gulfmarsh Community Health Plan
hereby approves your plan appeal. As a result, Rosalind Achterberg will receive home
infusion nursing, 8 visits, effective October 12, 2026.
You, or someone legally authorized to do so, can ask us for a complete copy of your file.""",
        "Rosalind Achterberg",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-10-12"),
            "reference_number": "GCH-26-005120",
            "member_id": None,
            "due_date": None,
        },
    ),
    Probe(
        "Notice of Denial of Medical Coverage (CMS-10003, 2011 text)",
        "https://omb.report/icr/201106-0938-016/doc/25534501",
        """Saguaro Vista Medicare Advantage
2200 Camelback Road, Phoenix AZ 85016  1-866-555-0164
Notice of Denial of Medical Coverage
Date: 03/05/2026 Member number: SVM-4410927
Beneficiary's name: Marisela Quintanar-Oduya
We have denied coverage of the following medical services or items that you or your
physician requested: home infusion of infliximab every 8 weeks.
We denied this request because: the plan covers infliximab at an infusion center; home
infusion is not covered for this drug.
What If I Don't Agree With This Decision?
You have the right to appeal. File your appeal in writing within 60 calendar days after
the date of this notice.
There are two kinds of appeals you can file:
Standard (30 days) - You can ask for a standard appeal. We must give you a decision no later
than 30 days after we get your appeal.
Form CMS-10003-NDMC""",
        "Marisela Quintanar-Oduya",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-03-05"),
            "reference_number": None,
            "member_id": "SVM-4410927",
            "due_date": None,
        },
    ),
]


# --- third batch, written after the second batch's fixes, before trying them on it -----------

PROBES_3: list[Probe] = [
    Probe(
        "Medicare Additional Documentation Request (ADR) to a provider",
        "https://www.cgsmedicare.com/jb/claims/adr.html",
        """CGS Administrators, LLC
Jurisdiction B Medical Review
PO Box 20018, Nashville TN 37202
ADDITIONAL DOCUMENTATION REQUEST
Letter Date: 09/08/2026
Provider: Orchard Lane Home Infusion  NPI 1447790231
Beneficiary: Cordelia Ashgrove
Medicare Beneficiary Identifier (MBI): 5RW7-JK2-PT88
Claim Number: 21926251001874
Dates of Service: 08/03/2026 - 08/17/2026
Your claim has been selected for review. Please submit the following documentation to
support the services billed:
- The physician's order for the infusion drug and pump
- Progress notes showing the diagnosis and the medical need for the infusion
ADR number: 318
Return your response within 30 days of the date of this letter. Use this letter as the cover
sheet on top of your documents. The claim will deny if a response is not received.""",
        "Cordelia Ashgrove",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": d("2026-09-08"),
            "reference_number": "21926251001874",
            "member_id": "5RW7-JK2-PT88",
            "due_date": d("2026-10-08"),
        },
    ),
    Probe(
        "NC Medicaid Request for Additional Information (prior approval pended)",
        "https://per.nctracks.com/content/public/es/providers/provider-communications/2015-announcements/Requesting-Additional-Info-for-PA.html",
        """NCTracks Prior Approval Unit
November 2, 2026
Request for Additional Information
Recipient: Barnaby Quist-Holloway  Recipient ID: 901227845K
PA Number: 2026306004417
Requesting Provider: Pinecrest Infusion Pharmacy
Your prior approval request has been placed in pend status. The following information is
needed to complete the review:
1. The most recent IgG trough level
2. Documentation of the infections treated in the last 12 months
The information requested must be received by November 16, 2026. If the information is
not received by that date, the PA request will be denied.""",
        "Barnaby Quist-Holloway",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": d("2026-11-02"),
            "reference_number": "2026306004417",
            "member_id": "901227845K",
            "due_date": d("2026-11-16"),
        },
    ),
    Probe(
        "Wisconsin fair hearing decision reversing an MCO denial",
        "https://www.elderlawwis.com/fcp-219488",
        """DECISION
FCP/219931
Preliminary Recitals
Pursuant to a petition filed on August 6, 2026, under Wis. Admin. Code § DHS 10.55, to
review a decision by Lakeshore Family Care regarding Medical Assistance (MA), a hearing was
held on September 24, 2026, by telephone.
The issue for determination is whether the respondent correctly denied the petitioner's
request for home infusion nursing visits.
PARTIES IN INTEREST:
Petitioner: Ezekiel Brandvold
Respondent: Department of Health Services, By: Lakeshore Family Care
ADMINISTRATIVE LAW JUDGE: Rosalind Tervo, Division of Hearings and Appeals
Conclusions of Law
The MCO failed to show that the home infusion nursing visits are not cost-effective.
NOW, THEREFORE, it is ORDERED
That the petition is remanded to the MCO with instructions to approve the home infusion
nursing visits within 10 days of the date of this decision.
Given under my hand at the City of Madison, Wisconsin, this 14th day of October, 2026.""",
        "Ezekiel Brandvold",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": {d("2026-10-14"), None},
            "reference_number": "FCP/219931",
            "member_id": None,
            "due_date": None,
        },
    ),
]


# --- fourth batch, written after the third batch's fixes, before trying them on it ------------

PROBES_4: list[Probe] = [
    Probe(
        "The patient's Medicare Part D appeal letter (Level 1)",
        "https://github-users.yhajoa.workers.dev/k3rt4s/medbill-dispute-kit/blob/main/templates/letter_medicare_appeal.md",
        """Lorcan Whitby-Asante
19 Quarry Hill Road
Montpelier, VT 05602
Phone: 802-555-0166
June 22, 2026
Green Mountain Rx Plan Appeals Department
PO Box 3310, Burlington VT 05401
VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED
RE: Request for Coverage Determination Redetermination (Part D Level 1)
Beneficiary: Lorcan Whitby-Asante
Medicare Beneficiary Identifier (MBI): 3JK8-TE4-XN27
Plan name: Green Mountain Rx Plan; Member ID: GMR60041187
Date of the plan's decision: June 1, 2026
Dear Appeals Department:
I am requesting a redetermination of your decision denying coverage of Hizentra. My
immunologist's statement explaining why the preferred drugs would not work for me is
enclosed.
Sincerely,
Lorcan Whitby-Asante""",
        "Lorcan Whitby-Asante",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-06-22"),
            "reference_number": None,
            "member_id": {"GMR60041187", "3JK8-TE4-XN27"},
            "due_date": None,
        },
    ),
    Probe(
        "Medicare Advantage monthly Explanation of Benefits (Part C model)",
        "https://documents.pub/document/model-part-c-explanation-of-benefits-ppo-monthly-eob-version.html",
        """Harborlight Medicare PPO
Explanation of Benefits
for Lorcan Whitby-Asante  Member ID: HLP20098145
Your Medical Claims for May 2026
This notice gives you a summary of your Medicare Advantage claims and costs. This is not a bill.
Date of this notice: June 14, 2026
Claims processed this month
Claim number 26-0521-004415  Green Mountain Immunology  Date of service: May 12, 2026
Office visit (99214)  Provider charged $240.00  Plan's share $168.40  Your share $40.00
Totals for this period: Plan's share $168.40  Your share $40.00
Your deductible and out-of-pocket maximum: you have paid $40.00 toward your $5,900.00
out-of-pocket maximum.
If you disagree with a coverage decision, call Member Services at 1-888-555-0180.""",
        "Lorcan Whitby-Asante",
        {
            "kind": "insurance",
            "letter_outcome": None,
            "document_date": d("2026-06-14"),
            "reference_number": "26-0521-004415",
            "member_id": "HLP20098145",
            "due_date": None,
        },
    ),
    Probe(
        "The patient's letter asking the plan about coverage before a treatment",
        "https://www.obesityaction.org/action-through-advocacy/access-to-care/access-to-care-resources/sample-letter-for-pre-approval/",
        """Honora Delacroix-Mbatha
7 Birchwood Lane
Lexington, KY 40502
859-555-0147
April 6, 2026
Bluegrass Unity Health Plan
Member Services
1300 Commerce Drive, Louisville KY 40223
Dear Member Services,
I have common variable immunodeficiency and my immunologist has prescribed immune globulin
infusions at home. Is home infusion covered under my contract? If yes, what are the
limitations? If it is excluded, please mail me a copy of my policy with the excluded
sections highlighted.
Please write back as soon as possible. Thank you for your time.
Honora Delacroix-Mbatha
Member ID BUH-30077216""",
        "Honora Delacroix-Mbatha",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-04-06"),
            "reference_number": None,
            "member_id": "BUH-30077216",
            "due_date": None,
        },
    ),
]
