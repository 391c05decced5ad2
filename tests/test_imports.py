"""Copying dropped files into the case folder: new files only, originals untouched."""

from __future__ import annotations

import errno
import hashlib
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from organizer.core.records import CaseInfo, FileStat
from organizer.jobs.importing import import_files
from organizer.services import documents, imports
from organizer.services.imports import (
    ImportReport,
    ImportStatus,
    publish,
)
from organizer.storage.database import Database
from tests.factories import (
    GrayImage,
    gray_to_qimage,
    render_text_image,
    write_jpeg,
    write_png,
    write_text_pdf,
    write_tiff,
)
from tests.helpers import tree_fingerprint

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

TODAY = date(2026, 11, 27)
DAY_FOLDER = "Imported/2026-11-27"

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def drops(tmp_path: Path) -> Path:
    """The folder the user drags files from (the desktop, a download folder...)."""
    folder = tmp_path / "Downloads"
    folder.mkdir()
    return folder


def page(text: str, width: int = 850, height: int = 1100, dpi: int = 100) -> GrayImage:
    return render_text_image([text], width_px=width, height_px=height, dpi=dpi)


def run(case_folder: Path, files: list[Path], known: dict[str, str] | None = None) -> ImportReport:
    return import_files(case_folder, files, today=TODAY, known_hashes=known or {})


def only(report: ImportReport) -> tuple[ImportStatus, str | None, str]:
    (outcome,) = report.outcomes
    return outcome.status, outcome.destination, outcome.message


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".organizer-import-*"))


# --- PDFs ----------------------------------------------------------------------------------


def test_a_pdf_is_copied_into_a_dated_folder_and_the_original_stays(
    case_folder: Path, drops: Path
) -> None:
    source = write_text_pdf(drops / "Approval letter.pdf", ["Your request is approved."])
    before = tree_fingerprint(drops)

    report = run(case_folder, [source])

    assert only(report) == (ImportStatus.COPIED, f"{DAY_FOLDER}/Approval letter.pdf", "Added.")
    copy = case_folder / DAY_FOLDER / "Approval letter.pdf"
    assert copy.read_bytes() == source.read_bytes()
    assert tree_fingerprint(drops) == before
    assert report.added == [f"{DAY_FOLDER}/Approval letter.pdf"]
    assert report.summary() == "Added 1 document."
    assert leftovers(case_folder) == []


def test_the_new_file_gets_the_usual_permissions_not_private_ones(
    case_folder: Path, drops: Path
) -> None:
    source = write_text_pdf(drops / "letter.pdf", ["Hello"])
    source.chmod(0o600)
    mask = os.umask(0o022)
    try:
        run(case_folder, [source])
    finally:
        os.umask(mask)
    assert (case_folder / DAY_FOLDER / "letter.pdf").stat().st_mode & 0o777 == 0o644


def test_a_pdf_is_recognised_by_its_content_not_its_name(case_folder: Path, drops: Path) -> None:
    pdf_bytes = write_text_pdf(drops / "real.pdf", ["Fax from the plan"]).read_bytes()
    unnamed = drops / "fax-download"
    unnamed.write_bytes(pdf_bytes)
    odd = drops / "scan.bin"
    odd.write_bytes(pdf_bytes.replace(b"Fax from the plan", b"Fax from the office"))

    report = run(case_folder, [unnamed, odd])

    assert [o.destination for o in report.outcomes] == [
        f"{DAY_FOLDER}/fax-download.pdf",
        f"{DAY_FOLDER}/scan.pdf",
    ]
    assert (case_folder / DAY_FOLDER / "fax-download.pdf").read_bytes() == pdf_bytes


def test_a_taken_name_gets_a_number_and_nothing_is_overwritten(
    case_folder: Path, drops: Path
) -> None:
    day = case_folder / DAY_FOLDER
    day.mkdir(parents=True)
    (day / "letter.pdf").write_bytes(b"%PDF-1.4 the user's own file")
    (day / "letter (2).pdf").write_bytes(b"%PDF-1.4 another of the user's files")
    before = tree_fingerprint(case_folder)
    first = write_text_pdf(drops / "a" / "letter.pdf", ["First letter"])
    second = write_text_pdf(drops / "b" / "letter.pdf", ["Second letter"])

    report = run(case_folder, [first, second])

    assert report.added == [f"{DAY_FOLDER}/letter (3).pdf", f"{DAY_FOLDER}/letter (4).pdf"]
    after = tree_fingerprint(case_folder)
    assert {k: after[k] for k in before} == before
    assert (day / "letter (4).pdf").read_bytes() == second.read_bytes()


