"""The running app around the window: which case is open, hand-overs, files opened by the OS.

Files can arrive three ways — the command line, "Open with" (a second launch hands them
over), and a drop on the macOS Dock icon (a QFileOpenEvent) — and all of them are added to
the current case exactly as a drop on the window is.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from organizer.core.errors import KnownError
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow, start_refresh_timer
from organizer.gui.settings_keys import LAST_CASE_KEY
from organizer.jobs.tasks import TaskRunner
from organizer.services import cases
from organizer.storage.database import Database

log = logging.getLogger(__name__)

CHANGE_CHECK_MS = 2000


class AppShell(QObject):
    def __init__(self, app: QApplication, db: Database, *, remember: bool = True) -> None:
        super().__init__()
        self.app = app
        self.db = db
        self.remember = remember
        self.runner = TaskRunner(self)
        self.window: MainWindow | None = None
        self.controller: CaseController | None = None
        app.installEventFilter(self)
        # Changes made by the command line while the window is open show up here.
        self._watch_connection = sqlite3.connect(
            f"{db.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        self._data_version = self._current_data_version()
        self.change_timer = QTimer(self)
        self.change_timer.timeout.connect(self._check_outside_changes)
        self.change_timer.start(CHANGE_CHECK_MS)

    # --- cases ----------------------------------------------------------------------
    def open_case(self, case: CaseInfo) -> MainWindow:
        previous = self.window
        if self.controller is not None:
            self.controller.stop()
        self.controller = CaseController(self.db, case, self.runner)
        self.window = MainWindow(self.controller)
        start_refresh_timer(self.window)
        if previous is not None:
            self.window.setGeometry(previous.geometry())
            previous.close()
            previous.deleteLater()
        self.window.show()
        self.controller.start()
        if self.remember:
            QSettings().setValue(LAST_CASE_KEY, case.folder)
        return self.window

    def receive(self, paths: list[Path]) -> None:
        """Paths from a second launch or from the OS: a folder opens, files are added."""
        folders = [p for p in paths if p.is_dir()]
        files = [p for p in paths if not p.is_dir()]
        if folders:
            try:
                case = cases.open_or_create_case(self.db, folders[0])
            except KnownError as exc:
                if self.window is not None:
                    self.window.show_error(exc.message)
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

    def _current_data_version(self) -> int:
        try:
            row = self._watch_connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return -1
        return int(row[0]) if row else -1

    def _check_outside_changes(self) -> None:
        self.runner.run(self._current_data_version, self._compare_version)

    def _compare_version(self, version: int) -> None:
        if version != self._data_version:
            self._data_version = version
            if self.controller is not None:
                self.controller.refresh()

    def close(self) -> None:
        self.change_timer.stop()
        if self.controller is not None:
            self.controller.stop()
        self.runner.wait()
        self._watch_connection.close()
