"""Deciding what a document is, what a letter says, and who sent it, with the reasons.

Each decision adds up the weights of the rule phrases found in the text. Phrases in the
document's title zone (its first lines) count more. The phrases that decided are kept as
plain-words reasons the window can show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from organizer.core.understand import explain
from organizer.core.understand.dates import find_dates
from organizer.core.understand.rules import KINDS, Pattern, Rules, may_match
from organizer.core.understand.text import Prepared, flat

HEALTH_KINDS = ("referral", "insurance", "letter", "clinical")
MAX_REASONS = 4


@dataclass(frozen=True, slots=True)
class Score:
    """How strongly the text points to one label, and the phrases that said so."""

    label: str
    score: float
    found: tuple[tuple[str, float], ...] = ()

    def phrases(self, limit: int = MAX_REASONS) -> tuple[str, ...]:
        """The strongest phrases found, quoted as they appear in the document."""
        ranked = sorted(self.found, key=lambda pair: -pair[1])
        seen: list[str] = []
        for phrase, _weight in ranked:
            if phrase not in seen:
                seen.append(phrase)
            if len(seen) == limit:
                break
        return tuple(seen)


def _quote(match: re.Match[str]) -> str:
    return flat(match.group(0)).strip(" :#.,;")[:60]


def score_patterns(
    label: str,
    patterns: Sequence[Pattern],
    doc: Prepared,
    title_weight: float,
    *,
    text: str | None = None,
    title_end: int | None = None,
) -> Score:
    """Add up the weights of the patterns found; each pattern counts once.

    A pattern first found in the title zone counts ``title_weight`` times.
    """
    body = doc.text if text is None else text
    limit = doc.title_end if title_end is None else title_end
    total = 0.0
    found: list[tuple[str, float]] = []
    for pattern in may_match(tuple(patterns), body):
        match = pattern.regex.search(body)
        if match is None:
            continue
        in_title = match.start() < limit
        if pattern.title_only and not in_title:
            continue
        weight = pattern.weight * (title_weight if in_title else 1.0)
        total += weight
        if weight > 0:
            found.append((_quote(match), weight))
    return Score(label, total, tuple(found))


@dataclass(frozen=True, slots=True)
class Decision:
    label: str
    reasons: tuple[str, ...]
    scores: tuple[Score, ...] = ()
    # How sure the decision is (0 to 1), and the label that came closest.
    confidence: float = 1.0
    runner_up: str | None = None


# A sender's address in angle brackets; OCR may read a dot of its domain as a space
# ("<no-reply@notify quillfieldhealth.example>").
_EMAIL_SENDER = re.compile(r"<[^@\s<>]+@[^@\s<>]+(?: [^@\s<>]+){0,2}>|^\s*from\s*:.*@", re.I | re.M)
_EMAIL_OTHER = re.compile(
    r"^\s*(?:to\s*:|to\s+me\b|sent\s*:|subject\s*:|date\s*:)|\b(?:mailbox|inbox)\b", re.I | re.M
)
FORM_CAP = 6.0
NO_FORM_FACTOR = 0.75


def is_email(doc: Prepared) -> bool:
    """True for an e-mail printed to PDF: a sender address and other mail headers."""
    # Both forms of a sender hold an "@": a text without one is no e-mail (and is not scanned).
    text = doc.text
    return "@" in text and bool(_EMAIL_SENDER.search(text) and _EMAIL_OTHER.search(text))


def _without_requests(doc: Prepared, rules: Rules) -> str:
    """The text with request lists blanked out: items a letter asks for ("letter of
    medical necessity", "lab results") say nothing about what the letter itself is."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for cue in may_match(rules.patterns("request_cues"), text):
        if cue.weight < 3:
            continue
        for match in cue.regex.finditer(text):
            spans.append((match.end(), min(len(text), match.end() + 800)))
    if not spans:
        return text
    # Blank each stretch the spans cover once (they overlap when cues come close).
    pieces: list[str] = []
    done = 0
    for start, end in _merged(spans):
        pieces.append(text[done:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text the spans cover, in order, without overlaps."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        elif end > start:
            out.append((start, end))
    return out


def decide_kind(doc: Prepared, rules: Rules) -> Decision:
    """The document kind from the rules alone, with the phrases that decided it.

    The form of a letter (a salutation, a signature) adds a little to the "letter" score,
    and only once the content is about health coverage: a bank's letter is not
    correspondence about this coverage. An e-mail about the coverage is a letter.
    """
    masked = _without_requests(doc, rules)
    scores = {
        kind: score_patterns(
            kind,
            rules.kinds[kind],
            doc,
            rules.title_weight,
            text=None if kind in ("letter", "other") else masked,
        )
        for kind in KINDS
    }
    heading = doc.heading
    if heading and rules.headings:
        for kind in KINDS:
            titled = score_patterns(kind, rules.headings.get(kind, ()), doc, 1.0, text=heading)
            if titled.score > 0:
                quoted = tuple((f"title: {p}", w) for p, w in titled.found)
                base = scores[kind]
                scores[kind] = Score(kind, base.score + titled.score, quoted + base.found)
    content = max((scores[kind] for kind in HEALTH_KINDS), key=lambda s: s.score)
    form = score_patterns("letter", rules.patterns("letter_form"), doc, rules.title_weight)
    letter = scores["letter"]
    email = is_email(doc)
    # Correspondence has a letter's form (a request form to the plan is one); without one,
    # payer words are plan text.
    shaped = letter.score if form.score > 0 or email else letter.score * NO_FORM_FACTOR
    if form.score <= 0 and not email and _request_form_title(doc, rules) is not None:
        shaped = letter.score
    scores["letter"] = Score(
        "letter", shaped + min(form.score, FORM_CAP), letter.found + form.found
    )
    health = max((scores[kind] for kind in HEALTH_KINDS), key=lambda s: s.score)
    other = scores["other"]
    ordered = tuple(scores[kind] for kind in KINDS)
    if content.score < rules.kind_min_score:
        found = tuple(explain.FOUND.format(p) for p in other.phrases())
        return Decision("other", (explain.LITTLE_HEALTH, *found), ordered)
    if other.score >= rules.other_share * health.score:
        reasons = tuple(explain.FOUND.format(p) for p in other.phrases())
        return Decision("other", (explain.NOT_HEALTH, *reasons), ordered)
    if email:
        reasons = tuple(explain.FOUND.format(p) for p in content.phrases(3))
        return Decision("letter", (explain.EMAIL, *reasons), ordered)
    return Decision(health.label, tuple(explain.FOUND.format(p) for p in health.phrases()), ordered)


# ---------------------------------------------------------------------------------------
# Sender

_EMAIL_FROM = re.compile(r"^.*<[^@\s<>]+@[^@\s<>]+>.*$|^\s*from\s*:.*$", re.I | re.M)
_CC_LINE = re.compile(r"^\s*(?:cc|bcc|enclosures?|enclosed|attachments?)\b", re.I)


def is_date_line(line: str) -> bool:
    """True when a line is mostly one date, as the date line of a letter is."""
    mentions = find_dates(line)
    if len(mentions) != 1:
        return False
    rest = line.replace(mentions[0].text, "")
    return len(re.sub(r"[^A-Za-z]", "", rest)) <= 3


_RECIPIENT = re.compile(r"^\s*(?:to|re|attn|attention|subject)\b\s*:?|^\s*dear\b", re.I)
_SIGN_OFF = re.compile(
    r"^\s*(?:sincerely|regards|respectfully|thank you|warm regards|best regards|"
    r"kind regards|yours truly|yours sincerely"
    r"|atentamente|cordialmente|sinceramente|respetuosamente|saludos cordiales)\b",
    re.I,
)


# A form's field that names what was asked for, who gives it or why ("Provider: … Home
# Infusion", "Description of service: home infusion", "Explanation of Basis for
# Determination: …"): the notice's subject, not its writer.
_SUBJECT_FIELD = re.compile(
    r"^\s*(?:[\w/'-]+\s+){0,3}?(?:service|services|description|provider|facility|drug|"
    r"medication|treatment|item|diagnosis|amount|requested|explanation|reason|basis|findings|"
    r"background)\b[^:\n]{0,30}:",
    re.I,
)


# A sentence's continuation ("request for home infusion nursing visits."), not a
# signature's name or title.
_RUNNING_TEXT = re.compile(r"^\s*[a-z]")


def _sender_zones(doc: Prepared) -> list[tuple[str, float]]:
    """Where a sender shows itself, with how much each place counts: the letterhead (the
    lines before the date, the recipient or the first paragraph; its first lines most),
    the signature after the sign-off, and an e-mail's sender line."""
    lines = [line for line in doc.lines if line.strip()]
    head: list[str] = []
    for line in lines[:8]:
        if is_date_line(line) or _RECIPIENT.match(line) or len(line.split()) > 12:
            break
        if not _SUBJECT_FIELD.match(line):
            head.append(line)
    sign_offs = [i for i, line in enumerate(lines) if _SIGN_OFF.match(line)]
    if sign_offs:
        tail_lines = lines[sign_offs[-1] + 1 :][:8]
    else:
        # No sign-off: the last lines may be a signature, but not a sentence's continuation.
        tail_lines = [line for line in lines[-5:] if not _RUNNING_TEXT.search(line)]
    tail = [
        line
        for line in tail_lines
        if not (_CC_LINE.match(line) or _RECIPIENT.match(line) or _SUBJECT_FIELD.match(line))
    ]
    senders = "\n".join(m.group(0) for m in _EMAIL_FROM.finditer(doc.text))
    return [
        ("\n".join(head[:3]), 3.0),
        ("\n".join(head[3:]), 1.0),
        ("\n".join(tail), 1.5),
        (senders, 3.0),
    ]


def decide_sender(
    doc: Prepared,
    rules: Rules,
    *,
    known: Iterable[tuple[str, str]] = (),
    patient_name: str = "",
) -> Decision:
    """Who wrote the document: payer, provider, pharmacy, patient or other.

    ``known`` pairs a name from the case profile (the payer, the provider office, the
    pharmacy) with its sender role; a known name in the letterhead or signature counts most.
    The decision's scores list every role's total, for callers that need the margin.
    """
    zones = [(zone, factor) for zone, factor in _sender_zones(doc) if zone]
    totals: dict[str, float] = dict.fromkeys(rules.senders, 0.0)
    phrases: dict[str, list[tuple[str, float]]] = {}
    for role, patterns in rules.senders.items():
        for zone, factor in zones:
            score = score_patterns(role, patterns, doc, 1.0, text=zone, title_end=0)
            totals[role] += score.score * factor
            phrases.setdefault(role, []).extend((p, w * factor) for p, w in score.found)
    for name, role in known:
        name_flat = flat(name)
        if len(name_flat) < 4:
            continue
        for zone, factor in zones:
            if name_flat in flat(zone):
                totals[role] = totals.get(role, 0.0) + 8.0 * factor
                phrases.setdefault(role, []).append((name, 8.0 * factor))
    tail = _sender_zones(doc)[2][0]
    signed_by_patient = bool(patient_name) and flat(patient_name) in flat(tail)
    organisation = any(totals.get(r, 0.0) >= 6 for r in ("payer", "provider", "pharmacy"))
    if signed_by_patient and len(patient_name) > 3 and not organisation:
        totals["patient"] = totals.get("patient", 0.0) + 10.0
        phrases.setdefault("patient", []).append((patient_name, 10.0))
    scores = tuple(
        Score(role, total, tuple(phrases.get(role, ()))) for role, total in totals.items()
    )
    best = max(scores, key=lambda s: s.score)
    if best.score < 3.0:
        return Decision("other", (explain.NO_SENDER,), scores)
    return Decision(best.label, tuple(explain.FOUND.format(p) for p in best.phrases(3)), scores)


# ---------------------------------------------------------------------------------------
# Letter outcome

DECISIONS = ("approved", "denied", "info_requested")


def _clearly_not_payer(sender: Decision) -> bool:
    """True when the pharmacy, the doctor's office or the patient clearly wrote it."""
    if sender.label not in ("provider", "pharmacy", "patient"):
        return False
    totals = {s.label: s.score for s in sender.scores}
    return totals.get(sender.label, 0.0) >= 2 * totals.get("payer", 0.0)


_HEALTH_WORDS = re.compile(
    r"\b(?:prior\s+authori[sz]ation|pre-?certification|precert|medical(?:ly)?|medications?|"
    r"drugs?|infusions?|therap(?:y|ies)|treatments?|health\s+plan|insurance|medicare|"
    r"medicaid|pharmacy|physician|prescri\w+|diagnos\w+|clinical|nursing|formulary|"
    r"hospital|health|utilization|authori[sz]ation|immune\s+globulin|ivig|scig|dose|"
    r"nurse|patient|member\s+id"
    # Spanish: autorización previa, médico, medicamento, infusión, terapia, seguro...
    r"|autorizaci\w+|m\w?dic[oa]s?|medicamentos?|infusi\w+|terapias?|tratamientos?|seguro"
    r"|plan\s+de\s+salud|farmacia|inmunoglobulina|enfermer\w+|paciente|diagn\w?stico)\b",
    re.I,
)


def about_health(doc: Prepared) -> bool:
    """True when a text talks about health coverage (a plan, a drug, a therapy, a
    service, an authorization). Approvals of anything else decide nothing."""
    return _HEALTH_WORDS.search(doc.text) is not None


def decide_outcome(doc: Prepared, rules: Rules, sender: Decision) -> Decision:
    """What a letter says: approved, denied, information requested, or information only.

    Only a payer decides or asks for records; letters from the pharmacy or the doctor's
    office are information, even when they talk about an approval or a denial.
    """
    form = _request_form_title(doc, rules)
    if form is not None:
        # The enrollee's own request (an appeal or coverage request form, filled in): it
        # quotes the plan's denial, but decides nothing itself.
        return Decision("informational", (explain.FOUND.format(form),))
    scores = {
        outcome: score_patterns(outcome, patterns, doc, rules.title_weight)
        for outcome, patterns in rules.outcomes.items()
    }
    ranked = sorted((scores[o] for o in DECISIONS), key=lambda s: -s.score)
    if _clearly_not_payer(sender):
        plain = explain.WRITERS.get(sender.label, explain.WRITERS["patient"])
        relayed = next(
            (
                m
                for c in may_match(rules.patterns("relay_cues"), doc.text)
                for m in [c.regex.search(doc.text)]
                if m
            ),
            None,
        )
        top = ranked[0]
        if relayed is not None and top.label in ("approved", "denied") and top.score > 0:
            # A message that passes on the plan's decision takes that decision.
            said = explain.RELAYED.format(plain, _quote(relayed))
            return Decision(top.label, (said,))
        return Decision("informational", (explain.WRITTEN_BY.format(plain),))
    ranked = sorted((scores[o] for o in DECISIONS), key=lambda s: -s.score)
    best, second = ranked[0], ranked[1]
    info = scores["informational"]
    if best.score >= rules.outcome_min_score and best.score > info.score:
        rival = second if second.score >= info.score else info
        sure = outcome_confidence(best.score, rival.score)
        reasons = tuple(explain.FOUND.format(p) for p in best.phrases())
        return Decision(best.label, reasons, confidence=sure, runner_up=rival.label)
    reasons = tuple(explain.FOUND.format(p) for p in info.phrases()) or (explain.NO_DECISION,)
    sure = outcome_confidence(info.score + rules.outcome_min_score, best.score)
    return Decision("informational", reasons, confidence=sure, runner_up=best.label)


def _request_form_title(doc: Prepared, rules: Rules) -> str | None:
    """The title of a request form (its first lines name it: "Request for Redetermination
    of …"), or None for a notice, a letter or anything else."""
    title = [line.strip() for line in doc.lines if line.strip()][:3]
    for line in title:
        for cue in rules.patterns("request_form_titles"):
            if cue.regex.match(line):
                return _quote_line(line)
    return None


def _quote_line(line: str) -> str:
    return line if len(line) <= 80 else line[:77].rstrip() + "…"


def outcome_confidence(winner: float, rival: float) -> float:
    """Sure when the winning outcome's phrases clearly outweigh the next one's."""
    if rival <= 0:
        return 1.0
    return min(1.0, 0.2 + 0.6 * (winner - rival) / max(winner, 1.0) + 0.02 * winner)
