"""The fax packet: a cover page, then the entry's submission documents whole.

What goes on the cover is gathered here as plain values (no Qt); the cover is drawn by
``organizer.sheet.packet_cover``. The enclosures' pages are copied unchanged with pypdf
(scanned pages stay as they are). By default the packet is kept in the case folder under
``Sent/YYYY-MM-DD/`` as a new file that never overwrites anything (the same mechanism as
``Imported/``), and linked to the entry. The app knows its own packets by that link (see
``PACKET_REASON``): reading them makes no suggestions and fulfils nothing a second time.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from organizer.core.checklist import CHECKLIST_BY_KEY, Responsible
from organizer.core.errors import KnownError, told
from organizer.core.missing import ROLE_ALIASES
from organizer.core.missing_who import label_phrase
from organizer.core.phrases import QT_TRANSLATE_NOOP, Phrase
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.core.system_words import system_reason
from organizer.core.types import DocumentStatus, LinkRole, LogStatus
from organizer.services import links, log
from organizer.services.imports import publish
from organizer.services.own_files import PACKET_REASON, own_packet_ids
from organizer.services.private_files import cant_read
from organizer.storage.database import Database
from organizer.storage.models import Document, LogDocumentLink

SENT_FOLDER = "Sent"
RECIPIENTS = ("office", "pharmacy", "plan")
RECIPIENT_ROLE = {
    Responsible.PROVIDER: "office",
    Responsible.PHARMACY: "pharmacy",
    Responsible.PAYER: "plan",
}
FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class Recipient:
    role: str  # office, pharmacy or plan
    name: str
    fax: str
    phone: str


@dataclass(frozen=True, slots=True)
class Enclosure:
    """One document sent whole: its file, the name on the cover, and its pages."""

    path: Path
    name: str
    pages: int


@dataclass(frozen=True, slots=True)
class PacketCover:
    """Everything the cover page says."""

    recipient: Recipient
    sender: str
    callback_phone: str
    day: date
    regarding: str
    reference: str
    patient: str
    patient_dob: date | None
    member_id: str
    enclosures: tuple[Enclosure, ...]
    # A long list of enclosures may take the cover onto a second page.
    cover_pages: int = 1
    # What it is about as a phrase, for a cover in another language.
    regarding_words: Phrase | None = None

    @property
    def total_pages(self) -> int:
        """Pages including the cover."""
        return self.cover_pages + sum(e.pages for e in self.enclosures)


def long_date(value: date) -> str:
    """``December 7, 2026``: fixed English words, whatever the machine's language."""
    return f"{FULL_MONTHS[value.month - 1]} {value.day}, {value.year}"


def entry_label(entry: LogEntryInfo) -> str:
    if entry.what.strip():
        return " ".join(entry.what.split())
    item = CHECKLIST_BY_KEY.get(entry.item)
    return item.label if item else entry.item


def role_of(case: CaseInfo, typed: str) -> str | None:
    """``office``, ``pharmacy`` or ``plan`` for a name or word as typed in the log, else None."""
    p = case.profile
    text = " ".join(typed.split()).casefold()
    if not text:
        return None
    names = {
        p.provider_office.name.strip().casefold(): "office",
        p.pharmacy.name.strip().casefold(): "pharmacy",
        p.payer.strip().casefold(): "plan",
    }
    names.pop("", None)
    alias = ROLE_ALIASES.get(text)
    return names.get(text) or (RECIPIENT_ROLE.get(Responsible(alias)) if alias else None)


def recipient_for(case: CaseInfo, entry: LogEntryInfo, to: str | None) -> Recipient:
    """``to`` when given; else whoever the entry says receives it; else the plan."""
    p = case.profile
    role = to or role_of(case, entry.submitted_to) or "plan"
    if role == "office":
        o = p.provider_office
        name = o.name.strip() or QT_TRANSLATE_NOOP("documents", "The provider's office")
        return Recipient("office", name, o.fax, o.phone)
    if role == "pharmacy":
        ph = p.pharmacy
        name = ph.name.strip() or QT_TRANSLATE_NOOP("documents", "The pharmacy")
        return Recipient("pharmacy", name, ph.fax, ph.phone)
    if role == "plan":
        name = p.payer.strip() or QT_TRANSLATE_NOOP("documents", "The insurance plan")
        return Recipient("plan", name, p.payer_fax, p.payer_phone)
    raise KnownError(
        told(
            QT_TRANSLATE_NOOP("errors", "--to must be one of {0}, not {1}."),
            ", ".join(RECIPIENTS),
            repr(role),
        )
    )


