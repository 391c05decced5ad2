"""Facts about decisions and timing that a letter states, read from its text.

What an approval covers ("from March 1, 2026 through August 31, 2026", "26 visits"), how
long the plan says it will take to decide ("we will make a decision within 14 days"), and
which kind of plan wrote it when the letter makes that plain. Nothing is guessed: a fact
the letter does not state is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from organizer.core.profile import PlanType
from organizer.core.understand.dates import find_dates, find_windows

_RANGE = re.compile(
    r"(?:valid|effective|approved|authori[sz]ed|covered|coverage|period|dates?)?[^.\n]{0,40}?"
    r"\bfrom\s+(?P<a>[^\n]{6,30}?)\s+(?:through|thru|to|until|-)\s+(?P<b>[^\n]{6,30})",
    re.I,
)
_VALID = re.compile(
    r"\b(?:valid|effective|approved|dates?\s+approved)\s*:?\s+"
    r"(?P<a>[0-9/.\-]{6,10}|[A-Z][a-z]+\.? \d{1,2},? \d{4})"
    r"\s+(?:to|through|thru|until|-)\s+(?P<b>[^\n]{6,30})",
    re.I,
)
_THROUGH = re.compile(
    r"\b(?:valid|effective|approved|authori[sz]ed)\s+(?:through|thru|until)\b", re.I
)
_TABLE = re.compile(r"valid\s+from\W+(?:valid\s+)?(?:through|thru|to|until)", re.I)
_QUANTITY = re.compile(
    r"(?<![\d/.])(?P<n>\d{1,3}(?:,\d{3})*)\s+(?P<unit>visits?|units?|doses?|infusions?|vials?|"
    r"treatments?|fills?|refills?|days?\s+supply|sessions?)\b(?:\s*\((?P<extra>[^)]{1,20})\))?",
    re.I,
)
_DECIDE = re.compile(
    r"\b(?:we|the plan|a decision|decisions?|our decision|review)\b[^.]{0,80}?"
    r"\b(?:decid|decision|review|respond|determination)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ApprovedPeriod:
    start: date | None
    end: date | None
    quantity: str


def _first_date(text: str) -> date | None:
    found = find_dates(text)
    return found[0].value if found else None


def approved_period(text: str) -> ApprovedPeriod:
    """The period and quantity an approval letter states, or empty values."""
    start = end = None
    match = _RANGE.search(text)
    if match:
        start, end = _first_date(match.group("a")), _first_date(match.group("b"))
        if start is None or end is None or end <= start:
            start = end = None
    if end is None:
        valid = _VALID.search(text)
        if valid:
            start, end = _first_date(valid.group("a")), _first_date(valid.group("b"))
            if start is None or end is None or end <= start:
                start = end = None
    if end is None:
        table = _TABLE.search(text)
        if table:
            dates = [m.value for m in find_dates(text[table.end() : table.end() + 400])][:2]
            if len(dates) == 2 and dates[1] > dates[0]:
                start, end = dates
    if end is None:
        through = _THROUGH.search(text)
        if through:
            end = _first_date(text[through.end() : through.end() + 40])
    quantity = ""
    approval = re.search(r"approv|authori[sz]", text, re.I)
    scope = text[approval.start() :] if approval else text
    found = _QUANTITY.search(scope)
    if found:
        quantity = f"{found.group('n')} {found.group('unit').lower()}"
        if found.group("extra"):
            quantity += f" ({found.group('extra').strip()})"
    return ApprovedPeriod(start, end, quantity)


def decision_window_days(text: str) -> int | None:
    """The days a letter says the plan takes to decide ("we will make a decision within
    14 days"), or None. Appeal windows and deadlines for the reader are not it."""
    best: int | None = None
    for window in find_windows(text):
        before = text[max(0, window.start - 120) : window.start]
        sentence = re.split(r"[.!?]\s", before)[-1]
        if re.search(r"appeal|must|please|send|ask|file|you", sentence, re.I):
            continue
        if not _DECIDE.search(sentence + " " + window.text):
            continue
        # Business days: add the weekends they span.
        days = window.days + 2 * ((window.days + 4) // 5) if window.business_days else window.days
        best = days if best is None else min(best, days)
    return best


_PLAN_WORDS: tuple[tuple[PlanType, re.Pattern[str]], ...] = (
    (PlanType.MEDICARE_PART_D, re.compile(r"\bPart D\b.{0,60}\bcoverage determination", re.I)),
    (PlanType.MEDICARE_ADVANTAGE, re.compile(r"\bMedicare Advantage\b", re.I)),
    (PlanType.MEDICAID, re.compile(r"\bMedicaid\b.{0,40}\b(?:plan|member|program)\b", re.I)),
    (
        PlanType.COMMERCIAL,
        re.compile(r"\bERISA\b|\bemployer[- ]sponsored\b|\bgroup health plan\b", re.I),
    ),
)


def plan_type_named(texts: list[str]) -> str:
    """The plan type the letters make plain, when they all point at one; else ""."""
    seen: set[str] = set()
    for text in texts:
        for plan, pattern in _PLAN_WORDS:
            if pattern.search(text):
                seen.add(plan.value)
                break
    return seen.pop() if len(seen) == 1 else ""


_SENT_EVIDENCE = re.compile(
    r"\b(?:fax(?:ed)?\s+(?:transmission|confirmation|sent|delivered)|transmission\s+(?:ok|result|report)"
    r"|confirmation\s+(?:number|of\s+submission)|submission\s+(?:receipt|confirmation)"
    r"|we\s+(?:have\s+)?received|has\s+been\s+received|was\s+received|receipt\s+of\s+your"
    r"|recibimos|hemos\s+recibido|(?:fue|fueron)\s+recibid[oa]s?|acuse\s+de\s+recibo)",
    re.I,
)


def sending_evidence(text: str) -> str:
    """How the text shows something was sent: "fax", "portal" or "mail"; "" when it doesn't."""
    if not _SENT_EVIDENCE.search(text):
        return ""
    if re.search(r"\bportal\b|\bonline\b|\belectr[oó]nic|\ben\s+l[ií]nea\b", text, re.I):
        return "portal"
    if re.search(r"\bfax", text, re.I):
        return "fax"
    return "mail"


# "the records your doctor sent on December 1, 2026", "faxed to us on 12/01/2026", "que su
# médico envió el 1 de diciembre de 2026": the day the papers went, stated by the receipt.
_SENT_ON = re.compile(
    r"\b(?:sent|faxed|mailed|submitted|uploaded|envi[oó]|enviad[oa]s?|recibid[oa]s?)\b"
    r"[^.\n]{0,30}?\b(?:on|el|the)\s+$",
    re.I,
)
_SENT_WITHIN_DAYS = 60


def sent_day(text: str, letter_day: date | None) -> date | None:
    """The day a receipt says the papers were sent, when it states one before its own date
    (within two months); else the letter's own date, the day they had surely arrived."""
    if letter_day is None:
        return None
    for mention in find_dates(text):
        before = text[max(0, mention.start - 60) : mention.start]
        if not _SENT_ON.search(before):
            continue
        if letter_day - timedelta(days=_SENT_WITHIN_DAYS) <= mention.value <= letter_day:
            return mention.value
    return letter_day
