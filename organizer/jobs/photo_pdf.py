"""A picture added through the window, kept as a PDF of its corrected pages.

Each page is the photo found, flattened, turned upright and evened out, with Tesseract's
invisible text layer over it: the PDF is searchable, and prints straight. The work
(``searchable_pdf.corrected_pdf``) runs in a reader process (memory cap, time limit),
never on the GUI thread; this module asks the reader pool for it.
"""

from __future__ import annotations

import queue
from pathlib import Path

from organizer.core import read_words as said
from organizer.jobs.reader_pool import Job, JobOutcome, ReaderPool
from organizer.jobs.searchable_pdf import PAGE_SECONDS, corrected_pdf

__all__ = ["corrected_pdf", "corrected_pdf_in_reader"]


def corrected_pdf_in_reader(source: Path, *, title: str, picture_sha256: str) -> bytes:
    """``corrected_pdf`` in a reader process of its own; raises ValueError on failure.

    Meant as the import's picture converter (imports.import_files(convert=...)), which
    runs on a worker thread: this waits for the reader, the window does not.
    """
    outcomes: queue.Queue[JobOutcome] = queue.Queue()
    pool = ReaderPool(outcomes.put, workers=1)
    try:
        args = (str(source), title, picture_sha256)
        pool.submit(Job(key=0, op="photo_pdf", args=args, time_limit=PAGE_SECONDS * 4))
        outcome = outcomes.get()
    finally:
        pool.close()
    if outcome.failure is not None or not isinstance(outcome.value, bytes):
        raise ValueError(outcome.failure or said.DAMAGED_PICTURE)
    return outcome.value
