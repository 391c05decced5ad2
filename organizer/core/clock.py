"""The user's "today": the local date, or the day set with ``--today``/``ORGANIZER_TODAY``.

Every command and the window compute as of this day, so people (and tests) can see what
will be missing next week. A malformed value is refused where it is given (the command
line); here an unreadable one falls back to the real date rather than failing.
"""

from __future__ import annotations

import os
import re
from datetime import date

ENV = "ORGANIZER_TODAY"


def parse_day(value: str) -> date:
    """``YYYY-MM-DD`` as a date; anything else raises ValueError with a plain message."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a date written as YYYY-MM-DD")


def today() -> date:
    """The day to compute as of: ``ORGANIZER_TODAY`` when set and valid, else the local date."""
    value = os.environ.get(ENV, "").strip()
    if value:
        try:
            return parse_day(value)
        except ValueError:
            return date.today()
    return date.today()
