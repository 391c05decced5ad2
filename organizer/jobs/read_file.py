"""Reading one file's text. Runs inside reader worker processes, never on the GUI thread.

Every input ends in a ReadResult with a final state; exceptions from damaged files are
turned into plain-words reasons here. The pieces it uses (kinds, pictures, a PDF's text
layer) are in ``read_parts``, shared with ``read_mail``.
"""

from __future__ import annotations

import hashlib

from organizer.core import read_words as said
from organizer.core.mail import is_mail_name
from organizer.core.reading import ReadResult
from organizer.core.safe_open import NotRegularFileError, is_gone, read_regular
from organizer.core.system_words import system_reason
from organizer.core.types import DocumentStatus
from organizer.jobs.read_mail import read_mail
from organizer.jobs.read_parts import (
    DAMAGED_PICTURE,
    TIFF_MAGICS,
    heif_image_count,
    is_heif,
    picture_problem,
    quiet_libraries,
    read_pdf,
    sniff,
    tiff_page_count,
)

# Named here too, where the reader and the tests have always found them.
__all__ = [
    "DAMAGED_PICTURE",
    "picture_problem",
    "quiet_libraries",
    "read_file",
    "read_pdf",
    "sniff",
    "tiff_page_count",
]


def read_file(path: str, password: str | None = None) -> ReadResult:
    """Read one file's text layer. Image pages are listed in ``ocr_pages`` for later."""
    quiet_libraries()
    result = ReadResult(status=DocumentStatus.UNREADABLE)
    try:
        data = read_regular(path)
    except NotRegularFileError as exc:
        result.error = said.NOT_ORDINARY.format(exc.kind)
        return result
    except OSError as exc:
        if is_gone(exc):
            result.status = DocumentStatus.PENDING
            result.gone = True
            result.error = said.NOT_THERE
            return result
        result.error = said.CANT_OPEN.format(system_reason(exc).english())
        return result
    result.size = len(data)
    result.sha256 = hashlib.sha256(data).hexdigest()
    if not data:
        result.status = DocumentStatus.EMPTY
        result.error = said.EMPTY
        return result
    if is_mail_name(path):
        return read_mail(path, data, result)
    kind = sniff(data[:1024])
    if kind == "pdf":
        return read_pdf(data, result, password)
    if kind == "image":
        problem = picture_problem(data)
        if problem is not None:
            result.error = problem
            return result
        result.is_image_file = True
        if data.startswith(TIFF_MAGICS):
            result.pages = tiff_page_count(data)
        elif is_heif(data):
            result.pages = heif_image_count(data)
        else:
            result.pages = 1
        result.page_texts = [""] * result.pages
        result.ocr_pages = list(range(result.pages))
        result.status = DocumentStatus.PENDING
        return result
    result.status = DocumentStatus.NOT_A_PDF
    result.error = said.NOT_A_DOCUMENT
    return result
