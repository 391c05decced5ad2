"""Can the "still missing" list be trusted? Measured on labelled corpora, end to end.

    .venv/bin/python bench/missing_accuracy.py [--corpus PATH ...] [--today YYYY-MM-DD]
        [--leave-out N] [--keep] [--details] [--aggregate-only] [--runs all|imported]

For each corpus (default: shared/corpus/dev and shared/corpus/public next to the
repository), with the real ``organizer`` command, its own database and data folder in a
temp folder, every suggestion accepted as a hurried user would:

1. **imported**: case.json becomes an export file restored with ``organizer import``; then
   ``organizer index``, ``organizer proposals --accept-all``, ``organizer export``;
2. **fresh**: a new database, then ``index``, ``proposals --accept-all``, ``export``;
3. **left out**: a copy of the folder without the documents that fulfil a few requested
   items (and one more unrelated document), indexed from scratch as in 2.

The missing list must name exactly the requested items that have no document in the folder
(a requested item is one of the four starter items, one a letter asks for, or, in the runs
that import case.json, one on the case's log), and no item that has one. Each item named
wrongly is counted by its cause (a request read where no letter makes one, or a document not
read as fulfilling it), without naming it. "Names" means a row whose ``has_copy`` is false:
that is how the list tells "nothing in the folder" apart. Its F1 is reported per run. The
imported run also gives link precision and recall against labels.json's ``links_to`` and the
suggestions offered per labelled link. The corpus folders are never written to; their trees
are hashed before and after to show it.

``--aggregate-only`` prints the figures and nothing that names a document or an item (for
a held-out corpus); ``--runs imported`` does only the imported run (the one that gives
the link figures).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _corpus_case import REPO, App, Step, case_export, tree_fingerprint, write_json

STARTER_ITEMS = ("prescription", "insurance_card", "benefits_verification", "prior_authorization")
LINK_PRECISION, LINK_RECALL, MAX_RATIO = 0.95, 0.90, 1.3
DEFAULT_TODAY = "2026-12-07"


def default_corpora() -> list[Path]:
    for root in (REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus"):
        if root.is_dir():
            return [root / "dev", root / "public"]
    return []


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[Any], truth: set[Any]) -> None:
        self.tp += len(predicted & truth)
        self.fp += len(predicted - truth)
        self.fn += len(truth - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        if not (self.tp + self.fp + self.fn):
            return 1.0  # nothing missing, and nothing said to be
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    name: str
    truth: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)
    rows: list[dict[str, Any]] = field(default_factory=list)
    suggestions: int = 0
    links: SetScore | None = None
    link_errors: list[str] = field(default_factory=list)
    labelled_links: int = 0
    problems: list[str] = field(default_factory=list)
    why_wrong: dict[str, int] = field(default_factory=dict)

    @property
    def missing(self) -> SetScore:
        score = SetScore()
        score.add(self.named, self.truth)
        return score


def load_labels(corpus: Path) -> list[dict[str, Any]]:
    data = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return list(data["documents"])


def missing_truth(
    labels: list[dict[str, Any]], present: set[str], logged: frozenset[str] = frozenset()
) -> set[str]:
    """Requested items (starter items, those letters ask for, and those in an imported log)
    no present document fulfils. A logged item stays missing until its copy is in the folder
    (issue 13: "sent, but no copy in your folder" keeps a row)."""
    requested = set(STARTER_ITEMS) | logged
    fulfilled: set[str] = set()
    for label in labels:
        if label["file"] in present:
            requested |= set(label["requested_items"])
            fulfilled |= set(label["fulfills"])
    return requested - fulfilled


def _count_suggestions(step: Step) -> int:
    return sum(1 for line in step.stdout.splitlines() if line.startswith("      why:"))


def run_case(
    name: str,
    folder: Path,
    work: Path,
    today: str,
    case: dict[str, Any] | None,
    labels: list[dict[str, Any]],
) -> Result:
    """One run: (import), index, accept every suggestion, export; then score the export."""
    result = Result(name)
    work.mkdir(parents=True)
    app = App(work)
    names: dict[int, str] = {}
    if case is not None:
        export, names = case_export(case, folder)
        write_json(work / "case-import.json", export)
        step = app.run("import", str(work / "case-import.json"), "--case", str(folder))
        if not step.ok:
            result.problems.append(step.problem())
            return result
    for args in (("index", str(folder)),):
        step = app.run("--today", today, *args)
        if not step.ok:
            result.problems.append(step.problem())
            return result
    step = app.run("--today", today, "proposals", "--case", str(folder), "--accept-all")
    if not step.ok:
        result.problems.append(step.problem())
        return result
    result.suggestions = _count_suggestions(step)
    out_file = work / "out.json"
    step = app.run("--today", today, "export", "--case", str(folder), "--out", str(out_file))
    if not step.ok:
        result.problems.append(step.problem())
        return result
    out = json.loads(out_file.read_text(encoding="utf-8"))
    present = {label["file"] for label in labels if (folder / label["file"]).exists()}
    logged = frozenset(entry["item"] for entry in (case or {}).get("log", []))
    result.truth = missing_truth(labels, present, logged)
    result.rows = out["missing"]
    result.named = {row["item"] for row in out["missing"] if not row["has_copy"]}
    result.why_wrong = why_wrong(result.named - result.truth, labels, present, out, logged)
    if names:
        result.links = SetScore()
        linked: dict[str, set[str]] = {}
        # The app reads one copy of a duplicate: a copy is judged by what its first copy got.
        first_copy = {
            d["path"]: d["duplicate_of"]
            for d in out["documents"]
            if d["status"] == "duplicate" and d["duplicate_of"]
        }
        for entry in out["log"]:
            target = names.get(entry["id"], f"new:{entry['item']}#{entry['id']}")
            for link in entry["documents"]:
                if link["confirmed"]:
                    linked.setdefault(link["path"], set()).add(target)
        for label in labels:
            if label["file"] in present:
                got = linked.get(first_copy.get(label["file"], label["file"]), set())
                want = set(label["links_to"])
                result.links.add(
                    {(label["file"], t) for t in got}, {(label["file"], t) for t in want}
                )
                result.labelled_links += len(want)
                if got != want:
                    result.link_errors.append(
                        f"{label['file']}: linked {sorted(got)} want {sorted(want)}"
                    )
    return result


def why_wrong(
    wrong: set[str],
    labels: list[dict[str, Any]],
    present: set[str],
    out: dict[str, Any],
    logged: frozenset[str],
) -> dict[str, int]:
    """Counts, by cause, of the items named "no copy" that the folder does hold; counts only,
    so that a held-out corpus can be looked into without naming a document or an item."""
    requested = set(STARTER_ITEMS)
    for label in labels:
        if label["file"] in present:
            requested |= set(label["requested_items"])
    read = {d["path"]: set(d.get("fulfills") or []) for d in out["documents"]}
    causes: dict[str, int] = {}
    for item in wrong:
        if item not in requested | logged:
            cause = "asked for by no letter (a request read where the labels have none)"
        else:
            holders = [
                label["file"]
                for label in labels
                if label["file"] in present and item in label["fulfills"]
            ]
            if any(item in read.get(h, set()) for h in holders):
                cause = "a document read as fulfilling it, yet the row says no copy"
            else:
                cause = "its document not read as fulfilling it"
        causes[cause] = causes.get(cause, 0) + 1
    return causes


def left_out_copy(corpus: Path, labels: list[dict[str, Any]], target: Path, n: int) -> list[str]:
    """Copy the corpus without every document fulfilling ``n`` requested items, plus one
    document that fulfils nothing; returns the relative paths left out."""
    requested = sorted({i for label in labels for i in label["requested_items"]})
    chosen = requested[:n]
    out = [label["file"] for label in labels if set(label["fulfills"]) & set(chosen)]
    spare = [label["file"] for label in labels if not label["fulfills"]]
    if spare:
        out.append(spare[len(spare) // 2])
    shutil.copytree(corpus, target, ignore=shutil.ignore_patterns("labels.json"))
    for rel in out:
        (target / rel).unlink()
    return sorted(set(out))


def report(
    corpus: Path,
    results: list[Result],
    left_out: list[str],
    details: bool,
    aggregate_only: bool = False,
) -> bool:
    print(f"\n== {corpus} ==")
    if left_out:
        print(f"left out in the copy: {len(left_out)} documents")
    ok = True
    for r in results:
        if r.problems:
            ok = False
            if aggregate_only:
                print(f"{r.name:<10} FAILED ({len(r.problems)} problems)")
            else:
                print(f"{r.name:<10} FAILED: " + " | ".join(r.problems))
            continue
        m = r.missing
        ok &= m.f1 == 1.0
        if aggregate_only:
            print(
                f"{r.name:<10} missing-list F1 {m.f1:.3f}  ({m.tp} right, {m.fp} wrong, "
                f"{m.fn} missed; {len(r.rows)} rows in all)"
            )
        else:
            print(
                f"{r.name:<10} missing-list F1 {m.f1:.3f}  (named {sorted(r.named)}, "
                f"truth {sorted(r.truth)}; {len(r.rows)} rows in all)"
            )
        for cause, count in sorted(r.why_wrong.items()):
            print(f"{'':<12} wrongly 'no copy': {count} - {cause}")
        if r.links is not None and r.labelled_links:
            ratio = r.suggestions / r.labelled_links
            met = (
                r.links.precision >= LINK_PRECISION
                and r.links.recall >= LINK_RECALL
                and ratio <= MAX_RATIO
            )
            ok &= met
            print(
                f"{'':<10} links precision {r.links.precision:.3f} recall {r.links.recall:.3f} "
                f"({r.links.tp} right, {r.links.fp} wrong, {r.links.fn} missed); "
                f"{r.suggestions} suggestions for {r.labelled_links} labelled links = "
                f"{ratio:.2f} per link; targets P>={LINK_PRECISION} R>={LINK_RECALL} "
                f"ratio<={MAX_RATIO}: {'met' if met else 'MISSED'}"
            )
        else:
            print(f"{'':<10} {r.suggestions} suggestions")
        if details and not aggregate_only:
            for error in r.link_errors:
                print(f"{'':<12} link: {error}")
            for row in r.rows:
                copy = "copy" if row["has_copy"] else "NO COPY"
                print(f"{'':<12} [{row['reason']}, {copy}] {row['what']} - {row['when']}")
    return ok


def run(
    corpora: Sequence[Path],
    today: str,
    leave_out: int,
    keep: bool,
    details: bool,
    aggregate_only: bool = False,
    only_imported: bool = False,
) -> int:
    ok = True
    work = Path(tempfile.mkdtemp(prefix="missing-accuracy-"))
    try:
        for corpus in corpora:
            corpus = corpus.resolve()
            before = tree_fingerprint(corpus)
            labels = load_labels(corpus)
            case = json.loads((corpus / "case.json").read_text(encoding="utf-8"))
            base = work / corpus.name
            results = [run_case("imported", corpus, base / "imported", today, case, labels)]
            left: list[str] = []
            if not only_imported:
                results.append(run_case("fresh", corpus, base / "fresh", today, None, labels))
                copy = base / "copy" / corpus.name
                left = left_out_copy(corpus, labels, copy, leave_out)
                results.append(run_case("left out", copy, base / "left-out", today, None, labels))
                results.append(run_case("left+log", copy, base / "left-log", today, case, labels))
            ok &= report(corpus, results, left, details, aggregate_only)
            if tree_fingerprint(corpus) != before:
                ok = False
                print(f"THE CORPUS FOLDER CHANGED: {corpus}")
            else:
                print("corpus folder unchanged (tree hash before = after)")
    finally:
        if keep:
            print(f"\nkept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a corpus folder")
    parser.add_argument("--today", default=DEFAULT_TODAY, help="compute as of this day")
    parser.add_argument("--leave-out", type=int, default=2, help="requested items to remove")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument("--details", action="store_true", help="print every missing row")
    parser.add_argument(
        "--aggregate-only",
        action="store_true",
        help="print only the figures, naming no document (for a held-out corpus)",
    )
    parser.add_argument(
        "--runs",
        choices=("all", "imported"),
        default="all",
        help="all four runs, or only the imported one (the link figures)",
    )
    args = parser.parse_args(argv)
    corpora = args.corpus or default_corpora()
    if not corpora:
        print("no corpus found; give --corpus PATH", file=sys.stderr)
        return 2
    return run(
        corpora,
        args.today,
        args.leave_out,
        args.keep,
        args.details and not args.aggregate_only,
        args.aggregate_only,
        args.runs == "imported",
    )


if __name__ == "__main__":
    sys.exit(main())
