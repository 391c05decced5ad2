"""Accuracy of document understanding, measured on the real app end to end.

    .venv/bin/python bench/understanding_accuracy.py [--corpus PATH] [--details] [--keep]

The corpus (default ../shared/corpus/dev next to the repository) holds PDFs, a labels.json
with the truth for each PDF and a case.json with the case and its log (see the corpus's
SCHEMA.md). In a temp folder, with its own database and data folder, the script:

1. turns case.json into an export file and restores it with ``organizer import``, so the
   case has its log before any document is read;
2. runs ``organizer index CORPUS --json`` (text layer, and OCR for scans);
3. runs ``organizer export`` and compares each document in it with labels.json.

The corpus folder is never written to; its tree is hashed before and after to show it.
Figures are printed per field, as issue 5's "Measure it" section lists them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _corpus_case import REPO, App, Step, case_export, tree_fingerprint, write_json

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
VALUE_FIELDS = ("document_date", "reference_number", "due_date", "member_id")
# Issue 5's targets; member_id has none and is shown for information.
TARGETS = {
    "kind, text PDFs": 0.97,
    "kind, scanned PDFs": 0.92,
    "letter outcome": 0.95,
    "document_date": 0.92,
    "reference_number": 0.92,
    "due_date": 0.92,
    "requested items": 0.9,
    "fulfills": 0.9,
}
LINK_PRECISION, LINK_RECALL = 0.95, 0.85


def verdict(value: float, target: float | None) -> str:
    if target is None:
        return "(no target)"
    return f"target {target:.0%}: {'met' if value >= target else 'MISSED'}"


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, note: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(note)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def line(self, name: str, target: float | None) -> str:
        counts = f"({self.right}/{self.total})"
        if not self.total:
            return f"{name:<28} {'n/a':>7} {counts:>9}  (nothing to measure)"
        return f"{name:<28} {self.share:7.1%} {counts:>9}  {verdict(self.share, target)}"


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, predicted: set[str], truth: set[str], note: str) -> None:
        self.tp += len(predicted & truth)
        self.fp += len(predicted - truth)
        self.fn += len(truth - predicted)
        if predicted != truth:
            self.wrong.append(f"{note}: got {sorted(predicted)} want {sorted(truth)}")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    kind_text: Tally = field(default_factory=Tally)
    kind_scan: Tally = field(default_factory=Tally)
    outcome: Tally = field(default_factory=Tally)
    values: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in VALUE_FIELDS})
    found_where_none: dict[str, list[str]] = field(
        default_factory=lambda: {f: [] for f in VALUE_FIELDS}
    )
    requested: SetScore = field(default_factory=SetScore)
    fulfils: SetScore = field(default_factory=SetScore)
    links: SetScore = field(default_factory=SetScore)
    scanned_mismatch: list[str] = field(default_factory=list)
    not_indexed: list[str] = field(default_factory=list)


# --- what the app said, per document -------------------------------------------------------


def predicted_links(out: dict[str, Any], names: dict[int, str]) -> tuple[dict[str, set[str]], ...]:
    """Per document path: proposed log entries (as "L1"...), and links a person confirmed.

    A proposal for a log entry that was not in case.json counts as "new:ITEM#ID": it can
    never match a label, so it counts against precision.
    """
    proposed: dict[str, set[str]] = {}
    confirmed: dict[str, set[str]] = {}
    for entry in out["log"]:
        name = names.get(entry["id"], f"new:{entry['item']}#{entry['id']}")
        for link in entry["documents"]:
            target = confirmed if link["confirmed"] else proposed
            target.setdefault(link["path"], set()).add(name)
    return proposed, confirmed


def shown(value: Any) -> Any:
    return "-" if value is None else value


def score(
    labels: list[dict[str, Any]], out: dict[str, Any], names: dict[int, str]
) -> tuple[Scores, list[str]]:
    """Compare each labelled document with its row in the export; returns notes as well."""
    scores = Scores()
    notes: list[str] = []
    docs = {d["path"]: d for d in out["documents"]}
    proposed, confirmed = predicted_links(out, names)
    for path, ids in sorted(confirmed.items()):
        notes.append(f"link confirmed without a person (should not happen): {path} -> {ids}")
    for label in labels:
        name = label["file"]
        doc = docs.get(name)
        if doc is None:
            notes.append(f"not in the export at all: {name}")
            doc = {"status": "absent", "kind": None, "text_source": None}
        source = name
        if doc.get("status") == "duplicate" and doc.get("duplicate_of") in docs:
            # The app reads one copy; a duplicate is judged by what the first copy got.
            source = doc["duplicate_of"]
            notes.append(f"duplicate judged by its first copy: {name} = {source}")
            doc = docs[source]
        if doc.get("status") != "indexed":
            scores.not_indexed.append(f"{name}: status {doc.get('status')}, {doc.get('error')}")
        scanned = doc.get("text_source") == "ocr"
        if scanned != bool(label["scanned"]):
            scores.scanned_mismatch.append(
                f"{name}: text_source {doc.get('text_source')}, labelled scanned={label['scanned']}"
            )
        tally = scores.kind_scan if scanned else scores.kind_text
        tally.add(
            doc.get("kind") == label["kind"], f"{name}: got {doc.get('kind')} want {label['kind']}"
        )
        if label["kind"] == "letter":
            got = doc.get("letter_outcome")
            want = label["letter_outcome"]
            scores.outcome.add(got == want, f"{name}: got {shown(got)} want {want}")
        for key in VALUE_FIELDS:
            got, want = doc.get(key), label[key]
            if want is not None:
                scores.values[key].add(got == want, f"{name}: got {shown(got)} want {want}")
            elif got is not None:
                scores.found_where_none[key].append(f"{name}: got {got}")
        scores.requested.add(
            set(doc.get("requested_items") or []), set(label["requested_items"]), name
        )
        scores.fulfils.add(set(doc.get("fulfills") or []), set(label["fulfills"]), name)
        scores.links.add(proposed.get(source, set()), set(label["links_to"]), name)
    labelled = {label["file"] for label in labels}
    for path in sorted(set(docs) - labelled):
        notes.append(f"in the export but not labelled (should be skipped?): {path}")
    return scores, notes


# --- the run -------------------------------------------------------------------------------


@dataclass
class Run:
    """What happened in each step, kept for the report."""

    steps: dict[str, Step] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    out: dict[str, Any] | None = None
    names: dict[int, str] = field(default_factory=dict)
    index_summary: dict[str, Any] | None = None


def run_pipeline(corpus: Path, work: Path) -> Run:
    run = Run()
    app = App(work)
    case = json.loads((corpus / "case.json").read_text(encoding="utf-8"))
    export, run.names = case_export(case, corpus)
    import_file = work / "case-import.json"
    write_json(import_file, export)

    step = run.steps["import"] = app.run("import", str(import_file), "--case", str(corpus))
    if not step.ok:
        run.problems.append(step.problem())
        run.problems.append("links can't be measured: the case has no log from case.json")
        run.names = {}

    step = run.steps["index"] = app.run("index", str(corpus), "--json")
    if not step.ok:
        run.problems.append(step.problem())
        return run
    try:
        run.index_summary = json.loads(step.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        run.problems.append(f"index printed no JSON summary: {step.stdout.strip()[:200]!r}")

    out_file = work / "out.json"
    step = run.steps["export"] = app.run("export", "--case", str(corpus), "--out", str(out_file))
    if not step.ok:
        run.problems.append(step.problem())
        return run
    run.out = json.loads(out_file.read_text(encoding="utf-8"))
    return run


def print_report(run: Run, scores: Scores, details: bool) -> None:
    assert run.out is not None
    print(scores.kind_text.line("kind, text PDFs", TARGETS["kind, text PDFs"]))
    print(scores.kind_scan.line("kind, scanned PDFs", TARGETS["kind, scanned PDFs"]))
    print(scores.outcome.line("letter outcome", TARGETS["letter outcome"]))
    for key, tally in scores.values.items():
        line = tally.line(key.replace("_", " "), TARGETS.get(key))
        found = len(scores.found_where_none[key])
        extra = " (target 0)" if key == "due_date" else ""
        print(f"{line}   found where none: {found}{extra}")
    for name, set_score in (("requested items", scores.requested), ("fulfills", scores.fulfils)):
        print(
            f"{name:<28} F1 {set_score.f1:.3f} (P {set_score.precision:.3f}, "
            f"R {set_score.recall:.3f})  target {TARGETS[name]}: "
            f"{'met' if set_score.f1 >= TARGETS[name] else 'MISSED'}"
        )
    links = scores.links
    link_ok = links.precision >= LINK_PRECISION and links.recall >= LINK_RECALL
    print(
        f"{'link proposals':<28} precision {links.precision:.3f}  recall {links.recall:.3f}"
        f"  ({links.tp} right, {links.fp} wrong, {links.fn} missed)"
        f"  target P {LINK_PRECISION} R {LINK_RECALL}: {'met' if link_ok else 'MISSED'}"
    )
    new_entries = [e for e in run.out["log"] if e["id"] not in run.names]
    proposed_new = [e for e in new_entries if e["status"] == "proposed"]
    print(f"{'new entries proposed':<28} {len(proposed_new)}", end="")
    if len(new_entries) != len(proposed_new):
        print(f"  (and {len(new_entries) - len(proposed_new)} other entries not in case.json)")
    else:
        print()
    for entry in proposed_new:
        paths = ", ".join(link["path"] for link in entry["documents"]) or "no document"
        print(f"  new #{entry['id']} {entry['item']}: {entry['what']!r} ({paths})")
    false_due = scores.found_where_none["due_date"]
    print(f"false due dates: {len(false_due)}")
    for note in false_due:
        print(f"  {note}")
    print(
        "duplicates: a file the app marks as a duplicate is judged by the values and links "
        "of the file it duplicates"
    )
    if scores.scanned_mismatch:
        print(f"read differently than labelled (text vs scan): {len(scores.scanned_mismatch)}")
        for note in scores.scanned_mismatch:
            print(f"  {note}")
    if details:
        print("\nEvery wrong value:")
        tallies = {"kind": scores.kind_text, "kind (scan)": scores.kind_scan}
        tallies |= {"outcome": scores.outcome, **scores.values}
        for name, tally in tallies.items():
            for note in tally.wrong:
                print(f"  {name}: {note}")
        for key, found in scores.found_where_none.items():
            for note in found:
                print(f"  {key} found where none: {note}")
        for name, set_score in (
            ("requested", scores.requested),
            ("fulfills", scores.fulfils),
            ("links", scores.links),
        ):
            for note in set_score.wrong:
                print(f"  {name}: {note}")
        for note in scores.not_indexed:
            print(f"  not indexed: {note}")


def run(corpus: Path, details: bool, keep: bool) -> int:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["documents"]
    before = tree_fingerprint(corpus)
    started = time.perf_counter()
    if keep:
        work = Path(tempfile.mkdtemp(prefix="organizer-accuracy-"))
        result = run_pipeline(corpus, work)
    else:
        with tempfile.TemporaryDirectory(prefix="organizer-accuracy-") as name:
            work = Path(name)
            result = run_pipeline(corpus, work)
    total = time.perf_counter() - started
    untouched = tree_fingerprint(corpus) == before

    scanned = sum(1 for label in labels if label["scanned"])
    print(f"Corpus: {corpus}  ({len(labels)} documents, {scanned} scanned)")
    print(
        "Pipeline: organizer import (case.json log) -> organizer index --json -> organizer export"
    )
    if keep:
        print(f"Work folder kept: {work}")
    for problem in result.problems:
        print(f"PROBLEM: {problem}")
    if "import" in result.steps and result.steps["import"].ok:
        print(f"import: {result.steps['import'].stdout.strip()}")
    if result.index_summary is not None:
        counts = {k: v for k, v in result.index_summary.get("counts", {}).items() if v}
        print(
            f"index: {result.index_summary.get('total')} documents {counts}, "
            f"{result.index_summary.get('seconds')} s as the app reports it"
        )
    timings = ", ".join(f"{name} {step.seconds:.1f} s" for name, step in result.steps.items())
    print(f"time: {timings}; whole run {total:.1f} s")
    print(f"folder untouched: {'yes' if untouched else 'NO - the corpus folder changed'}")
    if result.out is None:
        print("No export to compare: see the problems above.")
        return 1
    print()
    scores, notes = score(labels, result.out, result.names)
    print_report(result, scores, details)
    if notes:
        print("\nNotes:")
        for note in notes:
            print(f"  {note}")
    return 0 if not result.problems and untouched else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--corpus", type=Path, default=None, help=f"labelled corpus folder ({DEFAULT_CORPUS})"
    )
    parser.add_argument("--details", action="store_true", help="list every wrong value")
    parser.add_argument("--keep", action="store_true", help="keep the temp work folder")
    args = parser.parse_args(argv)
    corpus = (args.corpus or args.path or DEFAULT_CORPUS).resolve()
    for needed in ("labels.json", "case.json"):
        if not (corpus / needed).is_file():
            print(f"No {needed} in {corpus}", file=sys.stderr)
            return 2
    return run(corpus, args.details, args.keep)


if __name__ == "__main__":
    raise SystemExit(main())
