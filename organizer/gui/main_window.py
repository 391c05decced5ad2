"""The main window: the case at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organizer import APP_NAME
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.gui.log_model import LogTableModel
from organizer.jobs.tasks import TaskRunner
from organizer.services import log
from organizer.storage.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database, case: CaseInfo, runner: TaskRunner) -> None:
        super().__init__()
        self.db = db
        self.case = case
        self.runner = runner
        self.setWindowTitle(f"{case.title} — {APP_NAME}")
        self.resize(1100, 720)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.header = QLabel(self._header_text(), central)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setAccessibleName(self.tr("Case details"))
        layout.addWidget(self.header)

        self.log_model = LogTableModel()
        self.log_view = QTableView(central)
        self.log_view.setModel(self.log_model)
        self.log_view.setAccessibleName(self.tr("Requested and sent log"))
        self.log_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_view.verticalHeader().hide()
        log_title = QLabel(self.tr("<h3>What was asked for, and what was sent</h3>"), central)
        layout.addWidget(log_title)
        layout.addWidget(self.log_view, 1)
        self.setCentralWidget(central)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(quit_action)

        self.statusBar().showMessage(self.tr("Case folder: {0}").format(case.folder))
        self.refresh()

    def _header_text(self) -> str:
        p = self.case.profile
        parts = [f"<h2>{_escape(self.case.title)}</h2>"]
        details = [
            (self.tr("Therapy"), p.therapy),
            (self.tr("Insurance"), " ".join(x for x in (p.payer, p.member_id) if x)),
            (self.tr("Pharmacy"), p.pharmacy.name),
            (self.tr("Provider office"), p.provider_office.name),
        ]
        parts.append("<br>".join(f"<b>{_escape(k)}:</b> {_escape(v)}" for k, v in details if v))
        return "".join(parts)

    def refresh(self) -> None:
        """Reload the log in the background; the table updates when it arrives."""
        db, case_id = self.db, self.case.id
        self.runner.run(lambda: log.log_entries(db, case_id), self._show_log, self._show_error)

    def _show_log(self, rows: list[LogEntryInfo]) -> None:
        self.log_model.set_entries(rows)
        self.log_view.resizeColumnsToContents()

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, APP_NAME, self.tr("Something went wrong: {0}").format(exc))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
