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

_STARTS = {sre.AT_BEGINNING, sre.AT_BEGINNING_LINE, sre.AT_BEGINNING_STRING}
_ENDS = {sre.AT_END, sre.AT_END_LINE, sre.AT_END_STRING}

Item = tuple[Any, Any]


def leading_words(source: str, flags: int) -> frozenset[str] | None:
    """Lower-case words one of which stands as a whole word at the start of every match
    (after any non-word characters the match starts with), or None when unsure. A word
    ending in ``PREFIX`` is the start of one: ``\\breferral\\s*(?:number|#)`` gives
    "referral" and "referralnumber*"."""
    if flags & (re.ASCII | re.LOCALE) or _NARROW_FLAGS.search(source):
        return None  # word characters other than the text's words are made of
    try:
        parsed = _parser.parse(source, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    return _sequence_words(list(parsed))


_NARROW_FLAGS = re.compile(r"\(\?[a-zA-Z-]*[aL]")


class _Unsure(Exception):
    """The pattern has a shape whose first words are not read here."""


# Partial first words: "" before the word, once the character before is known not to be a
# word character; "?" before it while that is not known (a word starting then might have
# started before the match).
_UNBOUNDED = "?"
# Marks a word's start ("referral*": a word that starts with "referral").
PREFIX = "*"
_LIMIT = 256


def _sequence_words(items: list[Item]) -> frozenset[str] | None:
    try:
        words = _first_words(items, frozenset({_UNBOUNDED}))
    except (_Unsure, RecursionError):
        return None
    return frozenset(words) or None


def _first_words(items: list[Item], partials: frozenset[str]) -> set[str]:
    """The whole first words of every way ``items`` can match after ``partials``."""
    done: set[str] = set()
    at = 0
    while at < len(items):
        op, av = items[at]
        rest = items[at + 1 :]
        if op is sre.SUBPATTERN:
            if av[1] & (re.ASCII | re.LOCALE):
                raise _Unsure
            items, at = list(av[3]) + rest, 0
            continue
        if op is sre.BRANCH:
            for alternative in av[1]:
                done |= _first_words(list(alternative) + rest, partials)
            return done
        if _word_run(op, av):
            # A word goes on with letters not read here: it starts with what was read.
            if partials - _started(partials):
                raise _Unsure
            return done | {p + PREFIX for p in partials}
        if op in (sre.ASSERT, sre.ASSERT_NOT) and not _known_look(op, av):
            at += 1  # it only rules matches out: the words are still those of all others
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and not _single_non_word(av[2]):
            if (av[0], av[1]) != (0, 1):
                raise _Unsure
            done |= _first_words(list(av[2]) + rest, partials)
            done |= _first_words(rest, partials)
            return done
        partials, ended = _step(op, av, partials)
        done |= ended
        if len(partials) > _LIMIT:
            raise _Unsure
        if not partials:
            return done
        at += 1
    if partials - _started(partials):
        raise _Unsure  # the pattern may end before any word
    # The pattern may end inside a word: the word then starts with what was read.
    return done | {p + PREFIX for p in partials}


def _started(partials: frozenset[str]) -> set[str]:
    return {p for p in partials if p and p != _UNBOUNDED}


def _known_look(op: Any, av: Any) -> bool:
    if op is sre.ASSERT:
        return av[0] > 0 and _single_non_word(av[1])
    return av[0] < 0 and len(av[1]) == 1 and _any_word(*av[1][0])


def _word_run(op: Any, av: Any) -> bool:
    """Whether the element matches word characters only: ``\\w``, ``[^\\W\\d_]``, ``\\w*``."""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return len(av[2]) == 1 and _word_run(*av[2][0])
    if op is not sre.IN:
        return False
    members = list(av)
    if members == [(sre.CATEGORY, sre.CATEGORY_WORD)]:
        return True
    # [^\W...]: not a non-word character, whatever else it leaves out.
    return (
        bool(members)
        and members[0][0] is sre.NEGATE
        and ((sre.CATEGORY, sre.CATEGORY_NOT_WORD) in members)
    )


def _step(op: Any, av: Any, partials: frozenset[str]) -> tuple[frozenset[str], set[str]]:
    """(the partial words after one plain element, the words it ends)."""
    started = _started(partials)
    before = bool(partials - started)  # still before the first word
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):  # of non-word characters
        if av[0] >= 1:
            return (frozenset({""}) if before else frozenset()), started
        return partials | ({""} if before else set()), started
    if _non_word(op, av):
        return (frozenset({""}) if before else frozenset()), started
    letters = _word_letters(op, av)
    if letters is not None:
        if _UNBOUNDED in partials:
            raise _Unsure
        return frozenset(p + c for p in partials for c in letters), set()
    if op is sre.AT and av is sre.AT_BOUNDARY:
        return (frozenset({""}) if before else frozenset()), started
    if op is sre.AT and av in _STARTS:  # a line or text start: nothing word-like before
        return (frozenset({""}) if before else frozenset()), set()
    if op is sre.AT and av in _ENDS and not before:
        return frozenset(), started
    if op is sre.ASSERT and av[0] > 0 and _single_non_word(av[1]):
        return frozenset(p for p in partials if p not in started), started
    if op is sre.ASSERT_NOT and av[0] < 0 and len(av[1]) == 1 and _any_word(*av[1][0]):
        return (frozenset({""}) if before else frozenset()), set()
    raise _Unsure


def _single_non_word(items: Any) -> bool:
    return len(items) == 1 and _non_word(*items[0])


def _word_letters(op: Any, av: Any) -> set[str] | None:
    """The lower-case letters a letter, digit or small set of them matches, else None."""
    if op is sre.LITERAL:
        return {chr(av).lower()} if _word_char(av) else None
    if op is not sre.IN:
        return None
    letters: set[str] = set()
    for kind, value in av:
        if kind is sre.LITERAL and _word_char(value):
            letters.add(chr(value).lower())
        elif kind is sre.RANGE and value[1] - value[0] < 40:
            codes = range(value[0], value[1] + 1)
            if not all(_word_char(c) for c in codes):
                return None
            letters |= {chr(c).lower() for c in codes}
        else:
            return None
    return letters


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
    """Whether the element matches every word character (``\\w``, ``[\\w-]``)."""
    if op is not sre.IN:
        return False
    members = list(av)
    return (sre.CATEGORY, sre.CATEGORY_WORD) in members and members[0][0] is not sre.NEGATE
