"""Everything the one-page status sheet shows, gathered into plain values (no Qt).

The sheet is what the user hands or faxes to the provider's office. The window, the print
preview and ``organizer sheet`` all draw it from one ``SheetData``, so they always agree.
Dates are worked out against ``today`` and the sheet is stamped with ``now``: callers pass
the user's local clock, tests a fixed one. Words are fixed English, like the rest of the
still-missing list, so the sheet never depends on the machine's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from organizer.core.checklist import Responsible
from organizer.core.missing import RESULT_IN, ROLE_ALIASES, MissingRow, shown_status
from organizer.core.missing_who import label_phrase
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.profile import CaseProfile
from organizer.core.records import CallInfo, CaseInfo, DocumentInfo, LogEntryInfo
from organizer.core.snapshot import CaseSnapshot
from organizer.core.types import LetterOutcome, LinkRole, LogStatus
from organizer.language import language, translate
from organizer.services import private_files
from organizer.services.snapshot import load_snapshot
from organizer.storage.database import Database
from organizer.words import compact_date, long_date, month_name, row_what, row_when, say, short_date

PRIOR_AUTHORIZATION = "prior_authorization"
# The sheet is addressed to the provider office: that is how it names the office itself.
YOUR_OFFICE = QT_TRANSLATE_NOOP("sheet", "Your office")
NOT_FILLED = QT_TRANSLATE_NOOP("sheet", "not filled in yet")
DECIDED = frozenset({LogStatus.APPROVED.value, LogStatus.DENIED.value})
SENT = frozenset({LogStatus.SUBMITTED.value, LogStatus.APPROVED.value, LogStatus.DENIED.value})

STATUS_WORDS: dict[str, str] = {
    LogStatus.PROPOSED: QT_TRANSLATE_NOOP("sheet", "suggested"),
    LogStatus.REQUESTED: QT_TRANSLATE_NOOP("sheet", "not sent yet"),
    LogStatus.SUBMITTED: QT_TRANSLATE_NOOP("sheet", "sent"),
    LogStatus.APPROVED: QT_TRANSLATE_NOOP("sheet", "approved"),
    LogStatus.DENIED: QT_TRANSLATE_NOOP("sheet", "denied"),
    LogStatus.NOT_NEEDED: QT_TRANSLATE_NOOP("sheet", "not needed"),
    RESULT_IN: QT_TRANSLATE_NOOP("sheet", "result received"),
}
OUTCOME_WORDS: dict[str, str] = {
    LetterOutcome.APPROVED: QT_TRANSLATE_NOOP("sheet", "Approved"),
    LetterOutcome.DENIED: QT_TRANSLATE_NOOP("sheet", "Denied"),
    LetterOutcome.INFO_REQUESTED: QT_TRANSLATE_NOOP("sheet", "More information asked for"),
    LetterOutcome.INFORMATIONAL: QT_TRANSLATE_NOOP("sheet", "Letter for information"),
}


def t(text: str) -> str:
    """A word of the sheet (marked in the "sheet" context) in the sheet's language."""
    return translate("sheet", text)


@dataclass(frozen=True, slots=True)
class SheetHeader:
    """Who the sheet is about and who it is for."""

    patient: str
    therapy: str
    therapy_start: str
    payer: str
    member_id: str
    group_number: str
    secondary_payer: str
    secondary_member_id: str
    pharmacy: str
    office: str
    office_fax: str
    office_contact: str
    prepared: str

    @property
    def to_line(self) -> str:
        office = self.office or translate("sheet", "the provider's office")
        return translate("sheet", "To: {0}").format(office)

    @property
    def fax_line(self) -> str:
        return translate("sheet", "Fax: {0}").format(self.office_fax or t(NOT_FILLED))

    @property
    def sender_line(self) -> str:
        if self.patient:
            sender = translate("sheet", "From: {0} (patient)").format(self.patient)
        else:
            sender = translate("sheet", "From: the patient")
        if not self.office_contact:
            return sender
        return translate("sheet", "Attention: {0}     {1}").format(self.office_contact, sender)

    @property
    def therapy_line(self) -> str:
        if not self.therapy_start:
            return self.therapy.strip()
        return (
            translate("sheet", "{0} (starts {1})").format(self.therapy, self.therapy_start).strip()
        )

    @property
    def insurance_line(self) -> str:
        """``Plan, group 88120; also Medicare Part B, member ID 5EG4-...``."""
        line = self.payer
        if self.group_number:
            line += translate("sheet", ", group {0}").format(self.group_number)
        if self.secondary_payer:
            second_id = self.secondary_member_id
            line += translate("sheet", "; also {0}").format(self.secondary_payer)
            if second_id:
                line += translate("sheet", ", member ID {0}").format(second_id)
        return line.strip(" ,;")


