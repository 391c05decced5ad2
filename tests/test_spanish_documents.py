"""Español in the documents the app writes: the letters, the call sheet, the fax cover and
the calendar are in Spanish with --lang es, and in English word for word as before.

The case is made by the test (``tests.test_spanish.spanish_db``); its own words (names, an
item typed in Spanish) are data, not interface words.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from organizer import language
from tests.test_spanish import AS_OF, leaks, run, spanish_db, tokens

__all__ = ["spanish_db"]  # the fixture, shared with tests/test_spanish.py

DOCUMENTS = [
    (["calendar"], "fechas.ics"),
    (["callsheet"], "llamadas.pdf"),
    (["letter", "appeal", "--entry", "4"], "apelacion.pdf"),
    (["letter", "appeal", "--entry", "4"], "apelacion.docx"),
    (["letter", "provider-request", "--entry", "1"], "pedido.pdf"),
    (["letter", "case-file", "--entry", "4"], "expediente.pdf"),
    (["packet", "--entry", "4"], "paquete.pdf"),
]
# Not interface words: the program's own name, and the calendar format's fixed fields.
NAMES = tokens("Infusion Coverage Organizer Deadlines X-WR-CALNAME SUMMARY DESCRIPTION")


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        word = docx.Document(str(path))
        cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in word.paragraphs] + cells)
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    # What a person reads of a calendar: its name, and each event's summary and description.
    said = [f"X-WR-CALNAME:{calendar['x-wr-calname']}"]
    for part in calendar.walk():
        said += [f"{key}:{part[key]}" for key in ("SUMMARY", "DESCRIPTION") if key in part]
    return "\n".join(said)


def write(
    path: Path, capsys: pytest.CaptureFixture[str], lang: str, argv: list[str], out: Path
) -> str:
    db = ["--db", f"sqlite:///{path}", "--today", AS_OF.isoformat()]
    try:
        code, _out, err = run([*db, *argv, "--out", str(out), "--lang", lang], capsys)
    finally:
        language.set_language("en")
    assert (code, err) == (0, ""), (argv, err)
    return " ".join(text_of(out).split())


@pytest.mark.parametrize("argv, name", DOCUMENTS, ids=[n for _a, n in DOCUMENTS])
def test_each_document_in_spanish_holds_no_english_words_of_the_interface(
    spanish_db: tuple[Path, set[str]],
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    tmp_path: Path,
    argv: list[str],
    name: str,
) -> None:
    path, data_words = spanish_db
    said = write(path, capsys, "es", argv, tmp_path / name)
    assert not leaks(said, data_words | NAMES), said
    assert "noviembre" in said or "Se espera" in said


def test_the_spanish_letter_and_cover_say_the_case_the_spanish_way(
    spanish_db: tuple[Path, set[str]],
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    path, _data = spanish_db
    letter = write(path, capsys, "es", ["letter", "appeal", "--entry", "4"], tmp_path / "a.docx")
    assert letter.startswith("PLANTILLA: revise esta carta")
    assert "A quien corresponda:" in letter and "Atentamente," in letter
    assert "la decisión del 19 de noviembre de 2026 (referencia [complete]) que negó" in letter
    cover = write(path, capsys, "es", ["packet", "--entry", "4"], tmp_path / "k.pdf")
    assert "1 página contando esta portada" in cover and "Asunto: Autorización previa" in cover
    calls = write(path, capsys, "es", ["callsheet"], tmp_path / "c.pdf")
    assert "Hoja para llamadas, preparada el 21 de noviembre de 2026" in calls
    assert "¿Qué falta exactamente?" in calls
    ics = write(path, capsys, "es", ["calendar"], tmp_path / "f.ics")
    assert "Fechas límite de la infusión en casa" in ics


def test_the_english_documents_are_the_words_they_always_were(
    spanish_db: tuple[Path, set[str]],
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    # As the documents said it before their words went through the words layer.
    path, _data = spanish_db
    letter = write(path, capsys, "en", ["letter", "appeal", "--entry", "4"], tmp_path / "a.docx")
    assert letter.startswith(
        "TEMPLATE: edit this letter, fill in the parts in [brackets], then sign it. It was "
        "filled in from your case by the organizer; it is not legal or coverage advice. "
        "Rosa Peña [your address] [your phone number] November 21, 2026 Salud Plus "
        "Appeals / member services Re: Appeal of the denial of Prior authorization, "
        "reference [fill in] To whom it may concern, I am asking you to review again the "
        "decision of November 19, 2026 (reference [fill in]) that denied Prior authorization."
    )
    request = write(
        path, capsys, "en", ["letter", "provider-request", "--entry", "1"], tmp_path / "p.docx"
    )
    assert (
        "Salud Plus has asked for the following, to decide on my Inmunoglobulina: Prescription "
        "or therapy order. It is needed by November 18, 2026 (reference [fill in]). Could your "
        "office please send it to the plan, and let me know the day it was sent?"
    ) in request
    cover = write(path, capsys, "en", ["packet", "--entry", "4"], tmp_path / "k.pdf")
    assert "Re: Prior authorization Reference: none given" in cover
    assert "1 page including this cover" in cover
    calls = write(path, capsys, "en", ["callsheet"], tmp_path / "c.pdf")
    assert calls.startswith("Sheet for calls, prepared November 21, 2026 Call: Salud Plus")
    assert "URGENT Prescription or therapy order: 3 days overdue" in calls
    ics = write(path, capsys, "en", ["calendar"], tmp_path / "f.ics")
    assert "X-WR-CALNAME:Home infusion deadlines" in ics
    assert (
        "DESCRIPTION:Due. Who: Clínica Norte. From the Infusion Coverage Organizer; the dates "
        "there are the ones that count."
    ) in ics
