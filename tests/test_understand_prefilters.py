"""Ruling rules out before searching (word pairs, leading words) and looking for dates only
around digits give exactly what searching the whole text with every pattern gives."""

from __future__ import annotations

import random
import re

import pytest

from organizer.core.understand import CaseContext, bundled_rules, understand
from organizer.core.understand import text as text_module
from organizer.core.understand.classify import _EMAIL_OTHER, _EMAIL_SENDER, is_email
from organizer.core.understand.dates import _PATTERNS, _build, date_zones, find_dates
from organizer.core.understand.leading import leading_words
from organizer.core.understand.rules import PATTERN_LISTS, Pattern, Rules, may_match
from organizer.core.understand.text import Prepared, normalize

FILLER = [
    "prior",
    "authorization",
    "home",
    "infusion",
    "therapy",
    "member",
    "plan",
    "benefits",
    "request",
    "clinical",
    "notes",
    "laboratory",
    "results",
    "approved",
    "denied",
    "appeal",
    "coverage",
    "reference",
    "number",
    "due",
    "date",
    "please",
    "send",
    "records",
    "review",
    "decision",
    "medical",
    "necessity",
    "letter",
    "pharmacy",
    "provider",
    "office",
]


def _letter(rng: random.Random, dense_pages: int) -> str:
    """A payer's letter with labelled numbers and dates, then pages of running text."""
    head = (
        "Mesquite Crest Health Plan\nP.O. Box 4410, Springfield, IL 62704\n\n"
        "Thursday, February 6, 2025\n\nMember name: Maria Lopez\nMember ID: MQC730418862\n"
        "Prior Authorization Number: PA-2026-0412\nRe: immune globulin (IVIG)\n\n"
        "Dear Maria Lopez,\nWe need more information to review the request. Please send the "
        "following records within 14 days of the date of this letter:\n- Clinical notes\n"
        "- Laboratory results (IgG levels)\nIf we do not receive them by 03/05/2025, we may "
        "deny the request. Sent Thu, Feb 20, 2025, 4:17 PM.\n\nSincerely,\nUtilization Review"
    )
    pages = [head]
    for page in range(dense_pages):
        lines = [f"Mesquite Crest Health Plan - page {page + 2} - PA-2026-0412", ""]
        lines += [" ".join(rng.choice(FILLER) for _ in range(10)) for _ in range(35)]
        pages.append("\n".join(lines))
    return "\n\f\n".join(pages)


def _texts() -> list[str]:
    rng = random.Random(4)
    rules = bundled_rules()
    written = [p.written for patterns in _lists(rules) for p in patterns]
    texts = [_letter(rng, pages) for pages in (0, 1, 3)]
    # Every rule's own words, shuffled (words there, seldom in order) and in order.
    words = [w for phrase in written for w in phrase.split()]
    texts += [" ".join(rng.choice(words) for _ in range(400)) for _ in range(3)]
    texts.append("\n".join(written))
    texts.append("ſend İD: ı 12/03/2025 please send the records, Member İD: 123456")
    return texts + [normalize(t) for t in texts]


def _lists(rules: Rules) -> list[tuple[Pattern, ...]]:
    lists = [rules.patterns(name) for name in PATTERN_LISTS]
    for group in (rules.kinds, rules.outcomes, rules.senders, rules.headings):
        lists += list(group.values())
    for item in rules.items.values():
        lists += [item.mention, item.fulfil, item.weak_fulfil]
    return lists


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_rules_ruled_out_before_searching_find_nothing_and_the_rest_find_the_same() -> None:
    ruled_out = 0
    for text in _texts():
        for patterns in _lists(bundled_rules()):
            kept = {id(p) for p in may_match(patterns, text)}
            for pattern in patterns:
                plain = _spans(pattern.regex.regex.finditer(text))
                assert _spans(pattern.regex.finditer(text)) == plain, pattern.written
                first = pattern.regex.search(text)
                assert (first.span() if first else None) == (plain[0] if plain else None)
                if id(pattern) not in kept:
                    ruled_out += 1
                    assert plain == [], pattern.written
    assert ruled_out > 10_000  # the quick tests are in use


