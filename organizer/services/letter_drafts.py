"""Letters to edit and sign, filled in from the case: an appeal, a request to the
prescriber's office, and a request to the plan for the case file.

They are templates: the person edits them, adds what only they know, and signs. Each says
so at the top, and that it is not legal or coverage advice. The words are plain values
here; ``write_docx`` makes the Word file, ``organizer.gui.letter_pdf`` the PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from organizer.core.errors import KnownError
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.core.types import LinkRole
from organizer.services import log
from organizer.services.own_files import own_packet_ids
from organizer.services.packet import entry_label, long_date
from organizer.storage.database import Database
from organizer.storage.models import Document

KINDS = ("appeal", "provider-request", "case-file")
TEMPLATE_NOTE = (
    "TEMPLATE: edit this letter, fill in the parts in [brackets], then sign it. "
    "It was filled in from your case by the organizer; it is not legal or coverage advice."
)
BLANK = "[fill in]"


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


def _day(value: date | None) -> str:
    return long_date(value) if value else BLANK


def _patient_lines(case: CaseInfo) -> list[tuple[str, str]]:
    p = case.profile
    return [
        ("Patient", p.patient.strip() or BLANK),
        ("Date of birth", _day(p.patient_dob)),
        ("Member ID", p.member_id.strip() or BLANK),
        *([("Group number", p.group_number.strip())] if p.group_number.strip() else []),
    ]


def build_letter(db: Database, case: CaseInfo, entry_id: int, kind: str, today: date) -> Letter:
    """The letter ``kind`` (appeal, provider-request or case-file) for a log entry."""
    if kind not in KINDS:
        raise KnownError(f"The letter must be one of {', '.join(KINDS)}, not {kind!r}.")
    entries = {e.id: e for e in log.log_entries(db, case.id)}
    if entry_id not in entries:
        raise KnownError(f"There is no log entry {entry_id} in the case {case.title}.")
    entry = entries[entry_id]
    if kind == "appeal" and entry.appeal_of in entries:
        entry = entries[entry.appeal_of or 0]  # the appeal's entry: write about the denial
    p, what, facts = case.profile, entry_label(entry), _facts(db, case, entry)
    patient = p.patient.strip() or BLANK
    sender = (patient, "[your address]", "[your phone number]")
    plan = (
        p.payer.strip() or "[the insurance plan]",
        "Appeals / member services",
        *([f"Fax: {p.payer_fax.strip()}"] if p.payer_fax.strip() else []),
    )
    office = p.provider_office
    ref = facts.reference or BLANK
    closing = ("Sincerely,", "", "", "[signature]", patient)
    enclosed = "; ".join(facts.enclosed) or "[list what you enclose]"
    if kind == "appeal":
        facts_rows = [
            *_patient_lines(case),
            ("What was denied", what),
            ("Date of the denial", _day(facts.decided_on)),
            ("Reference number", ref),
            ("Appeal deadline", _day(facts.appeal_by)),
            ("Enclosed", enclosed),
        ]
        body: tuple[str, ...] = (
            f"I am asking you to review again the decision of {_day(facts.decided_on)} "
            f"(reference {ref}) that denied {what}. I ask for an expedited review if waiting "
            "could seriously harm my health: [say why, or delete this sentence].",
            "The reasons this should be covered: [write the specific reasons, short and "
            "precise: what the plan said, and why it does not fit this case. The "
            "prescriber's letter of medical necessity helps].",
            f"Enclosed: {enclosed}.",
            "Please send me your decision in writing, and the case file used for it.",
        )
        return Letter(
            kind,
            "Appeal / request for review",
            today,
            sender,
            plan,
            f"Appeal of the denial of {what}, reference {ref}",
            tuple(facts_rows),
            body,
            closing,
        )
    if kind == "provider-request":
        name = office.name.strip() or "[the prescriber's office]"
        to = (
            name,
            *([f"Attention: {office.contact.strip()}"] if office.contact.strip() else []),
            *([f"Fax: {office.fax.strip()}"] if office.fax.strip() else []),
        )
        asked_by = entry.requested_by.strip() or p.payer.strip() or "the insurance plan"
        facts_rows = [
            *_patient_lines(case),
            ("Asked for", what),
            ("Asked by", asked_by),
            ("Asked on", _day(facts.requested_on)),
            ("Needed by", _day(facts.due)),
            ("Reference number", ref),
        ]
        body = (
            f"{asked_by} has asked for the following, to decide on my "
            f"{p.therapy.strip() or 'home infusion therapy'}: {what}. "
            f"It is needed by {_day(facts.due)} (reference {ref}).",
            "Could your office please send it to the plan"
            + (f" (fax {p.payer_fax.strip()})" if p.payer_fax.strip() else "")
            + ", and let me know the day it was sent? This may be the patient's records, or a "
            "letter of medical necessity: [say exactly what the plan's letter asks for].",
            "Thank you for your help.",
        )
        return Letter(
            kind,
            "Request to the prescriber's office",
            today,
            sender,
            to,
            f"Please send {what} by {_day(facts.due)}",
            tuple(facts_rows),
            body,
            closing,
        )
    facts_rows = [
        *_patient_lines(case),
        ("About", what),
        ("Reference number", ref),
        ("Date of the decision", _day(facts.decided_on)),
    ]
    body = (
        f"Please send me a copy of the complete case file for the request about {what} "
        f"(reference {ref}): every document, note and record of calls you used, and the "
        "criteria or guidelines applied in the decision.",
        "Please send it free of charge, to the address above [or by fax to your fax number].",
    )
    return Letter(
        kind,
        "Request for the case file",
        today,
        sender,
        plan,
        f"Request for my case file, reference {ref}",
        tuple(facts_rows),
        body,
        closing,
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
    note.add_run(TEMPLATE_NOTE).bold = True
    for line in letter.sender:
        word.add_paragraph(line)
    word.add_paragraph(long_date(letter.day))
    for line in letter.recipient:
        word.add_paragraph(line)
    subject = word.add_paragraph()
    subject.add_run(f"Re: {letter.subject}").bold = True
    table = word.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in letter.facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    word.add_paragraph("To whom it may concern,")
    for paragraph in letter.body:
        word.add_paragraph(paragraph)
    for line in letter.closing:
        word.add_paragraph(line)
    word.core_properties.title = letter.title
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
