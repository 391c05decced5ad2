"""What is still missing: the one list behind the window, the status sheet and the export.

Pure computation over snapshots. Rules, in the words of the issue:

- One row per open log entry that needs something, and one row per linked document that
  has vanished from the folder. Entries marked ``approved`` or ``not_needed`` need nothing.
- An entry's row takes the first reason that applies, in this order: ``overdue``,
  ``denied``, ``file_missing``, ``no_document``, ``not_submitted``, ``awaiting_decision``.
  When that first reason is ``file_missing``, the rows for the vanished files stand for the
  entry. A vanished file always gets its own row, so a lost letter is never hidden behind
  another reason.
- A due date that an earlier submission already met does not make an entry overdue; a
  submitted entry waits for others, so it is never overdue itself.
- ``urgent``: overdue, denied, or due within 3 days (day 3 included); otherwise ``waiting``.
  Urgent rows come first; then by due date, rows without one last; then by log entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from organizer.core.checklist import CHECKLIST_BY_KEY, Responsible
from organizer.core.dates import due_words, short_date, since_words
from organizer.core.profile import CaseProfile
from organizer.core.records import LinkInfo, LogEntryInfo
from organizer.core.types import DocumentStatus, LinkRole, LogStatus

URGENT_WITHIN_DAYS = 3


class MissingReason(StrEnum):
    """Why a row is on the list, most pressing first (the order is the precedence)."""

    OVERDUE = "overdue"
    DENIED = "denied"
    FILE_MISSING = "file_missing"
    NO_DOCUMENT = "no_document"
    NOT_SUBMITTED = "not_submitted"
    AWAITING_DECISION = "awaiting_decision"


class Severity(StrEnum):
    URGENT = "urgent"
    WAITING = "waiting"


@dataclass(frozen=True, slots=True)
class MissingRow:
    """One line of "still missing": what, who must act, and when, in plain words."""

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

    @property
    def urgent(self) -> bool:
        return self.severity == Severity.URGENT


# Plain words for each role, used when the case profile has no name for it.
ROLE_WORDS: dict[str, str] = {
    Responsible.PROVIDER: "Provider office",
    Responsible.PHARMACY: "Home infusion pharmacy",
    Responsible.PAYER: "Insurance plan",
    Responsible.PATIENT: "You",
}

# What people type in "who" that means a role rather than a name.
ROLE_ALIASES: dict[str, str] = {
    **{word.casefold(): role for role, word in ROLE_WORDS.items()},
    **{role.value: role.value for role in Responsible},
    "provider office": Responsible.PROVIDER,
    "doctor": Responsible.PROVIDER,
    "doctor's office": Responsible.PROVIDER,
    "pharmacy": Responsible.PHARMACY,
    "insurance": Responsible.PAYER,
    "insurer": Responsible.PAYER,
    "me": Responsible.PATIENT,
    "you": Responsible.PATIENT,
}

OPEN_UNSENT = frozenset({LogStatus.REQUESTED, LogStatus.PROPOSED})
CLOSED = frozenset({LogStatus.APPROVED, LogStatus.NOT_NEEDED})


def who_for(profile: CaseProfile, role: str) -> str:
    """The name to show for a role: the office's name where the profile has one."""
    names: dict[str, str] = {
        Responsible.PROVIDER: profile.provider_office.name,
        Responsible.PHARMACY: profile.pharmacy.name,
        Responsible.PAYER: profile.payer,
    }
    return names.get(role, "") or ROLE_WORDS.get(role, ROLE_WORDS[Responsible.PATIENT])


def resolve_who(text: str, profile: CaseProfile, fallback_role: str) -> str:
    """A typed name stays as typed; a role word (or nothing) becomes the profile's name."""
    typed = text.strip()
    if not typed:
        return who_for(profile, fallback_role)
    role = ROLE_ALIASES.get(typed.casefold())
    return typed if role is None else who_for(profile, role)


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


def _label(entry: LogEntryInfo) -> str:
    if entry.what.strip():
        return entry.what.strip()
    item = CHECKLIST_BY_KEY.get(entry.item)
    return item.label if item else entry.item


# Looked up, not worked out, for each row: a big log has 100,000 of them.
_USUAL_ROLE = {key: str(item.usually_from.value) for key, item in CHECKLIST_BY_KEY.items()}
_CODE: dict[str, str] = {
    **{m: str(m.value) for m in MissingReason},
    **{m: str(m.value) for m in Severity},
}


def _usual_role(entry: LogEntryInfo) -> str:
    return _USUAL_ROLE.get(entry.item) or str(Responsible.PATIENT.value)


def _present(link: LinkInfo) -> bool:
    return link.document_status != DocumentStatus.MISSING


def _has_decision(entry: LogEntryInfo) -> bool:
    return entry.decision_on is not None or any(
        link.role == LinkRole.DECISION and link.confirmed and _present(link) for link in entry.links
    )


def _awaiting(entry: LogEntryInfo, today: date) -> bool:
    return (
        entry.status == LogStatus.SUBMITTED
        and expects_decision(entry)
        and entry.submitted_on is not None
        and (today - entry.submitted_on).days >= entry.decision_wait_days
        and not _has_decision(entry)
    )


def _timeline(entry: LogEntryInfo, due: date | None, today: date) -> str:
    """The expected timeline, or how long since the request or the submission."""
    if due is not None:
        return due_words(due, today)
    if entry.submitted_on is not None and entry.status not in OPEN_UNSENT:
        return since_words("sent", entry.submitted_on, today)
    if entry.requested_on is not None:
        return since_words("asked", entry.requested_on, today)
    return "no date set yet"


