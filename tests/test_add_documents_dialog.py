"""The "Add documents" dialog shows every file the app would read if it were dropped.

It once listed only PDFs, JPEG, PNG, TIFF and e-mails: an iPhone's IMG_0001.HEIC, which
the app reads when dropped on the window or found in the folder, was hidden from the one
button a newcomer uses. A real (Qt, not the desktop's) file dialog over a real folder.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView
from pytestqt.qtbot import QtBot

from organizer.core.filenames import DOCUMENT_SUFFIXES, document_patterns, is_document_name
from organizer.gui.main_window import MainWindow
from tests.test_window import indexed_case, window  # noqa: F401

NAMES = [
    "IMG_0001.HEIC",
    "IMG_0002.heif",
    "IMG_0003.JPG",
    "scan.PDF",
    "letter.pdf",
    "fax.TIFF",
    "card.png",
    "note.eml",
    "Outlook message.msg",
    "visit summary.docx",
    "notes.txt",
]


def test_the_dialog_lists_photos_and_every_document_but_nothing_else(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Phone pictures"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_bytes(b"x")
    dialog = QFileDialog(window, "Add documents", "", window.commands.documents_filter())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    assert isinstance(model, QFileSystemModel)
    # Only the loading of this folder counts (the dialog may first load another one).
    with qtbot.waitSignal(
        model.directoryLoaded, timeout=10000, check_params_cb=lambda path: path == str(folder)
    ):
        dialog.setDirectory(str(folder))
    root = view.rootIndex()
    shown = {model.index(row, 0, root).data() for row in range(model.rowCount(root))}
    assert shown == {name for name in NAMES if is_document_name(name)}
    assert "IMG_0001.HEIC" in shown
    assert "visit summary.docx" not in shown


def test_the_patterns_match_each_ending_in_both_cases_even_where_case_counts() -> None:
    patterns = document_patterns().split()
    for suffix in DOCUMENT_SUFFIXES:
        for name in (f"a{suffix}", f"A{suffix.upper()}"):
            assert any(fnmatchcase(name, p) for p in patterns), name
    assert not any(fnmatchcase("notes.docx", p) for p in patterns)
    assert patterns[:2] == ["*.pdf", "*.PDF"]
