"""The whole words a regular expression's every match starts with, read from the pattern.

``\\b(?:dog|cat)s?\\b`` only matches where "dog", "dogs", "cat" or "cats" stands as a
whole word; ``^\\s*cc\\s*:`` only where "cc" does. A text none of whose words is among
them holds no match, which one set test tells without scanning the text. The words are
found only for the plain shapes rules are written in (a word or a choice of words, after
a word boundary, a line start or a non-word character, and before one); any other shape
gives None and the pattern is always searched.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_STARTS = {sre.AT_BEGINNING, sre.AT_BEGINNING_LINE, sre.AT_BEGINNING_STRING, sre.AT_BOUNDARY}
_ENDS = {sre.AT_END, sre.AT_END_LINE, sre.AT_END_STRING, sre.AT_BOUNDARY}

Item = tuple[Any, Any]


def leading_words(source: str, flags: int) -> frozenset[str] | None:
    """Lower-case words one of which stands as a whole word at the start of every match
    (after any non-word characters the match starts with), or None when unsure."""
    if flags & (re.ASCII | re.LOCALE) or _NARROW_FLAGS.search(source):
        return None  # word characters other than the text's words are made of
    try:
        parsed = _parser.parse(source, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    return _sequence_words(list(parsed))


_NARROW_FLAGS = re.compile(r"\(\?[a-zA-Z-]*[aL]")


def _sequence_words(items: list[Item]) -> frozenset[str] | None:
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        found: set[str] = set()
        for alternative in items[0][1][1]:
            words = _sequence_words(list(alternative))
            if words is None:
                return None
            found |= words
        return frozenset(found)
    if len(items) == 1 and items[0][0] is sre.SUBPATTERN:
        return _sequence_words(list(items[0][1][3]))
    bounded = False  # whether the character before this point is not a word character
    for at, (op, av) in enumerate(items):
        if (op is sre.AT and av in _STARTS) or _non_word(op, av):
            bounded = True
        elif op is sre.MAX_REPEAT and len(av[2]) == 1 and _non_word(*av[2][0]):
            bounded = bounded or av[0] >= 1
        elif op is sre.ASSERT_NOT and av[0] < 0 and len(av[1]) == 1 and _any_word(*av[1][0]):
            bounded = True  # (?<![\w]): no word character before
        else:
            if not bounded:
                return None
            return _word_then_end(items, at)
    return None


def _word_then_end(items: list[Item], at: int) -> frozenset[str] | None:
    """The words of the element at ``at`` when a non-word character (or the end) follows."""
    op, av = items[at]
    words: set[str] | None
    if op is sre.LITERAL:
        end = at
        while end < len(items) and items[end][0] is sre.LITERAL and _word_char(items[end][1]):
            end += 1
        word = "".join(chr(av) for _op, av in items[at:end])
        words, at = ({word.lower()} if word else None), end
    else:
        words, at = _choice(op, av), at + 1
    if not words:
        return None
    if at < len(items) and items[at][0] is sre.MAX_REPEAT:
        low, high, inner = items[at][1]
        single = len(inner) == 1 and inner[0][0] is sre.LITERAL
        if (low, high) == (0, 1) and single and _word_char(inner[0][1]):
            words |= {w + chr(inner[0][1]).lower() for w in words}
            at += 1
    return frozenset(words) if _ends_word(items, at) else None


def _choice(op: Any, av: Any) -> set[str] | None:
    """The words of ``(?:one|two)`` or ``(one|two)``, each made of word characters only."""
    if op is sre.SUBPATTERN:
        inner = list(av[3])
        if len(inner) != 1:
            return _literal_run(inner)
        op, av = inner[0]
    if op is not sre.BRANCH:
        return None
    found: set[str] = set()
    for alternative in av[1]:
        words = _literal_run(list(alternative))
        if words is None:
            return None
        found |= words
    return found


def _literal_run(items: list[Item]) -> set[str] | None:
    if not items or not all(op is sre.LITERAL and _word_char(av) for op, av in items):
        return None
    return {"".join(chr(av) for _op, av in items).lower()}


def _ends_word(items: list[Item], at: int) -> bool:
    """Whether the pattern from ``at`` on starts with a non-word character or an end."""
    while at < len(items):
        op, av = items[at]
        if op is sre.AT:
            return av in _ENDS
        if _non_word(op, av):
            return True
        if op is sre.ASSERT and av[0] > 0 and len(av[1]) == 1:
            return _non_word(*av[1][0])
        if op is sre.MAX_REPEAT and len(av[2]) == 1 and _non_word(*av[2][0]):
            if av[0] >= 1:
                return True
            at += 1  # none or more: what follows must then say it
            continue
        return False
    return False


def _word_char(code: int) -> bool:
    """An ASCII letter or digit (the only word characters a rule's word is read in)."""
    return code < 128 and chr(code).isalnum()


def _non_word_code(code: int) -> bool:
    return code < 128 and not chr(code).isalnum() and chr(code) != "_"


def _non_word(op: Any, av: Any) -> bool:
    """Whether the element matches one character that is never a word character."""
    if op is sre.LITERAL:
        return _non_word_code(av)
    if op is not sre.IN:
        return False
    for kind, value in av:
        if kind is sre.LITERAL:
            if not _non_word_code(value):
                return False
        elif kind is sre.CATEGORY:
            if value not in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
                return False
        elif kind is sre.RANGE:
            if not all(_non_word_code(c) for c in range(value[0], value[1] + 1)):
                return False
        else:
            return False
    return True


def _any_word(op: Any, av: Any) -> bool:
    """Whether the element is ``[\\w]`` or ``\\w`` (any word character)."""
    return op is sre.IN and list(av) == [(sre.CATEGORY, sre.CATEGORY_WORD)]
