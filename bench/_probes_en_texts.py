"""The English probes of public_notice_probes.py: the probe record and the first batch.

Each follows the wording and layout of a public model notice, form or template, its
address kept with it, its blanks filled by made-up people, plans, dates and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Probe:
    name: str
    source: str
    text: str
    patient: str
    expected: dict[str, object] = field(default_factory=dict)


def d(text: str) -> date:
    return date.fromisoformat(text)


PROBES: list[Probe] = [
    Probe(
        "Medicare Summary Notice, Part B",
        "https://abcdocz.com/doc/48195/part-b-what-is-new-on-your-redesigned-%E2%80%9Cmedicare-summary-n...",
        """Medicare Summary Notice
for Part B (Medical Insurance)
The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services
ODALYS FERNWOOD
88 WREN HOLLOW LANE
DAYTON, OH 45402-1187
THIS IS NOT A BILL
Notice for Odalys Fernwood
Medicare Number XXX-XX-4471C
Date of This Notice June 3, 2026
Claims Processed Between March 1 - May 31, 2026
Your Deductible: You have now met $257.00 of your $257.00 Part B deductible for 2026.
Did Medicare Approve All Services? NO
Number of Services Medicare Denied 1
See claims starting on page 3. Look for NO in the "Service Approved?" column.
Total You May Be Billed $412.60
Providers with Claims This Period
April 14, 2026 Harlan Ridge Infusion Center
Your Claims for Part B (Medical Insurance)
Harlan Ridge Infusion Center, Claim Number 14-26104-227-310
Service Provided & Billing Code Service Approved? Amount Provider Charged Medicare-Approved Amount
Immune globulin infusion (J1569) Yes $2,410.00 $1,822.31
Infusion, first hour (96365) No $180.00 $0.00
How to Handle Denied Claims or File an Appeal
If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by
October 2, 2026. Fill out the Redetermination Request Form or write a letter.""",
        "Odalys Fernwood",
        {
            "kind": "insurance",
            "letter_outcome": None,
            "document_date": d("2026-06-03"),
            "reference_number": "14-26104-227-310",
            "member_id": None,
            "due_date": {None, d("2026-10-02")},
        },
    ),
    Probe(
        "Notice of Medicare Non-Coverage (CMS-10123)",
        "https://dokumen.tips/amp/documents/notice-of-medicare-non-coverage-upmc-health-plan-of-medicare-non-coverage-.html",
        """Provider Name: Bellwether Home Health Agency Address/Phone: 410 Canal St, Lowell MA """
        """01852 978-555-0190
Notice of Medicare Non-Coverage
Patient name: Teodoro Alvarenga Patient number: BHH-448210
The Effective Date Coverage of Your Current Home Health Services Will End: July 17, 2026
Your Medicare provider and/or health plan have determined that Medicare probably will not pay
for your current home health services after the effective date indicated above.
You may have to pay for any services you receive after the above date.
Your Right to Appeal This Decision
You have the right to an immediate, independent medical review (appeal) of the decision to
end Medicare coverage of these services. Your services will continue during the appeal.
If you choose to appeal, the independent reviewer will ask for your opinion. The reviewer
also will look at your medical records and/or other relevant information.
How to Ask For an Immediate Appeal
You must make your request to your Beneficiary and Family-Centered Care Quality
Improvement Organization (BFCC-QIO).
Your request for an immediate appeal should be made as soon as possible, but no later than
noon of the day before the effective date indicated above.
Please sign below to indicate you received and understood this notice.
Signature of Patient or Representative: Teodoro Alvarenga Date: 07/15/2026
Form CMS-10123-NOMNC (Exp. 12/31/2025) OMB approval 0938-0953""",
        "Teodoro Alvarenga",
        {
            "kind": "letter",
            "letter_outcome": {"denied", "informational"},
            "document_date": d("2026-07-15"),
            "reference_number": None,
            "member_id": None,
            "due_date": None,
        },
    ),
    Probe(
        "NY Medicaid managed care Approval Notice",
        "https://www.health.ny.gov/health_care/managed_care/plans/appeals/2017-11-20_approval_notice.htm",
        """Hudson Gate Health Plan  Cresswell Utilization Review Services
