"""Hostile contents: pictures that can't be decoded, too many pages, OCR cut short.

Page pictures are private (0600, under $TMPDIR) and never outlive the run, Ctrl-C
included; ones left by a killed run are removed at the next start.
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

from organizer.core.records import CaseInfo
from organizer.core.types import DocumentStatus
from organizer.jobs import ocr
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.read_file import read_file, tiff_page_count
from organizer.services import documents
from organizer.storage.database import Database
from tests import factories
from tests.helpers import wait_for
from tests.hostile import organizer_env, run_organizer, running, slow_tesseract, statuses
from tests.test_crash_safety import group_members


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def huge_png_header(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", b"x" * 64)


JPEG_HEADER_ONLY = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
TIFF_HEADER_ONLY = b"II*\x00\x08\x00\x00\x00" + b"\x00" * 32


def many_page_tiff(pages: int) -> bytes:
    """A little-endian TIFF of ``pages`` empty directories (never decodable, quick to count)."""
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for number in range(pages):
        at = len(out)
        following = 0 if number == pages - 1 else at + 2 + 4
        out += struct.pack("<H", 0) + struct.pack("<I", following)
    return bytes(out)


# --- 11: pictures that can't be decoded -------------------------------------------------


def test_undecodable_pictures_are_unreadable_with_a_reason(tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    huge.write_bytes(huge_png_header(50_000, 50_000))
    header = tmp_path / "header.jpg"
    header.write_bytes(JPEG_HEADER_ONLY)
    result = read_file(str(huge))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This picture is too large to read (50000 × 50000 pixels)."
    result = read_file(str(header))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error == "This picture can't be opened; it may be damaged."


def test_undecodable_pictures_end_unreadable_through_the_real_run_without_qt_noise(
    tmp_path: Path, case_folder: Path
) -> None:
    (case_folder / "huge.png").write_bytes(huge_png_header(50_000, 50_000))
    (case_folder / "header.jpg").write_bytes(JPEG_HEADER_ONLY)
    (case_folder / "fax.tiff").write_bytes(TIFF_HEADER_ONLY)
    factories.write_text_pdf(case_folder / "referral.pdf", ["Referral"])
    db_file = tmp_path / "i.sqlite3"
    result = run_organizer(["index", str(case_folder), "--db", f"sqlite:///{db_file}"], tmp_path)
    assert result.returncode == 0, result.stderr
    found = statuses(db_file)
    assert found["referral.pdf"][0] == "indexed"
    for name in ("huge.png", "header.jpg", "fax.tiff"):
        status, reason = found[name]
        assert status == "unreadable" and reason and "picture" in reason, (name, found[name])
    assert "QImage" not in result.stderr and "qt." not in result.stderr, result.stderr


# --- 8: too many pages, or too long ------------------------------------------------------


def test_a_ten_thousand_page_tiff_is_counted_quickly() -> None:
    data = many_page_tiff(10_000)
    started = time.monotonic()
    assert tiff_page_count(data) == 10_000
    assert time.monotonic() - started < 5
    assert IndexSettings().max_ocr_pages == 200


def test_only_the_first_pages_of_a_long_scan_are_read(
    qapp: object, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    page = factories.render_text_image(["Page of a long fax"], width_px=600, height_px=300)
    factories.write_tiff(case_folder / "fax.tiff", [page] * 5)
    settings = IndexSettings(settle_seconds=0.0, max_ocr_pages=2, understand=False)
    indexer = Indexer(db, case, settings)
    try:
        indexer.run_once()
    finally:
        indexer.close()
    (doc,) = documents.list_documents(db, case.id)
    assert doc.status == "indexed"
    assert doc.error == "Too many pages: read the first 2 of 5."
    pages = documents.document_text(db, doc.id).split("\n\f\n")
    assert len(pages) == 5 and "long fax" in pages[0] and pages[2:] == ["", "", ""]


def test_reading_a_scan_stops_at_the_file_time_limit(
    qapp: object, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    factories.write_scanned_pdf(case_folder / "scan.pdf", ["Request for information"])
    settings = IndexSettings(settle_seconds=0.0, ocr_file_time_limit=0.0, understand=False)
    indexer = Indexer(db, case, settings)
    started = time.monotonic()
    try:
        summary = indexer.run_once()
    finally:
        indexer.close()
    assert time.monotonic() - started < 60
    assert summary.counts["pending"] == 0
    (doc,) = documents.list_documents(db, case.id)
    assert doc.status == "indexed"
    assert doc.error == "Reading took too long: read 0 of the 1 scanned pages."


# --- 9: page pictures are private, under $TMPDIR, and cleaned up --------------------------


def scratch_folders(root: Path) -> list[Path]:
    return sorted(root.glob("organizer-ocr-*"))


def test_page_pictures_are_private_under_tmpdir_and_stale_ones_are_removed(
    tmp_path: Path, case_folder: Path
) -> None:
    factories.write_scanned_pdf(case_folder / "scan.pdf", ["Patient Ann Example"])
    temp = tmp_path / "tmp"
    temp.mkdir()
    # Left by a killed run (its process is gone) and by an earlier version (old).
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = temp / f"organizer-ocr-{int(dead.stdout)}-abc123"
    legacy = temp / "organizer-ocr-old123"
    alive = temp / f"organizer-ocr-{os.getpid()}-mine"  # a run that is still going
    for folder in (stale, legacy, alive):
        folder.mkdir()
        (folder / "page.png").write_bytes(b"picture")
    long_ago = time.time() - 2 * ocr.STALE_SCRATCH_SECONDS
    os.utime(legacy, (long_ago, long_ago))
    tesseract = slow_tesseract(tmp_path, 0)
    db_file = tmp_path / "i.sqlite3"
    result = run_organizer(
        ["index", str(case_folder), "--db", f"sqlite:///{db_file}"],
        tmp_path / "data",
        ORGANIZER_TESSERACT=str(tesseract),
        TMPDIR=str(temp),
    )
    assert result.returncode == 0, result.stderr
    assert statuses(db_file)["scan.pdf"][0] == "indexed"
    seen = (tmp_path / "modes.txt").read_text().split()
    mode, picture = seen[0], Path(seen[1])
    assert mode == "600"
    assert picture.parent.parent == temp and picture.parent.name.startswith("organizer-ocr-")
    assert scratch_folders(temp) == [alive]


def test_ctrl_c_during_ocr_leaves_no_page_picture(tmp_path: Path, case_folder: Path) -> None:
    factories.write_scanned_pdf(case_folder / "scan.pdf", ["Patient Ann Example"])
    temp = tmp_path / "tmp"
    temp.mkdir()
    marker = tmp_path / "ocr-started"
    tesseract = slow_tesseract(tmp_path, 60, marker)
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            # Ctrl-C as in a terminal: a test run started in the background (`cmd &`, nohup)
            # hands its children SIGINT ignored, and Python then never raises
            # KeyboardInterrupt, so the run would carry on to the end.
            "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "runpy.run_module('organizer', run_name='__main__', alter_sys=True)",
            "index",
            str(case_folder),
            "--db",
            f"sqlite:///{tmp_path / 'i.sqlite3'}",
        ],
        env=organizer_env(tmp_path / "data", ORGANIZER_TESSERACT=str(tesseract), TMPDIR=str(temp)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        wait_for(marker.exists, 90, "OCR to start")
        assert scratch_folders(temp)  # the page picture is there while it is read
        process.send_signal(signal.SIGINT)
        # Generous: on a machine busy with other work the readers' shutdown is slow; a
        # run that does not stop at all still fails here.
        _, err = process.communicate(timeout=90)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()  # reaps it and closes its pipes
    assert process.returncode == 130, err
    assert scratch_folders(temp) == []
    # Tesseract was stopped with its reader: nothing of the run is left running.
    pids = [int(p) for p in (tmp_path / "pids.txt").read_text().split()]
    assert len(pids) == 1
    wait_for(lambda: not any(running(p) for p in pids), 30, "Tesseract to be stopped")
    wait_for(lambda: not group_members(process.pid), 30, "every process of the run to end")
