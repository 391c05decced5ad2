"""The Documents table, which says what to do when it has nothing to show.

An empty white table tells a newcomer nothing. With no documents yet it says how they get
there (drop them on the window, or "Add documents"); when documents exist but the search
or a filter hides them all, it says that instead, so nobody wonders where their papers went.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget

from organizer.gui.documents_model import DocumentFilter
from organizer.gui.words import KIND_WORDS, OUTCOME_WORDS, show_date, tr


class DocumentsTable(QTableView):
    def __init__(self, model: DocumentFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Documents"))
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(130)
        # Name, kind and date fit beside the preview at the window's first size: a name
        # is cut in its middle ("Explanation of…11-03.pdf"); a kind or a date never is.
        header.resizeSection(0, 210)
        kinds = [f"{tr(KIND_WORDS['letter'])} – {tr(w)}" for w in OUTCOME_WORDS.values()]
        header.resizeSection(1, max(self.fontMetrics().horizontalAdvance(k) for k in kinds) + 24)
        # The widest date as drawn (letters differ in width: "May 28" is wider than "Jul 28").
        dates = (show_date(date(2026, m, 28)) for m in range(1, 13))
        widest = max(self.fontMetrics().horizontalAdvance(d) for d in dates)
        header.resizeSection(2, widest + 28)
        header.setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setDragEnabled(False)
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self._say_when_empty)
        model.rowsInserted.connect(self._say_when_empty)
        model.rowsRemoved.connect(self._say_when_empty)
        self._say_when_empty()

    def empty_text(self) -> str:
        """What the empty table says; "" while it shows rows."""
        model = self.model()
        if model.rowCount() > 0:
            return ""
        source = model.sourceModel() if isinstance(model, DocumentFilter) else None
        if source is not None and source.rowCount() > 0:
            return self.tr("No document matches the search or the filters above.")
        return self.tr(
            "No documents yet.\n\nDrag letters, scans or photos onto this window, or use "
            "“Add documents”. Copies are made; your originals stay where they are."
        )

    def _say_when_empty(
        self, *_: QModelIndex | QPersistentModelIndex | int | list[QPersistentModelIndex]
    ) -> None:
        # Screen readers read the description: the hint is not only painted.
        self.setAccessibleDescription(self.empty_text())
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.empty_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = self.fontMetrics().height() * 2
        area = QRect(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()
