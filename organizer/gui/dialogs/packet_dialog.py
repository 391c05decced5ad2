"""Choosing what goes in a fax packet: the request, who receives it, and the documents.

Everything here comes from the window's snapshot (no file is opened): the documents that
answer the request are ticked already, in path order, and the person can tick others and
put them in the order the office should read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from organizer.core.records import CaseInfo, DocumentInfo, LogEntryInfo
from organizer.gui.dialogs.base import CalmDialog, heading, line_edit, name_widget, paragraph
from organizer.gui.ops.packet_ops import PACKET_REASON, RECIPIENTS, recipient_for, role_of
from organizer.words import entry_label

PATH_ROLE = Qt.ItemDataRole.UserRole
UNUSABLE = ("missing", "duplicate", "unreadable")


def entry_words(entry: LogEntryInfo) -> str:
    """The request as the log says it (its own words, else the checklist's, translated)."""
    return " ".join(entry_label(entry).split())


def own_packets(entries: Sequence[LogEntryInfo]) -> set[int]:
    """Packets the app made: never enclosed again."""
    return {link.document_id for e in entries for link in e.links if link.reason == PACKET_REASON}


def answering(entry: LogEntryInfo, own: set[int]) -> list[str]:
    """The entry's confirmed submission documents, in path order (the default enclosures)."""
    return sorted(
        link.path
        for link in entry.links
        if link.role == "submission" and link.confirmed and link.document_id not in own
    )


def can_enclose(doc: DocumentInfo, own: set[int]) -> bool:
    return (
        PurePosixPath(doc.path).suffix.lower() == ".pdf"
        and doc.status not in UNUSABLE
        and doc.id not in own
    )


class PacketDialog(CalmDialog):
    """``values()``: ``entry_id``, ``to`` (office, pharmacy or plan), ``files`` (paths in
    the case folder, in order) and ``phone`` (to call back)."""

    def __init__(
        self,
        case: CaseInfo,
        entries: Sequence[LogEntryInfo],
        documents: Sequence[DocumentInfo],
        entry_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Make a packet to send"), parent)
        self.case = case
        self.entries = list(entries)
        self.own = own_packets(self.entries)
        self.documents = [d for d in documents if can_enclose(d, self.own)]
        self.by_path = {d.path: d for d in self.documents}
        self.body.addWidget(heading(self.tr("Make a packet to send"), self))
        self.body.addWidget(
            paragraph(
                self.tr(
                    "A cover page that says whose papers these are and what they answer, then "
                    "each document you tick, whole. A copy is kept in the case folder under "
                    "Sent, with today's date, so you know what was sent."
                ),
                self,
            )
        )
        form = self.plain_form()
        self.entry_box = QComboBox(self)
        for entry in self.entries:
            self.entry_box.addItem(entry_words(entry), entry.id)
        self.row(form, self.tr("For which &request:"), self.entry_box)
        self.to_box = QComboBox(self)
        self.row(form, self.tr("Send it &to:"), self.to_box)
        self.phone = line_edit("", self, 20)
        self.row(
            form,
            self.tr("Your &phone number:"),
            self.phone,
            description=self.tr("So they can call you back; it goes on the cover page"),
        )
        self.files = QListWidget(self)
        self.files.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.row(
            form,
            self.tr("&What goes in it:"),
            self.files,
            name=self.tr("Documents in the packet"),
            description=self.tr("Tick what to send. Space ticks or unticks the chosen one."),
        )
        moves = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        for button, step in ((self.up_button, -1), (self.down_button, 1)):
            name_widget(button, button.text().replace("&", ""))
            button.clicked.connect(lambda _=False, s=step: self.move_file(s))
            moves.addWidget(button)
            self.track(button)
        moves.addStretch(1)
        form.addRow("", moves)
        self.ok_button.setText(self.tr("Make the packet"))
        self.ok_button.setAccessibleName(self.tr("Make the packet"))
        start = self.entry_box.findData(entry_id) if entry_id is not None else 0
        self.entry_box.setCurrentIndex(max(start, 0))
        self.entry_box.currentIndexChanged.connect(self._entry_changed)
        self._entry_changed()
        self.finish(self.entry_box)

    # --- filling ------------------------------------------------------------------------
    def entry(self) -> LogEntryInfo | None:
        entry_id = self.entry_box.currentData()
        return next((e for e in self.entries if e.id == entry_id), None)

    def _entry_changed(self) -> None:
        entry = self.entry()
        self.ok_button.setEnabled(entry is not None)
        self.to_box.clear()
        self.files.clear()
        if entry is None:
            return
        words = {
            "plan": self.tr("The plan"),
            "office": self.tr("The prescriber's office"),
            "pharmacy": self.tr("The pharmacy"),
        }
        for role in ("plan", "office", "pharmacy"):
            r = recipient_for(self.case, entry, role)
            fax = self.tr("fax {0}").format(r.fax) if r.fax else self.tr("no fax number yet")
            named = {
                "plan": self.case.profile.payer,
                "office": self.case.profile.provider_office.name,
                "pharmacy": self.case.profile.pharmacy.name,
            }[role].strip()  # without a name in the case's details, the role says it all
            whom = f"{words[role]}: {r.name}" if named else words[role]
            self.to_box.addItem(f"{whom} ({fax})", role)
        default = role_of(self.case, entry.submitted_to) or "plan"
        self.to_box.setCurrentIndex(max(self.to_box.findData(default), 0))
        ticked = [p for p in answering(entry, self.own) if p in self.by_path]
        rest = sorted(p for p in self.by_path if p not in ticked)
        for path in ticked + rest:
            self._add_file(path, path in ticked)
        if self.files.count():
            self.files.setCurrentRow(0)

    def _add_file(self, path: str, ticked: bool) -> None:
        doc = self.by_path[path]
        name = PurePosixPath(path)
        where = str(name.parent) if str(name.parent) != "." else self.tr("the case folder")
        text = self.tr("{0}   (in {1})").format(name.stem, where)
        if doc.pages:
            pages = self.tr("1 page") if doc.pages == 1 else self.tr("{0} pages")
            text += "  · " + pages.format(doc.pages)
        if doc.status == "password_protected":
            text += "  · " + self.tr("locked: you will be asked its password")
        item = QListWidgetItem(text)
        item.setData(PATH_ROLE, path)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.files.addItem(item)

    def move_file(self, step: int) -> None:
        """Move the chosen document up or down (the order they are sent in)."""
        row = self.files.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.files.count():
            return
        item = self.files.takeItem(row)
        self.files.insertItem(target, item)
        self.files.setCurrentRow(target)

    def set_ticked(self, path: str, ticked: bool) -> None:
        for row in range(self.files.count()):
            item = self.files.item(row)
            if item.data(PATH_ROLE) == path:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    # --- the answer -------------------------------------------------------------------------
    def chosen_files(self) -> list[str]:
        return [
            self.files.item(row).data(PATH_ROLE)
            for row in range(self.files.count())
            if self.files.item(row).checkState() == Qt.CheckState.Checked
        ]

    def locked_files(self) -> list[str]:
        return [p for p in self.chosen_files() if self.by_path[p].status == "password_protected"]

    def values(self) -> dict[str, Any]:
        entry = self.entry()
        to = self.to_box.currentData()
        return {
            "entry_id": entry.id if entry else None,
            "to": to if to in RECIPIENTS else None,
            "files": self.chosen_files(),
            "phone": self.phone.text().strip(),
        }
