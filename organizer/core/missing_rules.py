"""The rules of the still-missing list: each entry's reason, words and row, one at a time.

``core/missing.py`` puts them together into the one list (``missing_rows``);
``core/missing_fast.py`` applies the same rules to a big log. Pure computation over
snapshots. Rules, in the words of the issues:

- One row per open log entry that needs something, and one row per linked document that
  has vanished from the folder. Entries marked ``not_needed`` need nothing; an approval
  needs nothing until its renewal comes near.
- An entry's row takes the first reason that applies, in this order: ``overdue``,
  ``decision_late``, ``denied``, ``file_missing``, ``no_document``, ``not_submitted``,
  ``no_copy``, ``awaiting_decision``, ``renewal_due``. When that first reason is
  ``file_missing``, the rows for the vanished files stand for the entry.
- Things to send are done when sent and a copy is in the folder; things to receive (a
  decision, a benefits check) are done when the answer arrives. Every row says whether a
  copy of what is needed is in the folder (``has_copy``); ``no_document`` means no document
  in the folder can fulfil the item, linked or not.
- A due date that an earlier submission already met does not make an entry overdue; nor
  does one asked for before the plan decided the case's prior authorization (``settled_on``).
- A denial stays on the list, with its appeal deadline, until an appeal is started or the
  user says they are not appealing.
- ``urgent``: overdue, late, denied, or due within 3 days (day 3 included); otherwise
  ``waiting``. Urgent rows first; then by due date, rows without one last; then by entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from organizer.core.checklist import CHECKLIST_BY_KEY, Responsible
from organizer.core.missing_who import (
    label_of,
)
from organizer.core.phrases import (
    Phrase,
)
from organizer.core.records import LinkInfo, LogEntryInfo
from organizer.core.timeline import (
    NO_PHRASE,
    Expected,
    ExpectedSource,
    expected_decision,
    renewal_on,
)
from organizer.core.types import DocumentStatus, LinkRole, LogStatus

URGENT_WITHIN_DAYS = 3
# The "what" of a row that is the entry's label alone (most rows): no phrase of its own, so
# a log of 100,000 entries makes no extra objects; ``organizer.words`` says the label.
LABEL_ONLY = Phrase("{0}")


class MissingReason(StrEnum):
    """Why a row is on the list, most pressing first (the order is the precedence)."""

    OVERDUE = "overdue"
    DECISION_LATE = "decision_late"
    DENIED = "denied"
    FILE_MISSING = "file_missing"
    NO_DOCUMENT = "no_document"
    NOT_SUBMITTED = "not_submitted"
    NO_COPY = "no_copy"
    AWAITING_DECISION = "awaiting_decision"
    RENEWAL_DUE = "renewal_due"


class Severity(StrEnum):
    URGENT = "urgent"
    WAITING = "waiting"


@dataclass(frozen=True, slots=True)
class MissingRow:
    """One line of "still missing": what, who must act, and when, in plain words.

    ``what``, ``who`` and ``when`` are the English words (the export, the log); the same as
    phrases, ``what_words``..., are what ``organizer.words`` says in the chosen language.
    """

    item: str
    what: str
    who: str
    when: str
    due: date | None
    reason: str
    severity: str
    proposed: bool
    log_id: int
    # The vanished document of a ``file_missing`` row; None for an entry's own row.
    document_id: int | None = None
    # Whether a copy of what is needed (or, for an answer, the letter) is in the folder.
    has_copy: bool = False
    # What the user can do about a denial: start an appeal, or say they are not appealing.
    actions: tuple[str, ...] = ()
    what_words: Phrase = NO_PHRASE
    who_words: Phrase = NO_PHRASE
    when_words: Phrase = NO_PHRASE

    @property
    def urgent(self) -> bool:
        return self.severity == Severity.URGENT


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the list needs to know of one document of the case."""

    fulfills: frozenset[str] = frozenset()
    outcome: str | None = None
    present: bool = True
    appeal_by: date | None = None


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the case's documents and profile say, beyond the log itself."""

    documents: Mapping[int, DocumentFacts] = field(default_factory=dict)
    plan_type: str = ""
    letter_decide_days: int | None = None
    payer_phone: str = ""
    # The day the plan last decided a prior authorization, when none still waits for one.
    settled_on: date | None = None

    def folder_items(self) -> frozenset[str]:
        """Items some present document in the folder can fulfil (a denial fulfils none)."""
        found: set[str] = set()
        for doc in self.documents.values():
            if doc.present and doc.outcome != "denied":
                found |= doc.fulfills
        return frozenset(found)