200 Water Street, Albany NY 12207
1-800-555-0131
APPROVAL NOTICE
May 12, 2026
Wilhelmina Okonkwo-Baird
61 Orchard Terrace
Troy, NY 12180
Enrollee ID: HG44718203
Coverage type: Medicaid Managed Care
Service: Home infusion of immune globulin, 2 g/kg every 4 weeks, May 15, 2026 to November 14, 2026
Provider: Riverbend Infusion Pharmacy
Plan Reference Number: UM-2026-0512-0447
Dear Wilhelmina Okonkwo-Baird:
You are getting this notice because your health plan has approved your home infusion of """
        """immune globulin.
On April 30, 2026 you asked Hudson Gate Health Plan for the service listed above.
Cresswell Utilization Review Services on behalf of Hudson Gate Health Plan has decided this
service is medically necessary.
From May 15, 2026 to November 14, 2026, this service is approved for: 7 infusions.
If you have any questions about this notice, call 1-800-555-0131.
Sincerely,
Utilization Management Department""",
        "Wilhelmina Okonkwo-Baird",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-05-12"),
            "reference_number": "UM-2026-0512-0447",
            "member_id": "HG44718203",
            "due_date": None,
        },
    ),
    Probe(
        "NY Medicaid managed care Final Adverse Determination",
        "https://healthweb-back.health.ny.gov/health_care/managed_care/plans/appeals/guidance/final_fad.htm",
        """Hudson Gate Health Plan
200 Water Street, Albany NY 12207
1-800-555-0131
FINAL ADVERSE DETERMINATION
DENIAL NOTICE
June 9, 2026
Wilhelmina Okonkwo-Baird
61 Orchard Terrace
Troy, NY 12180
Enrollee Number: HG44718203
Coverage type: Medicaid Managed Care
Service: Subcutaneous immune globulin 10 g weekly
Plan Reference Number: AP-26-00931
Provider: Riverbend Infusion Pharmacy
Date of Initial Adverse Determination notice: May 12, 2026
Date appeal filed: May 20, 2026
Date of appeal determination: June 8, 2026
Dear Wilhelmina Okonkwo-Baird:
This is an important notice about your services. Read it carefully. If you think this
decision is wrong, you can ask for a Fair Hearing by October 7, 2026. You are not
responsible for payment of covered services and this is not a bill.
Why am I getting this notice?
You are getting this notice because on May 20, 2026 you or your provider asked for a Plan
Appeal about our decision to deny subcutaneous immune globulin.
On June 8, 2026, we decided we are not changing our decision to deny your request.
Why did we make this decision?
The service is not medically necessary because your IgG levels are within normal limits.
Utilization Review Agent, Hudson Gate Health Plan""",
        "Wilhelmina Okonkwo-Baird",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-06-09"),
            "reference_number": "AP-26-00931",
            "member_id": "HG44718203",
            "due_date": d("2026-10-07"),
        },
    ),
    Probe(
        "NY Medicaid managed care Extension Notice (information needed)",
        "https://www.health.ny.gov/health_care/managed_care/plans/appeals/2017-11-20_ext_notice.htm",
        """Hudson Gate Health Plan  Cresswell Utilization Review Services
200 Water Street
Albany, NY 12207
April 22, 2026
Wilhelmina Okonkwo-Baird
61 Orchard Terrace
Troy, NY 12180
Enrollee Number: HG44718203
Coverage type: Medicaid Managed Care
Service: Home infusion of immune globulin, 2 g/kg every 4 weeks
Provider: Riverbend Infusion Pharmacy
Plan Reference Number: UM-2026-0418-0312
Dear Wilhelmina Okonkwo-Baird:
On April 18, 2026 you asked Hudson Gate Health Plan for home infusion of immune globulin.
Cresswell Utilization Review Services on behalf of Hudson Gate Health Plan is reviewing your
request. You are getting this notice because we need more information and are extending our
review until May 6, 2026.
We feel this is best for you because: with the records we can decide on your request
instead of denying it.
To review this request, we need the following information: recent IgG trough levels and
the office visit notes from your immunologist.
If this information is not received by May 1, 2026 we will make a decision based on the
information we have.
Please mail or fax the requested information to:
Intake Unit, Cresswell Utilization Review Services
Fax: 1-800-555-0177""",
        "Wilhelmina Okonkwo-Baird",
        {
            "kind": "letter",
            "letter_outcome": "info_requested",
            "document_date": d("2026-04-22"),
            "reference_number": "UM-2026-0418-0312",
            "member_id": "HG44718203",
            "due_date": d("2026-05-01"),
        },
    ),
    Probe(
        "California Medi-Cal NOABD, payment denial",
        "https://docsbay.net/3-noabd-payment-denial-notice",
        """Sequoia Crest Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION
