"""Dates as real letters write them, and deadlines written as a number of days."""

from __future__ import annotations

from datetime import date

import pytest

from organizer.core.understand.dates import find_dates, find_windows, parse_date


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("11/03/2026", date(2026, 11, 3)),
        ("1/7/25", date(2025, 1, 7)),
        ("12/02/24", date(2024, 12, 2)),
        ("01-07-2025", date(2025, 1, 7)),
        ("Nov. 3, 2026", date(2026, 11, 3)),
        ("Jan 24, 2025", date(2025, 1, 24)),
        ("September 3, 2024", date(2024, 9, 3)),
        ("2026-11-03", date(2026, 11, 3)),
        ("03 November 2026", date(2026, 11, 3)),
        ("10 April 2025", date(2025, 4, 10)),
        ("24-Jan-2025", date(2025, 1, 24)),
        ("07-Jan- 2025", date(2025, 1, 7)),
        ("JAN-08-2025", date(2025, 1, 8)),
        ("Thursday, February 6, 2025", date(2025, 2, 6)),
        ("Thu, Feb 20, 2025, 4:17 PM", date(2025, 2, 20)),
        ("Sept. 14, 1958", date(1958, 9, 14)),
        ("25/12/2025", date(2025, 12, 25)),  # the first number cannot be a month
    ],
)
def test_parses_the_formats_letters_use(written: str, expected: date) -> None:
    assert parse_date(f"Date: {written}.") == expected


def test_a_date_split_over_two_lines_is_still_found() -> None:
    assert parse_date("Please make sure they reach us by March 6,\n2025:") == date(2025, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Call 1-800-555-0130 (TTY 711)",
        "Reference number: QF-UM-250113-04482",
        "Referral ID: 2025-0109-0318",
        "(rev. 12/24)",
        "Spring clean-up on Saturday, April 26",
        "Delivery on Thursday 3/20 between 10 am and 2 pm",
        "Total $1,179.60",
    ],
)
def test_numbers_that_are_not_full_dates_are_ignored(text: str) -> None:
    assert find_dates(text) == []


def test_mentions_keep_their_place_time_and_weekday() -> None:
    text = "2/21/25, 8:05 AM  Mailbox\nThu, Feb 20, 2025, 4:17 PM\nSee you on 03/06/2025."
    mentions = find_dates(text)
    assert [m.value for m in mentions] == [date(2025, 2, 21), date(2025, 2, 20), date(2025, 3, 6)]
    assert [(m.has_time, m.has_weekday) for m in mentions] == [
        (True, False),
        (True, True),
        (False, False),
    ]
    assert text[mentions[2].start : mentions[2].end] == "03/06/2025"


def test_window_from_the_letter_date_becomes_a_date() -> None:
    (window,) = find_windows("Please send the records within 14 days of the date of this letter.")
    assert (window.days, window.anchor, window.business_days) == (14, "document", False)
    assert window.date_from(date(2025, 10, 14)) == date(2025, 10, 28)


def test_window_in_words_with_digits_in_brackets() -> None:
    (window,) = find_windows(
        "You must ask within sixty (60) calendar days of the date of this notice."
    )
    assert window.days == 60
    assert window.date_from(date(2025, 1, 1)) == date(2025, 3, 2)


def test_business_days_skip_weekends() -> None:
    (window,) = find_windows("Reply within 5 business days from the date of this letter.")
    # Friday 2025-03-07 + 5 business days = Friday 2025-03-14
    assert window.date_from(date(2025, 3, 7)) == date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Complete the form within 10 days of receiving this letter.", "receipt"),
        ("We will decide within 30 calendar days of the date we received your appeal.", "unknown"),
        ("A nurse will call within 2 days.", "unknown"),
    ],
)
def test_windows_not_counted_from_the_letter_cannot_become_a_date(text: str, anchor: str) -> None:
    (window,) = find_windows(text)
    assert window.anchor == anchor