OPEN_UNSENT = frozenset({LogStatus.REQUESTED, LogStatus.PROPOSED})
_DECIDED = frozenset({LogStatus.APPROVED, LogStatus.DENIED})
_PRIOR_AUTH = "prior_authorization"
CLOSED = frozenset({LogStatus.APPROVED, LogStatus.NOT_NEEDED})
START_APPEAL, NOT_APPEALING = "start_appeal", "not_appealing"


def expects_decision(entry: LogEntryInfo) -> bool:
    """The entry's own setting wins; otherwise as its checklist item usually does."""
    if entry.expects_decision is not None:
        return entry.expects_decision
    item = CHECKLIST_BY_KEY.get(entry.item)
    return item is not None and item.expects_decision


# What the log shows for a thing to receive (a benefits check) whose result came in while
# it was never marked as sent: it needs nothing, so "not sent yet" would mislead.
RESULT_IN = "result_in"


def shown_status(entry: LogEntryInfo, on_list: bool) -> str:
    """The entry's status as the log shows it; ``on_list``: it has a still-missing row."""
    if entry.status in OPEN_UNSENT and not on_list and expects_decision(entry):
        return RESULT_IN
    return entry.status


def settled_on(entries: Iterable[LogEntryInfo], waiting_items: Iterable[str] = ()) -> date | None:
    """The day the plan last decided a prior authorization, if none still waits for one.

    What was asked for before that day was asked for that decision. Once it is made, the
    plan had what it needed or decided without it, so those requests no longer make
    anything overdue. ``waiting_items`` are the items of open entries not in ``entries``.
    """
    last: date | None = None
    for entry in entries:
        if entry.item != _PRIOR_AUTH or entry.status == LogStatus.NOT_NEEDED:
            continue
        if entry.status not in _DECIDED or entry.decision_on is None:
            return None  # still waiting (an appeal too): what it asked for still counts
        last = entry.decision_on if last is None else max(last, entry.decision_on)
    return None if _PRIOR_AUTH in waiting_items else last


def with_settled(
    facts: CaseFacts, entries: Iterable[LogEntryInfo], waiting_items: Iterable[str] = ()
) -> CaseFacts:
    return replace(facts, settled_on=settled_on(entries, waiting_items))


def overtaken(entry: LogEntryInfo, facts: CaseFacts | None) -> bool:
    """Something to send, asked for before the decision that settled the case."""
    settled = facts.settled_on if facts is not None else None
    return (
        settled is not None
        and entry.requested_on is not None
        and entry.requested_on < settled
        and entry.item != _PRIOR_AUTH
        and not expects_decision(entry)
    )


def pending_due(entry: LogEntryInfo, facts: CaseFacts | None = None) -> date | None:
    """The due date, unless a submission on or before it already met it, or the plan
    decided since it was asked for (``overtaken``)."""
    if entry.due is None or overtaken(entry, facts):
        return None
    if entry.submitted_on is not None and entry.submitted_on <= entry.due:
        return None
    return entry.due


_label = label_of
# Looked up, not worked out, for each row: a big log has 100,000 of them.
_USUAL_ROLE = {key: str(item.usually_from.value) for key, item in CHECKLIST_BY_KEY.items()}


def usual_role(entry: LogEntryInfo) -> str:
    return _USUAL_ROLE.get(entry.item) or str(Responsible.PATIENT.value)


def decided_by(entry: LogEntryInfo) -> str:
    return Responsible.PHARMACY if entry.item == "benefits_verification" else Responsible.PAYER


def present(link: LinkInfo) -> bool:
    return link.document_status != DocumentStatus.MISSING


def _answers(entry: LogEntryInfo, link: LinkInfo, facts: CaseFacts) -> bool:
    """Whether a linked document is the answer the entry waits for (never a denial)."""
    doc = facts.documents.get(link.document_id)
    if link.role == LinkRole.DECISION:
        return doc is None or doc.outcome != "denied"
    return (
        link.role == LinkRole.SUBMISSION
        and doc is not None
        and entry.item in doc.fulfills
        and doc.outcome != "denied"
    )


