"""A calm invitation to fill in the case details, with what the letters already say.

A case made from a folder has no patient name, plan or contacts: the header shows only the
folder and the status sheet says "not filled in yet". This strip, shown above the tabs
while the patient's name is empty, offers the case details dialog pre-filled with the
values most of the case's documents agree on, marked as suggestions to check. Nothing is
saved until the person presses Save, and "Not now" hides it until the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from organizer.core.profile import CaseProfile
from organizer.core.snapshot import CaseSnapshot
from organizer.gui.controller import CaseController
from organizer.gui.dialogs.profile import ProfileDialog
from organizer.gui.ops import case_ops
from organizer.gui.ops.case_ops import ProfileSuggestion, Suggestion
from organizer.language import translate


def needs_details(profile: CaseProfile) -> bool:
    return not profile.patient.strip()


class ProfileInvite(QFrame):
    fill_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileInvite")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Case details are missing"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.fill_button = QPushButton(self.tr("Fill in the case details…"), self)
        self.fill_button.setDefault(False)
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.fill_button.clicked.connect(self.fill_requested)
        self.later_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fill_button)
        layout.addWidget(self.later_button)
        self.dismissed = False
        self.asked = False  # the suggestions were asked for (once per window)
        self.suggestion: ProfileSuggestion | None = None
        self.set_suggestion(None)
        self.hide()

    def set_suggestion(self, suggestion: ProfileSuggestion | None) -> None:
        self.suggestion = suggestion
        intro = self.tr(
            "Who is this case for? Add the patient's name, the insurance and who to call: "
            "they go on the status sheet for the office."
        )
        values = suggestion.values if suggestion else {}
        named = [
            label.format(values[key].value) for key, label in self._named().items() if key in values
        ]
        if named:
            intro += " " + self.tr("Your documents mention {0}: check and save them in one step.")
            intro = intro.format(", ".join(named))
        self.text.setText(intro)

    def _named(self) -> dict[str, str]:
        return {
            "patient": "{0}",
            "member_id": self.tr("member ID {0}"),
            "payer": "{0}",
        }

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def show_for(self, profile: CaseProfile) -> None:
        self.setVisible(needs_details(profile) and not self.dismissed)


def refresh_invite(
    invite: ProfileInvite, controller: CaseController, snapshot: CaseSnapshot | None
) -> None:
    """After a snapshot: show the strip while details are missing, naming what letters say.

    The suggestions are worked out once all documents are read (in the background), not on
    every refresh: an idle window does no work.
    """
    if snapshot is None:
        return
    invite.show_for(snapshot.case.profile)
    if not invite.isVisible() or invite.suggestion is not None or invite.asked:
        return
    if not snapshot.documents or any(d.status == "pending" for d in snapshot.documents):
        return
    invite.asked = True
    db, case_id = controller.db, controller.case.id
    controller.runner.run(lambda: case_ops.suggest_details(db, case_id), invite.set_suggestion)


def mark_suggested(dialog: Any, suggested: dict[str, Suggestion]) -> None:
    """Mark the pre-filled fields of a ProfileDialog; editing one makes it the person's."""
    for key, suggestion in suggested.items():
        edit = dialog.fields.texts.get(key)
        if edit is None:
            continue
        why = translate(
            "ProfileInvite", "Suggested: {0} of {1} documents say this. Please check it."
        ).format(suggestion.agreeing, suggestion.saying)
        edit.setToolTip(why)
        edit.setAccessibleDescription(why)
        edit.setProperty("suggested", True)
        font = edit.font()
        font.setItalic(True)
        edit.setFont(font)

        def typed(_text: str, edit: Any = edit) -> None:
            edit.setProperty("suggested", False)
            plain = edit.font()
            plain.setItalic(False)
            edit.setFont(plain)
            edit.setToolTip("")

        edit.textEdited.connect(typed)


def open_details_with_suggestions(
    parent: QWidget, controller: CaseController, invite: ProfileInvite
) -> None:
    """Work out the suggestions in the background, then open the pre-filled dialog."""
    db, case_id = controller.db, controller.case.id
    controller.run(
        case_ops.suggest_details,
        db,
        case_id,
        done=lambda suggestion: _ask(parent, controller, invite, suggestion),
        reload=False,
    )


def _ask(
    parent: QWidget,
    controller: CaseController,
    invite: ProfileInvite,
    suggestion: ProfileSuggestion,
) -> None:
    current = controller.case.profile
    suggested = suggestion.for_empty_fields(current)
    invite.set_suggestion(suggestion)
    dialog = ProfileDialog(suggestion.apply_to(current), parent=parent)
    if suggested:
        dialog.add_note(
            translate(
                "ProfileInvite",
                "Fields in italics were filled in from your documents: check each one and "
                "change what is wrong. Nothing is saved until you press OK.",
            )
        )
        mark_suggested(dialog, suggested)
    if not dialog.exec():
        return
    controller.save_profile(dialog.profile(), lambda case: invite.show_for(case.profile))
