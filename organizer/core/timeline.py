"""The third question: once a request is sent, by when should the answer come?

The sources, in order: what the case's letters say ("we will make a decision within 14
days"), the plan's standard review clock (resources/review_clocks.json, each clock with
its public source), and the entry's own reminder setting. Approvals end, so their renewal
date is worked out here too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from organizer.core.paths import resource
from organizer.core.profile import PLAN_TYPE_WORDS


class ExpectedSource:
    """Where a "decision expected by" date comes from (codes used by the export)."""

    LETTER = "letter"
    PLAN_CLOCK = "plan_clock"
    ENTRY_SETTING = "entry_setting"


@dataclass(frozen=True, slots=True)
class ReviewClock:
    plan_type: str
    standard_days: int
    expedited_hours: int
    source: str
    applies_from: date | None = None


@dataclass(frozen=True, slots=True)
class Expected:
    """The day a decision is expected by, where that comes from, and in plain words why."""

    by: date
    source: str
    why: str


@lru_cache(maxsize=1)
def review_clocks() -> dict[str, ReviewClock]:
    """The bundled standard review clocks by plan type (read once)."""
    raw = json.loads(resource("review_clocks.json").read_text(encoding="utf-8"))
    clocks: dict[str, ReviewClock] = {}
    for item in raw["clocks"]:
        start = item.get("applies_from")
        clocks[item["plan_type"]] = ReviewClock(
            plan_type=item["plan_type"],
            standard_days=int(item["standard_days"]),
            expedited_hours=int(item["expedited_hours"]),
            source=str(item["source"]),
            applies_from=date.fromisoformat(start) if start else None,
        )
    return clocks


def plan_clock(plan_type: str, sent: date) -> ReviewClock | None:
    clock = review_clocks().get(plan_type)
    if clock is None or (clock.applies_from is not None and sent < clock.applies_from):
        return None
    return clock


def expected_decision(
    sent: date, plan_type: str, letter_days: int | None, own_days: int
) -> Expected:
    """When a decision on a request sent on ``sent`` is expected, and why."""
    if letter_days is not None:
        return Expected(
            sent + timedelta(days=letter_days),
            ExpectedSource.LETTER,
            f"the plan's letter says it decides within {letter_days} days",
        )
    clock = plan_clock(plan_type, sent)
    if clock is not None:
        plan = PLAN_TYPE_WORDS.get(plan_type, plan_type)
        return Expected(
            sent + timedelta(days=clock.standard_days),
            ExpectedSource.PLAN_CLOCK,
            f"the standard review time for {plan} is {clock.standard_days} days",
        )
    return Expected(
        sent + timedelta(days=own_days),
        ExpectedSource.ENTRY_SETTING,
        f"no standard review time is known for this plan; your reminder is {own_days} days",
    )


def renewal_on(approved_through: date | None, renewal_days: int) -> date | None:
    """The day to ask for the re-authorization: ``renewal_days`` before the approval ends."""
    if approved_through is None:
        return None
    return approved_through - timedelta(days=renewal_days)
