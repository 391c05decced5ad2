"""The dialogs of the demo case, offscreen, and a check for words that don't fit.

Used by ``scripts/screenshots.py`` (``--lang es`` writes them with ``-es`` in their names):
each dialog is opened as a person would see it, grabbed, and every label, button, tab and
check box is measured against the room it has; Spanish runs some 20% longer than English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from organizer.gui.main_window import MainWindow
from tests.fits import clipped, dialogs


def shoot(widget: QWidget, target: Path, report: list[str]) -> None:
    widget.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    widget.grab().save(str(target))
    report += [f"{target.name}: {line}" for line in clipped(widget)]
    widget.close()


def dialog_shots(window: MainWindow, out: Path, suffix: str) -> list[str]:
    """Write each dialog's picture; return the words that don't fit, one line each."""
    report: list[str] = []
    for name, make in dialogs(window).items():
        shoot(make(), out / f"{name}{suffix}.png", report)
    return report
