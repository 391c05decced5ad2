"""What the window's buttons and menu items do. Each runs its work through the controller.

The commands talk to the window only through ``CommandView`` (status, error, tell, a
parent for dialogs) and announce what changed with signals: the one step that can be
undone, a password that opened a file. They never import the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from organizer import APP_NAME
from organizer.core import clock
from organizer.core.filenames import PDF_SUFFIXES, document_patterns, suffix_of
from organizer.core.pathnames import to_os
from organizer.core.records import Accepted, DocumentInfo, LogEntryInfo
from organizer.gui import file_actions
from organizer.gui.controller import CaseController
from organizer.gui.dialogs.call import CallDialog
from organizer.gui.dialogs.language import LanguageDialog, next_start_words
from organizer.gui.dialogs.link_document import LinkDocumentDialog
from organizer.gui.dialogs.log_entry import LogEntryDialog
from organizer.gui.dialogs.password import PasswordDialog
from organizer.gui.dialogs.pick_entry import PickEntryDialog
from organizer.gui.dialogs.profile import ProfileDialog
from organizer.gui.dialogs.question import QuestionDialog
from organizer.gui.ops import file_ops, log_ops, sheet_ops
from organizer.gui.print_sheet import print_preview, save_sheet_dialog
from organizer.gui.translation import save_language, saved_language, sheet_language
from organizer.gui.view import CommandView
from organizer.gui.words import FLAGGED_STATES
from organizer.language import pick_language, translate
from organizer.words import QT_TRANSLATE_NOOP, import_headline, import_summary

MEDICARE_LINKS = (
    (
        QT_TRANSLATE_NOOP("WindowCommands", "Medicare: home infusion therapy services"),
        "https://www.medicare.gov/coverage/home-infusion-therapy-services-equipment-supplies",
    ),
    (
        QT_TRANSLATE_NOOP(
            "WindowCommands", "CMS: home infusion therapy benefit, frequently asked questions"
        ),
        "https://www.cms.gov/files/document/"
        "home-infusion-therapy-benefit-beginning-2021-frequently-asked-questions.pdf",
    ),
)
GUIDE = QT_TRANSLATE_NOOP(
    "WindowCommands",
    "<h3>How to keep on top of the paperwork</h3>"
    "<p><b>Keep one folder</b> with every paper about the therapy: the referral, the insurance "
    "card, every letter. This organizer watches that folder for you.</p>"
    "<p><b>Keep one running note</b> of what was asked for and what was sent, and when. That "
    "is the log in this window.</p>"
    "<p><b>When you are stuck, ask three questions:</b></p>"
    "<ol><li>What exactly is missing?</li><li>Who needs to send it?</li>"
    "<li>What is the expected timeline once it is sent?</li></ol>"
    "<p>The “Still missing” list answers them for you, most urgent first.</p>",
)
NOT_ADVICE = QT_TRANSLATE_NOOP(
    "WindowCommands",
    "This organizer helps you keep your papers in order. It is not coverage advice: coverage "
    "depends on your plan, the therapy and your eligibility. Please confirm with your plan and "
    "your provider.",
)


def help_box(parent: QWidget | None, text: str, about: bool = False) -> QMessageBox:
    """The guide, or the about box (with the app's icon), its OK button in the language."""
    icon = QMessageBox.Icon.NoIcon if about else QMessageBox.Icon.Information
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    if about:
        box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
    ok = box.button(QMessageBox.StandardButton.Ok)
    if ok is not None:
        ok.setText(translate("CalmDialog", "OK"))
    return box


class WindowCommands(QObject):
    # The label of the one step that can be undone ("" when there is none).
    undo_changed = Signal(str)
    # Whether "accept all" can be undone.
    accept_undo_changed = Signal(bool)
    # A password opened a document: its pages can be shown (kept in memory only).
    password_accepted = Signal(int, str)
    # "Case details…" on a case without them: the window opens the pre-filled details.
    details_wanted = Signal()

    def __init__(self, view: CommandView, controller: CaseController) -> None:
        super().__init__()
        self.view = view
        self.controller = controller
        self._undo: Callable[[], None] | None = None  # the one step that can be undone
        self.last_deleted: LogEntryInfo | None = None
        self.last_accepted: list[Accepted] = []
        # The call made ready with "Prepare a call…": "Record a call" starts from it.
        self.prepared: dict[str, str] | None = None

    # --- documents ------------------------------------------------------------------
    def _path(self, doc: DocumentInfo) -> Path:
        return self.controller.folder / to_os(doc.path)

    def open_document(self, doc: DocumentInfo | None) -> None:
        if doc is None:
            return
        if doc.status == "missing":
            self.view.tell(
                self.tr(
                    "“{0}” is no longer in the case folder, so it can't be opened. "
                    "If you moved it, put it back, or add it again."
                ).format(doc.path)
            )
            return
        if not file_actions.open_file(self._path(doc)):
            self.view.tell(self._no_viewer_words(doc))

    def _no_viewer_words(self, doc: DocumentInfo) -> str:
        """What to do when no program opens ``doc`` (a minimal computer may have no PDF
        viewer): the preview shows what it can read, and only a PDF's view zooms."""
        if doc.status in FLAGGED_STATES:
            return self.tr("No program on this computer could open this file.")
        if suffix_of(doc.path) in PDF_SUFFIXES:
            return self.tr(
                "No program on this computer could open this file. It is shown here "
                "on the right: “Zoom in” and “Fit width” make it easier to read."
            )
        return self.tr(
            "No program on this computer could open this file. It is shown here on the right."
        )

    def show_in_folder(self, doc: DocumentInfo | None) -> None:
        if doc is None:
            return
        path = self._path(doc)
        if not file_actions.show_in_folder(path):
            # No file manager: say where the file is, so it can be found another way.
            self.view.tell(
                self.tr("No program on this computer could show the folder. The file is here:")
                + f"\n\n{path}"
            )

    def correct_kind(self, document_id: int, kind: str) -> None:
        self.controller.correct_kind(document_id, kind)

    def accept_all(self) -> None:
        def accepted(done: list[Accepted]) -> None:
            self.last_accepted = done
            self.accept_undo_changed.emit(bool(done))
            self.view.status(
                self.tr("Accepted %n suggestion(s). You can undo this.", None, len(done)), 15000
            )

        self.controller.accept_all(accepted)

    def undo_accept_all(self) -> None:
        done = self.last_accepted
        self.last_accepted = []
        self.accept_undo_changed.emit(False)
        if done:
            self.controller.undo_accept_all(done)

    def unlock(self, doc: DocumentInfo | None) -> None:
        if doc is None:
            return
        dialog = PasswordDialog(doc.path.rsplit("/", 1)[-1], self.view.parent_widget())
        if not dialog.exec():
            return
        password = dialog.password()
        controller = self.controller

        def done(outcome: str) -> None:
            if outcome == "wrong":
                self.view.error(self.tr("That password did not open the file."))
            elif outcome == "ok":
                self.password_accepted.emit(doc.id, password)

        controller.run(
            file_ops.unlock,
            controller.db,
            controller.case.folder,
            doc.id,
            password,
            controller.case.id,
            done=done,
            message=self.tr("The locked document was read. The password was not saved."),
        )

    def add_documents(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.view.parent_widget(),
            self.tr("Add documents"),
            str(Path.home()),
            self.documents_filter(),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def documents_filter(self) -> str:
        """The picking dialog's filters: every file the app reads (photos too), or all."""
        return (
            self.tr("Documents, pictures and e-mails")
            + f" ({document_patterns()});;"
            + self.tr("All files")
            + " (*)"
        )

    def import_files(self, paths: list[Path], entry_id: int | None = None) -> None:
        """Copy dropped files into the case folder in the background, then index them."""
        controller = self.controller
        self.view.status(self.tr("Adding %n file(s)…", None, len(paths)))

        def done(report: file_ops.ImportReport) -> None:
            controller.index_now(report.added)
            if entry_id is not None and report.destinations:
                controller.link_when_indexed(list(report.destinations), entry_id)
            headline = import_headline(*report.counts())
            self.view.status(headline, 10000)
            if file_ops.needs_telling(report):
                self.view.tell(import_summary(report.counts(), report.explained()))

        controller.run(
            file_ops.import_files,
            controller.db,
            controller.case.id,
            controller.folder,
            paths,
            clock.today(),
            done=done,
            reload=False,  # the reader's change reloads once the files are read
        )

    # --- the log --------------------------------------------------------------------
    def add_entry(self) -> None:
        dialog = LogEntryDialog(None, parent=self.view.parent_widget())
        if dialog.exec():
            self.controller.create_entry(dialog.values())

    def edit_entry(self, entry: LogEntryInfo | None) -> None:
        if entry is None:
            return
        dialog = LogEntryDialog(entry, parent=self.view.parent_widget())
        if dialog.exec():
            self.controller.edit_entry(entry.id, dialog.values(), entry.version)

    def mark_sent(self, entry_id: int) -> None:
        controller = self.controller
        snapshot = controller.snapshot
        before = next((e for e in snapshot.log if e.id == entry_id), None) if snapshot else None
        db, today = controller.db, controller.today()

        def sent(_info: object) -> None:
            if before is None:
                return
            values = {
                "status": before.status,
                "submitted_on": before.submitted_on,
                "decision_on": before.decision_on,
            }
            self._offer_undo(
                self.tr("Undo mark sent"),
                self.tr("Marked “{0}” as sent today. You can undo this.").format(before.what),
                lambda: controller.run(
                    log_ops.edit_entry,
                    db,
                    before.id,
                    values,
                    today,
                    message=self.tr("Undone: “{0}” is no longer marked as sent.").format(
                        before.what
                    ),
                ),
            )

        controller.run(
            log_ops.mark_sent,
            db,
            entry_id,
            today,
            done=sent,
            message=self.tr("Marked as sent today.") if before is None else "",
        )

    def delete_entry(self, entry: LogEntryInfo | None) -> None:
        if entry is None:
            return

        def deleted(info: LogEntryInfo) -> None:
            self.last_deleted = info
            self._offer_undo(
                self.tr("Undo delete"),
                self.tr("Deleted “{0}”. You can undo this.").format(info.what),
                lambda: self.controller.restore_entry(info),
            )

        self.controller.delete_entry(entry.id, deleted)

    def _offer_undo(self, label: str, message: str, action: Callable[[], None]) -> None:
        """One step can be undone at a time: the last delete or "mark sent"."""
        self._undo = action
        self.undo_changed.emit(label)
        self.view.status(message, 15000)

    def undo_delete(self) -> None:
        """Undo the last delete or "mark sent" (the Edit menu's Undo and the undo button)."""
        action = self._undo
        if action is None:
            return
        self._undo = None
        self.last_deleted = None
        self.undo_changed.emit("")
        action()

    def link_for_entry(self, entry_id: int) -> None:
        snapshot = self.controller.snapshot
        if snapshot is None:
            return
        entry = next((e for e in snapshot.log if e.id == entry_id), None)
        choices = [d for d in snapshot.documents if d.status not in ("missing", "duplicate")]
        if entry is None or not choices:
            self.view.tell(
                self.tr("There are no documents yet. Drop the letter on the window first.")
            )
            return
        dialog = LinkDocumentDialog(entry, snapshot.documents, parent=self.view.parent_widget())
        if not dialog.exec():
            return
        doc = dialog.chosen()
        if doc is not None:
            self.controller.link_document(entry_id, doc.id, log_ops.role_for_drop(doc))

    def link_document_to(self, doc: DocumentInfo | None) -> None:
        """Link a document to the log entry the person picks (drag and drop by keyboard)."""
        snapshot = self.controller.snapshot
        if doc is None or snapshot is None:
            self.view.status(self.tr("Choose a document in the list first."), 8000)
            return
        if not snapshot.log:
            self.view.tell(self.tr("The log is empty. Add what was asked for first."))
            return
        missing = [row.log_id for row in snapshot.missing]
        dialog = PickEntryDialog(doc, snapshot.log, missing, parent=self.view.parent_widget())
        if not dialog.exec():
            return
        entry = dialog.chosen()
        if entry is not None:
            self.controller.link_document(entry.id, doc.id, log_ops.role_for_drop(doc))

    # --- calls and questions ------------------------------------------------------------
    def record_call(self) -> None:
        dialog = CallDialog(parent=self.view.parent_widget(), prefill=self.prepared)
        if dialog.exec():
            self.prepared = None
            values: dict[str, Any] = dict(dialog.values())
            called_at = values.pop("called_at", None) or datetime.now(UTC)
            new_entry = values.pop("new_entry", None)
            self.controller.add_call(called_at, values)
            if new_entry:
                self.controller.create_entry(dict(new_entry))

    def add_question(self) -> None:
        dialog = QuestionDialog(parent=self.view.parent_widget())
        if dialog.exec():
            values: dict[str, Any] = dict(dialog.values())
            question = values.pop("question")
            self.controller.add_question(question, values)

    def edit_call_item(self, item: QListWidgetItem) -> None:
        call = item.data(0x0100)
        dialog = CallDialog(call, parent=self.view.parent_widget())
        if dialog.exec():
            values: dict[str, Any] = dict(dialog.values())
            values.pop("new_entry", None)
            self.controller.edit_call(call.id, values, call.version)

    def edit_question_item(self, item: QListWidgetItem) -> None:
        question = item.data(0x0100)
        dialog = QuestionDialog(question, parent=self.view.parent_widget())
        if dialog.exec():
            self.controller.edit_question(question.id, dialog.values(), question.version)

    # --- sheet, help ---------------------------------------------------------------------
    def _with_sheet(self, show: Callable[[Any], object]) -> None:
        """The sheet from the snapshot the window shows, gathered off the GUI thread."""
        snapshot, now = self.controller.snapshot, datetime.now().astimezone()
        if snapshot is None:
            self.controller.refresh()
            return
        lang = sheet_language()
        self.controller.run(sheet_ops.sheet_for, snapshot, now, lang, done=show, reload=False)

    def print_sheet(self) -> None:
        snapshot, now = self.controller.snapshot, datetime.now().astimezone()

        def again(lang: str) -> Any:  # the preview's language choice: words only, no I/O
            assert snapshot is not None
            return sheet_ops.sheet_for(snapshot, now, lang)

        self._with_sheet(lambda data: print_preview(self.view.parent_widget(), data, again))

    def choose_language(self) -> None:
        """Language / Idioma: kept for the next start (the words are set when it opens)."""
        dialog = LanguageDialog(saved_language(), self.view.parent_widget())
        if dialog.exec():
            code = dialog.chosen()
            save_language(code)
            self.view.status(next_start_words(pick_language(code or None)), 15000)

    def save_sheet(self) -> None:
        self._with_sheet(
            lambda data: save_sheet_dialog(self.view.parent_widget(), data, self.controller.runner)
        )

    def show_guide(self) -> None:
        help_box(self.view.parent_widget(), self.tr(GUIDE)).exec()

    def show_about(self) -> None:
        help_box(self.view.parent_widget(), self.tr(NOT_ADVICE), about=True).exec()

    def open_link(self, index: int) -> None:
        QDesktopServices.openUrl(QUrl(MEDICARE_LINKS[index][1]))

    def edit_profile(self) -> None:
        profile, seen = self.controller.case.profile, self.controller.case.version
        if not profile.patient.strip():
            self.details_wanted.emit()  # pre-filled from the documents, by the window
            return
        dialog = ProfileDialog(profile, parent=self.view.parent_widget())
        if dialog.exec():
            self.controller.save_profile(dialog.profile(), seen_version=seen)
