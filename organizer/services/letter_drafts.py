"""Letters to edit and sign, filled in from the case: an appeal, a request to the
prescriber's office, and a request to the plan for the case file.

They are templates: the person edits them, adds what only they know, and signs. Each says
so at the top, and that it is not legal or coverage advice. The words are plain values
here; ``write_docx`` makes the Word file, ``organizer.sheet.letter_pdf`` the PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from organizer.core.errors import KnownError, told
from organizer.core.missing_who import label_phrase
from organizer.core.phrases import ENGLISH, QT_TRANSLATE_NOOP, Phrase, Wording
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.core.types import LinkRole
from organizer.services import log
from organizer.services.own_files import own_packet_ids
from organizer.services.packet import entry_label, long_date
from organizer.storage.database import Database
from organizer.storage.models import Document

KINDS = ("appeal", "provider-request", "case-file")
CONTEXT = "letters"
TEMPLATE_NOTE = QT_TRANSLATE_NOOP(
    "letters",
    "TEMPLATE: edit this letter, fill in the parts in [brackets], then sign it. "
    "It was filled in from your case by the organizer; it is not legal or coverage advice.",
)
BLANK = QT_TRANSLATE_NOOP("letters", "[fill in]")
GREETING = QT_TRANSLATE_NOOP("letters", "To whom it may concern,")
REGARDING = QT_TRANSLATE_NOOP("letters", "Re: {0}")


@dataclass(frozen=True, slots=True)
class Letter:
    """A letter as blocks of text; ``facts`` are the filled-in values, for checking."""

    kind: str
    title: str
    day: date
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    subject: str
    facts: tuple[tuple[str, str], ...]
    body: tuple[str, ...]
    closing: tuple[str, ...]
    # The words around it, in the letter's language: the note on top, the date written
    # out, the subject line and the greeting.
    note: str = TEMPLATE_NOTE
    dated: str = ""
    regarding: str = ""
    greeting: str = GREETING


@dataclass(frozen=True, slots=True)
class _Facts:
    reference: str
    decided_on: date | None
    appeal_by: date | None
    requested_on: date | None
    due: date | None
    enclosed: tuple[str, ...]


def _facts(db: Database, case: CaseInfo, entry: LogEntryInfo) -> _Facts:
    """Reference numbers and dates from the entry and its confirmed letters."""
    ids = [link.document_id for link in entry.links if link.confirmed]
    with db.session() as session:
        docs = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(ids)))}
        own = own_packet_ids(session, case.id)
        by_role: dict[str, list[tuple[str | None, date | None, date | None]]] = {}
        for link in entry.links:
            doc = docs.get(link.document_id)
            if doc is not None and link.confirmed:
                by_role.setdefault(link.role, []).append(
                    (doc.reference_number, doc.document_date, doc.appeal_by)
                )
    decision = by_role.get(LinkRole.DECISION, [])
    request = by_role.get(LinkRole.REQUEST, [])
    refs = [r for r, _, _ in decision + request if r]
    reference = entry.decision_reference.strip() or (refs[0] if refs else "")
    letter_day = next((d for _, d, _ in decision if d), None)
    appeal_by = entry.appeal_by or next((a for _, _, a in decision if a), None)
    enclosed = tuple(
        sorted(
            Path(link.path).stem
            for link in entry.links
            if link.role == LinkRole.SUBMISSION and link.confirmed and link.document_id not in own
        )
    )
    return _Facts(
        reference,
        entry.decision_on or letter_day,
        appeal_by,
        entry.requested_on,
        entry.due,
        enclosed,
    )


class _Writer:
    """The letter's words in its language (English as written, by default)."""

    def __init__(self, wording: Wording) -> None:
        self.wording = wording

    def __call__(self, text: str, *values: object) -> str:
        said = self.wording.text(CONTEXT, text)
        return said.format(*values) if values else said

    def day(self, value: date | None) -> str:
        return self.wording.day(value) if value else self(BLANK)

    def label(self, entry: LogEntryInfo) -> str:
        if self.wording.english:
            return entry_label(entry)
        return self.wording.phrase(label_phrase(entry))


def _patient_lines(w: _Writer, case: CaseInfo) -> list[tuple[str, str]]:
    p = case.profile
    return [
        (w(QT_TRANSLATE_NOOP("letters", "Patient")), p.patient.strip() or w(BLANK)),
        (w(QT_TRANSLATE_NOOP("letters", "Date of birth")), w.day(p.patient_dob)),
        (w(QT_TRANSLATE_NOOP("letters", "Member ID")), p.member_id.strip() or w(BLANK)),
        *(
            [(w(QT_TRANSLATE_NOOP("letters", "Group number")), p.group_number.strip())]
            if p.group_number.strip()
            else []
        ),
    ]


