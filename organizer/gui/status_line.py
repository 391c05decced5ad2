"""The window's status bar: the folder watched, how the reading goes, and "Undo delete"."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton

from organizer.gui.layout import ElidedLabel
from organizer.gui.words import urgent_colour


class StatusLine(QObject):
    """Puts its widgets in ``window``'s status bar and keeps them up to date."""

    def __init__(self, window: QMainWindow, folder: str) -> None:
        super().__init__(window)
        bar = window.statusBar()
        self.folder_label = ElidedLabel(self.tr("Watching: {0}").format(folder), window)
        self.state_label = QLabel(window)
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(320)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.hide()
        self.undo_button = QPushButton(self.tr("Undo delete"), window)
        self.undo_button.hide()
        bar.addWidget(self.folder_label, 1)
        bar.addPermanentWidget(self.undo_button)
        bar.addPermanentWidget(self.state_label)
        bar.addPermanentWidget(self.progress)

    def show_watch_state(self, state: str) -> None:
        words = {
            "starting": self.tr("Starting…"),
            "watching": self.tr("Up to date"),
            "indexing": self.tr("Reading new documents…"),
            "unreachable": self.tr("⚠ The case folder can't be reached. Waiting for it."),
            "stopped": "",
            "look_only": self.tr("Look only: your account can't change this case"),
        }
        self.state_label.setText(words.get(state, state))
        self.state_label.setStyleSheet(
            f"color: {urgent_colour()}; font-weight: bold;" if state == "unreachable" else ""
        )
        if state != "indexing":
            self.progress.hide()

    def show_progress(self, done: int, total: int, phase: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        label = self.tr("Reading scans") if phase == "ocr" else self.tr("Reading")
        self.progress.setFormat(f"{label} %v/%m")
        # Room for the words beside the bar's own margins, in any language ("Leyendo…").
        words = self.progress.fontMetrics().horizontalAdvance(f"{label} {total}/{total}")
        self.progress.setMinimumWidth(min(words + 56, 320))
        self.progress.setVisible(done < total)
