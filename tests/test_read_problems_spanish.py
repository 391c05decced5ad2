"""Why a document could not be read, in the language of the screen (issue 19).

The reader stores its reason in English with the document (the database does not depend on
the screen's language); the window says it in Spanish when Spanish is chosen. Real files
made here, the real reader and indexer, a real SQLite database, the real table model.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from organizer import language
from organizer.core import read_words
from organizer.core.records import CaseInfo
from organizer.gui.documents_model import DocumentTableModel
from organizer.gui.translation import install_translators
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.read_file import read_file
from organizer.services import documents
from organizer.storage.database import Database
from organizer.words import read_problem


@pytest.fixture
def in_spanish(qapp: QApplication) -> Iterator[None]:
    language.set_language("es")
    installed = install_translators(qapp)
    yield
    language.set_language("en")
    for translator in installed:
        qapp.removeTranslator(translator)


def bad_files(folder: Path) -> None:
    (folder / "broken letter.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    (folder / "empty scan.pdf").write_bytes(b"")
    (folder / "not really.pdf").write_bytes(b"Dear member, this is plain text.")
    (folder / "note.eml").write_bytes(b"\x00\x01\x02 not an e-mail at all \xff\xfe")
    os.mkfifo(folder / "pipe.pdf")


def test_each_reason_the_reader_gives_is_said_in_spanish(tmp_path: Path, in_spanish: None) -> None:
    bad_files(tmp_path)
    said = {}
    for name in ("broken letter.pdf", "empty scan.pdf", "not really.pdf", "note.eml", "pipe.pdf"):
        stored = read_file(str(tmp_path / name)).error
        assert stored is not None, name
        said[name] = read_problem(stored)
        assert said[name] != stored, stored
    assert said["empty scan.pdf"] == "El archivo está vacío (0 bytes)."
    assert said["pipe.pdf"] == "No se puede abrir el archivo: es una tubería, no un archivo común."
    # No words of the PDF library ("EOF marker"): what happened, and what to do.
    assert said["broken letter.pdf"] == (
        "El PDF está dañado o incompleto, así que no se puede leer. Su archivo se deja tal "
        "como está; pida una copia nueva a quien se lo envió."
    )


def test_a_reason_stored_with_the_pdf_librarys_words_is_said_plainly(in_spanish: None) -> None:
    stored = "The PDF is damaged: EOF marker not found"  # as earlier versions stored it
    assert read_problem(stored) == read_problem(read_words.DAMAGED_PDF)
    assert "EOF" not in read_problem(stored)
    language.set_language("en")
    assert read_problem(stored) == read_words.DAMAGED_PDF
    # Not this one: it has no library words, and says something else.
    assert read_problem(read_words.NO_PAGE_READ) == read_words.NO_PAGE_READ


def test_a_reason_inside_a_reason_and_numbers_are_said_too(in_spanish: None) -> None:
    stored = read_words.SCANS_NOT_READ.format(read_words.READER_STOPPED)
    inner = read_problem(read_words.READER_STOPPED)
    assert inner != read_words.READER_STOPPED
    assert read_problem(stored) == f"No se pudieron leer las páginas escaneadas: {inner}"
    assert read_problem(read_words.SCANS_TOO_LONG.format(3, 12)) == (
        "La lectura tardó demasiado: se leyeron 3 de las 12 páginas escaneadas."
    )
    # Words the reader did not make (a rule of a person's own, an older version's) as stored.
    assert read_problem("Something else entirely.") == "Something else entirely."


def test_in_english_the_stored_reason_is_shown_as_it_is() -> None:
    stored = read_words.TOO_MANY_PAGES.format(40, 212)
    assert read_problem(stored) == "Too many pages: read the first 40 of 212."


def test_the_documents_table_tells_a_spanish_reader_why_in_spanish(
    db: Database, case: CaseInfo, case_folder: Path, in_spanish: None
) -> None:
    bad_files(case_folder)
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    model = DocumentTableModel()
    model.set_documents(documents.list_documents(db, case.id), {})
    tips = {
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole): model.index(row, 0).data(
            Qt.ItemDataRole.ToolTipRole
        )
        for row in range(model.rowCount())
    }
    assert tips["empty scan.pdf"] == "El archivo está vacío (0 bytes)."
    assert tips["broken letter.pdf"].startswith("El PDF está dañado")
    assert "común" in tips["pipe.pdf"]
