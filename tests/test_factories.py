"""Tests for the document builders in tests/factories.py."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from tests import factories

TESSERACT = shutil.which("tesseract")


def test_text_pdf_round_trip(tmp_path: Path) -> None:
    pages = [
        "PRIOR AUTHORIZATION APPROVED\nMember ID: BHP447201983\nCase (ref) A\\B",
        "Page two\nPlease send by November 24, 2026",
    ]
    path = factories.write_text_pdf(tmp_path / "letter.pdf", pages, title="Approval letter")

    reader = PdfReader(path)
    assert not reader.is_encrypted
    assert len(reader.pages) == 2
    assert reader.metadata is not None
    assert reader.metadata.title == "Approval letter"
    for page, expected in zip(reader.pages, pages, strict=True):
        text = page.extract_text()
        assert text.splitlines() == expected.splitlines()


def test_text_pdf_non_ascii_and_blank_page(tmp_path: Path) -> None:
    path = factories.write_text_pdf(tmp_path / "x.pdf", ["Café – résumé", ""])
    reader = PdfReader(path)
    assert reader.pages[0].extract_text() == "Café – résumé"
    assert reader.pages[1].extract_text() == ""


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    path = factories.write_text_pdf(
        tmp_path / "locked.pdf", ["Explanation of benefits"], user_password="s3cret"
    )
    reader = PdfReader(path)
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()

    wrong = PdfReader(path)
    assert not wrong.decrypt("wrong")

    right = PdfReader(path)
    assert right.decrypt("s3cret")
    assert right.pages[0].extract_text() == "Explanation of benefits"


def test_owner_password_only_and_empty_user_password_open_without_prompt(tmp_path: Path) -> None:
    for name, kwargs in {
        "empty.pdf": {"user_password": ""},
        "owner.pdf": {"owner_password": "owner-only"},
    }.items():
        path = factories.write_text_pdf(tmp_path / name, ["Readable"], **kwargs)
        reader = PdfReader(path)
        assert reader.is_encrypted
        # pypdf transparently tries the empty user password.
        assert reader.pages[0].extract_text() == "Readable"


def test_image_pdf_has_no_text_and_one_image_per_page(tmp_path: Path) -> None:
    width, height = 170, 220
    images = [(width, height, bytes([shade]) * (width * height)) for shade in (255, 128, 0)]
    path = factories.write_image_pdf(tmp_path / "scan.pdf", images, dpi=20)

    reader = PdfReader(path)
    assert len(reader.pages) == 3
    for page, (_, _, data) in zip(reader.pages, images, strict=True):
        assert page.extract_text().strip() == ""
        assert "/Font" not in page.get("/Resources", {})
        assert len(page.images) == 1
        assert float(page.mediabox.width) == pytest.approx(width * 72 / 20)
        assert float(page.mediabox.height) == pytest.approx(height * 72 / 20)
        xobject = page["/Resources"]["/XObject"]["/Im0"].get_object()
        assert xobject["/Filter"] == "/FlateDecode"
        assert xobject["/ColorSpace"] == "/DeviceGray"
        assert xobject.get_data() == data


def test_image_pdf_rejects_wrong_size(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        factories.write_image_pdf(tmp_path / "bad.pdf", [(10, 10, b"\x00" * 99)])


def test_render_text_image_is_grayscale_page(qapp: object) -> None:
    width, height, data = factories.render_text_image(["HELLO"], width_px=850, height_px=1100)
    assert (width, height) == (850, 1100)
    assert len(data) == width * height
    assert min(data) < 64  # some dark text pixels
    assert data.count(255) > 0.9 * width * height  # mostly white paper


def test_scanned_pdf_has_no_text_layer(tmp_path: Path, qapp: object) -> None:
    path = factories.write_scanned_pdf(tmp_path / "scan0001.pdf", ["We received your request"])
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert reader.pages[0].extract_text().strip() == ""
    assert len(reader.pages[0].images) == 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(792)


@pytest.mark.tesseract
@pytest.mark.skipif(TESSERACT is None, reason="tesseract is not installed")
def test_tesseract_reads_rendered_text(tmp_path: Path, qapp: object) -> None:
    image = factories.render_text_image(["PRIOR AUTHORIZATION APPROVED", "Case BHP-PA-2611-0457"])
    png = factories.write_png(tmp_path / "page.png", image)
    result = subprocess.run(
        [str(TESSERACT), str(png), "stdout"], capture_output=True, text=True, check=True
    )
    assert "PRIOR AUTHORIZATION APPROVED" in result.stdout
    assert "BHP-PA-2611-0457" in result.stdout


@pytest.mark.tesseract
@pytest.mark.skipif(TESSERACT is None, reason="tesseract is not installed")
def test_tesseract_reads_every_tiff_page(tmp_path: Path, qapp: object) -> None:
    images = [factories.render_text_image([f"PAGE NUMBER {n}"]) for n in (1, 2)]
    tiff = factories.write_tiff(tmp_path / "fax.tif", images)
    result = subprocess.run(
        [str(TESSERACT), str(tiff), "stdout"], capture_output=True, text=True, check=True
    )
    assert "PAGE NUMBER 1" in result.stdout
    assert "PAGE NUMBER 2" in result.stdout


def test_png_and_jpeg_load_in_qt(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    image = factories.render_text_image(["Insurance card"], width_px=400, height_px=250)
    for path in (
        factories.write_png(tmp_path / "card.png", image),
        factories.write_jpeg(tmp_path / "card.jpg", image),
    ):
        loaded = QImage(str(path))
        assert not loaded.isNull()
        assert (loaded.width(), loaded.height()) == (400, 250)
    png_round_trip = factories.qimage_to_gray(QImage(str(tmp_path / "card.png")))
    assert png_round_trip == image


def test_multipage_tiff_page_count(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImageReader

    images = [(37, 23, bytes([n * 60]) * (37 * 23)) for n in range(4)]  # odd sizes on purpose
    path = factories.write_tiff(tmp_path / "fax.tiff", images)
    reader = QImageReader(str(path))
    assert reader.canRead()
    assert reader.imageCount() == 4
    for index, (_, _, data) in enumerate(images):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert (image.width(), image.height()) == (37, 23)
        assert factories.qimage_to_gray(image)[2] == data


def test_huge_content_stream_pdf(tmp_path: Path) -> None:
    path = factories.write_huge_content_stream_pdf(tmp_path / "huge.pdf", 2)
    assert path.stat().st_size >= 2 * 1024 * 1024
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert len(reader.pages[0].get_contents().get_data()) >= 2 * 1024 * 1024
    assert "Filler line 00000000" in reader.pages[0].extract_text()


def test_truncated_pdf_is_broken(tmp_path: Path) -> None:
    source = factories.write_text_pdf(tmp_path / "whole.pdf", ["Denial letter"] * 3)
    path = factories.write_truncated_pdf(tmp_path / "cut.pdf", source, 0.5)
    assert path.stat().st_size == source.stat().st_size // 2
    assert path.read_bytes() == source.read_bytes()[: path.stat().st_size]
    with pytest.raises(PdfReadError):
        PdfReader(path, strict=True)
    with pytest.raises(ValueError):
        factories.write_truncated_pdf(tmp_path / "x.pdf", source, 1.5)


def test_random_bytes_are_deterministic(tmp_path: Path) -> None:
    a = factories.write_random_bytes(tmp_path / "a.pdf", 4096, seed=7).read_bytes()
    b = factories.write_random_bytes(tmp_path / "b.pdf", 4096, seed=7).read_bytes()
    c = factories.write_random_bytes(tmp_path / "c.pdf", 4096, seed=8).read_bytes()
    assert len(a) == 4096
    assert a == b
    assert a != c