About Your Treatment Request
March 18, 2026
Ignatius Pereira-Lund            Dr. Hannelore Voss
2290 Almond Row                  Valley Immunology Group
Fresno, CA 93721                 Fresno, CA 93710
RE: Home infusion nursing visit, February 27, 2026
Dr. Hannelore Voss has asked Sequoia Crest Health Plan to approve payment for the following
service, which you already received: home infusion nursing visit. The Plan has denied your
provider's request for payment. The reason for the denial is that the visit was not
authorized before it took place.
Please note: this is not a bill for the service. You are not required to pay for the
services you received.
You may appeal this decision if you think it is incorrect. The enclosed "Your Rights"
information notice tells you how. It also tells you where you can get help with your appeal.
You may ask for free copies of all information used to make this decision.
The Plan can help you with any questions you have about this notice. For help, you may call
Sequoia Crest Health Plan Monday through Friday 8am to 6pm at 1-888-555-0102.
NOABD - Payment Denial Notice (Revised 1/16/18)""",
        "Ignatius Pereira-Lund",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-03-18"),
            "reference_number": None,
            "member_id": None,
            "due_date": None,
        },
    ),
    Probe(
        "Florida Medicaid Notice of Plan Appeal Resolution",
        "https://docsbay.net/Plan-Id-Xxxxxxxxxxxxxxxxxxxx",
        """PLAN ID: 0447-11820
Gulfmarsh Community Health Plan
1800 Bayshore Blvd
Tampa, FL 33606
August 4, 2026
Rosalind Achterberg
77 Pelican Court
Clearwater, FL 33755
NOTICE OF PLAN APPEAL RESOLUTION
Dear Rosalind Achterberg:
On July 8, 2026 we received your timely plan appeal request regarding Gulfmarsh Community
Health Plan's Notice of Adverse Benefit Determination dated June 30, 2026, NABD Number
GCH-26-004417, denying the home infusion of ocrelizumab provided to Rosalind Achterberg.
On August 3, 2026, after consideration of the information you provided to Gulfmarsh
Community Health Plan in support of your plan appeal, Gulfmarsh Community Health Plan
hereby denies your plan appeal.
You, or someone legally authorized to do so, can ask us for a complete copy of your file,
including medical records. These will be provided free of charge.
Right to Request a State Medicaid Fair Hearing
If you do not agree with this decision, you have the right to request a Medicaid fair
hearing from the state.
You may ask for a fair hearing any time up to 120 days after you get this Notice of Plan
Appeal Resolution.
Agency for Health Care Administration, Medicaid Hearing Unit""",
        "Rosalind Achterberg",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-08-04"),
            "reference_number": "GCH-26-004417",
            "member_id": None,
            "due_date": None,
        },
    ),
    Probe(
        "Florida Medicaid Notice of Action (check boxes)",
        "https://docest.com/doc/227931/enrollee-and-or",
        """September 2, 2026
Rosalind Achterberg
77 Pelican Court
Clearwater, FL 33755
NOTICE OF ACTION
Dear Rosalind Achterberg:
Gulfmarsh Community Health Plan has reviewed your request for home infusion nursing, 8
visits, which we received on August 25, 2026. After our review, this service has been:
DENIED as of September 2, 2026
We made our decision because:
(Check all boxes that apply)
[X] We determined that your requested services are not medically necessary because the
services do not meet the reason(s) checked below:
[X] Must be individualized, specific, consistent with symptoms or diagnosis of illness or
injury and not be in excess of the patient's needs.
[ ] The requested service is not a covered benefit.
The facts that we used to make our decision are: the infusions can be given at the
infusion center where you are now treated.
Right to Request a Plan Appeal and/or Request a State Medicaid Fair Hearing
If you do not agree with this decision, you have the right to request an appeal from
Gulfmarsh Community Health Plan within 60 days of the date of this notice.""",
        "Rosalind Achterberg",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-09-02"),
            "reference_number": None,
            "member_id": None,
            "due_date": None,
        },
    ),
    Probe(
        "North Carolina LME-MCO Notice of Action",
        "https://doc4pdf.com/244142-insert-nameaddressemail-address-and-telephone-number-of-the-lmemco.html",
        """Piedmont Ridge Health Partners
