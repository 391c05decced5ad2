"""The Calls and Questions tabs: a list, what goes there when it is empty, and its button."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.core.records import CallInfo, QuestionInfo
from organizer.gui.keep_place import keep_list_place
from organizer.gui.words import show_date
from organizer.language import translate


def show_time(moment: datetime) -> str:
    """'Dec 7, 2026, 2:15 PM' in local time: the same date words as everywhere else."""
    local = moment.astimezone()
    return f"{show_date(local.date())}, {local.strftime('%I:%M %p').lstrip('0')}"


def call_text(call: CallInfo) -> str:
    """One call: when, then who, with whom, their number and the reference, each told apart."""
    parts = [call.organisation.strip()]
    if call.person.strip():
        parts.append(translate("words", "spoke with {0}").format(call.person.strip()))
    if call.phone.strip():
        parts.append(translate("words", "phone {0}").format(call.phone.strip()))
    if call.reference_number.strip():
        parts.append(translate("words", "reference {0}").format(call.reference_number.strip()))
    text = f"{show_time(call.called_at)} — " + " · ".join(p for p in parts if p)
    if call.summary.strip():
        text += f"\n{call.summary.strip()}"
    if call.follow_up_on:
        text += "\n" + translate("words", "Follow up by {0}").format(show_date(call.follow_up_on))
    return text


def question_text(question: QuestionInfo) -> str:
    text = question.question
    if question.asked_to.strip():
        text += " " + translate("words", "(to ask {0})").format(question.asked_to.strip())
    if question.answer:
        answered = show_date(question.answered_on)
        text += f"\n→ {question.answer}" + (f" ({answered})" if answered else "")
    else:
        text += "\n" + translate("words", "(not answered yet)")
    return text


class ListTab(QWidget):
    """A list of notes; when there are none, a sentence saying what goes here instead."""

    def __init__(
        self, name: str, button_text: str, empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = QListWidget(self)
        self.shown: list[tuple[str, object]] = []
        self.items.setAccessibleName(name)
        self.items.setWordWrap(True)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAccessibleName(name)
        self.empty.setMargin(self.fontMetrics().height() * 2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.items)
        self.button = QPushButton(button_text, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_entries(self, entries: list[tuple[str, object]]) -> None:
        """Show ``entries``; the same again change nothing; else the current row is kept."""
        if entries == self.shown:
            return
        self.shown = list(entries)

        def refill() -> None:
            self.items.clear()
            for text, data in entries:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, data)
                self.items.addItem(item)

        keep_list_place(self.items, refill)
        self.stack.setCurrentWidget(self.items if entries else self.empty)
