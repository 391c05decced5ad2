"""The sheet for calls (``organizer.services.call_sheet``) as a PDF: a page per organisation,
with room to write the answers to the three questions and the name of the person."""

from __future__ import annotations

from datetime import date

from organizer.gui.flow_pdf import RIGHT, Flow, flow_pdf
from organizer.services.call_sheet import QUESTIONS, CallPage
from organizer.services.packet import long_date

BLANK = "________________"


def draw_page(flow: Flow, page: CallPage, day: date) -> None:
    flow.text(f"Prepared {long_date(day)}", 10, align=RIGHT, y=flow.y + flow.pt(6))
    flow.text(f"Call: {page.organisation}", 18, True, after_pt=2)
    flow.rule(2, 3)
    flow.field("Phone:", page.phone or BLANK, 14, label_pt=100, bold_value=True)
    if page.person:
        flow.field("Ask for:", page.person, 11, label_pt=100)
    flow.field("Patient:", page.patient or BLANK, 11, label_pt=100)
    member = page.member_id or BLANK
    if page.group_number:
        member += f"   (group {page.group_number})"
    flow.field("Member ID:", member, 12, label_pt=100, bold_value=True)
    flow.field("References:", ", ".join(page.references) or "none yet", 11, label_pt=100)
    flow.field(
        "Call started:", "____________  Spoke with: ______________________", 11, label_pt=100
    )
    flow.field("This call's ref.:", BLANK + BLANK, 11, label_pt=100)
    flow.rule(1, 4)
    for item in page.items:
        height = flow.measure(item.what, 12, True) + flow.pt(3 * 52)
        flow.keep(height)
        mark = "URGENT  " if item.urgent else ""
        flow.text(f"{mark}{item.what}", 12, True, after_pt=0)
        refs = f"   Reference: {', '.join(item.references)}" if item.references else ""
        flow.text(f"{item.when}{refs}", 10, after_pt=2)
        for question in QUESTIONS:
            flow.text(question, 10.5, indent_pt=12, after_pt=0)
            flow.write_in_lines(2, indent_pt=12, spacing_pt=17)
        flow.y += flow.pt(4)
    flow.keep(flow.pt(30))
    flow.text("Name of the person spoken to: ______________________   Time: __________", 11)


def draw_sheet(flow: Flow, pages: list[CallPage], day: date) -> None:
    if not pages:
        flow.text("Calls to make", 18, True)
        flow.text("Nothing is missing: no calls to make about open items.", 12)
        return
    for number, page in enumerate(pages):
        if number:
            flow.new_page()
        draw_page(flow, page, day)


def call_sheet_pdf(pages: list[CallPage], day: date, paper: str) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    return flow_pdf("Calls to make", paper, lambda f: draw_sheet(f, pages, day), margin_pt=44)
