"""Dropped e-mails: a readable PDF of the message, and its PDF and picture attachments.

The message itself is copied as it is by ``imports``; this adds, beside it, a PDF of its
headers and body (so the office can be sent a copy; drawn by the ``render`` it is given,
``jobs/mail_pdf.message_pdf``, as Qt lives above the services) and each PDF or picture
attachment as a document of its own. Attachments are copied byte for byte (never opened
or run), so the index can link each back to its message by content. Archives and other
files stay inside the message. Like every import, nothing is ever overwritten.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

from organizer.core import import_words as said
from organizer.core.mail import MAX_MESSAGE_BYTES, MailContent, MailProblem, parse_mail

PDF_MAGIC = b"%PDF-"
PICTURE_SUFFIXES = {
    b"\xff\xd8\xff": ".jpg",
    b"\x89PNG\r\n\x1a\n": ".png",
    b"II*\x00": ".tif",
    b"MM\x00*": ".tif",
}
MAX_NAME = 120
UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def attachment_kind(data: bytes) -> str | None:
    """'.pdf', '.jpg', '.png' or '.tif' by signature; None for anything else."""
    if data[:1024].find(PDF_MAGIC) >= 0:
        return ".pdf"
    for magic, suffix in PICTURE_SUFFIXES.items():
        if data.startswith(magic):
            return suffix
    return None


def safe_name(name: str, suffix: str) -> str:
    """A plain file name from an attachment's name: no folders, no hidden dot, its type's end."""
    base = UNSAFE.sub(" ", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")[:MAX_NAME]
    base = base or "attachment"
    lowered = base.lower()
    same = {".jpg": (".jpg", ".jpeg"), ".tif": (".tif", ".tiff")}.get(suffix, (suffix,))
    return base if lowered.endswith(same) else f"{base}{suffix}"


def message_html(content: MailContent) -> str:
    """The message as simple, fully escaped HTML: no image, link or style reaches Qt."""
    rows = [
        ("From", content.sender),
        ("To", content.to),
        ("Date", content.sent.strftime("%A, %B %d, %Y, %H:%M") if content.sent else ""),
        ("Subject", content.subject),
    ]
    head = "".join(
        f"<tr><td><b>{name}:</b>&nbsp;</td><td>{html.escape(value)}</td></tr>"
        for name, value in rows
        if value
    )
    if content.encrypted:
        body = f"This e-mail is encrypted ({content.encrypted}); its words can't be shown."
    else:
        body = content.body or "(This e-mail has no text of its own.)"
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    listed = "".join(
        f"<li>{html.escape(part.name)} ({html.escape(part.content_type)}, "
        f"{max(1, part.size // 1024)} KB)</li>"
        for part in content.attachments
    )
    attachments = f"<p><b>Attachments:</b></p><ul>{listed}</ul>" if listed else ""
    return f"<table>{head}</table><hr>{paragraphs}{attachments}"


Publish = Callable[[str, Callable[[BinaryIO], None]], str]


class MailRenderer(Protocol):
    """Draws the readable PDF of a message (``jobs/mail_pdf.message_pdf``)."""

    def __call__(self, content: MailContent, *, title: str) -> bytes: ...


def _writer(data: bytes) -> Callable[[BinaryIO], None]:
    def write(out: BinaryIO) -> None:
        out.write(data)

    return write


def bring_in_extras(
    source: Path, seen: dict[str, str], publish: Publish, render: MailRenderer | None = None
) -> list[tuple[str, str | None, str]]:
    """Write the message's PDF and its PDF/picture attachments through ``publish``.

    Returns (what, relative destination or None, words) for each; ``seen`` maps contents
    already in the case (SHA-256 -> path), so an attachment already there is not copied
    again. A message that can't be taken apart adds nothing (the index gives it a state).
    Without ``render``, no readable PDF is made; the attachments still are.
    """
    try:
        if source.stat().st_size > MAX_MESSAGE_BYTES:
            return []
        content = parse_mail(source.name, source.read_bytes())
    except (MailProblem, OSError):
        return []
    done: list[tuple[str, str | None, str]] = []
    stem = source.stem or "e-mail"
    if render is not None:
        readable = render(content, title=content.subject or stem)
        where = publish(f"{stem} - e-mail.pdf", _writer(readable))
        done.append(("copy", where, said.READABLE_MAIL))
    if content.encrypted:
        return done
    for part in content.attachments:
        suffix = attachment_kind(part.data) if part.data else None
        if suffix is None:
            continue
        digest = hashlib.sha256(part.data).hexdigest()
        if digest in seen:
            done.append(("already", seen[digest], said.ATTACHMENT_ALREADY.format(part.name)))
            continue
        where = publish(safe_name(part.name, suffix), _writer(part.data))
        seen[digest] = where
        done.append(("attachment", where, said.ATTACHMENT.format(part.name, source.name)))
    return done
