"""Reading picture files (photos, scans, faxes, HEIC) page by page, corrected first.

Runs in reader processes. Pictures are decoded with Pillow (pillow-heif for HEIC), every
frame of a multi-page TIFF or HEIC is a page; the corrected page goes to Tesseract.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
import time
from pathlib import Path

from organizer.jobs.ocr import SCRATCH_PREFIX, OcrPage, scratch_root

PAGES_FOLDER = "photo_pages"


def corrected_page_path(sha256: str, page: int) -> Path:
    """Where the corrected picture of a page is kept: the app's data folder, never the case's.

    Pictures found in the watched folder are never changed; the preview shows this copy.
    """
    from organizer.core.paths import data_dir

    return data_dir() / PAGES_FOLDER / sha256 / f"{page}.png"


def corrected_turn_path(sha256: str, page: int) -> Path:
    """Beside the corrected page: how far it was turned from the picture (clockwise)."""
    return corrected_page_path(sha256, page).with_suffix(".turn")


def _keep_corrected(sha256: str, page: int, image: object, turned: int = 0) -> None:
    """Save the corrected page (0600, folders 0700); a full disk only loses the copy.

    The turn is kept beside it, so "Turn right" in the preview turns what the person sees.
    """
    from organizer.jobs import photo

    try:
        target = corrected_page_path(sha256, page)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        target.parent.parent.chmod(0o700)
        photo.write_png(target, image)
        turn_file = corrected_turn_path(sha256, page)
        turn_file.write_text(str(turned % 360), encoding="ascii")
        turn_file.chmod(0o600)
    except OSError:
        return


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
        sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
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
            if reading.image is not None:
                _keep_corrected(sha256, number, reading.image, reading.turned)
            results.append(OcrPage(number, reading.text))
    return results
