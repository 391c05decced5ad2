"""Taking an e-mail apart: headers, body text and attachments, without ever going online.

Used by the readers (for the text) and by imports (for the readable copy and the
attachments). Only parses: nothing is fetched (remote images and links stay words), no
attachment is opened or run, scripts and styles are dropped, archives stay closed. Sizes
are capped so that one hostile message ends in a state with a reason.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from organizer.core import read_words as said
from organizer.core.filenames import MAIL_SUFFIXES

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg files are OLE containers

MAX_MESSAGE_BYTES = 40 * 1024 * 1024
MAX_ATTACHMENTS = 40
MAX_DECODED_BYTES = 80 * 1024 * 1024
MAX_NESTING = 5

ENCRYPTED_TYPES = frozenset(
    {"application/pkcs7-mime", "application/x-pkcs7-mime", "multipart/encrypted"}
)
PGP_ARMOUR = "-----BEGIN PGP MESSAGE-----"
HEADER_NAMES = ("from", "to", "subject", "date", "message-id", "mime-version", "received")
BOUNDARY_DEFECTS = ("StartBoundaryNotFoundDefect", "MultipartInvariantViolationDefect")


class MailProblem(Exception):
    """A message that can't be read, with the plain-words reason and a final-state code."""

    def __init__(self, reason: str, state: str = "unreadable") -> None:
        super().__init__(reason)
        self.state = state


@dataclass(slots=True)
class MailPart:
    """One attachment: its name, type and decoded bytes (or a nested message)."""

    name: str
    content_type: str
    data: bytes = b""
    nested: MailContent | None = None

    @property
    def size(self) -> int:
        return len(self.data)

    def listing(self) -> dict[str, object]:
        """What is stored with the document for the attachment list."""
        return {
            "name": self.name,
            "type": self.content_type,
            "size": self.size,
            "sha256": hashlib.sha256(self.data).hexdigest() if self.data else None,
        }


@dataclass(slots=True)
class MailContent:
    subject: str = ""
    sender: str = ""
    to: str = ""
    sent: datetime | None = None
    body: str = ""
    attachments: list[MailPart] = field(default_factory=list)
    encrypted: str | None = None  # "S/MIME" or "PGP"
    damaged: str | None = None

    @property
    def sent_day(self) -> date | None:
        """The day it was sent, in the user's own calendar (the computer's time zone)."""
        if self.sent is None:
            return None
        return self.sent.astimezone().date() if self.sent.tzinfo else self.sent.date()

    def header_text(self) -> str:
        lines = [f"From: {self.sender}" if self.sender else "", f"To: {self.to}" if self.to else ""]
        if self.sent is not None:
            lines.append(f"Date: {self.sent.strftime('%B %d, %Y')}")
        lines.append(f"Subject: {self.subject}" if self.subject else "")
        return "\n".join(line for line in lines if line)


def is_mail_name(name: str) -> bool:
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in MAIL_SUFFIXES


# --- HTML to words -------------------------------------------------------------------------

_SKIPPED = frozenset({"script", "style", "head", "title", "object", "embed", "iframe", "svg"})
_BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table", "blockquote"})


class _Words(HTMLParser):
    """Collects the visible words; tags are never acted on (no image, frame or link loads)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.hidden += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The words of an HTML body, one paragraph a line; scripts and styles dropped."""
    parser = _Words()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- .eml ----------------------------------------------------------------------------------


class _Budget:
    def __init__(self) -> None:
        self.decoded = 0
        self.count = 0

    def take(self, size: int) -> None:
        self.count += 1
        if self.count > MAX_ATTACHMENTS:
            raise MailProblem(said.TOO_MANY_ATTACHMENTS.format(MAX_ATTACHMENTS))
        self.decoded += size
        if self.decoded > MAX_DECODED_BYTES:
            cap = MAX_DECODED_BYTES // (1024 * 1024)
            raise MailProblem(said.ATTACHMENTS_TOO_LARGE.format(cap))


def _text_of(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, AssertionError, TypeError):
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if part.get_content_type() == "text/html" else content.strip()


def _encryption(message: Message) -> str | None:
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "multipart/encrypted":
            return "PGP"
        if kind in ENCRYPTED_TYPES:
            return "S/MIME"
    return None


