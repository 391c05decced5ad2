"""What a document is, what a letter decides and who sent it, each with its reasons."""

from __future__ import annotations

import json

import pytest

from organizer.core.understand import CaseContext, WordModel, understand

PAYER_APPROVAL = """
Brightwater Health Plans
Precertification Department
PO Box 99120, Lexington KY 40512

March 2, 2026

John Q Sample
14 Elm St
Springfield IL 62701

RE: Precertification approval
Member ID: W123456789
Certification #: PC-2026-118822

Dear John Q Sample:
We have reviewed the request for home infusion of infliximab and it has been authorized.
The authorization is valid from 03/02/2026 through 08/31/2026 for 8 visits.

Sincerely,
Precertification Unit
Brightwater Health Plans
"""

PAYER_DENIAL = """
Greenfield Health Insurance Company
Pharmacy Prior Authorization Unit

February 28, 2025

Subject: Coverage decision
Member ID: GHI-77120034
PA Number: 25-0228-7715

Dear Mr. Okafor,
Your doctor asked us to cover immune globulin at home. We are unable to approve this request.
Our criteria require a trial of intravenous immune globulin first. This decision is an adverse
benefit determination. If you disagree, you can file an appeal within 180 days of the date of
this letter.

Greenfield Health Insurance Company
"""

PAYER_REQUEST = """
Summit Peak Insurance Co.
Utilization Review

October 14, 2025

Patient: Gloria Banks   Member #: SPK4400912
Request ID: UR-7741093

Dear Provider,
We received a prior authorization request for intravenous immune globulin. We need more
information before we can make a decision. Please submit the following:
  - Most recent IgG trough level and lab results
  - Chart notes from the last two office visits
Please fax these records within 14 days of the date of this letter.

Utilization Review Department
"""

PAYER_ACKNOWLEDGEMENT = """
Greenfield Health Insurance Company - Appeals
April 2, 2025
Appeal #: APL-0402-119
Dear Mr. Okafor,
We have received your appeal dated March 28, 2025. This letter is an acknowledgement only.
We will send you our decision within 30 days. No action is needed from you at this time.
Sincerely, Appeals Unit
"""

PHARMACY_NEWS = """
Apex Home Infusion Pharmacy
220 Commerce Way, Springfield
Date: 03/12/2025
Dear Mr. Okafor,
Good news: your insurance company has approved your immune globulin therapy. Our pharmacist
will call you this week to schedule your first delivery.
Warm regards,
Apex Home Infusion Pharmacy, Patient Services
"""

EOB = """
Cedar Mutual Health
EXPLANATION OF BENEFITS
THIS IS NOT A BILL
Statement Date: 07/15/2025
Member: Ellen Park   Member ID: CMH-002918
Claim #: 25-1903-00412
Provider: Allied Home Infusion
Date of Service  Amount Billed  Allowed  Plan Paid  You May Owe
06/20/2025       $4,200.00      $3,100.00  $2,480.00  $620.00
"""

ID_CARD = """
Brightwater Health Plans   Gold PPO
Member: JOHN Q SAMPLE
Member ID: W123456789   Group: 0044551
RxBIN 610011  RxPCN BWRX  RxGRP BW44
PCP $20  Specialist $40  ER $150
Show this card to your providers. Customer Service 1-800-555-0100
"""

LAB_REPORT = """
SUNRISE CLINICAL LAB
Patient: OKAFOR, DANIEL   DOB: 03/03/1970
Accession #: SL25-0211-3381    Collected: 02/11/2025   Reported: 02/12/2025
Test          Result   Flag   Units   Reference Range
IgG           410      L      mg/dL   700-1600
IgA           52       L      mg/dL   70-400
*** END OF REPORT ***
"""

PROGRESS_NOTE = """
Lakeview Neurology Clinic
PROGRESS NOTE
Patient: Mark Doe     DOB: 02/11/1979     MRN: 4455120
Date of service: 04/28/2025     Provider: Sara Lin, MD
Chief complaint: follow-up of relapsing multiple sclerosis.
Assessment: stable. Plan: continue ocrelizumab every 6 months. Return to clinic in 3 months.
Electronically signed by Sara Lin, MD
"""

NECESSITY_LETTER = """
Midtown Gastroenterology
April 3, 2025
To: Brightwater Health Plans, Pharmacy Prior Authorization
Re: Letter of medical necessity for infliximab - John Q Sample, ID W123456789
To whom it may concern,
I am requesting approval of infliximab for my patient with severe Crohn's disease who failed
mesalamine, budesonide and azathioprine. In my medical opinion this therapy is medically
necessary for this patient.
Sincerely,
Priya Nair, MD
"""

PRESCRIPTION = """
Coastal Immunology  -  K. Moss, MD  NPI 1234567890
Rx
Patient: Gloria Banks    DOB 05/19/1961    Date 10/01/2025
Immune globulin intravenous 10%
Sig: 35 g IV every 4 weeks via home infusion
Disp: 3 months   Refills: 3
Prescriber signature ____________
"""

