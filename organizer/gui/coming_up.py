""" "Coming up": at the top of "Still missing", what comes due in the next 7 days.

Soonest first, in plain words, one link a line; activating it (a click, or Tab and Enter)
opens the entry (or the call to return). Overdue and today's lines say so in words; the
colour only helps.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from organizer.core.deadlines import COMING_UP_DAYS, Deadline, within
from organizer.core.phrases import relative
from organizer.gui.keep_place import discard
from organizer.gui.words import urgent_colour, waiting_colour
from organizer.language import translate
from organizer.words import days_words, deadline_what, say

MAX_LINES = 6


def line_text(item: Deadline, today: date) -> str:
    left = item.days_left(today)
    if left < 0:
        when = translate("ComingUpBox", "overdue by {0}").format(days_words(-left))
    else:
        when = say(relative(item.day, today))
    return f"{when[:1].upper()}{when[1:]}: {deadline_what(item)}"


class ComingUpBox(QFrame):
    """The next week's deadlines; hidden when there are none."""

    entry_requested = Signal(int)  # log id
    call_requested = Signal(int)  # call id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comingUp")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Coming up"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = QLabel(self.tr("Coming up in the next 7 days"), self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.lines_layout = QVBoxLayout()
        self.lines_layout.setSpacing(0)
        layout.addLayout(self.lines_layout)
        self.more = QLabel(self)
        layout.addWidget(self.more)
        self.lines: list[QLabel] = []
        self.items: list[Deadline] = []
        self.hide()

    def set_deadlines(self, items: list[Deadline], today: date) -> None:
        for label in self.lines:
            discard(label)
        self.lines = []
        self.items = within(items, today, COMING_UP_DAYS)
        for index, item in enumerate(self.items[:MAX_LINES]):
            text = line_text(item, today)
            now = item.days_left(today) <= 0
            colour = urgent_colour() if now else waiting_colour()
            weight = "bold" if now else "normal"
            text_colour = (
                colour if now else self.palette().color(QPalette.ColorRole.WindowText).name()
            )
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setText(
                f"<a href='{index}' style='color: {text_colour}; text-decoration: none;'>"
                f"<span style='font-weight: {weight};'>{html.escape(text)}</span></a>"
            )
            label.setObjectName("comingUpLine")
            label.setStyleSheet(
                f"#comingUpLine {{ border: none; border-left: 4px solid {colour}; "
                "padding: 2px 6px; margin: 1px 0; }"
            )
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.setAccessibleName(text)
            label.setToolTip(self.tr("Open it"))
            label.linkActivated.connect(lambda href: self.activate(int(href)))
            self.lines_layout.addWidget(label)
            self.lines.append(label)
        hidden = len(self.items) - MAX_LINES
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("and {0} more on the Timeline tab").format(hidden))
        self.setVisible(bool(self.items))

    def activate(self, index: int) -> None:
        """Open what line ``index`` is about: its log entry, or the call to return."""
        item = self.items[index]
        if item.log_id is not None:
            self.entry_requested.emit(item.log_id)
        elif item.call_id is not None:
            self.call_requested.emit(item.call_id)

    def needs_attention(self, today: date) -> bool:
        """Something is due today or overdue: the window opens on this box."""
        return any(item.days_left(today) <= 0 for item in self.items)
