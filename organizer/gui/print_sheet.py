"""The window's side of the status sheet: print preview (Ctrl+P) and "Save as PDF…".

Both draw with ``status_sheet.render_sheet``, the code ``organizer sheet`` uses, so the
page is the same everywhere. The caller gathers the ``SheetData`` off the GUI thread; the
PDF file itself is written through the task runner when there is one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from organizer import APP_NAME
from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
from organizer.gui.ops.sheet_ops import SheetData, write_sheet
from organizer.gui.tasks import TaskRunner
from organizer.language import translate
from organizer.sheet.render import (
    default_paper,
    sheet_pdf,
    sheet_title,
)
from organizer.words import error_words

log = logging.getLogger(__name__)


def print_preview(
    parent: QWidget | None, data: SheetData, again: Callable[[str], SheetData] | None = None
) -> int:
    """Show the print preview (modal); returns the dialog's result.

    ``again`` makes the sheet in another language, for the preview's language choice.
    """
    dialog = SheetPreviewDialog(parent, data, again)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def suggested_file(data: SheetData) -> Path:
    """``~/Documents/Status sheet - Peggy Okafor - 2026-11-20.pdf``: never the case folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{sheet_title(data)} - {data.today.isoformat()}.pdf"
    return Path(folder or Path.home()) / re.sub(r'[\\/:*?"<>|]+', "", name)


def save_sheet_dialog(
    parent: QWidget | None,
    data: SheetData,
    runner: TaskRunner,
    on_saved: Callable[[Path], object] | None = None,
) -> Path | None:
    """Ask where to save the sheet as a PDF, then write it on the task runner (never on
    the GUI thread).

    Returns the chosen path, or None when the user cancelled. Problems are told in a
    message box; ``on_saved`` hears about the file once it is written.
    """
    caption = translate("MainWindow", "Save status sheet as PDF")
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested_file(data)), "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
    content, _layout = sheet_pdf(data, default_paper())

    def write() -> Path:
        return write_sheet(path, content, data.case_folder)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, APP_NAME, error_words(exc))

    def saved(target: Path) -> None:
        if on_saved is not None:
            on_saved(target)

    runner.run(write, saved, failed)
    return path
