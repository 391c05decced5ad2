"""Every file ends in one final state with a plain-words reason, within its limits."""

from __future__ import annotations

import os
import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer.core import read_words
from organizer.core.types import DocumentStatus, TextSource
from organizer.jobs.read_file import read_file, sniff, tiff_page_count
from organizer.jobs.reader_pool import Job, JobOutcome, ReaderPool
from tests import factories


@pytest.fixture
def pool() -> Iterator[tuple[ReaderPool, queue.Queue[JobOutcome]]]:
    outcomes: queue.Queue[JobOutcome] = queue.Queue()
    reader_pool = ReaderPool(outcomes.put, workers=2)
    yield reader_pool, outcomes
    reader_pool.close()


def test_text_pdf_is_indexed_with_its_text(tmp_path: Path) -> None:
    path = factories.write_text_pdf(
        tmp_path / "letter.pdf",
        ["Prior authorization approved\nMember ID BHP447201983", "Page two"],
        title="Approval",
    )
    result = read_file(str(path))
    assert result.status == DocumentStatus.INDEXED
    assert result.text_source == TextSource.TEXT
    assert result.pages == 2
    assert "BHP447201983" in result.text
    assert result.title == "Approval"
    assert result.size == path.stat().st_size
    assert result.sha256 is not None and len(result.sha256) == 64


def test_zero_bytes_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    path.write_bytes(b"")
    result = read_file(str(path))
    assert result.status == DocumentStatus.EMPTY
    assert result.error == "The file is empty (0 bytes)."


def test_random_bytes_named_pdf_is_not_a_pdf(tmp_path: Path) -> None:
    path = factories.write_random_bytes(tmp_path / "scan.pdf", 5000, seed=7)
    result = read_file(str(path))
    assert result.status == DocumentStatus.NOT_A_PDF
    assert "not a PDF" in (result.error or "")


@pytest.mark.parametrize("keep", [0.15, 0.5, 0.9])
def test_truncated_pdf_ends_in_a_final_state(tmp_path: Path, keep: float) -> None:
    source = factories.write_text_pdf(tmp_path / "whole.pdf", ["Lab results CRP 12 mg/L"] * 3)
    path = factories.write_truncated_pdf(tmp_path / "cut.pdf", source, keep)
    result = read_file(str(path))
    assert result.status in {
        DocumentStatus.UNREADABLE,
        DocumentStatus.INDEXED,
        DocumentStatus.EMPTY,
    }
    if result.status == DocumentStatus.UNREADABLE:
        assert result.error == read_words.DAMAGED_PDF


def test_empty_password_opens_and_real_password_is_reported(tmp_path: Path) -> None:
    opens = factories.write_text_pdf(
        tmp_path / "open.pdf", ["Summary of benefits"], user_password="", owner_password="o"
    )
    locked = factories.write_text_pdf(
        tmp_path / "locked.pdf", ["Explanation of benefits"], user_password="secret"
    )
    assert read_file(str(opens)).status == DocumentStatus.INDEXED
    assert "Summary of benefits" in read_file(str(opens)).text
    result = read_file(str(locked))
    assert result.status == DocumentStatus.PASSWORD_PROTECTED
    assert result.error == "This PDF is locked with a password."
    unlocked = read_file(str(locked), password="secret")
    assert unlocked.status == DocumentStatus.INDEXED
    assert "Explanation of benefits" in unlocked.text


def test_image_only_pdf_asks_for_ocr(qapp: object, tmp_path: Path) -> None:
    path = factories.write_scanned_pdf(tmp_path / "scan.pdf", ["Request for information"])
    result = read_file(str(path))
    assert result.status == DocumentStatus.PENDING
    assert result.ocr_pages == [0]


def test_images_are_scanned_documents_with_a_page_per_tiff_frame(
    qapp: object, tmp_path: Path
) -> None:
    page = factories.render_text_image(["Insurance card"], width_px=400, height_px=300)
    png = factories.write_png(tmp_path / "card.png", page)
    tiff = factories.write_tiff(tmp_path / "fax.tiff", [page, page, page])
    assert read_file(str(png)).ocr_pages == [0]
    result = read_file(str(tiff))
    assert result.is_image_file
    assert result.pages == 3
    assert tiff_page_count(tiff.read_bytes()) == 3


