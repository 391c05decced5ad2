"""How a document matches a log entry: words of its description, reference numbers, and
the cues that say what a letter is (a correction, an acknowledgement). Pure; used by the
proposals."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from organizer.core.records import LogEntryInfo
from organizer.core.understand.classify import score_patterns
from organizer.core.understand.dates import MONTHS
from organizer.core.understand.engine import CaseContext, Understanding
from organizer.core.understand.learned import words
from organizer.core.understand.parties import from_case_party, party_words
from organizer.core.understand.rules import Rules
from organizer.core.understand.scope import SERVICE_FILLER, names_something
from organizer.core.understand.text import Prepared, heading_lines, id_key

EARLY = timedelta(days=7)
OLD_RECORD = timedelta(days=365)
RELATED_AFTER = timedelta(days=45)


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A log entry proposed for a request that nothing in the log tracks yet."""

    item: str
    what: str
    requested_by: str
    requested_on: date | None
    due: date | None


@dataclass(frozen=True, slots=True)
class LinkProposal:
    """Link the document to entry ``log_id`` in ``role``, or create ``new_entry`` and link
    the document to it as the request. ``role`` is a LinkRole value."""

    role: str
    confidence: float
    reason: str
    log_id: int | None = None
    new_entry: NewEntry | None = None

    @property
    def key(self) -> str:
        """A stable name for what is proposed, to recognise a proposal the user dismissed."""
        target = str(self.log_id) if self.log_id is not None else f"new:{self.new_entry_item}"
        return f"{target}:{self.role}"

    @property
    def new_entry_item(self) -> str:
        return self.new_entry.item if self.new_entry else ""


def short(what: str) -> str:
    what = " ".join(what.split())
    return what if len(what) <= 60 else what[:57].rstrip() + "..."


@dataclass(frozen=True, slots=True)
class Doc:
    understanding: Understanding
    text_words: frozenset[str]
    day: date | None
    other_plan: bool
    text: str = ""
    from_party: bool = True
    # The case's parties ("payer", "provider", "pharmacy") its first lines name.
    head_parties: frozenset[str] = frozenset()


class RefKeys(frozenset[str]):
    """Reference numbers already made comparison keys (``id_key``), as a caller that keeps
    them for many documents passes them: not made again for every entry and document."""


def refs_match(doc: Doc, entry: LogEntryInfo, known: Mapping[int, Collection[str]]) -> bool:
    reference = doc.understanding.reference_number
    if not reference:
        return False
    key = id_key(reference)
    refs = known.get(entry.id, ())
    if key in (refs if isinstance(refs, RefKeys) else {id_key(r) for r in refs}):
        return True
    return key in {
        id_key(t) for t in re.findall(r"[A-Z0-9][A-Z0-9\-]{5,}", entry.what + " " + entry.notes)
    }


_MONTH_YEAR = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+((?:19|20)\d{2})\b", re.I
)


def _same_word(a: str, b: str) -> bool:
    """Plural and ending-tolerant word match: visit/visits, hospital/hospitalized."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 4


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")


def distinctive(entry: LogEntryInfo, rules: Rules) -> list[str]:
    """The words of an entry's description that tell it apart from any entry of its item.

    Short words count only when written as abbreviations (IgG, MRI, PICC).
    """
    generic = set(rules.items[entry.item].generic_words) if entry.item in rules.items else set()
    keep = set(words(entry.what))
    found: list[str] = []
    for token in _TOKEN.findall(entry.what):
        word = token.lower()
        if word not in keep or word in generic or word in MONTHS or word in found:
            continue
        if len(word) >= 4 or any(c.isupper() for c in token[1:]):
            found.append(word)
    return found


def what_matches(doc: Doc, entry: LogEntryInfo, rules: Rules) -> tuple[int, list[str]]:
    """How many distinctive words of the entry's description the document contains."""
    matched = [
        word
        for word in distinctive(entry, rules)
        if any(_same_word(word, w) for w in doc.text_words if w[:2] == word[:2])
    ]
    for month, year in _MONTH_YEAR.findall(entry.what):
        number = MONTHS[month.lower()]
        if doc.day and (doc.day.year, doc.day.month) == (int(year), number):
            matched.append(f"{month} {year}")
    return len(matched), matched


