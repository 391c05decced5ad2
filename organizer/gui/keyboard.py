"""The window without a mouse: Tab leaves tables, Enter opens, F2 edits, Down reaches results.

Each helper wires one habit of keyboard users onto widgets the window already has; the
window calls them once, after building its parts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QPushButton


def leave_with_tab(*views: QAbstractItemView) -> None:
    """Tab goes on to the next control; the arrow keys move inside the table or list."""
    for view in views:
        view.setTabKeyNavigation(False)


def on_enter_or_f2(view: QAbstractItemView, act: Callable[[QModelIndex], object]) -> None:
    """Enter (and F2) on the current row does what a double-click does."""
    view.activated.connect(act)  # Enter, Return, and a double-click
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(
        lambda: act(view.currentIndex()) if view.currentIndex().isValid() else None
    )


class _DownToList(QObject):
    def __init__(self, field: QLineEdit, results: QListWidget) -> None:
        super().__init__(field)
        self.results = results

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.isVisible()
            and self.results.count()
        ):
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return False


def down_to_results(field: QLineEdit, results: QListWidget) -> None:
    """Down in the search field goes to the results (as in a browser's search)."""
    field.installEventFilter(_DownToList(field, results))


def buttons_need_a_row(view: QAbstractItemView, buttons: Sequence[QPushButton]) -> None:
    """Buttons that act on the chosen row are usable only while a row is chosen."""

    def update() -> None:
        chosen = view.selectionModel().hasSelection() and view.currentIndex().isValid()
        for button in buttons:
            button.setEnabled(chosen)

    view.selectionModel().selectionChanged.connect(lambda *_: update())
    view.selectionModel().currentChanged.connect(lambda *_: update())
    view.model().modelReset.connect(update)
    update()