@dataclass(frozen=True, slots=True)
class SheetLogRow:
    """One requested/submitted log entry, in words for one line of the sheet."""

    log_id: int
    what: str
    asked: str
    sent: str
    now: str
    status: str
    last_activity: date | None
    # Nothing more is needed for it: it is not on the still-missing list.
    settled: bool


@dataclass(frozen=True, slots=True)
class SheetDecision:
    """The latest prior-authorization decision and where it came from."""

    outcome: str
    decided_on: str
    reference_number: str
    what: str
    note: str
    source: str
    # For an approval: the period and quantity it covers, in words ("" when not stated).
    covers: str = ""


def covers_words(entry: LogEntryInfo, today: date) -> str:
    """``Mar 14, 2025 to Mar 13, 2026, 26 visits`` for an approved entry, else ""."""
    if entry.status != LogStatus.APPROVED:
        return ""
    start, end = entry.approved_from, entry.approved_through
    period = ""
    if start and end:
        period = translate("sheet", "{0} to {1}").format(
            short_date(start, today), short_date(end, today)
        )
    elif end:
        period = translate("sheet", "through {0}").format(short_date(end, today))
    return _join(period, entry.approved_quantity)


@dataclass(frozen=True, slots=True)
class SheetContact:
    role: str
    name: str
    phone: str
    fax: str
    person: str


@dataclass(frozen=True, slots=True)
class SheetCall:
    """The last call written down, for the reference number the office may ask for."""

    when: str
    organisation: str
    person: str
    reference_number: str


@dataclass(frozen=True, slots=True)
class SheetData:
    header: SheetHeader
    missing: tuple[MissingRow, ...]
    log: tuple[SheetLogRow, ...]
    decision: SheetDecision | None
    # When there is no decision yet: where prior authorization stands, in words.
    pa_status: str
    contacts: tuple[SheetContact, ...]
    last_call: SheetCall | None
    case_folder: str
    today: date
    # Letters with suggestions nobody has reviewed yet.
    unreviewed: int = 0
    # The language its words were made in; it is drawn in the same one.
    language: str = "en"


def review_line(data: SheetData) -> str:
    """``3 letters are waiting for review in the organizer``, or "" when none are."""
    n = data.unreviewed
    if not n:
        return ""
    return translate("sheet", "%n letter(s) waiting for review in the organizer.", None, n)


def day_words(value: date | None, today: date) -> str:
    """``Nov 14``; ``14 nov`` in Spanish (the log's columns are narrow)."""
    if value is None:
        return ""
    if language() == "en":
        return short_date(value, today)
    said = compact_date(value)
    return said if value.year == today.year else f"{said} {value.year}"


def moment_words(value: datetime) -> str:
    """``Nov 20, 2026, 9:05 AM``; ``20 de noviembre de 2026, 9:05`` in Spanish."""
    if language() == "en":
        hour = value.hour % 12 or 12
        half = "AM" if value.hour < 12 else "PM"
        month = month_name(value)[:3]
        return f"{month} {value.day}, {value.year}, {hour}:{value.minute:02d} {half}"
    return f"{long_date(value.date())}, {value.hour}:{value.minute:02d}"


def _label(entry: LogEntryInfo) -> str:
    return " ".join(say(label_phrase(entry)).split())


def _join(*parts: str) -> str:
    return ", ".join(" ".join(p.split()) for p in parts if p.strip())


def last_activity(entry: LogEntryInfo) -> date | None:
    dates = [d for d in (entry.requested_on, entry.submitted_on, entry.decision_on) if d]
    return max(dates, default=None)


# Short names for the parties, as the office reading the sheet sees them.
READER_WORDS: dict[str, str] = {
    Responsible.PROVIDER: YOUR_OFFICE,
    Responsible.PHARMACY: QT_TRANSLATE_NOOP("sheet", "Pharmacy"),
    Responsible.PAYER: QT_TRANSLATE_NOOP("sheet", "Insurance"),
    Responsible.PATIENT: QT_TRANSLATE_NOOP("sheet", "Patient"),
}
IN_A_PHRASE: dict[str, str] = {
    YOUR_OFFICE: QT_TRANSLATE_NOOP("sheet", "your office"),
    "Pharmacy": QT_TRANSLATE_NOOP("sheet", "the pharmacy"),
    "Insurance": QT_TRANSLATE_NOOP("sheet", "the insurance"),
    "Patient": QT_TRANSLATE_NOOP("sheet", "the patient"),
}


