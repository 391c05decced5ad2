"""Reading an e-mail's words and its attachments' words, inside a reader process.

Runs under the reader's time and memory caps like any file. The message is read from
memory; a scanned PDF or picture attachment is written to this process's private scratch
folder only for Tesseract, and removed right after. Attachments are never run, archives
never unpacked, nothing is fetched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time

from organizer.core import read_words as said
from organizer.core.mail import MailContent, MailPart, MailProblem, html_to_text, parse_mail
from organizer.core.reading import ReadResult
from organizer.core.types import DocumentStatus, TextSource
from organizer.jobs.read_parts import picture_problem, read_pdf, sniff, tiff_page_count

# Tesseract on attachments happens inside the text job, so it gets a budget of its own.
ATTACHMENT_OCR_BUDGET_S = 40.0
ATTACHMENT_OCR_PAGE_S = 20.0
MAX_ATTACHMENT_OCR_PAGES = 6
NO_CONTENT = said.NO_MAIL_CONTENT
ARCHIVE_TYPES = ("zip", "x-7z", "x-rar", "x-tar", "gzip", "x-bzip")


def _ocr_bytes(data: bytes, pages: list[int], is_image: bool, deadline: float) -> str:
    """Tesseract on an attachment's pages, within what is left of the budget."""
    from organizer.jobs import ocr
    from organizer.jobs.page_ocr import ocr_pages

    left = deadline - time.monotonic()
    if not pages or left <= 1 or ocr.tesseract_command() is None:
        return ""
    folder = ocr.scratch_root() / f"{ocr.SCRATCH_PREFIX}{os.getpid()}-mail"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / f"attachment-{secrets.token_hex(6)}"
    try:
        path.write_bytes(data)
        path.chmod(0o600)
        read = ocr_pages(
            str(path),
            pages[:MAX_ATTACHMENT_OCR_PAGES],
            is_image_file=is_image,
            page_timeout=min(ATTACHMENT_OCR_PAGE_S, left),
            budget=left,
        )
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
    return "\n".join(page.text for page in read if page.text.strip())


def attachment_text(part: MailPart, deadline: float) -> tuple[str, str]:
    """(words, note) for one attachment; the note says why it was not read, if it wasn't."""
    if part.nested is not None:
        return mail_words(part.nested, deadline), ""
    kind = sniff(part.data[:1024]) if part.data else "unknown"
    if kind == "pdf":
        result = read_pdf(part.data, ReadResult(DocumentStatus.UNREADABLE), None)
        if result.status in (DocumentStatus.UNREADABLE, DocumentStatus.PASSWORD_PROTECTED):
            return "", result.error or "It can't be read."
        texts = list(result.page_texts)
        if result.ocr_pages:
            texts.append(_ocr_bytes(part.data, result.ocr_pages, False, deadline))
        return "\n".join(t for t in texts if t.strip()), ""
    if kind == "image":
        problem = picture_problem(part.data)
        if problem is not None:
            return "", problem
        pages = tiff_page_count(part.data) if part.data[:2] in (b"II", b"MM") else 1
        return _ocr_bytes(part.data, list(range(pages)), True, deadline), ""
    main, _, sub = part.content_type.partition("/")
    if any(sub.startswith(archive) for archive in ARCHIVE_TYPES):
        return "", "An archive: it is not unpacked."
    if main == "text" and sub in ("plain", "html", "csv"):
        words = part.data.decode("utf-8", "replace")
        return (html_to_text(words) if sub == "html" else words.strip()), ""
    return "", "Not read: only PDFs, pictures and text are read."


def mail_words(content: MailContent, deadline: float) -> str:
    """The headers and body of a (forwarded) message, then its attachments' words."""
    parts = [content.header_text(), content.body]
    for part in content.attachments:
        words, _ = attachment_text(part, deadline)
        if words.strip():
            parts.append(f"Attachment: {part.name}\n{words}")
    return "\n\n".join(p for p in parts if p.strip())


def read_mail(name: str, data: bytes, result: ReadResult) -> ReadResult:
    """Fill ``result`` from an .eml or .msg: one page for the message, one per attachment."""
    try:
        content = parse_mail(name, data)
    except MailProblem as problem:
        result.status = DocumentStatus(problem.state)
        result.error = str(problem)
        return result
    result.is_mail = True
    result.title = content.subject or None
    result.author = content.sender or None
    result.sent_on = content.sent_day
    if content.encrypted:
        result.status = DocumentStatus.PASSWORD_PROTECTED
        result.error = said.MAIL_ENCRYPTED.format(content.encrypted)
        return result
    deadline = time.monotonic() + ATTACHMENT_OCR_BUDGET_S
    listing: list[dict[str, object]] = []
    result.page_texts = ["\n\n".join(p for p in (content.header_text(), content.body) if p)]
    result.body_text = content.body
    for part in content.attachments:
        words, note = attachment_text(part, deadline)
        entry = part.listing()
        entry["read"] = bool(words.strip())
        if note:
            entry["note"] = note
        listing.append(entry)
        result.page_texts.append(f"Attachment: {part.name}\n{words}" if words.strip() else "")
    result.attachments = listing
    result.pages = len(result.page_texts)
    readable = content.body.strip() or any(e["read"] for e in listing)
    if content.damaged and not readable:
        result.status = DocumentStatus.UNREADABLE
        result.error = content.damaged
        return result
    if not readable:
        result.status = DocumentStatus.EMPTY
        result.error = NO_CONTENT
        return result
    result.status = DocumentStatus.INDEXED
    result.text_source = TextSource.TEXT
    result.error = content.damaged
    return result
