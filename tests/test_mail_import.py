"""Dropped e-mails: copied as they are, a readable PDF beside them, attachments of their own."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from organizer.core.records import CaseInfo
from organizer.core.types import DocumentStatus
from organizer.jobs.importing import import_files
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import documents
from organizer.services.imports import ImportStatus
from organizer.services.mail_import import safe_name
from organizer.storage.database import Database
from organizer.words import import_reason, in_language
from tests import mail_factory
from tests.helpers import tree_fingerprint

TODAY = date(2026, 12, 2)
DAY = "Imported/2026-12-02"

pytestmark = pytest.mark.usefixtures("qapp")


def decision_mail(tmp_path: Path) -> Path:
    mail = mail_factory.message("Dear Peggy,\nPlease see the attached letter.\nKind regards")
    mail.add_attachment(
        mail_factory.pdf_bytes(tmp_path, ["Your request is approved", "Reference PA-77812"]),
        maintype="application",
        subtype="pdf",
        filename="../../decision letter.pdf",
    )
    mail.add_attachment(
        mail_factory.png_bytes(tmp_path, ["Member ZX4471"]),
        maintype="image",
        subtype="png",
        filename="card",
    )
    mail.add_attachment(
        b"PK\x03\x04 an archive", maintype="application", subtype="zip", filename="all.zip"
    )
    return mail_factory.write(tmp_path / "Downloads" / "Decision.eml", mail)


def test_dropped_mail_is_copied_with_its_pdf_and_attachments(
    case_folder: Path, tmp_path: Path
) -> None:
    source = decision_mail(tmp_path)
    before = tree_fingerprint(source.parent)
    report = import_files(case_folder, [source], today=TODAY, known_hashes={})
    assert report.added == [
        f"{DAY}/Decision.eml",
        f"{DAY}/Decision - e-mail.pdf",
        f"{DAY}/decision letter.pdf",
        f"{DAY}/card.png",
    ]
    assert tree_fingerprint(source.parent) == before  # the original is left as it was
    day = case_folder / DAY
    assert (day / "Decision.eml").read_bytes() == source.read_bytes()
    assert sorted(p.name for p in day.iterdir()) == sorted(
        ["Decision.eml", "Decision - e-mail.pdf", "decision letter.pdf", "card.png"]
    )
    pages = PdfReader(day / "Decision - e-mail.pdf").pages
    words = " ".join(" ".join(p.extract_text() for p in pages).split())  # Qt writes tabs
    for expected in ("Blue Hills Plan", "Prior authorization 4471", "Please see the attached"):
        assert expected in words
    assert "all.zip" in words  # listed, never unpacked
    assert (day / "decision letter.pdf").read_bytes().startswith(b"%PDF-")
    assert (day / "card.png").read_bytes().startswith(b"\x89PNG")
    with in_language("es"):  # what the drop tells, in Spanish (the names stay as they are)
        said = [import_reason(o.message) for o in report.outcomes]
    assert said[1:] == [
        "Un PDF legible del correo.",
        "Archivo adjunto ../../decision letter.pdf de Decision.eml.",
        "Archivo adjunto card de Decision.eml.",
    ]

    again = import_files(case_folder, [source], today=TODAY, known_hashes={})
    assert [o.status for o in again.outcomes] == [ImportStatus.ALREADY_THERE]
    assert len(list(day.iterdir())) == 4


def test_mail_import_never_overwrites(case_folder: Path, tmp_path: Path) -> None:
    source = decision_mail(tmp_path)
    day = case_folder / DAY
    day.mkdir(parents=True)
    (day / "Decision.eml").write_bytes(b"someone else's")
    (day / "Decision - e-mail.pdf").write_bytes(b"%PDF- mine")
    report = import_files(case_folder, [source], today=TODAY, known_hashes={})
    assert report.added[:2] == [f"{DAY}/Decision (2).eml", f"{DAY}/Decision - e-mail (2).pdf"]
    assert (day / "Decision.eml").read_bytes() == b"someone else's"
    assert (day / "Decision - e-mail.pdf").read_bytes() == b"%PDF- mine"


def test_attachment_names_are_plain_file_names() -> None:
    assert safe_name("../../evil\\letter.pdf", ".pdf") == "letter.pdf"
    assert safe_name(".hidden", ".pdf") == "hidden.pdf"
    assert safe_name("scan.JPEG", ".jpg") == "scan.JPEG"
    assert safe_name("a\x00b:c", ".png") == "a b c.png"
    assert safe_name("", ".tif") == "attachment.tif"


def test_outlook_msg_is_copied_and_a_fake_one_refused(case_folder: Path, tmp_path: Path) -> None:
    drops = tmp_path / "Downloads"
    drops.mkdir()
    sample = Path(shutil.copyfile(mail_factory.MSG_SAMPLE, drops / "From Outlook.msg"))
    fake = drops / "fake.msg"
    fake.write_bytes(b"From: a@b.example\r\n\r\nhello")
    report = import_files(case_folder, [sample, fake], today=TODAY, known_hashes={})
    assert report.added == [f"{DAY}/From Outlook.msg", f"{DAY}/From Outlook - e-mail.pdf"]
    assert (case_folder / DAY / "From Outlook.msg").read_bytes() == sample.read_bytes()
    refused = report.with_status(ImportStatus.REFUSED)
    assert [o.message for o in refused] == [
        "This file is named like an Outlook e-mail, but it is not one."
    ]


def test_imported_attachments_are_linked_to_their_message(
    db: Database, case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    source = decision_mail(tmp_path)
    import_files(case_folder, [source], today=TODAY, known_hashes={})
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    found = {d.path: d for d in documents.list_documents(db, case.id)}
    message = found[f"{DAY}/Decision.eml"]
    assert message.status == DocumentStatus.INDEXED
    assert [(a.name, a.content_type) for a in message.attachments] == [
        ("../../decision letter.pdf", "application/pdf"),
        ("card", "image/png"),
        ("all.zip", "application/zip"),
    ]
    assert found[f"{DAY}/decision letter.pdf"].part_of == f"{DAY}/Decision.eml"
    assert found[f"{DAY}/card.png"].part_of == f"{DAY}/Decision.eml"
    assert found[f"{DAY}/Decision - e-mail.pdf"].part_of is None
    assert message.part_of is None
