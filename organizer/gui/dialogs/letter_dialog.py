"""Choosing a letter to write: which one, about which request, and to edit or to print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from organizer.core.records import LogEntryInfo
from organizer.gui.dialogs.base import CalmDialog, heading, paragraph
from organizer.gui.dialogs.packet_dialog import entry_words
from organizer.words import QT_TRANSLATE_NOOP

LETTERS = (
    ("appeal", QT_TRANSLATE_NOOP("LetterDialog", "An appeal (or a request for a fast review)")),
    (
        "provider-request",
        QT_TRANSLATE_NOOP("LetterDialog", "A request to the prescriber's office"),
    ),
    ("case-file", QT_TRANSLATE_NOOP("LetterDialog", "A request to the plan for your case file")),
)


class LetterDialog(CalmDialog):
    """``values()``: ``kind`` (appeal, provider-request, case-file), ``entry_id``, and
    ``suffix`` (".docx" to edit, ".pdf" to print)."""

    def __init__(
        self,
        entries: Sequence[LogEntryInfo],
        entry_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Write a letter"), parent)
        self.body.addWidget(heading(self.tr("Write a letter"), self))
        self.body.addWidget(
            paragraph(
                self.tr(
                    "The letter is filled in from your case, for you to edit, complete and "
                    "sign. It is a template, not legal or coverage advice. It is saved where "
                    "you choose, never in the case folder."
                ),
                self,
            )
        )
        form = self.plain_form()
        self.kind = QComboBox(self)
        for code, words in LETTERS:
            self.kind.addItem(self.tr(words), code)
        self.row(form, self.tr("&Which letter:"), self.kind)
        self.entry = QComboBox(self)
        for entry in entries:
            self.entry.addItem(entry_words(entry), entry.id)
        start = self.entry.findData(entry_id) if entry_id is not None else 0
        self.entry.setCurrentIndex(max(start, 0))
        self.row(form, self.tr("&About:"), self.entry)
        self.form = QComboBox(self)
        self.form.addItem(self.tr("A Word file, to edit (.docx)"), ".docx")
        self.form.addItem(self.tr("A PDF, to print as it is (.pdf)"), ".pdf")
        self.row(form, self.tr("&As:"), self.form)
        self.ok_button.setText(self.tr("Write it…"))
        self.ok_button.setAccessibleName(self.tr("Write it"))
        self.ok_button.setEnabled(self.entry.count() > 0)
        self.finish(self.kind)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "entry_id": self.entry.currentData(),
            "suffix": self.form.currentData(),
        }