def for_reader(who: str, profile: CaseProfile) -> str:
    """A party as the office reading the sheet sees it: "Your office", "Pharmacy"...

    The sheet is addressed to the provider office, so its own name (or a word for it)
    becomes "Your office"; "You" (the patient, in the window's words) becomes "Patient";
    the pharmacy and the plan get short words, their names being under Contacts. Any
    other name stays as typed.
    """
    text = " ".join(who.split())
    names = {
        profile.provider_office.name: Responsible.PROVIDER,
        profile.pharmacy.name: Responsible.PHARMACY,
        profile.payer: Responsible.PAYER,
    }
    by_name = {name.strip().casefold(): role for name, role in names.items() if name.strip()}
    role = by_name.get(text.casefold()) or ROLE_ALIASES.get(text.casefold())
    return READER_WORDS.get(role or "", text)


def _in_phrase(who: str) -> str:
    return t(IN_A_PHRASE[who]) if who in IN_A_PHRASE else t(who)


def plural(n: int, word: str) -> str:
    """English only (``3 pages``): for words outside the catalogue."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def missing_heading(rows: Sequence[MissingRow]) -> str:
    """``Still missing: 5 items, 2 for your office``."""
    if not rows:
        return translate("sheet", "Still missing")
    mine = sum(row.who == t(YOUR_OFFICE) for row in rows)
    heading = translate("sheet", "Still missing: %n item(s)", None, len(rows))
    return heading + (translate("sheet", ", %n for your office", None, mine) if mine else "")


def decision_lines(data: SheetData) -> tuple[str, str]:
    """The prior-authorization headline (with its reference number) and its details."""
    d = data.decision
    if d is None:
        return translate("sheet", "Prior authorization: {0}").format(data.pa_status), ""
    when = translate("sheet", " on {0}").format(d.decided_on) if d.decided_on else ""
    ref = (
        translate("sheet", "reference {0}").format(d.reference_number)
        if d.reference_number
        else translate("sheet", "no reference number")
    )
    details = [
        translate("sheet", "For: {0}").format(d.what),
        *([translate("sheet", "Covers: {0}").format(d.covers)] if d.covers else []),
        *([translate("sheet", "Note: {0}").format(d.note)] if d.note else []),
        translate("sheet", "From {0}").format(d.source),
    ]
    headline = translate("sheet", "Latest prior authorization decision: {0}{1}, {2}")
    return headline.format(d.outcome, when, ref), ". ".join(details)


def call_line(call: SheetCall | None) -> str:
    if call is None:
        return translate("sheet", "Last call: none written down yet.")
    who = call.organisation + (f" ({call.person})" if call.person else "")
    if call.reference_number:
        ref = translate("sheet", "reference {0}").format(call.reference_number)
    else:
        ref = translate("sheet", "no reference")
    return translate("sheet", "Last call: {0}, {1}, {2}").format(
        call.when, who or translate("sheet", "no name"), ref
    )


def log_priority(rows: Sequence[SheetLogRow]) -> list[int]:
    """Log ids in the order a short log keeps them: what was sent, newest first; then the rest.

    Items not sent yet are on the still-missing list already, so they are the first to go.
    """
    ranked = sorted(enumerate(rows), key=lambda pair: (not pair[1].sent, pair[0]))
    return [row.log_id for _, row in ranked]


def log_summary(hidden: Sequence[SheetLogRow]) -> str:
    """``+23 earlier submitted items; +12 not sent yet (under Still missing)``."""
    sent = sum(1 for r in hidden if r.sent)
    waiting = sum(1 for r in hidden if not r.sent and not r.settled)
    other = len(hidden) - sent - waiting
    parts = []
    if sent:
        parts.append(translate("sheet", "+%n earlier submitted item(s)", None, sent))
    if waiting:
        parts.append(translate("sheet", "+%n not sent yet (under Still missing)", None, waiting))
    if other:
        parts.append(translate("sheet", "+%n marked not needed", None, other))
    return "; ".join(parts)


# How something was sent, in the words people type: said in the sheet's language.
SENT_HOW_WORDS = {
    "fax": QT_TRANSLATE_NOOP("sheet", "fax"),
    "portal": QT_TRANSLATE_NOOP("sheet", "portal"),
    "mail": QT_TRANSLATE_NOOP("sheet", "mail"),
    "email": QT_TRANSLATE_NOOP("sheet", "email"),
    "phone": QT_TRANSLATE_NOOP("sheet", "phone"),
}


def log_row(
    entry: LogEntryInfo, open_ids: set[int], today: date, profile: CaseProfile
) -> SheetLogRow:
    """Requested what, by whom and when; submitted when, how and to whom; where it stands."""
    asked = _join(day_words(entry.requested_on, today), t(for_reader(entry.requested_by, profile)))
    sent = ""
    if entry.submitted_on is not None or entry.status in SENT:
        how = " ".join(entry.submitted_how.split())
        if how.casefold() in SENT_HOW_WORDS:  # a method's usual word, as the demo types it
            how = t(SENT_HOW_WORDS[how.casefold()])
        to = _in_phrase(for_reader(entry.submitted_to, profile))
        to_words = translate("sheet", "to {0}").format(to) if to else ""
        route = " ".join(part for part in (how, to_words) if part)
        by = _in_phrase(for_reader(entry.who_submits, profile))
        by_words = translate("sheet", "by {0}").format(by) if by else ""
        sent = _join(day_words(entry.submitted_on, today), route, by_words)
    status = shown_status(entry, entry.id in open_ids)
    now = t(STATUS_WORDS.get(status, status))
    if entry.status in DECIDED and entry.decision_on is not None:
        now = f"{now} {short_date(entry.decision_on, today)}"
    return SheetLogRow(
        log_id=entry.id,
        what=_label(entry),
        asked=asked,
        sent=sent,
        now=now,
        status=entry.status,
        last_activity=last_activity(entry),
        settled=entry.id not in open_ids,
    )


def log_rows(
    entries: list[LogEntryInfo], missing: list[MissingRow], today: date, profile: CaseProfile
) -> list[SheetLogRow]:
    """The log, newest activity first; entries without any date go last."""
    open_ids = {row.log_id for row in missing}
    rows = [log_row(e, open_ids, today, profile) for e in entries]
    return sorted(
        rows, key=lambda r: (r.last_activity is None, -_ordinal(r.last_activity), -r.log_id)
    )


def _ordinal(value: date | None) -> int:
    return value.toordinal() if value is not None else 0


@dataclass(frozen=True, slots=True)
class _Candidate:
    day: date | None
    entry_id: int
    decision: SheetDecision


def _from_letters(
    entry: LogEntryInfo, docs: dict[int, DocumentInfo], today: date
) -> list[_Candidate]:
    """Decisions stated by the entry's confirmed decision letters."""
    found: list[_Candidate] = []
    for link in entry.links:
        doc = docs.get(link.document_id)
        if link.role != LinkRole.DECISION or not link.confirmed or doc is None:
            continue
        outcome = doc.letter_outcome
        if outcome not in (LetterOutcome.APPROVED, LetterOutcome.DENIED):
            if entry.status not in DECIDED:
                continue
            outcome = entry.status
        day = doc.document_date or entry.decision_on
        decision = SheetDecision(
            outcome=t(OUTCOME_WORDS.get(outcome, outcome)),
            decided_on=day_words(day, today),
            reference_number=(doc.reference_number or "").strip(),
            what=_label(entry),
            note="" if entry.decision_source == "letter" else " ".join(entry.decision.split()),
            source=translate("sheet", 'the letter "{0}"').format(doc.path.rsplit("/", 1)[-1]),
            covers=covers_words(entry, today) if outcome == LetterOutcome.APPROVED else "",
        )
        found.append(_Candidate(day, entry.id, decision))
    return found


