"""Choosing the document that belongs to one log entry: the likeliest first, none chosen.

The dialog names the entry it links for, lists the documents ranked by how well they fit
it (what the reader found the document sends or asks for, words shared with the entry,
who sent it, newest first), says why a document is near the top, and preselects nothing:
the person picks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from organizer.core.records import DocumentInfo, LogEntryInfo
from organizer.gui.dialogs.base import CalmDialog, paragraph
from organizer.gui.words import kind_word, show_date
from organizer.language import translate
from organizer.words import entry_label

_EPOCH = date(1900, 1, 1)
# Words too common to say that a document fits an entry.
COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "to",
        "from",
        "in",
        "on",
        "or",
        "with",
        "by",
        "your",
        "my",
        "copy",
        "copies",
        "letter",
        "form",
        "pdf",
    ]
)


@dataclass(frozen=True, slots=True)
class Ranked:
    document: DocumentInfo
    score: int
    why: str


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.casefold()) if len(w) > 2} - COMMON


def rank_documents(entry: LogEntryInfo, documents: Sequence[DocumentInfo]) -> list[Ranked]:
    """The documents that could be linked to ``entry``, the likeliest first.

    Missing files and copies are left out, and so are documents already linked to it.
    """
    linked = {link.document_id for link in entry.links}
    wanted = _words(entry.what) | _words(entry.item.replace("_", " "))
    ranked: list[Ranked] = []
    for doc in documents:
        if doc.status in ("missing", "duplicate") or doc.id in linked:
            continue
        score, why = 0, ""
        if entry.item and entry.item in doc.fulfills:
            score, why = 100, translate("words", "This looks like it")
        elif entry.item and entry.item in doc.requested_items:
            score, why = 60, translate("words", "Asks for it")
        shared = wanted & (_words(doc.path) | _words(kind_word(doc.kind)))
        if shared:
            score += 10 * len(shared)
            why = why or translate("words", "Mentions {0}").format(", ".join(sorted(shared)))
        ranked.append(Ranked(doc, score, why))
    ranked.sort(
        key=lambda r: (-r.score, -(r.document.document_date or _EPOCH).toordinal(), r.document.path)
    )
    return ranked


class LinkDocumentDialog(CalmDialog):
    def __init__(
        self,
        entry: LogEntryInfo,
        documents: Sequence[DocumentInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Link a document"), parent)
        self.entry = entry
        self.ranked = rank_documents(entry, documents)
        self.body.addWidget(
            paragraph(
                self.tr("Which document belongs to “{0}”? The likeliest are at the top.").format(
                    entry_label(entry)
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Documents to link to {0}").format(entry_label(entry)))
        for ranked in self.ranked:
            doc = ranked.document
            parts = [doc.path.rsplit("/", 1)[-1], kind_word(doc.kind)]
            if doc.document_date:
                parts.append(show_date(doc.document_date))
            text = " · ".join(parts)
            if ranked.why:
                text += f"\n    {ranked.why}"
            item = QListWidgetItem(text)
            item.setToolTip(doc.path)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.list.addItem(item)
        self.list.setCurrentRow(-1)  # nothing chosen until the person chooses
        self.list.clearSelection()
        self.list.itemSelectionChanged.connect(self._update_ok)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_if_allowed())
        self.list.setMinimumHeight(self.fontMetrics().height() * 16)
        self.body.addWidget(self.list, 1)
        self.finish(self.list)
        self.ok_button.setText(self.tr("Link"))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.list.selectedItems()))

    def chosen(self) -> DocumentInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        doc_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r.document for r in self.ranked if r.document.id == doc_id), None)
