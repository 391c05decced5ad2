"""The "Timeline" tab: the case over time, one row per log entry.

Drawn from ``timeline_geometry`` with the window's palette (so it reads in a dark one),
and printed with the same drawing. Keyboard: Up/Down pick a row, Enter opens it; a click
on a row opens it too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from organizer.core.deadlines import Deadline
from organizer.core.records import LogEntryInfo
from organizer.gui.timeline_geometry import (
    AXIS_HEIGHT,
    LABEL_WIDTH,
    ROW_HEIGHT,
    RowGeometry,
    TimelineGeometry,
    timeline_geometry,
)
from organizer.gui.words import urgent_colour, waiting_colour
from organizer.language import translate
from organizer.words import QT_TRANSLATE_NOOP, compact_date, short_date

LEGEND = QT_TRANSLATE_NOOP(
    "Timeline",
    "○ asked   ● sent   ◆ decision   ▼ due   ◇ decision expected (dashed: still waiting)"
    "   ▬ approved period   ▲ ask for renewal   │ today",
)
MARKER_WORDS = {
    "due": QT_TRANSLATE_NOOP("Timeline", "due"),
    "expected": QT_TRANSLATE_NOOP("Timeline", "expected"),
    "appeal_by": QT_TRANSLATE_NOOP("Timeline", "appeal by"),
    "renewal": QT_TRANSLATE_NOOP("Timeline", "renew"),
}


def _colours(palette: QPalette) -> dict[str, QColor]:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return {
        "text": palette.color(QPalette.ColorRole.WindowText),
        "muted": palette.color(QPalette.ColorRole.PlaceholderText),
        "grid": palette.color(QPalette.ColorRole.Mid),
        "bar": QColor("#7aa7e0") if dark else QColor("#2d5f9a"),
        "approved": QColor("#5cc08a") if dark else QColor("#1e7a46"),
        "denied": QColor(urgent_colour()),
        "due": QColor(waiting_colour()),
        "late": QColor(urgent_colour()),
        "today": QColor("#ff9a9a") if dark else QColor("#b00020"),
        "alt": palette.color(QPalette.ColorRole.AlternateBase),
        "highlight": palette.color(QPalette.ColorRole.Highlight),
    }


def scaled_font(font: QFont, factor: float) -> QFont:
    """``font`` made ``factor`` times as big, whether sized in points or in pixels."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return scaled


def _diamond(centre: QPointF, r: float) -> QPolygonF:
    x, y = centre.x(), centre.y()
    return QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])


def _triangle(x: float, y: float, r: float, down: bool) -> QPolygonF:
    tip = y + r if down else y - r
    base = y - r if down else y + r
    return QPolygonF([QPointF(x - r, base), QPointF(x + r, base), QPointF(x, tip)])


def paint_timeline(
    painter: QPainter,
    geometry: TimelineGeometry,
    palette: QPalette,
    today: date,
    current: int = -1,
    focused: bool = False,
) -> None:
    """Draw the whole timeline at (0, 0), in the palette's colours."""
    c = _colours(palette)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    height = geometry.height
    base = QFont(painter.font())
    small = scaled_font(base, 0.9)
    # Alternate row shading and the current row.
    for index, row in enumerate(geometry.rows):
        rect = QRectF(0, row.top, geometry.width, ROW_HEIGHT)
        if index == current:
            colour = QColor(c["highlight"])
            colour.setAlpha(70 if focused else 35)
            painter.fillRect(rect, colour)
        elif index % 2:
            painter.fillRect(rect, c["alt"])
    # Month ticks.
    painter.setFont(small)
    for tick in geometry.ticks:
        painter.setPen(QPen(c["grid"], 1))
        painter.drawLine(QPointF(tick.x, AXIS_HEIGHT - 6), QPointF(tick.x, height))
        if geometry.today_x - 30 < tick.x < geometry.today_x + 130:
            continue  # the "Today" words sit there
        painter.setPen(c["muted"])
        painter.drawText(QRectF(tick.x - 50, 4, 100, 20), Qt.AlignmentFlag.AlignCenter, tick.text)
    # Rows.
    for row in geometry.rows:
        _paint_row(painter, row, c, (base, small), today)
    # Today.
    painter.setPen(QPen(c["today"], 2))
    painter.drawLine(QPointF(geometry.today_x, AXIS_HEIGHT - 10), QPointF(geometry.today_x, height))
    painter.setFont(small)
    label = translate("Timeline", "Today, {0}").format(compact_date(today))
    painter.drawText(
        QRectF(geometry.today_x + 4, AXIS_HEIGHT - 22, 140, 18),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        label,
    )
    painter.setFont(base)


