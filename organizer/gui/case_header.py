"""The case at the top of the window: its title, then each detail as a label and its value.

Each detail is its own label and value (tied with ``setBuddy``), so a screen reader finds
"Therapy: …", "Plan: …", "Member ID: …" one by one instead of one block called "Case
details".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from organizer.core.records import CaseInfo
from organizer.gui.access import show_field

PER_LINE = 3  # details side by side; more go on the next line


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Case details"))
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.title.setFont(big)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for number, (key, word) in enumerate(
            (
                ("therapy", self.tr("Therapy")),
                ("plan", self.tr("Plan")),
                ("member", self.tr("Member ID")),
                ("pharmacy", self.tr("Pharmacy")),
                ("office", self.tr("Provider office")),
            )
        ):
            label = QLabel(f"<b>{word}:</b>", self)
            label.setAccessibleName(f"{word}:")
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            row, column = divmod(number, PER_LINE)
            self.grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
            self.grid.setColumnStretch(column * 2 + 1, 1)
            self.labels[key], self.values[key] = label, value

    def show_case(self, case: CaseInfo) -> None:
        """The title and every detail that is filled in; empty ones are left out."""
        p = case.profile
        self.title.setText(case.title)
        for key, text in (
            ("therapy", p.therapy),
            ("plan", p.payer),
            ("member", p.member_id),
            ("pharmacy", p.pharmacy.name),
            ("office", p.provider_office.name),
        ):
            label, value = self.labels[key], self.values[key]
            show_field(value, label.accessibleName(), text)
            label.setVisible(bool(text))
            value.setVisible(bool(text))

    def text(self) -> str:
        """Everything shown, as one line of plain text."""
        shown = [
            f"{self.labels[key].accessibleName()} {value.text()}"
            for key, value in self.values.items()
            if value.text()
        ]
        return " · ".join([self.title.text(), *shown])
