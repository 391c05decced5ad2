"""What the case items of the File menu do: another case, a moved folder, backups, removal.

Each runs its work in the background and ends by asking the app to show a case (the
``switch_case`` signal): the one chosen, the same one at its new place, or None
after a removal (the app then opens another case, or the welcome if none is left).

The file and folder choosers and the yes/no question are module functions, so tests can
replace them instead of clicking through the system's dialogs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from organizer.core.records import CaseInfo
from organizer.gui import view
from organizer.gui.controller import CaseController
from organizer.gui.dialogs.cases import CasesDialog
from organizer.gui.dialogs.welcome import documents_folder, pick_folder_natively
from organizer.gui.ops import case_ops
from organizer.gui.ops.case_ops import IndexSettings
from organizer.gui.view import CommandView
from organizer.words import error_words, relocate_message, restore_message

BACKUP_FILTER = "Case backups (*.zip);;All files (*)"


# --- choosers and questions (replaced in tests) ------------------------------------------
def pick_folder(parent: QWidget, caption: str, start: Path) -> Path | None:
    return pick_folder_natively(parent, caption, start)


def pick_save_file(parent: QWidget, caption: str, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), BACKUP_FILTER)
    return Path(name) if name else None


def pick_open_file(parent: QWidget, caption: str, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(start), BACKUP_FILTER)
    return Path(name) if name else None


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two plainly named buttons; the safe answer is the default."""
    return view.ask(parent, title, text, yes, no)


def file_name_part(text: str) -> str:
    """Words safe in a file name on every system."""
    return re.sub(r"[^\w\- ]+", "", text).strip() or "case"