def prepare(understanding: Understanding, text: str, context: CaseContext) -> Doc:
    member = understanding.member_id
    known = {id_key(m) for m in context.member_ids}
    other_plan = bool(member and known and id_key(member) not in known)
    head = " ".join([line for line in text.splitlines() if line.strip()][:3]).lower()
    heads = frozenset(
        role
        for role, names in (
            ("payer", context.payers),
            ("provider", context.providers),
            ("pharmacy", context.pharmacies),
        )
        if any(all(w in head for w in party) for party in party_words(names))
    )
    return Doc(
        understanding=understanding,
        text_words=frozenset(words(text)),
        day=understanding.document_date,
        other_plan=other_plan,
        text=text,
        from_party=from_case_party(
            text, party_words((*context.payers, *context.providers, *context.pharmacies))
        )
        or _number_in_margins(text, context.numbers),
        head_parties=heads,
    )


_FAX_TO = re.compile(r"\s(?:->|→|TO)\s|\bTo:")


def _number_in_margins(text: str, numbers: tuple[str, ...]) -> bool:
    """Whether the first six or last eight written lines (a fax header, a letterhead, a
    signature) carry a phone or fax number of the case's own people."""
    if not numbers:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    # A fax header names where the fax went too ("FROM 608 555 0113 TO 608 555 0161"): only
    # what comes before the "TO" or arrow says who sent it.
    margins = (_FAX_TO.split(line, maxsplit=1)[0] for line in lines[:6] + lines[-8:])
    digits = "|".join("".join(c for c in line if c.isdigit()) for line in margins)
    return any(number in digits for number in numbers)


# A paper sent again to put right one sent before ("Rx CORRECTED - replaces Rx of 1/16"):
# still what was sent for the entry, though written after it was sent.
_CORRECTION = re.compile(
    r"\b(?:corrected|correction|replaces|replacing|revised|amended|corregid[oa]|reemplaza)\b",
    re.I,
)
# A plan's word that it received a request ("We received a request ... for home infusion").
_ACKNOWLEDGED = re.compile(
    r"\bwe\s+(?:have\s+)?received\b|\bhemos\s+recibido\b|\brecibimos\b", re.I
)
# What a prior authorization's papers are about: the authorization, its appeal or review.
_ABOUT_AUTHORIZATION = re.compile(
    r"authori[sz]|pre-?certif|\bappeal|independent\s+review|reconsideration|"
    r"coverage\s+determination|redetermination|autorizaci|apelaci",
    re.I,
)


# What was measured before the therapy began: an old record is then what is asked for.
_BASELINE = re.compile(
    r"\bpre-?treatment\b|\bbefore\s+(?:the\s+)?(?:treatment|therapy|starting)\b|\bbaseline\b",
    re.I,
)


def asks_for_baseline(what: str) -> bool:
    """Whether an entry asks for results from before treatment ("pre-treatment IgG level")."""
    return bool(_BASELINE.search(what))


# Words of a prior authorization's description about its course, not what it covers.
_COURSE_WORDS = frozenset(
    ("appeal", "appeals", "review", "request", "decision", "plan", "prior", "through")
)


def names_authorized_services(
    doc: Doc,
    entries: Sequence[LogEntryInfo],
    rules: Rules,
    context: CaseContext,
    needed: int = 2,
) -> bool:
    """Whether a letter names at least ``needed`` things a prior authorization entry covers
    ("per diem", "nursing visits"), besides the plan's and offices' names: a decision on
    the case's services that does not name the drug is still about this case."""
    party = {
        w
        for names in party_words((*context.payers, *context.providers, *context.pharmacies))
        for w in names
    }
    coded = coded_services(doc.text)
    for entry in entries:
        if entry.item != "prior_authorization":
            continue
        matched = what_matches(doc, entry, rules)[1]
        named = {
            w
            for w in matched
            if names_something(w)
            and w not in party
            and w not in _COURSE_WORDS
            and w not in SERVICE_FILLER
        }
        named |= coded & set(distinctive(entry, rules))
        if len(named) >= needed:
            return True
    return False


