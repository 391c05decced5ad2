"""The reading rules live in a data file; a user's own file is used unless it is broken."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from organizer.core.understand import RulesError, load_rules, understand
from organizer.core.understand.rules import (
    KINDS,
    OUTCOMES,
    bundled_rules_path,
    phrase_regex,
    regex_prefix,
)

BUNDLED = bundled_rules_path()
KETTLE_NOTE = "Kettle care: descale monthly with vinegar. Warranty two years from purchase."


def write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


def test_bundled_rules_load_and_cover_every_kind_and_outcome() -> None:
    loaded = load_rules(BUNDLED)
    assert loaded.warnings == ()
    assert set(loaded.rules.kinds) == set(KINDS)
    assert set(loaded.rules.outcomes) == set(OUTCOMES)
    assert all(loaded.rules.kinds[kind] for kind in KINDS)
    assert loaded.rules.patterns("reference_labels")


def test_missing_user_file_is_silent(tmp_path: Path) -> None:
    loaded = load_rules(BUNDLED, tmp_path / "understanding.json")
    assert loaded.warnings == ()


def test_user_file_replaces_the_sections_it_contains(tmp_path: Path) -> None:
    override = write(
        tmp_path / "understanding.json",
        json.dumps({"kinds": {"clinical": [{"phrase": "kettle care", "weight": 50}]}}),
    )
    loaded = load_rules(BUNDLED, override)
    assert loaded.warnings == ()
    assert [p.written for p in loaded.rules.kinds["clinical"]] == ["kettle care"]
    assert loaded.rules.kinds["insurance"] == load_rules(BUNDLED).rules.kinds["insurance"]
    found = understand(KETTLE_NOTE, rules=loaded.rules)
    assert found.kind == "clinical"
    assert 'found "kettle care"' in found.kind_reasons


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "not valid JSON (line 1"),
        ("[1, 2]", "should hold one JSON object"),
        ('{"kinds": {"clinical": [{"weight": 3}]}}', "kinds.clinical[0] needs exactly one"),
        ('{"kinds": {"recipes": []}}', "unknown names: recipes"),
        ('{"outcomes": {"denied": [{"regex": "(unclosed", "weight": 2}]}}', "is not valid"),
        ('{"title_lines": "many"}', "'title_lines' should be a number"),
        ('{"items": {"prescription": {"fulfil_kinds": ["letters"]}}}', "fulfil_kinds"),
        ('{"items": {"bicycle": {}}}', "unknown checklist items: bicycle"),
        ('{"due_cues": {"phrase": "by"}}', "due_cues should be a list"),
    ],
)
def test_broken_user_file_is_reported_and_ignored(tmp_path: Path, content: str, says: str) -> None:
    override = write(tmp_path / "understanding.json", content)
    loaded = load_rules(BUNDLED, override)
    (warning,) = loaded.warnings
    assert says in warning
    assert str(override) in warning
    assert "built-in rules are used instead" in warning
    assert loaded.rules.kinds == load_rules(BUNDLED).rules.kinds


def test_unreadable_user_file_is_reported(tmp_path: Path) -> None:
    override = tmp_path / "understanding.json"
    override.write_bytes(b"\xff\xfe\x00garbage")
    (warning,) = load_rules(BUNDLED, override).warnings
    assert "could not be read" in warning or "not valid JSON" in warning


def test_broken_bundled_file_is_a_bug(tmp_path: Path) -> None:
    bundled = write(tmp_path / "bundled.json", '{"title_lines": 10}')
    with pytest.raises(RulesError):
        load_rules(bundled)


def test_phrases_match_across_broken_lines_and_punctuation() -> None:
    pattern = re.compile(phrase_regex("prior authorization"), re.I)
    assert pattern.search("your Prior\nAuthorization request")
    assert pattern.search("prior-authorization")
    assert not pattern.search("priority authorizations")
    stem = re.compile(phrase_regex("veterinar*"), re.I)
    assert stem.search("our veterinarians") and stem.search("veterinary care")


def test_the_bundled_file_is_plain_json_a_person_can_edit() -> None:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert "about" in data


def test_quick_checks_find_exactly_what_the_patterns_find() -> None:
    """The word and prefix checks that skip most patterns never skip one that matches."""
    assert regex_prefix(r"\bintake\s*(?:#|number)") == "intake"
    assert regex_prefix(r"\bpets?\b") is None  # the last letter is optional
    assert regex_prefix(r"\bvin\b|\bvehicle") is None  # another alternative
    assert regex_prefix(r"\bcase[(|]x") == "case"  # "|" inside a class is a character
    rules = load_rules().rules
    texts = [
        "Status: CERTIFIED\nIntake # BG-INT-26-0208\nThe IRO has Overturned the denial.",
        "Dear Ms. Ruiz,\nYour pre-certification (see ID-card) was approved; physician's orders.",
        "Coverage Decision: Denied\nPeer-to-peer conversation scheduled",
    ]
    patterns = [
        p
        for group in (rules.kinds, rules.outcomes, rules.senders, rules.lists)
        for found in group.values()
        for p in found
    ]
    assert any(p.regex.prefix for p in patterns) and any(p.regex.needle for p in patterns)
    for text in texts:
        for pattern in patterns:
            plain = re.compile(pattern.regex.pattern, re.IGNORECASE | re.MULTILINE)
            want = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in pattern.regex.finditer(text)] == want, pattern.written
