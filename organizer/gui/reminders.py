"""Reminders while the app runs: a desktop notification when a deadline comes near.

Rules (issue 17):

- a deadline is told about when it is 3 days away, on the day, and every day it is
  overdue, at most once a day; what was told on which day is kept in the data folder
  (``reminders.json``), so a restart does not repeat it;
- the words are private on a lock screen: how many things, never what, who, a drug, a
  diagnosis or a member ID ("Home infusion: 2 things are due this week");
- nothing is shown in quiet hours (held until they end) or when reminders are off;
- the file is read and written on the task runner (``gui/ops/reminder_ops.py``), never
  on the GUI thread; until it has been read, nothing is told (the check runs again then);
- the check runs after each refresh of the case and on a coarse timer (every 15
  minutes), never a busy poll, so the idle window keeps its budget.

Where it shows: the system tray where there is one, else freedesktop notifications over
D-Bus (Linux), else nowhere (the "Coming up" box still shows everything).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal

from organizer.core.deadlines import Deadline
from organizer.gui.ops.reminder_ops import ToldStore
from organizer.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

NOTICE_DAYS_BEFORE = 3
CHECK_MINUTES = 15
TITLE = "Home infusion"
ENABLED_KEY = "reminders/enabled"
QUIET_FROM_KEY = "reminders/quiet_from"
QUIET_UNTIL_KEY = "reminders/quiet_until"
DEFAULT_QUIET = (21, 8)  # no reminders from 21:00 to 08:00


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
    soonest deadline told about (clicking the notice opens it). What was told is read
    once, when the scheduler is made, and written after each notice, both on ``runner``.
    """

    shown = Signal(str, str)  # title, text: for the status bar and the tests
    loaded = Signal()  # what was told has been read from the disk
    saved = Signal()  # what was told has been written (the last of a run of saves)

    def __init__(
        self,
        store: ToldStore,
        show: Callable[[str, str, Deadline], bool],
        runner: TaskRunner,
        *,
        now: Callable[[], datetime] = datetime.now,
        today: Callable[[], date] | None = None,
        settings: Callable[[], ReminderSettings] = ReminderSettings.load,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.show = show
        self.runner = runner
        self.now = now
        self.today = today or (lambda: self.now().date())
        self.settings = settings
        self.deadlines: list[Deadline] = []
        self.told: dict[str, str] | None = None  # None until read from the disk
        self._saving = False
        self._save_again: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MINUTES * 60 * 1000)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        runner.run(store.load, self._told_read, self._told_unreadable)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_deadlines(self, items: list[Deadline]) -> None:
        self.deadlines = list(items)
        self.check()

    def check(self) -> list[Deadline]:
        """Tell about what is due for a notice now; returns what was told."""
        if self.told is None:
            return []  # still reading what was told; checked again once it is read
        settings = self.settings()
        if not settings.enabled:
            return []
        if in_quiet_hours(self.now().time(), settings.quiet_from, settings.quiet_until):
            return []
        today = self.today()
        due = due_for_notice(self.deadlines, today, self.told)
        if not due:
            return []
        text = notice_text(due, today)
        if not self.show(TITLE, text, due[0]):
            return []
        day = today.isoformat()
        self.told.update({d.key: day for d in due})
        self._save(today)
        self.shown.emit(TITLE, text)
        return due

    # --- the file, on the task runner ---------------------------------------------------
    def _told_read(self, told: dict[str, str]) -> None:
        self.told = told
        self.loaded.emit()
        self.check()

    def _told_unreadable(self, exc: BaseException) -> None:
        log.warning("reminders: can't read what was told: %s", exc)
        self._told_read({})

    def _save(self, today: date) -> None:
        """One write at a time; a notice during a write is saved right after it."""
        if self._saving:
            self._save_again = today
            return
        self._saving = True
        told = dict(self.told or {})
        self.runner.run(lambda: self.store.save(told, today), self._written, self._not_written)

    def _written(self, _result: object = None) -> None:
        self._saving = False
        again, self._save_again = self._save_again, None
        if again is not None:
            self._save(again)
        else:
            self.saved.emit()

    def _not_written(self, exc: BaseException) -> None:
        log.warning("reminders: can't save what was told: %s", exc)
        self._written()