def has_answer(entry: LogEntryInfo, facts: CaseFacts) -> bool:
    """A decision or result arrived: dated by the user, or a present confirmed answer."""
    return entry.decision_on is not None or _answer_linked(entry, facts)


def _answer_linked(entry: LogEntryInfo, facts: CaseFacts) -> bool:
    return any(
        link.confirmed and present(link) and _answers(entry, link, facts) for link in entry.links
    )


def has_copy(entry: LogEntryInfo, facts: CaseFacts) -> bool:
    """Whether a copy of what the entry needs is in the folder, linked or not.

    For a thing to send, a copy of the document; for a thing to receive, the letter that
    fulfils it (an approval or a result; a denial does not).
    """
    receive = expects_decision(entry)
    for link in entry.links:
        if not present(link):
            continue
        if receive and _answers(entry, link, facts):
            return True
        if not receive and link.role == LinkRole.SUBMISSION:
            return True
    return entry.item in facts.folder_items()


def expected_for(entry: LogEntryInfo, facts: CaseFacts) -> Expected | None:
    """When the decision on a sent entry is expected, if it awaits one."""
    if entry.status != LogStatus.SUBMITTED or entry.submitted_on is None:
        return None
    if not expects_decision(entry) or has_answer(entry, facts):
        return None
    days = facts.letter_decide_days if entry.item == "prior_authorization" else None
    plan = facts.plan_type if entry.item == "prior_authorization" else ""
    return expected_decision(entry.submitted_on, plan, days, entry.decision_wait_days)


def renewal_date(entry: LogEntryInfo) -> date | None:
    if entry.status != LogStatus.APPROVED:
        return None
    return renewal_on(entry.approved_through, entry.renewal_days)


def appeal_deadline(entry: LogEntryInfo, facts: CaseFacts) -> date | None:
    """The appeal deadline: the entry's own, else the latest its decision letters state."""
    if entry.appeal_by is not None:
        return entry.appeal_by
    dates = [
        doc.appeal_by
        for link in entry.links
        if link.role == LinkRole.DECISION
        and (doc := facts.documents.get(link.document_id)) is not None
        and doc.appeal_by is not None
    ]
    return max(dates, default=None)


def _appealed(entry: LogEntryInfo, appeals: frozenset[int]) -> bool:
    return entry.not_appealing or entry.id in appeals


def entry_reason(
    entry: LogEntryInfo,
    today: date,
    facts: CaseFacts | None = None,
    appeals: frozenset[int] = frozenset(),
) -> MissingReason | None:
    """The first reason that applies to the entry itself, or None if it needs nothing."""
    facts = facts or CaseFacts()
    if entry.status == LogStatus.NOT_NEEDED:
        return None
    if entry.status == LogStatus.APPROVED:
        renewal = renewal_date(entry)
        return MissingReason.RENEWAL_DUE if renewal is not None and renewal <= today else None
    if entry.status in OPEN_UNSENT and expects_decision(entry) and _answer_linked(entry, facts):
        return None  # the result came (a benefits check's letter, confirmed): nothing is due
    due = pending_due(entry, facts)
    denied_open = entry.status == LogStatus.DENIED and not _appealed(entry, appeals)
    if (entry.status in OPEN_UNSENT or denied_open) and due is not None and due < today:
        return MissingReason.OVERDUE
    expected = expected_for(entry, facts)
    late = expected is not None and expected.source != ExpectedSource.ENTRY_SETTING
    if late and expected is not None and expected.by < today:
        return MissingReason.DECISION_LATE
    if entry.status == LogStatus.DENIED:
        return MissingReason.DENIED if denied_open else None
    if any(link.confirmed and not present(link) for link in entry.links):
        return MissingReason.FILE_MISSING
    copy = has_copy(entry, facts)
    if entry.status in OPEN_UNSENT:
        return MissingReason.NOT_SUBMITTED if copy else MissingReason.NO_DOCUMENT
    if expects_decision(entry):
        return None if has_answer(entry, facts) else MissingReason.AWAITING_DECISION
    return None if copy else MissingReason.NO_COPY
