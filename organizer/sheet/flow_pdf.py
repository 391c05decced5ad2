"""Documents that flow down one or more pages (fax cover, letters, call sheet), drawn with
QPainter on a QPdfWriter.

Only QtGui is used (no widgets), so the commands work without a display, as the status
sheet does, and with its fonts: black on white, plain type, ready for a fax machine.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from organizer import APP_NAME
from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.sheet.render import PAPERS, PDF_DPI, sheet_font

LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter


class Flow:
    """Places paragraphs top-down, starting a new page when the next one does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.painter = writer, painter
        self.k = writer.logicalDpiY() / 72.0
        self.width = float(writer.width())
        self.height = float(writer.height())
        self.y = 0.0
        self.pages = 1

    def pt(self, points: float) -> float:
        return points * self.k

    def new_page(self) -> None:
        self.writer.newPage()
        self.pages += 1
        self.y = 0.0

    def measure(self, text: str, size: float, bold: bool = False, indent: float = 0) -> float:
        self.painter.setFont(sheet_font(size, bold))
        room = QRectF(indent, 0, self.width - indent, 1e9)
        flags = int(LEFT | Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(room, flags, text).height()

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if self.y > 0 and self.y + height > self.height:
            self.new_page()

    def text(
        self,
        text: str,
        size: float = 11,
        bold: bool = False,
        *,
        indent_pt: float = 0,
        after_pt: float = 3,
        align: Qt.AlignmentFlag = LEFT,
        y: float | None = None,
    ) -> None:
        """A paragraph, wrapped at spaces, never shortened."""
        indent = self.pt(indent_pt)
        height = self.measure(text, size, bold, indent)
        if y is None:
            self.keep(height)
        top = self.y if y is None else y
        self.painter.setFont(sheet_font(size, bold))
        rect = QRectF(indent, top, self.width - indent, height)
        self.painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), text)
        if y is None:
            self.y += height + self.pt(after_pt)

    def field(
        self,
        label: str,
        value: str,
        size: float = 12,
        *,
        label_pt: float = 110,
        bold_value: bool = False,
        after_pt: float = 2,
    ) -> None:
        """``Label:`` in bold, its value beside it (each wrapped in its own column: a longer
        label, as in Spanish, takes two lines rather than running into the value)."""
        label_w = self.pt(label_pt)
        room = label_w - self.pt(4)  # a gap between the label and its value
        self.painter.setFont(sheet_font(size, True))
        flags = int(LEFT | Qt.TextFlag.TextWordWrap)
        label_h = self.painter.boundingRect(QRectF(0, 0, room, 1e9), flags, label).height()
        height = max(label_h, self.measure(value, size, bold_value, label_w))
        self.keep(height)
        top = self.y
        self.painter.setFont(sheet_font(size, True))
        self.painter.drawText(QRectF(0, top, room, label_h), flags, label)
        self.text(value, size, bold_value, indent_pt=label_pt, y=top)
        self.y = top + height + self.pt(after_pt)

    def answer_line(
        self, question: str, size: float, *, label_pt: float, after_pt: float = 2
    ) -> None:
        """A question with a line beside it to write the answer on."""
        height = self.measure(question, size, indent=self.width - self.pt(label_pt))
        self.keep(height)
        self.text(question, size, y=self.y)
        x = self.pt(label_pt)
        line = QRectF(x, self.y + height - self.pt(2), self.width - x, self.pt(0.5))
        self.painter.fillRect(line, Qt.GlobalColor.black)
        self.y += height + self.pt(after_pt)

    def rule(self, thickness_pt: float = 1.0, gap_pt: float = 5.0) -> None:
        self.y += self.pt(gap_pt)
        rect = QRectF(0, self.y, self.width, self.pt(thickness_pt))
        self.painter.fillRect(rect, Qt.GlobalColor.black)
        self.y += self.pt(thickness_pt + gap_pt)

    def write_in_lines(self, count: int, *, indent_pt: float = 0, spacing_pt: float = 24) -> None:
        """Thin lines to write an answer on by hand."""
        self.keep(self.pt(spacing_pt) * min(count, 2))
        for _ in range(count):
            self.keep(self.pt(spacing_pt))
            self.y += self.pt(spacing_pt)
            x = self.pt(indent_pt)
            self.painter.fillRect(
                QRectF(x, self.y - self.pt(4), self.width - x, self.pt(0.5)), Qt.GlobalColor.black
            )
        self.y += self.pt(4)


def page_layout(paper: str, margin_pt: float) -> QPageLayout:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {sorted(PAPERS)}, not {paper!r}")
    margins = QMarginsF(margin_pt, margin_pt, margin_pt, margin_pt)
    return QPageLayout(
        QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Point
    )


def flow_pdf(
    title: str, paper: str, draw: Callable[[Flow], None], *, margin_pt: float = 54
) -> tuple[bytes, int]:
    """The document as PDF bytes (real text, fonts embedded) and its number of pages."""
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    writer.setPageLayout(page_layout(paper, margin_pt))
    painter = QPainter()
    if not painter.begin(writer):
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors", 'The document "{0}" can\'t be drawn: the file is not ready.'
                ),
                title,
            )
        )
    try:
        painter.setPen(QPen(Qt.GlobalColor.black))
        flow = Flow(writer, painter)
        draw(flow)
    finally:
        painter.end()
    buffer.close()
    return bytes(content.data()), flow.pages
