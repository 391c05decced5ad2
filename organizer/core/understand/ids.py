"""Reading identifiers: the reference number that names a document or its case, and the
member ID, paired with their labels across line breaks, table cells and slashes."""

from __future__ import annotations

import re
from collections.abc import Collection

from organizer.core.understand import explain
from organizer.core.understand.dates import find_dates
from organizer.core.understand.found import Found, quote
from organizer.core.understand.rules import Pattern, Rules, may_match
from organizer.core.understand.text import Prepared, id_key, repair_id

_ID = r"[A-Z0-9$](?:[A-Z0-9\-]|(?<=[0-9])[lo|](?=[0-9]))*"
_LEAD = r"(?:\s*(?:number|no\.|#|:|\.|-|\||/|[=_~\[({\-\u2013\u2014\u00ab\u00bb]+)\s*){0,3}?"
_VALUE = re.compile(
    _LEAD
    + r"(?:[ \t]+(?:is|was|of|es|fue))?[ \t]*\n?[ \t]*(?P<id>"
    + _ID
    + r"(?:[ ](?=\d{1,3}(?:-|\s|$))\d[A-Z0-9\-]*)?)(?P<after>.?)"
)
_PHONE = re.compile(r"^(?:1-)?(?:\d{3}-)?\d{3}-\d{4}$")
# An ID printed in three or four spaced groups ("CDS 660 214 930", "1EG4 TE5 MK72",
# "XYZ 123456789 01"): each group after the first has a digit, and the ID ends its line or
# its table cell, so a following word ("Group 0471920") is never taken into it.
_GROUPED = re.compile(
    _LEAD + r"[ \t]*\n?[ \t]*(?P<id>[A-Z0-9]{2,10}(?:[ ](?=[A-Z]*[0-9])[A-Z0-9]{2,10}){2,3})"
    r"(?=[ \t]*(?:\n|$)|[ \t]{2,})"
)
_SPACED_PHONE = re.compile(r"(?:1 )?\d{3} \d{3} \d{4}")
# A table cell: words kept apart by single spaces; two or more spaces end the cell.
_CELL = re.compile(r"\S+(?: \S+)*")
_CELL_ID = re.compile(r"[A-Z0-9][A-Z0-9\-]{3,}")
_HEADING_END = re.compile(r"[ :#.]*")

_MASKED = re.compile(r"[*]|XXX")


def _plausible_id(token: str, *, min_digits: int) -> bool:
    alnum = re.sub(r"[^A-Z0-9]", "", token)
    digits = sum(c.isdigit() for c in alnum)
    if len(alnum) < 5 or digits < min_digits or _PHONE.match(token) or _MASKED.search(token):
        return False
    return not find_dates(token)


def _labelled_ids(
    doc: Prepared, labels: tuple[Pattern, ...], *, min_digits: int
) -> list[tuple[float, int, str, str]]:
    """(weight, position, value, label text) for every ID that follows one of the labels."""
    found: list[tuple[float, int, str, str]] = []
    for pattern in may_match(labels, doc.text):
        for match in pattern.regex.finditer(doc.text):
            if not _may_have_value(doc.text, match):
                continue  # a label in running text ("member services"): nothing follows it
            if _FORM_NUMBER.search(doc.text, max(0, match.start() - 12), match.start()):
                continue  # "OMB No. 0938-0566" numbers a form, not this case
            token = _value_after(doc.text, match)
            if token is None or not _plausible_id(token, min_digits=min_digits):
                continue
            found.append((pattern.weight, match.start(), repair_id(token), match.group(0)))
    return found


# What ``_LEAD`` and the words after it may pass over before a value: whitespace and the
# lead's marks. A value (``_VALUE``, ``_GROUPED``) starts where they end, or after one of
# the lead's words ("number", "no.", "is", ...), which then starts there.
_LEAD_GAP = re.compile(r"[\s#:.|/=_~\[({\-\u2013\u2014\u00ab\u00bb]*")
_LEAD_WORDS = ("number", "no.", "is", "was", "of", "es", "fue")
_VALUE_START = re.compile(r"[A-Z0-9$]")


def _may_have_value(text: str, match: re.Match[str]) -> bool:
    """False only where ``_value_after`` finds nothing for certain: no value can start
    after the label, it is no paired label, and the next line holds no cell for it."""
    end = match.end()
    if "/" in match.group(0) or text.startswith(" /", end):
        return True
    at = _LEAD_GAP.match(text, end)
    assert at is not None  # it matches the empty string
    start = at.end()
    if _VALUE_START.match(text, start) or text.startswith(_LEAD_WORDS, start):
        return True
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    following = text.find("\n", line_end + 1)
    row_end = following if following >= 0 else len(text)
    return _VALUE_START.search(text, line_end + 1, row_end) is not None


_FORM_NUMBER = re.compile(r"\b(?:omb|form)\b[ \t.:#]{0,3}\Z", re.I)
_SLASH = re.compile(r"\s/\s")


