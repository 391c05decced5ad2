"""The reading rules as data: phrases and patterns with weights, loaded from JSON.

The bundled file lives in ``resources/rules/understanding.json``. A user may keep their own
copy; its sections replace the bundled ones (a section is a top-level key, or one entry
inside "kinds", "outcomes", "senders" or "items"). A broken user file is reported in plain
words and ignored, so the app keeps working with the bundled rules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.understand.matcher import Matcher, _pairs, _scannable, _words

KINDS = ("referral", "insurance", "letter", "clinical", "other")
OUTCOMES = ("approved", "denied", "info_requested", "informational")
SENDERS = ("payer", "provider", "pharmacy", "patient", "other")
PATTERN_LISTS = (
    "letter_form",
    "reference_labels",
    "member_id_labels",
    "plan_member_id_labels",
    "date_labels",
    "due_cues",
    "due_blockers",
    "request_cues",
    "request_blockers",
    "received_cues",
    "appeal_cues",
    "reminder_cues",
    "claim_statement",
    "relay_cues",
    "set_aside_cues",
    "request_form_titles",
)
NUMBERS = ("title_lines", "title_weight", "kind_min_score", "other_share", "outcome_min_score")


class RulesError(ValueError):
    """A rules file that cannot be used, with a message that says where it is wrong."""


def phrase_pairs(phrase: str) -> tuple[tuple[str, str], ...]:
    """Neighbouring words of a phrase that are both plain (ASCII letters and digits, no
    ``*``), lower case: wherever the phrase matches they are two neighbouring whole words."""
    words = phrase.lower().split()
    plain = [w.isalnum() and w.isascii() for w in words]
    return tuple(
        (words[n], words[n + 1]) for n in range(len(words) - 1) if plain[n] and plain[n + 1]
    )


def phrase_needle(phrase: str) -> str | None:
    """The longest plain word of a phrase, lower case: it must appear wherever it matches."""
    words = [w for w in phrase.lower().split() if not w.endswith("*")]
    words = [w for w in words if w.isalnum() and w.isascii() and w.lower() == w]
    return max(words, key=len) if words else None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One phrase or regular expression with the weight it adds when found."""

    regex: Matcher
    weight: float
    title_only: bool = False
    written: str = ""


class _ListIndex:
    """A pattern list's phrases grouped by the word each needs, and its regular
    expressions by the words their matches start with, for ``may_match``."""

    __slots__ = ("always", "by_needle", "by_word", "patterns", "worded")

    def __init__(self, patterns: tuple[Pattern, ...]) -> None:
        self.patterns = patterns  # kept alive: the index is found by the list's id()
        self.always: list[int] = []
        self.by_needle: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.worded: list[int] = []
        for number, pattern in enumerate(patterns):
            matcher = pattern.regex
            needle = matcher.needle if matcher.prefix is None else None
            words = matcher.leading_words() if needle is None else None
            if needle is not None:
                self.by_needle.setdefault(needle, []).append(number)
            elif words is not None and matcher.whole_words_only:
                self.worded.append(number)
                for word in words:
                    self.by_word.setdefault(word, []).append(number)
            else:
                self.always.append(number)


_INDEXES: dict[int, _ListIndex] = {}


def may_match(patterns: tuple[Pattern, ...], text: str) -> list[Pattern]:
    """The patterns of a list that may be found in ``text``, in the list's order.

    A phrase whose needed word is not among the text's words cannot match, nor one two of
    whose neighbouring words never follow each other in it, nor a regular expression none
    of whose leading words is there (the last two on texts where the lower case keeps
    every character's place and kind): their own search would say so too, one call each.
    """
    index = _INDEXES.get(id(patterns))
    if index is None or index.patterns is not patterns:
        if len(_INDEXES) > 512:
            _INDEXES.clear()
        index = _INDEXES[id(patterns)] = _ListIndex(patterns)
    if not index.by_needle and not index.worded:
        return list(patterns)
    words = _words(text)
    numbers = list(index.always)
    for needle in index.by_needle.keys() & words:
        numbers += index.by_needle[needle]
    scannable = _scannable(text)
    if not scannable:
        numbers += index.worded
    elif index.worded:
        numbers += {n for word in index.by_word.keys() & words for n in index.by_word[word]}
    numbers.sort()
    found = [patterns[n] for n in numbers]
    if not scannable:
        return found
    pairs: frozenset[tuple[str, str]] | None = None
    kept: list[Pattern] = []
    for pattern in found:
        needed = pattern.regex.pairs
        if needed:
            pairs = _pairs(text) if pairs is None else pairs
            if not pairs.issuperset(needed):
                continue
        kept.append(pattern)
    return kept


