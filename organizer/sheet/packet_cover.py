"""The fax cover page of a submission packet (see ``organizer.services.packet``).

Big where it matters to the person at the other fax machine: who it is for, whose papers
these are, what they answer, and how many pages should have arrived.
"""

from __future__ import annotations

from dataclasses import replace

from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.services.packet import PacketCover
from organizer.sheet.flow_pdf import Flow, flow_pdf
from organizer.words import long_date, say

BLANK = "_______________________"
NOTICE = QT_TRANSLATE_NOOP(
    "cover",
    "This fax holds private health information for the person named above. If it reached "
    "you by mistake, please call the number above and destroy it.",
)


def t(text: str) -> str:
    return translate("cover", text)


def _pages(n: int) -> str:
    if language() != SOURCE_LANGUAGE:
        return translate("cover", "%n page(s)", None, n)
    return f"{n} page" if n == 1 else f"{n} pages"


def regarding(cover: PacketCover) -> str:
    """What the packet is about, in the chosen language (words typed stay as typed)."""
    if language() == SOURCE_LANGUAGE or cover.regarding_words is None:
        return cover.regarding
    return say(cover.regarding_words)


def draw_cover(flow: Flow, cover: PacketCover) -> None:
    r = cover.recipient
    flow.text(translate("cover", "FAX"), 30, True, after_pt=0)
    flow.rule(2.5, 4)
    flow.field(translate("cover", "To:"), translate("documents", r.name), 16, bold_value=True)
    flow.field(translate("cover", "Fax:"), r.fax or BLANK, 16, bold_value=True)
    if r.phone:
        flow.field(translate("cover", "Phone:"), r.phone, 12)
    flow.y += flow.pt(6)
    flow.field(translate("cover", "From:"), cover.sender or BLANK, 12)
    flow.field(translate("cover", "Call back:"), cover.callback_phone or BLANK, 12)
    flow.field(translate("cover", "Date:"), long_date(cover.day), 12)
    flow.rule(1.5, 6)
    flow.field(translate("cover", "Re:"), regarding(cover), 15, bold_value=True)
    reference = cover.reference or translate("cover", "none given")
    flow.field(translate("cover", "Reference:"), reference, 13, bold_value=bool(cover.reference))
    flow.y += flow.pt(6)
    flow.field(translate("cover", "Patient:"), cover.patient or BLANK, 13, bold_value=True)
    dob = long_date(cover.patient_dob) if cover.patient_dob else BLANK
    flow.field(translate("cover", "Date of birth:"), dob, 13)
    flow.field(translate("cover", "Member ID:"), cover.member_id or BLANK, 13, bold_value=True)
    flow.rule(1.5, 6)
    flow.text(translate("cover", "Enclosed"), 14, True, after_pt=4)
    if not cover.enclosures:
        flow.text(translate("cover", "Nothing but this cover."), 12, indent_pt=14)
    for number, enclosure in enumerate(cover.enclosures, start=1):
        flow.text(f"{number}.  {enclosure.name}  ({_pages(enclosure.pages)})", 12, indent_pt=14)
    flow.y += flow.pt(8)
    if cover.cover_pages == 1:
        this = translate("cover", "this cover")
    else:
        this = translate("cover", "this cover of {0} pages").format(cover.cover_pages)
    total = translate("cover", "{0} including {1}").format(_pages(cover.total_pages), this)
    flow.text(total, 16, True, after_pt=10)
    flow.rule(1.5, 6)
    back = cover.callback_phone or translate("cover", "the call-back number above")
    confirm = translate(
        "cover", "Please confirm receipt: call {0}, or fax this page back with a note."
    )
    flow.text(confirm.format(back), 13, True)
    flow.text(
        translate("cover", "Received on: ____________    By: ______________________________"), 12
    )
    notice = t(NOTICE)
    flow.y = max(flow.y, flow.height - flow.measure(notice, 9))
    flow.text(notice, 9)


def cover_pdf(cover: PacketCover, paper: str) -> tuple[bytes, PacketCover]:
    """The cover as a PDF, and the cover as drawn (with the pages it took, in its count)."""
    content, drawn = _draw(cover, paper)
    if drawn != cover.cover_pages:  # the count on the page changes with the pages it takes
        cover = replace(cover, cover_pages=drawn)
        content, drawn = _draw(cover, paper)
    return content, cover


def _draw(cover: PacketCover, paper: str) -> tuple[bytes, int]:
    title = translate("cover", "Fax cover - {0}").format(regarding(cover))
    return flow_pdf(title, paper, lambda f: draw_cover(f, cover), margin_pt=48)
