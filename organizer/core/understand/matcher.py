"""Searching text for one rule's pattern quickly, with the same results as the pattern.

Kept apart from the rules file's loading so that modules that only search dates (the
``missing`` command reads letters' dates) do not load the rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise
from typing import Generic, TypeVar

from organizer.core.understand.fastscan import lowered_scan, usable
from organizer.core.understand.leading import PREFIX, leading_words

_UNREAD: frozenset[str] = frozenset({"(not read yet)"})


class Matcher:
    """A compiled pattern that searches quickly, with the same results as the plain one.

    Rules are mostly phrases, and a document holds few of them. A phrase is first looked
    for by its longest word with a plain substring test, which rules out most phrases at
    once; the rest are found with a case-sensitive scan of the lower-cased text (which
    Python's regex engine does far faster than a case-insensitive one), then confirmed
    with the original pattern at that spot, so matches and their text are exactly those of
    the original pattern.
    """

    __slots__ = (
        "_flags",
        "_later",
        "_regex",
        "_source",
        "_starts",
        "_words",
        "exact",
        "fast",
        "left_boundary",
        "needle",
        "needs",
        "pairs",
        "prefix",
        "shift",
    )

    def __init__(
        self,
        regex: re.Pattern[str] | None,
        needle: str | None = None,
        fast: re.Pattern[str] | None = None,
        left_boundary: bool = False,
        prefix: str | None = None,
        exact: bool = False,
        shift: int = 0,
        needs: frozenset[str] | None = None,
        *,
        source: str = "",
        flags: int = 0,
        later: str | None = None,
        pairs: tuple[tuple[str, str], ...] = (),
    ) -> None:
        # Compiled on first use when only ``source`` is given: a process that reads a few
        # documents does not pay for the phrases they never contain.
        self._regex = regex
        self._source = regex.pattern if regex is not None else source
        self._flags = (regex.flags if regex is not None else flags) | re.UNICODE
        # What to make on first use: a phrase's quick pattern (its source), or, for a
        # regular expression (""), its scan of the lower-cased text (fastscan).
        self._later = later
        self.needle = needle
        self.fast = fast
        self.left_boundary = left_boundary
        # For a regular expression that starts with a plain word: text it must contain.
        self.prefix = prefix
        # A rewritten regular expression (fastscan): used only on texts it is exact for.
        self.exact = exact
        # How far before the real match a match of ``fast`` starts (1: at the newline
        # before a line-start match; the first line is then tried on its own).
        self.shift = shift
        # For a rewritten one: texts one of which its every match holds, in lower case.
        self.needs = needs
        # For a phrase: pairs of its words that stand next to each other wherever it
        # matches (both plain words, so both are whole words of the text).
        self.pairs = pairs
        # For a regular expression: whole words one of which starts its every match
        # (leading.py), read from the pattern when first asked for.
        self._words: frozenset[str] | None = _UNREAD if needle is None else None
        self._starts: tuple[str, ...] = ()

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self._source, self._flags)
        return self._regex

    def _make_later(self) -> None:
        # Everything is set before ``_later`` is cleared: another thread that sees it
        # cleared finds the scan whole (one that does not makes the same scan itself).
        later = self._later
        if later:
            self.fast = re.compile(later, re.MULTILINE)
        elif later is not None:
            scan = lowered_scan(self._source, self._flags & re.MULTILINE)
            if scan is not None:
                # Needs written in the rules (words a match holds) narrow more than the
                # scan's own (often a single letter): those are kept.
                self.needs = self.needs if self.needs is not None else scan.needs
                self.shift, self.exact = scan.shift, True
                self.fast = scan.pattern
        self._later = None

    def _absent(self, text: str) -> bool:
        if self.needle is not None:
            if self.needle not in _words(text):
                return True
            if self.pairs and _scannable(text):
                pairs = _pairs(text)
                return not all(pair in pairs for pair in self.pairs)
            return False
        if self._later is not None:
            self._make_later()
        # On a text where the lower case keeps every character's place and kind, the
        # words of the text are those a match's leading word is one of (a set test, so
        # made before the searches for text below).
        words = self.leading_words()
        if (
            words is not None
            and _scannable(text)
            and words.isdisjoint(_words(text))
            and not (self._starts and _any_starts(text, self._starts))
        ):
            return True
        if self.prefix is not None:
            return self.prefix not in _lowered(text)
        if self.needs is not None and _scannable(text):
            lowered = _lowered(text)
            return not any(need in lowered for need in self.needs)
        return False

    def leading_words(self) -> frozenset[str] | None:
        """Lower-case words one of which stands whole at the start of every match (a
        regular expression of a plain shape), or None; phrases have their needle."""
        if self._words is _UNREAD:
            words = leading_words(self._source, self._flags) or frozenset()
            # A word's start is found as text: a word that starts with it holds it.
            self._starts = tuple(w[:-1] for w in words if w.endswith(PREFIX))
            self._words = frozenset(w for w in words if not w.endswith(PREFIX)) or None
            if self._words is None and self._starts:
                self._words = frozenset()
        return self._words

    @property
    def whole_words_only(self) -> bool:
        """Whether the leading words are all whole words (none only a word's start)."""
        return self.leading_words() is not None and not self._starts

    def _quick(self, text: str, pos: int) -> Iterator[re.Match[str]]:
        assert self.fast is not None
        lowered = _lowered(text)
        shift = self.shift
        if shift and pos == 0:
            first = self.regex.match(text, 0)
            if first is not None:
                yield first
                pos = max(first.end(), 1)
            else:
                pos = 1
        while True:
            found = self.fast.search(lowered, max(pos - shift, 0))
            if found is None:
                return
            start = found.start() + shift
            if self.left_boundary and start > 0 and _is_word(lowered[start - 1]):
                pos = start + 1
                continue
            real = self.regex.match(text, start)
            if real is not None:
                yield real
                pos = max(real.end(), start + 1)
            else:
                pos = start + 1

    def _usable(self, text: str) -> bool:
        if self._later is not None:
            self._make_later()
        if self.fast is None:
            return False
        if self.exact:
            return _scannable(text)
        return len(_lowered(text)) == len(text)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self._absent(text):
            return None
        if self._usable(text):
            return next(self._quick(text, pos), None)
        return self.regex.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.match(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._absent(text):
            return iter(())
        if self._usable(text):
            return self._quick(text, 0)
        return self.regex.finditer(text)

    @property
    def pattern(self) -> str:
        return self._source

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matcher) and (self._source, self._flags, self.needle) == (
            other._source,
            other._flags,
            other.needle,
        )

    def __hash__(self) -> int:
        return hash((self._source, self._flags, self.needle))

    def __repr__(self) -> str:
        return f"Matcher({self._source!r})"


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


V = TypeVar("V")


class _Recent(Generic[V]):
    """A value kept for each of the few texts most recently asked about (found by
    identity): one reading alternates between its text, a masked copy and its zones.
    The entries are one tuple, replaced whole, so threads never see half an update."""

    __slots__ = ("_items", "_size")

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: tuple[tuple[str, V], ...] = ()

    def get(self, text: str) -> V | None:
        for known, value in self._items:
            if known is text:
                return value
        return None

    def put(self, text: str, value: V) -> V:
        self._items = ((text, value), *self._items[: self._size - 1])
        return value


RECENT = 6
_LOWERED: _Recent[str] = _Recent(RECENT)
_SCANNABLE: _Recent[bool] = _Recent(RECENT)
_WORDS: _Recent[frozenset[str]] = _Recent(RECENT)
_PAIRS: _Recent[frozenset[tuple[str, str]]] = _Recent(RECENT)
_SPLIT: _Recent[list[str]] = _Recent(2)
_SORTED: _Recent[list[str]] = _Recent(RECENT)
_NON_WORD = re.compile(r"[\W_]+")


def _lowered(text: str) -> str:
    """The text in lower case (remembered for the texts most recently asked about)."""
    found = _LOWERED.get(text)
    return found if found is not None else _LOWERED.put(text, text.lower())


def _scannable(text: str) -> bool:
    """Whether rewritten patterns are exact on this text (remembered likewise)."""
    found = _SCANNABLE.get(text)
    return found if found is not None else _SCANNABLE.put(text, usable(text, _lowered(text)))


def _words(text: str) -> frozenset[str]:
    """The lower-case words of the text (remembered likewise).

    A phrase's plain words stand between non-word characters wherever the phrase matches,
    so a needle missing from this set rules the phrase out without scanning the text.
    """
    found = _WORDS.get(text)
    if found is not None:
        return found
    return _WORDS.put(text, frozenset(_split(text)))


def _split(text: str) -> list[str]:
    """The text's lower-case words in order (kept until its pairs are made)."""
    found = _SPLIT.get(text)
    if found is not None:
        return found
    lowered = _lowered(text)
    if lowered.isascii():
        # The same words as splitting at runs of non-word characters (and no empty ones
        # at the ends, which no rule word is).
        return _SPLIT.put(text, lowered.translate(_ASCII_NON_WORD).split())
    return _SPLIT.put(text, _NON_WORD.split(lowered))


# Every ASCII character that is not a word character ([\W_]) as a space.
_ASCII_NON_WORD = {c: " " for c in range(128) if not chr(c).isalnum()}


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of lower-case words that follow each other in the text (remembered
    likewise). A phrase's plain words are whole words of the text wherever it matches,
    with only non-word characters between two of them: on a text where the lower case
    keeps every character's place and kind (``_scannable``), a phrase two of whose
    neighbouring words never follow each other here cannot match."""
    found = _PAIRS.get(text)
    if found is not None:
        return found
    return _PAIRS.put(text, frozenset(pairwise(_split(text))))


def _any_starts(text: str, starts: tuple[str, ...]) -> bool:
    """Whether one of the text's lower-case words starts with one of ``starts``: the
    first word in order from each start on is the one that would."""
    found = _SORTED.get(text)
    ordered = found if found is not None else _SORTED.put(text, sorted(_words(text)))
    for start in starts:
        at = bisect_left(ordered, start)
        if at < len(ordered) and ordered[at].startswith(start):
            return True
    return False