@dataclass(frozen=True, slots=True)
class ItemRules:
    """How a checklist item is named in requests, and what documents satisfy it."""

    mention: tuple[Pattern, ...]
    fulfil: tuple[Pattern, ...]
    fulfil_kinds: tuple[str, ...]
    # Documents written in answer to a request (a letter of medical necessity) are dated
    # after it; records (lab results, notes) may be older than the request.
    made_for_request: bool
    # Patterns that mean "this document is plan information rather than the item itself".
    weak_fulfil: tuple[Pattern, ...] = ()
    # Words too common in requests for this item to tell one request from another.
    generic_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rules:
    title_lines: int
    title_weight: float
    kind_min_score: float
    other_share: float
    outcome_min_score: float
    kinds: dict[str, tuple[Pattern, ...]]
    outcomes: dict[str, tuple[Pattern, ...]]
    senders: dict[str, tuple[Pattern, ...]]
    items: dict[str, ItemRules]
    lists: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    # Phrases of a document's own title (its capitalised heading or "Re:" line) per kind:
    # what a document calls itself weighs more than the words it uses.
    headings: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)

    def patterns(self, name: str) -> tuple[Pattern, ...]:
        """One of the named pattern lists (``PATTERN_LISTS``)."""
        return self.lists.get(name, ())


@dataclass(frozen=True, slots=True)
class LoadedRules:
    """The rules in force, and plain-words warnings about a user file that was ignored."""

    rules: Rules
    warnings: tuple[str, ...] = ()


_ANY_LETTER = r"[^\W\d_]"


def _letters(word: str) -> str:
    """A word's regex in which each accented letter matches any one letter: scans read
    without Spanish data drop or change accents ("autorizaci\u00f3n" read "autorizacion",
    "autorizaci\u00e9n")."""
    return "".join(_ANY_LETTER if c.isalpha() and not c.isascii() else re.escape(c) for c in word)


def phrase_regex(phrase: str) -> str:
    """A regex for a phrase: words in order, any spacing or punctuation between them.

    A trailing ``*`` on a word matches any ending (``veterinar*``); an accented letter
    matches any letter.
    """
    words = phrase.strip().split()
    if not words:
        raise RulesError("an empty phrase")
    parts: list[str] = []
    for word in words:
        stem = word.endswith("*") and len(word) > 1
        core = _letters(word[:-1] if stem else word)
        parts.append(core + (r"\w*" if stem else ""))
    body = r"[\W_]+".join(parts)
    first, last = words[0][0], words[-1].rstrip("*")[-1:]
    start = r"\b" if first.isalnum() else ""
    end = r"\b" if last.isalnum() and not words[-1].endswith("*") else ""
    return start + body + end


_PLAIN_START = re.compile(r"\\b([a-z]{3,})(?![a-z*+?{])")


def regex_prefix(source: str) -> str | None:
    """A word every match of the regex starts with ("\\bintake\\s*#" -> "intake"), found
    only when the regex has no alternative at its top level; None otherwise."""
    found = _PLAIN_START.match(source)
    if found is None:
        return None
    depth, escaped, in_class = 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
    return found.group(1)


