"""Case-insensitive rule patterns run as case-sensitive scans of the lower-cased text.

Python's regex engine searches a case-insensitive pattern position by position, without
the literal-prefix and character-set shortcuts it uses for case-sensitive ones: with a few
hundred rule patterns, that was most of a document's reading time. A rule's regex is
rewritten once, when the rules are loaded, into the same pattern in lower case (literals
lowered, character sets given their lower-case members) and compiled without IGNORECASE.

On the lower-cased text it matches wherever the original matches on the original text
(and, without the checks the original starts with, at a few more places, each then tried
with the original pattern), for every text ``usable`` accepts: one whose lower case has
the same length (no "İ") and holds none of the characters the engine folds onto an ASCII
letter while their lower case differs ("ı", "ſ"). Patterns it cannot rewrite exactly
(inline flags, back references, characters beyond Latin-1, "µ") get no scan and are
searched as written.
Checked for every Unicode character in ``tests/test_understand_fastscan.py``.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

# Characters that IGNORECASE matches to a Latin-1 letter although their lower case is
# another character (found by trying every Unicode character against every Latin-1 one).
FOLDS_ODDLY = frozenset("\u0130\u0131\u017f")
_MICRO = 0xB5


class _Unsafe(Exception):
    """The pattern holds something the rewrite cannot keep exact."""


def _lower(code: int) -> int:
    if code > 0xFF or code == _MICRO:
        raise _Unsafe
    lowered = chr(code).lower()
    if len(lowered) != 1:
        raise _Unsafe
    return ord(lowered)


def _set_items(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            out.append((op, _lower(av)))
        elif name == "RANGE":
            low, high = av
            if high > 0xFF or low <= _MICRO <= high:
                raise _Unsafe
            out.append((op, av))
            literal = _constants().LITERAL
            for code in range(low, high + 1):
                if _lower(code) != code:
                    out.append((literal, _lower(code)))
        elif name in ("NEGATE", "CATEGORY"):
            out.append((op, av))
        else:
            raise _Unsafe
    return out


def _rewrite(pattern: Any) -> None:
    """Lower the pattern's literals and sets in place (``pattern`` is a parsed SubPattern)."""
    data = pattern.data
    for index, (op, av) in enumerate(data):
        name = op.name
        if name in ("LITERAL", "NOT_LITERAL"):
            data[index] = (op, _lower(av))
        elif name == "IN":
            data[index] = (op, _set_items(av))
        elif name in ("AT", "ANY", "CATEGORY"):
            continue
        elif name == "BRANCH":
            for branch in av[1]:
                _rewrite(branch)
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                raise _Unsafe
            _rewrite(inner)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _rewrite(av[2])
        elif name in ("ASSERT", "ASSERT_NOT"):
            _rewrite(av[1])
        elif name == "ATOMIC_GROUP":
            _rewrite(av)
        else:
            raise _Unsafe


def _factor(data: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Texts one of which every match holds (lower case), or None: the most telling of the
    runs of letters, groups, alternatives and repeats the pattern cannot do without."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset(("".join(run),)))
            run.clear()

    for op, av in data:
        name = op.name
        if name == "LITERAL":
            run.append(chr(av))
            continue
        close_run()
        found: frozenset[str] | None = None
        if name == "SUBPATTERN":
            found = _factor(av[3].data)
        elif name == "BRANCH":
            parts = [_factor(branch.data) for branch in av[1]]
            if all(part is not None for part in parts):
                found = frozenset().union(*(p for p in parts if p is not None))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found = _factor(av[2].data)
        elif name == "ATOMIC_GROUP":
            found = _factor(av.data)
        if found:
            candidates.append(found)
    close_run()
    if not candidates:
        return None
    return max(candidates, key=lambda texts: (min(len(t) for t in texts), -len(texts)))


def _constants() -> Any:
    return importlib.import_module("re._constants")


@dataclass(frozen=True, slots=True)
class Scan:
    """How to find a case-insensitive pattern's matches in the lower-cased text."""

    pattern: re.Pattern[str]
    # How far a match of ``pattern`` starts before the original's: 1 for a pattern
    # anchored at line starts, found by the newline before (the first line on its own).
    shift: int
    # Texts one of which every match holds; none in the text: nothing to scan for.
    needs: frozenset[str] | None


MIN_NEED = 3


def lowered_scan(source: str, flags: int) -> Scan | None:
    """The case-sensitive scan for ``source`` (compiled with IGNORECASE and ``flags``) on
    the lower-cased text; None when it cannot be made exactly."""
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
        tree = parser.parse(source, flags & ~re.IGNORECASE)
        if tree.state.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE | re.ASCII):
            return None
        if tree.getwidth()[0] == 0:
            return None  # an empty match steps on differently: searched as written
        _rewrite(tree)
        needs = _factor(tree.data)
        if needs is not None and min(len(t) for t in needs) < MIN_NEED:
            needs = None
        shift = 0
        first = tree.data[0] if tree.data else None
        if (
            first is not None
            and first[0].name == "AT"
            and first[1].name == "AT_BEGINNING"
            and flags & re.MULTILINE
        ):
            # "^" at a line start: the scan looks for the newline before it (the engine
            # jumps from one to the next); the text's first line is tried on its own.
            tree.data[0] = (_constants().LITERAL, 10)
            shift = 1
        else:
            # Checks at the start (\b, look-behinds) keep the engine from jumping to the
            # pattern's first letters; every spot the scan finds is tried with the original.
            while tree.data and tree.data[0][0].name in ("AT", "ASSERT", "ASSERT_NOT"):
                del tree.data[0]
        if not tree.data:
            return None
        compiled = compiler.compile(tree, flags & ~re.IGNORECASE)
    except (_Unsafe, ImportError, AttributeError, TypeError, ValueError, IndexError, re.error):
        return None
    return Scan(compiled, shift, needs) if isinstance(compiled, re.Pattern) else None


def usable(text: str, lowered: str) -> bool:
    """Whether lowered scans find exactly what the patterns find on ``text``."""
    return len(lowered) == len(text) and not any(c in text for c in FOLDS_ODDLY)