def case_entry(db: Database, case: CaseInfo, entry_id: int) -> LogEntryInfo:
    """The case's log entry ``entry_id``; another case's entry is refused."""
    entry = next((e for e in log.log_entries(db, case.id) if e.id == entry_id), None)
    if entry is None:
        raise KnownError(
            Phrase(
                QT_TRANSLATE_NOOP("errors", "There is no log entry {0} in the case {1}."),
                (entry_id, case.title),
                "errors",
            )
        )
    return entry


def default_enclosures(db: Database, case: CaseInfo, entry: LogEntryInfo) -> list[Path]:
    """The entry's confirmed submission documents, in path order (never an earlier packet)."""
    with db.session() as session:
        own = own_packet_ids(session, case.id)
    paths = sorted(
        link.path
        for link in entry.links
        if link.role == LinkRole.SUBMISSION and link.confirmed and link.document_id not in own
    )
    return [Path(case.folder) / path for path in paths]


def _reader(path: Path, passwords: Mapping[str, str]) -> PdfReader:
    """An open PDF; a locked one needs its password (by file name or full path)."""
    try:
        reader = PdfReader(io.BytesIO(path.read_bytes()))
    except OSError as exc:
        raise cant_read(path, exc) from exc
    except (PdfReadError, ValueError) as exc:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "{0} is not a PDF that can be read ({1})."),
                path.name,
                str(exc),
            )
        ) from exc
    if reader.is_encrypted:
        password = passwords.get(str(path)) or passwords.get(path.name) or ""
        try:
            opened = reader.decrypt(password)
        except (PdfReadError, NotImplementedError) as exc:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP("errors", "{0} is locked in a way that can't be opened."),
                    path.name,
                )
            ) from exc
        if not opened:
            wrong = QT_TRANSLATE_NOOP(
                "errors",
                "The password given for {0} does not open it. Give its password "
                "(--password), or leave it out of the packet. Nothing was written.",
            )
            locked = QT_TRANSLATE_NOOP(
                "errors",
                "There is a password on {0}. Give its password "
                "(--password), or leave it out of the packet. Nothing was written.",
            )
            raise KnownError(told(wrong if password else locked, path.name))
    return reader


def enclosures(
    paths: Sequence[Path], passwords: Mapping[str, str] | None = None
) -> list[Enclosure]:
    """Each file with its page count; a file that can't be opened stops the packet."""
    found = []
    for path in paths:
        reader = _reader(path, passwords or {})
        found.append(Enclosure(path, path.stem if path.suffix else path.name, len(reader.pages)))
    return found


def packet_cover(
    db: Database,
    case: CaseInfo,
    entry: LogEntryInfo,
    *,
    day: date,
    to: str | None = None,
    files: Sequence[Path] | None = None,
    sender: str = "",
    callback_phone: str = "",
    passwords: Mapping[str, str] | None = None,
) -> PacketCover:
    """Gather the cover of a packet for ``entry``; ``files`` default to its submissions."""
    p = case.profile
    chosen = list(files) if files is not None else default_enclosures(db, case, entry)
    docs = {d.id: d for d in _linked_documents(db, entry)}
    request_refs = [
        (docs[link.document_id].reference_number or "").strip()
        for link in entry.links
        if link.role == LinkRole.REQUEST and link.confirmed and link.document_id in docs
    ]
    reference = next((r for r in request_refs if r), "") or entry.decision_reference.strip()
    return PacketCover(
        recipient=recipient_for(case, entry, to),
        sender=" ".join(sender.split()) or p.patient.strip(),
        callback_phone=" ".join(callback_phone.split()),
        day=day,
        regarding=entry_label(entry),
        reference=reference,
        patient=p.patient.strip(),
        patient_dob=p.patient_dob,
        member_id=p.member_id.strip(),
        enclosures=tuple(enclosures(chosen, passwords)),
        regarding_words=label_phrase(entry),
    )


