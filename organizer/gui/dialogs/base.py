"""What every dialog shares: calm layout, named fields, a sensible tab order, OK/Cancel.

Fonts are never set to fixed sizes: text follows the system font (and its scaling), and
headings are only made relatively larger.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

# Shown as "Not set"; no real date in a case is this old.
NO_DATE = QDate(1900, 1, 1)


def plain_name(label: str) -> str:
    """A label's words without the mnemonic ampersand or the trailing colon."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ").strip()


def name_widget(widget: QWidget, name: str, description: str = "") -> None:
    """Give a field (and any editor inside it) a name screen readers can announce."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    for inner in widget.findChildren(QLineEdit):
        if not inner.accessibleName():
            inner.setAccessibleName(name)


def heading(text: str, parent: QWidget | None = None, scale: float = 1.3) -> QLabel:
    """A larger, bold label, sized relative to the system font."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setMinimumWidth(text_width(label, 40))
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumWidth(text_width(label, 50))  # wrapped text stays readable, not a column
    return label


def text_width(widget: QWidget, characters: int) -> int:
    """The width of about ``characters`` average letters in the widget's own font."""
    return widget.fontMetrics().averageCharWidth() * characters


class OptionalDateEdit(QWidget):
    """A date that may be "Not set": a tick box to set it, and the date beside it."""

    changed = Signal()

    def __init__(self, value: date | None, *, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDisplayFormat(self.tr("MMM d, yyyy"))
        self.edit.setMinimumWidth(text_width(self.edit, 16))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.set_value(value)
        self.check.toggled.connect(self._ticked)
        self.edit.dateChanged.connect(self._date_changed)

    def set_name(self, name: str, description: str = "") -> None:
        self.setAccessibleName(name)
        name_widget(self.edit, name, description)
        self.check.setAccessibleName(self.tr("{0}: has a date").format(name))
        self.check.setToolTip(self.tr("Tick to enter a date"))

    def value(self) -> date | None:
        if not self.check.isChecked() or self.edit.date() == NO_DATE:
            return None
        return date(self.edit.date().year(), self.edit.date().month(), self.edit.date().day())

    def set_value(self, value: date | None) -> None:
        self.check.blockSignals(True)
        self.edit.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        self.edit.setEnabled(value is not None)
        self.check.blockSignals(False)
        self.edit.blockSignals(False)
        self.changed.emit()

    def _ticked(self, on: bool) -> None:
        self.set_value(self.default if on else None)
        if on:
            self.edit.setFocus()

    def _date_changed(self, value: QDate) -> None:
        if value == NO_DATE:  # stepped down to "Not set"
            self.set_value(None)
        else:
            self.changed.emit()

    def inputs(self) -> list[QWidget]:
        return [self.check, self.edit]


class CalmDialog(QDialog):
    """A dialog with an optional heading and intro, form sections, and OK/Cancel.

    Escape cancels and Enter (in a one-line field) accepts, as in every Qt dialog; Ctrl+Enter
    accepts from anywhere, including the larger text boxes.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(text_width(self, 2))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button, text in (
            (self.ok_button, self.tr("OK")),
            (self.cancel_button, self.tr("Cancel")),
        ):
            button.setText(text)  # ours, so the words don't hang on Qt's own catalogue
            button.setAccessibleName(text)
        self.ok_button.setDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._accept_if_allowed)
        self._inputs: list[QWidget] = []

    def _accept_if_allowed(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    # --- building ---------------------------------------------------------------------
    def group(self, title: str, parent_layout: QVBoxLayout | None = None) -> QGroupBox:
        """An empty titled box, added below what is already there."""
        box = QGroupBox(title, self)
        (parent_layout or self.body).addWidget(box)
        return box

    def section(self, title: str, parent_layout: QVBoxLayout | None = None) -> QFormLayout:
        """A titled group of labelled fields."""
        return form_layout(self.group(title, parent_layout))

    def plain_form(self) -> QFormLayout:
        """Labelled fields without a box around them, for dialogs with one group."""
        form = form_layout(None)
        self.body.addLayout(form)
        return form

    def row(
        self,
        form: QFormLayout,
        label: str,
        field: QWidget,
        *,
        name: str = "",
        description: str = "",
    ) -> QWidget:
        """Add ``label: field``; the field gets the label as its accessible name."""
        text = QLabel(label, self)
        accessible = name or plain_name(label)
        if isinstance(field, OptionalDateEdit):
            field.set_name(accessible, description)
            text.setBuddy(field.check)
            self._inputs.extend(field.inputs())
        else:
            name_widget(field, accessible, description)
            text.setBuddy(field)
            self._inputs.append(field)
        form.addRow(text, field)
        return field

    def track(self, *widgets: QWidget) -> None:
        """Count inputs placed outside a form row, in the order they appear."""
        self._inputs.extend(widgets)

    def finish(self, first: QWidget | None = None) -> None:
        """Add the buttons and chain the tab order in the order the fields were added."""
        self.body.addWidget(self.buttons)
        for edit in self.findChildren(QLineEdit):
            if not isinstance(edit.parentWidget(), QAbstractSpinBox):
                edit.setCursorPosition(0)  # show the start of long names, not their end
        chain: list[QWidget] = [*self._inputs, self.buttons]  # the box keeps its own order
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        target = first or next((w for w in self._inputs if w.isEnabled()), None)
        if target is not None:
            target.setFocus()

    def inputs(self) -> list[QWidget]:
        """The fields in tab order (for tests and for the window's own checks)."""
        return list(self._inputs)


# --- small field builders -------------------------------------------------------------------


def form_layout(box: QWidget | None) -> QFormLayout:
    """Labels beside their fields, the fields taking the spare width."""
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def line_edit(value: str, parent: QWidget, width: int = 30) -> QLineEdit:
    """A one-line field wide enough for ``width`` letters, showing the start of its text."""
    edit = QLineEdit(value, parent)
    edit.setMinimumWidth(text_width(edit, width))
    edit.setCursorPosition(0)
    return edit


class TextBox(QPlainTextEdit):
    """A multi-line box of a few lines, where Tab moves on instead of indenting."""

    def __init__(self, value: str, parent: QWidget, lines: int) -> None:
        super().__init__(value, parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self._height(max(2, lines - 1)))
        self.setMinimumWidth(text_width(self, 30))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        return self.fontMetrics().lineSpacing() * lines + frame

    def sizeHint(self) -> QSize:
        return QSize(text_width(self, 40), self._height(self.lines))


def text_box(value: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    return TextBox(value, parent, lines)


def suggestion_box(value: str, suggestions: Sequence[str], parent: QWidget) -> QComboBox:
    """Free text with a few suggestions to pick from (names from the case profile)."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    seen: list[str] = []
    for suggestion in suggestions:
        if suggestion and suggestion not in seen:
            seen.append(suggestion)
    box.addItems(seen)
    box.setCurrentText(value)
    box.setMinimumWidth(text_width(box, 28))
    return box
