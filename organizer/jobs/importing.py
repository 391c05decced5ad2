"""Adding dropped files to the case, with the PDF makers Qt draws.

``services/imports.import_files`` copies and never overwrites; the pictures' PDFs and
the e-mails' readable PDFs are drawn with Qt, which lives here, above the services. The
window's ops and the command line call this; it needs a QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from organizer.jobs.mail_pdf import message_pdf
from organizer.jobs.picture_pdf import picture_to_pdf
from organizer.services import imports
from organizer.services.imports import ImportReport, PictureConverter


def import_files(
    case_folder: Path,
    files: Sequence[Path],
    *,
    today: date,
    known_hashes: Mapping[str, str],
    progress: Callable[[int, int], None] | None = None,
    convert: PictureConverter | None = None,
) -> ImportReport:
    """``imports.import_files`` with pictures kept as they are (unless ``convert`` says
    otherwise) and e-mails given their readable PDF."""
    return imports.import_files(
        case_folder,
        files,
        today=today,
        known_hashes=known_hashes,
        progress=progress,
        convert=convert or picture_to_pdf,
        render_mail=message_pdf,
    )