def build_letter(
    db: Database,
    case: CaseInfo,
    entry_id: int,
    kind: str,
    today: date,
    wording: Wording = ENGLISH,
) -> Letter:
    """The letter ``kind`` (appeal, provider-request or case-file) for a log entry, in the
    language of ``wording`` (English unless the words layer gives another)."""
    if kind not in KINDS:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "The letter must be one of {0}, not {1}."),
                ", ".join(KINDS),
                repr(kind),
            )
        )
    entries = {e.id: e for e in log.log_entries(db, case.id)}
    if entry_id not in entries:
        raise KnownError(
            Phrase(
                QT_TRANSLATE_NOOP("errors", "There is no log entry {0} in the case {1}."),
                (entry_id, case.title),
                "errors",
            )
        )
    entry = entries[entry_id]
    if kind == "appeal" and entry.appeal_of in entries:
        entry = entries[entry.appeal_of or 0]  # the appeal's entry: write about the denial
    w = _Writer(wording)
    p, what, facts = case.profile, w.label(entry), _facts(db, case, entry)
    patient = p.patient.strip() or w(BLANK)
    sender = (
        patient,
        w(QT_TRANSLATE_NOOP("letters", "[your address]")),
        w(QT_TRANSLATE_NOOP("letters", "[your phone number]")),
    )
    fax_line = QT_TRANSLATE_NOOP("letters", "Fax: {0}")
    plan = (
        p.payer.strip() or w(QT_TRANSLATE_NOOP("letters", "[the insurance plan]")),
        w(QT_TRANSLATE_NOOP("letters", "Appeals / member services")),
        *([w(fax_line, p.payer_fax.strip())] if p.payer_fax.strip() else []),
    )
    office = p.provider_office
    ref = facts.reference or w(BLANK)
    closing = (
        w(QT_TRANSLATE_NOOP("letters", "Sincerely,")),
        "",
        "",
        w(QT_TRANSLATE_NOOP("letters", "[signature]")),
        patient,
    )
    enclosed = "; ".join(facts.enclosed) or w(
        QT_TRANSLATE_NOOP("letters", "[list what you enclose]")
    )
    reference_label = w(QT_TRANSLATE_NOOP("letters", "Reference number"))
    around = {
        "note": w(TEMPLATE_NOTE),
        "dated": w.wording.day(today),
        "greeting": w(GREETING),
    }
    if kind == "appeal":
        facts_rows = [
            *_patient_lines(w, case),
            (w(QT_TRANSLATE_NOOP("letters", "What was denied")), what),
            (w(QT_TRANSLATE_NOOP("letters", "Date of the denial")), w.day(facts.decided_on)),
            (reference_label, ref),
            (w(QT_TRANSLATE_NOOP("letters", "Appeal deadline")), w.day(facts.appeal_by)),
            (w(QT_TRANSLATE_NOOP("letters", "Enclosed")), enclosed),
        ]
        body: tuple[str, ...] = (
            w(
                QT_TRANSLATE_NOOP(
                    "letters",
                    "I am asking you to review again the decision of {0} (reference {1}) that "
                    "denied {2}. I ask for an expedited review if waiting could seriously "
                    "harm my health: [say why, or delete this sentence].",
                ),
                w.day(facts.decided_on),
                ref,
                what,
            ),
            w(
                QT_TRANSLATE_NOOP(
                    "letters",
                    "The reasons this should be covered: [write the specific reasons, short "
                    "and precise: what the plan said, and why it does not fit this case. The "
                    "prescriber's letter of medical necessity helps].",
                )
            ),
            w(QT_TRANSLATE_NOOP("letters", "Enclosed: {0}."), enclosed),
            w(
                QT_TRANSLATE_NOOP(
                    "letters",
                    "Please send me your decision in writing, and the case file used for it.",
                )
            ),
        )
        subject = w(
            QT_TRANSLATE_NOOP("letters", "Appeal of the denial of {0}, reference {1}"), what, ref
        )
        return Letter(
            kind,
            w(QT_TRANSLATE_NOOP("letters", "Appeal / request for review")),
            today,
            sender,
            plan,
            subject,
            tuple(facts_rows),
            body,
            closing,
            regarding=w(REGARDING, subject),
            **around,
        )
    if kind == "provider-request":
        name = office.name.strip() or w(QT_TRANSLATE_NOOP("letters", "[the prescriber's office]"))
        attention = QT_TRANSLATE_NOOP("letters", "Attention: {0}")
        to = (
            name,
            *([w(attention, office.contact.strip())] if office.contact.strip() else []),
            *([w(fax_line, office.fax.strip())] if office.fax.strip() else []),
        )
        asked_by = (
            entry.requested_by.strip()
            or p.payer.strip()
            or w(QT_TRANSLATE_NOOP("letters", "the insurance plan"))
        )
        facts_rows = [
            *_patient_lines(w, case),
            (w(QT_TRANSLATE_NOOP("letters", "Asked for")), what),
            (w(QT_TRANSLATE_NOOP("letters", "Asked by")), asked_by),
            (w(QT_TRANSLATE_NOOP("letters", "Asked on")), w.day(facts.requested_on)),
            (w(QT_TRANSLATE_NOOP("letters", "Needed by")), w.day(facts.due)),
            (reference_label, ref),
        ]
        therapy = p.therapy.strip() or w(QT_TRANSLATE_NOOP("letters", "home infusion therapy"))
        send = (
            w(
                QT_TRANSLATE_NOOP(
                    "letters",
                    "Could your office please send it to the plan (fax {0}), and let me know "
                    "the day it was sent? This may be the patient's records, or a letter of "
                    "medical necessity: [say exactly what the plan's letter asks for].",
                ),
                p.payer_fax.strip(),
            )
            if p.payer_fax.strip()
            else w(
                QT_TRANSLATE_NOOP(
                    "letters",
                    "Could your office please send it to the plan, and let me know the day it "
                    "was sent? This may be the patient's records, or a letter of medical "
                    "necessity: [say exactly what the plan's letter asks for].",
                )
            )
        )
        body = (
            w(
                QT_TRANSLATE_NOOP(
                    "letters",
                    "{0} has asked for the following, to decide on my {1}: {2}. It is needed "
                    "by {3} (reference {4}).",
                ),
                asked_by,
                therapy,
                what,
                w.day(facts.due),
                ref,
            ),
            send,
            w(QT_TRANSLATE_NOOP("letters", "Thank you for your help.")),
        )
        subject = w(QT_TRANSLATE_NOOP("letters", "Please send {0} by {1}"), what, w.day(facts.due))
        return Letter(
            kind,
            w(QT_TRANSLATE_NOOP("letters", "Request to the prescriber's office")),
            today,
            sender,
            to,
            subject,
            tuple(facts_rows),
            body,
            closing,
            regarding=w(REGARDING, subject),
            **around,
        )
    facts_rows = [
        *_patient_lines(w, case),
        (w(QT_TRANSLATE_NOOP("letters", "About")), what),
        (reference_label, ref),
        (w(QT_TRANSLATE_NOOP("letters", "Date of the decision")), w.day(facts.decided_on)),
    ]
    body = (
        w(
            QT_TRANSLATE_NOOP(
                "letters",
                "Please send me a copy of the complete case file for the request about {0} "
                "(reference {1}): every document, note and record of calls you used, and the "
                "criteria or guidelines applied in the decision.",
            ),
            what,
            ref,
        ),
        w(
            QT_TRANSLATE_NOOP(
                "letters",
                "Please send it free of charge, to the address above [or by fax to your fax "
                "number].",
            )
        ),
    )
    subject = w(QT_TRANSLATE_NOOP("letters", "Request for my case file, reference {0}"), ref)
    return Letter(
        kind,
        w(QT_TRANSLATE_NOOP("letters", "Request for the case file")),
        today,
        sender,
        plan,
        subject,
        tuple(facts_rows),
        body,
        closing,
        regarding=w(REGARDING, subject),
        **around,
    )


def letter_docx(letter: Letter) -> bytes:
    """The letter as a Word file that opens in any word processor (python-docx)."""
    from docx import Document as WordDocument
    from docx.shared import Pt

    word = WordDocument()
    style = word.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    note = word.add_paragraph()
    note.add_run(letter.note).bold = True
    for line in letter.sender:
        word.add_paragraph(line)
    word.add_paragraph(letter.dated or long_date(letter.day))
    for line in letter.recipient:
        word.add_paragraph(line)
    subject = word.add_paragraph()
    subject.add_run(letter.regarding or f"Re: {letter.subject}").bold = True
    table = word.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in letter.facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    word.add_paragraph(letter.greeting)
    for paragraph in letter.body:
        word.add_paragraph(paragraph)
    for line in letter.closing:
        word.add_paragraph(line)
    word.core_properties.title = letter.title
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
