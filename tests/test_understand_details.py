"""Key details read from realistic letters, forms and OCR text."""

from __future__ import annotations

from datetime import date

import pytest

from organizer.core.understand import CaseContext, understand
from organizer.core.understand.text import id_key, normalize, repair_id

REQUEST_WITH_BOXES = """
Cedar Mutual Health - Clinical Review
P.O. Box 700, Hartford CT 06101

June 10, 2025

Member ID: CMH-002918
Case number: CM-PA-0093311
Dear Dr. Moss,
We need more information to review the request for home IVIG. Please send the items marked
below by June 24, 2025:
\u2612 Letter of medical necessity
\u2610 Copy of the prescription
\u2612 Medication history: prior therapies tried, with dates and response
\u2610 Signed consent form
Include the case number on every page.
Sincerely,
Clinical Review Unit
"""

SECOND_REQUEST_OCR = """
Cedar Mutual Health     Utilization Management
07/01/2025
Member ID: CMH-002918
Reference number: CM-PA-0O93 311
SECOND REQUEST
On 06/10/2025 we asked for more information. Thank you - we received the medication history
on 06/20/2025. We are still missing:
Letter of medical necessity from the prescriber
The due date has not changed: 07/08/2025. lf you already sent it, please disregard this letter.
Utilization Management
"""

DENIAL_WITH_WINDOW = """
Greenfield Health Insurance Company
Utilization Management

February 12, 2025

Member ID: GHI-77120034
Case #: UM-250113-0448

Dear Mr. Okafor:
We have denied the request for home immune globulin. It is not medically necessary under our
policy RX-IG-014. Your doctor may ask for a peer-to-peer review within 14 days.

Your right to appeal
You may ask for an appeal. You must ask within 180 days from the date of this notice.
We will decide a standard appeal within 30 days of the date we receive it.
Sincerely,
Medical Director
"""

DENIAL_WITH_DATE = """
Greenfield Health Insurance Company
09/19/2023
Member ID GHI-77120034
Case GH-230912-0117
Decision: denied for the requested site of care.
If you disagree, you or your doctor may appeal in writing. Your appeal must be received by
03/17/2024.
"""

EMAIL_PRINT = """2/21/25, 8:05 AM
Mail - Action needed on your appeal
https://mail.example/u/0/#inbox/abc
Action needed on your appeal
Cedar Mutual Health <no-reply@cedarmutual.example>
Thu, Feb 20, 2025, 4:17 PM
to me
Hello Ellen,
There is an update on your appeal AP-2025-000871 for member ID CMH*****918.
Action needed: we asked your doctor to send us the records below. Please make sure they reach
us by March 6,
2025:
 An updated letter of medical necessity
 Recent clinical notes (last two visits) and hospital records from August 2024
This email was sent from an unmonitored address.
"""


def test_request_letter_details() -> None:
    found = understand(REQUEST_WITH_BOXES)
    assert found.letter_outcome == "info_requested"
    assert found.document_date == date(2025, 6, 10)
    assert found.reference_number == "CM-PA-0093311"
    assert found.member_id == "CMH-002918"
    assert found.due_date == date(2025, 6, 24)
    # Only the checked boxes are requests.
    assert found.requested_items == ("medication_history", "medical_necessity")
    assert found.appeal_by is None


def test_second_request_skips_what_was_received_and_repairs_ocr() -> None:
    found = understand(SECOND_REQUEST_OCR)
    assert found.letter_outcome == "info_requested"
    assert found.is_reminder
    assert found.requested_items == ("medical_necessity",)
    assert found.reference_number == "CM-PA-0093311"
    assert found.due_date == date(2025, 7, 8)
    assert found.document_date == date(2025, 7, 1)


def test_email_print_uses_the_sent_date_and_ignores_a_masked_member_id() -> None:
    found = understand(EMAIL_PRINT)
    assert found.kind == "letter"
    assert found.document_date == date(2025, 2, 20)  # not the browser's print stamp
    assert found.reference_number == "AP-2025-000871"
    assert found.member_id is None
    assert found.due_date == date(2025, 3, 6)
    assert found.requested_items == ("clinical_notes", "medical_necessity")


def test_denial_appeal_window_becomes_appeal_by_not_a_due_date() -> None:
    found = understand(DENIAL_WITH_WINDOW)
    assert found.letter_outcome == "denied"
    assert found.document_date == date(2025, 2, 12)
    assert found.reference_number == "UM-250113-0448"  # not the policy number
    assert found.due_date is None  # a window is not a calendar deadline, peer-to-peer neither
    assert found.appeal_by == date(2025, 8, 11)


def test_denial_with_an_appeal_date_sets_both_deadlines() -> None:
    found = understand(DENIAL_WITH_DATE)
    assert found.letter_outcome == "denied"
    assert found.reference_number == "GH-230912-0117"
    assert found.due_date == date(2024, 3, 17)
    assert found.appeal_by == date(2024, 3, 17)


