"""A decision closes its entry; a denial leads to an appeal or is let go.

An approval or denial linked as the decision (a suggestion accepted, or a link made by
hand) sets the entry's status, decision date, decision words with the reference number,
and for an approval the period and quantity the letter states. What the user set wins: a
letter changes a decision the user entered only when it is dated after it. A later
decision replaces an earlier one (an approval after an appeal). The values before are
returned, so undo can put them back exactly.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from organizer.core import clock
from organizer.core.dates import short_date
from organizer.core.records import LogEntryInfo
from organizer.core.types import DocumentStatus, LinkRole, LogStatus
from organizer.core.understand.letters import approved_period, sending_evidence, sent_day
from organizer.services import log, row_changes
from organizer.storage.database import Database
from organizer.storage.models import Case, Document, DocumentText, LogEntry

DECISION_STATE = (
    "status",
    "decision",
    "decision_on",
    "decision_reference",
    "decision_source",
    "approved_from",
    "approved_through",
    "approved_quantity",
    "appeal_by",
)
OUTCOME_STATUS = {"approved": LogStatus.APPROVED.value, "denied": LogStatus.DENIED.value}


def decision_state(entry: LogEntry) -> dict[str, Any]:
    """The entry's decision fields, to put back on undo."""
    return {key: getattr(entry, key) for key in DECISION_STATE}


def restore_state(session: Session, entry: LogEntry, state: dict[str, Any]) -> None:
    changed = {k: [getattr(entry, k), v] for k, v in state.items() if getattr(entry, k) != v}
    for key, value in state.items():
        setattr(entry, key, value)
    if changed:
        log.note_entry(session, entry, changed, f"Decision put back as it was: {entry.what}")


def _letters(entry: LogEntry) -> list[Document]:
    """Present, confirmed decision letters of the entry that approve or deny, oldest first."""
    found = [
        link.document
        for link in entry.links
        if link.role == LinkRole.DECISION
        and link.confirmed
        and link.document.status != DocumentStatus.MISSING.value
        and link.document.letter_outcome in OUTCOME_STATUS
    ]
    return sorted(found, key=lambda d: (d.document_date or date.min, d.id))


def decision_words(outcome: str, day: date | None, reference: str | None) -> str:
    verb = "Approved" if outcome == "approved" else "Denied"
    # The year always: the words stay right in any later year.
    words = verb if day is None else f"{verb} on {short_date(day, date(day.year + 1, 1, 1))}"
    return f"{words}, reference {reference}" if reference else words


def apply_decisions(session: Session, entry: LogEntry) -> dict[str, Any]:
    """Bring the entry in step with its latest decision letter; return the state before.

    With no decision letter left (a link undone), a decision the letters had set is taken
    back to where the entry stood without it: sent if it was sent, else requested.
    """
    before = decision_state(entry)
    letters = _letters(entry)
    if not letters:
        if entry.decision_source == "letter":
            entry.status = (
                LogStatus.SUBMITTED.value if entry.submitted_on else LogStatus.REQUESTED.value
            )
            for key in ("decision", "decision_reference", "approved_quantity", "decision_source"):
                setattr(entry, key, "")
            for key in ("decision_on", "approved_from", "approved_through", "appeal_by"):
                setattr(entry, key, None)
    else:
        letter = _best_of_latest(session, letters)
        user_later = (
            entry.decision_source == "user"
            and entry.decision_on is not None
            and (letter.document_date is None or letter.document_date <= entry.decision_on)
        )
        if not user_later:
            _set_from_letter(session, entry, letter)
    after = decision_state(entry)
    changed = {k: [before[k], after[k]] for k in DECISION_STATE if before[k] != after[k]}
    if changed:
        log.note_entry(session, entry, changed, f"Decision from the letter: {entry.what}")
    return before


def _letter_text(session: Session, letter: Document) -> str:
    row = session.get(DocumentText, letter.id)
    return row.text if row else ""


