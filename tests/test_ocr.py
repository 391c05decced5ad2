"""Scanned pages are read with Tesseract; without it, the app keeps working and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer.core.records import CaseInfo
from organizer.jobs import ocr
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import documents
from organizer.storage.database import Database
from tests import factories
from tests.helpers import needs_tesseract

LINES = ["PRIOR AUTHORIZATION APPROVED", "Member ID BHP447201983", "Home infusion therapy"]


def make_scans(folder: Path) -> None:
    factories.write_scanned_pdf(folder / "scan0001.pdf", LINES)
    page = factories.render_text_image(LINES, width_px=1700, height_px=1000)
    factories.write_png(folder / "phone photo.png", page)
    other = factories.render_text_image(["Second page of the fax"], width_px=1700, height_px=800)
    factories.write_tiff(folder / "fax.tif", [page, other])


def run_index(db: Database, case: CaseInfo, **settings: object) -> Indexer:
    indexer = Indexer(db, case, IndexSettings(settle_seconds=0.0, **settings))  # type: ignore[arg-type]
    try:
        indexer.run_once()
    finally:
        indexer.close()
    return indexer


@pytest.fixture
def scans(qapp: object, case_folder: Path) -> Iterator[Path]:
    make_scans(case_folder)
    yield case_folder


@pytest.mark.tesseract
@needs_tesseract
def test_scans_and_pictures_are_read_with_ocr(db: Database, case: CaseInfo, scans: Path) -> None:
    run_index(db, case)
    found = {d.path: d for d in documents.list_documents(db, case.id)}
    for path in ("scan0001.pdf", "phone photo.png", "fax.tif"):
        assert found[path].status == "indexed", path
        assert found[path].text_source == "ocr", path
        body = documents.document_text(db, found[path].id).upper()
        assert "PRIOR AUTHORIZATION APPROVED" in body, path
        assert "BHP447201983" in body.replace(" ", ""), path
    assert found["fax.tif"].pages == 2
    assert "SECOND PAGE" in documents.document_text(db, found["fax.tif"].id).upper()


def test_without_tesseract_scans_are_listed_and_the_user_is_told_once(
    db: Database, case: CaseInfo, scans: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORGANIZER_TESSERACT", "")
    assert ocr.tesseract_command() is None
    indexer = run_index(db, case)
    assert indexer.ocr_missing_told is True
    found = {d.path: d for d in documents.list_documents(db, case.id)}
    assert {d.status for d in found.values()} == {"no_text"}
    assert found["scan0001.pdf"].error == (
        "Scanned pages; Tesseract is not installed, so the text can't be read."
    )
    assert "apt install tesseract-ocr" in ocr.INSTALL_HINT


def test_ocr_can_be_switched_off(db: Database, case: CaseInfo, scans: Path) -> None:
    indexer = run_index(db, case, ocr=False)
    assert indexer.ocr_missing_told is False
    statuses = {d.status for d in documents.list_documents(db, case.id)}
    assert statuses == {"no_text"}


def test_mixed_document_keeps_its_text_layer_without_ocr(
    qapp: object, db: Database, case: CaseInfo, case_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader, PdfWriter

    text_part = factories.write_text_pdf(case_folder.parent / "t.pdf", ["Cover sheet to fax"])
    scan_part = factories.write_scanned_pdf(case_folder.parent / "s.pdf", LINES)
    writer = PdfWriter()
    for source in (text_part, scan_part):
        for page in PdfReader(source).pages:
            writer.add_page(page)
    with (case_folder / "fax with cover.pdf").open("wb") as handle:
        writer.write(handle)
    monkeypatch.setenv("ORGANIZER_TESSERACT", "")
    run_index(db, case)
    (doc,) = documents.list_documents(db, case.id)
    assert (doc.status, doc.text_source, doc.pages) == ("indexed", "text", 2)
