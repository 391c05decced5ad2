"""Fuzzing the classifier and the details extractor on arbitrary text.

Whatever a document says (OCR noise, another language, the rules' own phrases shuffled
together), reading it gives a well-formed Understanding quickly, and proposing log links
from it never fails.
"""

from __future__ import annotations

import json
import time
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organizer.core.checklist import CHECKLIST_BY_KEY, STARTER_ITEMS, checklist_item
from organizer.core.records import LogEntryInfo
from organizer.core.types import DocumentKind, LetterOutcome, Sender
from organizer.core.understand import CaseContext, Understanding, propose_links, understand
from organizer.core.understand.rules import KINDS, bundled_rules_path

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LIMIT_S = 5.0


def rule_phrases() -> list[str]:
    """Every phrase the bundled rules look for: text made of them reaches every rule."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            phrase = value.get("phrase")
            if isinstance(phrase, str):
                found.append(phrase.rstrip("*"))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(bundled_rules_path().read_text(encoding="utf-8")))
    return sorted(set(found))


PHRASES = rule_phrases()
dates_written = st.dates(date(1900, 1, 1), date(2100, 12, 31)).flatmap(
    lambda d: st.sampled_from(
        [d.isoformat(), f"{d:%m/%d/%Y}", f"{d:%B} {d.day}, {d.year}", f"{d.day} {d:%b %Y}"]
    )
)
words = st.one_of(
    st.sampled_from(PHRASES),
    dates_written,
    st.from_regex(r"[A-Z]{2,4}-?[0-9O]{4,12}", fullmatch=True),  # ids, with OCR's O for 0
    st.sampled_from(["Member ID:", "Reference #", "☒", "☐", "within 30 days", "Dear", ":"]),
    st.text(max_size=12),
)
documents_text = st.lists(words, max_size=60).flatmap(
    lambda parts: st.sampled_from([" ", "\n", "  \n"]).map(lambda joint: joint.join(parts))
)
any_text = st.one_of(st.text(max_size=3000), documents_text)
contexts = st.builds(
    CaseContext,
    patient=st.text(max_size=20),
    member_ids=st.lists(st.text(max_size=14), max_size=2).map(tuple),
    payers=st.lists(st.text(max_size=20), max_size=2).map(tuple),
    providers=st.lists(st.text(max_size=20), max_size=1).map(tuple),
    pharmacies=st.lists(st.text(max_size=20), max_size=1).map(tuple),
)


def starter_log() -> list[LogEntryInfo]:
    return [
        LogEntryInfo(
            id=number,
            item=key,
            what=checklist_item(key).label,
            requested_by="",
            requested_on=date(2026, 11, number),
            who_submits="",
            due=None,
            submitted_on=None,
            status="requested",
            decision="",
            notes="",
        )
        for number, key in enumerate(STARTER_ITEMS, start=1)
    ]


def check_well_formed(found: Understanding, user_kind: str | None) -> None:
    assert found.kind in {k.value for k in DocumentKind}
    if user_kind is None:
        assert found.kind_source == "auto"
    else:
        assert (found.kind, found.kind_source) == (user_kind, "user")
    if found.letter_outcome is not None:
        assert found.kind == "letter"
        assert found.letter_outcome in {o.value for o in LetterOutcome}
    assert found.sender in {s.value for s in Sender}
    for day in (found.document_date, found.due_date, found.appeal_by):
        assert day is None or isinstance(day, date)
    assert set(found.requested_items) <= set(CHECKLIST_BY_KEY)
    assert set(found.fulfills) <= set(CHECKLIST_BY_KEY)
    assert all(isinstance(r, str) and r for r in found.reasons)
    for value in (found.reference_number, found.member_id):
        assert value is None or (isinstance(value, str) and value.strip())


def test_any_text_is_read_into_a_well_formed_understanding() -> None:
    entries = starter_log()
    seen: list[str] = []

    @FUZZ
    @given(any_text, contexts, st.sampled_from([None, *KINDS]))
    def read(text: str, context: CaseContext, user_kind: str | None) -> None:
        started = time.monotonic()
        found = understand(text, context=context, user_kind=user_kind)
        proposals = propose_links(found, entries, text=text, context=context)
        assert time.monotonic() - started < LIMIT_S
        check_well_formed(found, user_kind)
        ids = {e.id for e in entries}
        for proposal in proposals:
            assert 0.0 <= proposal.confidence <= 1.0
            assert proposal.reason.strip()
            assert proposal.log_id is None or proposal.log_id in ids
        seen.append(found.kind)

    read()
    assert len(seen) >= 140
    assert len(set(seen)) >= 3  # the text reaches more than one kind


@pytest.mark.parametrize(
    "text",
    [
        "1" * 50_000,
        "Member ID: " * 5_000,
        "Reference # " + "A-" * 20_000,
        "within " * 10_000 + "days",
        "\n" * 50_000,
        "☒ " * 20_000,
        "January 1, 2026 " * 3_000,
    ],
    ids=["digits", "labels", "dashes", "within", "newlines", "boxes", "dates"],
)
def test_long_repetitive_text_is_read_in_time(text: str) -> None:
    """Patterns that could backtrack badly on long runs still finish quickly."""
    started = time.monotonic()
    found = understand(text)
    assert time.monotonic() - started < LIMIT_S * 2
    check_well_formed(found, None)
