"""Reading a password-protected PDF once, with the password the user typed.

The file is read by a reader process of the reader pool, with the same caps as every other
document (time limit, memory cap): a hostile locked file ends as a state, not a hang. The
password lives only for the length of this call and that job: never stored or logged.
"""

from __future__ import annotations

import queue
from pathlib import Path

from organizer.core import read_words as said
from organizer.core.paths import data_dir
from organizer.core.reading import ReadResult
from organizer.core.types import DocumentStatus
from organizer.jobs.indexer import IndexSettings
from organizer.jobs.reader_pool import Job, JobOutcome, ReaderPool
from organizer.jobs.scan import on_disk
from organizer.services import documents, understanding
from organizer.services.understanding import Understander
from organizer.storage.database import Database

# Beyond the job's own limit: the pool ends a job that runs over, so this is a last guard.
GRACE_SECONDS = 60.0


def read_in_pool(path: Path, password: str, settings: IndexSettings | None = None) -> ReadResult:
    """Read one file with a password in a reader process, within the pool's caps."""
    settings = settings or IndexSettings()
    outcomes: queue.Queue[JobOutcome] = queue.Queue()
    pool = ReaderPool(outcomes.put, workers=1, memory_cap_mb=settings.memory_cap_mb)
    try:
        pool.submit(
            Job(
                key="unlock",
                op="read",
                args=(str(path), password),
                time_limit=settings.text_time_limit,
            )
        )
        outcome = outcomes.get(timeout=settings.text_time_limit + GRACE_SECONDS)
    except queue.Empty:
        return ReadResult(DocumentStatus.UNREADABLE, error=said.TOO_LONG)
    finally:
        pool.close()
    if outcome.failure is not None:
        return ReadResult(DocumentStatus.UNREADABLE, error=outcome.failure)
    result: ReadResult = outcome.value
    return result


def read_with_password(
    db: Database, root: str, document_id: int, password: str, case_id: int | None = None
) -> str:
    """'ok', 'wrong' (the password did not open it) or 'gone' (no such document).

    With ``case_id``, the text is also read for meaning at once (kind, details, suggestions
    for the log), as the reader does for any other document.
    """
    relative = documents.path_of(db, document_id)
    if relative is None:
        return "gone"
    result = read_in_pool(on_disk(Path(root), relative), password)
    if result.status == DocumentStatus.PASSWORD_PROTECTED:
        return "wrong"
    if result.status == DocumentStatus.PENDING:
        result.status = DocumentStatus.NO_TEXT  # scanned pages inside a locked file
        result.error = "Scanned pages; the text can't be read."
    documents.store_results(db, [(document_id, result)])
    if case_id is not None and result.status == DocumentStatus.INDEXED:
        understanding.understand_pending(db, case_id, Understander.load(data_dir()))
    return "ok"
