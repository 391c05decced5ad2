"""The deadlines' work that reaches the database or the disk, run by the controller."""

from __future__ import annotations

from pathlib import Path

from organizer.core.phrases import ENGLISH, Wording
from organizer.services import calendar_export
from organizer.storage.database import Database


def export_calendar(
    db: Database, case_id: int, folder: str, target: Path, wording: Wording = ENGLISH
) -> tuple[Path, int]:
    """Write the case's open deadlines to ``target`` as a calendar file, in the language of
    ``wording``; where, and how many."""
    return calendar_export.export_calendar(db, case_id, folder, target, wording=wording)
