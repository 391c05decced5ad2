"""What is still missing: the one list behind the window, the status sheet and the export.

``missing_rows`` is the way in. The rules for each entry are in ``missing_rules.py`` (its
docstring says them in the words of the issues) and its rows' words in ``missing_rows.py``;
a big log takes the shortcuts of
``missing_fast.py``, which give the very same rows. The rules' records and helpers are
found here too, so callers need only this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from organizer.core.missing_fast import fast_rows
from organizer.core.missing_rows import add_entry_rows, sort_key
from organizer.core.missing_rules import (
    CLOSED,
    LABEL_ONLY,
    NOT_APPEALING,
    OPEN_UNSENT,
    RESULT_IN,
    START_APPEAL,
    URGENT_WITHIN_DAYS,
    CaseFacts,
    DocumentFacts,
    MissingReason,
    MissingRow,
    Severity,
    appeal_deadline,
    entry_reason,
    expected_for,
    expects_decision,
    has_answer,
    has_copy,
    pending_due,
    renewal_date,
    shown_status,
    with_settled,
)
from organizer.core.missing_who import ROLE_ALIASES, ROLE_WORDS, label_of, resolve_who, who_for
from organizer.core.profile import CaseProfile
from organizer.core.records import LogEntryInfo

__all__ = [
    "CLOSED",
    "LABEL_ONLY",
    "NOT_APPEALING",
    "OPEN_UNSENT",
    "RESULT_IN",
    "ROLE_ALIASES",
    "ROLE_WORDS",
    "START_APPEAL",
    "URGENT_WITHIN_DAYS",
    "CaseFacts",
    "DocumentFacts",
    "MissingReason",
    "MissingRow",
    "Severity",
    "add_entry_rows",
    "appeal_deadline",
    "entry_reason",
    "expected_for",
    "expects_decision",
    "has_answer",
    "has_copy",
    "label_of",
    "missing_rows",
    "pending_due",
    "prepared",
    "renewal_date",
    "resolve_who",
    "shown_status",
    "sort_key",
    "who_for",
    "with_settled",
]


def _legacy_facts(appeal_by: Mapping[int, date]) -> CaseFacts:
    return CaseFacts(documents={k: DocumentFacts(appeal_by=v) for k, v in appeal_by.items()})


def prepared(
    profile: CaseProfile | None,
    facts: CaseFacts | None,
    appeal_by: Mapping[int, date] | None = None,
) -> tuple[CaseProfile, CaseFacts]:
    """The profile and facts the rows are worked out from (the profile's phone if none)."""
    profile = profile or CaseProfile()
    facts = facts or _legacy_facts(appeal_by or {})
    if not facts.payer_phone and profile.payer_phone:
        facts = replace(facts, payer_phone=profile.payer_phone)
    return profile, facts


def missing_rows(
    entries: Iterable[LogEntryInfo],
    today: date,
    profile: CaseProfile | None = None,
    appeal_by: Mapping[int, date] | None = None,
    facts: CaseFacts | None = None,
    *,
    plain: bool = False,
) -> list[MissingRow]:
    """The still-missing list for a case's log entries, most urgent first.

    ``today`` is the user's local date. ``facts`` are what the case's documents say (their
    items, outcomes and appeal deadlines); ``appeal_by`` alone, mapping a document id to the
    appeal deadline its letter states, is the older, shorter way to give those deadlines.
    ``plain`` works every row out by the rules alone, without the shortcuts for big logs
    (the same rows: the tests and the benchmark compare the two).
    """
    profile, facts = prepared(profile, facts, appeal_by)
    entries = list(entries)
    if not plain:
        return fast_rows(entries, today, profile, facts)
    appeals = frozenset(e.appeal_of for e in entries if e.appeal_of is not None)
    facts = with_settled(facts, entries)
    rows: list[MissingRow] = []
    for entry in entries:
        add_entry_rows(rows, entry, today, profile, facts, appeals)
    return sorted(rows, key=sort_key)