4400 Crescent Road, Greensboro NC 27405  (336) 555-0148
Notice of Action
Administrative Denial of Request for Medicaid Services
October 6, 2026
VIA TRACKABLE MAIL: 9407 1118 9956 2231 7745 02
Desmond Kwarteng-Hale
19 Tanager Way
Burlington, NC 27215
Beneficiary: Desmond Kwarteng-Hale
MID: 948112736Q
County of Origin: Alamance
Service Authorization Request # SAR-2026-118733
Dear Desmond Kwarteng-Hale:
We are writing to explain a decision about services requested for you. Piedmont Ridge
Health Partners is responsible for approving Medicaid authorizations. We are sending you
this Notice of Action because your provider asked Piedmont Ridge Health Partners to
approve the following Medicaid services:
Date Request was received: September 29, 2026
Service/Amount Requested: Home infusion nursing, 12 visits
Decision: Denied  Effective Date of Action: October 6, 2026
Piedmont Ridge Health Partners cannot approve this service as requested. This Notice of
Action explains the reason for our decision and tells you how to appeal if you disagree.""",
        "Desmond Kwarteng-Hale",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-10-06"),
            "reference_number": "SAR-2026-118733",
            "member_id": "948112736Q",
            "due_date": None,
        },
    ),
    Probe(
        "Arizona AHCCCS Notice of Adverse Benefit Determination",
        "https://docslib.org/doc/13945922/insert-name-of-decision-maker",
        """Saguaro Vista Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION
TO: Marisela Quintanar-Oduya  DATE: 02/09/2026  FROM: Saguaro Vista Health Plan
Your doctor has asked that Saguaro Vista Health Plan pay for infliximab infusions every 8
weeks to treat your Crohn's disease.
OUR DECISION
Your request is denied.
THE REASONS FOR OUR DECISION
The plan covers infliximab after a trial of a preferred drug. Our records do not show that
you tried adalimumab or another preferred drug first.
LEGAL BASIS FOR OUR DECISION
AHCCCS Medical Policy Manual, Policy 310-V.
IF YOU DISAGREE WITH OUR DECISION
You may file an appeal. Your appeal must be received within 60 days from the date of this
notice. Call 1-866-555-0164 or write to us.
AHCCCS ID: A98127734""",
        "Marisela Quintanar-Oduya",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-02-09"),
            "reference_number": None,
            "member_id": "A98127734",
            "due_date": None,
        },
    ),
    Probe(
        "ACA Model Notice of Adverse Benefit Determination",
        "https://docsbay.net/ohpsca-weekly-report",
        """Date of Notice: January 14, 2026
Larkspur Mutual Health   Telephone 1-877-555-0120 / Fax 1-877-555-0121
PO Box 7720, Boise ID 83707   www.larkspurmutual.example
This document contains important information that you should retain for your records.
This document serves as notice of an adverse benefit determination. We have declined to
provide benefits, in whole or in part, for the requested treatment or service described
below. If you think this determination was made in error, you have the right to appeal
(see the back of this page for information about your appeal rights).
Case Details:
Patient Name: Anselm Thorvaldsen ID Number: LMH-7730-22914
Address: 5 Sagebrush Lane, Ada County, ID 83702
Claim #: 26-0114-88213 Date of Service: December 29, 2025
Provider: Snake River Home Infusion
Reason for Denial (in whole or in part): Service not authorized before it was provided
Amt. Charged $3,120.00 Allowed Amt. $0.00 Amt. Paid $0.00
Description of service: Home infusion, immune globulin  Denial Codes: N54
Explanation of Basis for Determination: Your plan requires prior authorization for home
infusion therapy.
OMB Control Number 1210-0144""",
        "Anselm Thorvaldsen",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-01-14"),
            "reference_number": "26-0114-88213",
            "member_id": "LMH-7730-22914",
            "due_date": None,
        },
    ),
    Probe(
        "ACA Model Notice of Final Internal Adverse Benefit Determination",
        "https://omb.report/icr/202110-1210-001/doc/115497401",
        """Date of Notice: March 3, 2026
