"""Reading the key details out of a document: dates, numbers, deadlines and items.

Every finder returns the value and a short plain-words reason, so the window can say where
a value came from ("from 'Reference number: QF-123'").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.understand import explain
from organizer.core.understand.classify import score_patterns
from organizer.core.understand.dates import DateMention, find_dates, find_windows
from organizer.core.understand.found import Found, quote
from organizer.core.understand.rules import Pattern, Rules, may_match
from organizer.core.understand.text import CHECKED, UNCHECKED, Prepared


def _label_of(item: str) -> str:
    found = CHECKLIST_BY_KEY.get(item)
    return found.label.lower() if found else item.replace("_", " ")


def _weight(patterns: Iterable[Pattern], text: str) -> float:
    listed = tuple(patterns)
    if len(text) > SHORT:
        return sum(p.weight for p in may_match(listed, text) if p.regex.search(text))
    # Short texts (the words before a date, a list line) come back often: remembered.
    key = (id(listed), text)
    known = _SHORT_WEIGHTS.get(key)
    if known is None or known[0] is not listed:
        if len(_SHORT_WEIGHTS) > 20_000:
            _SHORT_WEIGHTS.clear()
        weight = sum(p.weight for p in may_match(listed, text) if p.regex.search(text))
        known = _SHORT_WEIGHTS[key] = (listed, weight)
    return known[1]


SHORT = 80
_SHORT_WEIGHTS: dict[tuple[int, str], tuple[tuple[Pattern, ...], float]] = {}


# ---------------------------------------------------------------------------------------
# Document date

_LETTERS = re.compile(r"[A-Za-z]")
_LOWER_WORD = re.compile(r"^[a-z]{2,}[,.;:]?$")


def _is_prose(line: str) -> bool:
    """A line of running text (a letter's paragraph), not a heading, letterhead or table."""
    tokens = line.split()
    if _HEADER_FIELD.match(line):
        return False  # "Re: Appeal of … date of service 05/04/2026": the letter's header
    return len(tokens) >= 8 and sum(bool(_LOWER_WORD.match(t)) for t in tokens) >= 6


_HEADER_FIELD = re.compile(r"^\s*(?:re|subject|regarding)\s*:", re.I)
# A "Re:" line, also as rebuilt after a table's label ("Appeals Department: Re: …").
_RE_LINE = re.compile(r"(?:^\s*|:\s+)(?:re|regarding)\s*:", re.I)


def _label_before(doc: Prepared, mention: DateMention, previous_end: int) -> tuple[str, bool]:
    """The words just before a date on its line, or the line above when the date starts
    its line. The flag says whether the label came from the line above."""
    index = doc.line_index(mention.start)
    start = max(doc.line_starts[index], previous_end)
    before = doc.text[start : mention.start]
    if _LETTERS.search(before):
        return before[-40:], False
    for above in range(index - 1, max(index - 3, -1), -1):
        line = doc.lines[above].strip()
        if line:
            return (line[-40:], True) if len(line) <= 45 else ("", False)
    return "", False


BIRTH_DATE_GAP_YEARS = 15
_SALUTATION = re.compile(r"^\s*(?:dear|to whom it may concern|estimad[oa]s?)\b", re.I)
# A dateline that names the place first ("Valle Bonito, 11 de febrero de 2026").
# "Valle Bonito, " or "Bahía Serena, a " before the date on a letter's dateline.
_PLACE_FIRST = re.compile(r"^\s*[^\W\d_]+(?:[ .'-]+[^\W\d_]+){0,4},\s*(?:a\s+)?$")
# A title in capitals just before a date on its line ("NOTICE OF RECEIPT - ").
_HEADING_LABEL = re.compile(r"^\s*[A-Z][A-Z0-9 '&/(),]{6,}[ ]*[-:|]\s*$")


# A title of three words or more on the line above a date, not a field's label ("Request:").
_TITLE_ABOVE = re.compile(r"^\s*(?:[^\W\d_][\w'&/-]*\s+){2,}[^\W\d_][\w'&/-]*\s*$")


# Words of a sentence, never of an e-mail's sender line ("Your visit is on Thu, ...").
_PROSE_WORDS = frozenset(
    {
        *("is", "are", "was", "on", "at", "by", "the", "your", "our", "for", "due", "until"),
        *("before", "after", "of", "will", "be", "call", "visit", "please"),
    }
)


def _words_before(line: str, written: str) -> list[str]:
    at = line.find(written)
    return [w.strip(",.:;") for w in line[:at].lower().split()] if at >= 0 else []


def _sent_line(line: str, written: str) -> bool:
    """An e-mail's sender and sent date on one line, the date last: "Quillfield Health
    <no-reply@quillfield.example> Thu, Feb 20, 2025, 4:17 PM" (OCR may garble the address
    into many letters). A few words, none of them a sentence's, then the date."""
    words = _words_before(line, written)
    return line.rstrip(" |").endswith(written) and 0 < len(words) <= 8


def _in_a_sentence(line: str, written: str) -> bool:
    """The date ends a sentence ("Your visit is on Thu, Feb 20, 2025, 4:17 PM")."""
    return any(word in _PROSE_WORDS for word in _words_before(line, written))


def document_date(doc: Prepared, rules: Rules) -> Found[date] | None:
    """The date the document was written, issued, reported or sent.

    Labels decide ("Statement date", "Reported", "Date of service"); a date alone on a line
    near the top is a letter's date; an e-mail's sent line beats the browser's print stamp.
    Dates of birth, coverage periods, collection dates and deadlines never count.
    """
    own_lines = len(doc.lines)  # rebuilt table lines go after the document's own
    doc = doc.with_tables()
    labels = rules.patterns("date_labels")
    mentions = find_dates(doc.text)
    best: tuple[float, DateMention, str, float] | None = None
    by_value: dict[date, float] = {}
    previous_end = 0
    total_lines = max(len(doc.lines), 1)
    first_prose = next((i for i, line in enumerate(doc.lines) if _is_prose(line)), len(doc.lines))
    # A date decades before the newest one in the text is a birth date (tables often part
    # the "DOB" label from its value), not the date the document was written.
    newest_year = max((m.value.year for m in mentions), default=0)
    # The first date, alone on its line near the top, is the letter's date even when a
    # letterhead's line of prose comes before it.
    # letterhead's line of prose comes before it, if no other date came first.
    salutation = next(
        (i for i, line in enumerate(doc.lines) if _SALUTATION.match(line)), len(doc.lines)
    )
    lone_first = -1
    re_lines = {i for i, line in enumerate(doc.lines) if _RE_LINE.search(line)}
    for m in mentions:
        if m.has_time:
            continue  # a fax machine's or browser's stamp
        line = doc.lines[doc.line_index(m.start)]
        at = doc.line_index(m.start)
        if at < min(30, salutation) and not _LETTERS.search(line.replace(m.text, "")):
            lone_first = m.start
        break
    for mention in mentions:
        label, from_above = _label_before(doc, mention, previous_end)
        previous_end = mention.end
        label_score = _weight(labels, label) if label else 0.0
        if from_above and label_score < 0 and _TITLE_ABOVE.match(label):
            label_score = 0.0  # "About Your Treatment Request" over the date: a title
        index = doc.line_index(mention.start)
        line = doc.lines[index]
        rest = line.replace(mention.text, "").strip(" |,-")
        score = label_score
        # A letter's date stands before its first paragraph; later lone dates are tables.
        near_top = index < min(30, first_prose) or mention.start == lone_first
        if label and not from_above and label_score == 0 and _HEADING_LABEL.match(label):
            if near_top or index < 12:
                score += 5.0  # "APPEAL ACKNOWLEDGMENT - MARCH 5, 2026": a title's date
        elif label and not from_above and label_score == 0 and _PLACE_FIRST.match(label):
            if index < 15 and line.strip().endswith(mention.text):
                score += 4.0  # "Valle Bonito, 11 de febrero de 2026": the place, then the date
        elif (from_above and label_score == 0) or not label:
            if not _LETTERS.search(rest) and near_top:
                score += 5.0  # a date on its own line: the letter's date
            elif line.strip().startswith(mention.text) and len(rest) <= 30 and near_top:
                score += 3.0
            elif not _LETTERS.search(rest) and own_lines - 3 <= index < own_lines:
                score += 3.0  # the date under the signature, on the last lines
        header_like = len(_LETTERS.findall(rest)) <= 25 or _sent_line(line, mention.text)
        header_like = label_score > 0 or (header_like and not _in_a_sentence(line, mention.text))
        if mention.has_time and mention.has_weekday and index < 15 and header_like:
            score += 9.0  # an e-mail's "sent" line
        elif mention.has_time and index < 2 and not mention.has_weekday:
            score -= 4.0  # a browser's or fax machine's print stamp
        score += 1.0 - index / total_lines
        if index in re_lines:
            score = min(score, 1.0)  # "Re: … date of service 05/04/2026": the subject's date
        if mention.value.year <= newest_year - BIRTH_DATE_GAP_YEARS:
            score -= 10.0
        by_value[mention.value] = max(score, by_value.get(mention.value, score))
        if best is None or score > best[0]:
            best = (score, mention, label, label_score)
    if best is None or best[0] < 2.5:
        return None
    score, mention, label, label_score = best
    others = sorted(
        ((s, v) for v, s in by_value.items() if v != mention.value and s > 0), reverse=True
    )
    margin = score - others[0][0] if others else 99.0
    sure = date_confidence(score, margin)
    candidates = tuple(v.isoformat() for _s, v in others[:2])
    if label_score > 0:
        reason = explain.DATE_LABELLED.format(f"{quote(label)} {mention.text}")
    elif mention.has_time and mention.has_weekday:
        reason = explain.DATE_SENT.format(mention.text)
    else:
        reason = explain.DATE_TOP.format(mention.text)
    return Found(mention.value, reason, sure, candidates)


def date_confidence(score: float, margin: float) -> float:
    """How sure a document date is: a clear label or a wide lead over the next date."""
    return min(1.0, 0.3 + 0.1 * max(score - 2.5, 0.0) + 0.15 * margin)


# ---------------------------------------------------------------------------------------
# Deadlines

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])|\n\s*\n")
# A new line that starts with a capital starts a new sentence or list item.
_CLAUSE_END = re.compile(r"[.!?](?=\s+[A-Z])|\n\s*\n|\n(?=[ \t]*[A-Z\u2610\u2612\-*\u2022])")


