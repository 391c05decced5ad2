"""Reading picture files (photos, scans, faxes, HEIC) page by page, corrected first.

Runs in reader processes. Pictures are decoded with Pillow (pillow-heif for HEIC), every
frame of a multi-page TIFF or HEIC is a page; the corrected page goes to Tesseract.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from organizer.jobs.ocr import SCRATCH_PREFIX, OcrPage, scratch_root


def read_photo_pages(
    path: str,
    pages: list[int],
    *,
    page_timeout: float,
    budget: float | None = None,
    turn: int = 0,
    original: bool = False,
) -> list[OcrPage]:
    """Text of the wanted pages of a picture file; a page that fails gets a reason."""
    from organizer.jobs import photo
    from organizer.jobs.photo_read import read_picture

    results: list[OcrPage] = []
    deadline = None if budget is None else time.monotonic() + budget
    try:
        frames = photo.load_frames(path)
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - a picture Pillow can't decode is a damaged one
        return [OcrPage(number, "", "page could not be drawn") for number in pages]
    prefix = f"{SCRATCH_PREFIX}{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=scratch_root()) as scratch:
        for number in pages:
            if deadline is not None and time.monotonic() > deadline:
                break
            if number >= len(frames):
                results.append(OcrPage(number, "", "page could not be found"))
                continue
            limit = page_timeout
            if deadline is not None:
                limit = max(1.0, min(page_timeout, deadline - time.monotonic()))
            try:
                reading = read_picture(
                    frames[number],
                    Path(scratch),
                    limit,
                    user_turn=turn,
                    use_original=original,
                    deadline=time.monotonic() + limit,
                )
            except subprocess.TimeoutExpired:
                results.append(OcrPage(number, "", "reading this page took too long"))
                continue
            results.append(OcrPage(number, reading.text))
    return results