def _from_entry(entry: LogEntryInfo, today: date) -> _Candidate | None:
    """The decision as the user wrote it in the log, when no letter states one."""
    note = " ".join(entry.decision.split())
    if entry.status not in DECIDED and not note and entry.decision_on is None:
        return None
    if entry.status in DECIDED:
        outcome = t(OUTCOME_WORDS[entry.status])
    else:
        outcome = translate("sheet", "Decision noted")
    decision = SheetDecision(
        outcome=outcome,
        decided_on=day_words(entry.decision_on, today),
        what=_label(entry),
        note=note,
        source=translate("sheet", "the log"),
        reference_number=entry.decision_reference.strip(),
        covers=covers_words(entry, today),
    )
    return _Candidate(entry.decision_on, entry.id, decision)


def latest_decision(
    entries: list[LogEntryInfo], docs: dict[int, DocumentInfo], today: date
) -> SheetDecision | None:
    """The most recent prior-authorization decision, by its date, then by log entry."""
    candidates: list[_Candidate] = []
    for entry in entries:
        if entry.item != PRIOR_AUTHORIZATION:
            continue
        from_letters = _from_letters(entry, docs, today)
        fallback = _from_entry(entry, today)
        candidates.extend(from_letters or ([fallback] if fallback else []))
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.day or date.min, c.entry_id))
    return best.decision


