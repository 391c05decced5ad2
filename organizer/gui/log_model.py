"""The requested/submitted log as a Qt table model, with the missing list's marks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTableView, QWidget

from organizer.core.missing import MissingRow, shown_status
from organizer.core.records import LogEntryInfo
from organizer.gui.table_model import FlatTableModel
from organizer.gui.words import LOG_STATUS_WORDS, show_date, tr, urgent_colour, waiting_colour
from organizer.language import translate
from organizer.words import QT_TRANSLATE_NOOP, entry_label, row_what, row_when, row_who, typed_who

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class LogTableModel(FlatTableModel):
    ROW_FLAG = Qt.ItemFlag.ItemIsDropEnabled
    COLUMNS = (
        QT_TRANSLATE_NOOP("words", "Needs"),
        QT_TRANSLATE_NOOP("words", "What"),
        QT_TRANSLATE_NOOP("words", "Who sends it"),
        QT_TRANSLATE_NOOP("words", "Requested"),
        QT_TRANSLATE_NOOP("words", "Due"),
        QT_TRANSLATE_NOOP("words", "Sent"),
        QT_TRANSLATE_NOOP("words", "Status"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LogEntryInfo] = []
        self._marks: dict[int, MissingRow] = {}

    def set_entries(self, rows: list[LogEntryInfo], missing: Sequence[MissingRow] = ()) -> bool:
        """Show ``rows``; returns whether anything changed (the same rows reset nothing)."""
        marks: dict[int, MissingRow] = {}
        for row in missing:  # the list is most urgent first: keep the first mark per entry
            marks.setdefault(row.log_id, row)
        if list(rows) == self._rows and marks == self._marks:
            return False
        self.beginResetModel()
        self._rows = list(rows)
        self._marks = marks
        self.endResetModel()
        return True

    def entry(self, row: int) -> LogEntryInfo:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), None)

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        mark = self._marks.get(entry.id)
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, mark, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and mark is not None and index.column() == 0:
            return QBrush(QColor(urgent_colour() if mark.urgent else waiting_colour()))
        if role == Qt.ItemDataRole.ToolTipRole and mark is not None:
            return f"{row_what(mark)} — {row_who(mark)} — {row_when(mark)}"
        return None

    def _display(self, entry: LogEntryInfo, mark: MissingRow | None, column: int) -> str:
        if column == 0:
            if mark is None:
                return ""
            return (
                "⚠ " + translate("words", "Urgent")
                if mark.urgent
                else "… " + translate("words", "Waiting")
            )
        values = (
            entry_label(entry),
            typed_who(entry.who_submits),
            show_date(entry.requested_on),
            show_date(entry.due),
            show_date(entry.submitted_on),
            tr(LOG_STATUS_WORDS.get(status := shown_status(entry, mark is not None), status)),
        )
        return values[column - 1]


class LogTableView(QTableView):
    """The log table; files dropped on a row are added to the folder and linked to it."""

    files_dropped = Signal(list, int)  # paths, row (-1 when dropped below the rows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from organizer.gui.file_actions import dropped_paths

        paths = dropped_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths, self.indexAt(event.position().toPoint()).row())
