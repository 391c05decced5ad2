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
- A due date that an earlier submission already met does not make an entry overdue.
- A denial stays on the list, with its appeal deadline, until an appeal is started or the
  user says they are not appealing.
- ``urgent``: overdue, late, denied, or due within 3 days (day 3 included); otherwise
  ``waiting``. Urgent rows first; then by due date, rows without one last; then by entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from organizer.core.checklist import CHECKLIST_BY_KEY, Responsible
from organizer.core.missing_who import (
    ROLE_WORDS,
    call_words,
    expected_when,
    label_of,
    label_phrase,
    resolve_who_phrase,
    since_or_in,
    who_phrase,
)
from organizer.core.phrases import (
    QT_TRANSLATE_NOOP,
    Day,
    Days,
    Phrase,
    asked_phrase,
    due_phrase,
    sent_phrase,
)
from organizer.core.profile import CaseProfile
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

    def folder_items(self) -> frozenset[str]:
        """Items some present document in the folder can fulfil (a denial fulfils none)."""
        found: set[str] = set()
        for doc in self.documents.values():
            if doc.present and doc.outcome != "denied":
                found |= doc.fulfills
        return frozenset(found)


OPEN_UNSENT = frozenset({LogStatus.REQUESTED, LogStatus.PROPOSED})
CLOSED = frozenset({LogStatus.APPROVED, LogStatus.NOT_NEEDED})
START_APPEAL, NOT_APPEALING = "start_appeal", "not_appealing"


def expects_decision(entry: LogEntryInfo) -> bool:
    """The entry's own setting wins; otherwise as its checklist item usually does."""
    if entry.expects_decision is not None:
        return entry.expects_decision
    item = CHECKLIST_BY_KEY.get(entry.item)
    return item is not None and item.expects_decision


def pending_due(entry: LogEntryInfo) -> date | None:
    """The due date, unless a submission on or before it already met it."""
    if entry.due is None:
        return None
    if entry.submitted_on is not None and entry.submitted_on <= entry.due:
        return None
    return entry.due


_label = label_of
# Looked up, not worked out, for each row: a big log has 100,000 of them.
_USUAL_ROLE = {key: str(item.usually_from.value) for key, item in CHECKLIST_BY_KEY.items()}


def _usual_role(entry: LogEntryInfo) -> str:
    return _USUAL_ROLE.get(entry.item) or str(Responsible.PATIENT.value)


def _decider(entry: LogEntryInfo) -> str:
    return Responsible.PHARMACY if entry.item == "benefits_verification" else Responsible.PAYER


def _present(link: LinkInfo) -> bool:
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
        link.confirmed and _present(link) and _answers(entry, link, facts) for link in entry.links
    )


def has_copy(entry: LogEntryInfo, facts: CaseFacts) -> bool:
    """Whether a copy of what the entry needs is in the folder, linked or not.

    For a thing to send, a copy of the document; for a thing to receive, the letter that
    fulfils it (an approval or a result; a denial does not).
    """
    receive = expects_decision(entry)
    for link in entry.links:
        if not _present(link):
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


def _timeline(entry: LogEntryInfo, due: date | None, today: date) -> Phrase:
    """The expected timeline, or how long since the request or the submission."""
    if due is not None:
        return due_phrase(due, today)
    if entry.submitted_on is not None and entry.status not in OPEN_UNSENT:
        return sent_phrase(entry.submitted_on, today)
    if entry.requested_on is not None:
        return asked_phrase(entry.requested_on, today)
    return Phrase(QT_TRANSLATE_NOOP("phrases", "no date set yet"))


def _severity(reason: MissingReason, due: date | None, today: date) -> Severity:
    if reason in (MissingReason.OVERDUE, MissingReason.DENIED, MissingReason.DECISION_LATE):
        return Severity.URGENT
    if due is not None and 0 <= (due - today).days <= URGENT_WITHIN_DAYS:
        return Severity.URGENT
    if reason == MissingReason.RENEWAL_DUE and due is not None and due < today:
        return Severity.URGENT  # the approval has ended
    return Severity.WAITING


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
    due = pending_due(entry)
    denied_open = entry.status == LogStatus.DENIED and not _appealed(entry, appeals)
    if (entry.status in OPEN_UNSENT or denied_open) and due is not None and due < today:
        return MissingReason.OVERDUE
    expected = expected_for(entry, facts)
    late = expected is not None and expected.source != ExpectedSource.ENTRY_SETTING
    if late and expected is not None and expected.by < today:
        return MissingReason.DECISION_LATE
    if entry.status == LogStatus.DENIED:
        return MissingReason.DENIED if denied_open else None
    if any(link.confirmed and not _present(link) for link in entry.links):
        return MissingReason.FILE_MISSING
    copy = has_copy(entry, facts)
    if entry.status in OPEN_UNSENT and expects_decision(entry) and _answer_linked(entry, facts):
        return None  # the result came (a benefits check's letter, confirmed): it was asked for
    if entry.status in OPEN_UNSENT:
        return MissingReason.NOT_SUBMITTED if copy else MissingReason.NO_DOCUMENT
    if expects_decision(entry):
        return None if has_answer(entry, facts) else MissingReason.AWAITING_DECISION
    return None if copy else MissingReason.NO_COPY


