"""A question to ask someone, and later its answer."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from organizer.core import clock
from organizer.core.profile import CaseProfile
from organizer.core.records import QuestionInfo
from organizer.gui.dialogs.base import (
    CalmDialog,
    OptionalDateEdit,
    name_widget,
    paragraph,
    suggestion_box,
    text_box,
)
from organizer.gui.dialogs.log_entry import profile_names
from organizer.words import stored_who, typed_who


class QuestionDialog(CalmDialog):
    """A new question asks only what and whom; an existing one also takes the answer.

    ``values()`` for a new question: ``question`` and ``asked_to``, for
    ``call_notes.add_question(db, case_id, values.pop("question"), **values)``. For an existing
    one it adds ``answer`` and ``answered_on``, for ``call_notes.edit_question(db, id, **values)``.
    """

    def __init__(
        self,
        question: QuestionInfo | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        profile: CaseProfile | None = None,
    ) -> None:
        title = self.tr("A question to ask") if question is None else self.tr("Question")
        super().__init__(title, parent)
        self.today = today or clock.today()
        self.existing = question is not None
        intro = self.tr(
            "Write down what you want to ask, and whom. Add the answer when you have it."
        )
        self.body.addWidget(paragraph(intro, self))
        form = self.plain_form()
        self.question = text_box(question.question if question else "", self, lines=3)
        self.row(form, self.tr("Question:"), self.question)
        self.asked_to = suggestion_box(
            typed_who(question.asked_to) if question else "", profile_names(profile), self
        )
        self.row(form, self.tr("Who to ask:"), self.asked_to)
        self.answer = text_box(question.answer if question else "", self, lines=3)
        self.answered_on = OptionalDateEdit(
            question.answered_on if question else None, default=self.today, parent=self
        )
        if question is not None:
            self.row(form, self.tr("Answer:"), self.answer)
            self.row(form, self.tr("Answered on:"), self.answered_on)
            self.answer.textChanged.connect(self._answer_changed)
        else:  # a new question is only asked; the answer comes later
            name_widget(self.answer, self.tr("Answer"))
            self.answered_on.set_name(self.tr("Answered on"))
            self.answer.hide()
            self.answered_on.hide()
        self._dated_by_us = False
        self.question.textChanged.connect(self._update_ok)
        self._update_ok()
        self.finish(self.answer if question is not None and question.question else None)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.question.toPlainText().strip()))

    def _answer_changed(self) -> None:
        """An answer is dated today unless a date was given; clearing it clears that date."""
        has_answer = bool(self.answer.toPlainText().strip())
        if has_answer and self.answered_on.value() is None:
            self.answered_on.set_value(self.today)
            self._dated_by_us = True
        elif not has_answer and self._dated_by_us:
            self.answered_on.set_value(None)
            self._dated_by_us = False

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "question": self.question.toPlainText().strip(),
            "asked_to": stored_who(self.asked_to.currentText().strip()),
        }
        if self.existing:
            values["answer"] = self.answer.toPlainText().strip()
            values["answered_on"] = self.answered_on.value() if values["answer"] else None
        return values