PET_RENEWAL = """
Pawsome Pet Insurance
January 27, 2025
Dear Ellen,
Your policy renewal for Biscuit (beagle) is coming up. Your pet insurance deductible stays at
$250 and vet invoices are reimbursed at 90%. Your new monthly premium is $58.41.
Claims can be filed in the app. Thank you for trusting us with your pet's health.
"""

BANK_LETTER = """
Ridgeway Community Bank
31 January 2025
Dear Valued Customer,
Beginning April 1, 2025, the monthly fee on your checking account will be waived when you
keep a minimum balance. Your deposits remain protected by federal deposit insurance.
Sincerely, Deposit Operations
"""

RECIPE = """
Red Lentil Soup
Serves 6. Ingredients: 2 tbsp olive oil, 1 onion, 3 cloves garlic, 1 1/2 cups lentils.
Warm the oil, cook the onion, add lentils and broth, simmer 30 minutes. Salt and pepper.
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (PAYER_APPROVAL, "letter"),
        (PAYER_DENIAL, "letter"),
        (PAYER_REQUEST, "letter"),
        (PAYER_ACKNOWLEDGEMENT, "letter"),
        (PHARMACY_NEWS, "letter"),
        (EOB, "insurance"),
        (ID_CARD, "insurance"),
        (LAB_REPORT, "clinical"),
        (PROGRESS_NOTE, "clinical"),
        (NECESSITY_LETTER, "clinical"),
        (PRESCRIPTION, "referral"),
        (PET_RENEWAL, "other"),
        (BANK_LETTER, "other"),
        (RECIPE, "other"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    result = understand(text)
    assert result.kind == kind
    assert result.kind_source == "auto"
    assert result.kind_reasons


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (PAYER_APPROVAL, "approved"),
        (PAYER_DENIAL, "denied"),
        (PAYER_REQUEST, "info_requested"),
        (PAYER_ACKNOWLEDGEMENT, "informational"),
        (PHARMACY_NEWS, "informational"),  # news of an approval, not the payer's decision
    ],
)
def test_letter_outcome(text: str, outcome: str) -> None:
    result = understand(text)
    assert result.letter_outcome == outcome
    assert result.outcome_reasons


def test_only_letters_get_an_outcome() -> None:
    assert understand(EOB).letter_outcome is None
    assert understand(LAB_REPORT).letter_outcome is None


def test_reasons_quote_the_deciding_phrases() -> None:
    result = understand(EOB)
    assert any("explanation of benefits" in reason for reason in result.kind_reasons)
    denial = understand(PAYER_DENIAL)
    assert any("unable to approve" in r or "adverse" in r for r in denial.outcome_reasons)
    assert any(reason.startswith("Kind insurance") for reason in result.reasons)


def test_an_email_about_coverage_is_a_letter() -> None:
    email = """
From: Cedar Mutual Health <notices@cedarmutual.example>
Sent: Monday, June 2, 2025 9:41 AM
To: ellen.p@mail.example
Subject: Your Explanation of Benefits is ready

Hello Ellen, a new Explanation of Benefits is available for a claim on your plan.
Sign in to the member portal to view it. An EOB is not a bill.
"""
    result = understand(email)
    assert result.kind == "letter"
    assert result.letter_outcome == "informational"


def test_an_email_photographed_is_a_letter_though_ocr_broke_the_address() -> None:
    """As Tesseract reads a phone photo of a printed e-mail: a dot of the sender's address
    read as a space, the print stamp's date garbled."""
    email = """4/9725, 740 AM Mailbox - Your Explanation of Benetits is ready

Mailbox
Your Explanation of Benefits is ready
Quillfield Health <no-reply@notity quillfieldhealth.example> Wed, Apr 2, 2025, 6:15 AM
to r_achterberg@mailbox.example
Hi Rosalind,
Anew Explanation of Benefits (EOB) is available for a claim processed on your plan.
You may owe $1,179.60
An EOB is not a bill. Sign in to the member portal to view or download it.
"""
    result = understand(email)
    assert result.kind == "letter"
    assert result.letter_outcome == "informational"


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (PAYER_APPROVAL, "payer"),
        (PAYER_DENIAL, "payer"),
        (PHARMACY_NEWS, "pharmacy"),
        (NECESSITY_LETTER, "provider"),
    ],
)
def test_sender(text: str, sender: str) -> None:
    assert understand(text).sender == sender


def test_names_from_the_case_profile_identify_the_sender() -> None:
    letter = """
Quillmoor
Member letters team

May 5, 2025

Dear Member,
We have denied the request for home infusion nursing. You may appeal.
Quillmoor
"""
    assert understand(letter).sender != "payer"
    context = CaseContext(payers=("Quillmoor",))
    assert understand(letter, context=context).sender == "payer"


