"""The status sheet: gathered from the window's snapshot, written off the GUI thread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from organizer.core.snapshot import CaseSnapshot
from organizer.language import in_language, language
from organizer.sheet.data import SheetData, sheet_from_snapshot, write_private_file

__all__ = ["SheetData", "sheet_for", "write_sheet"]


def sheet_for(snapshot: CaseSnapshot, now: datetime, lang: str | None = None) -> SheetData:
    """The sheet in ``lang`` (the window's language by default): for the office, say."""
    with in_language(lang or language()):
        return sheet_from_snapshot(snapshot, now=now)


def write_sheet(path: Path, content: bytes, case_folder: str) -> Path:
    """Write the sheet readable by the user only, all at once or not at all."""
    return write_private_file(path, content, case_folder)
