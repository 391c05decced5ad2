"""The running app around the window: which case is open, hand-overs, files opened by the OS.

Files can arrive three ways — the command line, "Open with" (a second launch hands them
over), and a drop on the macOS Dock icon (a QFileOpenEvent) — and all of them are added to
the current case exactly as a drop on the window is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from organizer.core.errors import KnownError
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.dialogs.welcome import WelcomeChoice
from organizer.gui.main_window import MainWindow
from organizer.gui.ops import app_ops, case_ops
from organizer.gui.ops.app_ops import Database
from organizer.gui.settings_keys import LAST_CASE_KEY
from organizer.gui.tasks import TaskRunner
from organizer.language import translate
from organizer.words import error_words

log = logging.getLogger(__name__)


def ask_welcome(parent: QWidget | None) -> WelcomeChoice | None:
    """The welcome, when the last case was removed: a folder for a new case, or nothing.

    The example case is left out here: it lives in a database of its own, so it is only
    offered when the organizer starts.
    """
    from organizer.gui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog(parent)
    dialog.demo_choice.setEnabled(False)
    dialog.demo_choice.setToolTip(
        translate("WelcomeDialog", "The example opens when the organizer starts.")
    )
    return dialog.result_value() if dialog.exec() else None


class AppShell(QObject):
    def __init__(self, app: QApplication, db: Database, *, remember: bool = True) -> None:
        super().__init__()
        self.app = app
        self.db = db
        self.remember = remember
        self.runner = TaskRunner(self)
        self.window: MainWindow | None = None
        self.controller: CaseController | None = None
        # Asks for a new case when none is left (replaced in tests).
        self.welcome: Callable[[QWidget | None], WelcomeChoice | None] = ask_welcome
        app.installEventFilter(self)

    # --- cases ----------------------------------------------------------------------
    def open_case(self, case: CaseInfo) -> MainWindow:
        previous = self.window
        if self.controller is not None:
            self.controller.stop()
        self.controller = CaseController(self.db, case, self.runner)
        self.window = MainWindow(self.controller)
        if previous is not None:
            self.window.setGeometry(previous.geometry())
            previous.close()
            previous.deleteLater()
        self.window.switch_case.connect(self.switch_to)
        self.window.show()
        self.controller.start()
        self.window.case_commands.check_folder()
        if self.remember:
            QSettings().setValue(LAST_CASE_KEY, case.folder)
        return self.window

    def switch_to(self, case: CaseInfo | None) -> None:
        """Show ``case``; None (after a removal): the newest case left, else the welcome."""
        if case is not None:
            self.open_case(case)
            return
        db = self.db
        self.runner.run(lambda: case_ops.list_cases(db), self._open_newest, self._failed)

    def _open_newest(self, remaining: list[CaseInfo]) -> None:
        if remaining:
            self.open_case(remaining[-1])
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        """No case is left: ask for a folder for a new one, or close the window."""
        choice = self.welcome(self.window)
        if choice is None or choice.folder is None:
            self._close_window()
            return
        db, folder, profile = self.db, choice.folder, choice.profile

        def work() -> CaseInfo:
            return case_ops.find_or_create(db, folder, profile)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.show_welcome()  # still no case: ask again (or let the user close)

        self.runner.run(work, self.open_case, failed)

    def _failed(self, exc: BaseException) -> None:
        if self.window is not None:
            self.window.show_error(error_words(exc))

    def _close_window(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def take_startup_copy(self, on_done: Callable[[Path | None], None] | None = None) -> None:
        """The automatic copy of the database, in the background so the window opens fast."""
        path = self.db.path

        def done(made: Path | None) -> None:
            if made is not None:
                log.info("start-up copy of the database taken")
            if on_done is not None:
                on_done(made)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, KnownError):
                self.runner.on_unhandled_error(exc)  # a bug: logged and told as one
                return
            log.warning("start-up copy of the database not taken: %s", exc.message)
            if self.window is not None:
                self.window.statusBar().showMessage(
                    translate(
                        "MainWindow", "The automatic copy of the database was not made: {0}"
                    ).format(error_words(exc)),
                    20000,
                )

        self.runner.run(lambda: app_ops.startup_copy(path), done, failed)

    def receive(self, paths: list[Path]) -> None:
        """Paths from a second launch or from the OS: a folder opens, files are added."""
        folders = [p for p in paths if p.is_dir()]
        files = [p for p in paths if not p.is_dir()]
        if folders:
            try:
                case = case_ops.open_or_create(self.db, folders[0])
            except KnownError as exc:
                if self.window is not None:
                    self.window.show_error(error_words(exc))
                return
            if self.window is None or case.id != self.window.case.id:
                self.open_case(case)
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
            if files:
                self.window.commands.import_files(files)

    # --- events -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.receive([Path(event.file())])
            return True
        return super().eventFilter(watched, event)

    def close(self) -> None:
        self.app.removeEventFilter(self)
        if self.controller is not None:
            self.controller.stop()
        self.runner.wait()
