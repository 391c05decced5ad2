"""Every dated step of a case in one list: what comes due, and when.

The missing list says what is wrong now; this list says which day each open step falls
on, so it can be shown as "Coming up", sent as a reminder, written to a calendar and
drawn on the timeline. Pure computation over the same snapshots as the missing list, and
with the same rules (core/missing.py) for when a date still matters:

- ``due``: a request not yet sent, with a due date an earlier submission has not already
  met (suggestions the user has not accepted only when asked for: the window shows them
  marked as such; reminders, the calendar and ``upcoming`` leave them out);
- ``decision_expected``: a sent request that waits for a decision or a result;
- ``appeal_by``: a denial not yet appealed and not let go;
- ``renewal``: the day to ask for the re-authorization of an approval;
- ``follow_up``: a call to return, until a later call to the same organisation is logged.

Entries marked not needed, and decided entries other than the above, have none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from organizer.core.checklist import Responsible
from organizer.core.missing import (
    CaseFacts,
    appeal_deadline,
    expected_for,
    pending_due,
    renewal_date,
    resolve_who,
    who_for,
    with_settled,
)
from organizer.core.missing_who import label_phrase, resolve_who_phrase, who_phrase
from organizer.core.phrases import QT_TRANSLATE_NOOP, FullDay, Phrase
from organizer.core.profile import CaseProfile
from organizer.core.records import LogEntryInfo
from organizer.core.timeline import NO_PHRASE
from organizer.core.types import LogStatus

COMING_UP_DAYS = 7
UPCOMING_DAYS = 14


class DeadlineKind(StrEnum):
    DUE = "due"
    DECISION_EXPECTED = "decision_expected"
    APPEAL_BY = "appeal_by"
    RENEWAL = "renewal"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True, slots=True)
class CallFollowUp:
    """What the list needs of a logged call."""

    id: int
    called_at: datetime
    organisation: str
    follow_up_on: date | None


@dataclass(frozen=True, slots=True)
class Deadline:
    """One dated step: the day, its kind, and in plain words what and who."""

    day: date
    kind: str
    what: str
    who: str
    log_id: int | None
    call_id: int | None = None
    # A suggestion the user has not reviewed yet: shown in the window only.
    proposed: bool = False
    # ``what`` as a phrase, for ``organizer.words`` to say in the chosen language.
    what_words: Phrase = NO_PHRASE

    @property
    def key(self) -> str:
        """Stays the same from one run to the next: for calendar UIDs and reminders."""
        owner = f"log-{self.log_id}" if self.log_id is not None else f"call-{self.call_id}"
        return f"{self.kind}-{owner}"

    def days_left(self, today: date) -> int:
        return (self.day - today).days


def _appealed(entry: LogEntryInfo, entries: Sequence[LogEntryInfo]) -> bool:
    return entry.not_appealing or any(e.appeal_of == entry.id for e in entries)


def _send_to(entry: LogEntryInfo, profile: CaseProfile) -> Phrase | None:
    """Who asked for it, by name: a role word ("payer", "pharmacy") becomes the profile's."""
    typed = (entry.submitted_to or entry.requested_by).strip()
    return resolve_who_phrase(typed, profile, Responsible.PAYER) if typed else None


