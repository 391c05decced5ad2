"""Slips Tesseract makes on photographed pages, mended in the text before it is understood.

Each mend is narrow: it changes only a shape that is a slip on any page (a month name one
letter off just before a day and a year, an ID number cut in two by a space narrower than
the line's spaces), never ordinary words. Runs in reader processes, on photos' OCR text.
"""

from __future__ import annotations

import itertools
import re
import statistics

from organizer.core.understand.dates import MONTHS

# A capital Tesseract sets apart from the rest of its word ("J anuary 12, 2026").
_SPLIT_WORD = re.compile(r"\b([A-Z]) ([a-z]{3,})\b")
_LONG_MONTHS = frozenset(name for name in MONTHS if len(name) >= 4)
# English months of five letters or more (the shape below is an English date's): a
# four-letter word one letter off June or July is too often a name ("Jane").
_MONTH_NAMES = (
    *("january", "february", "march", "april", "august"),
    *("september", "october", "november", "december"),
)
# A word, a day and a year: "Aprit 3, 2025", "March 4. 2026".
_DATE_SHAPE = re.compile(r"\b([A-Za-z]{5,9}) (\d{1,2})([,.]) (\d{4})\b")
# "ID" read as "1D" after the words that label an ID.
_ONE_D = re.compile(r"\b(Member|Case|Patient|Group|Subscriber|Customer)( ?)1D\b", re.I)
# A reference number's first part, and the digits Tesseract set apart from it.
_ID_HEAD = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\d$")
_ID_TAIL = re.compile(r"^\d{2,}$")
# A space narrower than this share of the line's usual space is no space.
NARROW_SPACE = 0.6


def mend_split_months(text: str) -> str:
    """Month names put back together where Tesseract split off their capital.

    Only whole month names are joined, so "A letter" or "I have" stay as they are.
    """

    def join(match: re.Match[str]) -> str:
        word = match.group(1) + match.group(2)
        return word if word.lower() in _LONG_MONTHS else match.group(0)

    return _SPLIT_WORD.sub(join, text)


def _one_letter_off(word: str) -> str | None:
    """The month name ``word`` is with one letter misread ("Aprit"), or None."""
    lower = word.lower()
    if lower in MONTHS:
        return lower
    for name in _MONTH_NAMES:
        if len(name) == len(lower) and sum(a != b for a, b in zip(name, lower, strict=True)) == 1:
            return name
    return None


def mend_dates(text: str) -> str:
    """Dates whose month name lost a letter to a slip, or whose comma came out as a dot.

    "Aprit 3, 2025" becomes "April 3, 2025", "March 4. 2026" becomes "March 4, 2026"; a
    word that is not a month name one letter off stays as it is.
    """

    def mend(match: re.Match[str]) -> str:
        word, day, _, year = match.groups()
        month = _one_letter_off(word)
        if month is None or month[0] != word[0].lower():
            return match.group(0)
        written = month.upper() if word.isupper() else month.capitalize()
        return f"{written} {day}, {year}"

    return _DATE_SHAPE.sub(mend, text)


def mend_labels(text: str) -> str:
    """ "Member 1D" read for "Member ID"."""
    return _ONE_D.sub(lambda m: f"{m.group(1)}{m.group(2)}ID", text)


def mend_text(text: str) -> str:
    return mend_labels(mend_dates(mend_split_months(text)))


def _words_by_line(tsv: str) -> list[list[tuple[str, int, int]]]:
    """Tesseract's words, line by line: (text, left, right)."""
    lines: dict[tuple[str, str, str], list[tuple[str, int, int]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left = int(cells[6])
        lines.setdefault((cells[2], cells[3], cells[4]), []).append(
            (cells[11].strip(), left, left + int(cells[8]))
        )
    return list(lines.values())


def join_split_ids(text: str, tsv: str) -> str:
    """ID numbers Tesseract cut in two put back together ("TRA-772044 1903").

    Only where the space between the two parts is much narrower than the line's usual
    space, the first part looks like the start of an ID (a letter first, a digit last) and
    the second is digits.
    """
    for words in _words_by_line(tsv):
        if len(words) < 3:
            continue
        gaps = [b[1] - a[2] for a, b in itertools.pairwise(words)]
        usual = statistics.median(gaps)
        pairs = itertools.pairwise(words)
        for ((first, _, _), (second, _, _)), gap in zip(pairs, gaps, strict=True):
            if gap >= NARROW_SPACE * usual or not _ID_HEAD.match(first):
                continue
            if _ID_TAIL.match(second) and any(c.isalpha() for c in first):
                text = text.replace(f"{first} {second}", f"{first}{second}", 1)
    return text
