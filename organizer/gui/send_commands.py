"""Sending and calling from the window: "Make a packet…" and "Prepare a call…".

The dialogs choose; the work runs through the controller on the task runner
(``gui/ops/packet_ops``): the cover is gathered off the GUI thread, drawn here (a page of
QPainter into memory, as the status sheet is), then merged and kept under
``Sent/YYYY-MM-DD/`` off the GUI thread. Only then is the person asked whether it went.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from organizer.core.pathnames import to_os
from organizer.gui.controller import CaseController
from organizer.gui.dialogs.call_prep import PrepareCallDialog
from organizer.gui.dialogs.letter_dialog import LetterDialog
from organizer.gui.dialogs.packet_dialog import PacketDialog, entry_words
from organizer.gui.dialogs.password import PasswordDialog
from organizer.gui.ops import packet_ops
from organizer.gui.view import CommandView, ask
from organizer.gui.window_commands import WindowCommands
from organizer.sheet.call_sheet import call_sheet_pdf
from organizer.sheet.letter_pdf import letter_pdf
from organizer.sheet.packet_cover import cover_pdf
from organizer.sheet.render import default_paper
from organizer.words import wording


def pick_pdf(parent: QWidget, caption: str, suggested: Path) -> Path | None:
    """Where to save a PDF (the system's chooser); None when the person cancels."""
    return pick_file(parent, caption, suggested)


def pick_file(parent: QWidget, caption: str, suggested: Path) -> Path | None:
    """Where to save a file of ``suggested``'s kind (.pdf or .docx); None when cancelled."""
    suffix = suggested.suffix.lower()
    kinds = "Word (*.docx)" if suffix == ".docx" else "PDF (*.pdf)"
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), kinds)
    if not name:
        return None
    return Path(name) if name.lower().endswith(suffix) else Path(f"{name}{suffix}")


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class SendCommands(QObject):
    """The "send" owner of the actions table."""

    def __init__(
        self,
        view: CommandView,
        controller: CaseController,
        commands: WindowCommands,
        current_entry: Callable[[], int | None],
    ) -> None:
        super().__init__()
        self.view = view
        self.controller = controller
        self.commands = commands
        self.current_entry = current_entry

    # --- the packet ------------------------------------------------------------------------
    def make_packet(self, entry_id: int | None = None) -> None:
        controller = self.controller
        snapshot = controller.snapshot
        if snapshot is None:
            controller.refresh()
            return
        if not snapshot.log:
            self.view.tell(self.tr("The log is empty: add what was asked for first."))
            return
        dialog = PacketDialog(
            controller.case,
            snapshot.log,
            snapshot.documents,
            entry_id if entry_id is not None else self.current_entry(),
            self.view.parent_widget(),
        )
        if not dialog.exec():
            return
        values = dialog.values()
        passwords: dict[str, str] = {}
        for path in dialog.locked_files():
            name = path.rsplit("/", 1)[-1]
            ask_password = PasswordDialog(name, self.view.parent_widget())
            if not ask_password.exec():
                self.view.tell(
                    self.tr(
                        "The packet was not made: “{0}” is locked with a password. Give its "
                        "password, or leave it out of the packet."
                    ).format(name)
                )
                return
            passwords[str(controller.folder / to_os(path))] = ask_password.password()
            ask_password.forget()
        files = [controller.folder / to_os(p) for p in values["files"]]
        chosen = values["entry_id"]
        today = controller.today()
        self.view.status(self.tr("Making the packet…"))
        controller.run(
            packet_ops.gather_cover,
            controller.db,
            controller.case,
            chosen,
            values["to"],
            files,
            today,
            "",
            values["phone"],
            passwords,
            done=lambda cover: self._draw(chosen, cover, passwords),
            reload=False,
        )

    def _draw(
        self, entry_id: int, cover: packet_ops.PacketCover, passwords: dict[str, str]
    ) -> None:
        """Draw the cover (a page in memory), then merge and keep it off the GUI thread."""
        if not self.view.is_open():
            return
        content, cover = cover_pdf(cover, default_paper())
        controller = self.controller
        controller.run(
            packet_ops.save_packet,
            controller.db,
            controller.case,
            entry_id,
            content,
            cover,
            cover.day,
            passwords,
            done=lambda where: self._made(entry_id, cover, where),
        )

    def _made(self, entry_id: int, cover: packet_ops.PacketCover, where: str) -> None:
        if not self.view.is_open():
            return
        recipient = cover.recipient
        self.view.status(self.tr("The packet was saved in the case folder: {0}").format(where))
        entry = (
            next((e for e in self.controller.snapshot.log if e.id == entry_id), None)
            if (self.controller.snapshot)
            else None
        )
        what = entry_words(entry) if entry else cover.regarding
        text = self.tr(
            "The packet is ready: {0} pages, with the cover.\n\nIt is kept in the case folder "
            "as:\n{1}\n\nOpen it from there to print or fax it. Once it has gone, mark "
            "“{2}” as sent today, by fax, to {3}?"
        ).format(cover.total_pages, where, what, recipient.name)
        if ask(
            self.view.parent_widget(),
            self.tr("Mark as sent?"),
            text,
            self.tr("Mark as sent"),
            self.tr("Not yet"),
        ):
            self.mark_sent(entry_id, recipient, cover.day)

    def mark_sent(self, entry_id: int, recipient: packet_ops.Recipient, day: object) -> None:
        controller = self.controller
        controller.run(
            packet_ops.mark_packet_sent,
            controller.db,
            entry_id,
            recipient,
            day,
            message=self.tr("Marked as sent today, by fax, to {0}.").format(recipient.name),
        )

    # --- calls -------------------------------------------------------------------------------
    def prepare_call(self) -> None:
        controller = self.controller
        controller.run(
            packet_ops.call_sheet_pages,
            controller.db,
            controller.case,
            controller.today(),
            done=self._show_pages,
            reload=False,
        )

    def _show_pages(self, pages: list[packet_ops.CallPage]) -> None:
        if not self.view.is_open():
            return
        dialog = PrepareCallDialog(pages, self.view.parent_widget())
        dialog.save_requested.connect(lambda: self.save_call_sheet(pages))
        calling = bool(dialog.exec())
        role = dialog.role()
        if role is None:
            return
        controller = self.controller

        def remember(prefill: packet_ops.CallPrefill) -> None:
            self.commands.prepared = {
                "organisation": prefill.organisation,
                "phone": prefill.phone,
                "reference_number": prefill.reference_number,
                "summary": prefill.summary,
            }
            if calling and self.view.is_open():
                self.commands.record_call()
            else:
                self.view.status(
                    self.tr("“Record a call” will start with {0} filled in.").format(
                        prefill.organisation
                    ),
                    10000,
                )

        controller.run(
            packet_ops.call_prefill,
            controller.db,
            controller.case,
            role,
            controller.today(),
            done=remember,
            reload=False,
        )

    def save_call_sheet(self, pages: list[packet_ops.CallPage]) -> None:
        today = self.controller.today()
        name = re.sub(r'[\\/:*?"<>|]+', "", f"Sheet for calls - {today.isoformat()}.pdf")
        target = pick_pdf(
            self.view.parent_widget(),
            self.tr("Save the sheet for calls"),
            documents_folder() / name,
        )
        if target is None:
            return
        content, count = call_sheet_pdf(pages, today, default_paper())
        self.controller.run(
            packet_ops.write_outside,
            target,
            content,
            self.controller.case.folder,
            "call sheet",
            message=self.tr("The sheet for calls ({0} pages) was saved: {1}").format(count, target),
            reload=False,
        )

    # --- letters -------------------------------------------------------------------------
    def write_letter(self) -> None:
        """A letter filled in from the case, saved where the person chooses (never the case)."""
        controller = self.controller
        snapshot = controller.snapshot
        if snapshot is None:
            controller.refresh()
            return
        if not snapshot.log:
            self.view.tell(self.tr("The log is empty: add what was asked for first."))
            return
        dialog = LetterDialog(snapshot.log, self.current_entry(), self.view.parent_widget())
        if not dialog.exec():
            return
        values = dialog.values()
        today = controller.today()
        named = {
            "appeal": self.tr("Appeal"),
            "provider-request": self.tr("Request"),
            "case-file": self.tr("Case file"),
        }
        called = named.get(values["kind"], self.tr("Letter"))
        name = f"{called} - {today.isoformat()}{values['suffix']}"
        target = pick_file(
            self.view.parent_widget(), self.tr("Save the letter"), documents_folder() / name
        )
        if target is None:
            return
        controller.run(
            packet_ops.letter_for,
            controller.db,
            controller.case,
            values["entry_id"],
            values["kind"],
            today,
            wording(),
            done=lambda letter: self._save_letter(letter, target),
            reload=False,
        )

    def _save_letter(self, letter: packet_ops.Letter, target: Path) -> None:
        if not self.view.is_open():
            return
        controller = self.controller
        folder = controller.case.folder
        message = self.tr("The letter to edit and sign was saved: {0}").format(target)
        if target.suffix.lower() == ".pdf":
            content = letter_pdf(letter, default_paper())  # drawn here, written off the thread
            controller.run(
                packet_ops.write_outside, target, content, folder, "letter",
                message=message, reload=False,
            )  # fmt: skip
            return
        controller.run(
            packet_ops.save_letter_docx, letter, target, folder, message=message, reload=False
        )