def test_a_name_taken_while_copying_is_not_overwritten(case_folder: Path) -> None:
    """Another program creates the name after the copy started: the copy takes the next."""

    def write_while_someone_takes_the_name(out: BinaryIO) -> None:
        (case_folder / "letter.pdf").write_bytes(b"the other program's file")
        out.write(b"%PDF-1.4 ours")

    final = publish(case_folder, "letter.pdf", write_while_someone_takes_the_name)

    assert final.name == "letter (2).pdf"
    assert (case_folder / "letter.pdf").read_bytes() == b"the other program's file"
    assert final.read_bytes() == b"%PDF-1.4 ours"
    assert leftovers(case_folder) == []


def test_without_hard_links_the_name_is_still_created_exclusively(
    case_folder: Path, drops: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT-formatted USB drives and some network shares can't make hard links."""

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    (case_folder / DAY_FOLDER).mkdir(parents=True)
    (case_folder / DAY_FOLDER / "letter.pdf").write_bytes(b"%PDF-1.4 keep me")
    source = write_text_pdf(drops / "letter.pdf", ["New letter"])

    report = run(case_folder, [source])

    assert report.added == [f"{DAY_FOLDER}/letter (2).pdf"]
    assert (case_folder / DAY_FOLDER / "letter.pdf").read_bytes() == b"%PDF-1.4 keep me"
    assert (case_folder / DAY_FOLDER / "letter (2).pdf").read_bytes() == source.read_bytes()
    assert leftovers(case_folder) == []


def test_a_failed_write_leaves_no_temporary_file(case_folder: Path) -> None:
    def disk_full(out: BinaryIO) -> None:
        out.write(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        publish(case_folder, "letter.pdf", disk_full)
    assert sorted(p.name for p in case_folder.iterdir()) == []


# --- already in the folder ------------------------------------------------------------------


def index_folder(db: Database, case: CaseInfo, folder: Path) -> None:
    """Put the folder's files into the real index, as the indexer's scan does."""
    import hashlib

    present: dict[str, FileStat] = {}
    hashes: dict[str, str] = {}
    for path in folder.rglob("*.pdf"):
        relative = path.relative_to(folder).as_posix()
        stat = path.stat()
        present[relative] = FileStat(stat.st_size, stat.st_mtime_ns)
        hashes[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    documents.apply_scan(
        db,
        case.id,
        present,
        hashes,
        exists=lambda p: (folder / p).exists(),
        now=datetime(2026, 11, 20, tzinfo=UTC),
    )


def test_content_already_in_the_case_is_not_copied_and_the_user_is_told_where(
    db: Database, case: CaseInfo, case_folder: Path, drops: Path
) -> None:
    kept = write_text_pdf(case_folder / "Letters" / "approval.pdf", ["Approved"])
    index_folder(db, case, case_folder)
    same = drops / "approval copy.pdf"
    same.write_bytes(kept.read_bytes())
    before = tree_fingerprint(case_folder)

    report = run(case_folder, [same], documents.known_hashes(db, case.id))

    assert only(report) == (
        ImportStatus.ALREADY_THERE,
        "Letters/approval.pdf",
        "Already in your folder: Letters/approval.pdf",
    )
    assert tree_fingerprint(case_folder) == before
    assert not (case_folder / "Imported").exists()
    assert report.destinations == ["Letters/approval.pdf"]
    assert report.summary() == (
        "1 file was already in your folder.\n"
        "approval copy.pdf: Already in your folder: Letters/approval.pdf"
    )


def test_a_missing_document_does_not_count_as_already_there(
    db: Database, case: CaseInfo, case_folder: Path, drops: Path
) -> None:
    gone = write_text_pdf(case_folder / "old.pdf", ["Old letter"])
    index_folder(db, case, case_folder)
    content = gone.read_bytes()
    gone.unlink()
    index_folder(db, case, case_folder)  # the index now marks it missing
    source = drops / "old.pdf"
    source.write_bytes(content)

    report = run(case_folder, [source], documents.known_hashes(db, case.id))

    assert report.added == [f"{DAY_FOLDER}/old.pdf"]


def test_the_same_file_twice_in_one_drop_is_copied_once(case_folder: Path, drops: Path) -> None:
    first = write_text_pdf(drops / "letter.pdf", ["Same"])
    twin = drops / "letter (copy).pdf"
    twin.write_bytes(first.read_bytes())

    report = run(case_folder, [first, twin, first])

    assert [o.status for o in report.outcomes] == [
        ImportStatus.COPIED,
        ImportStatus.ALREADY_THERE,
        ImportStatus.ALREADY_THERE,
    ]
    assert report.destinations == [f"{DAY_FOLDER}/letter.pdf"] * 3
    assert sorted(p.name for p in (case_folder / DAY_FOLDER).iterdir()) == ["letter.pdf"]


def test_a_file_dropped_again_before_the_index_caught_up_is_recognised(
    case_folder: Path, drops: Path
) -> None:
    source = write_text_pdf(drops / "letter.pdf", ["Dropped twice"])
    other = write_text_pdf(drops / "other.pdf", ["Dropped twice!"])  # same size, other bytes
    run(case_folder, [source])

    again = import_files(case_folder, [source, other], today=date(2026, 11, 28), known_hashes={})

    assert [(o.status, o.destination) for o in again.outcomes] == [
        (ImportStatus.ALREADY_THERE, f"{DAY_FOLDER}/letter.pdf"),
        (ImportStatus.COPIED, "Imported/2026-11-28/other.pdf"),
    ]


def test_a_file_that_already_lives_in_the_case_folder_is_not_copied(
    case_folder: Path,
) -> None:
    inside = write_text_pdf(case_folder / "Insurance" / "card.pdf", ["Member card"])

    report = run(case_folder, [inside])

    assert only(report)[:2] == (ImportStatus.ALREADY_THERE, "Insurance/card.pdf")
    assert not (case_folder / "Imported").exists()


# --- pictures ------------------------------------------------------------------------------


def pdf_pages(path: Path) -> list[tuple[float, float, list[tuple[int, int]]]]:
    """Each page's size in points and the pixel sizes of the pictures drawn on it."""
    pages = []
    for pdf_page in PdfReader(path).pages:
        xobjects = pdf_page["/Resources"].get_object().get("/XObject", {})
        drawn = [x.get_object() for x in xobjects.values()]
        pictures = [
            (int(x["/Width"]), int(x["/Height"])) for x in drawn if x["/Subtype"] == "/Image"
        ]
        box = pdf_page.mediabox
        pages.append((round(float(box.width), 1), round(float(box.height), 1), pictures))
    return pages


def test_a_png_is_saved_as_a_pdf_page_of_its_own_size(case_folder: Path, drops: Path) -> None:
    source = write_png(drops / "insurance card.png", page("Member ID 123", 850, 550))
    before = tree_fingerprint(drops)

    report = run(case_folder, [source])

    assert only(report) == (
        ImportStatus.CONVERTED,
        f"{DAY_FOLDER}/insurance card.pdf",
        "Saved as a PDF.",
    )
    dpi = QImage(str(source)).dotsPerMeterX() * 0.0254
    width, height, pictures = pdf_pages(case_folder / DAY_FOLDER / "insurance card.pdf")[0]
    assert (width, height) == pytest.approx((850 / dpi * 72, 550 / dpi * 72), abs=1.0)
    assert pictures == [(850, 550)]
    assert tree_fingerprint(drops) == before


def test_the_service_alone_draws_nothing_a_picture_without_a_converter_is_refused(
    case_folder: Path, drops: Path
) -> None:
    """The services know no Qt: the PDF makers come from above (jobs/importing.py)."""
    source = write_png(drops / "card.png", page("Member ID 123", 400, 300))
    report = imports.import_files(case_folder, [source], today=TODAY, known_hashes={})
    assert only(report) == (
        ImportStatus.REFUSED,
        None,
        "Pictures can't be saved as a PDF here; please add a PDF instead.",
    )
    assert not (case_folder / "Imported").exists()
    # Any converter passed is used as it is, with the picture's id to carry.
    made: list[tuple[str, str]] = []

    def convert(path: Path, *, title: str, picture_sha256: str) -> bytes:
        made.append((title, picture_sha256))
        return write_text_pdf(drops / "made.pdf", ["A page"]).read_bytes()

    report = imports.import_files(
        case_folder, [source], today=TODAY, known_hashes={}, convert=convert
    )
    assert only(report) == (ImportStatus.CONVERTED, f"{DAY_FOLDER}/card.pdf", "Saved as a PDF.")
    assert made == [("card", hashlib.sha256(source.read_bytes()).hexdigest())]


def test_a_multi_page_tiff_becomes_one_pdf_with_all_its_pages(
    case_folder: Path, drops: Path
) -> None:
    pictures = [page("Page one"), page("Page two, a longer line of text")]
    source = write_tiff(drops / "fax.tif", pictures, dpi=100)

    report = run(case_folder, [source])

    assert report.added == [f"{DAY_FOLDER}/fax.pdf"]
    pages = pdf_pages(case_folder / DAY_FOLDER / "fax.pdf")
    assert pages == [(612.0, 792.0, [(850, 1100)]), (612.0, 792.0, [(850, 1100)])]
    # Each page shows its own picture: about as much ink as the picture has.
    ink = [dark_pixels(gray_to_qimage(picture)) for picture in pictures]
    shown = [dark_pixels(image) for image in rendered_pages(case_folder / DAY_FOLDER / "fax.pdf")]
    assert ink[1] > 2 * ink[0]
    assert shown == pytest.approx(ink, rel=0.25)


def dark_pixels(image: QImage) -> int:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride = bytes(gray.constBits()), gray.bytesPerLine()
    rows = (data[y * stride : y * stride + gray.width()] for y in range(gray.height()))
    return sum(1 for row in rows for value in row if value < 128)


def rendered_pages(path: Path) -> list[QImage]:
    """Each page rendered with QtPdf at 100 dpi, the pictures' own resolution."""
    document = QPdfDocument()
    document.load(str(path))
    rendered = [document.render(n, QSize(850, 1100)) for n in range(document.pageCount())]
    document.close()
    return rendered


def test_a_phone_photo_without_a_real_resolution_is_fitted_to_a_letter_page(
    case_folder: Path, drops: Path
) -> None:
    wide = QImage(1600, 1200, QImage.Format.Format_Grayscale8)
    wide.fill(200)
    wide.setDotsPerMeterX(2835)  # 72 dpi: a 22-inch poster at its own size
    wide.setDotsPerMeterY(2835)
    source = drops / "photo.jpg"
    assert wide.save(str(source), "JPEG")

    run(case_folder, [source])

    ((width, height, pictures),) = pdf_pages(case_folder / DAY_FOLDER / "photo.pdf")
    assert (width, height) == (792.0, 594.0)  # 11 x 8.25 in, landscape like the photo
    assert pictures == [(1600, 1200)]


def test_a_picture_dropped_again_is_recognised_though_it_was_converted(
    case_folder: Path, drops: Path
) -> None:
    source = write_jpeg(drops / "card.jpg", page("Member card", 400, 300))
    run(case_folder, [source])
    copy = drops / "card again.jpg"
    copy.write_bytes(source.read_bytes())

    again = import_files(case_folder, [copy], today=date(2026, 12, 1), known_hashes={})

    assert only(again)[:2] == (ImportStatus.ALREADY_THERE, f"{DAY_FOLDER}/card.pdf")


@pytest.mark.qt_log_ignore(r"JPEG datastream", r"Corrupt JPEG", r"directory", r"IFD")
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"garbage" * 4),
        ("fax.tif", b"II*\x00\x08\x00\x00\x00\xff\xff\x00\x00garbage"),
        ("IMG_2041.HEIC", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"),
        ("IMG_2042.jpg", b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic"),  # HEIC inside
    ],
)
def test_a_damaged_picture_fails_with_a_plain_message(
    case_folder: Path, drops: Path, name: str, content: bytes
) -> None:
    """Qt logs what the image decoder found; the user gets one plain sentence."""
    broken = drops / name
    broken.write_bytes(content)

    report = run(case_folder, [broken])

    assert only(report) == (
        ImportStatus.FAILED,
        None,
        "This picture can't be opened; it may be damaged.",
    )
    assert leftovers(case_folder) == []
    assert report.summary() == (
        f"1 file could not be added.\n{name}: This picture can't be opened; it may be damaged."
    )


# --- refused and unreadable -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "IMG_2041.AVIF",
            b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf",
            "This is an AVIF picture. Please save it as JPEG or PDF first.",
        ),
        (
            "notes.docx",
            b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
            "Only PDF files, pictures (JPEG, PNG, TIFF, HEIC) and e-mails (.eml, .msg) "
            "can be added.",
        ),
        (
            "letter.pdf",
            b"<html>Sign in to download</html>",
            "This file is named like a PDF, but it is not one. "
            "Only PDF files, pictures (JPEG, PNG, TIFF, HEIC) and e-mails (.eml, .msg) "
            "can be added.",
        ),
        ("empty.pdf", b"", "This file is empty."),
    ],
)
def test_other_files_are_refused_in_plain_words(
    case_folder: Path, drops: Path, name: str, content: bytes, message: str
) -> None:
    source = drops / name
    source.write_bytes(content)

    report = run(case_folder, [source])

    assert only(report) == (ImportStatus.REFUSED, None, message)
    assert not (case_folder / "Imported").exists()
    assert source.read_bytes() == content


