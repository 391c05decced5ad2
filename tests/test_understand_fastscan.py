"""The fast scans of the reading rules find exactly what the rules as written find."""

from __future__ import annotations

import re
import sys

from organizer.core.understand import bundled_rules
from organizer.core.understand.dates import _PATTERNS, _WRITTEN
from organizer.core.understand.fastscan import FOLDS_ODDLY, lowered_scan
from organizer.core.understand.matcher import Matcher
from organizer.core.understand.rules import Rules
from organizer.core.understand.text import normalize

TEXTS = (
    "Dear Ms. Lopez,\nYour Prior Authorization Number: PA-2026-0412 was APPROVED.\n"
    "Member ID: MQC730418862   Date: 03/05/2026\nPlease send the following by April 2, 2026:\n"
    "- Clinical notes\n- LAB RESULTS (IgG)\nORDER 12-3456\nCase ABC-12345\nSincerely,\n",
    "AUTHORIZATION\nRequest\nREFERENCE 88-1234\nre: Appeal No. 4411\nWe Have Received your appeal.",
    "ıſİ mixed: Member İD: 123456 ſend the records; Thu, Feb 20, 2025, 4:17 PM JAN-08-2025",
    "\u00c9l envió la autorización el 24-Jan-2025; NÚMERO DE CASO: 7788-99\n  order\n",
    "",
)


def _all_patterns(rules: Rules) -> list[Matcher]:
    found = [p.regex for patterns in rules.lists.values() for p in patterns]
    for group in (rules.kinds, rules.outcomes, rules.senders, rules.headings):
        found += [p.regex for patterns in group.values() for p in patterns]
    for item in rules.items.values():
        found += [p.regex for p in (*item.mention, *item.fulfil, *item.weak_fulfil)]
    return found


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


def test_every_rule_finds_what_its_pattern_finds() -> None:
    patterns = _all_patterns(bundled_rules())
    scanned = 0
    for text in (*TEXTS, *(normalize(t) for t in TEXTS)):
        for matcher in patterns:
            plain = matcher.regex
            assert _spans(matcher.finditer(text)) == _spans(plain.finditer(text)), plain.pattern
            for pos in (0, 1, len(text) // 2):
                one, two = matcher.search(text, pos), plain.search(text, pos)
                assert (one and one.span()) == (two and two.span()), plain.pattern
            scanned += matcher.fast is not None
    assert scanned > 1000  # the scans are in use, not silently off


def test_date_patterns_find_what_they_are_written_to_find() -> None:
    for text in (*TEXTS, *(normalize(t) for t in TEXTS)):
        for scanned, written in zip(_PATTERNS, _WRITTEN, strict=True):
            assert _spans(scanned.finditer(text)) == _spans(written.finditer(text))


def test_patterns_it_cannot_keep_exact_get_no_scan() -> None:
    assert lowered_scan(r"(?-i:\bCOURT\b)", re.MULTILINE) is None  # inline flags
    assert lowered_scan(r"(a)\1", re.MULTILINE) is None  # back reference
    assert lowered_scan(r"\u0394elta", re.MULTILINE) is None  # beyond Latin-1
    assert lowered_scan(r"\u00b5g", re.MULTILINE) is None  # the micro sign folds to Greek
    assert lowered_scan(r"x?", re.MULTILINE) is None  # may match nothing
    scan = lowered_scan(r"^\s*Order\b", re.MULTILINE)
    assert scan is not None and scan.shift == 1 and scan.needs == frozenset({"order"})


def test_only_the_known_characters_fold_oddly_onto_latin_1() -> None:
    """IGNORECASE matches a Latin-1 character (other than µ) only to characters with the
    same lower case, except those in FOLDS_ODDLY and those whose lower case is longer."""
    latin = "".join(chr(c) for c in range(0x100) if c != 0xB5)
    any_latin = re.compile("[" + re.escape(latin) + "]", re.IGNORECASE)
    lowers = {c.lower() for c in latin}
    odd = set()
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if any_latin.fullmatch(char) and char.lower() not in lowers:
            odd.add(char)
    assert odd <= FOLDS_ODDLY | {c for c in odd if len(c.lower()) != 1}


def test_character_classes_do_not_change_with_lower_case() -> None:
    chars = "".join(
        chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) == 1 and c != 0x0A
    )
    lowered = chars.lower()
    for category in (r"\w", r"\d", r"\s", r"\b"):
        pattern = re.compile(category)
        assert [m.start() for m in pattern.finditer(chars)] == [
            m.start() for m in pattern.finditer(lowered)
        ]
