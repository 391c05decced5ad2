"""Reminders while the app runs: a desktop notification when a deadline comes near.

Rules (issue 17):

- a deadline is told about when it is 3 days away, on the day, and every day it is
  overdue, at most once a day; what was told on which day is kept in the data folder
  (``reminders.json``), so a restart does not repeat it;
- the words are private on a lock screen: how many things, never what, who, a drug, a
  diagnosis or a member ID ("Home infusion: 2 things are due this week");
- nothing is shown in quiet hours (held until they end) or when reminders are off;
- the check runs after each refresh of the case and on a coarse timer (every 15
  minutes), never a busy poll, so the idle window keeps its budget.

Where it shows: the system tray where there is one, else freedesktop notifications over
D-Bus (Linux), else nowhere (the "Coming up" box still shows everything).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal

from organizer.core.deadlines import Deadline

log = logging.getLogger(__name__)

NOTICE_DAYS_BEFORE = 3
CHECK_MINUTES = 15
TITLE = "Home infusion"
ENABLED_KEY = "reminders/enabled"
QUIET_FROM_KEY = "reminders/quiet_from"
QUIET_UNTIL_KEY = "reminders/quiet_until"
DEFAULT_QUIET = (21, 8)  # no reminders from 21:00 to 08:00
KEEP_DAYS = 14


def needs_notice(item: Deadline, today: date) -> bool:
    left = item.days_left(today)
    return left in (NOTICE_DAYS_BEFORE, 0) or left < 0


def due_for_notice(
    items: Iterable[Deadline], today: date, told: Mapping[str, str]
) -> list[Deadline]:
    """The deadlines to tell about today that were not told about today already."""
    day = today.isoformat()
    return [d for d in items if needs_notice(d, today) and told.get(d.key) != day]


def _things(n: int) -> str:
    return "1 thing is" if n == 1 else f"{n} things are"


def notice_text(items: Iterable[Deadline], today: date) -> str:
    """Lock-screen-safe words: counts only."""
    items = list(items)
    overdue = sum(1 for d in items if d.days_left(today) < 0)
    today_n = sum(1 for d in items if d.days_left(today) == 0)
    soon = len(items) - overdue - today_n
    parts = []
    if overdue:
        parts.append(f"{_things(overdue)} overdue")
    if today_n:
        parts.append(f"{_things(today_n)} due today")
    if soon:
        parts.append(f"{_things(soon)} due this week")
    return "; ".join(parts) + ". Open the organizer to see them." if parts else ""


def in_quiet_hours(now: time, quiet_from: int, quiet_until: int) -> bool:
    """Whether ``now`` falls in the quiet hours (which may run past midnight)."""
    if quiet_from == quiet_until:
        return False
    if quiet_from < quiet_until:
        return quiet_from <= now.hour < quiet_until
    return now.hour >= quiet_from or now.hour < quiet_until


class ToldStore:
    """Which deadline was told about on which day, in a small private JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, str]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(k): str(v) for k, v in raw.items()}

    def save(self, told: Mapping[str, str], today: date) -> None:
        """Keep the last two weeks only; written 0600, all at once."""
        oldest = (today - timedelta(days=KEEP_DAYS)).isoformat()
        kept = {k: v for k, v in told.items() if v >= oldest}
        temp = self.path.with_name(f".{self.path.name}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                json.dump(kept, stream, indent=1, sort_keys=True)
            temp.replace(self.path)
        except OSError as exc:
            log.warning("reminders: can't save what was told: %s", exc.strerror)
            with contextlib.suppress(OSError):
                temp.unlink()


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    enabled: bool = True
    quiet_from: int = DEFAULT_QUIET[0]
    quiet_until: int = DEFAULT_QUIET[1]

    @classmethod
    def load(cls, settings: QSettings | None = None) -> ReminderSettings:
        s = settings or QSettings()

        def hour(key: str, default: int) -> int:
            try:
                value = int(str(s.value(key, default)))
            except ValueError:
                return default
            return value if 0 <= value <= 23 else default

        enabled = str(s.value(ENABLED_KEY, "true")).lower() not in ("false", "0")
        return cls(
            enabled,
            hour(QUIET_FROM_KEY, DEFAULT_QUIET[0]),
            hour(QUIET_UNTIL_KEY, DEFAULT_QUIET[1]),
        )

    def save(self, settings: QSettings | None = None) -> None:
        s = settings or QSettings()
        s.setValue(ENABLED_KEY, "true" if self.enabled else "false")
        s.setValue(QUIET_FROM_KEY, self.quiet_from)
        s.setValue(QUIET_UNTIL_KEY, self.quiet_until)


class ReminderScheduler(QObject):
    """Decides when to tell, and tells once; ``show`` is where the words go.

    ``show(title, text, first)`` returns whether it could show them; ``first`` is the
    soonest deadline told about (clicking the notice opens it).
    """

    shown = Signal(str, str)  # title, text: for the status bar and the tests

    def __init__(
        self,
        store: ToldStore,
        show: Callable[[str, str, Deadline], bool],
        *,
        now: Callable[[], datetime] = datetime.now,
        today: Callable[[], date] | None = None,
        settings: Callable[[], ReminderSettings] = ReminderSettings.load,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.show = show
        self.now = now
        self.today = today or (lambda: self.now().date())
        self.settings = settings
        self.deadlines: list[Deadline] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MINUTES * 60 * 1000)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_deadlines(self, items: list[Deadline]) -> None:
        self.deadlines = list(items)
        self.check()

    def check(self) -> list[Deadline]:
        """Tell about what is due for a notice now; returns what was told."""
        settings = self.settings()
        if not settings.enabled:
            return []
        if in_quiet_hours(self.now().time(), settings.quiet_from, settings.quiet_until):
            return []
        today = self.today()
        told = self.store.load()
        due = due_for_notice(self.deadlines, today, told)
        if not due:
            return []
        text = notice_text(due, today)
        if not self.show(TITLE, text, due[0]):
            return []
        day = today.isoformat()
        told.update({d.key: day for d in due})
        self.store.save(told, today)
        self.shown.emit(TITLE, text)
        return due
