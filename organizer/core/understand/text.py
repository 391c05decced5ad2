"""Cleaning up document text before it is read: ligatures, broken lines, OCR misreads.

Text comes either from a PDF's text layer or from OCR. Both break words across lines, and
OCR confuses look-alike characters (O/0, l/1, S/5). Rules match on the cleaned text; IDs
are repaired only where a misread is certain from its neighbours.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate

# Characters NFKC leaves alone but that mean the same thing in a letter.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\ufeff": None,
        "\u00a0": " ",
        "\t": " ",
    }
)

_HYPHEN_BREAK = re.compile(r"([a-z]{2,})-\n[ ]*([a-z]{2,})")
_SPACES = re.compile(r"[ ]{2,}")
_TRAILING = re.compile(r"[ ]+\n")
_WHITESPACE = re.compile(r"\s+")

# Checkbox marks as they come out of text layers and OCR, normalised to two symbols.
CHECKED = "\u2612"  # ☒
UNCHECKED = "\u2610"  # ☐
# Wingdings prints a checked box as "þ"/"ý" and an empty one as "¨" when fonts are lost.
_CHECKED_MARKS = re.compile(r"^[ ]*(?:\[[xX✓✔]\]|\([xX✓✔]\)|[☒☑✓✔✗✘■▣þý]|[xX][\]\|lIJ1])[ ]*", re.M)
# OCR reads an empty box as "O", "D", "CO", "C1", "LJ" or "(J" before the item's name.
_UNCHECKED_MARKS = re.compile(
    r"^[ ]*(?:(?:\[ ?\]|\( ?\)|[☐□▢❏❑○])[ ]*|(?:[0OD]|CO|C1|LJ|\(J|\[J)[ ]+(?=[A-Z][a-z]))", re.M
)


# OCR look-alikes that are certain from their neighbours: a letter O or l between digits
# ("09/3O/2025", "44l907") is a digit; a zero between letters ("REC0RD") is a letter O.
# Each starts with the character it replaces (the engine then jumps from one to the next)
# and looks behind from there: the same matches as looking behind first.
_O_IN_NUMBER = re.compile(r"[Oo](?<=[\d/][Oo])(?=[\d/])")
_L_IN_NUMBER = re.compile(r"[lI|](?<=\d[lI|])(?=\d)")
_ZERO_IN_WORD = re.compile(r"0(?:(?<=[A-Za-z]{2}0)(?=[A-Za-z])|(?<=[A-Za-z]0)(?=[A-Za-z]{2}))")
# A fax's "ID" read as "!D" or "lD" ("Tracking !D"); a dash inside a number read as a tilde
# ("PCL~26-085"): no word is spelt that way.
_ID_MISREAD = re.compile(r"(?<![\w!|])[!|l]D\b")
_TILDE_IN_WORD = re.compile(r"~(?<=[A-Za-z0-9]~)(?=[A-Za-z0-9])")


def _repair_misreads(text: str) -> str:
    text = _O_IN_NUMBER.sub("0", text)
    text = _L_IN_NUMBER.sub("1", text)
    # Each of these needs a text its every match holds: without it, nothing to repair.
    if "D" in text and ("!D" in text or "|D" in text or "lD" in text):
        text = _ID_MISREAD.sub("ID", text)
    if "~" in text:
        text = _TILDE_IN_WORD.sub("-", text)
    if "0" not in text:
        return text
    return _ZERO_IN_WORD.sub(lambda m: "o" if text[m.start() - 1].islower() else "O", text)


def normalize(text: str) -> str:
    """Return ``text`` with unified characters, joined hyphenated words and tidy spacing.

    Line breaks are kept (they carry the layout: labels and values, lists); runs of spaces
    shrink to two, which still marks a column gap.
    """
    text = unicodedata.normalize("NFKC", text.replace("\u00a8", UNCHECKED)).translate(_TRANSLATE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    if "-\n" in text:  # every broken word holds it
        text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _repair_misreads(text)
    if "   " in text:  # runs of three or more (two stay two)
        text = _SPACES.sub("  ", text)
    if " \n" in text:
        text = _TRAILING.sub("\n", text)
    text = _CHECKED_MARKS.sub(CHECKED + " ", text)
    text = _UNCHECKED_MARKS.sub(UNCHECKED + " ", text)
    return text.strip()


def flat(text: str) -> str:
    """Lower-case ``text`` on one line, so phrases match across broken lines."""
    return _WHITESPACE.sub(" ", text).strip().lower()


# Look-alikes OCR puts inside runs of digits, and what they stand for.
_DIGIT_LOOKALIKES = {"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1"}
_DIGIT_LOOKALIKES_STRICT = {"S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"}


def repair_id(token: str) -> str:
    """Undo the OCR misreads that are certain inside an identifier.

    A look-alike letter between two digits is a digit (``25O1`` -> ``2501``); a ``$`` that
    starts an ID is an ``S``. Letters next to letters are left alone: ``2408120HS7740`` is a
    real claim number.
    """
    chars = list(token.strip())
    if chars and chars[0] == "$" and len(chars) > 1 and chars[1].isalnum():
        chars[0] = "S"
    for index in range(1, len(chars) - 1):
        before, here, after = chars[index - 1], chars[index], chars[index + 1]
        if not (before.isdigit() and after.isdigit()):
            continue
        if here in _DIGIT_LOOKALIKES:
            chars[index] = _DIGIT_LOOKALIKES[here]
        elif here in _DIGIT_LOOKALIKES_STRICT:
            chars[index] = _DIGIT_LOOKALIKES_STRICT[here]
    # A dash-separated part made of digits and one or two O/l look-alikes is all digits.
    parts = "".join(chars).split("-")
    for number, part in enumerate(parts):
        odd = [c for c in part if not c.isdigit()]
        mostly_digits = sum(c.isdigit() for c in part) >= 2 and 0 < len(odd) <= 2
        # A capital Q or D that ends the ID after its digits is its check letter, as in a
        # Medicaid ID ("948112736Q"), not a misread 0.
        check_letter = number == len(parts) - 1 and odd == [part[-1]] and part[-1] in "QD"
        if mostly_digits and not check_letter and all(c in _DIGIT_LOOKALIKES for c in odd):
            parts[number] = "".join(_DIGIT_LOOKALIKES.get(c, c) for c in part)
    return "-".join(parts)


_ID_KEY_MAP = str.maketrans(
    {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1", "S": "5", "B": "8", "Z": "2"}
)
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def id_key(token: str) -> str:
    """A comparison key for identifiers that ignores case, spacing, dashes and look-alikes.

    Two printings of the same reference number (one typed, one read by OCR) share a key.
    """
    return _NOT_ALNUM.sub("", token.upper().replace("$", "S")).translate(_ID_KEY_MAP)


def lines_of(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


class Prepared:
    """A document's cleaned text with its title zone marked, ready for the rules."""

    __slots__ = (
        "_flat",
        "_heading",
        "_tables",
        "line_starts",
        "lines",
        "text",
        "title_end",
        "title_lines",
    )

    def __init__(self, raw: str, title_lines: int, *, normalized: bool = False) -> None:
        self.text = raw if normalized else normalize(raw)
        self.title_lines = title_lines
        self._tables: Prepared | None = None
        self._heading: str | None = None
        self._flat: str | None = None
        self.lines = self.text.split("\n")
        starts = [0, *accumulate(len(line) + 1 for line in self.lines)]
        starts.pop()
        self.line_starts = starts
        self.title_end = len(self.text)
        seen = 0
        for line, start in zip(self.lines, starts, strict=True):
            if line.strip():
                seen += 1
                if seen > title_lines:
                    self.title_end = start
                    break

    def line_index(self, offset: int) -> int:
        """The index of the line holding character ``offset``."""
        low, high = 0, len(self.line_starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.line_starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    def line_at(self, offset: int) -> str:
        return self.lines[self.line_index(offset)]

    @property
    def flat(self) -> str:
        """The whole text lower-cased on one line (made when first asked for)."""
        if self._flat is None:
            self._flat = flat(self.text)
        return self._flat

    @property
    def heading(self) -> str:
        """The document's own title lines: capitalised headings and "Re:"/"Subject:" lines
        near the top, one per line (what a document calls itself)."""
        if self._heading is None:
            self._heading = "\n".join(heading_lines(self.lines))
        return self._heading

    def with_tables(self) -> Prepared:
        """This text plus "label: value" lines rebuilt from tables whose labels and values
        came out as two separate blocks (as OCR and some PDFs print two-column tables)."""
        if self._tables is None:
            pairs = table_pairs(self.lines)
            if not pairs:
                self._tables = self
            else:
                extra = "\n".join(f"{label}: {value}" for label, value in pairs)
                self._tables = Prepared(
                    self.text + "\n\n" + extra, self.title_lines, normalized=True
                )
        return self._tables


_RE_LINE = re.compile(r"^\s*(?:re|subject|regarding)\s*:\s*(.+)$", re.I)
# Two or more words in capitals at the start of a line ("CERTIFICATE OF COVERAGE - Plan"),
# accented capitals included ("AVISO DE DENEGACIÓN DE PAGO").
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_CAPITALS = re.compile(
    rf"^(?:[{_UP}0-9(][{_UP}0-9'&/().,-]*[ ]+(?:[-:|/&][ ]+)?){{1,}}"
    rf"[{_UP}(][{_UP}0-9'&/().,-]*(?=\s|$)"
)
HEADING_LINES = 18


def heading_lines(lines: list[str], limit: int = HEADING_LINES) -> list[str]:
    """Title-like lines among the first ``limit``: "Re:" lines, and lines in capitals."""
    found: list[str] = []
    seen = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > limit:
            break
        regarding = _RE_LINE.match(text)
        if regarding:
            found.append(regarding.group(1))
            continue
        capitals = _CAPITALS.match(text)
        if capitals and sum(c.isalpha() for c in capitals.group(0)) >= 8:
            found.append(capitals.group(0).strip(" -:|"))
    return found


_LABEL_LINE = re.compile(r"^[A-Z][A-Za-z#/&().' -]{1,29}$")


def _label_like(line: str) -> bool:
    return bool(_LABEL_LINE.match(line)) and len(line.split()) <= 4 and not line.endswith(".")


def table_pairs(lines: list[str]) -> list[tuple[str, str]]:
    """Pair a block of two or more label lines with the block of values that follows it."""
    rows = [line.strip() for line in lines if line.strip()]
    pairs: list[tuple[str, str]] = []
    index = 0
    while index < len(rows):
        end = index
        while end < len(rows) and _label_like(rows[end]) and end - index < 12:
            end += 1
        count = end - index
        if count >= 2 and end < len(rows) and not _label_like(rows[end]):
            values = rows[end : end + count]
            if len(values) == count:
                pairs.extend(zip(rows[index:end], values, strict=True))
                index = end + count
                continue
        index = max(end, index + 1)
    return pairs + wrapped_label_pairs(rows)


# A label that wraps in its narrow cell, with the value beside its first line:
# "Determinación de   SC-RX-26-55012" over "cobertura núm.:" (or "Plan reference   AB-1234"
# over "number:"). The value has a digit and no spaces; the second line is words ending in ":".
_WRAPPED_HEAD = re.compile(
    r"^(?P<head>[^\W\d_][^\d:|]{1,40}?)\s+(?P<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,})$"
)
# "City, ST" before a ZIP code: an address line, not a label that wraps.
_CITY_STATE = re.compile(r",\s*[A-Z]{2}$")
_WRAPPED_TAIL = re.compile(r"^[*\u2022.\s-]*(?P<tail>[^\W\d_][^\d:|]{0,30}):$")


def wrapped_label_pairs(rows: list[str]) -> list[tuple[str, str]]:
    """("Determinación de cobertura núm.", value) for labels that wrap over two lines."""
    pairs: list[tuple[str, str]] = []
    for at in range(len(rows) - 1):
        if not rows[at + 1].endswith(":"):
            continue
        head = _WRAPPED_HEAD.match(rows[at])
        if head and _CITY_STATE.search(head.group("head")):
            continue  # "Bahía Serena, FL 33599" over "N.º de caso:": an address, then a label
        tail = _WRAPPED_TAIL.match(rows[at + 1]) if head else None
        if head and tail:
            pairs.append((head.group("head") + " " + tail.group("tail"), head.group("value")))
    return pairs
