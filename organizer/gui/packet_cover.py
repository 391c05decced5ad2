"""The fax cover page of a submission packet (see ``organizer.services.packet``).

Big where it matters to the person at the other fax machine: who it is for, whose papers
these are, what they answer, and how many pages should have arrived.
"""

from __future__ import annotations

from dataclasses import replace

from organizer.gui.flow_pdf import Flow, flow_pdf
from organizer.services.packet import PacketCover, long_date

BLANK = "_______________________"
NOTICE = (
    "This fax holds private health information for the person named above. If it reached "
    "you by mistake, please call the number above and destroy it."
)


def _pages(n: int) -> str:
    return f"{n} page" if n == 1 else f"{n} pages"


def draw_cover(flow: Flow, cover: PacketCover) -> None:
    r = cover.recipient
    flow.text("FAX", 30, True, after_pt=0)
    flow.rule(2.5, 4)
    flow.field("To:", r.name, 16, bold_value=True)
    flow.field("Fax:", r.fax or BLANK, 16, bold_value=True)
    if r.phone:
        flow.field("Phone:", r.phone, 12)
    flow.y += flow.pt(6)
    flow.field("From:", cover.sender or BLANK, 12)
    flow.field("Call back:", cover.callback_phone or BLANK, 12)
    flow.field("Date:", long_date(cover.day), 12)
    flow.rule(1.5, 6)
    flow.field("Re:", cover.regarding, 15, bold_value=True)
    flow.field("Reference:", cover.reference or "none given", 13, bold_value=bool(cover.reference))
    flow.y += flow.pt(6)
    flow.field("Patient:", cover.patient or BLANK, 13, bold_value=True)
    dob = long_date(cover.patient_dob) if cover.patient_dob else BLANK
    flow.field("Date of birth:", dob, 13)
    flow.field("Member ID:", cover.member_id or BLANK, 13, bold_value=True)
    flow.rule(1.5, 6)
    flow.text("Enclosed", 14, True, after_pt=4)
    if not cover.enclosures:
        flow.text("Nothing but this cover.", 12, indent_pt=14)
    for number, enclosure in enumerate(cover.enclosures, start=1):
        flow.text(f"{number}.  {enclosure.name}  ({_pages(enclosure.pages)})", 12, indent_pt=14)
    flow.y += flow.pt(8)
    this = "this cover" if cover.cover_pages == 1 else f"this cover of {cover.cover_pages} pages"
    flow.text(f"{_pages(cover.total_pages)} including {this}", 16, True, after_pt=10)
    flow.rule(1.5, 6)
    back = cover.callback_phone or "the call-back number above"
    flow.text(f"Please confirm receipt: call {back}, or fax this page back with a note.", 13, True)
    flow.text("Received on: ____________    By: ______________________________", 12)
    flow.y = max(flow.y, flow.height - flow.measure(NOTICE, 9))
    flow.text(NOTICE, 9)


def cover_pdf(cover: PacketCover, paper: str) -> tuple[bytes, PacketCover]:
    """The cover as a PDF, and the cover as drawn (with the pages it took, in its count)."""
    content, drawn = _draw(cover, paper)
    if drawn != cover.cover_pages:  # the count on the page changes with the pages it takes
        cover = replace(cover, cover_pages=drawn)
        content, drawn = _draw(cover, paper)
    return content, cover


def _draw(cover: PacketCover, paper: str) -> tuple[bytes, int]:
    title = f"Fax cover - {cover.regarding}"
    return flow_pdf(title, paper, lambda f: draw_cover(f, cover), margin_pt=48)