Larkspur Mutual Health   Telephone/Fax 1-877-555-0120
PO Box 7720, Boise ID 83707
This document contains important information that you should retain for your records.
This document serves as notice of a final internal adverse benefit determination. We have
declined to provide benefits, in whole or in part, for the requested treatment or service
described below. If you think this determination was made in error, you may have the right
to appeal (see the back of this page for information about your appeal rights).
Internal Appeal Case Details:
Patient Name: Anselm Thorvaldsen
ID Number: LMH-7730-22914
Claim #: 26-0114-88213
Date of Service: December 29, 2025
Provider: Snake River Home Infusion
Reason for Upholding Denial (in whole or in part): no prior authorization was on file.
Background Information: You filed an internal appeal on January 30, 2026.
Final Internal Adverse Benefit Determination: The adverse benefit determination has been
upheld. We reviewed your appeal letter, the claim and the infusion records.
Findings: The service needed prior authorization and none was requested.
Important Information about Your Rights to External Review
You may request an external review within four months after the date of this notice.
OMB Control Number 1210-0144""",
        "Anselm Thorvaldsen",
        {
            "kind": "letter",
            "letter_outcome": "denied",
            "document_date": d("2026-03-03"),
            "reference_number": "26-0114-88213",
            "member_id": "LMH-7730-22914",
            "due_date": None,
        },
    ),
    Probe(
        "ACA Model Notice of Final External Review Decision (overturned)",
        "https://omb.report/icr/201503-0938-010/doc/54574101",
        """Model Notice of Final External Review Decision
Date of Notice: April 21, 2026
Clearwater Independent Review, Inc.   Telephone 1-888-555-0175 / Fax 1-888-555-0176
1200 Commerce Park Drive, Columbus OH 43219
This document contains important information that you should retain for your records.
This document serves as notice of a final external review decision. We have overturned the
denial of your request for the provision of, or payment for, a health care service or
course of treatment.
Historical Case Details:
Patient Name: Anselm Thorvaldsen
ID Number: LMH-7730-22914
Claim #: 26-0114-88213
Date of Service: December 29, 2025
Provider: Snake River Home Infusion
Background Information: The appeal was filed on March 10, 2026 and received by the IRO on
March 12, 2026. The IRO decision was made on April 20, 2026.
Final External Review Decision: The denial is overturned. Your plan must now cover the
service.
Findings: The infusion was medically necessary and urgent.
What happens now? If we have overturned the denial, your plan must provide benefits
(including making payment on the claim) for the treatment.
OMB Control Number 0938-1099""",
        "Anselm Thorvaldsen",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": d("2026-04-21"),
            "reference_number": "26-0114-88213",
            "member_id": "LMH-7730-22914",
            "due_date": None,
        },
    ),
    Probe(
        "Request for Reconsideration of Medicare Prescription Drug Denial (filled in)",
        "https://www.fill.io/Request-for-Reconsideration-of-Medicare-Prescription-Drug-Denial-At-Risk",
        """Request for Reconsideration of Medicare Prescription Drug Denial
Because your Medicare drug plan has upheld its initial decision to deny coverage of, or
payment for a prescription drug you requested, you have the right to ask for an
independent review of the plan's decision. You have 60 days from the date of the plan's
Redetermination Notice to ask for an independent review. Please complete this form and
mail or fax it to:
C2C Innovative Solutions, Inc., Part D QIC
Enrollee Information:
Enrollee Name: Philippa Vandermolen
Address: 302 Birch Hollow Road
City: Ames State: IA Zip Code: 50010
Medicare Beneficiary Identifier #: 6TQ4-RD8-KM51
Date of Birth (MM/DD/YYYY): 04/19/1951
Name of current Part D Drug Plan: Prairie Star Rx Plan (PDP)
Prescription drug you asked your plan to cover: Hizentra 4 g weekly
Date of the plan's redetermination notice: 05/28/2026
Please explain why you disagree with the plan's decision: my immunologist says I cannot
take the plan's preferred product.
Signature of person requesting the appeal: Philippa Vandermolen
Date: 06/10/2026""",
        "Philippa Vandermolen",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-06-10"),
            "reference_number": None,
            "member_id": "6TQ4-RD8-KM51",
            "due_date": None,
        },
    ),
    Probe(
        "Request for Medicare Prescription Drug Coverage Determination (filled in)",
        "https://www.peoplehealth.com/member-resources/request-for-medicare-prescription-drug-coverage-determination/",
        """Request for Medicare Prescription Drug Coverage Determination
