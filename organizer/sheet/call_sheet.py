"""The sheet for calls (``organizer.services.call_sheet``) as a PDF: a page per organisation,
with room to write the answers to the three questions and the name of the person."""

from __future__ import annotations

from datetime import date

from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.services.call_sheet import QUESTIONS, CallItem, CallPage
from organizer.sheet.flow_pdf import RIGHT, Flow, flow_pdf
from organizer.words import long_date, row_what, row_when, say

BLANK = "________________"


def t(text: str) -> str:
    return translate("callsheet", text)


def what(item: CallItem) -> str:
    """What is missing, in the chosen language (words typed stay as typed)."""
    if language() == SOURCE_LANGUAGE or item.row is None:
        return item.what
    return say(item.label) if item.label is not None else row_what(item.row)


def when(item: CallItem) -> str:
    if language() == SOURCE_LANGUAGE or item.row is None:
        return item.when
    return row_when(item.row)


def draw_page(flow: Flow, page: CallPage, day: date) -> None:
    prepared = translate("callsheet", "Sheet for calls, prepared {0}").format(long_date(day))
    flow.text(prepared, 9, align=RIGHT, after_pt=0)
    call = translate("callsheet", "Call: {0}").format(translate("documents", page.organisation))
    flow.text(call, 18, True, after_pt=2)
    flow.rule(2, 3)
    flow.field(
        translate("callsheet", "Phone:"), page.phone or BLANK, 14, label_pt=100, bold_value=True
    )
    if page.person:
        flow.field(translate("callsheet", "Ask for:"), page.person, 11, label_pt=100)
    flow.field(translate("callsheet", "Patient:"), page.patient or BLANK, 11, label_pt=100)
    member = page.member_id or BLANK
    if page.group_number:
        member += translate("callsheet", "   (group {0})").format(page.group_number)
    flow.field(translate("callsheet", "Member ID:"), member, 12, label_pt=100, bold_value=True)
    references = ", ".join(page.references) or translate("callsheet", "none yet")
    flow.field(translate("callsheet", "References:"), references, 11, label_pt=100)
    flow.field(
        translate("callsheet", "Call started:"),
        translate("callsheet", "____________  Spoke with: ______________________"),
        11,
        label_pt=100,
    )
    flow.field(translate("callsheet", "This call's ref.:"), BLANK + BLANK, 11, label_pt=100)
    flow.rule(1, 4)
    lines, spacing, inline = _room(flow, page)
    for item in page.items:
        flow.keep(_item_height(flow, item, lines, spacing, inline))
        if inline:  # many items: a line each, the answers written beside the questions
            flow.text(_headline(item), 10, True, after_pt=1)
            for question in QUESTIONS:
                flow.answer_line(t(question), 9.5, label_pt=250, after_pt=2)
            flow.y += flow.pt(5)
            continue
        flow.text(
            (translate("callsheet", "URGENT  ") if item.urgent else "") + what(item),
            12,
            True,
            after_pt=0,
        )
        flow.text(_when(item), 10, after_pt=1)
        for question in QUESTIONS:
            flow.text(t(question), 10.5, indent_pt=12, after_pt=0)
            flow.write_in_lines(lines, indent_pt=12, spacing_pt=spacing)
        flow.y += flow.pt(6)


# Answer room tried in order: (lines per question, line spacing in points, on one line).
ROOM = ((2, 17.0, False), (1, 28.0, False), (1, 20.0, False), (1, 0.0, True))


def _when(item: CallItem) -> str:
    refs = (
        translate("callsheet", "   Reference: {0}").format(", ".join(item.references))
        if item.references
        else ""
    )
    return f"{when(item)}{refs}"


def _headline(item: CallItem) -> str:
    return f"{translate('callsheet', 'URGENT  ') if item.urgent else ''}{what(item)}: {_when(item)}"


def _item_height(flow: Flow, item: CallItem, lines: int, spacing: float, inline: bool) -> float:
    if inline:
        head = flow.measure(_headline(item), 10, True) + flow.pt(1)
        return head + 3 * (flow.measure("Xg", 9.5) + flow.pt(2)) + flow.pt(5)
    head = flow.measure(what(item), 12, True) + flow.measure(_when(item), 10) + flow.pt(1)
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
        flow.text(translate("callsheet", "Calls to make"), 18, True)
        flow.text(
            translate("callsheet", "Nothing is missing: no calls to make about open items."), 12
        )
        return
    for number, page in enumerate(pages):
        if number:
            flow.new_page()
        draw_page(flow, page, day)


def call_sheet_pdf(pages: list[CallPage], day: date, paper: str) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    return flow_pdf(
        translate("callsheet", "Calls to make"),
        paper,
        lambda f: draw_sheet(f, pages, day),
        margin_pt=44,
    )