# Billing codes of home infusion services, by the word an entry would name them with: a
# portal printout or a claim lists "99601" and "S9338" where a letter says "nursing visit"
# and "per diem".
_SERVICE_CODES = (
    (re.compile(r"\b9960[12]\b"), "nursing"),
    (re.compile(r"\bS9(?:3[2-7]\d|49\d|50[0-4])\b", re.I), "diem"),
)


def coded_services(text: str) -> set[str]:
    """The service words the billing codes in ``text`` stand for."""
    return {word for code, word in _SERVICE_CODES if code.search(text)}


def corrects(text: str) -> bool:
    """Whether the paper says it corrects or replaces one sent before."""
    return bool(_CORRECTION.search(text))


def acknowledges_authorization(text: str) -> bool:
    """Whether a letter says a request for authorization, appeal or review was received."""
    return bool(_ACKNOWLEDGED.search(text) and _ABOUT_AUTHORIZATION.search(text))


def _letterhead(doc: Doc) -> set[str]:
    """The words of the paper's first three written lines (its letterhead: who wrote it)."""
    return set(words(" ".join([line for line in doc.text.splitlines() if line.strip()][:3])))


def letterhead_words(doc: Doc, entry: LogEntryInfo, rules: Rules) -> int:
    """How many distinctive words of the entry's description the paper's letterhead
    contains."""
    said = _letterhead(doc)
    return sum(1 for w in distinctive(entry, rules) if any(_same_word(w, s) for s in said))


def service_words(entry: LogEntryInfo, rules: Rules) -> list[str]:
    """The distinctive words of an entry's description, without how a request goes."""
    return [w for w in distinctive(entry, rules) if w not in _COURSE_WORDS]


def names_writer(doc: Doc, entry: LogEntryInfo, rules: Rules) -> bool:
    """Whether the entry's description names the paper's writer: a word of it that names
    something ("Lanternfield", "determination"), not how a request goes ("appeal"), in
    its letterhead. A letter from another of the patient's plans belongs to an entry that
    names that plan."""
    said = _letterhead(doc)
    return any(
        _same_word(w, s) for w in service_words(entry, rules) if names_something(w) for s in said
    )


def names_source(doc: Doc, entry: LogEntryInfo, rules: Rules) -> bool:
    """Whether the entry's description names where the paper comes from, what it is or when
    it was written: a distinctive word of it ("hospital", a clinic's name, "history and
    physical") in the paper's first three lines or its headings, or the paper's month ("the
    August 2024 hospital stay")."""
    day = doc.day
    for month, year in _MONTH_YEAR.findall(entry.what):
        if day and (day.year, day.month) == (int(year), MONTHS[month.lower()]):
            return True
    lines = doc.text.splitlines()
    head = [line for line in lines if line.strip()][:3] + heading_lines(lines)
    said = set(words(" ".join(head)))
    return any(_same_word(w, s) for w in distinctive(entry, rules) for s in said)


_PAGE_LINES = 20


def plan_material(doc: Doc, rules: Rules) -> bool:
    """Whether an insurance paper is plan material rather than a copy of a card: read so, or
    read as a card while it is a page long (a card holds a dozen lines) and shows neither a
    member ID nor anything of a card (a list of the services that need approval)."""
    u = doc.understanding
    if u.subtype == "plan information":
        return True
    if u.subtype != "card" or u.member_id or "insurance_card" not in rules.items:
        return False
    if sum(1 for line in doc.text.splitlines() if line.strip()) < _PAGE_LINES:
        return False
    prepared = Prepared(doc.text, rules.title_lines)
    item = rules.items["insurance_card"]
    return score_patterns("insurance_card", item.fulfil, prepared, rules.title_weight).score == 0
