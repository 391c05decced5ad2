"""Adding or changing one entry of the requested/sent log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from organizer.core import clock
from organizer.core.checklist import CHECKLIST, ChecklistItem, Responsible
from organizer.core.missing import who_for
from organizer.core.profile import CaseProfile
from organizer.core.records import LogEntryInfo
from organizer.core.types import LogStatus
from organizer.gui import words
from organizer.gui.dialogs.base import (
    CalmDialog,
    OptionalDateEdit,
    line_edit,
    name_widget,
    paragraph,
    suggestion_box,
    text_box,
)
from organizer.gui.words import LOG_STATUS_WORDS
from organizer.language import translate
from organizer.words import QT_TRANSLATE_NOOP, entry_label, stored_who, typed_who

# The statuses a person picks from; "suggested" is only shown for an entry that has it.
CHOSEN_STATUSES = ("requested", "submitted", "approved", "denied", "not_needed")
SENT_HOW: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("LogEntryDialog", "Fax"),
    QT_TRANSLATE_NOOP("LogEntryDialog", "Online portal"),
    QT_TRANSLATE_NOOP("LogEntryDialog", "Mail"),
    QT_TRANSLATE_NOOP("LogEntryDialog", "Email"),
    QT_TRANSLATE_NOOP("LogEntryDialog", "In person"),
    QT_TRANSLATE_NOOP("LogEntryDialog", "By phone"),
)
DEFAULT_WAIT_DAYS = 7


def profile_names(profile: CaseProfile | None) -> list[str]:
    """Who is involved in the case (names from the profile, else plain roles), to suggest."""
    known = profile or CaseProfile()
    return [typed_who(who_for(known, role.value)) for role in Responsible]


class LogEntryDialog(CalmDialog):
    """Every field of a log entry. ``values()`` feeds log.create_entry / log.edit_entry:

    ``create_entry(db, case_id, values.pop("item"), **values)`` or
    ``edit_entry(db, entry.id, **values)``.
    """

    def __init__(
        self,
        entry: LogEntryInfo | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        profile: CaseProfile | None = None,
        checklist: Sequence[ChecklistItem] = CHECKLIST,
    ) -> None:
        title = self.tr("Add to the log") if entry is None else self.tr("Change a log entry")
        super().__init__(title, parent)
        self.entry = entry
        self.today = today or clock.today()
        self.profile = profile
        self.checklist = {item.key: item for item in checklist}
        names = profile_names(profile)
        self.body.addWidget(
            paragraph(
                self.tr("Only “What it is” is needed. Dates you don't know can stay “Not set”."),
                self,
            )
        )
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)

        form = self.section(self.tr("What it is"), left)
        self.item = QComboBox(self)
        for item in checklist:
            self.item.addItem(translate("phrases", item.label), item.key)
        if entry is not None and self.item.findData(entry.item) < 0:
            self.item.addItem(entry.item, entry.item)
        self.row(form, self.tr("Item:"), self.item, name=self.tr("Item from the checklist"))
        self.what = line_edit("", self)
        self.row(
            form,
            self.tr("What exactly:"),
            self.what,
            description=self.tr("For example: signed order for the new dose"),
        )
        self.status = QComboBox(self)
        statuses = list(CHOSEN_STATUSES)
        if entry is not None and entry.status not in statuses:
            statuses.insert(0, entry.status)
        for code in statuses:
            self.status.addItem(words.tr(LOG_STATUS_WORDS.get(code, code)), code)
        self.row(form, self.tr("Where it stands:"), self.status, name=self.tr("Status"))

        form = self.section(self.tr("Asked for"), left)
        self.requested_by = suggestion_box("", names, self)
        self.row(form, self.tr("Asked for by:"), self.requested_by)
        self.requested_on = OptionalDateEdit(None, default=self.today, parent=self)
        self.row(form, self.tr("Asked for on:"), self.requested_on)
        self.who_submits = suggestion_box("", names, self)
        self.row(form, self.tr("Who sends it:"), self.who_submits)
        self.due = OptionalDateEdit(None, default=self.today, parent=self)
        self.row(form, self.tr("Due by:"), self.due)
        left.addStretch(1)

        form = self.section(self.tr("Sent"), right)
        self.submitted_on = OptionalDateEdit(None, default=self.today, parent=self)
        self.row(form, self.tr("Sent on:"), self.submitted_on)
        self.submitted_how = suggestion_box(
            "", [translate("LogEntryDialog", how) for how in SENT_HOW], self
        )
        self.row(form, self.tr("Sent how:"), self.submitted_how)
        self.submitted_to = suggestion_box("", names, self)
        self.row(form, self.tr("Sent to:"), self.submitted_to)

        form = self.section(self.tr("Decision"), right)
        self.expects_decision = QComboBox(self)
        self.row(
            form,
            self.tr("Waits for a decision:"),
            self.expects_decision,
            description=self.tr("Whether the plan has to say yes or no to this"),
        )
        self.wait_days = QSpinBox(self)
        self.wait_days.setRange(0, 365)
        self.wait_days.setSuffix(self.tr(" days"))
        self.row(
            form,
            self.tr("Days to wait for it:"),
            self.wait_days,
            name=self.tr("Days to wait for the decision"),
            description=self.tr(
                "Used when neither the letters nor the plan's standard review time say how "
                "long the decision takes"
            ),
        )
        self.decision = line_edit("", self)
        self.row(form, self.tr("Decision:"), self.decision)
        self.decision_on = OptionalDateEdit(None, default=self.today, parent=self)
        self.row(form, self.tr("Decided on:"), self.decision_on)
        self.renewal_days = QSpinBox(self)
        self.renewal_days.setRange(0, 365)
        self.renewal_days.setValue(30)
        self.renewal_days.setSuffix(self.tr(" days"))
        self.row(
            form,
            self.tr("Renewal reminder:"),
            self.renewal_days,
            name=self.tr("Days before an approval ends to ask for the renewal"),
            description=self.tr("Days before the approval ends to ask for the re-authorization"),
        )
        right.addStretch(1)

        notes_box = self.group(self.tr("Notes"))
        self.notes = text_box("", self, lines=3)
        name_widget(self.notes, self.tr("Notes"))
        QVBoxLayout(notes_box).addWidget(self.notes)
        self.track(self.notes)

        self._fill(entry)
        self.item.currentIndexChanged.connect(self._item_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.finish(self.item if entry is None else self.status)

    # --- filling in ---------------------------------------------------------------------
    def _fill(self, entry: LogEntryInfo | None) -> None:
        if entry is None:
            self.status.setCurrentIndex(self.status.findData(LogStatus.REQUESTED.value))
            self.wait_days.setValue(DEFAULT_WAIT_DAYS)
            self._shown_item = self.current_item()
            self.what.setText(self._label(self._shown_item))
            self.who_submits.setCurrentText(self._usual_sender(self._shown_item))
            self._fill_expects(None)
            return
        self.item.setCurrentIndex(self.item.findData(entry.item))
        self._shown_item = entry.item
        self.what.setText(entry_label(entry))  # an item's usual words, in the language
        self.status.setCurrentIndex(self.status.findData(entry.status))
        self.requested_by.setCurrentText(typed_who(entry.requested_by))
        self.requested_on.set_value(entry.requested_on)
        self.who_submits.setCurrentText(typed_who(entry.who_submits))
        self.due.set_value(entry.due)
        self.submitted_on.set_value(entry.submitted_on)
        self.submitted_how.setCurrentText(entry.submitted_how)
        self.submitted_to.setCurrentText(typed_who(entry.submitted_to))
        self.wait_days.setValue(entry.decision_wait_days)
        self.renewal_days.setValue(entry.renewal_days)
        self.decision.setText(entry.decision)
        self.decision_on.set_value(entry.decision_on)
        self.notes.setPlainText(entry.notes)
        self._fill_expects(entry.expects_decision)

    def _label(self, key: str) -> str:
        item = self.checklist.get(key)
        return translate("phrases", item.label) if item else key

    def _what(self, key: str) -> str:
        """The words typed; an item's usual words are kept as the checklist's (translatable)."""
        typed = self.what.text().strip()
        item = self.checklist.get(key)
        if item is not None and typed in ("", self._label(key)):
            return item.label
        return typed or key

    def _usual_sender(self, key: str) -> str:
        item = self.checklist.get(key)
        if item is None:
            return ""
        return typed_who(who_for(self.profile or CaseProfile(), item.usually_from.value))

    def _fill_expects(self, chosen: bool | None) -> None:
        item = self.checklist.get(self.current_item())
        usual = self.tr("yes") if item and item.expects_decision else self.tr("no")
        self.expects_decision.blockSignals(True)
        self.expects_decision.clear()
        self.expects_decision.addItem(self.tr("As usual for this item ({0})").format(usual), None)
        self.expects_decision.addItem(self.tr("Yes"), True)
        self.expects_decision.addItem(self.tr("No"), False)
        self.expects_decision.setCurrentIndex({None: 0, True: 1, False: 2}[chosen])
        self.expects_decision.blockSignals(False)

    def current_item(self) -> str:
        return str(self.item.currentData())

    # --- keeping fields in step, visibly -------------------------------------------------
    def _item_changed(self) -> None:
        """A new item brings its own label and sender, unless the user typed their own."""
        old, new = self._shown_item, self.current_item()
        if self.what.text().strip() in ("", self._label(old)):
            self.what.setText(self._label(new))
        if self.who_submits.currentText().strip() in ("", self._usual_sender(old)):
            self.who_submits.setCurrentText(self._usual_sender(new))
        self._fill_expects(self.expects_decision.currentData())
        self._shown_item = new

    def _status_changed(self) -> None:
        """Date the step the user just chose, as the log does; they can change it."""
        status = self.status.currentData()
        if status == LogStatus.SUBMITTED:
            if self.submitted_on.value() is None:
                self.submitted_on.set_value(self.today)
            self.decision_on.set_value(None)
        elif status in (LogStatus.APPROVED, LogStatus.DENIED):
            if self.decision_on.value() is None:
                self.decision_on.set_value(self.today)
        elif status in (LogStatus.REQUESTED, LogStatus.PROPOSED):
            self.submitted_on.set_value(None)
            self.decision_on.set_value(None)

    # --- reading back ------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """LogEntryInfo field names -> values, all of them, as log.create_entry takes."""
        item = self.current_item()
        return {
            "item": item,
            "what": self._what(item),
            "status": str(self.status.currentData()),
            "requested_by": stored_who(self.requested_by.currentText().strip()),
            "requested_on": self.requested_on.value(),
            "who_submits": stored_who(self.who_submits.currentText().strip()),
            "due": self.due.value(),
            "submitted_on": self.submitted_on.value(),
            "submitted_how": self.submitted_how.currentText().strip(),
            "submitted_to": stored_who(self.submitted_to.currentText().strip()),
            "expects_decision": self.expects_decision.currentData(),
            "decision_wait_days": self.wait_days.value(),
            "renewal_days": self.renewal_days.value(),
            "decision": self.decision.text().strip(),
            "decision_on": self.decision_on.value(),
            "notes": self.notes.toPlainText().strip(),
        }
