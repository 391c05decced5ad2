"""Where the timeline draws each thing: pure arithmetic over dates, tested on its own.

One row per log entry (entries marked not needed are left out): the request, the sending
and the decision as points joined by a solid bar; the due date and the expected decision
as markers, the part still expected dashed (from the sending, or from today when that is
later, to the expected day); the approved period as a band. A vertical line marks today.
Dates map to x linearly between a few days before the earliest date and a few days after
the latest one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from organizer.core.deadlines import Deadline, DeadlineKind
from organizer.core.records import LogEntryInfo
from organizer.core.types import LogStatus
from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.words import entry_label, month_name

LABEL_WIDTH = 260
ROW_HEIGHT = 46
AXIS_HEIGHT = 34
RIGHT_MARGIN = 24
PAD_DAYS = 4
MIN_SPAN_DAYS = 21

STATUS_WORDS = {  # the sheet's words for the same (its "sheet" context)
    LogStatus.PROPOSED: "suggested",
    LogStatus.REQUESTED: "not sent yet",
    LogStatus.SUBMITTED: "sent",
    LogStatus.APPROVED: "approved",
    LogStatus.DENIED: "denied",
}


@dataclass(frozen=True, slots=True)
class Point:
    kind: str  # asked, sent, decision, due, expected, appeal_by, renewal
    day: date
    x: float


@dataclass(frozen=True, slots=True)
class RowGeometry:
    log_id: int
    label: str
    status: str
    top: float
    points: tuple[Point, ...] = ()
    bar: tuple[float, float] | None = None
    dashed: tuple[float, float] | None = None
    band: tuple[float, float] | None = None
    markers: tuple[Point, ...] = ()
    decision: str = ""  # approved / denied, for the decision point's look

    @property
    def middle(self) -> float:
        return self.top + ROW_HEIGHT / 2


@dataclass(frozen=True, slots=True)
class Tick:
    day: date
    x: float
    text: str


@dataclass(frozen=True, slots=True)
class TimelineGeometry:
    start: date
    end: date
    width: float
    today_x: float
    rows: tuple[RowGeometry, ...]
    ticks: tuple[Tick, ...] = field(default=())

    @property
    def height(self) -> float:
        return AXIS_HEIGHT + ROW_HEIGHT * max(len(self.rows), 1) + 8

    def row_at(self, y: float) -> int | None:
        index = int((y - AXIS_HEIGHT) // ROW_HEIGHT)
        return index if y >= AXIS_HEIGHT and 0 <= index < len(self.rows) else None


def _entry_days(entry: LogEntryInfo) -> list[date]:
    days = [
        entry.requested_on,
        entry.submitted_on,
        entry.decision_on,
        entry.due,
        entry.approved_from,
        entry.approved_through,
    ]
    return [d for d in days if d is not None]


def date_range(
    entries: Sequence[LogEntryInfo], deadlines: Sequence[Deadline], today: date
) -> tuple[date, date]:
    days = [today, *(d for e in entries for d in _entry_days(e)), *(d.day for d in deadlines)]
    start, end = min(days) - timedelta(days=PAD_DAYS), max(days) + timedelta(days=PAD_DAYS)
    if (end - start).days < MIN_SPAN_DAYS:
        end = start + timedelta(days=MIN_SPAN_DAYS)
    return start, end


def x_of(day: date, start: date, end: date, width: float) -> float:
    plot = max(width - LABEL_WIDTH - RIGHT_MARGIN, 10.0)
    return LABEL_WIDTH + (day - start).days / max((end - start).days, 1) * plot


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ticks(start: date, end: date, width: float) -> tuple[Tick, ...]:
    """The first of each month, and the 15th when there is room for it."""
    span = max((end - start).days, 1)
    plot = max(width - LABEL_WIDTH - RIGHT_MARGIN, 10.0)
    mid_month = plot / span * 15 > 70
    found: list[Tick] = []
    day = start
    while day <= end:
        if day.day == 1 or (mid_month and day.day == 15):
            text = f"{MONTHS[day.month - 1]} {day.day}"
            if language() != SOURCE_LANGUAGE:  # "1 dic"
                text = f"{day.day} {month_name(day)[:3]}"
            if day.day == 1 and day.month == 1:
                text = f"{text}, {day.year}"
            found.append(Tick(day, x_of(day, start, end, width), text))
        day += timedelta(days=1)
    return tuple(found)


def _row(
    entry: LogEntryInfo,
    top: float,
    own: Sequence[Deadline],
    today: date,
    x: Callable[[date], float],
) -> RowGeometry:
    points = [
        Point(kind, day, x(day))
        for kind, day in (
            ("asked", entry.requested_on),
            ("sent", entry.submitted_on),
            ("decision", entry.decision_on),
        )
        if day is not None
    ]
    bar = (points[0].x, points[-1].x) if len(points) >= 2 else None
    markers: list[Point] = []
    dashed = None
    for item in own:
        kind = {
            DeadlineKind.DUE: "due",
            DeadlineKind.DECISION_EXPECTED: "expected",
            DeadlineKind.APPEAL_BY: "appeal_by",
            DeadlineKind.RENEWAL: "renewal",
        }.get(DeadlineKind(item.kind))
        if kind is None:
            continue
        markers.append(Point(kind, item.day, x(item.day)))
        if kind == "expected" and entry.submitted_on is not None:
            begin = max(entry.submitted_on, today)
            dashed = (x(begin), x(item.day)) if begin < item.day else None
    if entry.due is not None and not any(m.kind == "due" for m in markers):
        markers.append(Point("due", entry.due, x(entry.due)))  # met or closed: still shown
    band = None
    if entry.approved_through is not None:
        begin = entry.approved_from or entry.decision_on or entry.approved_through
        band = (x(begin), x(entry.approved_through))
    decision = entry.status if entry.status in (LogStatus.APPROVED, LogStatus.DENIED) else ""
    return RowGeometry(
        log_id=entry.id,
        label=entry_label(entry),
        status=translate("sheet", STATUS_WORDS.get(LogStatus(entry.status), entry.status)),
        top=top,
        points=tuple(points),
        bar=bar,
        dashed=dashed,
        band=band,
        markers=tuple(sorted(markers, key=lambda m: m.day)),
        decision=decision,
    )


def timeline_geometry(
    entries: Sequence[LogEntryInfo],
    deadlines: Sequence[Deadline],
    today: date,
    width: float,
) -> TimelineGeometry:
    """Lay the case's log out over ``width`` pixels, one row per entry."""
    shown = [e for e in entries if e.status != LogStatus.NOT_NEEDED]
    start, end = date_range(shown, deadlines, today)

    def x(day: date) -> float:
        return x_of(day, start, end, width)

    rows = tuple(
        _row(
            entry,
            AXIS_HEIGHT + index * ROW_HEIGHT,
            [d for d in deadlines if d.log_id == entry.id],
            today,
            x,
        )
        for index, entry in enumerate(shown)
    )
    return TimelineGeometry(start, end, width, x(today), rows, ticks(start, end, width))
