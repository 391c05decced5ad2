"""The user's word on a photographed page is stored, wins, and makes the page read again."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from sqlalchemy import select

from organizer.core.records import CaseInfo
from organizer.jobs import photo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import documents
from organizer.services.photo_choices import photo_choices, set_photo_choice
from organizer.storage.database import Database
from organizer.storage.models import Activity
from tests.factories import render_text_image
from tests.helpers import needs_tesseract

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

LINES = ["PRIOR AUTHORIZATION APPROVED", "Member ID BHP447201983", "Home infusion therapy"]


def run_index(db: Database, case: CaseInfo) -> None:
    indexer = Indexer(db, case, IndexSettings(settle_seconds=0.0))
    try:
        indexer.run_once()
    finally:
        indexer.close()


@needs_tesseract
def test_turn_and_original_choice_are_stored_and_read_again(
    qapp: object, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    width, height, data = render_text_image(LINES, width_px=1700, height_px=1000)
    page = np.frombuffer(data, dtype=np.uint8).reshape(height, width)
    assert cv2.imwrite(str(case_folder / "IMG_0005.PNG"), photo.turn(page, 90))
    run_index(db, case)
    (doc,) = documents.list_documents(db, case.id)
    assert doc.status == "indexed"
    assert "BHP447201983" in documents.document_text(db, doc.id).replace(" ", "")
    assert photo_choices(db, case.id) == {}

    # The user reads the picture as it is, turned back by a quarter to the left.
    assert set_photo_choice(db, doc.id, turn=270, use_original=True)
    assert not set_photo_choice(db, doc.id, turn=270)  # the same choice again: nothing to do
    assert photo_choices(db, case.id) == {doc.id: (270, True)}
    (pending,) = documents.list_documents(db, case.id)
    assert pending.status == "pending"
    assert documents.pending_documents(db, case.id) == [(doc.id, "IMG_0005.PNG", 0)]
    with db.session() as session:
        summaries = list(session.scalars(select(Activity.summary)))
    assert "Picture turned 270°, original picture by you: IMG_0005.PNG" in summaries

    run_index(db, case)
    (again,) = documents.list_documents(db, case.id)
    assert again.status == "indexed"
    assert "BHP447201983" in documents.document_text(db, doc.id).replace(" ", "")
    assert photo_choices(db, case.id) == {doc.id: (270, True)}  # kept after the reading

    with pytest.raises(ValueError, match="quarter"):
        set_photo_choice(db, doc.id, turn=45)
