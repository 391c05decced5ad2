"""The sheet for calls (``organizer.services.call_sheet``) as a PDF: a page per organisation,
with room to write the answers to the three questions and the name of the person."""

from __future__ import annotations

from datetime import date

from organizer.gui.flow_pdf import RIGHT, Flow, flow_pdf
from organizer.services.call_sheet import QUESTIONS, CallItem, CallPage
from organizer.services.packet import long_date

BLANK = "________________"


def draw_page(flow: Flow, page: CallPage, day: date) -> None:
    flow.text(f"Sheet for calls, prepared {long_date(day)}", 9, align=RIGHT, after_pt=0)
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
    lines, spacing, inline = _room(flow, page)
    for item in page.items:
        flow.keep(_item_height(flow, item, lines, spacing, inline))
        if inline:  # many items: a line each, the answers written beside the questions
            flow.text(_headline(item), 10, True, after_pt=1)
            for question in QUESTIONS:
                flow.answer_line(question, 9.5, label_pt=250, after_pt=2)
            flow.y += flow.pt(5)
            continue
        flow.text(("URGENT  " if item.urgent else "") + item.what, 12, True, after_pt=0)
        flow.text(_when(item), 10, after_pt=1)
        for question in QUESTIONS:
            flow.text(question, 10.5, indent_pt=12, after_pt=0)
            flow.write_in_lines(lines, indent_pt=12, spacing_pt=spacing)
        flow.y += flow.pt(6)


# Answer room tried in order: (lines per question, line spacing in points, on one line).
ROOM = ((2, 17.0, False), (1, 28.0, False), (1, 20.0, False), (1, 0.0, True))


def _when(item: CallItem) -> str:
    refs = f"   Reference: {', '.join(item.references)}" if item.references else ""
    return f"{item.when}{refs}"


def _headline(item: CallItem) -> str:
    return f"{'URGENT  ' if item.urgent else ''}{item.what}: {_when(item)}"


def _item_height(flow: Flow, item: CallItem, lines: int, spacing: float, inline: bool) -> float:
    if inline:
        head = flow.measure(_headline(item), 10, True) + flow.pt(1)
        return head + 3 * (flow.measure("Xg", 9.5) + flow.pt(2)) + flow.pt(5)
    head = flow.measure(item.what, 12, True) + flow.measure(_when(item), 10) + flow.pt(1)
    question = flow.measure("Xg", 10.5)
    return head + 3 * (question + flow.pt(lines * spacing + 4)) + flow.pt(6)


def _room(flow: Flow, page: CallPage) -> tuple[int, float, bool]:
    """The most room for answers with which every item fits on the page."""
    left = flow.height - flow.y
    for lines, spacing, inline in ROOM:
        if sum(_item_height(flow, i, lines, spacing, inline) for i in page.items) <= left:
            return lines, spacing, inline
    return ROOM[-1]


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
