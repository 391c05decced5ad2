"""What the preview's photo buttons do: store the person's choice, then read the page again.

The choice is stored through ``gui/ops/photo_ops`` off the GUI thread; the watcher is told
to read the document again, and the preview shows the new corrected page when it is read.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from organizer.gui.controller import CaseController
from organizer.gui.ops import photo_ops
from organizer.gui.preview import PreviewPane
from organizer.gui.view import CommandView


class PhotoCommands(QObject):
    def __init__(self, view: CommandView, controller: CaseController, preview: PreviewPane) -> None:
        super().__init__(preview)
        self.view = view
        self.controller = controller
        self.preview = preview
        tools = preview.photo_tools
        tools.turn_requested.connect(self.turn)
        tools.original_requested.connect(self.use_original)
        preview.photo_shown.connect(self.show_choice)

    def show_choice(self, document_id: int) -> None:
        c = self.controller
        c.run(
            photo_ops.photo_choice,
            c.db,
            c.case.id,
            document_id,
            done=lambda choice: self.preview.photo_tools.set_choice(document_id, *choice),
            reload=False,
        )

    def _chosen(self, document_id: int, choice: tuple[int, bool]) -> None:
        self.preview.photo_tools.set_choice(document_id, *choice)
        self.preview.photo_tools.reading_again()
        self.preview.read_again(document_id)
        doc = self.preview.current
        if doc is not None and doc.id == document_id:
            self.controller.index_now([doc.path])

    def turn(self, document_id: int) -> None:
        c = self.controller
        doc = self.preview.current
        sha256 = doc.sha256 if doc is not None and doc.id == document_id else None
        c.run(
            photo_ops.turn_photo,
            c.db,
            c.case.id,
            document_id,
            sha256,
            done=lambda choice: self._chosen(document_id, choice),
            message=self.tr("Turned. The page is read again; your choice is kept."),
        )

    def use_original(self, document_id: int, on: bool) -> None:
        c = self.controller
        message = (
            self.tr("The original picture will be read, as it is. Your choice is kept.")
            if on
            else self.tr("The straightened page will be read. Your choice is kept.")
        )
        c.run(
            photo_ops.use_original,
            c.db,
            c.case.id,
            document_id,
            on,
            done=lambda choice: self._chosen(document_id, choice),
            message=message,
        )
