"""Check boxes drawn on a form page come out as ☒ / ☐ in front of their line.

The pages are real PDFs written here: text lines, small squares drawn with ``re`` beside
two of them, and a cross of two strokes in one square. A page that draws no rectangle is
passed over with one quick scan (issue 22), and must read exactly as before.
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from organizer.core.reading import ReadResult
from organizer.core.types import DocumentStatus
from organizer.jobs.checkboxes import CHECKED, UNCHECKED, draws_small_boxes
from organizer.jobs.read_parts import read_pdf
from tests import factories

LINES = ["Items needed to decide", "Letter of medical necessity", "Lab results", "Thank you"]


def form_pdf(boxes: bool) -> bytes:
    """A page of LINES; with ``boxes``, a square before lines 2 and 3, the first ticked."""
    text = factories._text_content(LINES, top=700)  # leading 14 pt: lines at 700, 686, 672
    drawing = b""
    if boxes:
        drawing = (
            b"0.5 w\n60 683 8 8 re S\n60 669 8 8 re S\n"  # a box before each of two lines
            b"60 683 m 68 691 l S\n60 691 m 68 683 l S\n"  # a cross in the first
        )
    buffer = io.BytesIO()
    writer = factories.PdfWriter()  # the same font and page set-up as every test PDF
    font = factories._add_object(writer, factories._helvetica())
    factories._add_text_page(writer, font, drawing + text)
    writer.write(buffer)
    return buffer.getvalue()


def read(data: bytes) -> str:
    result = read_pdf(data, ReadResult(status=DocumentStatus.INDEXED), None)
    return "\n".join(result.page_texts)


def test_ticked_and_empty_boxes_are_marked_on_their_lines() -> None:
    text = read(form_pdf(boxes=True))
    lines = [line.strip() for line in text.splitlines()]
    assert f"{CHECKED} Letter of medical necessity" in lines
    assert f"{UNCHECKED} Lab results" in lines
    assert "Thank you" in lines and f"{CHECKED} Thank you" not in lines


def test_a_page_without_rectangles_is_passed_over_and_reads_as_plain_text() -> None:
    plain = form_pdf(boxes=False)
    page = PdfReader(io.BytesIO(plain)).pages[0]
    assert draws_small_boxes(page) is False
    assert draws_small_boxes(PdfReader(io.BytesIO(form_pdf(boxes=True))).pages[0]) is True
    assert read(plain) == page.extract_text()
    assert CHECKED not in read(plain) and UNCHECKED not in read(plain)
