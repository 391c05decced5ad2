"""Small layout helpers so nothing important is cut off at the default 1280×820 window."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QTableView, QWidget

# Log columns: Needs, What, Who sends it, Requested, Due, Sent, Status.
WHAT, WHO = 1, 2
DATE_COLUMNS = (3, 4, 5)


class ElidedLabel(QLabel):
    """One line that gives way to its neighbours: shortened in the middle, whole in a tooltip.

    The status bar's folder path is long; the state next to it ("Reading new documents…")
    matters more and is never cut.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("Watching: …"))
        self.setText(text)

    def setText(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self.full_text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideMiddle, max(self.width(), 40)
        )
        super().setText(shown)


def fit_log_columns(view: QTableView) -> None:
    """Every column of the log in view at 1280×820, without scrolling sideways.

    Dates and short words get the room they need; "What" takes what is left; long names
    of who sends it wrap onto a second line instead of being cut.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    metrics = view.fontMetrics()
    date_width = metrics.horizontalAdvance("Nov 30, 2026") + 20
    for column in DATE_COLUMNS:
        header.resizeSection(column, date_width)
    header.resizeSection(0, metrics.horizontalAdvance("… Waiting") + 24)
    header.resizeSection(6, metrics.horizontalAdvance("Requested") + 24)
    header.resizeSection(WHO, metrics.horizontalAdvance("Lakeview Infectious") + 20)
    header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows.setMinimumSectionSize(metrics.lineSpacing() + 14)  # the same air as other tables


# Each remembered part of a window's layout: its settings key, and either an object with
# saveState/restoreState or a (save, restore) pair.
LayoutPart = tuple[str, Any]


def restore_layout(settings: QSettings, parts: Iterable[LayoutPart]) -> None:
    """Put back the sizes saved last time; a part never saved keeps its first size."""
    for key, part in parts:
        restore = part[1] if isinstance(part, tuple) else part.restoreState
        value = settings.value(key)
        if isinstance(value, QByteArray):
            restore(value)


def save_layout(settings: QSettings, parts: Iterable[LayoutPart]) -> None:
    for key, part in parts:
        save = part[0] if isinstance(part, tuple) else part.saveState
        settings.setValue(key, save())
