"""Keeping a case's index equal to its folder: reconcile, then read every pending file.

Used headless by ``organizer index`` and live by the folder watcher. All database writes
happen on the thread that calls these methods; reading happens in worker processes.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from organizer.core import read_words as said
from organizer.core.errors import FolderUnreachableError, told
from organizer.core.paths import data_dir, learned_model_file, user_rules_file
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.reading import ReadResult
from organizer.core.records import CaseInfo, FileStat, ReconcileReport
from organizer.core.safe_open import NotRegularFileError
from organizer.core.types import DocumentStatus, TextSource
from organizer.core.understand import CaseContext, Understanding
from organizer.jobs import ocr
from organizer.jobs.read_parts import DAMAGED_PICTURE
from organizer.jobs.reader_pool import OCR_PRIORITY, Job, JobOutcome, ReaderPool, warm_up
from organizer.jobs.scan import (
    FolderScan,
    folder_reachable,
    hash_file,
    on_disk,
    scan_folder,
    stat_paths,
)
from organizer.jobs.understand_worker import UnderstandRequest
from organizer.services import document_states, documents, photo_choices, understanding
from organizer.services.understanding import Understander
from organizer.storage.database import Database
from organizer.storage.leases import CaseLease

log = logging.getLogger(__name__)

# A file is read at most this many times; one that keeps stopping the reader is unreadable.
MAX_ATTEMPTS = 3
STORE_BATCH = 64
STORE_INTERVAL_S = 0.5
REACHABLE_CHECK_S = 0.5


@dataclass(frozen=True, slots=True)
class IndexSettings:
    ocr: bool = True
    workers: int | None = None
    text_time_limit: float = 60.0
    ocr_page_time_limit: float = 120.0
    # Per file: at most this many scanned pages are read, in at most this many seconds.
    max_ocr_pages: int = 200
    ocr_file_time_limit: float = 1800.0
    memory_cap_mb: int | None = 768
    # Files changed more recently than this are left for the next look (still being written).
    settle_seconds: float = 1.0
    # Read documents for meaning (kind, details, proposals for the log) once they have text.
    understand: bool = True


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    phase: str  # "reading" or "ocr"


@dataclass(frozen=True, slots=True)
class IndexSummary:
    total: int
    counts: dict[str, int]
    seconds: float


class Indexer:
    def __init__(
        self,
        db: Database,
        case: CaseInfo,
        settings: IndexSettings | None = None,
        *,
        on_progress: Callable[[Progress], None] | None = None,
        on_text: Callable[[int, str], None] | None = None,
        holder: str = "an organizer window",
    ) -> None:
        self.db = db
        # Only one reader per case at a time; taken at the first look, kept until close().
        self.lease = CaseLease(db, case.id, holder)
        self.case = case
        self.root = Path(case.folder)
        self.settings = settings or IndexSettings()
        self.on_progress = on_progress
        # Called with (document id, text) after a document's text is stored.
        self.on_text = on_text
        self._pool: ReaderPool | None = None
        self._understander: Understander | None = None
        self._context: CaseContext | None = None
        # Understood by the readers, waiting for their proposals (made oldest first).
        self._fresh: dict[int, Understanding] = {}
        self._outcomes: queue.Queue[JobOutcome] = queue.Queue()
        self.ocr_missing_told = False
        self.unsettled: set[str] = set()
        self._revived = False
        # Files found gone while being read; a later look marks them missing if they stay so.
        self.gone_seen = 0
        # The user's choices for photographed pages of this run (document id -> turn, original).
        self._photo_choices: dict[int, tuple[int, bool]] = {}

    # --- reconciling ----------------------------------------------------------------
    def reconcile(
        self, scope: Iterable[str] | None = None, *, settled: bool = False
    ) -> ReconcileReport:
        """Compare the folder with the index; hash only new or changed files.

        Files modified within the last ``settle_seconds`` are left in ``unsettled`` for a
        later look, unless the caller already saw them stop changing (``settled``).
        """
        self.hold()
        patterns = documents.ignore_patterns(self.db, self.case.id)
        scoped = None if scope is None else set(scope)
        scan: FolderScan = (
            scan_folder(self.root, patterns)
            if scoped is None
            else stat_paths(self.root, scoped, patterns)
        )
        index = documents.load_index(self.db, self.case.id)
        settle_ns = int((time.time() - self.settings.settle_seconds) * 1e9)

        present: dict[str, FileStat] = {}
        hashes: dict[str, str] = {}
        unsettled: set[str] = set()
        odd = dict(scan.odd)
        warming = self._pool is not None
        for path, stat in scan.files.items():
            known = index.get(path)
            if not documents.needs_hash(known, stat):
                present[path] = stat
                continue
            if not warming:
                # Something to read: the readers get ready on the other core meanwhile.
                warming = True
                warm_up()
            if not settled and stat.mtime_ns > settle_ns:
                unsettled.add(path)  # still being written, perhaps: look again shortly
                continue
            try:
                digest = hash_file(on_disk(self.root, path))
            except NotRegularFileError as exc:  # swapped for a pipe or device meanwhile
                odd[path] = said.not_ordinary(exc.kind)
                continue
            if digest is None:
                unsettled.add(path)
                continue
            present[path] = stat
            hashes[path] = digest
        self.unsettled = unsettled
        if not folder_reachable(self.root):
            # Gone while it was looked at: mark nothing missing because of that.
            raise FolderUnreachableError(
                told(
                    QT_TRANSLATE_NOOP("errors", "The case folder can't be reached: {0}"),
                    str(self.root),
                )
            )

        # Known paths below folders that could not be listed are left alone.
        known_scope = set(index) if scoped is None else scoped & set(index)
        known_scope -= unsettled | set(odd)
        known_scope = {
            p for p in known_scope if not any(p.startswith(u + "/") for u in scan.unlisted)
        }
        changed_stats = any(documents.needs_hash(index.get(p), s) for p, s in present.items())
        vanished = {p for p in known_scope if p not in present and p not in odd}
        revived = any(
            index[p].status == DocumentStatus.MISSING.value for p in present if p in index
        )
        odd_news = {
            p: why
            for p, why in odd.items()
            if p not in index
            or index[p].sha256 is not None
            or index[p].status != DocumentStatus.UNREADABLE.value
        }
        growing = {p: scan.files[p] for p in unsettled if p not in index}
        if not (hashes or changed_stats or vanished or revived or odd_news or growing):
            return ReconcileReport()
        return documents.apply_scan(
            self.db,
            self.case.id,
            present,
            hashes,
            scope=known_scope,
            exists=lambda p: on_disk(self.root, p).exists(),
            odd=odd_news,
            growing=growing,
        )

    def hold(self) -> None:
        """Take the case's lease if not held yet; CaseBusyError when another reader has it."""
        if not self.lease.held:
            self.lease.acquire()

    # --- reading --------------------------------------------------------------------
    @property
    def pool(self) -> ReaderPool:
        if self._pool is None:
            self._pool = ReaderPool(
                self._outcomes.put,
                workers=self.settings.workers,
                memory_cap_mb=self.settings.memory_cap_mb,
            )
        return self._pool

    def ocr_available(self) -> bool:
        return self.settings.ocr and ocr.tesseract_command() is not None

    def read_pending(self, stop: threading.Event | None = None) -> int:
        """Read every pending document until each has a final state. Returns how many.

        Raises FolderUnreachableError when the case folder goes away meanwhile; the files
        not read yet stay pending for the next run.
        """
        self.hold()
        if not self._revived:
            self._revived = True
            document_states.revive_gone_failures(self.db, self.case.id)
        pending = documents.pending_documents(self.db, self.case.id)
        if not pending:
            return 0
        worn_out = [doc_id for doc_id, _, attempts in pending if attempts >= MAX_ATTEMPTS]
        for doc_id in worn_out:
            documents.mark_failed(
                self.db,
                doc_id,
                DocumentStatus.UNREADABLE,
                "Reading this file stopped the reader several times; it may be damaged.",
            )
        work = [(doc_id, path) for doc_id, path, attempts in pending if attempts < MAX_ATTEMPTS]
        documents.note_attempt(self.db, (doc_id for doc_id, _ in work))
        user_kinds = documents.user_kinds(self.db, self.case.id)
        self._photo_choices = photo_choices.photo_choices(self.db, self.case.id)
        for doc_id, path in work:
            request = self._understand_request(user_kinds.get(doc_id))
            self.pool.submit(
                Job(
                    key=doc_id,
                    op="read",
                    args=(str(on_disk(self.root, path)), None, request),
                    time_limit=self.settings.text_time_limit,
                )
            )
        self._collect(len(work), {doc_id: path for doc_id, path in work}, stop)
        self.understand_new()
        return len(work)

    def _understand_request(self, user_kind: str | None) -> UnderstandRequest | None:
        if not self.settings.understand:
            return None
        if self._context is None:
            self._context = CaseContext.from_profile(self.case.profile)
        folder = data_dir()
        return UnderstandRequest(
            context=self._context,
            user_kind=user_kind,
            rules_override=str(user_rules_file(folder)),
            model_file=str(learned_model_file(folder)),
        )

    def understand_new(self) -> int:
        """Make proposals for what the readers understood; understand any leftovers here."""
        if not self.settings.understand:
            return 0
        fresh, self._fresh = self._fresh, {}
        if not fresh and not understanding.has_pending(self.db, self.case.id):
            return 0  # a look that found nothing new: no rules or model to load
        if self._understander is None:
            self._understander = Understander.load(data_dir())
        understanding.propose_for(self.db, fresh, self._understander)
        return len(fresh) + understanding.understand_pending(
            self.db, self.case.id, self._understander
        )

    def _collect(self, expected: int, paths: dict[int, str], stop: threading.Event | None) -> None:
        partial: dict[int, ReadResult] = {}
        ready: list[tuple[int, ReadResult]] = []
        outstanding, done = expected, 0
        last_store = last_look = time.monotonic()
        gone: list[int] = []
        handled: set[int] = set()  # documents whose reading came back, whatever it said
        while outstanding:
            if stop is not None and stop.is_set():
                break
            if time.monotonic() - last_look > REACHABLE_CHECK_S:
                last_look = time.monotonic()
                if not folder_reachable(self.root):
                    break
            try:
                outcome = self._outcomes.get(timeout=0.2)
            except queue.Empty:
                outcome = None
            if outcome is not None:
                outstanding -= 1
                finished = self._handle(outcome, partial, paths)
                if finished is not None:
                    handled.add(finished[0])
                if finished is not None and finished[1].gone:
                    gone.append(finished[0])  # not there right now: stays pending
                    done += 1
                elif finished is not None:
                    ready.append(finished)
                    done += 1
                else:
                    outstanding += 1  # an OCR job was queued for it
                if self.on_progress is not None:
                    phase = "ocr" if outcome.job.op == "ocr" or partial else "reading"
                    self.on_progress(Progress(done, expected, phase))
            if ready and (
                len(ready) >= STORE_BATCH
                or not outstanding
                or time.monotonic() - last_store > STORE_INTERVAL_S
            ):
                self._store(ready)
                ready = []
                last_store = time.monotonic()
        if ready:
            self._store(ready)
        document_states.forget_attempt(self.db, gone)
        self.gone_seen += len(gone)
        # Reads cut short (the folder went away, or a stop) were no attempt of the file's.
        cut_short = [doc_id for doc_id in paths if doc_id not in handled]
        unreachable = bool(gone or outstanding) and not folder_reachable(self.root)
        if outstanding and (unreachable or (stop is not None and stop.is_set())):
            document_states.forget_attempt(self.db, cut_short)
        if unreachable:
            self.close()  # drop what is queued; those files stay pending
            raise FolderUnreachableError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The case folder can't be reached any more: {0}. "
                        "The files not read yet will be read when it is back.",
                    ),
                    str(self.root),
                )
            )

    def _store(self, ready: list[tuple[int, ReadResult]]) -> None:
        found = {
            doc_id: result.understanding
            for doc_id, result in ready
            if isinstance(result.understanding, Understanding)
        }
        # The text and what was understood of it are saved together, or not at all.
        understanding.store_read(self.db, ready, found)
        self._fresh.update(found)
        if self.on_text is not None:
            for doc_id, result in ready:
                if result.status == DocumentStatus.INDEXED:
                    self.on_text(doc_id, result.text)

    def _handle(
        self, outcome: JobOutcome, partial: dict[int, ReadResult], paths: dict[int, str]
    ) -> tuple[int, ReadResult] | None:
        doc_id = int(outcome.job.key)
        here = on_disk(self.root, paths[doc_id]).exists() if doc_id in paths else True
        if outcome.failure is not None and not here:
            partial.pop(doc_id, None)
            return doc_id, ReadResult(DocumentStatus.PENDING, gone=True)
        if outcome.job.op == "read":
            if outcome.failure is not None:
                return doc_id, ReadResult(DocumentStatus.UNREADABLE, error=outcome.failure)
            result: ReadResult = outcome.value
            if result.status != DocumentStatus.PENDING:
                return doc_id, result
            if not self.ocr_available():
                return doc_id, self._without_ocr(result)
            partial[doc_id] = result
            pages = result.ocr_pages
            cap = max(1, self.settings.max_ocr_pages)
            if len(pages) > cap:
                result.error = said.TOO_MANY_PAGES.format(cap, len(pages))
                pages = pages[:cap]
            budget = self.settings.ocr_file_time_limit
            self.pool.submit(
                Job(
                    key=doc_id,
                    op="ocr",
                    args=(
                        str(on_disk(self.root, paths[doc_id])),
                        pages,
                        result.is_image_file,
                        self.settings.ocr_page_time_limit,
                        None,
                        budget,
                        self._photo_choices.get(doc_id),
                    ),
                    time_limit=min(self.settings.ocr_page_time_limit * len(pages), budget) + 30,
                    priority=OCR_PRIORITY,
                )
            )
            return None
        result = partial.pop(doc_id)
        if outcome.failure is not None:
            fallback = self._without_ocr(result)
            fallback.error = said.SCANS_NOT_READ.format(outcome.failure)
            return doc_id, fallback
        read_pages = list(outcome.value)
        if any(p.error for p in read_pages) and not on_disk(self.root, paths[doc_id]).exists():
            return doc_id, ReadResult(DocumentStatus.PENDING, gone=True)  # away meanwhile
        if result.is_image_file and read_pages and all(p.error for p in read_pages):
            result.status = DocumentStatus.UNREADABLE
            result.error = DAMAGED_PICTURE
            return doc_id, result
        for page in read_pages:
            if 0 <= page.number < len(result.page_texts):
                result.page_texts[page.number] = page.text
        asked = min(len(result.ocr_pages), max(1, self.settings.max_ocr_pages))
        if len(read_pages) < asked:
            result.error = said.SCANS_TOO_LONG.format(len(read_pages), len(result.ocr_pages))
        result.status = DocumentStatus.INDEXED
        result.text_source = (
            TextSource.OCR if any(t.strip() for t in result.page_texts) else TextSource.NONE
        )
        return doc_id, result

    def _without_ocr(self, result: ReadResult) -> ReadResult:
        if any(t.strip() for t in result.page_texts):
            result.status = DocumentStatus.INDEXED
            result.text_source = TextSource.TEXT
        else:
            result.status = DocumentStatus.NO_TEXT
            result.text_source = None
            result.error = said.OCR_OFF if not self.settings.ocr else said.NO_TESSERACT
        if self.settings.ocr and not self.ocr_missing_told:
            self.ocr_missing_told = True
            log.warning(ocr.INSTALL_HINT)
        return result

    # --- whole runs -----------------------------------------------------------------
    def run_once(
        self, stop: threading.Event | None = None, settle_timeout: float = 30.0
    ) -> IndexSummary:
        """Reconcile the whole folder and read everything; wait for files still being written."""
        started = time.monotonic()
        self.reconcile()
        self.read_pending(stop)
        if self.gone_seen:
            self.gone_seen = 0
            self.reconcile()
            self.read_pending(stop)
        self.understand_new()  # also documents read by an earlier version
        deadline = time.monotonic() + settle_timeout
        while self.unsettled and time.monotonic() < deadline:
            if stop is not None and stop.wait(self.settings.settle_seconds / 2):
                break
            if stop is None:
                threading.Event().wait(self.settings.settle_seconds / 2)
            self.reconcile()
            self.read_pending(stop)
        counts = documents.status_counts(self.db, self.case.id)
        return IndexSummary(sum(counts.values()), counts, time.monotonic() - started)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        self.lease.release()