def test_a_dropped_folder_is_refused_with_a_suggestion(case_folder: Path, drops: Path) -> None:
    write_text_pdf(drops / "inside.pdf", ["Inside a folder"])

    status, destination, message = only(run(case_folder, [drops]))

    assert (status, destination) == (ImportStatus.REFUSED, None)
    assert "folder" in message
    assert "open it as a case" in message


def test_unreadable_sources_fail_with_a_plain_message(case_folder: Path, drops: Path) -> None:
    dangling = drops / "gone.pdf"
    dangling.symlink_to(drops / "was-deleted.pdf")
    not_a_folder = write_text_pdf(drops / "letter.pdf", ["x"]) / "inner.pdf"

    report = run(case_folder, [dangling, not_a_folder])

    assert [(o.status, o.message) for o in report.outcomes] == [
        (ImportStatus.FAILED, "This file is no longer there."),
        (
            ImportStatus.FAILED,
            "This file can't be read (part of its path is a file, not a folder).",
        ),
    ]
    assert report.headline() == "2 files could not be added."


# --- many files, off the GUI thread ---------------------------------------------------------


def test_fifty_files_from_a_background_thread(case_folder: Path, drops: Path) -> None:
    sources: list[Path] = []
    for number in range(45):
        sources.append(write_text_pdf(drops / f"letter {number:02}.pdf", [f"Letter {number}"]))
    for number in range(5):
        sources.append(write_png(drops / f"photo {number}.png", page(f"Photo {number}")))
    before = tree_fingerprint(drops)
    progress: list[tuple[int, int]] = []
    result: list[ImportReport] = []
    errors: list[BaseException] = []

    def work(report_progress: Callable[[int, int], None]) -> None:
        try:
            result.append(
                import_files(
                    case_folder,
                    sources,
                    today=TODAY,
                    known_hashes={},
                    progress=report_progress,
                )
            )
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    started = time.monotonic()
    worker = threading.Thread(
        target=work, args=(lambda done, total: progress.append((done, total)),)
    )
    worker.start()
    worker.join(timeout=60)
    elapsed = time.monotonic() - started

    assert errors == []
    assert not worker.is_alive()
    (report,) = result
    assert len(report.added) == 50
    assert progress == [(n, 50) for n in range(1, 51)]
    assert report.headline() == "Added 50 documents."
    assert tree_fingerprint(drops) == before
    assert elapsed < 30, f"50 files took {elapsed:.1f} s"
    assert leftovers(case_folder) == []


def test_an_iphone_photo_with_two_images_becomes_a_two_page_pdf(
    case_folder: Path, drops: Path
) -> None:
    """HEIC pictures come in like other pictures, and keep every image they hold."""
    import io

    from PIL import Image
    from pillow_heif import from_pillow

    first, second = page("First picture", 425, 550), page("Second picture", 550, 425)
    heif = from_pillow(Image.frombytes("L", first[:2], first[2]))
    heif.add_from_pillow(Image.frombytes("L", second[:2], second[2]))
    buffer = io.BytesIO()
    heif.save(buffer, quality=90)
    source = drops / "IMG_7001.HEIC"
    source.write_bytes(buffer.getvalue())

    status, destination, _ = only(run(case_folder, [source]))

    assert (status, destination) == (ImportStatus.CONVERTED, f"{DAY_FOLDER}/IMG_7001.pdf")
    pdf = PdfReader(case_folder / destination)
    assert len(pdf.pages) == 2
    first_page = pdf.pages[0].mediabox
    assert float(first_page.height) > float(first_page.width)  # each page keeps its shape
    assert float(pdf.pages[1].mediabox.width) > float(pdf.pages[1].mediabox.height)
    assert source.read_bytes() == buffer.getvalue()
