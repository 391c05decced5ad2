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
from organizer.core.phrases import QT_TRANSLATE_NOOP, Days, Phrase
from organizer.core.profile import PLAN_TYPE_WORDS

NO_PHRASE = Phrase("")


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
    # The same reason as words to translate (``organizer.words.say``).
    phrase: Phrase = NO_PHRASE


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
        return _expected(
            sent + timedelta(days=letter_days),
            ExpectedSource.LETTER,
            Phrase(
                QT_TRANSLATE_NOOP("phrases", "the plan's letter says it decides within {0}"),
                (Days(letter_days),),
            ),
        )
    clock = plan_clock(plan_type, sent)
    if clock is not None:
        plan = PLAN_TYPE_WORDS.get(plan_type, plan_type)
        return _expected(
            sent + timedelta(days=clock.standard_days),
            ExpectedSource.PLAN_CLOCK,
            Phrase(
                QT_TRANSLATE_NOOP("phrases", "the standard review time for {0} is {1}"),
                (Phrase(plan), Days(clock.standard_days)),
            ),
        )
    return _expected(
        sent + timedelta(days=own_days),
        ExpectedSource.ENTRY_SETTING,
        Phrase(
            QT_TRANSLATE_NOOP(
                "phrases",
                "no standard review time is known for this plan; your reminder is {0}",
            ),
            (Days(own_days),),
        ),
    )


def _expected(by: date, source: str, phrase: Phrase) -> Expected:
    return Expected(by, source, phrase.english(), phrase)


def renewal_on(approved_through: date | None, renewal_days: int) -> date | None:
    """The day to ask for the re-authorization: ``renewal_days`` before the approval ends."""
    if approved_through is None:
        return None
    return approved_through - timedelta(days=renewal_days)
