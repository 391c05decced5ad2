"""Indexing speed and memory, each measured side by side against a baseline in one run.

(a) cold indexing of N distinct text PDFs (1-5 pages) vs a plain single-process pypdf loop
(b) re-scan of the same unchanged files (stat and compare only)
(c) peak memory of the main process and of each reader worker
(d) time from a text PDF landing complete in the watched folder to its indexed state
(e) OCR seconds per page vs running the tesseract command alone on the same page images

Usage: python bench/bench_indexing.py [--files 1000] [--ocr-pages 4] [--work DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import _common  # noqa: F401  (sets up sys.path and the offscreen platform)
from _common import peak_rss_mb, ratio

WORDS = (
    "prior",
    "authorization",
    "home",
    "infusion",
    "therapy",
    "member",
    "plan",
    "benefits",
    "request",
    "clinical",
    "notes",
    "laboratory",
    "results",
    "ceftriaxone",
    "immune",
    "globulin",
    "pharmacy",
    "provider",
    "office",
    "approved",
    "denied",
    "appeal",
    "coverage",
    "deductible",
    "nursing",
    "visit",
    "pump",
    "supplies",
    "diagnosis",
    "medication",
    "history",
    "letter",
    "medical",
    "necessity",
    "reference",
    "number",
    "due",
    "date",
    "please",
    "send",
    "records",
    "review",
    "decision",
)


def make_corpus(folder: Path, count: int, seed: int = 1) -> None:
    from tests import factories

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        pages = []
        for _ in range(rng.randint(1, 5)):
            lines = [
                " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12)))
                for _ in range(rng.randint(25, 45))
            ]
            lines.insert(0, f"Document {n} reference QF-{seed}-{n:05d}")
            pages.append("\n".join(lines))
        sub = folder / f"batch{n % 10}"
        sub.mkdir(exist_ok=True)
        factories.write_text_pdf(sub / f"letter {n:04d}.pdf", pages)


def plain_loop(folder: Path) -> float:
    from pypdf import PdfReader

    started = time.perf_counter()
    for path in sorted(folder.rglob("*.pdf")):
        reader = PdfReader(path)
        for i in range(len(reader.pages)):
            reader.pages[i].extract_text()
    return time.perf_counter() - started


def open_db(path: Path):  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import URL

    from organizer.storage.database import open_database

    return open_database(URL.create("sqlite", database=str(path)))


def bench_index(folder: Path, work: Path, understand: bool = True) -> dict[str, float]:
    from organizer.jobs.indexer import Indexer, IndexSettings
    from organizer.services import cases

    for old in work.glob("bench.sqlite3*"):
        old.unlink()  # every run starts cold
    db = open_db(work / "bench.sqlite3")
    case = cases.create_case(db, folder)
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0, understand=understand))
    started = time.perf_counter()
    summary = indexer.run_once()
    cold = time.perf_counter() - started
    assert summary.counts["indexed"] == summary.total, summary.counts
    workers = [
        peak_rss_mb(pid) for pid in indexer.pool.worker_pids if Path(f"/proc/{pid}").exists()
    ]
    rescans = []
    for _ in range(5):
        started = time.perf_counter()
        report = indexer.reconcile()
        rescans.append(time.perf_counter() - started)
        assert report.changes == 0
    indexer.close()
    db.dispose()
    return {
        "cold": cold,
        "rescan": min(rescans),
        "main_peak_mb": peak_rss_mb(),
        "worker_peak_mb": max(workers) if workers else float("nan"),
        "files": summary.total,
    }


def bench_latency(work: Path, rounds: int = 5) -> list[float]:
    from organizer.jobs.indexer import Indexer, IndexSettings
    from organizer.jobs.watcher import FolderWatcher, WatchState
    from organizer.services import cases, documents
    from tests import factories

    folder = work / "watched"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(work / "staging", ignore_errors=True)
    folder.mkdir()
    for old in work.glob("latency.sqlite3*"):
        old.unlink()
    db = open_db(work / "latency.sqlite3")
    case = cases.create_case(db, folder)
    watcher = FolderWatcher(Indexer(db, case, IndexSettings(ocr=False)), check_interval=0.1)
    watcher.start()
    while watcher.state != WatchState.WATCHING:
        threading.Event().wait(0.05)
    staging = work / "staging"
    staging.mkdir()
    results = []
    for n in range(rounds + 1):
        source = factories.write_text_pdf(staging / f"l{n}.pdf", [f"Approval letter {n}"] * 2)
        landed = time.perf_counter()
        source.rename(folder / source.name)  # lands complete, as a finished download does
        while True:
            found = {d.path: d.status for d in documents.list_documents(db, case.id)}
            if found.get(source.name) == "indexed":
                break
            threading.Event().wait(0.02)
        if n:  # the first one also starts the reader processes
            results.append(time.perf_counter() - landed)
    watcher.stop()
    db.dispose()
    return results


def bench_ocr(work: Path, pages: int) -> tuple[float, float] | None:
    from organizer.jobs import ocr
    from organizer.jobs.reader_worker import run_job
    from tests import factories

    if ocr.tesseract_command() is None:
        return None
    lines = [" ".join(random.Random(i).choice(WORDS) for _ in range(9)) for i in range(30)]
    pdf = factories.write_scanned_pdf(work / "scan.pdf", lines, dpi=300)
    started = time.perf_counter()
    run_job("ocr", (str(pdf), [0] * pages, False, 120.0, None))
    ours = (time.perf_counter() - started) / pages
    # The same page image, given straight to the tesseract command.
    image = factories.render_text_image(lines, width_px=2550, height_px=3300, dpi=300)
    png = factories.write_png(work / "page.png", image)
    started = time.perf_counter()
    for _ in range(pages):
        subprocess.run(
            ["tesseract", str(png), "stdout", "--dpi", "300", "-l", "eng"],
            capture_output=True,
            check=True,
            env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
        )
    alone = (time.perf_counter() - started) / pages
    return ours, alone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--ocr-pages", type=int, default=4)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="organizer-bench-"))
    corpus = work / f"corpus-{args.files}"
    if not corpus.exists():
        print(f"making {args.files} text PDFs in {corpus} ...")
        make_corpus(corpus, args.files)
    plain = plain_loop(corpus)
    reading = bench_index(corpus, work, understand=False)
    figures = bench_index(corpus, work)
    print(
        f"(a) cold indexing, {figures['files']:.0f} files, reading only: "
        f"{reading['cold']:.2f} s; plain pypdf loop {plain:.2f} s; "
        f"ratio {ratio(reading['cold'], plain)} (target <= 0.70x)"
    )
    print(
        f"    whole pipeline (reading, then kinds, details and proposals): "
        f"{figures['cold']:.2f} s; ratio {ratio(figures['cold'], plain)}"
    )
    print(
        f"(b) re-scan unchanged: {figures['rescan'] * 1000:.0f} ms "
        f"= {figures['rescan'] / figures['cold'] * 100:.2f}% of cold (target <= 250 ms, <= 2%)"
    )
    print(
        f"(c) peak memory: main {figures['main_peak_mb']:.0f} MB (target <= 200), "
        f"worker {figures['worker_peak_mb']:.0f} MB (target <= 250)"
    )
    latencies = bench_latency(work)
    print(
        f"(d) landing to indexed: median {sorted(latencies)[len(latencies) // 2]:.2f} s, "
        f"max {max(latencies):.2f} s over {len(latencies)} files (target <= 2 s)"
    )
    measured = bench_ocr(work, args.ocr_pages)
    if measured is None:
        print("(e) OCR: tesseract is not installed; skipped")
    else:
        ours, alone = measured
        print(
            f"(e) OCR per page: {ours:.2f} s; tesseract alone {alone:.2f} s; "
            f"ratio {ratio(ours, alone)}"
        )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
