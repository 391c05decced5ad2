"""Above a photographed page: what is shown, and the person's two corrections.

"Turn right" and "Use the original picture" are the person's word: stored as their choice
(never overwritten by what the reader detects), then the page is read again in the
background. The buttons say what they do; the line beside them says what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class PhotoTools(QWidget):
    turn_requested = Signal(int)  # document id
    original_requested = Signal(int, bool)  # document id, read the picture as it is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: int | None = None
        self.setAccessibleName(self.tr("Photographed page"))
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.turn_button = QPushButton(self.tr("&Turn right"), self)
        self.turn_button.setAccessibleName(self.tr("Turn the page a quarter to the right"))
        self.turn_button.setToolTip(
            self.tr("Turn the page a quarter to the right and read it again")
        )
        self.original_button = QPushButton(self.tr("Use the &original picture"), self)
        self.original_button.setCheckable(True)
        self.original_button.setAccessibleName(self.tr("Use the original picture"))
        self.original_button.setToolTip(
            self.tr("Read the photo as it was taken, without straightening or evening the light")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.what, 1)
        layout.addWidget(self.turn_button)
        layout.addWidget(self.original_button)
        self.turn_button.clicked.connect(self._turn)
        self.original_button.clicked.connect(self._original)
        self.hide()

    def show_for(self, document_id: int | None, corrected: bool) -> None:
        """A picture is shown (``corrected``: the page as the reader straightened it)."""
        if document_id != self.document_id:
            self.original_button.setChecked(False)  # until this picture's choice is known
        self.document_id = document_id
        self.setVisible(document_id is not None)
        if corrected:
            self.what.setText(self.tr("The page as it was straightened and read."))
        else:
            self.what.setText(self.tr("The picture as it is. It has not been read yet."))

    def set_choice(self, document_id: int, turn: int, original: bool) -> None:
        """What the person chose before (shown on the buttons)."""
        if document_id != self.document_id:
            return
        self.original_button.setChecked(original)
        turned = self.tr("Turned {0}° by you.").format(turn % 360) if turn else ""
        self.turn_button.setToolTip(
            " ".join(
                x
                for x in (
                    turned,
                    self.tr("Turn the page a quarter to the right and read it again"),
                )
                if x
            )
        )

    def reading_again(self) -> None:
        self.what.setText(self.tr("Reading the page again with your choice…"))

    def _turn(self) -> None:
        if self.document_id is not None:
            self.turn_requested.emit(self.document_id)

    def _original(self, on: bool) -> None:
        if self.document_id is not None:
            self.original_requested.emit(self.document_id, on)
