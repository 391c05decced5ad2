"""The window's link to one case: loads snapshots in the background, runs edits, watches.

Widgets never touch the database. They ask the controller, which runs the services on the
task runner and announces results with signals on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from organizer.core import clock
from organizer.core.deadlines import Deadline
from organizer.core.missing import MissingRow
from organizer.core.records import CaseInfo, DocumentInfo, LogEntryInfo
from organizer.jobs.indexer import Indexer, IndexSettings, Progress
from organizer.jobs.tasks import TaskRunner
from organizer.jobs.watcher import FolderWatcher, WatchState
from organizer.paths import data_dir
from organizer.services import decisions, documents, log, proposals, understanding
from organizer.services.deadlines import case_deadlines
from organizer.services.documents import ReconcileReport
from organizer.services.log import CallInfo, QuestionInfo
from organizer.services.proposals import Accepted, ProposalInfo
from organizer.storage.database import Database

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    """Everything the window shows about a case, loaded together off the GUI thread."""

    case: CaseInfo
    documents: list[DocumentInfo]
    log: list[LogEntryInfo]
    missing: list[MissingRow]
    calls: list[CallInfo]
    questions: list[QuestionInfo]
    today: date
    # document id -> titles of the log entries it is linked to
    links_by_document: dict[int, list[str]] = field(default_factory=dict)
    proposals: list[ProposalInfo] = field(default_factory=list)
    # Every open deadline, by date (core/deadlines.py): "Coming up", reminders, timeline.
    deadlines: list[Deadline] = field(default_factory=list)


def load_snapshot(db: Database, case: CaseInfo, today: date) -> CaseSnapshot:
    entries = log.log_entries(db, case.id)
    links: dict[int, list[str]] = {}
    for entry in entries:
        for link in entry.links:
            if link.confirmed:
                links.setdefault(link.document_id, []).append(entry.what)
    return CaseSnapshot(
        case=case,
        documents=documents.list_documents(db, case.id),
        log=entries,
        missing=log.missing_list(db, case.id, today),
        calls=log.list_calls(db, case.id),
        questions=log.list_questions(db, case.id),
        today=today,
        links_by_document=links,
        proposals=proposals.open_proposals(db, case.id),
        deadlines=case_deadlines(db, case.id, suggested=True)[0],
    )


class CaseController(QObject):
    snapshot_ready = Signal(object)  # CaseSnapshot
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
    ) -> None:
        super().__init__()
        self.db = db
        self.case = case
        self.runner = runner
        self.today = today
        self.snapshot: CaseSnapshot | None = None
        self._refresh_queued = False
        self._refreshing = False
        self.watcher: FolderWatcher | None = None
        # Relative paths of files just added, waiting to be linked to a log entry.
        self.pending_links: dict[str, int] = {}
        if watch:
            indexer = Indexer(db, case, index_settings, on_progress=self._progress)
            self.watcher = FolderWatcher(
                indexer,
                on_change=self._changed,
                on_state=self._state,
                on_error=lambda exc: self.failed.emit(str(exc)),
            )

    # --- lifecycle ----------------------------------------------------------------
    def start(self) -> None:
        self.refresh()
        if self.watcher is not None:
            self.watcher.start()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    @property
    def folder(self) -> Path:
        return Path(self.case.folder)

    # --- watcher callbacks (on the watcher's thread: only emit signals here) -------
    def _progress(self, progress: Progress) -> None:
        self.index_progress.emit(progress.done, progress.total, progress.phase)

    def _changed(self, report: ReconcileReport) -> None:
        self.index_changed.emit()

    def _state(self, state: WatchState) -> None:
        self.watch_state_changed.emit(state.value)
        if state == WatchState.WATCHING:
            self.index_changed.emit()

    # --- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload everything in the background; overlapping requests are merged."""
        if self._refreshing:
            self._refresh_queued = True
            return
        self._refreshing = True
        db, case, today = self.db, self.case, self.today()
        self.runner.run(lambda: load_snapshot(db, case, today), self._loaded, self._load_failed)

    def _loaded(self, snapshot: CaseSnapshot) -> None:
        self._refreshing = False
        self.snapshot = snapshot
        self.snapshot_ready.emit(snapshot)
        self._link_arrivals(snapshot)
        if self._refresh_queued:
            self._refresh_queued = False
            self.refresh()

    def _load_failed(self, exc: BaseException) -> None:
        self._refreshing = False
        logger.error("loading the case failed", exc_info=exc)
        self.failed.emit(str(exc))

    # --- edits --------------------------------------------------------------------
    def run_edit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        message: str = "",
    ) -> None:
        """Run a change in the background, then refresh; errors reach the user plainly."""

        def finished(result: Any) -> None:
            if done is not None:
                done(result)
            if message:
                self.told.emit(message)
            self.refresh()

        self.runner.run(work, finished, lambda exc: self.failed.emit(str(exc)))

    def set_status(self, entry_id: int, status: str, message: str = "") -> None:
        db, today = self.db, self.today()
        self.run_edit(lambda: log.set_status(db, entry_id, status, today=today), message=message)

    def create_entry(self, values: dict[str, Any]) -> None:
        db, case_id, today = self.db, self.case.id, self.today()
        values = dict(values)
        item = values.pop("item")

        def work() -> object:
            made = log.create_entry(db, case_id, item, today=today, **values)
            understanding.repropose(db, case_id, data_dir())  # documents it may match
            return made

        self.run_edit(work, message=self.tr("Added to the log."))

    def start_appeal(self, entry_id: int) -> None:
        db, today = self.db, self.today()
        self.run_edit(
            lambda: decisions.start_appeal(db, entry_id, today=today),
            message=self.tr("Appeal added to the log, due on the appeal date."),
        )

    def not_appealing(self, entry_id: int) -> None:
        db = self.db
        self.run_edit(
            lambda: decisions.not_appealing(db, entry_id),
            message=self.tr("Noted: not appealing. The denial is off the missing list."),
        )

    def edit_entry(self, entry_id: int, values: dict[str, Any]) -> None:
        db, today = self.db, self.today()
        self.run_edit(
            lambda: log.edit_entry(db, entry_id, today=today, **values),
            message=self.tr("Saved."),
        )

    def delete_entry(self, entry_id: int, done: Callable[[LogEntryInfo], None]) -> None:
        db = self.db
        self.run_edit(lambda: log.delete_entry(db, entry_id), done)

    def restore_entry(self, info: LogEntryInfo) -> None:
        db, case_id = self.db, self.case.id
        self.run_edit(lambda: log.restore_entry(db, case_id, info), message=self.tr("Put back."))

    def link_document(self, entry_id: int, document_id: int, role: str) -> None:
        db = self.db
        self.run_edit(
            lambda: log.link_document(db, entry_id, document_id, role, confirmed=True),
            message=self.tr("Linked."),
        )

    def add_call(self, called_at: datetime, values: dict[str, Any]) -> None:
        db, case_id = self.db, self.case.id
        self.run_edit(
            lambda: log.add_call(db, case_id, called_at, **values),
            message=self.tr("Call saved."),
        )

    def add_question(self, question: str, values: dict[str, Any]) -> None:
        db, case_id = self.db, self.case.id
        self.run_edit(
            lambda: log.add_question(db, case_id, question, **values),
            message=self.tr("Question saved."),
        )

    # --- suggestions ----------------------------------------------------------------
    def accept_proposal(self, link_id: int) -> None:
        db = self.db
        self.run_edit(lambda: proposals.accept(db, link_id), message=self.tr("Accepted."))

    def dismiss_proposal(self, link_id: int) -> None:
        db = self.db
        self.run_edit(
            lambda: proposals.dismiss(db, link_id),
            message=self.tr("Dismissed. It won't be suggested again for this document."),
        )

    def accept_all(self, done: Callable[[list[Accepted]], None]) -> None:
        db, case_id = self.db, self.case.id
        self.run_edit(lambda: proposals.accept_all(db, case_id), done)

    def undo_accept_all(self, accepted: list[Accepted]) -> None:
        db = self.db
        self.run_edit(lambda: proposals.undo_accept(db, accepted), message=self.tr("Undone."))

    def correct_kind(self, document_id: int, kind: str) -> None:
        db = self.db
        self.run_edit(
            lambda: understanding.correct_kind(db, document_id, kind, data_dir()),
            message=self.tr("Kind saved. Automatic sorting will not change it."),
        )

    # --- files --------------------------------------------------------------------
    def index_now(self, relative_paths: list[str]) -> None:
        if self.watcher is not None:
            self.watcher.hint(relative_paths)

    def link_when_indexed(self, relative_path: str, entry_id: int) -> None:
        """Link a just-added file once it is read (it may already be: then at once)."""
        self.pending_links[relative_path] = entry_id
        self.index_now([relative_path])
        self.refresh()

    def _link_arrivals(self, snapshot: CaseSnapshot) -> None:
        if not self.pending_links:
            return
        for doc in snapshot.documents:
            entry_id = self.pending_links.get(doc.path)
            if entry_id is None or doc.status == "pending":
                continue
            del self.pending_links[doc.path]
            role = role_for_drop(doc)
            self.link_document(entry_id, doc.id, role)


def role_for_drop(doc: DocumentInfo) -> str:
    """A document dropped on a log entry: a decision letter, a request, or what was sent."""
    if doc.letter_outcome in ("approved", "denied"):
        return "decision"
    if doc.letter_outcome == "info_requested":
        return "request"
    return "submission"
