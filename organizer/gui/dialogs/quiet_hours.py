"""Quiet hours: from which hour to which hour no reminder shows."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organizer.gui.reminders import ReminderSettings
from organizer.language import translate


class QuietHoursDialog(QDialog):
    """From which hour to which hour no reminder shows."""

    def __init__(self, current: ReminderSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quiet hours"))
        self.current = current
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("No reminders show between these hours; they wait until after."))
        )
        form = QFormLayout()
        self.start = QSpinBox(self)
        self.end = QSpinBox(self)
        for box, value in ((self.start, current.quiet_from), (self.end, current.quiet_until)):
            box.setRange(0, 23)
            box.setSuffix(":00")
            box.setValue(value)
        form.addRow(self.tr("Quiet from:"), self.start)
        form.addRow(self.tr("Until:"), self.end)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for standard, text in (
            (QDialogButtonBox.StandardButton.Ok, translate("CalmDialog", "OK")),
            (QDialogButtonBox.StandardButton.Cancel, translate("CalmDialog", "Cancel")),
        ):
            buttons.button(standard).setText(text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def settings(self) -> ReminderSettings:
        return ReminderSettings(self.current.enabled, self.start.value(), self.end.value())
