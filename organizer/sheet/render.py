"""The one-page status sheet, drawn with QPainter on a PDF writer or a printer.

Only QtGui is used (no widgets), so ``organizer sheet`` works without a display. The page
is composed as a list of text pieces and rules first, then drawn: the same pieces are
measured and painted, so what was checked to fit is what is printed.

Always one page. When the content does not fit, the layout steps down a ladder (see
``LADDER``): first smaller type (never below 8 pt, body 9 pt or more wherever it fits), then
older log entries summarised, then the missing list in two columns, and only then are the
least urgent missing items summarised. Black on white, thick rules, urgency as a bold word:
it must survive a fax machine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from organizer import APP_NAME
from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import in_language, translate
from organizer.sheet.data import (
    NOT_FILLED,
    SheetData,
    call_line,
    check_sheet_target,
    decision_lines,
    log_priority,
    log_summary,
    write_private_file,
)
from organizer.sheet.missing import fit_widths, missing_list, wrap_text

FAMILIES = ["DejaVu Sans", "Arial", "Helvetica", "Liberation Sans", "Nimbus Sans"]
PAPERS: dict[str, QPageSize.PageSizeId] = {
    "letter": QPageSize.PageSizeId.Letter,
    "a4": QPageSize.PageSizeId.A4,
}
MARGIN_PT = 40.0
# 100 device units a point: type sizes land exactly on whole units, so 8 pt is 8 pt.
PDF_DPI = 7200
MIN_PT = 8.0
TITLE = QT_TRANSLATE_NOOP("sheet", "Status sheet: home infusion coverage")
FOOTER = QT_TRANSLATE_NOOP("sheet", "This sheet is an organising aid, not coverage advice.")
SAMPLE_NUMBER = "(000) 000-0000"
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Scale:
    """One rung of the ladder: type sizes, missing-list columns, and what may be shortened."""

    missing_pt: float
    body_pt: float
    columns: int = 1
    leading: float = 1.25
    condense_log: bool = False
    summarise_missing: bool = False
    # Only if no missing item has to be shortened: big type is not worth a cut-off "what".
    whole_missing: bool = False
    # A condensed log still shows this many rows (or all, if it has fewer).
    min_log_rows: int = 4
    # Line spacing of the missing list, when the page has room to let it breathe.
    missing_leading: float | None = None
    # Lines a missing item may take. An item cut with … fails every rung but the last ones,
    # which keep each item to one line: only when the page has no room left.
    wrap_lines: int = 6

    @property
    def log_pt(self) -> float:
        """The log is detail: a point under the body, but not below 9 pt for that."""
        return max(self.body_pt - 1, 9.0) if self.body_pt >= 9 else self.body_pt


# Tried in order; the first rung on which the page fits is used.
LADDER: tuple[Scale, ...] = (
    Scale(11, 10, whole_missing=True),
    Scale(10.5, 10, whole_missing=True),
    Scale(10, 10),
    Scale(10, 9),
    Scale(9, 9),
    Scale(10, 9, leading=1.15, condense_log=True),
    Scale(9, 9, leading=1.1, condense_log=True),
    Scale(9, 9, leading=1.05, condense_log=True, min_log_rows=2),
    Scale(8.5, 8.5, leading=1.05, condense_log=True, min_log_rows=2),
    Scale(8, 8, leading=1.05, condense_log=True, min_log_rows=1),
    Scale(9, 9, columns=2, leading=1.05, condense_log=True, min_log_rows=1),
    Scale(8.5, 8.5, columns=2, leading=1.05, condense_log=True, min_log_rows=1),
    Scale(8, 8, columns=2, leading=1.05, condense_log=True, min_log_rows=1),
    # No room to wrap: each item on one line, cut with … where it must be.
    Scale(9, 9, leading=1.05, condense_log=True, min_log_rows=1, wrap_lines=1),
    Scale(8, 8, leading=1.05, condense_log=True, min_log_rows=1, wrap_lines=1),
    Scale(8, 8, columns=2, leading=1.05, condense_log=True, min_log_rows=1, wrap_lines=1),
    Scale(8, 8, leading=1.05, condense_log=True, summarise_missing=True, min_log_rows=0),
)
# Line spacings tried for the missing list when the whole page fits with room to spare.
AIRY_MISSING = (1.8, 1.65, 1.5, 1.4)


@dataclass(frozen=True, slots=True)
class Piece:
    """A line of text in a box (device units), or a rule when ``text`` is None."""

    rect: QRectF
    text: str | None
    size: float = 0.0
    bold: bool = False
    align: Qt.AlignmentFlag = LEFT


@dataclass(slots=True)
class SheetLayout:
    """What was laid out: the rung used and how much of each list is on the page."""

    scale: Scale
    # The printable height of the page in device units; every piece lies above it.
    height: float = 0.0
    pieces: list[Piece] = field(default_factory=list)
    missing_shown: int = 0
    missing_hidden: int = 0
    log_shown: int = 0
    log_hidden: int = 0
    fits: bool = True

    @property
    def font_sizes(self) -> list[float]:
        return sorted({p.size for p in self.pieces if p.text is not None})

    @property
    def lines(self) -> int:
        """Lines of text on the page (pieces side by side on one line count once)."""
        return len({round(p.rect.top()) for p in self.pieces if p.text})


class _Composer:
    """Places pieces top-down in device units; sizes are given in points."""

    def __init__(self, device: QPaintDevice, scale: Scale) -> None:
        self.device = device
        self.scale = scale
        self.k = device.logicalDpiY() / 72.0
        self.width = float(device.width())
        self.y = 0.0
        self.pieces: list[Piece] = []
        # How many missing items had to be shortened to fit their line, and whether a "what"
        # column got less than MIN_WHAT_SHARE of its block while it needed more.
        self.elided = 0
        self.squeezed = False
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def metrics(self, size: float, bold: bool = False) -> QFontMetricsF:
        key = (size, bold)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(sheet_font(size, bold), self.device)
        return self._metrics[key]

    def pt(self, points: float) -> float:
        return points * self.k

    def line_height(self, size: float) -> float:
        return self.metrics(size).height() * self.scale.leading

    def missing_row_height(self) -> float:
        size, s = self.scale.missing_pt, self.scale
        return self.metrics(size).height() * (s.missing_leading or s.leading)

    def advance_of(self, text: str, size: float, bold: bool = False) -> float:
        return self.metrics(size, bold).horizontalAdvance(text)

    def put(self, x: float, w: float, text: str, size: float, bold: bool = False,
            align: Qt.AlignmentFlag = LEFT, y: float | None = None) -> None:  # fmt: skip
        """One line of text in a box at ``y`` (default: the current line), shortened with …"""
        h = self.line_height(size)
        shown = self.metrics(size, bold).elidedText(text, Qt.TextElideMode.ElideRight, w)
        rect = QRectF(x, self.y if y is None else y, w, h)
        self.pieces.append(Piece(rect, shown, size, bold, align))

    def line(self, text: str, size: float, bold: bool = False) -> None:
        self.put(0, self.width, text, size, bold)
        self.y += self.line_height(size)

    def rule(self, thickness_pt: float, gap_pt: float = 3.0) -> None:
        self.y += self.pt(gap_pt)
        self.pieces.append(Piece(QRectF(0, self.y, self.width, self.pt(thickness_pt)), None))
        self.y += self.pt(thickness_pt + gap_pt)

    def row(self, cells: Sequence[tuple[float, float, str, bool]], size: float) -> None:
        """Cells given as (x, width, text, bold) on one line."""
        for x, w, text, bold in cells:
            self.put(x, w, text, size, bold)
        self.y += self.line_height(size)


def sheet_font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(size)
    font.setBold(bold)
    # No "fi"/"ffi" ligatures: a search for "office" in the PDF must find it.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _table(
    c: _Composer,
    titles: Sequence[str],
    cells: Sequence[Sequence[str]],
    size: float,
    fixed: Sequence[int],
    shares: dict[int, float] | None = None,
    least: dict[int, float] | None = None,
    row_titles: bool = False,
) -> None:
    """Bold column titles, then one line per row (its first cell bold with ``row_titles``).

    ``shares`` caps columns at a share of the page width; ``least`` gives columns a least
    width (device units).
    """
    gap = c.pt(size * 0.9)
    naturals = [
        max(c.advance_of(t, size, True) for t in (title, *(row[i] for row in cells))) + gap
        for i, title in enumerate(titles)
    ]
    for i, share in (shares or {}).items():
        naturals[i] = min(naturals[i], c.width * share)
    for i, width in (least or {}).items():
        naturals[i] = max(naturals[i], width + gap)
    widths = fit_widths(naturals, c.width + gap, fixed)
    xs = [sum(widths[:i]) for i in range(len(widths))]
    c.row([(xs[i], widths[i] - gap, t, True) for i, t in enumerate(titles)], size)
    for texts in cells:
        c.row(
            [(xs[i], widths[i] - gap, t, i == 0 and row_titles) for i, t in enumerate(texts)], size
        )


# --- the parts of the page ----------------------------------------------------------------


def _header(c: _Composer, data: SheetData) -> None:
    h, body = data.header, c.scale.body_pt
    title, big = body + 5, body + 2
    heading = translate("sheet", TITLE)
    c.put(0, c.width, heading, title, bold=True)
    # "Prepared ..." sits on the title's baseline, or under it where both do not fit
    # (the Spanish words are longer).
    title_m, body_m = c.metrics(title, True), c.metrics(body)
    baseline = (c.line_height(title) + title_m.ascent() - title_m.descent()) / 2
    baseline -= (c.line_height(body) + body_m.ascent() - body_m.descent()) / 2
    prepared = translate("sheet", "Prepared {0}").format(h.prepared)
    room = c.width - c.advance_of(heading, title, True) - c.pt(12)
    if c.advance_of(prepared, body) > room:
        c.y += c.line_height(title)
        baseline = 0.0
    c.put(0, c.width, prepared, body, align=RIGHT, y=c.y + baseline)
    c.y += c.line_height(title) if baseline else c.line_height(body)
    c.rule(2.0, gap_pt=1)
    fax_w = c.advance_of(h.fax_line, big, True)
    c.put(0, c.width - fax_w - c.pt(12), h.to_line, big, bold=True)
    c.put(0, c.width, h.fax_line, big, bold=True, align=RIGHT)
    c.y += c.line_height(big)
    c.line(h.sender_line, body)
    c.rule(0.75, gap_pt=2)
    rows = (
        (translate("sheet", "Patient:"), h.patient),
        (translate("sheet", "Therapy:"), h.therapy_line),
        (translate("sheet", "Insurance:"), h.insurance_line),
        (translate("sheet", "Pharmacy:"), h.pharmacy),
    )
    not_filled = translate("sheet", NOT_FILLED)
    label_w = max(c.advance_of(label, body, True) for label, _ in rows) + c.pt(6)
    member = translate("sheet", "Member ID: {0}").format(h.member_id or not_filled)
    c.put(0, c.width, member, body, bold=True, align=RIGHT)
    for index, (label, value) in enumerate(rows):
        room = (
            c.width - label_w - (c.advance_of(member, body, True) + c.pt(12) if index == 0 else 0)
        )
        # A value too long for its line goes on a second one: a member ID or a plan's
        # name at the end of "Insurance:" is what the office calls with, never cut off.
        lines = wrap_text(c, value or not_filled, body, room, most=2)
        c.put(0, label_w, label, body, bold=True)
        for line in lines:
            c.put(label_w, room, line, body)
            c.y += c.line_height(body)


def _log(c: _Composer, data: SheetData, room: float) -> tuple[int, int] | None:
    """The requested/sent log in ``room``, newest first; None if it does not fit."""
    s, size = c.scale, c.scale.log_pt
    head_size = s.body_pt + 2
    line_h = c.line_height(size)
    rows = list(data.log)
    shown = len(rows)
    if c.line_height(head_size) + line_h * (len(rows) + 1) > room:
        if not s.condense_log:
            return None
        shown = int((room - c.line_height(head_size)) // line_h) - 2  # titles and summary
        if shown < min(s.min_log_rows, len(rows)):
            return None
    c.line(translate("sheet", "Requested and sent (newest first)"), head_size, bold=True)
    if not rows:
        c.line(translate("sheet", "Nothing has been asked for or sent yet."), size)
        return 0, 0
    keep = set(log_priority(rows)[:shown])
    kept = [r for r in rows if r.log_id in keep]
    hidden = [r for r in rows if r.log_id not in keep]
    titles = (
        translate("sheet", "What"),
        translate("sheet", "Asked for: when, by"),
        translate("sheet", "Sent: when, how, to, by"),
        translate("sheet", "Now"),
    )
    cells = [(r.what, r.asked or "—", r.sent or "—", r.now) for r in kept]
    if cells:  # "When, by" and "when, how, to, by" give way before "what" does.
        _table(c, titles, cells, size, fixed=(1, 2, 3), shares={1: 0.3, 2: 0.3})
    if hidden:
        c.line(log_summary(hidden), size, bold=True)
    return len(kept), len(hidden)


def _bottom(c: _Composer, data: SheetData) -> None:
    """Latest prior-authorization decision, contacts and the last call."""
    size = c.scale.body_pt
    c.rule(1.5, gap_pt=2)
    headline, details = decision_lines(data)
    # Never cut: the reference number is what the office needs. A long line wraps.
    for text in wrap_text(c, headline, size + 1, c.width, most=3, bold=True):
        c.line(text, size + 1, bold=True)
    for text in wrap_text(c, details, size, c.width, most=3) if details else []:
        c.line(text, size)
    c.y += c.pt(4)
    size = c.scale.log_pt  # reference detail, like the log
    titles = (
        translate("sheet", "Contacts"),
        translate("sheet", "Name"),
        translate("sheet", "Phone"),
        translate("sheet", "Fax"),
        translate("sheet", "Ask for"),
    )
    cells = [
        (
            k.role,
            k.name or translate("sheet", NOT_FILLED),
            k.phone or "—",
            k.fax or "—",
            k.person or "—",
        )
        for k in data.contacts
    ]
    # Numbers get room for a full one even when blank: it can be written in by hand.
    number = c.advance_of(SAMPLE_NUMBER, size)
    _table(c, titles, cells, size, (0, 2, 3), least={2: number, 3: number}, row_titles=True)
    c.line(call_line(data.last_call), size)


def _footer(c: _Composer) -> None:
    size = max(c.scale.body_pt - 0.5, MIN_PT)
    c.rule(0.75, gap_pt=2)
    c.put(0, c.width, translate("sheet", FOOTER), size, align=Qt.AlignmentFlag.AlignCenter)
    c.y += c.line_height(size)


def _measure(device: QPaintDevice, scale: Scale, part: Callable[[_Composer], None]) -> _Composer:
    composer = _Composer(device, scale)
    part(composer)
    return composer


def compose(data: SheetData, device: QPaintDevice, scale: Scale) -> SheetLayout:
    """Lay the page out on one rung of the ladder; ``fits`` says whether it worked.

    Top to bottom: header, still missing, the log, then decision and contacts; the footer
    sits at the foot of the page. The log gets what the missing list leaves.
    """
    height = float(device.height())
    footer = _measure(device, scale, _footer)
    bottom = _measure(device, scale, lambda c: _bottom(c, data))
    page = _measure(device, scale, lambda c: _header(c, data))
    page.rule(2.0, gap_pt=4)
    gap = page.pt(10)
    free = height - footer.y - bottom.y - page.pt(6)
    layout = SheetLayout(scale, height, fits=False)
    log_minimum = page.line_height(scale.body_pt + 2) + 2 * page.line_height(scale.log_pt)
    missing = missing_list(page, data, free - page.y - gap - log_minimum)
    if missing is None:
        return layout
    if page.elided and (scale.whole_missing or scale.wrap_lines > 1):
        return layout
    if scale.columns > 1 and page.squeezed:
        return layout
    page.y += gap
    logged = _log(page, data, free - page.y)
    if logged is None or page.y > free:
        return layout
    page.y += page.pt(6)
    layout.missing_shown, layout.missing_hidden = missing
    layout.log_shown, layout.log_hidden = logged
    layout.pieces = [
        *page.pieces,
        *(_moved(p, page.y) for p in bottom.pieces),
        *(_moved(p, height - footer.y) for p in footer.pieces),
    ]
    layout.fits = True
    return layout


def _moved(piece: Piece, dy: float) -> Piece:
    return Piece(piece.rect.translated(0, dy), piece.text, piece.size, piece.bold, piece.align)


def plan(data: SheetData, device: QPaintDevice) -> SheetLayout:
    """The first rung of the ladder on which the sheet fits (the last one always does).

    When everything fits with room to spare, the missing list gets more space between its
    lines: it is what the page is for.
    """
    for scale in LADDER:
        layout = compose(data, device, scale)
        if layout.fits:
            break
    else:
        raise AssertionError("the last rung of the ladder always fits")
    if scale.condense_log or not data.missing:
        return layout
    for spacing in AIRY_MISSING:
        airy = compose(data, device, replace(scale, missing_leading=spacing))
        if airy.fits:
            return airy
    return layout


def render_sheet(data: SheetData, device: QPaintDevice) -> SheetLayout:
    """Draw the sheet on one page of ``device`` (a PDF writer or a printer)."""
    with in_language(data.language):  # its words were made in it: its titles match
        layout = plan(data, device)
    painter = QPainter()
    if not painter.begin(device):
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors", "The status sheet can't be drawn: the printer or file is not ready."
                )
            )
        )
    try:
        painter.setPen(QPen(Qt.GlobalColor.black))
        for piece in layout.pieces:
            if piece.text is None:
                painter.fillRect(piece.rect, Qt.GlobalColor.black)
                continue
            painter.setFont(sheet_font(piece.size, piece.bold))
            painter.drawText(piece.rect, int(piece.align), piece.text)
    finally:
        painter.end()
    return layout


# --- PDF ----------------------------------------------------------------------------------


def default_paper() -> str:
    """Letter in the United States and Canada, A4 in every other named country.

    A locale that names no country (``C.UTF-8``, ``POSIX``: common on servers and minimal
    systems) gets Letter: these are US insurance cases.
    """
    territory = QLocale().territory()
    letter_places = (
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.AnyTerritory,
    )
    return "letter" if territory in letter_places else "a4"


def page_layout(paper: str) -> QPageLayout:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {sorted(PAPERS)}, not {paper!r}")
    margins = QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT)
    return QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Point,
    )


def sheet_title(data: SheetData) -> str:
    patient = data.header.patient
    with in_language(data.language):
        if patient:
            return translate("sheet", "Status sheet - {0}").format(patient)
        return translate("sheet", "Status sheet")


def sheet_pdf(data: SheetData, paper: str) -> tuple[bytes, SheetLayout]:
    """The sheet as PDF bytes (real text, fonts embedded) and the layout used."""
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator(APP_NAME)
    writer.setTitle(sheet_title(data))
    writer.setPageLayout(page_layout(paper))
    layout = render_sheet(data, writer)
    buffer.close()
    return bytes(content.data()), layout


def write_sheet_pdf(data: SheetData, path: Path, paper: str) -> SheetLayout:
    """Write the sheet to ``path`` (0600, all at once, never into the case folder)."""
    check_sheet_target(path, data.case_folder)
    content, layout = sheet_pdf(data, paper)
    write_private_file(path, content, data.case_folder)
    return layout
