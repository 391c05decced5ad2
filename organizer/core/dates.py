"""Dates in plain words ("due Nov 24 (in 3 days)", "asked 12 days ago").

Everything takes ``today`` as a parameter: callers pass the user's local date, and tests
pass a fixed one. Month names are fixed English words so the output never depends on the
machine's locale (translation happens in the window, later).
"""

from __future__ import annotations

from datetime import date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_count(days: int) -> str:
    """``1 day`` or ``N days``."""
    return "1 day" if days == 1 else f"{days} days"


def short_date(value: date, today: date) -> str:
    """``Nov 24`` in the current year, ``Mar 3, 2027`` in any other year."""
    text = f"{MONTHS[value.month - 1]} {value.day}"
    return text if value.year == today.year else f"{text}, {value.year}"


def relative(value: date, today: date) -> str:
    """How far ``value`` is from today: ``today``, ``in 3 days``, ``2 days ago``..."""
    days = (value - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    return f"in {day_count(days)}" if days > 0 else f"{day_count(-days)} ago"


def due_words(due: date, today: date) -> str:
    """``due Nov 24 (in 3 days)``, or ``3 days overdue`` once the date has passed."""
    late = (today - due).days
    if late > 0:
        return f"{day_count(late)} overdue"
    return f"due {short_date(due, today)} ({relative(due, today)})"


def since_words(verb: str, value: date, today: date) -> str:
    """``asked 12 days ago``; a date in the future is named instead (``asked on Dec 2``)."""
    if value > today:
        return f"{verb} on {short_date(value, today)}"
    return f"{verb} {relative(value, today)}"
