"""The body of one reader worker process: read files, OCR pages, report back.

Started with ``spawn`` (never a bare fork of the threaded app). It caps its own memory so
that one pathological PDF ends as a state instead of taking the computer down.
"""

from __future__ import annotations

import signal
from multiprocessing.connection import Connection
from typing import Any


def limit_memory(megabytes: int | None) -> None:
    """Cap the heap (RLIMIT_DATA). Not the address space: PDFium reserves large ranges."""
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # Windows: no per-process limit available this way
        return
    cap = megabytes * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
    except (ValueError, OSError):
        return


def run_job(op: str, args: tuple[Any, ...]) -> Any:
    if op == "read":
        from organizer.core.types import DocumentStatus
        from organizer.jobs.read_file import read_file

        path, password, *more = args
        request = more[0] if more else None
        result = read_file(path, password)
        if request is not None and result.status == DocumentStatus.INDEXED:
            from organizer.jobs.understand_worker import understand, understand_mail

            if result.is_mail:
                result.understanding = understand_mail(result, request)
            else:
                result.understanding = understand(result.text, request)
        return result
    if op == "ocr":
        from organizer.jobs.page_ocr import ocr_pages

        path, pages, is_image_file, page_timeout, password, *rest = args
        return ocr_pages(
            path,
            pages,
            is_image_file=is_image_file,
            page_timeout=page_timeout,
            password=password,
            budget=rest[0] if rest else None,
            photo_choice=rest[1] if len(rest) > 1 else None,
        )
    if op == "photo_pdf":
        from pathlib import Path

        from organizer.jobs.searchable_pdf import corrected_pdf

        source, title, picture_sha256 = args
        return corrected_pdf(Path(source), title=title, picture_sha256=picture_sha256)
    if op == "ping":
        return "pong"
    raise ValueError(f"unknown job {op!r}")


def _stopped(_signum: int, _frame: object) -> None:
    """Asked to stop mid-job: stop Tesseract, and let the page pictures be removed."""
    from organizer.jobs.ocr import stop_running

    stop_running()
    raise SystemExit(0)


def worker_main(connection: Connection, memory_cap_mb: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stopped)
    limit_memory(memory_cap_mb)
    from organizer.jobs.read_file import quiet_libraries

    quiet_libraries()
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        op, args = message
        try:
            connection.send(("ok", run_job(op, args)))
        except MemoryError:
            connection.send(("error", "The file is too large to read on this computer."))
            return  # start afresh: memory may be fragmented
        except Exception as exc:  # noqa: BLE001 - reported to the supervisor as a state
            connection.send(("error", f"The file could not be read: {str(exc)[:200]}"))