def test_pairs_of_words_rule_out_a_phrase_whose_words_are_there_apart() -> None:
    rules = bundled_rules()
    cues = rules.patterns("request_cues")
    (please_send,) = [p for p in cues if p.written.lower() == "please send"]
    apart = "please review the records and send them"
    assert please_send not in may_match(cues, apart)
    assert please_send in may_match(cues, "Please  send: the records")
    assert please_send.regex.search("Please  send: the records") is not None


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:dog|cat)s?\b", {"dog", "dogs", "cat", "cats"}),
        (r"^\s*cc\s*:", {"cc"}),
        (r"(?-i:\b(?:court|COURT)\b)", {"court"}),
        (r"\breferral\s*(?:number|#)", {"referral", "referralnumber*"}),
        (r"\backnowledg\w*", {"acknowledg*"}),
        (r"(?<!medicare )\bapproved\b", {"approved"}),
        (r",\s*do\b", {"do"}),
        (r"\bcat", {"cat*"}),
        (r"\bcat\w", {"cat*"}),
    ],
)
def test_leading_words_are_read_from_plain_shapes(pattern: str, words: set[str]) -> None:
    assert leading_words(pattern, re.IGNORECASE | re.MULTILINE) == frozenset(words)


@pytest.mark.parametrize(
    "pattern",
    [r"cat", r"(?a)\bcat\b", r"\b\d+\b", r"x?\bcat\b", r"\b(?:a|\w+)\b", r"\b(?:cat)?\s"],
)
def test_leading_words_are_not_guessed_for_other_shapes(pattern: str) -> None:
    assert leading_words(pattern, re.IGNORECASE) is None


def _whole_text_dates(text: str) -> list[tuple[object, int, int]]:
    """What find_dates did before zones: every pattern over the whole text."""
    found: list[tuple[object, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.regex.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            value = _build(match)
            if value is None or not 1900 <= value.year <= 2100:
                continue
            taken.append((start, end))
            found.append((value, start, end))
    return sorted(found, key=lambda item: item[1])


def test_dates_found_around_digits_are_those_of_the_whole_text() -> None:
    rng = random.Random(9)
    pieces = [
        *("Thursday, February 6, 2025", "Thu, Feb 20, 2025, 4:17 PM", "24-Jan-2025"),
        *("martes, 17 de febrero del 2026", "JAN-08-2025", "1/7/25", "2026-11-03", "Wednesday"),
        *("September", "de", "del", "at", "p.m.", ",", "-", "/", ".", "5", "12", "2024"),
        *(" ", "\n", "\f", "       \n\n   ", "x" * 40, "word"),
    ]
    texts = [_letter(rng, 2)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 80))) for _ in range(400)]
    for text in texts:
        mine = [(m.value, m.start, m.end) for m in find_dates(text)]
        assert mine == _whole_text_dates(text), text
    zones = date_zones(texts[0])
    assert sum(end - start for start, end in zones) < len(texts[0]) / 2


def test_a_letter_with_dense_pages_reads_as_without_them_where_they_add_nothing() -> None:
    """The letter's fields come out the same with pages of running text after it."""
    context = CaseContext(patient="Maria Lopez", member_ids=("MQC730418862",))
    alone = understand(_letter(random.Random(1), 0), context=context)
    longer = understand(_letter(random.Random(1), 3), context=context)
    assert alone.document_date is not None and alone.member_id == "MQC730418862"
    for field in ("document_date", "member_id", "reference_number", "due_date"):
        assert getattr(longer, field) == getattr(alone, field), field