def _paint_row(
    painter: QPainter,
    row: RowGeometry,
    c: dict[str, QColor],
    fonts: tuple[QFont, QFont],
    today: date,
) -> None:
    base, small = fonts
    y = row.middle
    # The label, and the status under it.
    bold = QFont(base)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(c["text"])
    width = LABEL_WIDTH - 16
    metrics = painter.fontMetrics()
    painter.drawText(
        QRectF(10, row.top + 4, width, 20),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, int(width)),
    )
    painter.setFont(small)
    painter.setPen(c["muted"])
    painter.drawText(
        QRectF(10, row.top + 23, width, 18),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        row.status,
    )
    if not (row.points or row.markers or row.band):
        painter.drawText(
            QRectF(LABEL_WIDTH + 8, row.top, 300, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("Timeline", "no dates yet"),
        )
        painter.setFont(base)
        return
    # The approved period.
    if row.band is not None:
        band = QColor(c["approved"])
        band.setAlpha(70)
        left, right = row.band
        painter.fillRect(QRectF(left, y - 9, max(right - left, 3), 18), band)
    # What is still expected, dashed.
    if row.dashed is not None:
        pen = QPen(c["bar"], 2.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(row.dashed[0], y), QPointF(row.dashed[1], y))
    # What happened, solid.
    if row.bar is not None:
        painter.setPen(QPen(c["bar"], 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(row.bar[0], y), QPointF(row.bar[1], y))
    painter.setPen(QPen(c["bar"], 2))
    for point in row.points:
        centre = QPointF(point.x, y)
        if point.kind == "decision":
            colour = c["denied"] if row.decision == "denied" else c["approved"]
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 1))
            painter.drawPolygon(_diamond(centre, 8))
        else:
            painter.setBrush(c["bar"] if point.kind == "sent" else c["alt"])
            painter.setPen(QPen(c["bar"], 2))
            painter.drawEllipse(centre, 6, 6)
    for marker in row.markers:
        if marker.kind == "due":
            painter.setBrush(c["due"])
            painter.setPen(QPen(c["due"], 1))
            painter.drawPolygon(_triangle(marker.x, y - 15, 6, down=True))
        elif marker.kind == "expected":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(c["bar"], 2))
            painter.drawPolygon(_diamond(QPointF(marker.x, y), 8))
        elif marker.kind == "appeal_by":
            painter.setBrush(c["late"])
            painter.setPen(QPen(c["late"], 1))
            painter.drawPolygon(_triangle(marker.x, y - 15, 6, down=True))
        elif marker.kind == "renewal":
            painter.setBrush(c["approved"])
            painter.setPen(QPen(c["approved"], 1))
            painter.drawPolygon(_triangle(marker.x, y + 15, 6, down=False))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # The day of each marker in words, beside it ("due Nov 24").
    painter.setFont(small)
    painter.setPen(c["muted"])
    for marker in row.markers:
        marker_word = translate("Timeline", MARKER_WORDS.get(marker.kind, ""))
        words = f"{marker_word} {short_date(marker.day, today)}".strip()
        above = marker.kind in ("due", "appeal_by")
        painter.drawText(
            QRectF(marker.x + 9, y - 24 if above else y + 4, 160, 16),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            words,
        )
    painter.setFont(base)


class TimelineCanvas(QWidget):
    """The drawing itself; it sizes to its rows and redraws only when asked."""

    entry_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Timeline", "Timeline of the log"))
        self.entries: list[LogEntryInfo] = []
        self.deadlines: list[Deadline] = []
        self.today = date.today()
        self.current = -1
        self.geometry_now = timeline_geometry([], [], self.today, 800)

    def set_data(self, entries: list[LogEntryInfo], deadlines: list[Deadline], today: date) -> None:
        self.entries, self.deadlines, self.today = list(entries), list(deadlines), today
        self._layout()

    def _layout(self) -> None:
        width = max(self.width(), 640)
        self.geometry_now = timeline_geometry(self.entries, self.deadlines, self.today, width)
        rows = len(self.geometry_now.rows)
        self.current = min(self.current, rows - 1)
        self.setMinimumHeight(int(self.geometry_now.height))
        self._describe()
        self.update()

    def _describe(self) -> None:
        if 0 <= self.current < len(self.geometry_now.rows):
            row = self.geometry_now.rows[self.current]
            said = translate("Timeline", "{0}: {1}. Press Enter to open it.")
            self.setAccessibleDescription(said.format(row.label, row.status))

    def sizeHint(self) -> QSize:
        return QSize(900, int(self.geometry_now.height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._layout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_timeline(
            painter, self.geometry_now, self.palette(), self.today, self.current, self.hasFocus()
        )
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current < 0 and self.geometry_now.rows:
            self.current = 0
            self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows = len(self.geometry_now.rows)
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(rows - 1, self.current + step))
            self._describe()
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.current < rows:
            self.entry_requested.emit(self.geometry_now.rows[self.current].log_id)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.geometry_now.row_at(event.position().y())
        if index is None:
            super().mousePressEvent(event)
            return
        self.current = index
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._describe()
        self.update()
        self.entry_requested.emit(self.geometry_now.rows[index].log_id)


class TimelineTab(QWidget):
    """The tab: a one-line legend in words, and the timeline in a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.legend = QLabel(translate("Timeline", LEGEND), self)
        self.legend.setWordWrap(True)
        self.empty = QLabel(
            translate(
                "Timeline", "Nothing in the log yet: the timeline fills in as you add to it."
            ),
            self,
        )
        self.canvas = TimelineCanvas()
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.canvas)
        self.scroller.setFocusProxy(self.canvas)
        self.scroller.setAccessibleName(translate("Timeline", "Timeline"))
        self.setFocusProxy(self.canvas)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)
        self.empty.hide()

    def set_data(self, entries: list[LogEntryInfo], deadlines: list[Deadline], today: date) -> None:
        self.canvas.set_data(entries, deadlines, today)
        self.empty.setVisible(not self.canvas.geometry_now.rows)
