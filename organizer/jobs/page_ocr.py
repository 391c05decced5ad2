"""Tesseract on a file's pages: a PDF's drawn pages, or a picture's corrected pages.

The one door for the reader's OCR work (in reader processes, never on the GUI thread). It
sits above ``ocr`` (PDF pages) and ``photo_pages`` (pictures, which use ``ocr``'s tools),
so neither imports the other back.
"""

from __future__ import annotations

from organizer.jobs.ocr import OcrPage, ocr_pdf_pages
from organizer.jobs.photo_pages import read_photo_pages


def ocr_pages(
    path: str,
    pages: list[int],
    *,
    is_image_file: bool,
    page_timeout: float,
    password: str | None = None,
    budget: float | None = None,
    photo_choice: tuple[int, bool] | None = None,
) -> list[OcrPage]:
    """Read the pages with Tesseract; stops early, with what was read, after ``budget`` s.

    ``photo_choice`` (turn, original) is the person's choice for a picture's pages.
    """
    if is_image_file:
        turn, original = photo_choice or (0, False)
        return read_photo_pages(
            path, pages, page_timeout=page_timeout, budget=budget, turn=turn, original=original
        )
    return ocr_pdf_pages(path, pages, page_timeout=page_timeout, password=password, budget=budget)