@dataclass(frozen=True, slots=True)
class _Words:
    what: Phrase
    when: Phrase
    due: date | None
    who: Phrase


def _denied_words(
    entry: LogEntryInfo, label: Phrase, who: Phrase, today: date, facts: CaseFacts
) -> _Words:
    deadline = appeal_deadline(entry, facts)
    if deadline is None:
        when = Phrase(QT_TRANSLATE_NOOP("phrases", "check the letter for the appeal deadline"))
    elif deadline < today:
        when = Phrase(
            QT_TRANSLATE_NOOP("phrases", "the appeal deadline {0} has passed"),
            (Day(deadline, today),),
        )
    else:
        when = Phrase(
            QT_TRANSLATE_NOOP("phrases", "appeal by {0} ({1} left)"),
            (Day(deadline, today), Days((deadline - today).days)),
        )
    return _Words(
        Phrase(QT_TRANSLATE_NOOP("phrases", "{0} was denied"), (label,)), when, deadline, who
    )


def _waiting_words(
    entry: LogEntryInfo,
    reason: MissingReason,
    label: Phrase,
    profile: CaseProfile,
    today: date,
    facts: CaseFacts,
) -> _Words:
    decider = resolve_who_phrase(entry.submitted_to, profile, _decider(entry))
    expected = expected_for(entry, facts)
    if entry.item == "benefits_verification":
        waiting = Phrase(
            QT_TRANSLATE_NOOP("phrases", "Waiting for {0}'s result on {1}"), (decider, label)
        )
    else:
        waiting = Phrase(
            QT_TRANSLATE_NOOP("phrases", "Waiting for {0}'s decision on {1}"), (decider, label)
        )
    if entry.submitted_on is None or expected is None:
        return _Words(
            waiting, Phrase(QT_TRANSLATE_NOOP("phrases", "sent; no date given")), None, decider
        )
    when = expected_when(entry.submitted_on, expected, today)
    if reason == MissingReason.DECISION_LATE:
        phone = facts.payer_phone if _decider(entry) == Responsible.PAYER else ""
        what = Phrase(
            QT_TRANSLATE_NOOP(
                "phrases",
                "The decision on {0} is {1} late: {2} and ask for the status, and whether an "
                "expedited review applies",
            ),
            (label, Days((today - expected.by).days), call_words(decider, phone)),
        )
        return _Words(what, when, expected.by, decider)
    return _Words(waiting, when, None, decider)


def _reason_words(
    entry: LogEntryInfo,
    reason: MissingReason,
    profile: CaseProfile,
    today: date,
    facts: CaseFacts,
) -> _Words:
    label = label_phrase(entry)
    who = resolve_who_phrase(entry.who_submits, profile, _usual_role(entry))
    due = pending_due(entry)
    when = _timeline(entry, due, today)
    if reason == MissingReason.DENIED:
        return _denied_words(entry, label, who, today, facts)
    if reason in (MissingReason.AWAITING_DECISION, MissingReason.DECISION_LATE):
        return _waiting_words(entry, reason, label, profile, today, facts)
    if reason == MissingReason.NOT_SUBMITTED:
        if expects_decision(entry):
            text = QT_TRANSLATE_NOOP(
                "phrases", "{0} (a letter in your folder may answer it: link it as the answer)"
            )
        else:
            text = QT_TRANSLATE_NOOP("phrases", "{0} (a copy is in the folder, not marked as sent)")
        return _Words(Phrase(text, (label,)), when, due, who)
    if reason == MissingReason.NO_COPY:
        if entry.submitted_on is None:
            sent = Phrase(QT_TRANSLATE_NOOP("phrases", "sent"))
        else:
            sent = Phrase(
                QT_TRANSLATE_NOOP("dated", "sent {0}"), (Day(entry.submitted_on, today),), "dated"
            )
        what = Phrase(
            QT_TRANSLATE_NOOP("phrases", "{0}: {1}, but no copy in your folder"), (label, sent)
        )
        return _Words(what, sent, None, who)
    if reason == MissingReason.RENEWAL_DUE:
        end = entry.approved_through
        assert end is not None
        office = who_phrase(profile, Responsible.PROVIDER)
        if end < today:
            ends = QT_TRANSLATE_NOOP("phrases", "the approval ended {0} ({1})")
        else:
            ends = QT_TRANSLATE_NOOP("phrases", "the approval ends {0} ({1})")
        what = Phrase(
            QT_TRANSLATE_NOOP("phrases", "Renewal of {0}: ask {1} to send the re-authorization"),
            (label, office),
        )
        return _Words(what, Phrase(ends, (Day(end, today), since_or_in(end, today))), end, office)
    return _Words(LABEL_ONLY, when, due, who)