def test_a_letter_signed_by_the_patient_comes_from_the_patient() -> None:
    letter = """
March 1, 2025
Greenfield Health Insurance Company, Appeals Department
Re: Appeal of denied prior authorization 25-0228-7715
To whom it may concern,
I am writing to appeal your decision to deny coverage of my immune globulin. Please reconsider.
Sincerely,
Daniel Okafor
"""
    result = understand(letter, context=CaseContext(patient="Daniel Okafor"))
    assert result.sender == "patient"
    assert result.letter_outcome == "informational"


def test_the_users_kind_is_returned_untouched() -> None:
    result = understand(RECIPE, user_kind="clinical")
    assert (result.kind, result.kind_source) == ("clinical", "user")
    letter = understand(RECIPE, user_kind="letter")
    assert letter.letter_outcome == "informational"  # details are read as for that kind


def test_an_unknown_user_kind_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        understand(RECIPE, user_kind="receipt")


def _household_examples() -> list[tuple[str, str]]:
    gardens = [
        (f"Garden club minutes {n}: roses, tulips and the spring plant sale.", "other")
        for n in range(4)
    ]
    diaries = [
        (f"Infusion diary {n}: dose given, site checked, no reaction.", "clinical")
        for n in range(4)
    ]
    return gardens + diaries


DIARY = "Infusion diary week 12: dose given at home, site checked, no reaction. Pump alarm once."


def test_learned_model_overrides_the_rules_when_sure() -> None:
    assert understand(DIARY).kind == "other"  # the rules alone
    model = WordModel.trained_on(_household_examples())
    result = understand(DIARY, model=model, user_kind=None)
    assert result.kind == "clinical"
    assert result.kind_source == "auto"
    assert "filed as clinical" in result.kind_reasons[0]
    assert "the rules said other" in result.kind_reasons


def test_learned_model_cannot_judge_a_kind_it_never_saw() -> None:
    only_clinical = [
        (f"Infusion diary {n}: dose given, site checked.", "clinical") for n in range(9)
    ]
    model = WordModel.trained_on(only_clinical)
    assert model.confident_guess(DIARY) is not None
    assert model.confident_guess(DIARY, rules_said="other") is None
    assert understand(DIARY, model=model).kind == "other"


def test_learned_model_stays_quiet_without_enough_examples() -> None:
    model = WordModel.trained_on([("tulips and roses", "other")])
    assert model.confident_guess("tulips and roses") is None
    assert understand(PAYER_APPROVAL, model=model).kind == "letter"


def test_learned_model_never_overrides_the_user() -> None:
    model = WordModel.trained_on(_household_examples())
    text = "Garden club minutes: tulips and roses."
    assert understand(text, model=model, user_kind="letter").kind == "letter"


def test_learned_model_round_trips_through_json() -> None:
    model = WordModel.trained_on(_household_examples())
    copy = WordModel.from_json(json.loads(json.dumps(model.to_json())))
    assert copy.doc_counts == model.doc_counts
    assert copy.word_counts == model.word_counts
    assert copy.guess("roses and tulips") == model.guess("roses and tulips")


def test_learned_model_forgets_a_changed_decision() -> None:
    model = WordModel.trained_on([("tulips and roses", "other")])
    model.forget("tulips and roses", "other")
    assert model.total == 0
    assert model.guess("tulips") is None


@pytest.mark.parametrize("data", [None, [], {"format": 99}, {"format": 1, "doc_counts": "x"}])
def test_unreadable_model_data_gives_an_empty_model(data: object) -> None:
    assert WordModel.from_json(data).total == 0


# Laid out as a PDF's text layer gives it: letterhead, address, then a table whose labels
# and values come out on lines of their own, so the heading is far from the top.
PARTIAL_APPROVAL = """
Cedar Mutual Health
Utilization Management Department
PO Box 4410, Cedar Falls, IA 50613
Member Services (800) 555-0190 (TTY 711)
cedarmutual.example
July 2, 2025
CMH-UM-APR 0093-000417 P1/2
ELLEN PARK
22 ORCHARD LN
SPRINGDALE OH 45246-1100
Member name
Ellen Park
Member ID
CMH-002918
Group number
40221
Case number
CM-PA-0093311
Authorization number
A250702-7781
Decision date
July 2, 2025
Notice of approval: prior authorization
Dear Ms. Park:
Good news. Cedar Mutual Health has
approved
 the request for home infusion of immune globulin from July 7, 2025 through July 6, 2026.
The request for an infusion pump was not approved. A separate letter dated July 1, 2025
explains that decision and your right to appeal.
Sincerely, Utilization Management
"""


def test_an_approval_that_mentions_another_letters_denial_is_an_approval() -> None:
    # The verb split over lines (bold text in a PDF) still counts, and the side remark
    # about a separate letter does not make the reading unsure.
    result = understand(PARTIAL_APPROVAL)
    assert result.letter_outcome == "approved"
    assert "letter_outcome" not in result.unsure_fields
