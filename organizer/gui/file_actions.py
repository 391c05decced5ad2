"""Opening documents in the system viewer, showing them in the file manager, and drops.

Opening goes through QDesktopServices with a local-file URL, so the system's own PDF
viewer opens it; the organizer never registers itself as the default viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QDesktopServices

# Replaced in tests, so that nothing really opens.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def open_file(path: Path) -> bool:
    """Open a document with the system's default program (the window checks it exists)."""
    return bool(open_url(QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Open the file manager on the folder holding ``path``."""
    return bool(open_url(QUrl.fromLocalFile(str(path.parent))))


def dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files carried by a drop; web links and other data are ignored."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