def _value_after(text: str, match: re.Match[str]) -> str | None:
    """The ID printed after a label: on its line or the next, or, for a paired label
    ("Payer / ID" over "Mesquite Crest / MQC730418862"), the part after the slash."""
    under = _under_header(text, match)
    if under is not None:
        return under
    grouped = _GROUPED.match(text, match.end())
    if grouped is not None:
        # A phone number in groups ("800 555 0162") is no ID, nor any part of it.
        return None if _SPACED_PHONE.fullmatch(grouped.group("id")) else grouped.group("id")
    value = _VALUE.match(text, match.end())
    lone = value is not None and len(value.group("id")) == 1
    if value is not None and lone and text[value.end("id") : value.end("id") + 1] == " ":
        # A box or bar OCR read as one character ("Order# 0 OPAT-26-0306-12"): the ID follows.
        value = _VALUE.match(text, value.end("id")) or value
    if value is not None and value.group("after") != "*":
        token: str = value.group("id").rstrip("-").replace(" ", "")
        if len(re.sub(r"[^A-Z0-9]", "", token)) >= 5:
            return token
    if "/" not in match.group(0) and not text.startswith(" /", match.end()):
        return None
    line_end = text.find("\n", match.end() + 1)
    rest = text[match.end() : line_end if line_end >= 0 else len(text)].strip(" :/|")
    if not rest:
        following = text.find("\n", line_end + 1) if line_end >= 0 else -1
        rest = (
            text[line_end + 1 : following if following >= 0 else len(text)] if line_end >= 0 else ""
        )
    parts = [part.strip(" |") for part in _SLASH.split(rest.strip())]
    if len(parts) < 2:
        return None
    # Pair by position: the value under the label's "ID" part ("Member ID / group").
    names = [name.strip() for name in match.group(0).split("/")]
    wanted = next((i for i, n in enumerate(names) if _ID_WORD.search(n)), len(parts) - 1)
    paired = parts[wanted] if len(names) == len(parts) else parts[-1]
    return paired if _SLASH_VALUE.fullmatch(paired) else None