def entry_deadlines(
    entry: LogEntryInfo,
    profile: CaseProfile,
    facts: CaseFacts,
    entries: Sequence[LogEntryInfo] = (),
) -> list[Deadline]:
    """The dated steps of one log entry (none for a closed one)."""
    label = label_phrase(entry)
    status = entry.status
    if status == LogStatus.NOT_NEEDED:
        return []
    if status in (LogStatus.REQUESTED, LogStatus.PROPOSED):
        due = pending_due(entry, facts)
        if due is None:
            return []
        to = _send_to(entry, profile)
        if to is not None:
            what = Phrase(QT_TRANSLATE_NOOP("phrases", "{0} due: send to {1}"), (label, to))
        else:
            what = Phrase(QT_TRANSLATE_NOOP("phrases", "{0} due"), (label,))
        proposed = status == LogStatus.PROPOSED
        if proposed:
            what = Phrase(QT_TRANSLATE_NOOP("phrases", "{0} (suggested, please check)"), (what,))
        who = resolve_who(entry.who_submits, profile, Responsible.PATIENT)
        return [_item(due, DeadlineKind.DUE, what, who, entry.id, proposed=proposed)]
    if status == LogStatus.SUBMITTED:
        expected = expected_for(entry, facts)
        if expected is None:
            return []
        decider = resolve_who_phrase(entry.submitted_to, profile, Responsible.PAYER)
        what = Phrase(
            QT_TRANSLATE_NOOP("phrases", "Decision expected on {0} from {1}"), (label, decider)
        )
        kind = DeadlineKind.DECISION_EXPECTED
        return [_item(expected.by, kind, what, decider.english(), entry.id)]
    if status == LogStatus.DENIED:
        deadline = appeal_deadline(entry, facts)
        if deadline is None or _appealed(entry, entries):
            return []
        what = Phrase(
            QT_TRANSLATE_NOOP("phrases", "Last day to appeal the denial of {0}"), (label,)
        )
        return [
            _item(deadline, DeadlineKind.APPEAL_BY, what, who_for(profile, "patient"), entry.id)
        ]
    if status == LogStatus.APPROVED:
        renewal, end = renewal_date(entry), entry.approved_through
        if renewal is None or end is None:
            return []
        office = who_phrase(profile, Responsible.PROVIDER)
        # The approval's end beside the day to ask: "overdue by 91 days" (the day to ask)
        # and the missing list's "ended 61 days ago" then visibly say the same thing.
        what = Phrase(
            QT_TRANSLATE_NOOP(
                "phrases", "Renewal of {0} (approved through {2}): ask {1} for the re-authorization"
            ),
            (label, office, FullDay(end)),
        )
        return [_item(renewal, DeadlineKind.RENEWAL, what, office.english(), entry.id)]
    return []


def _item(
    day: date,
    kind: str,
    what: Phrase,
    who: str,
    log_id: int | None,
    call_id: int | None = None,
    *,
    proposed: bool = False,
) -> Deadline:
    return Deadline(day, kind, what.english(), who, log_id, call_id, proposed, what)


def call_deadlines(calls: Sequence[CallFollowUp]) -> list[Deadline]:
    """Calls to return, until a later call to the same organisation is logged."""
    found: list[Deadline] = []
    for call in calls:
        if call.follow_up_on is None:
            continue
        org = call.organisation.strip()
        returned = any(
            other.id != call.id
            and other.organisation.strip().casefold() == org.casefold()
            and other.called_at > call.called_at
            for other in calls
        )
        if returned:
            continue
        if org:
            what = Phrase(QT_TRANSLATE_NOOP("phrases", "Call back {0}"), (org,))
        else:
            what = Phrase(QT_TRANSLATE_NOOP("phrases", "Call back"))
        found.append(_item(call.follow_up_on, DeadlineKind.FOLLOW_UP, what, org, None, call.id))
    return found


def sort_key(item: Deadline) -> tuple[date, int, int, str]:
    return (
        item.day,
        item.log_id if item.log_id is not None else 1 << 30,
        item.call_id or 0,
        item.kind,
    )


def deadlines(
    entries: Iterable[LogEntryInfo],
    profile: CaseProfile | None = None,
    facts: CaseFacts | None = None,
    calls: Sequence[CallFollowUp] = (),
    *,
    suggested: bool = False,
) -> list[Deadline]:
    """Every open deadline of the case, by date ascending (overdue ones included);
    those of suggestions not reviewed yet only with ``suggested``."""
    profile = profile or CaseProfile()
    entries = list(entries)
    facts = with_settled(facts or CaseFacts(), entries)
    found = [
        d
        for e in entries
        for d in entry_deadlines(e, profile, facts, entries)
        if suggested or not d.proposed
    ]
    found += call_deadlines(calls)
    return sorted(found, key=sort_key)


def within(items: Iterable[Deadline], today: date, days: int) -> list[Deadline]:
    """Those overdue or due within ``days`` days of ``today`` (day ``days`` included)."""
    return [d for d in items if d.days_left(today) <= days]


def when_words(item: Deadline, today: date) -> str:
    """ "today", "tomorrow", "in 3 days", "2 days ago" — plain words for the day."""
    left = item.days_left(today)
    if left == 0:
        return "today"
    if left == 1:
        return "tomorrow"
    if left == -1:
        return "yesterday"
    return f"in {left} days" if left > 0 else f"{-left} days ago"


def scrub(text: str, profile: CaseProfile) -> str:
    """Text without the member ID or the patient's full name (for files that get synced)."""
    for secret in (profile.member_id, profile.secondary_member_id, profile.patient):
        secret = secret.strip()
        if len(secret) >= 3:
            index = text.casefold().find(secret.casefold())
            while index >= 0:
                text = text[:index] + "…" + text[index + len(secret) :]
                index = text.casefold().find(secret.casefold())
    return text
