"""Reading a password-protected PDF once, with the password the user typed.

The password lives only for the length of this call: it is never stored or logged.
"""

from __future__ import annotations

from pathlib import Path

from organizer.core.paths import data_dir
from organizer.core.types import DocumentStatus
from organizer.jobs.read_file import read_file
from organizer.services import documents, understanding
from organizer.services.understanding import Understander
from organizer.storage.database import Database


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
    result = read_file(str(Path(root) / relative), password=password)
    if result.status == DocumentStatus.PASSWORD_PROTECTED:
        return "wrong"
    if result.status == DocumentStatus.PENDING:
        result.status = DocumentStatus.NO_TEXT  # scanned pages inside a locked file
        result.error = "Scanned pages; the text can't be read."
    documents.store_results(db, [(document_id, result)])
    if case_id is not None and result.status == DocumentStatus.INDEXED:
        understanding.understand_pending(db, case_id, Understander.load(data_dir()))
    return "ok"
