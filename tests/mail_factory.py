"""E-mails made by the tests with Python's email package (plain, HTML, attachments...)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from tests import factories

MSG_SAMPLE = Path(__file__).resolve().parent / "data" / "msg" / "strangeDate.msg"


def message(
    body: str = "Hello,\nYour infusion request was received.",
    *,
    subject: str = "Prior authorization 4471",
    sender: str = "Blue Hills Plan <pa@bluehills.example>",
    date: str = "Tue, 01 Dec 2026 23:30:00 -0800",
    html: str | None = None,
) -> EmailMessage:
    mail = EmailMessage(policy=default)
    mail["From"] = sender
    mail["To"] = "Peggy Okafor <peggy@home.example>"
    mail["Subject"] = subject
    mail["Date"] = date
    mail.set_content(body)
    if html is not None:
        mail.add_alternative(html, subtype="html")
    return mail


def pdf_bytes(tmp: Path, lines: list[str]) -> bytes:
    path = factories.write_text_pdf(tmp / "attached-letter.pdf", ["\n".join(lines)])
    return path.read_bytes()


def png_bytes(tmp: Path, lines: list[str]) -> bytes:
    image = factories.render_text_image(lines, width_px=1200, height_px=500, font_pt=22)
    return factories.write_png(tmp / "photo.png", image).read_bytes()


def write(path: Path, mail: EmailMessage) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(mail))
    return path
