"""Choosing the log entry a document belongs to: the keyboard's way to drop it on the log.

Dragging a letter onto a log row needs a steady hand and a mouse. This lists the entries
(still missing first), preselects nothing, and links with Enter or the Link button.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from organizer.core.records import DocumentInfo, LogEntryInfo
from organizer.gui.dialogs.base import CalmDialog, paragraph
from organizer.gui.words import show_date
from organizer.words import entry_label


class PickEntryDialog(CalmDialog):
    def __init__(
        self,
        document: DocumentInfo,
        entries: Sequence[LogEntryInfo],
        missing_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Link to a log entry"), parent)
        name = document.path.rsplit("/", 1)[-1]
        self.body.addWidget(paragraph(self.tr("Which log entry is “{0}” for?").format(name), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Log entries to link {0} to").format(name))
        order = {entry_id: n for n, entry_id in enumerate(missing_ids)}
        self.entries = sorted(entries, key=lambda e: (order.get(e.id, len(order)), e.what))
        for entry in self.entries:
            text = entry_label(entry)
            if entry.due:
                text += " · " + self.tr("due {0}").format(show_date(entry.due))
            if entry.id in order:
                text += " · " + self.tr("still missing")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.list.setCurrentRow(-1)
        self.list.itemSelectionChanged.connect(self._update_ok)
        self.list.itemActivated.connect(lambda _item: self._accept_if_allowed())
        self.list.setMinimumHeight(self.fontMetrics().height() * 12)
        self.body.addWidget(self.list, 1)
        self.finish(self.list)
        self.ok_button.setText(self.tr("Link"))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.list.selectedItems()))

    def chosen(self) -> LogEntryInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        entry_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries if e.id == entry_id), None)
