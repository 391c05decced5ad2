"""The case profile: who the patient is, the insurance, the provider office and pharmacy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organizer.core import clock
from organizer.core.profile import PLAN_TYPE_WORDS, CaseProfile, Contact
from organizer.gui.dialogs.base import CalmDialog, OptionalDateEdit, line_edit, paragraph
from organizer.language import translate
from organizer.words import QT_TRANSLATE_NOOP

# (field, label, name for screen readers or "" to use the label). Contact fields are
# written "provider_office.fax". Labels are marked here and translated when shown.
Field = tuple[str, Any, Any]
PATIENT: tuple[Field, ...] = (
    (
        "patient",
        QT_TRANSLATE_NOOP("ProfileFields", "Name:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Patient's name"),
    ),
    ("therapy", QT_TRANSLATE_NOOP("ProfileFields", "Therapy or medicine:"), ""),
    ("therapy_start", QT_TRANSLATE_NOOP("ProfileFields", "Therapy starts:"), ""),
    (
        "patient_dob",
        QT_TRANSLATE_NOOP("ProfileFields", "Date of birth:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Patient's date of birth"),
    ),
)
INSURANCE: tuple[Field, ...] = (
    ("payer", QT_TRANSLATE_NOOP("ProfileFields", "Insurance plan:"), ""),
    ("plan_type", QT_TRANSLATE_NOOP("ProfileFields", "Kind of plan:"), ""),
    ("member_id", QT_TRANSLATE_NOOP("ProfileFields", "Member ID:"), ""),
    ("group_number", QT_TRANSLATE_NOOP("ProfileFields", "Group number:"), ""),
    (
        "payer_phone",
        QT_TRANSLATE_NOOP("ProfileFields", "Plan's phone:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Insurance plan's phone"),
    ),
    (
        "payer_fax",
        QT_TRANSLATE_NOOP("ProfileFields", "Plan's fax:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Insurance plan's fax"),
    ),
    (
        "secondary_payer",
        QT_TRANSLATE_NOOP("ProfileFields", "Second plan, if any:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Second insurance plan"),
    ),
    (
        "secondary_member_id",
        QT_TRANSLATE_NOOP("ProfileFields", "Its member ID:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Second plan's member ID"),
    ),
)
PROVIDER: tuple[Field, ...] = (
    (
        "provider_office.name",
        QT_TRANSLATE_NOOP("ProfileFields", "Office name:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Provider office name"),
    ),
    (
        "provider_office.phone",
        QT_TRANSLATE_NOOP("ProfileFields", "Phone:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Provider office phone"),
    ),
    (
        "provider_office.fax",
        QT_TRANSLATE_NOOP("ProfileFields", "Fax:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Provider office fax"),
    ),
    (
        "provider_office.contact",
        QT_TRANSLATE_NOOP("ProfileFields", "Person to ask for:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Person to ask for at the provider office"),
    ),
)
PHARMACY: tuple[Field, ...] = (
    ("pharmacy.name", QT_TRANSLATE_NOOP("ProfileFields", "Pharmacy name:"), ""),
    (
        "pharmacy.phone",
        QT_TRANSLATE_NOOP("ProfileFields", "Phone:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Pharmacy phone"),
    ),
    (
        "pharmacy.fax",
        QT_TRANSLATE_NOOP("ProfileFields", "Fax:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Pharmacy fax"),
    ),
    (
        "pharmacy.contact",
        QT_TRANSLATE_NOOP("ProfileFields", "Person to ask for:"),
        QT_TRANSLATE_NOOP("ProfileFields", "Person to ask for at the pharmacy"),
    ),
)
# The first-run form asks only for these; the rest can be added later.
SHORT: tuple[Field, ...] = (
    ("patient", QT_TRANSLATE_NOOP("ProfileFields", "Patient's name:"), ""),
    ("therapy", QT_TRANSLATE_NOOP("ProfileFields", "Therapy or medicine:"), ""),
    ("payer", QT_TRANSLATE_NOOP("ProfileFields", "Insurance plan:"), ""),
    ("member_id", QT_TRANSLATE_NOOP("ProfileFields", "Member ID:"), ""),
    ("provider_office.name", QT_TRANSLATE_NOOP("ProfileFields", "Provider office:"), ""),
    ("provider_office.fax", QT_TRANSLATE_NOOP("ProfileFields", "Provider office fax:"), ""),
    ("pharmacy.name", QT_TRANSLATE_NOOP("ProfileFields", "Pharmacy:"), ""),
)


class ProfileFields(QObject):
    """The profile's fields, laid out in sections of a dialog; reads back a CaseProfile."""

    def __init__(self, dialog: CalmDialog, profile: CaseProfile, *, today: date) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.initial = profile
        self.today = today
        self.texts: dict[str, QLineEdit] = {}
        self.start: OptionalDateEdit | None = None
        self.birth: OptionalDateEdit | None = None
        self.plan: QComboBox | None = None

    def add_section(self, title: str, fields: Sequence[Field], column: QVBoxLayout) -> None:
        self.add_fields(self.dialog.section(title, column), fields)

    def add_fields(self, form: QFormLayout, fields: Sequence[Field]) -> None:
        for key, label, name in fields:
            if key == "therapy_start":
                self.start = OptionalDateEdit(
                    self.initial.therapy_start, default=self.today, parent=self.dialog
                )
                self.dialog.row(form, translate("ProfileFields", label), self.start)
                continue
            if key == "patient_dob":
                self.birth = OptionalDateEdit(
                    self.initial.patient_dob, default=date(1950, 1, 1), parent=self.dialog
                )
                self.dialog.row(
                    form,
                    translate("ProfileFields", label),
                    self.birth,
                    name=translate("ProfileFields", name),
                )
                continue
            if key == "plan_type":
                # It sets the standard time the plan has to decide a request.
                self.plan = QComboBox(self.dialog)
                self.plan.addItem(self.tr("Not sure (read it from the letters)"), "")
                for code, words in PLAN_TYPE_WORDS.items():
                    self.plan.addItem(translate("phrases", words), code)
                self.plan.setCurrentIndex(max(self.plan.findData(self.initial.plan_type), 0))
                self.dialog.row(form, translate("ProfileFields", label), self.plan)
                continue
            edit = line_edit(self._initial_text(key), self.dialog, width=30)
            self.dialog.row(
                form,
                translate("ProfileFields", label),
                edit,
                name=translate("ProfileFields", name) if name else "",
            )
            self.texts[key] = edit

    def _initial_text(self, key: str) -> str:
        owner, _, attribute = key.rpartition(".")
        source = getattr(self.initial, owner) if owner else self.initial
        return str(getattr(source, attribute))

    def profile(self) -> CaseProfile:
        """The profile as typed; fields not shown keep their earlier values."""
        top: dict[str, Any] = {}
        contacts: dict[str, dict[str, str]] = {"provider_office": {}, "pharmacy": {}}
        for key, edit in self.texts.items():
            owner, _, attribute = key.rpartition(".")
            value = edit.text().strip()
            if owner:
                contacts[owner][attribute] = value
            else:
                top[attribute] = value
        if self.start is not None:
            top["therapy_start"] = self.start.value()
        if self.birth is not None:
            top["patient_dob"] = self.birth.value()
        if self.plan is not None:
            top["plan_type"] = str(self.plan.currentData() or "")
        provider: Contact = replace(self.initial.provider_office, **contacts["provider_office"])
        pharmacy: Contact = replace(self.initial.pharmacy, **contacts["pharmacy"])
        return replace(self.initial, provider_office=provider, pharmacy=pharmacy, **top)


class ProfileDialog(CalmDialog):
    """Edit every detail of the case profile."""

    def __init__(
        self,
        profile: CaseProfile,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(self.tr("Case details"), parent)
        self.fields = ProfileFields(self, profile, today=today or clock.today())
        intro = self.tr(
            "These details help the organizer tell who sends what. "
            "Leave anything you don't know empty; you can fill it in later."
        )
        self.body.addWidget(paragraph(intro, self))
        self.note = paragraph("", self)  # e.g. that some fields are suggestions to check
        self.note.hide()
        self.body.addWidget(self.note)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right)
        self.body.addLayout(columns)
        self.fields.add_section(self.tr("Patient"), PATIENT, left)
        self.fields.add_section(self.tr("Insurance"), INSURANCE, left)
        self.fields.add_section(self.tr("Provider office (the doctor's office)"), PROVIDER, right)
        self.fields.add_section(self.tr("Home infusion pharmacy"), PHARMACY, right)
        left.addStretch(1)
        right.addStretch(1)
        self.finish()

    def add_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def profile(self) -> CaseProfile:
        return self.fields.profile()
