"""What the window's buttons and menu items do. Each runs its work through the controller."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMenu, QMessageBox

from organizer import APP_NAME
from organizer.core import clock
from organizer.core.pathnames import to_os
from organizer.core.records import DocumentInfo, LogEntryInfo
from organizer.gui import file_actions
from organizer.services import documents, imports, log

if TYPE_CHECKING:
    from organizer.gui.main_window import MainWindow

MEDICARE_LINKS = (
    (
        "Medicare: home infusion therapy services",
        "https://www.medicare.gov/coverage/home-infusion-therapy-services-equipment-supplies",
    ),
    (
        "CMS: home infusion therapy benefit, frequently asked questions",
        "https://www.cms.gov/files/document/"
        "home-infusion-therapy-benefit-beginning-2021-frequently-asked-questions.pdf",
    ),
)
GUIDE = (
    "<h3>How to keep on top of the paperwork</h3>"
    "<p><b>Keep one folder</b> with every paper about the therapy: the referral, the insurance "
    "card, every letter. This organizer watches that folder for you.</p>"
    "<p><b>Keep one running note</b> of what was asked for and what was sent, and when. That "
    "is the log in this window.</p>"
    "<p><b>When you are stuck, ask three questions:</b></p>"
    "<ol><li>What exactly is missing?</li><li>Who needs to send it?</li>"
    "<li>What is the expected timeline once it is sent?</li></ol>"
    "<p>The “Still missing” list answers them for you, most urgent first.</p>"
)
NOT_ADVICE = (
    "This organizer helps you keep your papers in order. It is not coverage advice: coverage "
    "depends on your plan, the therapy and your eligibility. Please confirm with your plan and "
    "your provider."
)

FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Find: "Ctrl+F",
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Print: "Ctrl+P",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
}


def window_action(
    window: MainWindow,
    text: str,
    slot: object,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action of the window, with its shortcut working wherever the focus is."""
    action = QAction(text, window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(shortcut)
        # Some platforms define no key for a standard action (Quit on offscreen/X11).
        action.setShortcuts(bindings or [QKeySequence(FALLBACK_KEYS.get(shortcut, ""))])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """The menus and the toolbar; the actions stay on the window for tests and shortcuts."""
    w, c, tr = window, window.commands, window.tr
    Key = QKeySequence.StandardKey
    w.add_documents_action = window_action(w, tr("&Add documents…"), c.add_documents, Key.Open)
    w.print_action = window_action(w, tr("&Print status sheet…"), c.print_sheet, Key.Print)
    w.save_sheet_action = window_action(w, tr("Save status sheet as &PDF…"), c.save_sheet)
    w.profile_action = window_action(w, tr("Case &details…"), c.edit_profile)
    w.quit_action = window_action(w, tr("&Quit"), w.close, Key.Quit)
    w.find_action = window_action(w, tr("&Find"), w.focus_search, Key.Find)
    w.add_entry_action = window_action(w, tr("Add to the &log…"), c.add_entry, Key.New)
    w.call_action = window_action(w, tr("Record a &call…"), c.record_call, "Ctrl+Shift+C")
    w.question_action = window_action(w, tr("Add a &question…"), c.add_question, "Ctrl+Shift+Q")
    w.undo_action = window_action(w, tr("&Undo delete"), c.undo_delete, Key.Undo)
    w.undo_action.setEnabled(False)

    file_menu = w.menuBar().addMenu(tr("&File"))
    for action in (w.add_documents_action, w.print_action, w.save_sheet_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(w.profile_action)
    w.case_commands.fill_file_menu(file_menu)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    edit_menu = w.menuBar().addMenu(tr("&Edit"))
    for action in (
        w.undo_action,
        w.find_action,
        w.add_entry_action,
        w.call_action,
        w.question_action,
    ):
        edit_menu.addAction(action)
    c.fill_help_menu(w.menuBar().addMenu(tr("&Help")))
    toolbar = w.addToolBar(tr("Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (w.add_documents_action, w.add_entry_action, w.call_action, w.print_action):
        toolbar.addAction(action)


class WindowCommands:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = window.controller
        self._undo: Callable[[], None] | None = None  # the one step that can be undone

    def tr(self, text: str) -> str:
        return self.window.tr(text)

    # --- documents ------------------------------------------------------------------
    def _path(self, doc: DocumentInfo) -> Path:
        return self.controller.folder / to_os(doc.path)

    def open_document(self, doc: DocumentInfo | None) -> None:
        if doc is None:
            return
        if doc.status == "missing":
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr(
                    "“{0}” is no longer in the case folder, so it can't be opened. "
                    "If you moved it, put it back, or add it again."
                ).format(doc.path),
            )
            return
        if not file_actions.open_file(self._path(doc)):
            self.window.show_error(self.tr("No program on this computer could open this file."))

    def show_in_folder(self, doc: DocumentInfo | None) -> None:
        if doc is not None:
            file_actions.show_in_folder(self._path(doc))

    def correct_kind(self, document_id: int, kind: str) -> None:
        self.controller.correct_kind(document_id, kind)

    def accept_all(self) -> None:
        def accepted(done: list[Any]) -> None:
            self.window.last_accepted = done
            self.window.review.undo_button.setVisible(bool(done))
            self.window.statusBar().showMessage(
                self.tr("Accepted {0} suggestion(s). You can undo this.").format(len(done)), 15000
            )

        self.controller.accept_all(accepted)

    def undo_accept_all(self) -> None:
        done = self.window.last_accepted
        self.window.last_accepted = []
        self.window.review.undo_button.hide()
        if done:
            self.controller.undo_accept_all(done)

    def unlock(self, doc: DocumentInfo | None) -> None:
        from organizer.gui.dialogs.password import PasswordDialog
        from organizer.jobs.unlock import read_with_password

        if doc is None:
            return
        dialog = PasswordDialog(doc.path.rsplit("/", 1)[-1], self.window)
        if not dialog.exec():
            return
        password = dialog.password()
        db, root, case_id = self.controller.db, self.controller.case.folder, self.controller.case.id

        def done(outcome: str) -> None:
            if outcome == "wrong":
                self.window.show_error(self.tr("That password did not open the file."))
            elif outcome == "ok":
                # Only in memory, for this window: so its pages can be shown.
                self.window.preview.passwords[doc.id] = password

        self.controller.run_edit(
            lambda: read_with_password(db, root, doc.id, password, case_id),
            done,
            self.tr("The locked document was read. The password was not saved."),
        )

    def add_documents(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Add documents"),
            str(Path.home()),
            self.tr("Documents, pictures and e-mails")
            + " (*.pdf *.PDF *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg);;"
            + self.tr("All files")
            + " (*)",
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path], entry_id: int | None = None) -> None:
        """Copy dropped files into the case folder in the background, then index them."""
        controller = self.controller
        folder, db, case_id, today = (
            controller.folder,
            controller.db,
            controller.case.id,
            clock.today(),
        )
        self.window.statusBar().showMessage(self.tr("Adding {0} file(s)…").format(len(paths)))

        def work() -> imports.ImportReport:
            return imports.import_files(
                folder, paths, today=today, known_hashes=documents.known_hashes(db, case_id)
            )

        def done(report: imports.ImportReport) -> None:
            controller.index_now(report.added)
            if entry_id is not None:
                for destination in report.destinations:
                    controller.link_when_indexed(destination, entry_id)
            self.window.statusBar().showMessage(report.headline(), 10000)
            problems = report.with_status(
                imports.ImportStatus.REFUSED,
                imports.ImportStatus.FAILED,
                imports.ImportStatus.ALREADY_THERE,
            )
            if problems:
                QMessageBox.information(self.window, APP_NAME, report.summary())

        controller.runner.run(work, done, lambda exc: self.window.show_error(str(exc)))

    # --- the log --------------------------------------------------------------------
    def _entry(self, row: int) -> LogEntryInfo | None:
        if row < 0 or row >= self.window.log_model.rowCount():
            return None
        return self.window.log_model.entry(row)

    def add_entry(self) -> None:
        from organizer.gui.dialogs.log_entry import LogEntryDialog

        dialog = LogEntryDialog(None, parent=self.window)
        if dialog.exec():
            self.controller.create_entry(dialog.values())

    def edit_entry(self, row: int) -> None:
        from organizer.gui.dialogs.log_entry import LogEntryDialog

        entry = self._entry(row)
        if entry is None:
            return
        dialog = LogEntryDialog(entry, parent=self.window)
        if dialog.exec():
            values = dialog.values()
            self.controller.edit_entry(entry.id, values)

    def mark_sent(self, entry_id: int) -> None:
        snapshot = self.window.snapshot
        before = next((e for e in snapshot.log if e.id == entry_id), None) if snapshot else None
        db, today = self.controller.db, self.controller.today()

        def sent(_info: object) -> None:
            if before is None:
                return
            self._offer_undo(
                self.tr("Undo mark sent"),
                self.tr("Marked “{0}” as sent today. You can undo this.").format(before.what),
                lambda: self.controller.run_edit(
                    lambda: log.edit_entry(
                        db,
                        before.id,
                        today=today,
                        status=before.status,
                        submitted_on=before.submitted_on,
                        decision_on=before.decision_on,
                    ),
                    message=self.tr("Undone: “{0}” is no longer marked as sent.").format(
                        before.what
                    ),
                ),
            )

        self.controller.run_edit(
            lambda: log.set_status(db, entry_id, "submitted", today=today),
            sent,
            self.tr("Marked as sent today.") if before is None else "",
        )

    def mark_sent_row(self, row: int) -> None:
        entry = self._entry(row)
        if entry is not None:
            self.mark_sent(entry.id)

    def delete_entry(self, row: int) -> None:
        entry = self._entry(row)
        if entry is None:
            return

        def deleted(info: LogEntryInfo) -> None:
            self.window.last_deleted = info
            self._offer_undo(
                self.tr("Undo delete"),
                self.tr("Deleted “{0}”. You can undo this.").format(info.what),
                lambda: self.controller.restore_entry(info),
            )

        self.controller.delete_entry(entry.id, deleted)

    def _offer_undo(self, label: str, message: str, action: Callable[[], None]) -> None:
        """One step can be undone at a time: the last delete or "mark sent"."""
        self._undo = action
        self.window.undo_action.setText(label)
        self.window.undo_action.setEnabled(True)
        self.window.undo_button.setText(label)
        self.window.undo_button.show()
        self.window.statusBar().showMessage(message, 15000)

    def undo_delete(self) -> None:
        """Undo the last delete or "mark sent" (the Edit menu's Undo and the undo button)."""
        action = self._undo
        if action is None:
            return
        self._undo = None
        self.window.last_deleted = None
        self.window.undo_action.setEnabled(False)
        self.window.undo_button.hide()
        action()

    def link_for_entry(self, entry_id: int) -> None:
        from organizer.gui.controller import role_for_drop
        from organizer.gui.dialogs.link_document import LinkDocumentDialog

        snapshot = self.window.snapshot
        if snapshot is None:
            return
        entry = next((e for e in snapshot.log if e.id == entry_id), None)
        choices = [d for d in snapshot.documents if d.status not in ("missing", "duplicate")]
        if entry is None or not choices:
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr("There are no documents yet. Drop the letter on the window first."),
            )
            return
        dialog = LinkDocumentDialog(entry, snapshot.documents, parent=self.window)
        if not dialog.exec():
            return
        doc = dialog.chosen()
        if doc is not None:
            self.controller.link_document(entry_id, doc.id, role_for_drop(doc))

    # --- calls and questions ------------------------------------------------------------
    def record_call(self) -> None:
        from organizer.gui.dialogs.call import CallDialog

        dialog = CallDialog(parent=self.window)
        if dialog.exec():
            values: dict[str, Any] = dict(dialog.values())
            called_at = values.pop("called_at", None) or datetime.now(UTC)
            new_entry = values.pop("new_entry", None)
            self.controller.add_call(called_at, values)
            if new_entry:
                self.controller.create_entry(dict(new_entry))

    def add_question(self) -> None:
        from organizer.gui.dialogs.question import QuestionDialog

        dialog = QuestionDialog(parent=self.window)
        if dialog.exec():
            values: dict[str, Any] = dict(dialog.values())
            question = values.pop("question")
            self.controller.add_question(question, values)

    def edit_call_item(self, item: QListWidgetItem) -> None:
        from organizer.gui.dialogs.call import CallDialog

        call = item.data(0x0100)
        dialog = CallDialog(call, parent=self.window)
        if dialog.exec():
            values: dict[str, Any] = dict(dialog.values())
            values.pop("new_entry", None)
            db = self.controller.db
            self.controller.run_edit(lambda: log.edit_call(db, call.id, **values))

    def edit_question_item(self, item: QListWidgetItem) -> None:
        from organizer.gui.dialogs.question import QuestionDialog

        question = item.data(0x0100)
        dialog = QuestionDialog(question, parent=self.window)
        if dialog.exec():
            values = dialog.values()
            db = self.controller.db
            self.controller.run_edit(lambda: log.edit_question(db, question.id, **values))

    # --- case, sheet, help ---------------------------------------------------------------
    def edit_profile(self) -> None:
        from organizer.gui.dialogs.profile import ProfileDialog
        from organizer.gui.onboarding import needs_details, open_details_with_suggestions
        from organizer.services import cases

        if needs_details(self.controller.case.profile):
            open_details_with_suggestions(self.window)  # pre-filled from the documents
            return
        dialog = ProfileDialog(self.controller.case.profile, parent=self.window)
        if dialog.exec():
            profile = dialog.profile()
            db, case_id = self.controller.db, self.controller.case.id

            def saved(case: Any) -> None:
                self.controller.case = case

            self.controller.run_edit(lambda: cases.update_profile(db, case_id, profile), saved)

    def _sheet_data(self) -> Any:
        from organizer.services.sheet_data import sheet_data

        now = datetime.now().astimezone()
        return sheet_data(self.controller.db, self.controller.case, today=clock.today(), now=now)

    def print_sheet(self) -> None:
        from organizer.gui.print_sheet import print_preview

        self.controller.runner.run(
            self._sheet_data, lambda data: print_preview(self.window, data), self._failed
        )

    def save_sheet(self) -> None:
        from organizer.gui.print_sheet import save_sheet_dialog

        self.controller.runner.run(
            self._sheet_data, lambda data: save_sheet_dialog(self.window, data), self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.window.show_error(str(exc))

    def fill_help_menu(self, menu: QMenu) -> None:
        guide = menu.addAction(self.tr("A short guide…"))
        guide.triggered.connect(
            lambda: QMessageBox.information(self.window, APP_NAME, self.tr(GUIDE))
        )
        menu.addSeparator()
        for title, url in MEDICARE_LINKS:
            action = menu.addAction(self.tr(title))
            action.triggered.connect(lambda _=False, u=url: QDesktopServices.openUrl(QUrl(u)))
        menu.addSeparator()
        about = menu.addAction(self.tr("About this organizer…"))
        about.triggered.connect(
            lambda: QMessageBox.about(self.window, APP_NAME, self.tr(NOT_ADVICE))
        )
