"""The status sheet's print preview: its Print button opens the system print dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QToolBar,
    QWidget,
)

from organizer import APP_NAME
from organizer.core.errors import KnownError
from organizer.gui.access import name_tool_buttons
from organizer.gui.dialogs.language import language_box
from organizer.gui.ops.sheet_ops import SheetData
from organizer.gui.translation import save_sheet_language
from organizer.sheet.render import (
    default_paper,
    page_layout,
    render_sheet,
    sheet_title,
)

log = logging.getLogger(__name__)


def is_qt_action(action: QAction, english: str) -> bool:
    """One of Qt's own toolbar actions, found by its words in English or in the language."""
    said = QCoreApplication.translate("QPrintPreviewDialog", english)
    return action.text().replace("&", "") in (english, said)


class SheetPreviewDialog(QPrintPreviewDialog):
    """Print preview of the sheet; its Print button opens the system print dialog."""

    def __init__(
        self,
        parent: QWidget | None,
        data: SheetData,
        again: Callable[[str], SheetData] | None = None,
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(default_paper()))
        printer.setDocName(sheet_title(data))
        printer.setCreator(APP_NAME)
        super().__init__(printer, parent)
        self.sheet_printer = printer  # the dialog does not own it: keep it alive
        self.data = data
        self.again = again
        self.setWindowTitle(self.tr("Print the status sheet"))
        self.paintRequested.connect(self.paint)
        self.fit_width()
        self.language_box = language_box(data.language, self, system=False)
        self.language_box.setAccessibleName(self.tr("Sheet language"))
        toolbar = self.findChild(QToolBar)
        if again is not None and toolbar is not None:
            # The sheet goes to the office: it may need another language than the window's.
            toolbar.addSeparator()
            label = QLabel(self.tr("Sheet language:"), toolbar)
            label.setBuddy(self.language_box)
            toolbar.addWidget(label)
            toolbar.addWidget(self.language_box)
            self.language_box.activated.connect(self.language_chosen)
            # Wide enough for the whole toolbar: the choice is not hidden behind "»".
            self.setMinimumWidth(toolbar.sizeHint().width() + 24)
        else:
            self.language_box.hide()  # not drawn loose over the toolbar
        self._add_buttons()

    def language_chosen(self) -> None:
        """Draw the sheet again in the language chosen (remembered for the next sheet)."""
        code = self.language_box.currentData()
        if self.again is None or not isinstance(code, str) or code == self.data.language:
            return
        self.data = self.again(code)
        save_sheet_language(code)
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()

    def _add_buttons(self) -> None:
        """Print and Close as buttons Tab reaches (the toolbar's are for the mouse), Ctrl+P."""
        print_action = next(
            (a for a in self.findChildren(QAction) if is_qt_action(a, "Print")), None
        )
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setAccessibleName(self.tr("Print the status sheet"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        if print_action is not None:
            self.print_button.clicked.connect(print_action.trigger)
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
            shortcut.activated.connect(print_action.trigger)
        else:  # a Qt without the toolbar action: the button still prints
            self.print_button.clicked.connect(self._print_direct)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus()
        name_tool_buttons(self)
        for kind, words in (
            (QGraphicsView, self.tr("The status sheet, as it will print")),
            (QLineEdit, self.tr("Page number")),
            (QComboBox, self.tr("Zoom")),
        ):
            for widget in self.findChildren(kind):
                if not widget.accessibleName():
                    widget.setAccessibleName(words)

    def _print_direct(self) -> None:
        dialog = QPrintDialog(self.sheet_printer, self)
        if dialog.exec():
            self.paint(self.sheet_printer)
            self.accept()

    def fit_width(self) -> None:
        """Open at "fit width", readable at once, rather than a whole page at about 40%."""
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        for action in self.findChildren(QAction):
            if is_qt_action(action, "Fit width"):
                action.setChecked(True)  # the toolbar shows the mode the page is in

    def paint(self, printer: QPrinter) -> None:
        """Draw the page for the preview or the printer (the paintRequested handler)."""
        try:
            render_sheet(self.data, printer)
        except KnownError as exc:
            log.warning("status sheet not drawn: %s", exc)
