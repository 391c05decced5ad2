"""The requested/submitted log as a Qt table model over plain snapshots."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from organizer.core.records import LogEntryInfo

STATUS_WORDS = {
    "proposed": "Suggested",
    "requested": "Requested",
    "submitted": "Sent",
    "approved": "Approved",
    "denied": "Denied",
    "not_needed": "Not needed",
}

Index = QModelIndex | QPersistentModelIndex


def show_date(value: date | None) -> str:
    return value.strftime("%b %d, %Y").replace(" 0", " ") if value else ""


class LogTableModel(QAbstractTableModel):
    COLUMNS = ("What", "Who sends it", "Requested", "Due", "Sent", "Status")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LogEntryInfo] = []

    def set_entries(self, rows: list[LogEntryInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> LogEntryInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self._rows[index.row()]
        values = (
            e.what,
            e.who_submits,
            show_date(e.requested_on),
            show_date(e.due),
            show_date(e.submitted_on),
            self.tr(STATUS_WORDS.get(e.status, e.status)),
        )
        return values[index.column()]
