"""The rows of the still-missing list: each entry's words (what, who, when) and its row.

The reasons are worked out by ``missing_rules.py``; this says them, in phrases
``organizer.words`` turns into the chosen language, and orders the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from organizer.core.checklist import Responsible
from organizer.core.missing_rules import (
    CLOSED,
    LABEL_ONLY,
    NOT_APPEALING,
    OPEN_UNSENT,
    START_APPEAL,
    URGENT_WITHIN_DAYS,
    CaseFacts,
    MissingReason,
    MissingRow,
    Severity,
    appeal_deadline,
    decided_by,
    entry_reason,
    expected_for,
    expects_decision,
    has_copy,
    overtaken,
    pending_due,
    present,
    usual_role,
)
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
from organizer.core.types import LogStatus


def _timeline(
    entry: LogEntryInfo, due: date | None, today: date, facts: CaseFacts | None = None
) -> Phrase:
    """The expected timeline, or how long since the request or the submission."""
    if due is not None:
        return due_phrase(due, today)
    if entry.submitted_on is not None and entry.status not in OPEN_UNSENT:
        return sent_phrase(entry.submitted_on, today)
    settled = facts.settled_on if facts is not None else None
    if entry.due is not None and settled is not None and overtaken(entry, facts):
        # Its due date no longer counts (see missing_rules.settled_on): say why.
        return Phrase(
            QT_TRANSLATE_NOOP("phrases", "asked for before the plan decided on {0}"),
            (Day(settled, today),),
        )
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
    decider = resolve_who_phrase(entry.submitted_to, profile, decided_by(entry))
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
        phone = facts.payer_phone if decided_by(entry) == Responsible.PAYER else ""
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
    who = resolve_who_phrase(entry.who_submits, profile, usual_role(entry))
    due = pending_due(entry, facts)
    when = _timeline(entry, due, today, facts)
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


def entry_row(
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
    due = pending_due(entry, facts) if entry.status in OPEN_UNSENT else None
    name = link.path.rsplit("/", 1)[-1]
    what = Phrase(
        QT_TRANSLATE_NOOP("phrases", "{0}: the file {1} is gone from the case folder"),
        (label_phrase(entry), name),
    )
    who = Phrase(ROLE_WORDS[Responsible.PATIENT])
    when = _timeline(entry, due, today, facts)
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
        rows.append(entry_row(entry, reason, profile, today, facts))
    if entry.status in CLOSED:
        return
    vanished = sorted(
        (link for link in entry.links if link.confirmed and not present(link)),
        key=lambda link: link.document_id,
    )
    seen: set[int] = set()
    for link in vanished:
        if link.document_id not in seen:
            seen.add(link.document_id)
            rows.append(_file_row(entry, link, today, facts))
