"""The case's deadlines, read from the database, and written as a calendar file.

One all-day event per open deadline (overdue ones included), with a reminder some days
before, and a UID that stays the same from one export to the next so that importing the
file again updates the events instead of adding copies. Calendars are often synced to
other services, so nothing in the file carries the member ID or the patient's name.
Written with the ``icalendar`` library (RFC 5545), readable by the user only.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from organizer.core.deadlines import Deadline, DeadlineKind, scrub
from organizer.core.profile import CaseProfile
from organizer.services.deadlines import case_deadlines
from organizer.services.private_files import write_private_file
from organizer.storage.database import Database

CALENDAR_NAME = "Home infusion deadlines"
PRODID = "-//Infusion Coverage Organizer//Deadlines//EN"
DEFAULT_REMIND_DAYS = 2

KIND_WORDS = {
    DeadlineKind.DUE: "Due",
    DeadlineKind.DECISION_EXPECTED: "Decision expected",
    DeadlineKind.APPEAL_BY: "Appeal deadline",
    DeadlineKind.RENEWAL: "Ask for the renewal",
    DeadlineKind.FOLLOW_UP: "Call to return",
}


def event_uid(item: Deadline, case_id: int) -> str:
    """Stable across exports: the deadline's kind and owner, and the case's number."""
    return f"{item.key}-case-{case_id}@infusion-coverage-organizer"


def calendar_bytes(
    items: list[Deadline],
    profile: CaseProfile,
    case_id: int,
    *,
    remind_days: int = DEFAULT_REMIND_DAYS,
    now: datetime | None = None,
) -> bytes:
    """The calendar (RFC 5545) for these deadlines."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    for item in items:
        event = Event()
        event.add("uid", event_uid(item, case_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", scrub(item.what, profile))
        kind = KIND_WORDS.get(DeadlineKind(item.kind), item.kind)
        who = f" Who: {scrub(item.who, profile)}." if item.who else ""
        event.add(
            "description",
            f"{kind}.{who} From the Infusion Coverage Organizer; the dates there are the ones "
            "that count.",
        )
        event.add("transp", "TRANSPARENT")
        if remind_days > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", scrub(item.what, profile))
            alarm.add("trigger", timedelta(days=-remind_days))
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def export_calendar(
    db: Database,
    case_id: int,
    folder: str,
    out: Path,
    *,
    remind_days: int = DEFAULT_REMIND_DAYS,
) -> tuple[Path, int]:
    """Write the case's calendar to ``out`` (0600, outside the case folder); returns the
    file and how many events it holds (every open deadline, overdue ones included)."""
    items, profile = case_deadlines(db, case_id)
    content = calendar_bytes(items, profile, case_id, remind_days=remind_days)
    return write_private_file(out, content, folder, "calendar file"), len(items)