def pa_status(entries: list[LogEntryInfo], today: date, missing: Sequence[MissingRow] = ()) -> str:
    """Where prior authorization stands when there is no decision yet: as the missing list
    says it, with the day the decision is expected by."""
    pa = [e for e in entries if e.item == PRIOR_AUTHORIZATION]
    if not pa:
        return translate("sheet", "none in the log yet.")
    waiting = [
        r
        for r in missing
        if r.item == PRIOR_AUTHORIZATION and r.reason in ("awaiting_decision", "decision_late")
    ]
    if waiting:
        return translate("sheet", "{0}; no decision yet.").format(row_when(waiting[0]))
    sent = [e.submitted_on for e in pa if e.submitted_on is not None]
    if sent:
        sent_on = short_date(max(sent), today)
        return translate("sheet", "sent {0}; no decision yet.").format(sent_on)
    return translate("sheet", "not sent yet; no decision yet.")


def contacts(case: CaseInfo) -> tuple[SheetContact, ...]:
    profile = case.profile
    office, pharmacy = profile.provider_office, profile.pharmacy
    return (
        SheetContact(t(YOUR_OFFICE), office.name, office.phone, office.fax, office.contact),
        SheetContact(t("Pharmacy"), pharmacy.name, pharmacy.phone, pharmacy.fax, pharmacy.contact),
        SheetContact(t("Insurance"), profile.payer, profile.payer_phone, "", ""),
    )


def last_call(calls: list[CallInfo], today: date) -> SheetCall | None:
    if not calls:
        return None
    call = max(calls, key=lambda c: (c.called_at, c.id))
    return SheetCall(
        when=short_date(call.called_at.astimezone().date(), today),
        organisation=" ".join(call.organisation.split()),
        person=" ".join(call.person.split()),
        reference_number=call.reference_number.strip(),
    )


def header(case: CaseInfo, today: date, now: datetime) -> SheetHeader:
    p = case.profile
    return SheetHeader(
        patient=p.patient.strip(),
        therapy=" ".join(p.therapy.split()),
        therapy_start=day_words(p.therapy_start, today),
        payer=p.payer.strip(),
        member_id=p.member_id.strip(),
        group_number=p.group_number.strip(),
        secondary_payer=p.secondary_payer.strip(),
        secondary_member_id=p.secondary_member_id.strip(),
        pharmacy=p.pharmacy.name.strip(),
        office=p.provider_office.name.strip(),
        office_fax=p.provider_office.fax.strip(),
        office_contact=p.provider_office.contact.strip(),
        prepared=moment_words(now),
    )


def sheet_data(db: Database, case: CaseInfo, *, today: date, now: datetime) -> SheetData:
    """Gather the sheet for ``case``: ``today`` is the local date, ``now`` the stamp."""
    return sheet_from_snapshot(load_snapshot(db, case.id, today), now=now)


def sheet_from_snapshot(snapshot: CaseSnapshot, *, now: datetime) -> SheetData:
    """The sheet from what the window already shows: no second reading of the database."""
    case, today, entries, missing = snapshot.case, snapshot.today, snapshot.log, snapshot.missing
    docs = {d.id: d for d in snapshot.documents}
    decision = latest_decision(entries, docs, today)
    return SheetData(
        header=header(case, today, now),
        missing=tuple(_said_row(row, case.profile) for row in missing),
        log=tuple(log_rows(entries, missing, today, case.profile)),
        decision=decision,
        pa_status="" if decision else pa_status(entries, today, missing),
        contacts=contacts(case),
        last_call=last_call(snapshot.calls, today),
        case_folder=case.folder,
        today=today,
        unreviewed=len({p.document_id for p in snapshot.proposals}),
        language=language(),
    )


def _said_row(row: MissingRow, profile: CaseProfile) -> MissingRow:
    """A missing row as the sheet says it: in its language, the office named as the reader."""
    who = t(for_reader(row.who, profile))
    return replace(row, what=row_what(row), who=who, when=row_when(row))


# --- writing the sheet ----------------------------------------------------------------------


def check_sheet_target(path: Path, case_folder: str) -> Path:
    """The absolute file to write; a folder that is missing, or the case folder, is refused."""
    return private_files.checked_target(path, case_folder, "sheet")


def write_private_file(path: Path, content: bytes, case_folder: str) -> Path:
    """Write the sheet readable by the user only, all at once or not at all."""
    return private_files.write_private_file(path, content, case_folder, "sheet")
