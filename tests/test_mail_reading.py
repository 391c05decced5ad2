"""E-mails in the folder are documents: their words, their attachments, their states."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from organizer.core.filenames import wanted
from organizer.core.mail import MAX_ATTACHMENTS, html_to_text, parse_mail
from organizer.core.records import CaseInfo
from organizer.core.types import DocumentStatus
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.read_file import read_file
from organizer.services import documents, search
from organizer.storage.database import Database
from tests import mail_factory
from tests.test_privacy import audited_env

OCR = shutil.which("tesseract") is not None


def test_eml_and_msg_files_are_documents() -> None:
    assert wanted("Mail/decision.eml")
    assert wanted("Mail/From Outlook.MSG")
    assert not wanted("Mail/.decision.eml")


def test_plain_message_gives_sender_subject_body_and_local_day(tmp_path: Path) -> None:
    path = mail_factory.write(tmp_path / "a.eml", mail_factory.message())
    result = read_file(str(path))
    assert result.status == DocumentStatus.INDEXED
    assert result.author == "Blue Hills Plan <pa@bluehills.example>"
    assert result.title == "Prior authorization 4471"
    assert "infusion request was received" in result.text
    assert "Subject: Prior authorization 4471" in result.text
    expected = datetime.fromisoformat("2026-12-01T23:30:00-08:00").astimezone().date()
    assert result.sent_on == expected
    assert result.attachments == []


def test_html_body_becomes_words_without_scripts_or_remote_images(tmp_path: Path) -> None:
    html = (
        "<html><head><style>p {color: red}</style><script>fetch('https://x.example/t')"
        "</script></head><body><p>Your request is <b>approved</b>.</p>"
        '<img src="https://tracker.example/pixel.gif" alt="">'
        '<iframe src="https://ads.example/"></iframe><p>Call&nbsp;us</p></body></html>'
    )
    mail = EmailMessage(policy=default)
    mail["From"] = "pa@bluehills.example"
    mail["Subject"] = "Decision"
    mail.set_content(html, subtype="html")
    path = mail_factory.write(tmp_path / "html.eml", mail)
    result = read_file(str(path))
    assert result.status == DocumentStatus.INDEXED
    assert "Your request is approved." in result.text
    assert "Call us" in result.text
    for left_out in ("fetch", "color", "tracker", "pixel", "ads.example"):
        assert left_out not in result.text
    assert html_to_text("<p>a</p><p>b</p>") == "a\n\nb"


def test_pdf_picture_text_and_archive_attachments_are_listed_and_read(tmp_path: Path) -> None:
    mail = mail_factory.message("Please see the attached letter.")
    mail.add_attachment(
        mail_factory.pdf_bytes(tmp_path, ["Your infusion is approved", "Reference PA-77812"]),
        maintype="application",
        subtype="pdf",
        filename="decision.pdf",
    )
    mail.add_attachment(
        mail_factory.png_bytes(tmp_path, ["INSURANCE CARD", "Member ZX4471"]),
        maintype="image",
        subtype="png",
        filename="card.png",
    )
    mail.add_attachment("Notes: call back Tuesday", filename="notes.txt")
    mail.add_attachment(
        b"PK\x03\x04 not opened", maintype="application", subtype="zip", filename="all.zip"
    )
    path = mail_factory.write(tmp_path / "with attachments.eml", mail)
    result = read_file(str(path))
    assert result.status == DocumentStatus.INDEXED
    assert "PA-77812" in result.text
    assert "call back Tuesday" in result.text
    listing = result.attachments or []
    assert [(a["name"], a["type"]) for a in listing] == [
        ("decision.pdf", "application/pdf"),
        ("card.png", "image/png"),
        ("notes.txt", "text/plain"),
        ("all.zip", "application/zip"),
    ]
    assert all(isinstance(a["size"], int) and a["size"] > 0 for a in listing)
    assert listing[3]["read"] is False
    assert listing[3]["note"] == "An archive: it is not unpacked."
    assert "not opened" not in result.text
    if OCR:
        assert "ZX4471" in result.text.replace(" ", "")
        assert listing[1]["read"] is True


def test_nested_forward_is_read(tmp_path: Path) -> None:
    inner = mail_factory.message("The appeal was granted on review.", subject="Appeal result")
    outer = mail_factory.message("FYI, forwarding this.", subject="Fwd: Appeal result")
    outer.add_attachment(inner)
    path = mail_factory.write(tmp_path / "fwd.eml", outer)
    result = read_file(str(path))
    assert result.status == DocumentStatus.INDEXED
    assert "appeal was granted" in result.text
    assert (result.attachments or [])[0]["type"] == "message/rfc822"


def test_broken_mime_gets_a_state_and_a_reason(tmp_path: Path) -> None:
    broken = (
        b"From: a@b.example\r\nSubject: Broken\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="NEVER-THERE"\r\n\r\n'
        b"--SOMETHING-ELSE\r\n\r\n"
    )
    path = tmp_path / "broken.eml"
    path.write_bytes(broken)
    result = read_file(str(path))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This e-mail is damaged: its parts can't be told apart."

    not_mail = tmp_path / "notes.eml"
    not_mail.write_bytes(b"\x00\x01 just some bytes\n\n")
    result = read_file(str(not_mail))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This file is named like an e-mail, but it is not one."


def test_empty_message_has_no_readable_content(tmp_path: Path) -> None:
    path = mail_factory.write(tmp_path / "empty.eml", mail_factory.message(""))
    result = read_file(str(path))
    assert result.status == DocumentStatus.EMPTY
    assert result.error == "This e-mail has no text and no attachment that can be read."


@pytest.mark.parametrize("kind", ["smime", "pgp-mime", "pgp-inline"])
def test_encrypted_messages_get_a_state_and_a_reason(tmp_path: Path, kind: str) -> None:
    mail = EmailMessage(policy=default)
    mail["From"] = "pa@bluehills.example"
    mail["Subject"] = "Secure message"
    if kind == "smime":
        mail.set_content(
            b"0\x80\x06\t*\x86H\x86\xf7\r\x01\x07\x03",
            maintype="application",
            subtype="pkcs7-mime",
            params={"smime-type": "enveloped-data"},
            filename="smime.p7m",
        )
        expected = "S/MIME"
    elif kind == "pgp-mime":
        mail.set_content("Version: 1", subtype="plain")
        mail.make_mixed()
        mail.replace_header("Content-Type", 'multipart/encrypted; boundary="b"')
        expected = "PGP"
    else:
        mail.set_content("-----BEGIN PGP MESSAGE-----\nhQEMA...\n-----END PGP MESSAGE-----\n")
        expected = "PGP"
    path = mail_factory.write(tmp_path / f"{kind}.eml", mail)
    result = read_file(str(path))
    assert result.status == DocumentStatus.PASSWORD_PROTECTED
    assert (
        result.error == f"This e-mail is encrypted ({expected}), so its words can't be read here."
    )
    assert result.title == "Secure message"


def test_too_many_attachments_gets_a_reason(tmp_path: Path) -> None:
    mail = mail_factory.message()
    for number in range(MAX_ATTACHMENTS + 1):
        mail.add_attachment(
            b"x", maintype="application", subtype="octet-stream", filename=f"{number}"
        )
    path = mail_factory.write(tmp_path / "many.eml", mail)
    result = read_file(str(path))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == f"This e-mail has too many attachments (over {MAX_ATTACHMENTS})."


def test_outlook_msg_sample_is_read(tmp_path: Path) -> None:
    path = tmp_path / "sample.msg"
    shutil.copyfile(mail_factory.MSG_SAMPLE, path)
    result = read_file(str(path))
    assert result.status == DocumentStatus.INDEXED
    assert result.title == "MSG Test File"
    assert "Provide example of this file type" in result.text
    fake = tmp_path / "fake.msg"
    fake.write_bytes(b"From: a@b.example\r\n\r\nhello")
    assert read_file(str(fake)).error == (
        "This file is named like an Outlook e-mail, but it is not one."
    )
    damaged = tmp_path / "damaged.msg"
    damaged.write_bytes(mail_factory.MSG_SAMPLE.read_bytes()[:3000])
    result = read_file(str(damaged))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This Outlook e-mail is damaged; it can't be read."
    assert parse_mail("x.msg", mail_factory.MSG_SAMPLE.read_bytes()).subject == "MSG Test File"


def test_folder_mail_is_indexed_understood_as_a_letter_and_searchable(
    db: Database, case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    mail = mail_factory.message("Dear Peggy,\nPlease see the attached letter.")
    mail.add_attachment(
        mail_factory.pdf_bytes(
            tmp_path,
            [
                "Blue Hills Health Plan",
                "Prior authorization request for home infusion",
                "We have denied your request for ceftriaxone.",
                "Reference PA-77812",
            ],
        ),
        maintype="application",
        subtype="pdf",
        filename="decision letter.pdf",
    )
    mail_factory.write(case_folder / "Mail" / "decision.eml", mail)
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    found = {d.path: d for d in documents.list_documents(db, case.id)}
    doc = found["Mail/decision.eml"]
    assert doc.status == DocumentStatus.INDEXED
    assert doc.kind == "letter"
    assert doc.letter_outcome == "denied"
    assert (
        doc.document_date == datetime.fromisoformat("2026-12-01T23:30:00-08:00").astimezone().date()
    )
    assert [a.name for a in doc.attachments] == ["decision letter.pdf"]
    hits = search.search(db, case.id, "ceftriaxone")  # a word of the attachment
    assert [h.path for h in hits] == ["Mail/decision.eml"]
    hits = search.search(db, case.id, "Peggy")  # a word of the body
    assert [h.path for h in hits] == ["Mail/decision.eml"]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Dear Peggy,\nPlease see the attached letter.", "denied"),
        ("Dear Peggy,\nThank you for calling us today.", None),
        ("Your request has been approved. The letter is attached.", "approved"),
    ],
)
def test_outcome_comes_from_the_attached_letter_only_when_the_body_points_to_it(
    tmp_path: Path, body: str, outcome: str | None
) -> None:
    from organizer.core.understand import CaseContext
    from organizer.jobs.understand_worker import UnderstandRequest, understand_mail

    mail = mail_factory.message(body)
    mail.add_attachment(
        mail_factory.pdf_bytes(
            tmp_path, ["Blue Hills Health Plan", "We have denied your request for ceftriaxone."]
        ),
        maintype="application",
        subtype="pdf",
        filename="letter.pdf",
    )
    result = read_file(str(mail_factory.write(tmp_path / "m.eml", mail)))
    found = understand_mail(result, UnderstandRequest(context=CaseContext()))
    assert found.kind == "letter"
    assert found.kind_source == "auto"
    assert found.letter_outcome in ((outcome,) if outcome else (None, "informational"))
    assert found.document_date == result.sent_on


def test_reading_messages_opens_no_socket(tmp_path: Path) -> None:
    mail = mail_factory.message(
        html='<p>Approved</p><img src="https://tracker.example/p.gif">'
        '<link rel="stylesheet" href="http://css.example/a.css">'
    )
    mail.add_attachment(
        mail_factory.pdf_bytes(tmp_path, ["Approved"]),
        maintype="application",
        subtype="pdf",
        filename="letter.pdf",
    )
    paths = [
        mail_factory.write(tmp_path / "one.eml", mail),
        Path(shutil.copyfile(mail_factory.MSG_SAMPLE, tmp_path / "two.msg")),
    ]
    audit = tmp_path / "audit.log"
    env = audited_env(tmp_path, audit)
    script = (
        "import sys\n"
        "from organizer.jobs.read_file import read_file\n"
        "for p in sys.argv[1:]:\n"
        "    r = read_file(p)\n"
        "    print(r.status.value)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, paths)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["indexed", "indexed"]
    lines = audit.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("hooked") for line in lines)
    assert [line for line in lines if line.startswith(("socket", "INTERNET"))] == []


def test_size_caps_give_states_and_reasons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from organizer.core import mail as mail_module

    path = mail_factory.write(tmp_path / "big.eml", mail_factory.message("x " * 700_000))
    monkeypatch.setattr(mail_module, "MAX_MESSAGE_BYTES", 1024 * 1024)
    result = read_file(str(path))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This e-mail is too large to read (over 1 MB)."

    monkeypatch.setattr(mail_module, "MAX_MESSAGE_BYTES", 40 * 1024 * 1024)
    monkeypatch.setattr(mail_module, "MAX_DECODED_BYTES", 3 * 1024 * 1024)
    heavy = mail_factory.message("Two large scans attached.")
    for number in range(2):
        heavy.add_attachment(
            b"\0" * (2 * 1024 * 1024), maintype="application", subtype="pdf", filename=f"{number}"
        )
    result = read_file(str(mail_factory.write(tmp_path / "heavy.eml", heavy)))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This e-mail's attachments are too large to read (over 3 MB)."


def test_forwards_nested_too_deep_get_a_reason(tmp_path: Path) -> None:
    mail = mail_factory.message("innermost")
    for depth in range(7):
        outer = mail_factory.message(f"forward {depth}", subject=f"Fwd {depth}")
        outer.add_attachment(mail)
        mail = outer
    result = read_file(str(mail_factory.write(tmp_path / "deep.eml", mail)))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This e-mail holds too many forwarded e-mails inside each other."
