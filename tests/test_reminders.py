"""Reminders: when, how often (once per deadline per day, across restarts), in which words,
and never in quiet hours or when turned off. A fake clock stands in for the days.

The file of what was told is read and written on the task runner: most tests here use the
synchronous runner; one proves, with a real runner and a stuck file, that the window does
not wait for the disk."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from organizer.core.deadlines import Deadline, DeadlineKind
from organizer.gui.ops.reminder_ops import ToldStore
from organizer.gui.reminders import (
    ReminderScheduler,
    ReminderSettings,
    due_for_notice,
    in_quiet_hours,
    notice_text,
)
from organizer.gui.tasks import TaskRunner
from tests.sync_runner import SyncTaskRunner

START = date(2026, 11, 21)


def deadline(log_id: int, day: date, what: str = "Prior authorization for IVIG") -> Deadline:
    return Deadline(day, DeadlineKind.DUE, what, "Riverbend", log_id)


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def next_day(self) -> None:
        self.moment += timedelta(days=1)


class Desktop:
    """Where the words would show: records them (the one boundary replaced here)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, Deadline]] = []

    def show(self, title: str, text: str, first: Deadline) -> bool:
        self.shown.append((title, text, first))
        return True


def scheduler(
    tmp_path: Path, clock: FakeClock, desktop: Desktop, settings: ReminderSettings | None = None
) -> ReminderScheduler:
    return ReminderScheduler(
        ToldStore(tmp_path / "reminders.json"),
        desktop.show,
        SyncTaskRunner(),
        now=clock.now,
        settings=lambda: settings or ReminderSettings(),
    )


def test_three_days_before_on_the_day_and_each_day_overdue() -> None:
    items = [deadline(i, START + timedelta(days=n)) for i, n in enumerate((4, 3, 2, 1, 0, -1, -9))]
    assert [d.log_id for d in due_for_notice(items, START, {})] == [1, 4, 5, 6]
    told = {d.key: START.isoformat() for d in items}
    assert due_for_notice(items, START, told) == []
    yesterday = {k: (START - timedelta(days=1)).isoformat() for k in told}
    assert [d.log_id for d in due_for_notice(items, START, yesterday)] == [1, 4, 5, 6]


def test_once_per_deadline_per_day_even_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 21, 10, 0))
    desktop = Desktop()
    items = [deadline(1, START + timedelta(days=3)), deadline(2, START - timedelta(days=1))]
    first = scheduler(tmp_path, clock, desktop)
    first.set_deadlines(items)
    assert len(desktop.shown) == 1
    title, text, soonest = desktop.shown[0]
    assert title == "Home infusion"
    assert text == "1 thing is overdue; 1 thing is due this week. Open the organizer to see them."
    assert soonest.log_id == 1  # the soonest of the list given (the order is the caller's)
    first.check()
    clock.moment += timedelta(hours=5)
    first.check()
    assert len(desktop.shown) == 1  # the same day: told once

    # A restart the same day (a new scheduler, the same file) tells nothing again.
    restarted = scheduler(tmp_path, clock, desktop)
    restarted.set_deadlines(items)
    assert len(desktop.shown) == 1
    saved = tmp_path / "reminders.json"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert json.loads(saved.read_text()) == {"due-log-1": "2026-11-21", "due-log-2": "2026-11-21"}

    # The next day: deadline 1 is 2 days away (no notice), deadline 2 still overdue (told).
    clock.next_day()
    restarted.check()
    assert [t for _, t, _ in desktop.shown[1:]] == [
        "1 thing is overdue. Open the organizer to see them."
    ]
    # Two days later, deadline 1 is due today.
    clock.next_day()
    clock.next_day()
    restarted.check()
    assert desktop.shown[-1][1] == (
        "1 thing is overdue; 1 thing is due today. Open the organizer to see them."
    )


def test_the_words_are_private_on_a_lock_screen() -> None:
    items = [
        deadline(1, START, "IVIG for CIDP, member XQ1234567"),
        deadline(2, START + timedelta(days=3), "Lab results for Rosalind Ames"),
    ]
    text = notice_text(items, START)
    assert text == "1 thing is due today; 1 thing is due this week. Open the organizer to see them."
    for secret in ("IVIG", "CIDP", "XQ1234567", "Rosalind", "Riverbend", "Lab"):
        assert secret not in text
    assert notice_text([], START) == ""
    many = [deadline(i, START + timedelta(days=3)) for i in range(2)]
    assert notice_text(many, START).startswith("2 things are due this week")