def _linked_documents(db: Database, entry: LogEntryInfo) -> list[Document]:
    ids = [link.document_id for link in entry.links]
    with db.session() as session:
        rows = list(session.scalars(select(Document).where(Document.id.in_(ids))))
        session.expunge_all()
        return rows


def merge_packet(
    cover_pdf: bytes, cover: PacketCover, passwords: Mapping[str, str] | None = None
) -> bytes:
    """The cover, then each enclosure's pages, copied unchanged, in order."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(cover_pdf)).pages:
        writer.add_page(page)
    for enclosure in cover.enclosures:
        reader = _reader(enclosure.path, passwords or {})
        if len(reader.pages) != enclosure.pages:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP("errors", "{0} changed while the packet was made."),
                    enclosure.path.name,
                )
            )
        for page in reader.pages:
            writer.add_page(page)
    writer.add_metadata({"/Title": f"Fax packet: {cover.regarding}", "/Creator": "organizer"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def packet_file_name(cover: PacketCover) -> str:
    """``Fax to Horizon Health Plan - Letter of medical necessity.pdf`` (safe on any disk)."""
    name = f"Fax to {cover.recipient.name} - {cover.regarding}"
    name = " ".join(UNSAFE_NAME.sub(" ", name).split()).strip(" .")[:100].rstrip(" .")
    return f"{name or 'Fax packet'}.pdf"


def save_in_case(
    db: Database, case: CaseInfo, entry_id: int, content: bytes, name: str, day: date
) -> str:
    """Keep the packet under ``Sent/<day>/`` in the case folder (a new file, never an
    overwrite), record it as the app's own and link it to the entry. Returns its path."""
    folder = Path(case.folder) / SENT_FOLDER / day.isoformat()

    def write(out: BinaryIO) -> None:
        out.write(content)

    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = publish(folder, name, write)
    except OSError as exc:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The packet could not be saved into the case folder ({0}). "
                    "Give --out to save it elsewhere.",
                ),
                system_reason(exc),
            )
        ) from exc
    relative = f"{SENT_FOLDER}/{day.isoformat()}/{final.name}"
    record_packet(db, case.id, entry_id, relative, content, final)
    return relative


def record_packet(
    db: Database, case_id: int, entry_id: int, relative: str, content: bytes, file: Path
) -> int:
    """The packet's document row (made now, so the indexer finds it known) and its link."""
    stat = file.stat()
    digest = hashlib.sha256(content).hexdigest()
    for _attempt in range(2):
        try:
            with db.session() as session:
                doc = session.scalar(select(Document).filter_by(case_id=case_id, path=relative))
                if doc is None:
                    doc = Document(
                        case_id=case_id,
                        path=relative,
                        sha256=digest,
                        size=stat.st_size,
                        mtime_ns=stat.st_mtime_ns,
                        status=DocumentStatus.PENDING.value,
                        kind="other",
                        kind_source="auto",
                        requested_items="[]",
                        fulfills="[]",
                        reasons="[]",
                        first_seen_at=datetime.now(UTC),
                        understood=True,
                    )
                    session.add(doc)
                    session.flush()
                else:  # the watcher saw it first: take back any suggestion it made
                    doc.understood = True
                    for link in session.scalars(
                        select(LogDocumentLink).filter_by(document_id=doc.id, confirmed=False)
                    ):
                        session.delete(link)
                doc_id = doc.id
            break
        except IntegrityError:
            continue  # the indexer added the row at the same moment: use it
    links.link_document(db, entry_id, doc_id, LinkRole.SUBMISSION, reason=PACKET_REASON)
    return doc_id


def mark_sent(db: Database, entry_id: int, recipient: Recipient, today: date) -> LogEntryInfo:
    """Record the entry as sent today, by fax, to the recipient."""
    return log.edit_entry(
        db,
        entry_id,
        today=today,
        status=LogStatus.SUBMITTED.value,
        submitted_on=today,
        submitted_how="fax",
        submitted_to=recipient.name,
    )
