"""The sheet for calls: one page per organisation to call about what is still missing.

Patient advocates' advice: on every call ask *What exactly is missing? Who needs to submit
it? What is the expected timeline once submitted?*, and write down the answers, the name
of the person and the call's reference number. This gathers what each page needs (no Qt;
``organizer.sheet.call_sheet`` draws it), and what "Record a call" starts from afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from organizer.core.missing import MissingRow
from organizer.core.missing_who import label_phrase
from organizer.core.phrases import QT_TRANSLATE_NOOP, Phrase
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.services import call_notes, log
from organizer.services.packet import entry_label, role_of
from organizer.storage.database import Database
from organizer.storage.models import Document

QUESTIONS = (
    QT_TRANSLATE_NOOP("callsheet", "What exactly is missing?"),
    QT_TRANSLATE_NOOP("callsheet", "Who needs to submit it?"),
    QT_TRANSLATE_NOOP("callsheet", "What is the expected timeline once submitted?"),
)
# Whom to call when the case's details don't name them (said in the sheet's language).
DEFAULT_NAMES = {
    "office": QT_TRANSLATE_NOOP("documents", "The prescriber's office"),
    "pharmacy": QT_TRANSLATE_NOOP("documents", "The pharmacy"),
    "plan": QT_TRANSLATE_NOOP("documents", "The insurance plan"),
}
ORDER = ("plan", "office", "pharmacy")
# Who must act, as the missing list says it, and whom to call about it.
WHO_TO_CALL = {"provider": "office", "pharmacy": "pharmacy", "payer": "plan"}


@dataclass(frozen=True, slots=True)
class CallItem:
    what: str
    when: str
    urgent: bool
    references: tuple[str, ...]
    # For the sheet in another language: the missing row, and the entry's label as a phrase.
    row: MissingRow | None = None
    label: Phrase | None = None


@dataclass(frozen=True, slots=True)
class CallPage:
    role: str  # plan, office or pharmacy
    organisation: str
    phone: str
    fax: str
    person: str
    member_id: str
    group_number: str
    patient: str
    references: tuple[str, ...]
    items: tuple[CallItem, ...]


@dataclass(frozen=True, slots=True)
class CallPrefill:
    """What "Record a call" starts from (the fields of ``call_notes.add_call``)."""

    organisation: str
    phone: str
    reference_number: str
    summary: str


def _contact(case: CaseInfo, role: str) -> tuple[str, str, str, str]:
    p = case.profile
    if role == "office":
        o = p.provider_office
        return o.name.strip() or DEFAULT_NAMES["office"], o.phone, o.fax, o.contact
    if role == "pharmacy":
        ph = p.pharmacy
        return ph.name.strip() or DEFAULT_NAMES["pharmacy"], ph.phone, ph.fax, ph.contact
    return p.payer.strip() or DEFAULT_NAMES["plan"], p.payer_phone, p.payer_fax, ""


def whom_to_call(case: CaseInfo, row: MissingRow, entry: LogEntryInfo | None) -> str:
    """Whoever must act; when that is the patient, whoever asked for it; else the plan."""
    acting = role_of(case, row.who)
    if acting:
        return acting
    asked = role_of(case, entry.requested_by) if entry else None
    return asked or "plan"


def _references(db: Database, entry: LogEntryInfo | None) -> tuple[str, ...]:
    if entry is None:
        return ()
    ids = [link.document_id for link in entry.links if link.confirmed]
    with db.session() as session:
        refs = session.scalars(select(Document.reference_number).where(Document.id.in_(ids)))
        found = [r.strip() for r in refs if r and r.strip()]
    if entry.decision_reference.strip():
        found.insert(0, entry.decision_reference.strip())
    return tuple(dict.fromkeys(found))


def call_pages(db: Database, case: CaseInfo, today: date) -> list[CallPage]:
    """One page per organisation with open items, the plan first, urgent items first."""
    entries = {e.id: e for e in log.log_entries(db, case.id)}
    rows = log.missing_list(db, case.id, today)
    calls = call_notes.list_calls(db, case.id)
    grouped: dict[str, list[CallItem]] = {}
    for row in rows:
        entry = entries.get(row.log_id)
        role = whom_to_call(case, row, entry)
        what = entry_label(entry) if entry else row.what
        label = label_phrase(entry) if entry else None
        item = CallItem(what, row.when, row.urgent, _references(db, entry), row, label)
        grouped.setdefault(role, []).append(item)
    pages = []
    for role in ORDER:
        items = grouped.get(role)
        if not items:
            continue
        name, phone, fax, person = _contact(case, role)
        earlier = [
            c.reference_number.strip()
            for c in calls
            if c.reference_number.strip() and role_of(case, c.organisation) == role
        ]
        refs = [r for item in items for r in item.references] + earlier
        p = case.profile
        pages.append(
            CallPage(
                role=role,
                organisation=name,
                phone=phone.strip(),
                fax=fax.strip(),
                person=person.strip(),
                member_id=p.member_id.strip(),
                group_number=p.group_number.strip(),
                patient=p.patient.strip(),
                references=tuple(dict.fromkeys(refs)),
                items=tuple(sorted(items, key=lambda i: not i.urgent)),
            )
        )
    return pages


def record_call_prefill(db: Database, case: CaseInfo, role: str, today: date) -> CallPrefill:
    """ "Record a call" for ``role`` (plan, office or pharmacy): its name, phone, references."""
    page = next((p for p in call_pages(db, case, today) if p.role == role), None)
    name, phone, _fax, _person = _contact(case, role)
    if page is None:
        return CallPrefill(name, phone.strip(), "", "")
    asked = "; ".join(item.what for item in page.items)
    return CallPrefill(
        organisation=page.organisation,
        phone=page.phone,
        reference_number=", ".join(page.references),
        summary=f"Asked about: {asked}",
    )