def test_signatures() -> None:
    assert sniff(b"%PDF-1.7\n") == "pdf"
    assert sniff(b"garbage\n%PDF-1.4") == "pdf"
    assert sniff(b"\xff\xd8\xff\xe0") == "image"
    assert sniff(b"PK\x03\x04") == "unknown"


def test_a_file_that_cannot_be_opened_is_unreadable(tmp_path: Path) -> None:
    # Works as root too: a folder where a file is expected can't be read by anyone.
    path = tmp_path / "letter.pdf"
    path.mkdir()
    result = read_file(str(path))
    assert result.status == DocumentStatus.UNREADABLE
    assert result.error and result.error.startswith("The file can't be opened")


def test_a_hanging_read_is_stopped_at_its_time_limit(
    pool: tuple[ReaderPool, queue.Queue[JobOutcome]], tmp_path: Path
) -> None:
    # 30 MB of drawing instructions take pypdf far longer than half a second: the worker
    # must be killed at the limit and replaced, and the next file must still be read.
    reader_pool, outcomes = pool
    slow = factories.write_huge_content_stream_pdf(tmp_path / "slow.pdf", megabytes=30)
    good = factories.write_text_pdf(tmp_path / "good.pdf", ["Clinical notes"])
    started = time.monotonic()
    reader_pool.submit(Job(key="slow", op="read", args=(str(slow), None), time_limit=0.5))
    stuck = outcomes.get(timeout=30)
    assert stuck.job.key == "slow"
    assert stuck.failure == "Reading it took too long."
    assert time.monotonic() - started < 15
    reader_pool.submit(Job(key="good", op="read", args=(str(good), None), time_limit=30.0))
    after = outcomes.get(timeout=60)
    assert after.failure is None
    assert after.value.status == DocumentStatus.INDEXED
    assert reader_pool.replaced_workers == 1


def test_a_pipe_named_like_a_pdf_is_never_opened(
    pool: tuple[ReaderPool, queue.Queue[JobOutcome]], tmp_path: Path
) -> None:
    # A named pipe with no writer would block any reader for ever, even root.
    reader_pool, outcomes = pool
    fifo = tmp_path / "stuck.pdf"
    os.mkfifo(fifo)
    started = time.monotonic()
    reader_pool.submit(Job(key="stuck", op="read", args=(str(fifo), None), time_limit=60.0))
    outcome = outcomes.get(timeout=60)
    assert time.monotonic() - started < 30
    assert outcome.failure is None and outcome.value.status == DocumentStatus.UNREADABLE
    assert outcome.value.error == "The file can't be opened: it is a pipe, not an ordinary file."
    assert reader_pool.replaced_workers == 0


def test_huge_content_stream_ends_within_its_limit(
    pool: tuple[ReaderPool, queue.Queue[JobOutcome]], tmp_path: Path
) -> None:
    reader_pool, outcomes = pool
    path = factories.write_huge_content_stream_pdf(tmp_path / "huge.pdf", megabytes=30)
    started = time.monotonic()
    reader_pool.submit(Job(key="huge", op="read", args=(str(path), None), time_limit=5.0))
    outcome = outcomes.get(timeout=60)
    assert time.monotonic() - started < 20
    if outcome.failure is not None:
        assert outcome.failure == "Reading it took too long."
    else:
        assert outcome.value.status in {DocumentStatus.INDEXED, DocumentStatus.UNREADABLE}


def test_a_crashing_worker_is_replaced(pool: tuple[ReaderPool, queue.Queue[JobOutcome]]) -> None:
    reader_pool, outcomes = pool
    reader_pool.submit(Job(key="ping", op="ping", args=(), time_limit=30))
    assert outcomes.get(timeout=60).value == "pong"
    for pid in list(reader_pool.worker_pids):
        os.kill(pid, 9)
    reader_pool.submit(Job(key="again", op="ping", args=(), time_limit=30))
    results = [outcomes.get(timeout=60)]
    assert results[-1].value == "pong" or results[-1].worker_replaced
    if results[-1].worker_replaced:
        reader_pool.submit(Job(key="third", op="ping", args=(), time_limit=30))
        assert outcomes.get(timeout=60).value == "pong"
