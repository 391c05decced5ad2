"""Asking for the password of a locked PDF, once, without keeping it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from organizer.gui.dialogs.base import CalmDialog, heading, line_edit, name_widget, paragraph


class PasswordDialog(CalmDialog):
    """The password for one file. ``password()`` returns it; nothing here stores it."""

    def __init__(
        self, file_name: str, parent: QWidget | None = None, *, tried_before: bool = False
    ) -> None:
        super().__init__(self.tr("Locked document"), parent)
        self.body.addWidget(heading(self.tr("This document is locked with a password"), self))
        self.body.addWidget(
            paragraph(
                self.tr("“{0}” needs a password before its text can be read.").format(file_name),
                self,
            )
        )
        self.body.addWidget(
            paragraph(
                self.tr(
                    "The password is used once, to read the text. It is not saved anywhere, "
                    "and the file itself is not changed."
                ),
                self,
            )
        )
        if tried_before:
            self.body.addWidget(
                paragraph(self.tr("That password did not open it. Please try again."), self)
            )
        form = self.plain_form()
        self.field = line_edit("", self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.row(form, self.tr("Password:"), self.field)
        self.show_it = QCheckBox(self.tr("Show the password as I type"), self)
        name_widget(self.show_it, self.tr("Show the password as I type"))
        form.addRow("", self.show_it)
        self.track(self.show_it)
        self.show_it.toggled.connect(self._show)
        self.ok_button.setText(self.tr("Read the document"))
        self.ok_button.setAccessibleName(self.tr("Read the document"))
        self.field.textChanged.connect(self._update_ok)
        self._update_ok()
        self.finish(self.field)

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.field.text()))

    def password(self) -> str:
        return self.field.text()

    def forget(self) -> None:
        """Clear the typed password once the caller has taken it."""
        self.field.clear()
