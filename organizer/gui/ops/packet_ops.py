"""Packets, call sheets and letters for the window, run off the GUI thread.

The same back ends as ``organizer packet``, ``organizer callsheet`` and ``organizer letter``:
the cover is gathered here (files opened, pages counted), drawn on the GUI thread by
``organizer.sheet``, then merged with the enclosures and kept under ``Sent/YYYY-MM-DD/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from organizer.core.phrases import ENGLISH, Wording
from organizer.core.records import CaseInfo
from organizer.services import call_sheet, letter_drafts, packet, private_files
from organizer.services.call_sheet import CallPage, CallPrefill
from organizer.services.letter_drafts import KINDS as LETTER_KINDS
from organizer.services.letter_drafts import Letter
from organizer.services.own_files import PACKET_REASON
from organizer.services.packet import RECIPIENTS, PacketCover, Recipient, recipient_for, role_of
from organizer.storage.database import Database

__all__ = [
    "LETTER_KINDS",
    "PACKET_REASON",
    "RECIPIENTS",
    "CallPage",
    "CallPrefill",
    "Letter",
    "PacketCover",
    "Recipient",
    "call_prefill",
    "call_sheet_pages",
    "gather_cover",
    "letter_for",
    "mark_packet_sent",
    "recipient_for",
    "role_of",
    "save_letter_docx",
    "save_packet",
    "write_outside",
]


def gather_cover(
    db: Database,
    case: CaseInfo,
    entry_id: int,
    to: str | None,
    files: Sequence[Path],
    day: date,
    sender: str = "",
    callback_phone: str = "",
    passwords: Mapping[str, str] | None = None,
) -> PacketCover:
    """What the cover says, with each chosen file opened and its pages counted."""
    entry = packet.case_entry(db, case, entry_id)
    return packet.packet_cover(
        db,
        case,
        entry,
        day=day,
        to=to,
        files=list(files),
        sender=sender,
        callback_phone=callback_phone,
        passwords=passwords,
    )


def save_packet(
    db: Database,
    case: CaseInfo,
    entry_id: int,
    cover_pdf: bytes,
    cover: PacketCover,
    day: date,
    passwords: Mapping[str, str] | None = None,
) -> str:
    """Merge the drawn cover and the enclosures; keep it under ``Sent/<day>/``, linked.

    Returns the packet's path inside the case folder (a new file, never an overwrite).
    """
    content = packet.merge_packet(cover_pdf, cover, passwords)
    return packet.save_in_case(db, case, entry_id, content, packet.packet_file_name(cover), day)


def mark_packet_sent(db: Database, entry_id: int, recipient: Recipient, day: date) -> object:
    """Sent today, by fax, to the packet's recipient."""
    return packet.mark_sent(db, entry_id, recipient, day)


def call_sheet_pages(db: Database, case: CaseInfo, today: date) -> list[CallPage]:
    return call_sheet.call_pages(db, case, today)


def call_prefill(db: Database, case: CaseInfo, role: str, today: date) -> CallPrefill:
    return call_sheet.record_call_prefill(db, case, role, today)


def write_outside(path: Path, content: bytes, case_folder: str, what: str) -> Path:
    """A sheet or letter the person saves: readable by them only, never in the case folder."""
    return private_files.write_private_file(path, content, case_folder, what)


def letter_for(
    db: Database,
    case: CaseInfo,
    entry_id: int,
    kind: str,
    today: date,
    wording: Wording = ENGLISH,
) -> Letter:
    """A letter to edit and sign, filled in from the case (``organizer letter``), in the
    language of ``wording``."""
    return letter_drafts.build_letter(db, case, entry_id, kind, today, wording)


def save_letter_docx(letter: Letter, path: Path, case_folder: str) -> Path:
    """The letter as a Word file that opens in any word processor, written outside the case."""
    content = letter_drafts.letter_docx(letter)
    return private_files.write_private_file(path, content, case_folder, "letter")