class CaseCommands(QObject):
    # Asks the app to show a case: the one chosen, the same one moved, or None (removed).
    switch_case = Signal(object)
    # How the folder is read after a move; tests switch OCR off.
    relocate_settings = IndexSettings(settle_seconds=0.0)

    def __init__(self, view: CommandView, controller: CaseController) -> None:
        super().__init__()
        self.view = view
        self.controller = controller
        self.cases_dialog: CasesDialog | None = None

    # --- helpers --------------------------------------------------------------------
    @property
    def case(self) -> CaseInfo:
        return self.controller.case

    def _tell(self, text: str) -> None:
        if self.view.is_open():
            self.view.tell(text)

    def _switch(self, case: CaseInfo | None) -> None:
        if self.view.is_open():
            self.switch_case.emit(case)

    def _run(
        self,
        work: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def on_error(exc: BaseException) -> None:
            if self.view.is_open():
                self.view.error(error_words(exc))
            if failed is not None:
                failed(exc)

        self.controller.runner.run(lambda: work(*args), done, on_error)

    def _reopen(self, case_id: int) -> None:
        """After a failed change: show the case as it is stored now (or the next one)."""
        db = self.controller.db
        self.controller.runner.run(
            lambda: case_ops.stored_case(db, case_id), self._switch, lambda _exc: self._switch(None)
        )

    def _status(self, text: str) -> None:
        if self.view.is_open():
            self.view.status(text)

    # --- other cases ----------------------------------------------------------------
    def open_another_case(self) -> CasesDialog:
        """Show the list of cases (without waiting for it: it answers through signals)."""
        db = self.controller.db
        dialog = CasesDialog(
            lambda: case_ops.case_rows(db),
            self.controller.runner,
            current_id=self.case.id,
            parent=self.view.parent_widget(),
            pick_folder=lambda parent, caption, start: pick_folder(parent, caption, start),
        )
        dialog.accepted.connect(lambda: self.open_chosen(dialog))
        self.cases_dialog = dialog
        dialog.open()
        return dialog

    def open_chosen(self, dialog: CasesDialog) -> None:
        if dialog.chosen_folder is not None:
            self.open_folder(dialog.chosen_folder)
            return
        chosen = dialog.chosen_case()
        if chosen is not None and chosen.id != self.case.id:
            self._switch(chosen)

    def open_folder(self, folder: Path) -> None:
        """Open the case for ``folder``, making one the first time."""
        self._run(case_ops.open_or_create, self.controller.db, folder, done=self._switch)

    # --- the folder moved -----------------------------------------------------------
    def check_folder(self) -> None:
        """At start: if the case folder is gone, offer to point at its new place."""
        folder = self.controller.folder
        self.controller.runner.run(folder.is_dir, self._folder_checked, lambda _exc: None)

    def _folder_checked(self, found: bool) -> None:
        if found or not self.view.is_open():
            return
        text = self.tr(
            "The folder of this case can't be found:\n{0}\n\nIf you moved or renamed it, "
            "show the organizer where it is now; your log and notes stay with the case. "
            "If it is on a drive that is not plugged in, plug it in and the organizer "
            "will carry on by itself."
        ).format(self.case.folder)
        if ask(
            self.view.parent_widget(),
            self.tr("The case folder can't be found"),
            text,
            self.tr("Show where it is now…"),
            self.tr("Not now"),
        ):
            self.relocate()

    def relocate(self) -> None:
        chosen = pick_folder(
            self.view.parent_widget(),
            self.tr("Where is the folder of this case now?"),
            Path(self.case.folder).parent,
        )
        if chosen is not None:
            self.relocate_to(chosen)

    def relocate_to(self, folder: Path) -> None:
        """Point the case at ``folder``, match its documents by content, reopen it there."""
        db, case = self.controller.db, self.case
        # The watcher must not read the old place while the index moves to the new one.
        self.controller.stop()
        self._status(self.tr("Looking for the documents in {0}…").format(folder))

        def done(report: case_ops.RelocateReport) -> None:
            said = relocate_message(
                report.message, report.case.folder, report.checked, report.counts()
            )
            self._tell(said)
            self._switch(report.case)

        self._run(
            case_ops.relocate_case,
            db,
            case.id,
            folder,
            self.relocate_settings,
            done=done,
            failed=lambda _exc: self._reopen(case.id),
        )

    # --- backups ------------------------------------------------------------------------
    def back_up(self) -> None:
        case = self.case
        today = self.controller.today()
        name = f"{file_name_part(case.title if case.profile.patient else 'Case')} backup {today}"
        target = pick_save_file(
            self.view.parent_widget(),
            self.tr("Save a backup of the case"),
            documents_folder() / f"{name}.zip",
        )
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".zip")
        db, now = self.controller.db, datetime.now().astimezone()
        self._status(self.tr("Making the backup…"))

        def done(summary: case_ops.BackupSummary) -> None:
            self._status("")
            self._tell(
                self.tr(
                    "The backup was saved to:\n{0}\n\nIt holds the log, the calls, the "
                    "questions and the fingerprints of {1} document(s). The documents "
                    "themselves stay in the case folder; keep your own copy of that folder too."
                ).format(summary.path, summary.documents)
            )

        self._run(
            case_ops.back_up,
            db,
            case.id,
            target,
            now,
            today,
            done=done,
            failed=lambda _exc: self._status(""),
        )

    def restore(self) -> None:
        parent = self.view.parent_widget()
        source = pick_open_file(parent, self.tr("Choose a backup to restore"), documents_folder())
        if source is None:
            return
        folder = pick_folder(
            parent,
            self.tr("Choose the folder with the papers of the restored case"),
            documents_folder(),
        )
        if folder is None:
            return

        def done(report: case_ops.RestoreReport) -> None:
            folder = str(report.imported.case.folder)
            self._tell(restore_message(report.message, folder, report.counts()))
            self._switch(report.imported.case)

        self._run(case_ops.restore, self.controller.db, source, folder, done=done)

    # --- removal ------------------------------------------------------------------------
    def remove(self) -> None:
        case = self.case
        text = self.tr(
            "Remove “{0}” from the organizer?\n\nThe organizer forgets this case: its log, "
            "calls, questions and what it learned from the documents.\n\nThe documents in "
            "{1} stay where they are. They are never deleted.\n\nIf you may want the log "
            "back, make a backup first (File > Back up case…)."
        ).format(case.title, case.folder)
        if not ask(
            self.view.parent_widget(),
            self.tr("Remove case"),
            text,
            self.tr("Remove from the organizer"),
            self.tr("Keep it"),
        ):
            return
        self.controller.stop()

        def done(message: str) -> None:
            self._tell(message)
            self._switch(None)  # the app opens another case, or the welcome

        self._run(
            case_ops.remove_case,
            self.controller.db,
            case.id,
            done=done,
            failed=lambda _exc: self._reopen(case.id),
        )