def test_relative_deadline_of_a_request_counts_from_the_letter_date() -> None:
    letter = """
Summit Peak Insurance Co.
October 14, 2025
Dear Provider,
We need more information before we can make a decision. Please submit the following:
- Chart notes from the last two office visits
Please fax these records within 14 days of the date of this letter.
"""
    found = understand(letter)
    assert found.due_date == date(2025, 10, 28)
    assert found.requested_items == ("clinical_notes",)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will make a decision by 03/01/2025.",
        "Your authorization is valid through 03/13/2026.",
        "Our pharmacist will call you on 03/19/2025 to confirm the delivery.",
        "To continue after 03/31/2024, your doctor must send a new request before that date.",
    ],
)
def test_dates_that_are_not_the_readers_deadline_are_no_due_date(sentence: str) -> None:
    letter = f"""
Brightwater Health Plans
January 5, 2025
Dear Member,
We have approved the request for home infusion. {sentence}
Sincerely, Utilization Management
"""
    found = understand(letter)
    assert found.kind == "letter"
    assert found.due_date is None


def test_lab_report_date_is_the_report_date_not_birth_or_collection() -> None:
    lab = """
SUNRISE CLINICAL LAB
Patient: OKAFOR, DANIEL   DOB: 03/03/1970
Accession #: SL25-0211-3381
Collected: 02/11/2025 07:30
Reported: 02/12/2025 09:12
Test  Result  Flag  Units  Reference Range
IgG   410     L     mg/dL  700-1600
"""
    found = understand(lab)
    assert found.document_date == date(2025, 2, 12)
    assert found.reference_number == "SL25-0211-3381"
    assert found.fulfills == ("lab_results",)


def test_plan_documents_with_only_coverage_dates_have_no_document_date() -> None:
    summary = """
Summary of Benefits and Coverage: What this Plan Covers & What You Pay
Brightwater Gold PPO    Coverage Period: 01/01/2026 - 12/31/2026
What is the overall deductible? $1,500. Home infusion: 20% coinsurance. Prior authorization
required. Effective January 1, 2026.
"""
    found = understand(summary)
    assert found.kind == "insurance"
    assert found.document_date is None
    assert found.fulfills == ("insurance_card",)
    assert found.subtype == "plan information"


def test_claim_statement_fulfils_nothing_and_names_its_claim() -> None:
    eob = """
Cedar Mutual Health
EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date: July 15, 2025
Member ID: CMH-002918   Group: 44120   MRN: 00483921
Claim number: 2506205HI0412
Plan paid $2,480.00   You may owe $620.00
"""
    found = understand(eob)
    assert found.document_date == date(2025, 7, 15)
    assert found.reference_number == "2506205HI0412"
    assert found.member_id == "CMH-002918"
    assert found.fulfills == ()
    assert found.subtype == "claim statement"


def test_ids_that_are_not_reference_numbers_are_skipped() -> None:
    note = """
Coastal Immunology  NPI 1234567890
Office visit - date of service: 09/12/2025
Patient: Gloria Banks   MRN: 00928811   Account: 55120093
Chief complaint: follow-up on IVIG. Assessment: stable. Plan: continue.
"""
    found = understand(note)
    assert found.kind == "clinical"
    assert found.reference_number is None
    assert found.document_date == date(2025, 9, 12)


def test_member_id_split_by_ocr_is_matched_to_the_case() -> None:
    card = """
Brightwater Health Plans  Gold PPO
Member Name  JOHN Q SAMPLE
Member ID  W1234 56789
RxBIN 610011  RxPCN BWRX
Show this card to your providers.
"""
    plain = understand(card)
    assert plain.kind == "insurance"
    matched = understand(card, context=CaseContext(member_ids=("W123456789",)))
    assert matched.member_id == "W123456789"


def test_other_documents_carry_only_a_date() -> None:
    bill = """
Fenwick Springs Electric Cooperative
Account number 30-22817-04
Statement date 01/21/2025
Amount due $142.67   Due by 02/14/2025
Usage 1,058 kWh. Energy charge. Meter E-4471902.
"""
    found = understand(bill)
    assert found.kind == "other"
    assert found.document_date == date(2025, 1, 21)
    assert (found.reference_number, found.member_id, found.due_date) == (None, None, None)
    assert found.fulfills == () and found.requested_items == ()


