"""Spanish scans are read with Tesseract's Spanish data; English ones once, in English."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from organizer.jobs import page_ocr
from organizer.jobs.ocr_language import looks_spanish
from tests import factories
from tests.helpers import needs_tesseract

SPANISH = [
    "Estimada señora Peña:",
    "Le informamos que su solicitud de autorización previa",
    "para la terapia de infusión en casa fue aprobada el 3 de marzo de 2026.",
    "Número de miembro: BHP447201983. Si tiene preguntas, llame a su plan.",
]
ENGLISH = [
    "Dear Ms. Okafor:",
    "We have received the request for prior authorization of your",
    "home infusion therapy. We will make a decision within 14 days.",
    "Member ID: BHP447201983. If you have questions, call your plan.",
]


@pytest.fixture
def counted_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real Tesseract, through a small script that writes down each language asked for."""
    real = shutil.which("tesseract")
    assert real is not None
    calls = tmp_path / "calls.txt"
    script = tmp_path / "tesseract"
    script.write_text(f'#!/bin/sh\necho "$*" >> "{calls}"\nexec "{real}" "$@"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("ORGANIZER_TESSERACT", str(script))
    return calls


def languages_used(calls: Path) -> list[str]:
    found = []
    for line in calls.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if "-l" in words:
            found.append(words[words.index("-l") + 1])
    return found


@needs_tesseract
def test_a_spanish_scan_is_read_with_the_spanish_data(
    tmp_path: Path, counted_tesseract: Path
) -> None:
    pdf = factories.write_scanned_pdf(tmp_path / "carta.pdf", SPANISH)
    (page,) = page_ocr.ocr_pages(str(pdf), [0], is_image_file=False, page_timeout=120)
    assert page.error is None
    for word in ("señora Peña", "autorización previa", "infusión", "Número de miembro"):
        assert word in page.text, page.text
    assert languages_used(counted_tesseract) == ["eng", "spa"]


@needs_tesseract
def test_an_english_scan_is_read_once_in_english(tmp_path: Path, counted_tesseract: Path) -> None:
    pdf = factories.write_scanned_pdf(tmp_path / "letter.pdf", ENGLISH)
    (page,) = page_ocr.ocr_pages(str(pdf), [0], is_image_file=False, page_timeout=120)
    assert "prior authorization" in page.text
    assert languages_used(counted_tesseract) == ["eng"]


def test_the_language_of_a_page_is_told_by_its_common_words() -> None:
    assert looks_spanish(" ".join(SPANISH))
    assert not looks_spanish(" ".join(ENGLISH))
    assert not looks_spanish("de la el")  # too few words to tell
