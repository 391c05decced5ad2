"""The documents table: name, kind, date, sender, status and linked log entries.

Rows are plain DocumentInfo snapshots (never the text). Rows are handed to the view in
chunks (canFetchMore/fetchMore), so a case of 10,000 documents opens at once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from organizer.core.records import DocumentInfo
from organizer.gui.table_model import FlatTableModel
from organizer.gui.words import (
    FLAGGED_STATES,
    OUTCOME_WORDS,
    SENDER_WORDS,
    kind_word,
    show_date,
    state_text,
    status_word,
    tr,
    urgent_colour,
)
from organizer.words import QT_TRANSLATE_NOOP, read_problem

Index = QModelIndex | QPersistentModelIndex
FETCH_CHUNK = 500
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, KIND, DATE, SENDER, STATUS, LINKED = range(6)


class DocumentTableModel(FlatTableModel):
    ROW_FLAG = Qt.ItemFlag.ItemIsDragEnabled
    COLUMNS = (
        QT_TRANSLATE_NOOP("words", "Name"),
        QT_TRANSLATE_NOOP("words", "Kind"),
        QT_TRANSLATE_NOOP("words", "Date"),
        QT_TRANSLATE_NOOP("words", "From"),
        QT_TRANSLATE_NOOP("words", "Status"),
        QT_TRANSLATE_NOOP("words", "In the log"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._all: list[DocumentInfo] = []
        self._given: list[DocumentInfo] = []
        self._shown = 0
        self._links: dict[int, list[str]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_documents(self, docs: list[DocumentInfo], links: dict[int, list[str]]) -> bool:
        """Show ``docs``; returns whether anything changed (the same rows reset nothing)."""
        if docs == self._given and links == self._links:
            return False
        self._given = list(docs)  # as given: the rows shown may be sorted
        self.beginResetModel()
        self._all = list(docs)
        self._links = dict(links)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._shown = min(len(self._all), FETCH_CHUNK)
        self.endResetModel()
        return True

    def document(self, row: int) -> DocumentInfo:
        return self._all[row]

    def row_of(self, document_id: int) -> int | None:
        for row in range(self._shown):
            if self._all[row].id == document_id:
                return row
        return None

    def fetch_all(self) -> None:
        """Filtering needs every row; the data is already in memory, so add them at once."""
        if self._shown >= len(self._all):
            return
        self.beginInsertRows(QModelIndex(), self._shown, len(self._all) - 1)
        self._shown = len(self._all)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row: far faster than a proxy asking data()."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._all[i.row()].id if i.row() < len(self._all) else None for i in kept]
        self._sort = (column, order)
        self._sort_rows(column, order)
        rows = {doc.id: row for row, doc in enumerate(self._all)}
        moved = [
            self.index(rows[doc_id], old.column())
            if doc_id in rows and rows[doc_id] < self._shown
            else QModelIndex()
            for old, doc_id in zip(kept, ids, strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        reverse = order == Qt.SortOrder.DescendingOrder
        if column == DATE:
            self._all.sort(key=lambda d: d.document_date or date.min, reverse=reverse)
        else:
            self._all.sort(key=lambda d: self._display(d, column).casefold(), reverse=reverse)

    # --- lazy fetching --------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(FETCH_CHUNK, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # --- model ----------------------------------------------------------------------
    def row_count(self) -> int:
        return self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        doc = self._all[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(doc, column)
        if role == SORT_ROLE:
            if column == DATE:
                return doc.document_date.isoformat() if doc.document_date else ""
            return self._display(doc, column)
        if role == DOCUMENT_ROLE:
            return doc
        if role == Qt.ItemDataRole.ToolTipRole:
            if doc.status in FLAGGED_STATES or doc.error:
                return read_problem(doc.error) or status_word(doc.status)
            if doc.duplicate_of:
                return f"{doc.path}\n{state_text(doc.status, doc.duplicate_of)}"
            return doc.path
        flagged = doc.status in FLAGGED_STATES
        if role == Qt.ItemDataRole.ForegroundRole and flagged and column in (NAME, STATUS):
            return QBrush(QColor(urgent_colour()))
        if role == Qt.ItemDataRole.FontRole and flagged and column == STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(doc, column)
        return None

    def _display(self, doc: DocumentInfo, column: int) -> str:
        if column == NAME:
            return doc.path.rsplit("/", 1)[-1]
        if column == KIND:
            kind = kind_word(doc.kind)
            if doc.letter_outcome:
                kind += f" – {tr(OUTCOME_WORDS.get(doc.letter_outcome, doc.letter_outcome))}"
            return kind
        if column == DATE:
            return show_date(doc.document_date)
        if column == SENDER:
            return tr(SENDER_WORDS.get(doc.sender or "", "")) if doc.sender else ""
        if column == STATUS:
            word = state_text(doc.status, doc.duplicate_of)
            return f"⚠ {word}" if doc.status in FLAGGED_STATES else word
        if column == LINKED:
            return ", ".join(self._links.get(doc.id, []))
        return ""


class DocumentFilter(QSortFilterProxyModel):
    """Filters by kind and state, and by the documents a search found.

    Sorting is passed on to the documents model, which sorts its list directly.
    """

    def __init__(self) -> None:
        super().__init__()
        self.kind: str | None = None
        self.status: str | None = None
        self.only_ids: set[int] | None = None
        self.sorted_by: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, DocumentTableModel) and column >= 0:
            self.sorted_by = (column, order)
            source.sort(column, order)

    def set_filters(
        self, kind: str | None, status: str | None, only_ids: set[int] | None = None
    ) -> None:
        source = self.sourceModel()
        if isinstance(source, DocumentTableModel) and (kind or status or only_ids is not None):
            source.fetch_all()
        if (kind, status, only_ids) == (self.kind, self.status, self.only_ids):
            return  # nothing to filter again: the current row and the scroll stay
        self.beginFilterChange()
        self.kind, self.status, self.only_ids = kind, status, only_ids
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, DocumentTableModel)
        doc = model.document(source_row)
        if self.kind is not None and doc.kind != self.kind:
            return False
        if self.status is not None:
            if self.status == "attention":
                if doc.status not in FLAGGED_STATES:
                    return False
            elif doc.status != self.status:
                return False
        return self.only_ids is None or doc.id in self.only_ids
