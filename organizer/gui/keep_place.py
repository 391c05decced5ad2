"""A refresh keeps the person's place: focus, the current row and cell, the scroll position.

A keyboard or screen-reader user loses their way when a refresh throws focus back to the
start of the window. The window's parts are refilled only when what they show changed;
when they are, a table gets back its current row (found by what it shows, not by number),
its current column and its scroll position.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

Flag = QItemSelectionModel.SelectionFlag


@dataclass(frozen=True, slots=True)
class TablePlace:
    key: object | None  # what the current row shows (a document id, a log entry id)
    column: int
    vertical: int
    horizontal: int


def save_place(view: QAbstractItemView, key_at: Callable[[QModelIndex], object]) -> TablePlace:
    current = view.currentIndex()
    return TablePlace(
        key_at(current) if current.isValid() else None,
        max(current.column(), 0),
        view.verticalScrollBar().value(),
        view.horizontalScrollBar().value(),
    )


def restore_place(
    view: QAbstractItemView, place: TablePlace, index_of: Callable[[object], QModelIndex | None]
) -> None:
    """Put the current row, cell and scroll back as they were, without moving the view."""
    index = index_of(place.key) if place.key is not None else None
    if index is not None and index.isValid():
        cell = index.siblingAtColumn(min(place.column, view.model().columnCount() - 1))
        flags = Flag.ClearAndSelect | Flag.Rows
        view.selectionModel().setCurrentIndex(cell, flags)
    view.verticalScrollBar().setValue(place.vertical)
    view.horizontalScrollBar().setValue(place.horizontal)


def keep_list_place(items: QListWidget, refill: Callable[[], None]) -> None:
    """Refill a list and put its current row (same text) and scroll back."""
    current = items.currentItem()
    text = current.text() if current is not None else None
    row = items.currentRow()
    scroll = items.verticalScrollBar().value()
    refill()
    if text is not None:
        found = items.findItems(text, Qt.MatchFlag.MatchExactly)
        target = found[0] if found else items.item(min(row, items.count() - 1))
        if target is not None:
            items.setCurrentItem(target)
    items.verticalScrollBar().setValue(scroll)


def discard(widget: QWidget) -> None:
    """Take a widget out of the window for good, without it ever becoming a window.

    ``setParent(None)`` makes a shown widget a top-level window for a moment; that window
    takes the activation from the main window, and the keyboard focus is lost with it.
    """
    widget.hide()
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.removeWidget(widget)
    widget.deleteLater()
