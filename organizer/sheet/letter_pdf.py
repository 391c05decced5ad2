"""A letter to edit (``organizer.services.letter_drafts``) as a PDF, for those who print it."""

from __future__ import annotations

from organizer.services.letter_drafts import Letter
from organizer.services.packet import long_date
from organizer.sheet.flow_pdf import Flow, flow_pdf


def draw_letter(flow: Flow, letter: Letter) -> None:
    flow.text(letter.note, 9.5, True, after_pt=12)
    for line in letter.sender:
        flow.text(line, 11, after_pt=0)
    flow.y += flow.pt(10)
    flow.text(letter.dated or long_date(letter.day), 11, after_pt=10)
    for line in letter.recipient:
        flow.text(line, 11, after_pt=0)
    flow.y += flow.pt(12)
    flow.text(letter.regarding or f"Re: {letter.subject}", 12, True, after_pt=8)
    for label, value in letter.facts:
        flow.field(f"{label}:", value, 10.5, label_pt=120, after_pt=1)
    flow.y += flow.pt(12)
    flow.text(letter.greeting, 11, after_pt=8)
    for paragraph in letter.body:
        flow.text(paragraph, 11, after_pt=8)
    flow.y += flow.pt(4)
    for line in letter.closing:
        flow.text(line or " ", 11, after_pt=0)


def letter_pdf(letter: Letter, paper: str) -> bytes:
    content, _pages = flow_pdf(letter.title, paper, lambda f: draw_letter(f, letter), margin_pt=64)
    return content
