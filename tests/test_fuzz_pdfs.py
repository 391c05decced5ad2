"""Fuzzing the reader: damaged PDFs always end in a state, and the readers keep working.

Valid PDFs made by tests.factories are mutated (truncated, bytes flipped, garbage objects
spliced in, the cross-reference table broken) and fed to ``read_file`` directly (many,
fast), then a smaller batch through the real Indexer and ReaderPool with tight limits.
Hypothesis runs derandomized with a fixed number of examples, so CI sees the same inputs
every time and the runtime stays modest.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import queue
import random
import re
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from organizer.core.records import CaseInfo
from organizer.core.types import DocumentStatus
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.read_file import read_file
from organizer.jobs.reader_pool import Job, JobOutcome, ReaderPool
from organizer.services import documents
from organizer.storage.database import Database
from tests import factories

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
DIRECT_LIMIT_S = 30.0
TEXT_LIMIT_S = 10.0
ENDED_BY_READ = {
    DocumentStatus.INDEXED,
    DocumentStatus.PASSWORD_PROTECTED,
    DocumentStatus.UNREADABLE,
    DocumentStatus.NOT_A_PDF,
    DocumentStatus.EMPTY,
}


# --- valid seeds -------------------------------------------------------------------------


def compressed_pdf(path: Path, lines: list[str]) -> bytes:
    """A text PDF whose content streams are Flate-compressed (exercises the decoders)."""
    plain = factories.write_text_pdf(path, lines, title="Compressed letter")
    writer = PdfWriter(clone_from=PdfReader(plain))
    for page in writer.pages:
        page.compress_content_streams()
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    folder = tmp_path_factory.mktemp("seeds")
    letter = ["PRIOR AUTHORIZATION APPROVED", "Member ID BHP447201983", "Reference PA-2026-1188"]
    gray = (40, 30, bytes((x * 7 + y * 3) % 256 for y in range(30) for x in range(40)))
    made = [
        factories.write_text_pdf(folder / "one.pdf", ["\n".join(letter)]),
        factories.write_text_pdf(
            folder / "three.pdf", ["Page one", "Page two (with parens)", "Page three"], title="T"
        ),
        factories.write_text_pdf(
            folder / "open.pdf", ["Summary"], user_password="", owner_password="o"
        ),
        factories.write_image_pdf(folder / "scan.pdf", [gray]),
    ]
    return [p.read_bytes() for p in made] + [compressed_pdf(folder / "c.pdf", letter * 3)]


# --- mutations ---------------------------------------------------------------------------

names = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#/", max_size=12)


def pdf_values() -> st.SearchStrategy[bytes]:
    """PDF object syntax, mostly well-formed enough to get deep into the parser."""
    leaves = st.one_of(
        st.integers(-(2**70), 2**70).map(lambda n: str(n).encode()),
        st.floats(allow_nan=False, allow_infinity=False).map(lambda f: repr(f).encode()),
        names.map(lambda n: b"/" + n.encode()),
        st.binary(max_size=40).map(lambda b: b"(" + b + b")"),
        st.text(alphabet="0123456789abcdefXYZ", max_size=20).map(lambda t: b"<%s>" % t.encode()),
        st.tuples(st.integers(0, 60), st.integers(0, 3)).map(lambda r: b"%d %d R" % r),
        st.sampled_from([b"null", b"true", b"false", b"(", b")", b"<<", b">>", b"[", b"]"]),
    )

    def containers(inner: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
        return st.one_of(
            st.lists(inner, max_size=6).map(lambda xs: b"[" + b" ".join(xs) + b"]"),
            st.lists(st.tuples(names, inner), max_size=6).map(
                lambda kv: b"<< %s >>" % b" ".join(b"/%s %s" % (k.encode(), v) for k, v in kv)
            ),
        )

    return st.recursive(leaves, containers, max_leaves=20)


def garbage_objects() -> st.SearchStrategy[bytes]:
    """Things to splice into a file: objects, lying streams, deep nesting, raw noise."""
    number = st.integers(0, 60)
    plain = st.tuples(number, pdf_values()).map(lambda t: b"%d 0 obj\n%s\nendobj\n" % t)
    stream = st.tuples(
        number,
        st.integers(-5, 10**9),
        st.sampled_from([b"", b"/Filter /FlateDecode", b"/Filter /LZWDecode", b"/Filter [/A85]"]),
        st.binary(max_size=300),
    ).map(
        lambda t: (
            b"%d 0 obj\n<< /Length %d %s >>\nstream\n%s\nendstream\nendobj\n"
            % (t[0], t[1], t[2], t[3])
        )
    )
    loop = b"%d 0 obj\n<< /Type /Page /Parent %d 0 R /Kids [%d 0 R] /Count 99 >>\nendobj\n"
    page = st.tuples(number, number).map(lambda t: loop % (t[0], t[1], t[0]))
    nesting = st.integers(10, 5000).map(lambda depth: b"9 0 obj\n" + b"[" * depth + b"\nendobj\n")
    return st.one_of(plain, stream, page, nesting, st.binary(min_size=1, max_size=200))


def break_xref(data: bytes, how: str, seed: int) -> bytes:
    """Damage the cross-reference table or the way to it."""
    rng = random.Random(seed)
    start, end = data.rfind(b"xref"), data.rfind(b"trailer")
    if how == "digits" and 0 <= start < end:
        digits = b"0123456789"
        table = bytes(rng.choice(digits) if c in digits else c for c in data[start:end])
        return data[:start] + table + data[end:]
    if how == "startxref":
        return re.sub(rb"startxref\s+\d+", b"startxref\n%d" % rng.randrange(2**40), data)
    if how == "drop" and 0 <= start < end:
        return data[:start] + data[end:]
    if how == "shift":
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 500)))
        return data[:9] + b"%" + noise + b"\n" + data[9:]
    return data.replace(b"/Root", b"/Rout" if seed % 2 else b"/Root 999 0 R /Junk")


mutation = st.one_of(
    st.tuples(st.just("truncate"), st.integers(0, 10**6)),
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255), st.integers(1, 24)),
    st.tuples(st.just("splice"), st.integers(0, 10**6), garbage_objects()),
    st.tuples(
        st.just("xref"),
        st.sampled_from(["digits", "startxref", "drop", "shift", "root"]),
        st.integers(0, 2**32),
    ),
    st.tuples(
        st.just("repeat"), st.integers(0, 10**6), st.integers(0, 10**6), st.integers(1, 4000)
    ),
)


def mutate(data: bytes, operations: list[tuple[Any, ...]]) -> bytes:
    for operation in operations:
        kind, *args = operation
        if not data:
            break
        size = len(data)
        if kind == "truncate":
            data = data[: int(args[0]) % size]
        elif kind == "flip":
            at, mask, width = (int(a) for a in args)
            at %= size
            chunk = bytes(b ^ mask for b in data[at : at + width])
            data = data[:at] + chunk + data[at + width :]
        elif kind == "splice":
            at = int(args[0]) % size
            data = data[:at] + bytes(args[1]) + data[at:]
        elif kind == "xref":
            data = break_xref(data, str(args[0]), int(args[1]))
        else:  # repeat a chunk somewhere else: duplicated objects, offsets all wrong
            source, target, width = (int(a) % size for a in args)
            data = data[:target] + data[source : source + width] + data[target:]
    return data


damaged_pdfs = st.tuples(st.integers(0, 4), st.lists(mutation, min_size=1, max_size=4))


# --- read_file directly --------------------------------------------------------------------


def check_read(path: Path, data: bytes) -> DocumentStatus:
    started = time.monotonic()
    result = read_file(str(path))
    assert time.monotonic() - started < DIRECT_LIMIT_S
    pickle.loads(pickle.dumps(result))  # it must travel back from a worker process
    assert isinstance(result.status, DocumentStatus)
    assert result.status in ENDED_BY_READ | {DocumentStatus.PENDING}
    if result.status == DocumentStatus.PENDING:
        # Waiting only for OCR of pages that exist.
        assert result.ocr_pages
        assert set(result.ocr_pages) <= set(range(len(result.page_texts)))
    elif result.status != DocumentStatus.INDEXED:
        assert isinstance(result.error, str) and result.error.strip()
    else:
        assert result.text_source is not None
    if data:
        assert result.sha256 == hashlib.sha256(data).hexdigest()
        assert result.size == len(data)
    return result.status


def test_damaged_pdfs_read_directly_always_end_in_a_state(
    seeds: list[bytes], tmp_path: Path
) -> None:
    numbers = count()
    seen: dict[DocumentStatus, int] = {}

    @FUZZ
    @given(damaged_pdfs)
    def read_one(case: tuple[int, list[tuple[Any, ...]]]) -> None:
        seed, operations = case
        data = mutate(seeds[seed], operations)
        path = tmp_path / f"fuzz-{next(numbers):04d}.pdf"
        path.write_bytes(data)
        status = check_read(path, data)
        seen[status] = seen.get(status, 0) + 1
        path.unlink()

    read_one()
    fuzzed = sum(seen.values())
    assert fuzzed >= 50
    assert seen.get(DocumentStatus.UNREADABLE, 0) > 0  # the mutations do damage files


def test_arbitrary_bytes_named_pdf_end_in_a_state(tmp_path: Path) -> None:
    numbers = count()

    @FUZZ
    @given(
        st.sampled_from([b"", b"%PDF-1.7\n", b"%PDF-", b"\xff\xd8\xff"]), st.binary(max_size=3000)
    )
    def read_one(head: bytes, noise: bytes) -> None:
        data = head + noise
        path = tmp_path / f"noise-{next(numbers):04d}.pdf"
        path.write_bytes(data)
        check_read(path, data)
        path.unlink()

    read_one()
    fuzzed = next(numbers)  # how many files were made
    assert fuzzed >= 50


# --- through the real reader pool --------------------------------------------------------


@pytest.fixture
def fuzz_indexer(db: Database, case: CaseInfo) -> Iterator[Indexer]:
    settings_ = IndexSettings(
        ocr=True,
        workers=2,
        text_time_limit=TEXT_LIMIT_S,
        ocr_page_time_limit=20.0,
        memory_cap_mb=512,
        settle_seconds=0.0,
    )
    indexer = Indexer(db, case, settings_)
    yield indexer
    indexer.close()


def test_damaged_pdfs_through_the_reader_pool_end_in_final_states(
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    seeds: list[bytes],
    fuzz_indexer: Indexer,
) -> None:
    batches = count()
    fuzzed: list[str] = []

    @settings(FUZZ, max_examples=6)
    @given(st.lists(damaged_pdfs, min_size=10, max_size=10))
    def index_batch(batch: list[tuple[int, list[tuple[Any, ...]]]]) -> None:
        folder = f"batch-{next(batches)}"
        for number, (seed, operations) in enumerate(batch):
            target = case_folder / folder / f"letter {number}.pdf"
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(mutate(seeds[seed], operations))
        started = time.monotonic()
        fuzz_indexer.run_once()
        assert time.monotonic() - started < len(batch) * TEXT_LIMIT_S + 60
        states = {
            d.path: d.status
            for d in documents.list_documents(db, case.id)
            if d.path.startswith(folder + "/")
        }
        assert len(states) == len(batch)
        assert DocumentStatus.PENDING not in states.values()
        assert DocumentStatus.MISSING not in states.values()
        fuzzed.extend(states)

    index_batch()
    assert len(fuzzed) >= 50

    # The readers still work: a healthy letter dropped in afterwards is read as usual.
    factories.write_text_pdf(case_folder / "after.pdf", ["Approved after all that"])
    fuzz_indexer.run_once()
    after = next(d for d in documents.list_documents(db, case.id) if d.path == "after.pdf")
    assert after.status == DocumentStatus.INDEXED
    assert "Approved after all that" in documents.document_text(db, after.id)


def test_a_reader_stopped_at_its_limit_is_replaced_and_the_next_file_is_read(
    tmp_path: Path,
) -> None:
    huge = factories.write_huge_content_stream_pdf(tmp_path / "huge.pdf", megabytes=12)
    healthy = factories.write_text_pdf(tmp_path / "next.pdf", ["Clinic note"])
    outcomes: queue.Queue[JobOutcome] = queue.Queue()
    pool = ReaderPool(outcomes.put, workers=1)
    try:
        pool.submit(Job(key="huge", op="read", args=(str(huge), None), time_limit=0.3))
        pool.submit(Job(key="next", op="read", args=(str(healthy), None), time_limit=60))
        first, second = outcomes.get(timeout=120), outcomes.get(timeout=120)
    finally:
        pool.close()
    assert (first.job.key, first.failure, first.worker_replaced) == (
        "huge",
        "Reading it took too long.",
        True,
    )
    assert second.job.key == "next" and second.failure is None
    assert second.value.status == DocumentStatus.INDEXED
    assert "Clinic note" in second.value.text
    assert pool.replaced_workers == 1
