"""The window's link to one case: holds the case and its snapshot, runs the ops, watches.

Widgets never touch the database. They ask the controller, which runs a named function of
``gui/ops`` on the task runner and announces results with signals on the GUI thread.

Every reason to show the case again ends in one debounced reload: the reader's changes,
another process's writes (SQLite's ``data_version``), the clock, and the window's own edits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from organizer.core import clock
from organizer.core.profile import CaseProfile
from organizer.core.records import Accepted, CaseInfo, LogEntryInfo, ReconcileReport
from organizer.core.snapshot import CaseSnapshot
from organizer.gui.ops import case_ops, log_ops, pending_ops
from organizer.gui.ops.log_ops import role_for_drop
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import Indexer, IndexSettings, Progress
from organizer.jobs.watcher import FolderWatcher, WatchState
from organizer.services.snapshot import load_snapshot
from organizer.storage.changes import ChangeCounter, ServerChangeCounter, change_counter
from organizer.storage.database import Database
from organizer.storage.errors import StaleEditError
from organizer.words import error_words

__all__ = ["CaseController", "CaseSnapshot", "role_for_drop"]

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 100  # reasons to reload that come together make one reload
OUTSIDE_CHECK_MS = 2000  # how often another process's writes are looked for
CLOCK_MS = 3_600_000  # hourly: "overdue" and "days ago" follow the clock


class CaseController(QObject):
    snapshot_ready = Signal(object)  # CaseSnapshot
    case_changed = Signal(object)  # CaseInfo
    watch_state_changed = Signal(str)
    index_progress = Signal(int, int, str)
    index_changed = Signal()
    failed = Signal(str)
    told = Signal(str)  # a plain-words message for the status bar

    def __init__(
        self,
        db: Database,
        case: CaseInfo,
        runner: TaskRunner,
        *,
        watch: bool = True,
        today: Callable[[], date] = clock.today,
        index_settings: IndexSettings | None = None,
        outside_check_ms: int = OUTSIDE_CHECK_MS,
        clock_ms: int = CLOCK_MS,
    ) -> None:
        super().__init__()
        self.db = db
        self.case = case
        self.runner = runner
        self.today = today
        self.snapshot: CaseSnapshot | None = None
        self.reloads = 0  # how many snapshots were loaded (for the bench and tests)
        self.unchanged_loads = 0  # loads for a change elsewhere that changed nothing shown
        self._loading = False
        self._again = False
        # Whether the next reload was asked for by something other than the change check:
        # only those always reach the window. A change elsewhere that changes nothing the
        # window shows (another computer's lease heartbeat, say) leaves the window at rest.
        self._asked = False
        self._loaded_version = -2
        self._checking = False
        self._reading = False
        self._counter: ChangeCounter | ServerChangeCounter | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(DEBOUNCE_MS)
        self._reload_timer.timeout.connect(self._reload)
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(outside_check_ms)
        self._outside_timer.timeout.connect(self._check_outside_changes)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(clock_ms)
        self._clock_timer.timeout.connect(self.refresh)
        self.index_changed.connect(self.refresh)
        self.watcher: FolderWatcher | None = None
        # An account that may only look (a read-only role) reads no files into the case:
        # the window shows what others saved, and says it can't be changed here.
        self.look_only = db.read_only
        if watch and not self.look_only:
            indexer = Indexer(db, case, index_settings, on_progress=self._progress)
            self.watcher = FolderWatcher(
                indexer,
                on_change=self._changed,
                on_state=self._state,
                on_error=lambda exc: self.failed.emit(error_words(exc)),
            )

    # --- lifecycle ----------------------------------------------------------------
    def start(self) -> None:
        self._counter = change_counter(self.db)
        self._outside_timer.start()
        self._clock_timer.start()
        self.refresh()
        if self.watcher is not None:
            self.watcher.start()
        elif self.look_only:
            self.watch_state_changed.emit("look_only")

    def stop(self) -> None:
        self._reload_timer.stop()
        self._outside_timer.stop()
        self._clock_timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        counter, self._counter = self._counter, None
        if counter is not None:
            self.runner.run(counter.close, None, lambda _exc: None)

    @property
    def folder(self) -> Path:
        return Path(self.case.folder)

    # --- watcher callbacks (on the watcher's thread: only emit signals here) -------
    def _progress(self, progress: Progress) -> None:
        self.index_progress.emit(progress.done, progress.total, progress.phase)

    def _changed(self, report: ReconcileReport) -> None:
        self.index_changed.emit()

    def _state(self, state: WatchState) -> None:
        self._reading = state == WatchState.INDEXING  # its end reloads: no need to look
        self.watch_state_changed.emit(state.value)
        if state == WatchState.WATCHING:
            self.index_changed.emit()

    # --- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for a reload; requests that come close together make one."""
        self._asked = True
        self._reload_timer.start()

    def _refresh_if_changed(self) -> None:
        """Reload for a change made elsewhere; the window hears of it only if it shows."""
        self._reload_timer.start()

    def _reload(self) -> None:
        if not isValid(self.runner):
            return  # the app is closing: nothing is left to show it
        if self._loading:
            self._again = True
            return
        self._loading = True
        asked, self._asked = self._asked, False
        db, case_id, today, counter = self.db, self.case.id, self.today(), self._counter

        def work() -> tuple[int, CaseSnapshot]:
            # The version first: a change made during the load is seen by the next check.
            version = counter.read() if counter is not None else -1
            return version, load_snapshot(db, case_id, today)

        self.runner.run(work, lambda result: self._loaded(result, asked), self._load_failed)

    def _loaded(self, result: tuple[int, CaseSnapshot], asked: bool = True) -> None:
        self._loading = False
        version, snapshot = result
        self._loaded_version = version
        if not asked and snapshot == self.snapshot and not self._again:
            self.unchanged_loads += 1
            return
        self.reloads += 1
        self.snapshot = snapshot
        if snapshot.case != self.case:
            self.case = snapshot.case
            self.case_changed.emit(snapshot.case)
        self.snapshot_ready.emit(snapshot)
        if snapshot.pending_links_ready:
            self.run(pending_ops.link_arrivals, self.db, self.case.id)
        if self._again:
            self._again = False
            self.refresh()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        logger.error("loading the case failed", exc_info=exc)
        self.failed.emit(error_words(exc))

    def _check_outside_changes(self) -> None:
        counter = self._counter
        if counter is None or self._checking or self._reading or not isValid(self.runner):
            return
        self._checking = True
        self.runner.run(counter.read, self._compare_version, self._check_failed)

    def _check_failed(self, _exc: BaseException) -> None:
        self._checking = False

    def _compare_version(self, version: int) -> None:
        self._checking = False
        if version != self._loaded_version and not self._loading:
            self._refresh_if_changed()

    # --- running ops --------------------------------------------------------------
    def run(
        self,
        op: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], object] | None = None,
        message: str = "",
        failed: Callable[[BaseException], None] | None = None,
        reload: bool = True,
    ) -> None:
        """Run one op off the GUI thread; then tell, reload; errors reach the user plainly."""

        def finished(result: Any) -> None:
            if done is not None:
                done(result)
            if message:
                self.told.emit(message)
            if reload:
                self.refresh()

        def on_error(exc: BaseException) -> None:
            if isinstance(exc, StaleEditError):
                self.refresh()  # show what the other person saved, under the message
            self.failed.emit(error_words(exc))
            if failed is not None:
                failed(exc)

        self.runner.run(lambda: op(*args), finished, on_error)

    # --- edits --------------------------------------------------------------------
    def set_status(self, entry_id: int, status: str, message: str = "") -> None:
        self.run(log_ops.set_status, self.db, entry_id, status, self.today(), message=message)

    def create_entry(self, values: dict[str, Any]) -> None:
        self.run(
            log_ops.create_entry,
            self.db,
            self.case.id,
            values,
            self.today(),
            message=self.tr("Added to the log."),
        )

    def start_appeal(self, entry_id: int) -> None:
        self.run(
            log_ops.start_appeal,
            self.db,
            entry_id,
            self.today(),
            message=self.tr("Appeal added to the log, due on the appeal date."),
        )

    def not_appealing(self, entry_id: int) -> None:
        self.run(
            log_ops.not_appealing,
            self.db,
            entry_id,
            message=self.tr("Noted: not appealing. The denial is off the missing list."),
        )

    def edit_entry(
        self, entry_id: int, values: dict[str, Any], seen_version: int | None = None
    ) -> None:
        """Save an edit made on the entry's ``seen_version`` (refused if it changed since)."""
        self.run(
            log_ops.edit_entry,
            self.db,
            entry_id,
            values,
            self.today(),
            seen_version,
            message=self.tr("Saved."),
        )

    def delete_entry(self, entry_id: int, done: Callable[[LogEntryInfo], None]) -> None:
        self.run(log_ops.delete_entry, self.db, entry_id, done=done)

    def restore_entry(self, info: LogEntryInfo) -> None:
        self.run(log_ops.restore_entry, self.db, self.case.id, info, message=self.tr("Put back."))

    def link_document(self, entry_id: int, document_id: int, role: str) -> None:
        self.run(
            log_ops.link_document,
            self.db,
            entry_id,
            document_id,
            role,
            message=self.tr("Linked."),
        )

    def add_call(self, called_at: datetime, values: dict[str, Any]) -> None:
        self.run(
            log_ops.add_call,
            self.db,
            self.case.id,
            called_at,
            values,
            message=self.tr("Call saved."),
        )

    def edit_call(
        self, call_id: int, values: dict[str, Any], seen_version: int | None = None
    ) -> None:
        self.run(log_ops.edit_call, self.db, call_id, values, seen_version)

    def add_question(self, question: str, values: dict[str, Any]) -> None:
        self.run(
            log_ops.add_question,
            self.db,
            self.case.id,
            question,
            values,
            message=self.tr("Question saved."),
        )

    def edit_question(
        self, question_id: int, values: dict[str, Any], seen_version: int | None = None
    ) -> None:
        self.run(log_ops.edit_question, self.db, question_id, values, seen_version)

    def save_profile(
        self,
        profile: CaseProfile,
        done: Callable[[CaseInfo], None] | None = None,
        seen_version: int | None = None,
    ) -> None:
        """Save the details, made on ``seen_version`` of them (default: those shown now)."""

        def saved(case: CaseInfo) -> None:
            self.case = case
            self.case_changed.emit(case)
            if done is not None:
                done(case)

        seen = self.case.version if seen_version is None else seen_version
        self.run(case_ops.update_profile, self.db, self.case.id, profile, seen, done=saved)

    # --- suggestions ----------------------------------------------------------------
    def accept_proposal(self, link_id: int) -> None:
        self.run(log_ops.accept_proposal, self.db, link_id, message=self.tr("Accepted."))

    def dismiss_proposal(self, link_id: int) -> None:
        self.run(
            log_ops.dismiss_proposal,
            self.db,
            link_id,
            message=self.tr("Dismissed. It won't be suggested again for this document."),
        )

    def accept_all(self, done: Callable[[list[Accepted]], None]) -> None:
        self.run(log_ops.accept_all, self.db, self.case.id, done=done)

    def undo_accept_all(self, accepted: list[Accepted]) -> None:
        self.run(log_ops.undo_accept_all, self.db, accepted, message=self.tr("Undone."))

    def correct_kind(self, document_id: int, kind: str) -> None:
        self.run(
            log_ops.correct_kind,
            self.db,
            document_id,
            kind,
            message=self.tr("Kind saved. Automatic sorting will not change it."),
        )

    # --- files --------------------------------------------------------------------
    def index_now(self, relative_paths: list[str]) -> None:
        if self.watcher is not None:
            self.watcher.hint(relative_paths)

    def link_when_indexed(self, relative_paths: list[str], entry_id: int) -> None:
        """Link just-added files once they are read; remembered in the database."""
        self.run(pending_ops.remember, self.db, self.case.id, relative_paths, entry_id)
        self.index_now(relative_paths)
