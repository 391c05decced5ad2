"""Getting ready for a phone call: whom to call, their number, the references, what to ask.

The pages come from the sheet for calls (``organizer callsheet``), gathered off the GUI
thread. The person can save the whole sheet as a PDF to print, or start writing down the
call with that organisation, its number and references already filled in.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QScrollArea, QWidget

from organizer.gui.dialogs.base import CalmDialog, heading, name_widget, paragraph
from organizer.gui.ops.packet_ops import CallPage
from organizer.language import translate
from organizer.sheet.call_sheet import what, when
from organizer.words import QT_TRANSLATE_NOOP

QUESTIONS = (
    QT_TRANSLATE_NOOP("PrepareCallDialog", "What exactly is missing?"),
    QT_TRANSLATE_NOOP("PrepareCallDialog", "Who needs to submit it?"),
    QT_TRANSLATE_NOOP("PrepareCallDialog", "What is the expected timeline once submitted?"),
)


def organisation(page: CallPage) -> str:
    """Whom to call: the name in the case's details, else "The insurance plan"… in words."""
    return translate("documents", page.organisation)


class PrepareCallDialog(CalmDialog):
    """OK means "I am calling them now"; ``role()`` says whom (plan, office or pharmacy)."""

    save_requested = Signal()  # "Save the sheet for calls…"

    def __init__(self, pages: Sequence[CallPage], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prepare a call"), parent)
        self.pages = list(pages)
        self.body.addWidget(heading(self.tr("Prepare a call"), self))
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Choose whom to call. Have your member ID and the reference numbers at "
                    "hand, ask the three questions for each open item, and write down the "
                    "name of the person you speak to."
                ),
                self,
            )
        )
        self.who = QListWidget(self)
        for page in self.pages:
            self.who.addItem(f"{organisation(page)}   {page.phone}".strip())
        self.who.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        label = QLabel(self.tr("&Whom to call:"), self)
        label.setBuddy(self.who)
        name_widget(self.who, self.tr("Whom to call"))
        self.body.addWidget(label)
        self.body.addWidget(self.who)
        self.track(self.who)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("What to say on the call"))
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.details)
        scroller.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.body.addWidget(scroller, 1)
        self.save_button = QPushButton(self.tr("&Save the sheet for calls as PDF…"), self)
        name_widget(self.save_button, self.tr("Save the sheet for calls as PDF"))
        self.save_button.clicked.connect(self.save_requested)
        self.body.addWidget(self.save_button)
        self.track(self.save_button)
        self.ok_button.setText(self.tr("I'm calling now: write it down…"))
        self.ok_button.setAccessibleName(self.tr("I'm calling now: write it down"))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        if not self.pages:
            nobody = self.tr("Nothing is missing: there is no one to call.")
            self.details.setText(html.escape(nobody))
            self.ok_button.setEnabled(False)
            self.save_button.setEnabled(False)
        self.who.currentRowChanged.connect(self._show)
        if self.pages:
            self.who.setCurrentRow(0)
        self.finish(self.who)

    def page(self) -> CallPage | None:
        row = self.who.currentRow()
        return self.pages[row] if 0 <= row < len(self.pages) else None

    def role(self) -> str | None:
        page = self.page()
        return page.role if page else None

    def _show(self, _row: int) -> None:
        page = self.page()
        if page is None:
            return
        e = html.escape
        references = ", ".join(page.references) or self.tr("none yet")
        lines = [
            f"<p style='font-size:large'><b>{e(organisation(page))}</b><br>"
            + e(self.tr("Phone: {0}").format(page.phone or self.tr("not filled in yet")))
            + "</p>",
            "<p>"
            + e(self.tr("Patient: {0}").format(page.patient or "—"))
            + "<br><b>"
            + e(self.tr("Member ID: {0}").format(page.member_id or "—"))
            + "</b><br>"
            + e(self.tr("References: {0}").format(references))
            + "</p>",
        ]
        if page.person:
            lines.append("<p>" + e(self.tr("Ask for: {0}").format(page.person)) + "</p>")
        for item in page.items:
            urgent = self.tr("URGENT: ") if item.urgent else ""
            asks = "".join(f"<li>{e(self.tr(q))}</li>" for q in QUESTIONS)
            said = f"<p><b>{e(urgent + what(item))}</b><br>{e(when(item))}</p>"
            lines.append(f"{said}<ul>{asks}</ul>")
        self.details.setText("".join(lines))
