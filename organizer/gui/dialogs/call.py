"""Writing down a phone call while it happens: quick, with little to type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QWidget

from organizer.core.checklist import CHECKLIST, ChecklistItem
from organizer.core.profile import CaseProfile
from organizer.core.records import CallInfo
from organizer.gui.dialogs.base import (
    CalmDialog,
    OptionalDateEdit,
    form_layout,
    line_edit,
    name_widget,
    paragraph,
    suggestion_box,
    text_box,
    text_width,
)
from organizer.gui.dialogs.log_entry import profile_names
from organizer.language import translate
from organizer.words import stored_who, typed_who


def phone_book(profile: CaseProfile | None) -> dict[str, str]:
    """Organisation name -> phone number, from the case profile."""
    if profile is None:
        return {}
    pairs = (
        (profile.payer, profile.payer_phone),
        (profile.provider_office.name, profile.provider_office.phone),
        (profile.pharmacy.name, profile.pharmacy.phone),
    )
    return {name: phone for name, phone in pairs if name and phone}


class CallDialog(CalmDialog):
    """A call's details, and optionally something new that was asked for during it.

    ``values()`` holds ``called_at`` (timezone-aware) and the other fields of call_notes.add_call /
    call_notes.edit_call, plus ``new_entry``: None, or the fields of a log entry for what was
    asked for (``item``, ``what``, ``requested_by``, ``requested_on``, ``notes``), ready for
    ``call_notes.entry_from_call(db, call_id, new_entry.pop("item"), **new_entry)``.
    """

    def __init__(
        self,
        call: CallInfo | None = None,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
        profile: CaseProfile | None = None,
        checklist: Sequence[ChecklistItem] = CHECKLIST,
        prefill: Mapping[str, str] | None = None,
    ) -> None:
        title = self.tr("Write down a call") if call is None else self.tr("Change a call")
        super().__init__(title, parent)
        self.now = (now or datetime.now()).astimezone()
        self.phones = phone_book(profile)
        self.body.addWidget(
            paragraph(
                self.tr("Fill in what you can while you talk; you can change it later."), self
            )
        )
        form = self.plain_form()

        self.called_at = QDateTimeEdit(self)
        self.called_at.setCalendarPopup(True)
        self.called_at.setDisplayFormat(self.tr("MMM d, yyyy h:mm AP"))
        self.called_at.setMinimumWidth(text_width(self.called_at, 22))
        self.row(form, self.tr("When:"), self.called_at, name=self.tr("When the call was"))
        self.organisation = suggestion_box("", profile_names(profile), self)
        self.row(
            form, self.tr("Office or company:"), self.organisation, name=self.tr("Who you called")
        )
        self.person = line_edit("", self)
        self.row(form, self.tr("Person you spoke to:"), self.person)
        self.phone = line_edit("", self)
        self.row(form, self.tr("Phone number:"), self.phone)
        self.reference = line_edit("", self)
        self.row(
            form,
            self.tr("Reference number:"),
            self.reference,
            description=self.tr("The call or case number they gave you, if any"),
        )
        self.summary = text_box("", self, lines=4)
        self.row(form, self.tr("What was said:"), self.summary)
        self.follow_up = OptionalDateEdit(None, default=self.now.date(), parent=self)
        self.row(form, self.tr("Call back on:"), self.follow_up, name=self.tr("Follow-up date"))

        self.asked_for_more = QCheckBox(self.tr("They asked for something new"), self)
        name_widget(self.asked_for_more, self.tr("They asked for something new"))
        self.body.addWidget(self.asked_for_more)
        self.track(self.asked_for_more)
        self.request_group = self.group(self.tr("What they asked for"))
        self.request_box = form_layout(self.request_group)
        self.item = QComboBox(self)
        for item in checklist:
            self.item.addItem(translate("phrases", item.label), item.key)
        self.row(self.request_box, self.tr("Item:"), self.item, name=self.tr("Item asked for"))
        self.what = line_edit("", self)
        self.row(
            self.request_box,
            self.tr("In their words:"),
            self.what,
            name=self.tr("What exactly they asked for"),
        )
        self.request_group.setVisible(False)
        self.asked_for_more.toggled.connect(self.request_group.setVisible)

        self._fill(call)
        if call is None and prefill:  # a call prepared with "Prepare a call…"
            self._prefill(prefill)
        self.organisation.currentTextChanged.connect(self._organisation_changed)
        self.finish(self.organisation)

    def _fill(self, call: CallInfo | None) -> None:
        when = self.now if call is None else call.called_at.astimezone()
        self.called_at.setDateTime(QDateTime(when.replace(tzinfo=None)))
        if call is None:
            return
        self.organisation.setCurrentText(typed_who(call.organisation))
        self.person.setText(call.person)
        self.phone.setText(call.phone)
        self.reference.setText(call.reference_number)
        self.summary.setPlainText(call.summary)
        self.follow_up.set_value(call.follow_up_on)

    def _prefill(self, values: Mapping[str, str]) -> None:
        self.organisation.setCurrentText(values.get("organisation", ""))
        self.phone.setText(values.get("phone", ""))
        self.reference.setText(values.get("reference_number", ""))
        self.summary.setPlainText(values.get("summary", ""))

    def _organisation_changed(self, name: str) -> None:
        """Fill in the number the case profile has for them, if none was typed."""
        if not self.phone.text().strip() and name in self.phones:
            self.phone.setText(self.phones[name])

    def called_at_value(self) -> datetime:
        local = self.called_at.dateTime().toPython()
        assert isinstance(local, datetime)
        return local.astimezone()  # the computer's own time zone

    def values(self) -> dict[str, Any]:
        organisation = stored_who(self.organisation.currentText().strip())
        called_at = self.called_at_value()
        return {
            "called_at": called_at,
            "organisation": organisation,
            "person": self.person.text().strip(),
            "phone": self.phone.text().strip(),
            "reference_number": self.reference.text().strip(),
            "summary": self.summary.toPlainText().strip(),
            "follow_up_on": self.follow_up.value(),
            "new_entry": self._new_entry(organisation, called_at),
        }

    def _new_entry(self, organisation: str, called_at: datetime) -> dict[str, Any] | None:
        if not self.asked_for_more.isChecked():
            return None
        day = called_at.date()
        note = self.tr("From the call with {0} on {1}").format(
            organisation or self.tr("them"), day.isoformat()
        )
        reference = self.reference.text().strip()
        if reference:
            note += self.tr(" (reference {0})").format(reference)
        entry: dict[str, Any] = {
            "item": str(self.item.currentData()),
            "requested_by": organisation,
            "requested_on": day,
            "notes": note,
        }
        what = self.what.text().strip()
        if what:
            entry["what"] = what
        return entry