def _needs(entry: dict[str, Any], where: str) -> frozenset[str] | None:
    """A regex's "needs": words one of which its every match holds. On a plain (ASCII)
    text without any of them the regex is not run; other texts are always searched."""
    needs = entry.get("needs")
    if needs is None:
        return None
    if not isinstance(needs, list) or not all(isinstance(n, str) and n.isascii() for n in needs):
        raise RulesError(f"{where}: needs should be a list of plain (ASCII) words")
    return frozenset(n.lower() for n in needs if n) or None


def _compile(entry: object, where: str) -> Pattern:
    if not isinstance(entry, dict):
        raise RulesError(f"{where} should be an object with a phrase or regex and a weight")
    weight = entry.get("weight", 1)
    if not isinstance(weight, int | float) or isinstance(weight, bool):
        raise RulesError(f"{where}: weight should be a number")
    phrase, regex = entry.get("phrase"), entry.get("regex")
    if isinstance(phrase, str) == isinstance(regex, str):
        raise RulesError(f"{where} needs exactly one of 'phrase' or 'regex' (text)")
    written = phrase if isinstance(phrase, str) else str(regex)
    source = phrase_regex(phrase) if isinstance(phrase, str) else str(regex)
    flags = re.IGNORECASE | re.MULTILINE
    if isinstance(phrase, str):
        # A phrase's words are escaped: it compiles. Both patterns are made on first use.
        quick = phrase_regex(phrase.lower())
        left = quick.startswith(r"\b")
        matcher = Matcher(
            None,
            phrase_needle(phrase),
            left_boundary=left,
            source=source,
            flags=flags,
            later=quick[2:] if left else quick,
            pairs=phrase_pairs(phrase),
        )
    else:
        try:
            compiled = re.compile(source, flags)
        except re.error as exc:
            raise RulesError(f"{where}: the pattern {written!r} is not valid ({exc})") from None
        matcher = Matcher(
            compiled, prefix=regex_prefix(source), later="", needs=_needs(entry, where)
        )
    return Pattern(matcher, float(weight), bool(entry.get("title", False)), written)


def _pattern_list(value: object, where: str) -> tuple[Pattern, ...]:
    if not isinstance(value, list):
        raise RulesError(f"{where} should be a list")
    return tuple(_compile(entry, f"{where}[{index}]") for index, entry in enumerate(value))


def _grouped(data: Mapping[str, Any], key: str, names: tuple[str, ...]) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise RulesError(f"'{key}' should be an object with one list per name")
    unknown = sorted(set(value) - set(names))
    if unknown:
        raise RulesError(f"'{key}' has unknown names: {', '.join(unknown)}")
    return {name: _pattern_list(value.get(name, []), f"{key}.{name}") for name in names}


def _item_rules(data: Mapping[str, Any]) -> dict[str, ItemRules]:
    value = data.get("items")
    if not isinstance(value, dict):
        raise RulesError("'items' should be an object with one entry per checklist item")
    unknown = sorted(set(value) - set(CHECKLIST_BY_KEY))
    if unknown:
        raise RulesError(f"'items' has unknown checklist items: {', '.join(unknown)}")
    items: dict[str, ItemRules] = {}
    for key in CHECKLIST_BY_KEY:
        raw = value.get(key, {})
        if not isinstance(raw, dict):
            raise RulesError(f"items.{key} should be an object")
        kinds = raw.get("fulfil_kinds", [])
        if not isinstance(kinds, list) or not all(k in KINDS for k in kinds):
            raise RulesError(f"items.{key}.fulfil_kinds should list kinds from {', '.join(KINDS)}")
        generic = raw.get("generic_words", [])
        if not isinstance(generic, list) or not all(isinstance(w, str) for w in generic):
            raise RulesError(f"items.{key}.generic_words should be a list of words")
        items[key] = ItemRules(
            mention=_pattern_list(raw.get("mention", []), f"items.{key}.mention"),
            fulfil=_pattern_list(raw.get("fulfil", []), f"items.{key}.fulfil"),
            fulfil_kinds=tuple(kinds),
            made_for_request=bool(raw.get("made_for_request", False)),
            weak_fulfil=_pattern_list(raw.get("weak_fulfil", []), f"items.{key}.weak_fulfil"),
            generic_words=tuple(w.lower() for w in generic),
        )
    return items


