"""Accuracy of document understanding, measured on the real app end to end, two ways.

    .venv/bin/python bench/understanding_accuracy.py [CORPUS ...] [--details] [--keep]
        [--aggregate-only] [--run new|case|both]

Each CORPUS (default ../shared/corpus/dev next to the repository) holds PDFs, a labels.json
with the truth for each PDF and a case.json with the case and its log (see the corpus's
SCHEMA.md). For each corpus, in temp folders with their own database and data folder:

(a) a new user's run: ``organizer index CORPUS``, ``organizer proposals --accept-all
    --case CORPUS``, ``organizer export``; no case.json imported, the profile empty;
(b) the same after ``organizer import`` of case.json (the case's profile and log).

Each export is compared with labels.json, and the issue's figures are printed for both
runs; for a corpus with documents in Spanish (under a folder named "español", or whose
words are Spanish), also without them. ``--aggregate-only`` prints the figures and nothing
that names or describes a single document: use it for a held-out corpus.
The corpus folder is never written to; its tree is hashed before and after to show it.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _accuracy_score import detail_lines, figure_lines, is_spanish, score
from _corpus_case import REPO, App, Step, case_export, tree_fingerprint, write_json

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
RUNS = {"new": "(a) new user: empty profile, no case.json", "case": "(b) case.json imported"}


@dataclass
class Run:
    """What happened in each step, kept for the report."""

    name: str
    steps: dict[str, Step] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    out: dict[str, Any] | None = None
    names: dict[int, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)


def _texts(db_file: Path) -> dict[str, str]:
    """Each document's text by path (a duplicate has its first copy's), for telling languages."""
    with sqlite3.connect(db_file) as conn:
        rows = conn.execute(
            "SELECT d.path, COALESCE(t.text, t2.text, '') FROM documents d "
            "LEFT JOIN document_text t ON t.document_id = d.id "
            "LEFT JOIN document_text t2 ON t2.document_id = d.duplicate_of_id"
        ).fetchall()
    return {path: text for path, text in rows}


def run_pipeline(corpus: Path, work: Path, name: str) -> Run:
    run = Run(name)
    app = App(work)

    def step(label: str, *args: str) -> bool:
        done = run.steps[label] = app.run(*args)
        if not done.ok:
            run.problems.append(done.problem())
        return done.ok

    if name == "case":
        case = json.loads((corpus / "case.json").read_text(encoding="utf-8"))
        export, run.names = case_export(case, corpus)
        import_file = work / "case-import.json"
        write_json(import_file, export)
        if not step("import", "import", str(import_file), "--case", str(corpus)):
            run.problems.append("links can't be measured: the case has no log from case.json")
            run.names = {}
    if not step("index", "index", str(corpus), "--json"):
        return run
    if not step("accept", "proposals", "--accept-all", "--case", str(corpus)):
        return run
    out_file = work / "out.json"
    if not step("export", "export", "--case", str(corpus), "--out", str(out_file)):
        return run
    run.out = json.loads(out_file.read_text(encoding="utf-8"))
    run.texts = _texts(work / "bench.sqlite3")
    return run


def report_run(run: Run, labels: list[dict[str, Any]], details: bool, aggregate: bool) -> None:
    print(f"\n== {RUNS[run.name]}")
    timings = ", ".join(f"{label} {s.seconds:.1f} s" for label, s in run.steps.items())
    print(f"time: {timings}")
    for problem in run.problems:
        print("PROBLEM: a step failed" if aggregate else f"PROBLEM: {problem}")
    if run.out is None:
        print("No export to compare.")
        return
    spanish = {
        label["file"]
        for label in labels
        if is_spanish(label["file"], run.texts.get(label["file"], ""))
    }
    accepted = True  # both runs accept every suggestion
    scores, notes = score(labels, run.out, run.names, accepted=accepted)
    print(f"-- all {scores.documents} documents")
    for line in figure_lines(scores, links=bool(run.names)):
        print(line)
    if spanish:
        without, _ = score(labels, run.out, run.names, accepted=accepted, skip=spanish)
        print(f"-- without the {len(spanish)} in Spanish ({without.documents} documents)")
        for line in figure_lines(without, links=bool(run.names)):
            print(line)
    if aggregate:
        return
    if spanish:
        print("in Spanish: " + ", ".join(sorted(spanish)))
    if details:
        print("Every wrong value:")
        for line in detail_lines(scores):
            print(line)
    if notes:
        print("Notes:")
        for note in notes:
            print(f"  {note}")


def run_corpus(
    corpus: Path, runs: Sequence[str], details: bool, keep: bool, aggregate: bool
) -> int:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["documents"]
    before = tree_fingerprint(corpus)
    scanned = sum(1 for label in labels if label["scanned"])
    print(f"\n##### Corpus: {corpus}  ({len(labels)} documents, {scanned} scanned)")
    started = time.perf_counter()
    results: list[Run] = []
    for name in runs:
        if keep:
            work = Path(tempfile.mkdtemp(prefix=f"organizer-accuracy-{name}-"))
            results.append(run_pipeline(corpus, work, name))
            print(f"work folder kept for run {name}: {work}")
        else:
            with tempfile.TemporaryDirectory(prefix="organizer-accuracy-") as folder:
                results.append(run_pipeline(corpus, Path(folder), name))
    untouched = tree_fingerprint(corpus) == before
    print(f"whole run {time.perf_counter() - started:.1f} s")
    print(f"folder untouched: {'yes' if untouched else 'NO - the corpus folder changed'}")
    for result in results:
        report_run(result, labels, details and not aggregate, aggregate)
    failed = any(r.problems or r.out is None for r in results)
    return 0 if untouched and not failed else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="labelled corpus folders")
    parser.add_argument("--corpus", type=Path, action="append", help="a labelled corpus folder")
    parser.add_argument("--details", action="store_true", help="list every wrong value")
    parser.add_argument("--keep", action="store_true", help="keep the temp work folders")
    parser.add_argument(
        "--aggregate-only",
        action="store_true",
        help="print only the figures, nothing about single documents (for held-out corpora)",
    )
    parser.add_argument("--run", choices=("new", "case", "both"), default="both")
    args = parser.parse_args(argv)
    corpora = [*(args.corpus or []), *args.paths] or [DEFAULT_CORPUS]
    runs = ("new", "case") if args.run == "both" else (args.run,)
    status = 0
    for corpus in corpora:
        corpus = corpus.resolve()
        missing = [n for n in ("labels.json", "case.json") if not (corpus / n).is_file()]
        if missing:
            print(f"No {' or '.join(missing)} in {corpus}", file=sys.stderr)
            status = max(status, 2)
            continue
        status = max(status, run_corpus(corpus, runs, args.details, args.keep, args.aggregate_only))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