def _sentence_before(text: str, position: int, reach: int = 220) -> str:
    before = text[max(0, position - reach) : position]
    cuts = list(_CLAUSE_END.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    return " ".join(before.split())


def _sentence_around(text: str, start: int, end: int, reach: int = 250) -> str:
    return " ".join(text[max(0, start - reach) : end + reach].split())


_SEND_WORDS = re.compile(
    r"\b(?:send|sent|submit|provide|return|respond|reply|fax|receive|get\s+it|mail"
    r"|env[^\W\d_]|mand|present|devuelv|respond|entreg|recib)",
    re.I,
)


def due_date(
    doc: Prepared, rules: Rules, *, document_day: date | None, outcome: str | None
) -> Found[date] | None:
    """The calendar date by which the reader must act (send records, appeal).

    Only explicit dates count, or, for a request for information, a window counted from
    the letter's own date ("within 14 days of the date of this letter"). The payer's own
    deadlines ("we will decide by") are not due dates.
    """
    cues, blockers = rules.patterns("due_cues"), rules.patterns("due_blockers")
    for mention in find_dates(doc.text):
        before = _sentence_before(doc.text, mention.start)
        cue = next((c for c in may_match(cues, before) if c.regex.search(before)), None)
        if cue is None or any(b.regex.search(before) for b in may_match(blockers, before)):
            continue
        # A deadline before the letter was written is a misreading (or an old date).
        sure = 0.2 if document_day is not None and mention.value < document_day else 0.9
        return Found(
            mention.value,
            explain.DUE.format(f"{quote(before[-60:])} {mention.text}"),
            sure,
            (mention.value.isoformat(),),
        )
    if outcome != "info_requested" or document_day is None:
        return None
    for window in find_windows(doc.text):
        if window.anchor != "document":
            continue
        context = _sentence_before(doc.text, window.start) + " " + window.text
        if _SEND_WORDS.search(context):
            return Found(
                window.date_from(document_day),
                explain.DUE_WINDOW.format(quote(window.text)),
                0.8,
            )
    return None


def appeal_by(doc: Prepared, rules: Rules, *, document_day: date | None) -> Found[date] | None:
    """For a denial, the last day to appeal: a date, or a window counted from the letter."""
    appeal_cues, cues = rules.patterns("appeal_cues"), rules.patterns("due_cues")
    for mention in find_dates(doc.text):
        before = _sentence_before(doc.text, mention.start)
        if any(a.regex.search(before) for a in may_match(appeal_cues, before)) and any(
            c.regex.search(before) for c in may_match(cues, before)
        ):
            return Found(
                mention.value, explain.APPEAL.format(f"{quote(before[-60:])} {mention.text}")
            )
    if document_day is None:
        return None
    for window in find_windows(doc.text):
        if window.anchor != "document":
            continue
        context = _sentence_around(doc.text, window.start, window.end)
        appealed = any(a.regex.search(context) for a in may_match(appeal_cues, context))
        if appealed and "external" not in context.lower():
            return Found(
                window.date_from(document_day),
                explain.APPEAL_WINDOW.format(quote(window.text)),
            )
    return None


# ---------------------------------------------------------------------------------------
# Checklist items

_ZONE_END = re.compile(
    r"\b(?:sincerely|regards|questions\?|if you have (?:any )?questions"
    r"|atentamente|cordialmente|si tiene (?:alguna )?pregunta)",
    re.I,
)
_UNITS = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n")


def _items_in(text: str, rules: Rules, skip: Collection[str] = ()) -> list[str]:
    found: list[str] = []
    for key, item in rules.items.items():
        if key in skip:
            continue
        if _weight(item.mention, text) >= 2:
            found.append(key)
    return found


def requested_items(doc: Prepared, rules: Rules) -> Found[tuple[str, ...]]:
    """The checklist items a request letter asks for.

    Reads from the first request phrase ("please send", "records needed") to the signature.
    Sentences about what was already received are skipped; when the list has check boxes,
    only the checked ones count.
    """
    starts = [
        m.start()
        for c in may_match(rules.patterns("request_cues"), doc.text)
        for m in [c.regex.search(doc.text)]
        if m
    ]
    if not starts:
        return Found((), explain.ASKS_NO_PHRASE)
    begin = min(starts)
    end_match = _ZONE_END.search(doc.text, begin)
    zone = doc.text[begin : end_match.start() if end_match else begin + 2000]
    blockers = rules.patterns("request_blockers")
    # Boxes: when some are checked, only those count; when OCR kept only the empty ones,
    # everything else listed counts.
    only_checked = CHECKED in zone
    skip_unchecked = UNCHECKED in zone
    found: list[str] = []
    state: str | None = None
    carry_block = False
    for raw_line in zone.split("\n"):
        line = raw_line.strip()
        if line.startswith(CHECKED):
            state = "checked"
        elif line.startswith(UNCHECKED):
            state = "unchecked"
        elif not (line[:1].islower() or raw_line.startswith(" ")):
            state = None
        if (only_checked and state != "checked") or (skip_unchecked and state == "unchecked"):
            continue
        units = _UNITS.split(line)
        for number, unit in enumerate(units):
            # A sentence about what was received, broken over two lines, stays blocked.
            continued = number == 0 and carry_block and line[:1].islower()
            blocked = continued or any(b.regex.search(unit) for b in may_match(blockers, unit))
            carry_block = blocked and not unit.rstrip().endswith((".", "!", "?"))
            if blocked:
                continue
            for key in _items_in(unit, rules, skip=("prior_authorization",)):
                if key not in found:
                    found.append(key)
    order = list(rules.items)
    items = tuple(sorted(found, key=order.index))
    asked = ", ".join(_label_of(item) for item in items)
    return Found(items, explain.ASKS.format(asked) if items else explain.ASKS_NO_ITEM)


_RECEIVED_STOP = re.compile(
    r"\b(?:your request is|sincerely|we will|please|this letter|you can|questions|if\s)", re.I
)


def received_items(doc: Prepared, rules: Rules) -> tuple[str, ...]:
    """Items a letter says were received or acknowledged (an appeal counts as the prior
    authorization it appeals). When specific records were received, the prior
    authorization they were sent for is the context, not an item."""
    found: list[str] = []
    for cue in may_match(rules.patterns("received_cues"), doc.text):
        for match in cue.regex.finditer(doc.text):
            tail = doc.text[match.start() :]
            end = _SENTENCE_END.search(tail)
            sentence = tail[: end.start() if end else 300]
            if sentence.rstrip().endswith(":"):
                stop = _RECEIVED_STOP.search(tail, len(sentence))
                sentence = tail[: stop.start() if stop else len(sentence) + 400]
            for key in _items_in(sentence, rules):
                if key not in found:
                    found.append(key)
            if re.search(r"appeal", sentence, re.I) and "prior_authorization" not in found:
                found.append("prior_authorization")
    if len(found) > 1 and "prior_authorization" in found:
        found.remove("prior_authorization")
    order = list(rules.items)
    return tuple(sorted(found, key=order.index))


# Lines about what will happen ("we will check your benefits", "what happens next: a
# benefits check") promise an item; they are not the item.
_FUTURE_LINE = re.compile(
    r"^.*(?:\bwill\b|\bwhat happens next\b|\bnext steps?\b|\bfirst steps?\b).*$", re.I | re.M
)


# A diagnosis code given with its label: "ICD-10 D83.9", "ICD-10-CM code: G61.81",
# "Código CIE-10: K51.90" (a code alone, "CVID (D83.9)", is not enough).
_CODED_DIAGNOSIS = re.compile(
    r"\b(?:icd|cie)[- ]?10(?:[- ]?cm)?\b[^\S\n]*(?:code|c[oó]digo)?[^\S\n]*[:#]?\s{0,4}"
    r"[A-TV-Z]\d{2}(?:\.\w{1,4})?\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Fulfilment:
    items: tuple[str, ...]
    reason: str
    # "plan information" when an insurance document is plan material rather than a card
    # copy, "claim statement" for EOBs and summary notices.
    subtype: str | None = None


def fulfils(doc: Prepared, rules: Rules, kind: str, outcome: str | None) -> Fulfilment:
    """The checklist items this document itself can satisfy."""

    def score(key: str, weak: bool = False) -> float:
        item = rules.items[key]
        patterns = item.weak_fulfil if weak else item.fulfil
        return score_patterns(key, patterns, doc, rules.title_weight).score

    if kind == "referral":
        return Fulfilment(("prescription",), explain.AN_ORDER)
    if kind == "insurance":
        claim_patterns = rules.patterns("claim_statement")
        claims = score_patterns("claims", claim_patterns, doc, rules.title_weight).score
        card, plan = score("insurance_card"), score("insurance_card", weak=True)
        if claims >= 8 and claims > max(card, plan):
            return Fulfilment((), explain.CLAIM_NOT_PLAN, "claim statement")
        if plan > card:
            return Fulfilment(("insurance_card",), explain.PLAN_INFORMATION, "plan information")
        return Fulfilment(("insurance_card",), explain.CARD_COPY, "card")
    if kind == "letter":
        items: list[str] = []
        kept = _FUTURE_LINE.sub("", doc.text)
        same = kept == doc.text and doc.title_lines == rules.title_lines
        done = doc if same else Prepared(kept, rules.title_lines, normalized=True)
        checked = score_patterns(
            "benefits_verification",
            rules.items["benefits_verification"].fulfil,
            done,
            rules.title_weight,
        )
        if checked.score >= 5:
            items.append("benefits_verification")
        if outcome == "approved":
            items.append("prior_authorization")
        if score("signed_forms") >= 6:
            items.append("signed_forms")
        reason = explain.BENEFITS_RESULT if items[:1] == ["benefits_verification"] else ""
        if "signed_forms" in items:
            reason = (reason + "; " if reason else "") + explain.SIGNED_FORM
        if "prior_authorization" in items:
            reason = (reason + "; " if reason else "") + explain.APPROVAL
        return Fulfilment(tuple(items), reason or explain.FULFILS_NOTHING)
    if kind == "clinical":
        keys = [key for key, item in rules.items.items() if "clinical" in item.fulfil_kinds]
        scored = {key: score(key) for key in keys}
        best = max(keys, key=lambda key: scored[key])
        if scored[best] < 3:
            best = "clinical_notes"
        found: tuple[str, ...] = (best,)
        # A visit note that states the diagnosis with its ICD-10 code documents the
        # diagnosis as well ("Diagnóstico ... ICD-10 D83.9", "Código CIE-10: K51.90").
        if best == "clinical_notes" and scored[best] >= 3 and _CODED_DIAGNOSIS.search(doc.text):
            found = (best, "diagnosis")
        return Fulfilment(found, explain.READS_LIKE.format(best.replace("_", " ")))
    return Fulfilment((), explain.NOT_THIS_COVERAGE)
