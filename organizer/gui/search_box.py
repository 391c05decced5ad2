"""Full-text search as you type, with the matching words highlighted in each result."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem

from organizer.core.records import MATCH_END, MATCH_START, SearchHit
from organizer.gui.controller import CaseController
from organizer.gui.ops import file_ops

DEBOUNCE_MS = 250


def highlighted(snippet: str) -> str:
    """Escape a snippet and turn the match marks into bold, highlighted words."""
    escaped = html.escape(snippet)
    return escaped.replace(
        html.escape(MATCH_START), "<b style='background-color:#ffe066; color:#000'>"
    ).replace(html.escape(MATCH_END), "</b>")


class SearchController(QObject):
    results_changed = Signal()
    result_chosen = Signal(int)

    def __init__(self, controller: CaseController, field: QLineEdit, results: QListWidget) -> None:
        super().__init__(field)
        self.controller = controller
        self.field = field
        self.results = results
        self.hits: list[SearchHit] | None = None
        self._asked = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run)
        field.textChanged.connect(lambda _text: self.timer.start())
        results.currentRowChanged.connect(self._chosen)

    def matching_ids(self) -> set[int] | None:
        return None if self.hits is None else {hit.document_id for hit in self.hits}

    def _run(self) -> None:
        text = self.field.text().strip()
        self._asked = text
        if not text:
            self._show(text, None)
            return
        db, case_id = self.controller.db, self.controller.case.id
        self.controller.runner.run(
            lambda: file_ops.search_documents(db, case_id, text),
            lambda hits: self._show(text, hits),
        )

    def _show(self, text: str, hits: list[SearchHit] | None) -> None:
        if text != self._asked:
            return  # an older search finished after a newer one was asked
        self.hits = hits
        self.results.clear()
        self.results.setVisible(hits is not None)
        for hit in hits or []:
            item = QListWidgetItem()
            name = html.escape(hit.path.rsplit("/", 1)[-1])
            label = QLabel(f"<b>{name}</b><br>{highlighted(hit.snippet)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 2, 4, 2)
            item.setSizeHint(label.sizeHint())
            item.setData(Qt.ItemDataRole.UserRole, hit.document_id)
            plain = hit.snippet.replace(MATCH_START, "").replace(MATCH_END, "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{html.unescape(name)}: {plain}")
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if hits is not None and not hits:
            self.results.addItem(self.tr("No document contains these words."))
        self.results_changed.emit()

    def _chosen(self, row: int) -> None:
        item = self.results.item(row)
        document_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(document_id, int):
            self.result_chosen.emit(document_id)