def _eml(message: EmailMessage, budget: _Budget, depth: int) -> MailContent:
    if depth > MAX_NESTING:
        raise MailProblem(said.NESTED_MAIL)
    content = MailContent(
        subject=str(message.get("subject", "") or "").strip(),
        sender=str(message.get("from", "") or "").strip(),
        to=", ".join(addr for _, addr in getaddresses([str(message.get("to", "") or "")]) if addr),
        encrypted=_encryption(message),
    )
    try:
        raw_date = message.get("date")
        content.sent = parsedate_to_datetime(str(raw_date)) if raw_date else None
    except (TypeError, ValueError, IndexError):
        content.sent = None
    defects = [type(d).__name__ for p in message.walk() for d in p.defects]
    if any(name in BOUNDARY_DEFECTS for name in defects):
        content.damaged = said.MAIL_PARTS_DAMAGED
    if content.encrypted:
        return content
    try:
        body = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, ValueError, LookupError):
        body = None
    content.body = _text_of(body) if body is not None else ""
    if PGP_ARMOUR in content.body:
        content.encrypted = "PGP"
        return content
    try:
        parts = list(message.iter_attachments())
    except (KeyError, ValueError, LookupError, TypeError):
        parts = []
    for part in parts:
        name = part.get_filename() or ""
        kind = part.get_content_type()
        if kind == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, EmailMessage):
                raw = bytes(inner)
                budget.take(len(raw))
                nested = _eml(inner, budget, depth + 1)
                label = name or f"{nested.subject or 'Forwarded message'}.eml"
                content.attachments.append(MailPart(label, kind, raw, nested))
            continue
        try:
            data = part.get_payload(decode=True)
        except (ValueError, TypeError, LookupError):
            data = None
        data = data if isinstance(data, bytes) else b""
        budget.take(len(data))
        content.attachments.append(MailPart(name or "attachment", kind, data))
    return content


def parse_eml(data: bytes) -> MailContent:
    """Take an .eml apart. Raises MailProblem when it is too big or not an e-mail."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise MailProblem(said.MAIL_TOO_LARGE.format(MAX_MESSAGE_BYTES // (1024 * 1024)))
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    if not any(message.get(name) is not None for name in HEADER_NAMES):
        raise MailProblem(said.NOT_A_MAIL)
    return _eml(message, _Budget(), 0)


# --- Outlook .msg --------------------------------------------------------------------------


def _msg_text(item: Any) -> str:
    body = item.body
    if isinstance(body, str) and body.strip():
        return body.strip()
    html = item.htmlBody
    if isinstance(html, bytes):
        return html_to_text(html.decode("utf-8", "replace"))
    return ""


def _msg(item: Any, budget: _Budget, depth: int) -> MailContent:
    if depth > MAX_NESTING:
        raise MailProblem(said.NESTED_MAIL)
    sent = item.date
    content = MailContent(
        subject=str(item.subject or "").strip(),
        sender=str(item.sender or "").strip(),
        to=str(item.to or "").strip(),
        sent=sent if isinstance(sent, datetime) else None,
        body=_msg_text(item),
    )
    if PGP_ARMOUR in content.body:
        content.encrypted = "PGP"
    for attachment in item.attachments:
        name = str(attachment.longFilename or attachment.shortFilename or "attachment")
        data = attachment.data
        kind = str(getattr(attachment, "mimetype", None) or "application/octet-stream")
        if isinstance(data, bytes):
            budget.take(len(data))
            content.attachments.append(MailPart(name, kind, data))
        elif data is not None and hasattr(data, "attachments"):
            nested = _msg(data, budget, depth + 1)
            budget.take(0)
            content.attachments.append(MailPart(name, "application/vnd.ms-outlook", b"", nested))
    return content


def parse_msg(data: bytes) -> MailContent:
    """Take an Outlook .msg apart with extract-msg (from memory; it never goes online)."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise MailProblem(said.MAIL_TOO_LARGE.format(MAX_MESSAGE_BYTES // (1024 * 1024)))
    if not data.startswith(OLE_MAGIC):
        raise MailProblem(said.NOT_OUTLOOK)
    try:
        import extract_msg
    except ImportError as exc:  # pragma: no cover - a dependency of the app
        raise MailProblem(said.NO_OUTLOOK) from exc
    try:
        item = extract_msg.openMsg(io.BytesIO(data), delayAttachments=False)
    except Exception as exc:
        raise MailProblem(said.OUTLOOK_DAMAGED) from exc
    try:
        if "encrypted" in type(item).__name__.lower() or "smime" in type(item).__name__.lower():
            return MailContent(encrypted="S/MIME")
        return _msg(item, _Budget(), 0)
    except MailProblem:
        raise
    except Exception as exc:
        raise MailProblem(said.OUTLOOK_DAMAGED) from exc
    finally:
        close = getattr(item, "close", None)
        if callable(close):
            close()


def parse_mail(name: str, data: bytes) -> MailContent:
    """An .msg (by its signature) or an .eml."""
    if data.startswith(OLE_MAGIC) or name.lower().endswith(".msg"):
        return parse_msg(data)
    return parse_eml(data)