def test_acknowledgement_lists_the_items_received() -> None:
    letter = """
Cedar Mutual Health - Utilization Management
June 21, 2025
Reference number: CM-PA-0093311
Dear Ms. Park,
We have received the additional information requested for your prior authorization case:
Medication history and infusion record     received 06/20/2025
Letter of medical necessity                received 06/20/2025
Your request is now complete. You do not need to send anything else.
Sincerely, Member Services
"""
    found = understand(letter)
    assert found.letter_outcome == "informational"
    assert found.received_items == ("medication_history", "medical_necessity")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "DISCHARGE SUMMARY\nAdmission date 08/06/2024  Discharge date 08/09/2024\n"
            "Hospital course: treated and released. MRN 22.",
            "clinical_notes",
        ),
        (
            "Active Problem List / Diagnosis Documentation\nICD-10 D83.9 CVID  onset 2023\n"
            "Patient: A. B.  MRN 1",
            "diagnosis",
        ),
        (
            "MEDICATION ADMINISTRATION RECORD\nPatient: A. B.\n01/02/2025 IVIG 30 g  no reaction\n"
            "02/02/2025 IVIG 30 g  headache",
            "medication_history",
        ),
    ],
)
def test_clinical_documents_fulfil_their_item(text: str, item: str) -> None:
    found = understand(text)
    assert found.kind == "clinical"
    assert found.fulfills == (item,)


def test_normalising_ocr_text() -> None:
    raw = (
        "The ﬁrst visit con-\nfirmed it.  Date:  09/3O/2025\nHOME INFUSION REC0RD\u00a0\u2014 done"
    )
    text = normalize(raw)
    assert "first visit confirmed it." in text
    assert "09/30/2025" in text
    assert "INFUSION RECORD - done" in text


@pytest.mark.parametrize(
    ("printed", "repaired"),
    [
        ("$RX40022871", "SRX40022871"),
        ("QF-UM-25O113-O4482", "QF-UM-250113-04482"),
        ("2408120HS7740", "2408120HS7740"),
        ("AUTH-25-44l907", "AUTH-25-441907"),
    ],
)
def test_repairing_ids(printed: str, repaired: str) -> None:
    assert repair_id(printed) == repaired


def test_id_key_ignores_spacing_dashes_and_look_alikes() -> None:
    assert id_key("QFH9 18275503") == id_key("qfh918275503")
    assert id_key("QF-UM-25O113") == id_key("QFUM250113")
    assert id_key("A1") != id_key("A2")


def test_birth_date_in_a_split_table_is_not_the_document_date() -> None:
    # Text extraction often lists a table's labels first and its values after them, so
    # "DOB" is far from its value; the visit date is the document's date.
    note = (
        "Northside Family Medicine\n"
        "Office Visit Note\n"
        "Patient\nDOB\nMRN\nVisit date\n"
        "Harold Lindqvist\n07/19/1948\nNFM-22831\n03/11/2026\n"
        "Assessment and plan\n"
        "Cellulitis of the left leg, improving on IV cefazolin at home. Continue therapy.\n"
    )
    found = understand(note)
    assert found.kind == "clinical"
    assert found.document_date == date(2026, 3, 11)


def test_the_cases_member_id_wins_over_a_mispaired_table_value() -> None:
    card = (
        "Harborline Health\nDigital ID card\n"
        "Member ID\nGroup No.\n"
        "HLH5520019\n7781-220\n"
        "Plan: Silver PPO\n"
    )
    context = CaseContext(member_ids=("HLH5520019",))
    found = understand(card, context=context)
    assert found.member_id == "HLH5520019"


# An e-mail print as a phone photo reads it: the sender's address garbled into letters, on the
# line of the sent date.
EMAIL_PHOTO = """2/21/25, 8:05 AM Mailbox - Action needed on your appeal

Mailbox
Action needed on your appeal
Cedar Mutual Health ply cedarmu Thu, Feb 20, 2025, 4:17 PM

to e.moss@mailbox.example

Hello Ellen,
There is an update on your appeal AP-2025-000871.
"""

VISIT_IN_PROSE = """Cedar Mutual Health
P.O. Box 700, Hartford CT 06101

January 30, 2025

Dear Ms. Moss,
Your visit is on Thu, Feb 20, 2025, 4:17 PM
at the clinic on Main Street. Bring your member card and a list of your medicines.
"""


def test_sent_line_read_from_a_photo_of_an_email() -> None:
    assert understand(EMAIL_PHOTO).document_date == date(2025, 2, 20)


def test_a_sentence_ending_in_a_date_and_time_is_not_a_sent_line() -> None:
    assert understand(VISIT_IN_PROSE).document_date == date(2025, 1, 30)


# A photographed letter's table as Tesseract reads it: "f" taken for "t", "I" for a bar.
LABELS_MISREAD = """Tamarack Ridge Health Plan
March 6, 2026

Plan Reterence Number APL-TR-26-00562
Member Oona M. Fairweather-Singh
Member |.D. # TRH447102938-01

Information needed to review the appeal
"""


def test_labels_with_ocr_lookalike_letters_still_name_their_values() -> None:
    found = understand(LABELS_MISREAD)
    assert found.reference_number == "APL-TR-26-00562"
    assert found.member_id == "TRH447102938-01"