def test_quiet_hours_hold_the_notice_until_they_end(qtbot: QtBot, tmp_path: Path) -> None:
    assert in_quiet_hours(datetime(2026, 1, 1, 22, 0).time(), 21, 8)
    assert in_quiet_hours(datetime(2026, 1, 1, 7, 59).time(), 21, 8)
    assert not in_quiet_hours(datetime(2026, 1, 1, 8, 0).time(), 21, 8)
    assert in_quiet_hours(datetime(2026, 1, 1, 13, 0).time(), 12, 14)
    assert not in_quiet_hours(datetime(2026, 1, 1, 13, 0).time(), 9, 9)

    clock = FakeClock(datetime(2026, 11, 21, 6, 30))
    desktop = Desktop()
    sched = scheduler(tmp_path, clock, desktop)
    sched.set_deadlines([deadline(1, START)])
    assert desktop.shown == []
    assert not (tmp_path / "reminders.json").exists()  # held, not marked as told
    clock.moment = datetime(2026, 11, 21, 8, 15)
    sched.check()
    assert len(desktop.shown) == 1


def test_turned_off_nothing_shows(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 21, 12, 0))
    desktop = Desktop()
    sched = scheduler(tmp_path, clock, desktop, ReminderSettings(enabled=False))
    sched.set_deadlines([deadline(1, START)])
    assert desktop.shown == []


def test_nowhere_to_show_means_not_marked_as_told(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 21, 12, 0))
    sched = ReminderScheduler(
        ToldStore(tmp_path / "reminders.json"), lambda *_: False, SyncTaskRunner(), now=clock.now
    )
    sched.settings = lambda: ReminderSettings()
    assert sched.set_deadlines([deadline(1, START)]) is None
    assert sched.check() == []
    assert not (tmp_path / "reminders.json").exists()


def test_the_settings_round_trip_and_a_broken_file_is_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    ReminderSettings(False, 22, 7).save()
    assert ReminderSettings.load() == ReminderSettings(False, 22, 7)
    ReminderSettings(True, 21, 8).save()
    assert ReminderSettings.load().enabled
    broken = tmp_path / "reminders.json"
    broken.write_text("{not json")
    assert ToldStore(broken).load() == {}


def test_the_timer_is_coarse(qtbot: QtBot, tmp_path: Path) -> None:
    sched = scheduler(tmp_path, FakeClock(datetime(2026, 11, 21, 12)), Desktop())
    assert sched.timer.interval() >= 15 * 60 * 1000


def test_the_file_is_read_and_written_off_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    """A stuck disk does not stop the window: the file here is a pipe that gives nothing
    until the test writes to it, so any read or write on the GUI thread would hang."""
    clock = FakeClock(datetime(2026, 11, 21, 10, 0))
    desktop = Desktop()
    told_file = tmp_path / "reminders.json"
    os.mkfifo(told_file)
    runner = TaskRunner()
    sched = ReminderScheduler(
        ToldStore(told_file),
        desktop.show,
        runner,
        now=clock.now,
        settings=lambda: ReminderSettings(),
    )
    items = [deadline(1, START), deadline(2, START - timedelta(days=2))]
    # The GUI thread goes on while the read waits: nothing is told before the file is read.
    sched.set_deadlines(items)
    assert sched.told is None
    assert sched.check() == []
    assert desktop.shown == []

    # Deadline 2 was told about today already (by an earlier run of the app). Once the
    # file is read, the scheduler checks again by itself: only deadline 1 is told, then saved.
    signals = [sched.loaded, sched.saved]
    with (
        qtbot.waitSignals(signals, order="strict", timeout=5000),
        told_file.open("w", encoding="utf-8") as pipe,  # unblocks the reader's open
    ):
        json.dump({"due-log-2": START.isoformat()}, pipe)
    assert [t for _, t, _ in desktop.shown] == [
        "1 thing is due today. Open the organizer to see them."
    ]
    assert json.loads(told_file.read_text()) == {
        "due-log-1": START.isoformat(),
        "due-log-2": START.isoformat(),
    }

    # The write goes through a temporary file next to it: a pipe too, read by the test.
    temp = tmp_path / ".reminders.json.tmp"
    os.mkfifo(temp)
    clock.next_day()
    with qtbot.waitSignal(sched.saved, timeout=5000):
        told_now = sched.check()  # returns while the write waits for the pipe's reader
        with temp.open(encoding="utf-8") as pipe:
            written = json.load(pipe)
    assert [d.log_id for d in told_now] == [1, 2]  # both overdue now
    next_day = (START + timedelta(days=1)).isoformat()
    assert written == {"due-log-1": next_day, "due-log-2": next_day}
    assert runner.wait(5000)