def _under_header(text: str, match: re.Match[str]) -> str | None:
    """The value under a label in a row of column headings ("Member ID   Reference #" over
    "ABC123456   PA-2233"; a portal's table row): the cell in the same column of the next
    line. Only for a heading row with no digits, over a row with as many cells."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    if end < 0:
        return None
    heading = text[start:end]
    cells = list(_CELL.finditer(heading))
    if len(cells) < 2 or any(c.isdigit() for c in heading):
        return None
    column = next(
        (i for i, cell in enumerate(cells) if cell.start() <= match.start() - start < cell.end()),
        None,
    )
    if column is None or not _HEADING_END.fullmatch(
        heading, match.end() - start, cells[column].end()
    ):
        return None  # the cell says more than the label, or the label runs over two cells
    following = text.find("\n", end + 1)
    row = list(_CELL.finditer(text[end + 1 : following if following >= 0 else len(text)]))
    if len(row) != len(cells):
        return None
    value = row[column].group(0)
    return value if _CELL_ID.fullmatch(value) else None


_ID_WORD = re.compile(r"\b(?:id|i\.d\.|#|number|no\.?)(?:\s|$)", re.I)
_SLASH_VALUE = re.compile(r"[A-Z0-9][A-Z0-9\-]{1,5}(?: ?[0-9][0-9\-]{3,})?|[A-Z0-9][A-Z0-9\-]{4,}")


def reference_number(
    doc: Prepared, rules: Rules, *, not_these: Collection[str] = ()
) -> Found[str] | None:
    """The number that names this document or its case: authorization, appeal, case,
    reference, claim, referral, order or accession number. Member IDs, group numbers,
    MRNs and policy numbers are not reference numbers."""
    doc = doc.with_tables()
    excluded = {id_key(v) for v in not_these if v}
    candidates = [
        c
        for c in _labelled_ids(doc, rules.patterns("reference_labels"), min_digits=2)
        if id_key(c[2]) not in excluded
    ]
    if not candidates:
        bare = _BARE_CASE.search(doc.text, 0, _top(doc.text))
        if bare is None or id_key(bare.group("id")) in excluded:
            return None
        # A decision may name its case by a bare code at its top ("FCP/219931"), no label.
        return Found(bare.group("id"), explain.REFERENCE.format(bare.group("id")), 0.6)
    *_, value, label = max(candidates, key=lambda c: (c[0], -c[1]))
    sure, others = id_confidence(candidates, value)
    return Found(value, explain.REFERENCE.format(f"{quote(label)} {value}"), sure, others)


# A hearing office's case code alone on a line: program letters, a slash, the number.
_BARE_CASE = re.compile(r"^[ \t]*(?P<id>[A-Z]{2,6}/\d{5,8})[ \t]*$", re.M)
_TOP_LINES = 15


def _top(text: str) -> int:
    """Where the first lines of the page (its heading block) end."""
    at = 0
    for _ in range(_TOP_LINES):
        at = text.find("\n", at) + 1
        if at == 0:
            return len(text)
    return at


def id_confidence(
    candidates: list[tuple[float, int, str, str]], value: str
) -> tuple[float, tuple[str, ...]]:
    """How sure a labelled ID is: another ID under an equally strong label makes it a guess."""
    top = max(c[0] for c in candidates)
    others: dict[str, float] = {}
    for weight, _at, other, _label in candidates:
        if id_key(other) != id_key(value):
            others[other] = max(weight, others.get(other, weight))
    if not others:
        return 1.0, ()
    second = max(others.values())
    ranked = tuple(sorted(others, key=lambda o: -others[o])[:2])
    return min(1.0, 0.4 + 0.1 * (top - second)), ranked


_MBI = re.compile(
    r"(?<![A-Z0-9-])[1-9][A-Z][A-Z0-9]\d[- ]?[A-Z][A-Z0-9]\d[- ]?[A-Z]{2}\d{2}(?![A-Z0-9])"
)
_SPLIT_ID = re.compile(r"(?P<a>[A-Z0-9]{2,5}) (?P<b>\d[A-Z0-9]{4,})")


_SPACING = re.compile(r"[ -]")


def _as_printed(text: str, known: str) -> str:
    """The known ID as this page prints it ("MQC 730418862"), when only spacing differs."""
    if known in text:
        return known
    chars = [re.escape(c) for c in re.sub(r"[^A-Za-z0-9]", "", known)]
    found = re.search(r"(?<![A-Za-z0-9])" + r"[ -]?".join(chars) + r"(?![A-Za-z0-9])", text)
    if found is None:
        return known
    printed = found.group(0)
    # A space or dash between letters and digits is how the card prints it; one inside a
    # run of digits is an OCR split, and the clean ID is the better reading.
    for at, char in enumerate(printed):
        if char in " -" and printed[at - 1].isdigit() == printed[at + 1].isdigit():
            return known
    return printed


def _differences(one: str, other: str) -> int:
    return sum(a != b for a, b in zip(one, other, strict=True))


def _misread_known(text_keys: str, known_by_key: dict[str, str]) -> str | None:
    """The case's member ID when the page prints it with one character misread by OCR
    ("MQo730418862" for "MQC730418862"); only for IDs of 8 characters or more."""
    for key, known in known_by_key.items():
        size = len(key)
        if size < 8:
            continue
        anchors = {key[: size // 2], key[size // 2 :]}
        for anchor in anchors:
            start = text_keys.find(anchor)
            while start >= 0:
                begin = start if anchor == key[: size // 2] else start - size // 2
                window = text_keys[max(begin, 0) : max(begin, 0) + size]
                if len(window) == size and _differences(window, key) <= 1:
                    return known
                start = text_keys.find(anchor, start + 1)
    return None


def member_id(
    doc: Prepared, rules: Rules, *, known: Collection[str] = (), from_plan: bool = False
) -> Found[str] | None:
    """The patient's health-plan ID as printed, or the known ID it is a misread of. In a
    plan's own letter, its "Patient number" is the member ID too (``from_plan``)."""
    doc = doc.with_tables()
    known_by_key = {id_key(k): k for k in known if k}
    labels = rules.patterns("member_id_labels")
    if from_plan:
        labels += rules.patterns("plan_member_id_labels")
    labelled = _labelled_ids(doc, labels, min_digits=3)
    # OCR sometimes splits an ID in two ("QFH9 18275503"): join short heads to their tails.
    for match in _SPLIT_ID.finditer(doc.text):
        joined = match.group("a") + match.group("b")
        if id_key(joined) in known_by_key:
            # "MQC 730418862" is how a card may print it; "QFH9 18275503" is an OCR split.
            printed = match.group(0) if match.group("a")[-1].isalpha() else joined
            labelled.append((20.0, match.start(), printed, "the ID in your case"))
    text_keys = id_key(doc.text)
    printed_known = [
        _as_printed(doc.text, v) for k, v in known_by_key.items() if len(k) >= 6 and k in text_keys
    ]
    if labelled:
        *_, value, label = max(labelled, key=lambda c: (c[0], -c[1]))
        sure, others = id_confidence(labelled, value)
        if id_key(value) not in known_by_key and printed_known:
            # Labels and values set apart in a table can pair up wrongly; the case's own
            # member ID, printed on the page, is the safer reading.
            return Found(printed_known[0], explain.MEMBER_PRINTED)
        # Tables often put a group or reference number under the same label: a member ID
        # stays a reading to trust, with the others kept as candidates.
        sure = max(sure, 0.6)
        if id_key(value) in known_by_key:
            known_value = known_by_key[id_key(value)]
            # As printed when only spacing differs; the case's own ID when OCR misread it.
            if _SPACING.sub("", value) != _SPACING.sub("", known_value):
                value = known_value
            sure = 1.0
        return Found(value, explain.MEMBER_LABELLED.format(quote(label)), sure, others)
    if printed_known:
        return Found(printed_known[0], explain.MEMBER_PRINTED)
    misread = _misread_known(text_keys, known_by_key)
    if misread:
        return Found(misread, explain.MEMBER_MISREAD)
    mbi = _MBI.search(doc.text)
    if mbi:
        return Found(mbi.group(0), explain.MEMBER_MEDICARE)
    return None
