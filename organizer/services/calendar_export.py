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
from organizer.core.missing_who import ROLE_WORDS
from organizer.core.phrases import ENGLISH, QT_TRANSLATE_NOOP, Wording
from organizer.core.profile import CaseProfile
from organizer.services.deadlines import case_deadlines
from organizer.services.private_files import write_private_file
from organizer.storage.database import Database

CONTEXT = "calendar"
CALENDAR_NAME = QT_TRANSLATE_NOOP("calendar", "Home infusion deadlines")
PRODID = "-//Infusion Coverage Organizer//Deadlines//EN"
DEFAULT_REMIND_DAYS = 2

KIND_WORDS = {
    DeadlineKind.DUE: QT_TRANSLATE_NOOP("calendar", "Due"),
    DeadlineKind.DECISION_EXPECTED: QT_TRANSLATE_NOOP("calendar", "Decision expected"),
    DeadlineKind.APPEAL_BY: QT_TRANSLATE_NOOP("calendar", "Appeal deadline"),
    DeadlineKind.RENEWAL: QT_TRANSLATE_NOOP("calendar", "Ask for the renewal"),
    DeadlineKind.FOLLOW_UP: QT_TRANSLATE_NOOP("calendar", "Call to return"),
}
DESCRIPTION = QT_TRANSLATE_NOOP(
    "calendar",
    "{0}.{1} From the Infusion Coverage Organizer; the dates there are the ones that count.",
)
WHO = QT_TRANSLATE_NOOP("calendar", " Who: {0}.")
_ROLE_TEXTS = frozenset(ROLE_WORDS.values())


def _what(item: Deadline, wording: Wording) -> str:
    if wording.english or not item.what_words.text:
        return item.what
    return wording.phrase(item.what_words)


def _who(item: Deadline, wording: Wording) -> str:
    return wording.text("phrases", item.who) if item.who in _ROLE_TEXTS else item.who


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
    wording: Wording = ENGLISH,
) -> bytes:
    """The calendar (RFC 5545) for these deadlines, in the language of ``wording``."""
    w = wording
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", w.text(CONTEXT, CALENDAR_NAME))
    for item in items:
        event = Event()
        event.add("uid", event_uid(item, case_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        what = scrub(_what(item, w), profile)
        event.add("summary", what)
        kind = KIND_WORDS.get(DeadlineKind(item.kind), item.kind)
        who = w.text(CONTEXT, WHO).format(scrub(_who(item, w), profile)) if item.who else ""
        event.add("description", w.text(CONTEXT, DESCRIPTION).format(w.text(CONTEXT, kind), who))
        event.add("transp", "TRANSPARENT")
        if remind_days > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", what)
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
    wording: Wording = ENGLISH,
) -> tuple[Path, int]:
    """Write the case's calendar to ``out`` (0600, outside the case folder); returns the
    file and how many events it holds (every open deadline, overdue ones included)."""
    items, profile = case_deadlines(db, case_id)
    content = calendar_bytes(items, profile, case_id, remind_days=remind_days, wording=wording)
    return write_private_file(out, content, folder, "calendar file"), len(items)