def parse_rules(data: object) -> Rules:
    """Check and compile rules from parsed JSON; raise RulesError saying what is wrong."""
    if not isinstance(data, dict):
        raise RulesError("the file should hold one JSON object")
    for name in NUMBERS:
        if not isinstance(data.get(name), int | float) or isinstance(data.get(name), bool):
            raise RulesError(f"'{name}' should be a number")
    lists = {name: _pattern_list(data.get(name, []), name) for name in PATTERN_LISTS}
    return Rules(
        title_lines=int(data["title_lines"]),
        title_weight=float(data["title_weight"]),
        kind_min_score=float(data["kind_min_score"]),
        other_share=float(data["other_share"]),
        outcome_min_score=float(data["outcome_min_score"]),
        kinds=_grouped(data, "kinds", KINDS),
        outcomes=_grouped(data, "outcomes", OUTCOMES),
        senders=_grouped(data, "senders", SENDERS),
        items=_item_rules(data),
        lists=lists,
        headings=_grouped(data, "headings", KINDS) if "headings" in data else {},
    )


def extend_rules(base: dict[str, Any], pack: dict[str, Any]) -> dict[str, Any]:
    """The rules with a language pack's patterns added to the same lists (a pack only adds:
    Spanish phrases next to the English ones, so one reading handles both)."""

    def add(old: object, more: object) -> object:
        if isinstance(old, list) and isinstance(more, list):
            return [*old, *more]
        if isinstance(old, dict) and isinstance(more, dict):
            return {k: add(old[k], v) if k in old else v for k, v in {**old, **more}.items()}
        return old

    return {key: add(value, pack[key]) if key in pack else value for key, value in base.items()}


def language_packs(bundled: Path) -> list[Path]:
    """The language packs shipped beside the bundled rules (``understanding.es.json``)."""
    return sorted(bundled.parent.glob(bundled.stem + ".*.json"))


def merge_override(bundled: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """The bundled rules with the user's sections put in place of the same sections."""
    merged = dict(bundled)
    for key, value in override.items():
        if key in ("kinds", "outcomes", "senders", "items", "headings") and isinstance(value, dict):
            inner = dict(merged.get(key) or {})
            inner.update(value)
            merged[key] = inner
        else:
            merged[key] = value
    return merged


def _read_json(path: Path) -> object:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def bundled_rules_path() -> Path:
    """Where the rules shipped with the app are."""
    from organizer.core.paths import bundled_rules_file

    return bundled_rules_file()


def load_rules(bundled: Path | None = None, override: Path | None = None) -> LoadedRules:
    """The bundled rules, with the user's file laid over them when it is usable.

    A missing user file is normal and silent. A user file that cannot be read, is not JSON,
    or has the wrong shape is ignored with a warning that says why. The bundled file must
    be valid: if it is not, that is a bug and RulesError is raised.
    """
    bundled_path = bundled or bundled_rules_path()
    base = _read_json(bundled_path)
    for pack in language_packs(bundled_path):
        extra = _read_json(pack)
        if not isinstance(base, dict) or not isinstance(extra, dict):
            raise RulesError(f"{pack.name} should hold one JSON object")
        base = extend_rules(base, extra)
    rules = parse_rules(base)
    if override is None or not override.exists():
        return LoadedRules(rules)
    assert isinstance(base, dict)  # parse_rules checked it
    problem: str
    try:
        extra = _read_json(override)
        if not isinstance(extra, dict):
            raise RulesError("the file should hold one JSON object")
        return LoadedRules(parse_rules(merge_override(base, extra)))
    except json.JSONDecodeError as exc:
        problem = f"it is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except RulesError as exc:
        problem = str(exc)
    except (OSError, UnicodeDecodeError) as exc:
        problem = f"it could not be read ({exc})"
    warning = (
        f"Your own reading rules in {override} were not used because {problem}. "
        "The built-in rules are used instead."
    )
    return LoadedRules(rules, (warning,))