def _appeal_by(entry: LogEntryInfo, appeal_by: Mapping[int, date]) -> date | None:
    """The latest appeal deadline stated by the entry's decision letters, if any."""
    dates = [
        appeal_by[link.document_id]
        for link in entry.links
        if link.role == LinkRole.DECISION and link.document_id in appeal_by
    ]
    return max(dates, default=None)


def _denied_when(entry: LogEntryInfo, deadline: date | None, today: date) -> str:
    if deadline is not None:
        if deadline < today:
            return f"appeal deadline {short_date(deadline, today)} has passed"
        return f"appeal by {short_date(deadline, today)}"
    if entry.decision_on is not None:
        return since_words("denied", entry.decision_on, today)
    return "denied; ask about an appeal"


def _severity(reason: MissingReason, due: date | None, today: date) -> Severity:
    if reason in (MissingReason.OVERDUE, MissingReason.DENIED):
        return Severity.URGENT
    if due is not None and 0 <= (due - today).days <= URGENT_WITHIN_DAYS:
        return Severity.URGENT
    return Severity.WAITING


def entry_reason(entry: LogEntryInfo, today: date) -> MissingReason | None:
    """The first reason that applies to the entry itself, or None if it needs nothing."""
    if entry.status in CLOSED:
        return None
    due = pending_due(entry)
    if entry.status in (*OPEN_UNSENT, LogStatus.DENIED) and due is not None and due < today:
        return MissingReason.OVERDUE
    if entry.status == LogStatus.DENIED:
        return MissingReason.DENIED
    if any(link.confirmed and not _present(link) for link in entry.links):
        return MissingReason.FILE_MISSING
    if entry.status in OPEN_UNSENT:
        has_document = any(
            link.role == LinkRole.SUBMISSION and _present(link) for link in entry.links
        )
        return MissingReason.NOT_SUBMITTED if has_document else MissingReason.NO_DOCUMENT
    if _awaiting(entry, today):
        return MissingReason.AWAITING_DECISION
    return None


def _entry_row(
    entry: LogEntryInfo,
    reason: MissingReason,
    profile: CaseProfile,
    today: date,
    appeal_by: Mapping[int, date],
    names: dict[tuple[str, str], str] | None = None,
) -> MissingRow:
    label = _label(entry)
    asked = (entry.who_submits, _usual_role(entry))
    who = names.get(asked) if names is not None else None
    if who is None:
        who = resolve_who(asked[0], profile, asked[1])
        if names is not None:
            names[asked] = who
    due = pending_due(entry)
    what, when = label, _timeline(entry, due, today)
    if reason == MissingReason.DENIED:
        deadline = _appeal_by(entry, appeal_by)
        due = deadline if deadline is not None else due
        what, when = f"{label} was denied", _denied_when(entry, deadline, today)
    elif reason == MissingReason.NOT_SUBMITTED:
        what = f"{label} (a copy is in the folder, not marked as sent)"
    elif reason == MissingReason.AWAITING_DECISION:
        decider = (
            Responsible.PHARMACY if entry.item == "benefits_verification" else Responsible.PAYER
        )
        who = resolve_who(entry.submitted_to, profile, decider)
        assert entry.submitted_on is not None
        due = None
        what = f"Decision on {label}"
        when = f"{since_words('sent', entry.submitted_on, today)}, no answer yet"
    return MissingRow(
        item=entry.item,
        what=what,
        who=who,
        when=when,
        due=due,
        reason=_CODE[reason],
        severity=_CODE[_severity(reason, due, today)],
        proposed=entry.status == LogStatus.PROPOSED,
        log_id=entry.id,
    )


def _file_row(entry: LogEntryInfo, link: LinkInfo, today: date) -> MissingRow:
    due = pending_due(entry) if entry.status in OPEN_UNSENT else None
    name = link.path.rsplit("/", 1)[-1]
    return MissingRow(
        item=entry.item,
        what=f"{_label(entry)}: the file {name} is gone from the case folder",
        who=ROLE_WORDS[Responsible.PATIENT],
        when=_timeline(entry, due, today),
        due=due,
        reason=MissingReason.FILE_MISSING.value,
        severity=_severity(MissingReason.FILE_MISSING, due, today).value,
        proposed=entry.status == LogStatus.PROPOSED,
        log_id=entry.id,
        document_id=link.document_id,
    )


def sort_key(row: MissingRow) -> tuple[bool, bool, date, int, int]:
    """Urgent first; then by due date, rows without one last; then by log entry."""
    return (
        row.severity != Severity.URGENT,
        row.due is None,
        row.due or date.max,
        row.log_id,
        -1 if row.document_id is None else row.document_id,
    )


def missing_rows(
    entries: Iterable[LogEntryInfo],
    today: date,
    profile: CaseProfile | None = None,
    appeal_by: Mapping[int, date] | None = None,
) -> list[MissingRow]:
    """The still-missing list for a case's log entries, most urgent first.

    ``today`` is the user's local date. ``appeal_by`` maps a document id to the appeal
    deadline its letter states, for the ``when`` of a denial.
    """
    profile = profile or CaseProfile()
    deadlines: Mapping[int, date] = appeal_by or {}
    rows: list[MissingRow] = []
    names: dict[tuple[str, str], str] = {}  # who, worked out once per typed name and role
    for entry in entries:
        reason = entry_reason(entry, today)
        if reason is None:
            continue
        if reason != MissingReason.FILE_MISSING:
            rows.append(_entry_row(entry, reason, profile, today, deadlines, names))
        if not entry.links:
            continue
        vanished = sorted(
            (link for link in entry.links if link.confirmed and not _present(link)),
            key=lambda link: link.document_id,
        )
        seen: set[int] = set()
        for link in vanished:
            if link.document_id not in seen:
                seen.add(link.document_id)
                rows.append(_file_row(entry, link, today))
    return sorted(rows, key=sort_key)