This form may be sent to us by mail or fax.
Prairie Star Rx Plan  Fax: 1-855-555-0188
1. Member's Information
Member's name: Philippa Vandermolen  Date of birth: 04/19/1951
Member's address: 302 Birch Hollow Road, Ames, IA 50010
Phone: 515-555-0143
Member ID #: PSX81140277
2. Requestor's Information
Complete this section only if the person making the request is not the member or the
prescribing doctor.
3. Prescription information
Name of prescription drug you are requesting: Hizentra 4 g/20 mL, 4 g weekly, 4 vials per
month
4. Type of Coverage Determination Request
[X] I need a drug that is not on the plan's list of covered drugs (formulary exception).*
[ ] I have been using a drug that was previously included on the plan's list of covered drugs.
*NOTE: If you are asking for a formulary or tiering exception, your prescribing doctor MUST
provide a statement supporting your request.
Signature: Philippa Vandermolen  Date: 05/02/2026""",
        "Philippa Vandermolen",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-05-02"),
            "reference_number": None,
            "member_id": "PSX81140277",
            "due_date": None,
        },
    ),
    Probe(
        "Medicare Part D transition (temporary supply) letter",
        "https://yumpu.com/en/document/view/35578682/sample-transition-letter-medicare-plan",
        """Prairie Star Rx Plan
1400 Locust Street
Des Moines, IA 50309
January 9, 2026
MEMBER ID NUMBER PSX81140277
Philippa Vandermolen
302 Birch Hollow Road
Ames, IA 50010
Dear Philippa Vandermolen:
This letter is to inform you that Prairie Star Rx Plan has provided you with a temporary
supply of the following prescription: Hizentra 4 g/20 mL.
This drug is either not included on our list of covered drugs (called our formulary) or
included on the formulary, but subject to certain limits, as described in more detail
further below. Our records indicate that you are a new enrollee of Prairie Star Rx Plan
and that you are within your first 90 days of coverage for this plan year.
It is important that you understand that this is a temporary supply of this drug. Before
this supply ends, you should speak to Prairie Star Rx Plan and/or your physician regarding
whether you should change the drug you are currently taking, or request an exception.
If you have questions, please call Member Services at 1-855-555-0187.""",
        "Philippa Vandermolen",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-01-09"),
            "reference_number": None,
            "member_id": "PSX81140277",
            "due_date": None,
        },
    ),
    Probe(
        "Part D Request for Redetermination (appeal) form, filled in",
        "https://ppa.performrx.com/publicUser/MemberRedetermination/OnlineForm.aspx?cucu_id=FcDABE2RI2das/0iYoXg7w%3D%3D",
        """Request for Redetermination of Medicare Prescription Drug Denial
Because we denied your request for coverage of (or payment for) a prescription drug, you
have the right to ask us for a redetermination (appeal) of our decision. You have 60 days
from the date of our Notice of Denial of Medicare Prescription Drug Coverage to ask us for
a redetermination. This form may be sent to us by mail or fax.
Enrollee's Information
Enrollee's Name: Philippa Vandermolen  Date of Birth: 04/19/1951
Enrollee's Address: 302 Birch Hollow Road, Ames, IA 50010
Enrollee's Member ID #: PSX81140277
Prescription drug you are requesting:
Name of drug: Hizentra  Strength/quantity/dose: 4 g weekly
Prescriber's Information
Name: Dr. Caspian Olufemi  Phone: 515-555-0199  Fax: 515-555-0198
Important Note: Expedited Decisions
If you or your prescriber believe that waiting 7 days for a standard decision could
seriously harm your life, health, or ability to regain maximum function, you can ask for
an expedited (fast) decision.
Please explain your reasons for appealing: the plan's preferred product caused
reactions.
Signature: Philippa Vandermolen  Date: 05/20/2026""",
        "Philippa Vandermolen",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": d("2026-05-20"),
            "reference_number": None,
            "member_id": "PSX81140277",
            "due_date": None,
        },
    ),
]