def _normalized_with_every_substitution(raw: str) -> str:
    """``normalize`` as it was before it skipped the substitutions that change nothing."""
    t = text_module
    text = t.unicodedata.normalize("NFKC", raw.replace("\u00a8", t.UNCHECKED)).translate(
        t._TRANSLATE
    )
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = t._HYPHEN_BREAK.sub(r"\1\2", text)
    text = t._O_IN_NUMBER.sub("0", text)
    text = t._L_IN_NUMBER.sub("1", text)
    text = t._ID_MISREAD.sub("ID", text)
    text = t._TILDE_IN_WORD.sub("-", text)
    text = t._ZERO_IN_WORD.sub(lambda m: "o" if text[m.start() - 1].islower() else "O", text)
    text = t._SPACES.sub("  ", text)
    text = t._TRAILING.sub("\n", text)
    text = t._CHECKED_MARKS.sub(t.CHECKED + " ", text)
    text = t._UNCHECKED_MARKS.sub(t.UNCHECKED + " ", text)
    return text.strip()


def test_normalize_skips_only_substitutions_that_would_change_nothing() -> None:
    rng = random.Random(11)
    pieces = [
        *("pre-\n  authorization", "-\n", "   ", "  ", " \n", "\n", "\f", "\t", "\r\n"),
        *("Tracking !D", "|D", "lD 4471", "PCL~26-085", "~", "REC0RD", "0", "09/3O/2025"),
        *("44l907", "O", "l", "[x] Lab results", "( ) Notes", "\u00a8 Chart", "CO Visit"),
        *("member", "Reference number:", "MQC730418862", "@", "\u2019", "\u00a0", "word"),
    ]
    texts = [_letter(rng, 1)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) for _ in range(600)]
    for raw in texts:
        assert normalize(raw) == _normalized_with_every_substitution(raw), raw


def test_a_text_without_an_at_sign_is_no_email_and_one_with_it_is_judged_as_before() -> None:
    rules = bundled_rules()
    samples = {
        "From: Quillfield <no-reply@notify.quillfield.example>\nTo: me\nSubject: Your claim": True,
        "from: billing@clinic.example\nSent: Monday\n": True,
        "From: the appeals office\nTo: you\nSubject: your appeal\nInbox": False,
        "Member ID: MQC730418862\nWe approved your request.": False,
    }
    for raw, expected in samples.items():
        doc = Prepared(raw, rules.title_lines)
        plain = bool(_EMAIL_SENDER.search(doc.text) and _EMAIL_OTHER.search(doc.text))
        assert is_email(doc) == plain == expected, raw


def test_labels_ruled_out_for_having_no_value_after_them_would_give_none() -> None:
    """``_may_have_value`` says no only where reading the value after the label finds none."""
    from organizer.core.understand.ids import _may_have_value, _value_after

    rules = bundled_rules()
    labels = rules.patterns("member_id_labels") + rules.patterns("reference_labels")
    rng = random.Random(13)
    pieces = [
        *("Member ID", "member", "Reference number", "reference", "Case #", "Payer / ID"),
        *("Claim No.", "authorization", "number", "no.", " is ", " of ", "was", "es", "fue"),
        *(":", " ", "  ", "\n", "\n\n", "-", "#", "|", " / ", "=", "(", "\u2014", "\t"),
        *("MQC730418862", "PA-2026-40417", "$12", "CDS 660 214 930", "8", "x1", "ab"),
        *("services", "please send the records", "Member ID   Reference #", "ABC12345   PA-22"),
    ]
    ruled_out = kept = 0
    # A heading row over its values: the value is found under the label, not after it.
    texts = ["member id   group name\nMQC730418862   gold", "member id   plan\nsee card   x"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 14))) for _ in range(1500)]
    for text in texts:
        for pattern in labels:
            for match in pattern.regex.finditer(text):
                if _may_have_value(text, match):
                    kept += 1
                else:
                    ruled_out += 1
                    assert _value_after(text, match) is None, (text, pattern.regex.pattern)
    assert ruled_out > 200 and kept > 200
