"""Photographed pages: the corrected page for the preview, and the person's own choice.

The corrected page lives in the app's data folder (``jobs/photo_pages``); the picture in
the case folder is never changed. A choice is stored as the user's (``photo_choices``)
and puts the document back in the reading queue.
"""

from __future__ import annotations

from pathlib import Path

from organizer.core.safe_open import read_regular
from organizer.jobs.photo_pages import corrected_page_path, corrected_turn_path
from organizer.services import photo_choices
from organizer.storage.database import Database


def picture_for_preview(path: Path, sha256: str | None) -> tuple[bytes, bool]:
    """The corrected first page when the reader kept one, else the picture as it is.

    Returns the image bytes and whether they are the corrected page.
    """
    if sha256:
        corrected = corrected_page_path(sha256, 0)
        try:
            return read_regular(corrected), True
        except OSError:
            pass
    return read_regular(path), False


def photo_choice(db: Database, case_id: int, document_id: int) -> tuple[int, bool]:
    """The person's turn (clockwise degrees) and whether they chose the original picture."""
    return photo_choices.photo_choices(db, case_id).get(document_id, (0, False))


def shown_turn(sha256: str | None, chosen: int) -> int:
    """How far the page shown was turned from the picture (the reader notes it)."""
    if sha256:
        try:
            return int(corrected_turn_path(sha256, 0).read_text(encoding="ascii")) % 360
        except (OSError, ValueError):
            pass
    return chosen % 360


def turn_photo(
    db: Database, case_id: int, document_id: int, sha256: str | None
) -> tuple[int, bool]:
    """Turn the page shown a quarter to the right; it is read again. Returns the choice.

    The turn is stored from the picture as taken; a full turn back is stored as
    ``AS_TAKEN``, so the reader does not turn it by itself again.
    """
    turn, _original = photo_choice(db, case_id, document_id)
    wanted = (shown_turn(sha256, turn) + 90) % 360 or photo_choices.AS_TAKEN
    photo_choices.set_photo_choice(db, document_id, turn=wanted)
    return photo_choice(db, case_id, document_id)


def use_original(db: Database, case_id: int, document_id: int, on: bool) -> tuple[int, bool]:
    """Read the picture as it is (on) or corrected (off); it is read again."""
    photo_choices.set_photo_choice(db, document_id, use_original=on)
    return photo_choice(db, case_id, document_id)
