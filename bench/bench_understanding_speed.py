"""Reading for meaning, timed side by side with reading the text, in one run (issue 22).

(a) understanding ms per two-page letter (in-process, best of three passes);
(b) on dense 1-5 page documents: understanding vs pypdf text extraction of the same PDFs;
(c) building suggestions (``propose_for``, identity settled, empty profile) for 100,
    1,000 and 5,000 documents already understood: total and per document;
(d) whole process: a cold ``organizer index FOLDER --no-ocr`` of 1,000 letter-like PDFs
    (fresh database) vs a plain single-process pypdf loop over them, also a whole process;
(e) whole process: ``organizer index FOLDER --no-ocr`` again, nothing changed (re-scan).

Texts and PDFs come from bench/_letters.py (seeded). Everything is written to a temp folder.

Usage: python bench/bench_understanding_speed.py [--files 1000] [--suggest 100,1000,5000]
    [--letters 200] [--dense 100] [--skip-index]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import _common  # noqa: F401  (sets up sys.path)
from _common import ROOT, ratio
from _letters import letter_pages, letter_texts, write_letters

PLAIN_LOOP = """
import sys
from pathlib import Path
from pypdf import PdfReader
for path in sorted(Path(sys.argv[1]).rglob("*.pdf")):
    reader = PdfReader(path)
    for i in range(len(reader.pages)):
        reader.pages[i].extract_text()
"""


def _understand_ms(texts: list[str], passes: int = 3) -> float:
    from organizer.core.understand import CaseContext, bundled_rules, understand

    rules = bundled_rules()
    context = CaseContext(
        patient="Maria Lopez", member_ids=("MQC123456789",), payers=("Mesquite Crest Health Plan",)
    )
    understand(texts[0], rules=rules, context=context)  # rules compiled, caches warm
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for text in texts:
            understand(text, rules=rules, context=context)
        best = min(best, (time.process_time() - started) / len(texts) * 1000)
    return best


def _extract_ms(files: list[Path], passes: int = 3) -> tuple[float, list[str]]:
    from pypdf import PdfReader

    best, texts = float("inf"), []
    for _ in range(passes):
        texts = []
        started = time.process_time()
        for path in files:
            reader = PdfReader(path)
            texts.append("\n\f\n".join(page.extract_text() for page in reader.pages))
        best = min(best, (time.process_time() - started) / len(files) * 1000)
    return best, texts


def bench_letters(count: int) -> None:
    ms = _understand_ms(letter_texts(count, seed=21, pages=(2, 2)))
    print(f"(a) understanding, two-page letter: {ms:.2f} ms per letter ({count} letters)")


def bench_dense(work: Path, count: int) -> None:
    from tests import factories

    rng = random.Random(5)
    folder = work / "dense"
    folder.mkdir()
    files = []
    for n in range(count):
        path = folder / f"dense {n:03d}.pdf"
        factories.write_text_pdf(path, letter_pages(rng, n, rng.randint(1, 5)))
        files.append(path)
    extract, texts = _extract_ms(files)
    understand = _understand_ms(texts)
    print(
        f"(b) dense 1-5 page documents ({count}): extraction {extract:.1f} ms, understanding "
        f"{understand:.1f} ms per document = {ratio(understand, extract)} of extraction"
    )


def _suggestion_case(work: Path, count: int):  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import URL

    from organizer.core.understand import understand
    from organizer.services import cases, understanding
    from organizer.storage.database import open_database
    from organizer.storage.models import Document, DocumentText

    folder = work / f"suggest-{count}"
    folder.mkdir()
    db = open_database(URL.create("sqlite", database=str(work / f"suggest-{count}.sqlite3")))
    case = cases.create_case(db, folder)
    texts = letter_texts(count, seed=31, pages=(1, 2))
    now = datetime.now(UTC)
    with db.session() as session:
        rows = [
            Document(
                case_id=case.id,
                path=f"letter {n:05d}.pdf",
                sha256=f"{n:064d}",
                size=1000 + n,
                mtime_ns=n,
                status="indexed",
                text_source="text",
                pages=1,
                first_seen_at=now,
            )
            for n in range(count)
        ]
        session.add_all(rows)
        session.flush()
        session.add_all(
            DocumentText(document_id=row.id, text=text)
            for row, text in zip(rows, texts, strict=True)
        )
        ids = [row.id for row in rows]
    understander = understanding.Understander.load(None)
    found = {
        doc_id: understand(text, rules=understander.rules)
        for doc_id, text in zip(ids, texts, strict=True)
    }
    understanding.record_found(db, found)
    return db, found, understander


def bench_suggestions(work: Path, sizes: list[int]) -> None:
    from organizer.services import understanding

    cells = []
    for size in sizes:
        db, found, understander = _suggestion_case(work, size)
        started = time.perf_counter()
        understanding.propose_for(db, found, understander)
        seconds = time.perf_counter() - started
        db.dispose()
        cells.append(f"{size}: {seconds:.2f} s ({seconds / size * 1000:.2f} ms/doc)")
    print("(c) building suggestions (propose_for): " + "; ".join(cells))


def _run(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def bench_index(work: Path, count: int) -> None:
    folder = work / "letters"
    write_letters(folder, count)
    env = dict(os.environ, ORGANIZER_DATA_DIR=str(work / "data"), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("ORGANIZER_DB", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are kept
    python = sys.executable
    plain = _run([python, "-c", PLAIN_LOOP, str(folder)], env)  # warms the file cache too
    plain = min(plain, _run([python, "-c", PLAIN_LOOP, str(folder)], env))
    db = f"sqlite:///{work / 'index.sqlite3'}"
    command = [python, "-m", "organizer", "index", str(folder), "--no-ocr", "--db", db]
    cold = _run(command, env)
    rescans = [_run(command, env) for _ in range(3)]
    print(
        f"(d) whole process, cold index of {count} PDFs: {cold:.1f} s vs plain pypdf loop "
        f"{plain:.1f} s = {ratio(cold, plain)}"
    )
    print(f"(e) whole process, re-scan of the {count} unchanged files: {min(rescans):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--suggest", default="100,1000,5000")
    parser.add_argument("--letters", type=int, default=200)
    parser.add_argument("--dense", type=int, default=100)
    parser.add_argument("--skip-index", action="store_true")
    args = parser.parse_args()
    print(f"code: {ROOT}  cores: {os.cpu_count()}  load: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="organizer-speed-") as tmp:
        work = Path(tmp)
        bench_letters(args.letters)
        bench_dense(work, args.dense)
        bench_suggestions(work, [int(s) for s in args.suggest.split(",") if s])
        if not args.skip_index:
            bench_index(work, args.files)


if __name__ == "__main__":
    main()