def _best_of_latest(session: Session, letters: list[Document]) -> Document:
    """The latest letter; of several from that day (a letter, its e-mail, a scan), the one
    that states the approved period, so the renewal can be worked out."""
    latest = [d for d in letters if d.document_date == letters[-1].document_date]
    for letter in reversed(latest):
        if approved_period(_letter_text(session, letter)).end is not None:
            return letter
    return letters[-1]


def _set_from_letter(session: Session, entry: LogEntry, letter: Document) -> None:
    outcome = letter.letter_outcome or ""
    entry.status = OUTCOME_STATUS[outcome]
    entry.decision_on = letter.document_date or entry.decision_on or clock.today()
    entry.decision_reference = letter.reference_number or ""
    entry.decision = decision_words(outcome, letter.document_date, letter.reference_number)
    entry.decision_source = "letter"
    entry.approved_from = entry.approved_through = None
    entry.approved_quantity = ""
    entry.appeal_by = None
    if outcome == "approved":
        period = approved_period(_letter_text(session, letter))
        entry.approved_from, entry.approved_through = period.start, period.end
        entry.approved_quantity = period.quantity
    else:
        entry.appeal_by = letter.appeal_by
        entry.not_appealing = False


SENT_STATE = ("status", "submitted_on", "submitted_how", "submitted_to")


def apply_sending_evidence(session: Session, entry: LogEntry, letter: Document) -> dict[str, Any]:
    """A receipt ("we received your request", a fax confirmation) marks a request not yet
    marked as sent: sent on the day it says they were sent, else on its own date, by fax,
    portal or mail, to the plan.
    Returns the state before, for undo; nothing changes for an entry already sent."""
    before = {key: getattr(entry, key) for key in SENT_STATE}
    if entry.status != LogStatus.REQUESTED.value or letter.document_date is None:
        return {}
    text_row = session.get(DocumentText, letter.id)
    how = sending_evidence(text_row.text if text_row else "")
    if letter.letter_outcome != "informational" or not how:
        return {}
    entry.status = LogStatus.SUBMITTED.value
    entry.submitted_on = sent_day(text_row.text if text_row else "", letter.document_date)
    entry.submitted_how = entry.submitted_how or how
    case = session.get_one(Case, entry.case_id)
    entry.submitted_to = entry.submitted_to or case.payer
    changed = {
        k: [before[k], getattr(entry, k)] for k in SENT_STATE if before[k] != getattr(entry, k)
    }
    log.note_entry(session, entry, changed, f"Marked as sent, from the receipt: {entry.what}")
    return before


def start_appeal(db: Database, entry_id: int, *, today: date | None = None) -> LogEntryInfo:
    """An entry for the appeal of a denied entry, due on the appeal date."""
    day = today or clock.today()
    with db.session() as session:
        denied = session.get(LogEntry, entry_id)
        if denied is None:
            raise row_changes.gone("log entry")
        case = session.get_one(Case, denied.case_id)
        deadline = denied.appeal_by or _letter_deadline(denied)
        what = f"Appeal: {denied.what}" if denied.what else "Appeal of the denial"
        fields: dict[str, object] = {
            "what": what,
            "requested_on": day,
            "due": deadline,
            "appeal_of": denied.id,
            "expects_decision": True,
            "notes": f"Appeal of the denial{f' ({denied.decision})' if denied.decision else ''}",
        }
        entry = log.add_entry_row(session, case, denied.item, fields, day, summary="Appeal started")
        return log.entry_info(entry)


def _letter_deadline(entry: LogEntry) -> date | None:
    dates = [link.document.appeal_by for link in entry.links if link.document.appeal_by]
    return max(dates, default=None)


def not_appealing(db: Database, entry_id: int, value: bool = True) -> LogEntryInfo:
    """The user is not appealing the denial: it leaves the missing list (``value=False`` undoes)."""
    return log.edit_entry(db, entry_id, not_appealing=value)