def _entry_row(
    entry: LogEntryInfo,
    reason: MissingReason,
    profile: CaseProfile,
    today: date,
    facts: CaseFacts,
) -> MissingRow:
    words = _reason_words(entry, reason, profile, today, facts)
    what = label_of(entry) if words.what is LABEL_ONLY else words.what.english()
    actions = (START_APPEAL, NOT_APPEALING) if reason == MissingReason.DENIED else ()
    if reason == MissingReason.OVERDUE and entry.status == LogStatus.DENIED:
        actions = (START_APPEAL, NOT_APPEALING)
    return MissingRow(
        item=entry.item,
        what=what,
        who=words.who.english(),
        when=words.when.english(),
        due=words.due,
        reason=reason.value,
        severity=_severity(reason, words.due, today).value,
        proposed=entry.status == LogStatus.PROPOSED,
        log_id=entry.id,
        has_copy=has_copy(entry, facts),
        actions=actions,
        what_words=words.what,
        who_words=words.who,
        when_words=words.when,
    )


def _file_row(entry: LogEntryInfo, link: LinkInfo, today: date, facts: CaseFacts) -> MissingRow:
    due = pending_due(entry) if entry.status in OPEN_UNSENT else None
    name = link.path.rsplit("/", 1)[-1]
    what = Phrase(
        QT_TRANSLATE_NOOP("phrases", "{0}: the file {1} is gone from the case folder"),
        (label_phrase(entry), name),
    )
    who = Phrase(ROLE_WORDS[Responsible.PATIENT])
    when = _timeline(entry, due, today)
    return MissingRow(
        item=entry.item,
        what=what.english(),
        who=who.english(),
        when=when.english(),
        due=due,
        reason=MissingReason.FILE_MISSING.value,
        severity=_severity(MissingReason.FILE_MISSING, due, today).value,
        proposed=entry.status == LogStatus.PROPOSED,
        log_id=entry.id,
        document_id=link.document_id,
        has_copy=has_copy(entry, facts),
        what_words=what,
        who_words=who,
        when_words=when,
    )


_URGENT = Severity.URGENT.value  # a plain string: compared 100,000 times in a big log


def sort_key(row: MissingRow) -> tuple[bool, bool, date, int, int]:
    """Urgent first; then by due date, rows without one last; then by log entry."""
    return (
        row.severity != _URGENT,
        row.due is None,
        row.due or date.max,
        row.log_id,
        -1 if row.document_id is None else row.document_id,
    )


def add_entry_rows(
    rows: list[MissingRow],
    entry: LogEntryInfo,
    today: date,
    profile: CaseProfile,
    facts: CaseFacts,
    appeals: frozenset[int],
) -> None:
    """Append the entry's rows, by the plain rules: its own row, then its vanished files."""
    reason = entry_reason(entry, today, facts, appeals)
    if reason is None:
        return
    if reason != MissingReason.FILE_MISSING:
        rows.append(_entry_row(entry, reason, profile, today, facts))
    if entry.status in CLOSED:
        return
    vanished = sorted(
        (link for link in entry.links if link.confirmed and not _present(link)),
        key=lambda link: link.document_id,
    )
    seen: set[int] = set()
    for link in vanished:
        if link.document_id not in seen:
            seen.add(link.document_id)
            rows.append(_file_row(entry, link, today, facts))
