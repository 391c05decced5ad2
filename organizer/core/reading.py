"""What reading one file produced. Built in worker processes, stored by the indexer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from organizer.core.types import DocumentStatus, TextSource

# Plain-words reasons shown to the user for each final state.
STATUS_WORDS: dict[str, str] = {
    DocumentStatus.PENDING: "Waiting to be read",
    DocumentStatus.INDEXED: "Read",
    DocumentStatus.NO_TEXT: "Scanned pages; text can't be read on this computer",
    DocumentStatus.PASSWORD_PROTECTED: "Locked with a password",
    DocumentStatus.UNREADABLE: "Damaged; it can't be read",
    DocumentStatus.NOT_A_PDF: "Not really a PDF or picture",
    DocumentStatus.EMPTY: "Empty file",
    DocumentStatus.MISSING: "No longer in the folder",
    DocumentStatus.DUPLICATE: "A copy of another document",
}


@dataclass(slots=True)
class ReadResult:
    """The outcome of reading one file. ``page_texts`` holds one string per page."""

    status: DocumentStatus
    sha256: str | None = None
    size: int = 0
    pages: int = 0
    page_texts: list[str] = field(default_factory=list)
    text_source: TextSource | None = None
    error: str | None = None
    title: str | None = None
    author: str | None = None
    # Pages (0-based) that hold only images and still need OCR.
    ocr_pages: list[int] = field(default_factory=list)
    is_image_file: bool = False
    # What the reader understood from the text (an Understanding), when it was asked to.
    understanding: object | None = None
    # The file was not there when it was read (folder renamed, drive unplugged): it stays
    # pending and is read again later, never marked unreadable for that.
    gone: bool = False
    # E-mails: the day sent (the user's calendar), the body alone (for understanding), and
    # the attachment list stored with the document (name, type, size, sha256, read, note).
    is_mail: bool = False
    sent_on: date | None = None
    body_text: str = ""
    attachments: list[dict[str, object]] | None = None

    @property
    def text(self) -> str:
        return "\n\f\n".join(self.page_texts)
