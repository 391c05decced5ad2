"""The narrow face the window shows to its commands: status, error, tell, ask, a parent.

The commands never import the main window (an import-linter contract says so); they are
given something with these few methods, so the two can change without knowing each other.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget


class CommandView(Protocol):
    def parent_widget(self) -> QWidget:
        """The window, as the parent of the dialogs the commands open."""
        ...

    def status(self, text: str, msecs: int = 0) -> None:
        """A message in the status bar ("" clears it)."""
        ...

    def error(self, text: str) -> None:
        """Something went wrong, in plain words."""
        ...

    def tell(self, text: str) -> None:
        """Something the person should read before going on."""
        ...

    def is_open(self) -> bool:
        """False once the window is gone (a late answer then has nowhere to go)."""
        ...


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two plainly named buttons; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
