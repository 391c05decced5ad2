""" "Still missing": always visible, the most urgent first, each with a way to act.

Urgent rows are red and marked "Urgent"; waiting rows are amber and marked "Waiting" —
the word carries the meaning, the colour only helps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from organizer.core.missing import START_APPEAL, MissingRow
from organizer.gui.flow_layout import FlowLayout
from organizer.gui.keep_place import discard
from organizer.gui.words import urgent_colour, waiting_colour
from organizer.words import row_what, row_when, row_who

# These rows' headline already says whether a copy is in the folder ("… (a copy is in the
# folder, not marked as sent)", "…, but no copy in your folder"): saying it twice is noise.
_HEADLINE_SAYS_COPY = frozenset({"not_submitted", "no_copy"})


class MissingRowWidget(QFrame):
    link_requested = Signal(int)
    submitted_requested = Signal(int)
    call_requested = Signal(int)
    packet_requested = Signal(int)
    appeal_requested = Signal(int)
    not_appealing_requested = Signal(int)

    def __init__(self, row: MissingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        colour = urgent_colour() if row.urgent else waiting_colour()
        mark = self.tr("Urgent") if row.urgent else self.tr("Waiting")
        if row.proposed:
            mark += " · " + self.tr("suggested, please check")
        self.setObjectName("missingRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#missingRow {{ border-left: 6px solid {colour}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(2)

        badge = QLabel(mark.upper(), self)
        badge.setStyleSheet(f"color: {colour}; font-weight: bold;")
        said_what, said_who, said_when = row_what(row), row_who(row), row_when(row)
        what = QLabel(said_what, self)
        what.setWordWrap(True)
        big = QFont(what.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        big.setBold(True)
        what.setFont(big)
        lines = [self.tr("Who: {0}").format(said_who), self.tr("When: {0}").format(said_when)]
        if row.reason not in _HEADLINE_SAYS_COPY:
            lines.append(
                self.tr("A copy is in your folder.")
                if row.has_copy
                else self.tr("No copy in your folder yet.")
            )
        who_when = QLabel("\n".join(lines), self)
        who_when.setWordWrap(True)
        for label in (badge, what, who_when):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

        buttons = FlowLayout()  # buttons wrap (Spanish words are longer), never cut off
        buttons.setSpacing(4)
        actions: tuple[tuple[str, SignalInstance], ...] = (
            (self.tr("Link a document…"), self.link_requested),
            (self.tr("Mark sent"), self.submitted_requested),
            (self.tr("Make a packet…"), self.packet_requested),
            (self.tr("Log a call…"), self.call_requested),
        )
        if START_APPEAL in row.actions:
            # A denial leads somewhere: an appeal, or the user lets it go.
            actions = (
                (self.tr("Start an appeal"), self.appeal_requested),
                (self.tr("Not appealing"), self.not_appealing_requested),
                (self.tr("Log a call…"), self.call_requested),
            )
        elif row.reason in ("awaiting_decision", "decision_late", "renewal_due", "no_copy"):
            actions = (
                (self.tr("Link a document…"), self.link_requested),
                (self.tr("Log a call…"), self.call_requested),
            )
        self.buttons: dict[str, QPushButton] = {}
        for text, signal in actions:
            button = QPushButton(text, self)
            button.setAccessibleName(f"{text} — {said_what}")
            button.clicked.connect(lambda _=False, s=signal: s.emit(row.log_id))
            buttons.addWidget(button)
            self.buttons[text] = button
        layout.addLayout(buttons)
        self.setAccessibleName(f"{mark}: {said_what}. {said_who}. {said_when}")


class MissingPanel(QWidget):
    """The list of what is still missing, in the single order the missing list defines."""

    link_requested = Signal(int)
    submitted_requested = Signal(int)
    call_requested = Signal(int)
    packet_requested = Signal(int)
    appeal_requested = Signal(int)
    not_appealing_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Still missing"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Still missing"), self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.summary)

        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        # Its buttons take the focus (and it scrolls to them); the area itself needs none.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setAccessibleName(self.tr("Still missing items"))
        self.body = QWidget(self.scroller)
        self.rows_layout = QVBoxLayout(self.body)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.addStretch(1)
        self.scroller.setWidget(self.body)
        outer.addWidget(self.scroller, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.rows: list[MissingRowWidget] = []
        # The button the window's first focus went to, until the person moves the focus:
        # while it is there, a more urgent row arriving later takes the first focus.
        self._first_focus: QPushButton | None = None
        self._watching_focus = False

    def _summary(self, rows: list[MissingRow]) -> str:
        urgent = sum(1 for r in rows if r.urgent)
        waiting = len(rows) - urgent
        if not rows:
            return self.tr("Nothing is missing right now.")
        if not urgent:  # "0 urgent" reads like a count to worry about
            return self.tr("Nothing urgent. {0} waiting.").format(waiting)
        if not waiting:
            return self.tr("{0} urgent. Most urgent first.").format(urgent)
        return self.tr("{0} urgent, {1} waiting. Most urgent first.").format(urgent, waiting)

    def set_rows(self, rows: list[MissingRow]) -> None:
        """Show ``rows``; the same rows again change nothing, so focus stays where it is."""
        if self.rows and rows == [widget.row for widget in self.rows]:
            return
        focused = self._focused_button()
        untouched = focused is not None and self._first_focus is self.window().focusWidget()
        for widget in self.rows:
            discard(widget)
        self.rows = []
        self.summary.setText(self._summary(rows))
        for row in rows:
            widget = MissingRowWidget(row, self.body)
            widget.link_requested.connect(self.link_requested)
            widget.submitted_requested.connect(self.submitted_requested)
            widget.call_requested.connect(self.call_requested)
            widget.packet_requested.connect(self.packet_requested)
            widget.appeal_requested.connect(self.appeal_requested)
            widget.not_appealing_requested.connect(self.not_appealing_requested)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, widget)
            widget.show()  # at once: the focus may be put on its button right away
            self.rows.append(widget)
        self._fit_width()
        self._chain_tab_order()
        if untouched:
            self.focus_first()
        elif focused is not None:
            self._refocus(*focused)

    def focus_first(self) -> None:
        """Focus the most urgent item's first button (the window's first focus)."""
        if not self.rows:
            return
        button = next(iter(self.rows[0].buttons.values()))
        app = QApplication.instance()
        if not self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
            self._watching_focus = True
        self._first_focus = button
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The person has moved the focus: from now on, refills keep their place."""
        if new is not None and new is not self._first_focus and self.window().isAncestorOf(new):
            self._first_focus = None

    def _chain_tab_order(self) -> None:
        """New rows' buttons come right after the panel in Tab order, most urgent first.

        Widgets made later would otherwise go to the end of the window's Tab order.
        """
        before: QWidget = self.scroller
        for widget in self.rows:
            for button in widget.buttons.values():
                QWidget.setTabOrder(before, button)
                before = button

    def _focused_button(self) -> tuple[int, str, int] | None:
        """Which button has the focus: its entry, its words, and its place in the list."""
        # The window's focus widget: kept while a dialog is open, or the window inactive.
        focused = self.window().focusWidget()
        for number, widget in enumerate(self.rows):
            for text, button in widget.buttons.items():
                if button is focused:
                    return widget.row.log_id, text, number
        return None

    def _refocus(self, log_id: int, text: str, number: int) -> None:
        """The same button of the same entry; else the first button of the row now there."""
        same = [w for w in self.rows if w.row.log_id == log_id]
        if same and text in same[0].buttons:
            same[0].buttons[text].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.rows:
            widget = self.rows[min(number, len(self.rows) - 1)]
            next(iter(widget.buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_width(self) -> None:
        """Wide enough for every button's words at any font size ("Log a call…" never cut)."""
        widest = max((w.minimumSizeHint().width() for w in self.rows), default=0)
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        self.scroller.setMinimumWidth(widest + bar + 8)
        # The window asks for at least 360 px; large text needs more, and gets it.
        self.setMinimumWidth(max(self.minimumWidth(), self.scroller.minimumWidth()))
