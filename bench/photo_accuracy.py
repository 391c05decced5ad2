"""How well the app reads phone photos and faxes, against the text layer and plain Tesseract.

    .venv/bin/python bench/photo_accuracy.py SET [--no-timing]

SET is a folder made by bench/make_photo_set.py (pictures, labels.json, case.json,
truth.json). It measures:

1. fields found on the photos through the real app (``organizer import``, ``index``,
   ``export``, as bench/understanding_accuracy.py does) against the labels of the same
   documents' text layers: kind, letter outcome, document date, reference number, member
   id, due date;
2. plain ``tesseract PICTURE stdout`` on each page, as it is and turned upright with the
   known turn: which labelled reference numbers and member ids appear in its text (spaces
   ignored); every one found on the upright picture must be found by the app as well;
3. OCR time per page: the app's reader (``jobs.ocr.ocr_pages``, corrections included)
   against plain tesseract on the same picture, run one after the other in this process.
   Wall seconds: plain on the picture as it is at this process's priority (as first
   measured), and plain on the upright picture at the priority the app gives its own
   Tesseract (nice 10: on a busy machine a nice-10 process waits several times longer than
   a nice-0 one for the same work, so a bench run at nice 0 gave plain a head start). CPU
   seconds (user and system, this process's and its children's), which neither the load
   nor the priority changes: the app's, with decoding the picture counted apart; plain
   tesseract's on the picture as it is and turned upright. Plain tesseract is handed a PNG
   the bench decoded (untimed; it can't read HEIC at all).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from _accuracy_score import detail_lines, score  # noqa: E402
from understanding_accuracy import Run, run_pipeline  # noqa: E402

TARGETS = {"kind": 0.90, "outcome": 0.85, "values": 0.85}
TEXT_VALUES = ("reference_number", "member_id")
# The priority the app's reader gives Tesseract (jobs/orientation.py, os.setpriority).
APP_TESSERACT_NICE = 10


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def cpu_seconds(who: int) -> float:
    """User and system CPU seconds so far (``resource.RUSAGE_SELF`` or ``RUSAGE_CHILDREN``)."""
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def plain_tesseract(
    image: Any, scratch: Path, *, as_the_app: bool = False
) -> tuple[str, float, float]:
    """Plain tesseract's text of a picture, its wall seconds and its CPU seconds.

    ``as_the_app``: at the priority the app gives its own Tesseract (nice 10, set the same
    way, ``jobs.orientation._run``); otherwise at this process's priority.
    """
    import cv2

    path = scratch / "plain.png"
    cv2.imwrite(str(path), image)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    started, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(
        ["tesseract", str(path), "stdout", "-l", "eng"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    if as_the_app:
        os.setpriority(os.PRIO_PROCESS, process.pid, APP_TESSERACT_NICE)
    out, _ = process.communicate()
    spent = time.perf_counter() - started
    used = cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    return out.decode("utf-8", errors="replace"), spent, used


def compare_plain(
    folder: Path, labels: list[dict[str, Any]], truth: dict[str, Any], timing: bool
) -> dict[str, Any]:
    from organizer.jobs import photo
    from organizer.jobs.page_ocr import ocr_pages

    found: dict[str, dict[str, set[str]]] = {}
    ours_seconds = plain_seconds = upright_seconds = 0.0
    cpu = dict.fromkeys(("ours", "decode", "plain", "upright"), 0.0)
    pages = 0
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        for label in labels:
            name = label["file"]
            wanted = {k: label[k] for k in TEXT_VALUES if label.get(k)}
            decoding = cpu_seconds(resource.RUSAGE_SELF)
            frames = photo.load_frames(folder / name)
            cpu["decode"] += cpu_seconds(resource.RUSAGE_SELF) - decoding
            as_is, upright = set(), set()
            for frame, look in zip(frames, truth[name]["pages"], strict=False):
                text, seconds, used = plain_tesseract(frame, scratch)
                plain_seconds += seconds
                cpu["plain"] += used
                as_is |= {k for k, v in wanted.items() if squeeze(v) in squeeze(text)}
                turned = photo.turn(frame, look["turn"]) if look["turn"] else frame
                text, seconds, used = plain_tesseract(turned, scratch, as_the_app=True)
                upright_seconds += seconds
                cpu["upright"] += used
                upright |= {k for k, v in wanted.items() if squeeze(v) in squeeze(text)}
            if timing:
                started = time.perf_counter()
                before = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN)
                ocr_pages(
                    str(folder / name),
                    list(range(len(frames))),
                    is_image_file=True,
                    page_timeout=120,
                )
                ours_seconds += time.perf_counter() - started
                after = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN)
                cpu["ours"] += after - before
            pages += len(frames)
            found[name] = {"as_is": as_is, "upright": upright, "wanted": set(wanted)}
    return {
        "found": found,
        "pages": pages,
        "ours": ours_seconds / max(1, pages),
        "plain": plain_seconds / max(1, pages),
        "upright": upright_seconds / max(1, pages),
        "cpu": {key: value / max(1, pages) for key, value in cpu.items()},
    }


def run_by_source(
    folder: Path, labels: list[dict[str, Any]], truth: dict[str, Any], keep: Path | None
) -> Run:
    """The app run once per source corpus, each in a case folder of its own.

    Every corpus is one person's case: read together, the letters of four people would make
    the app take three of them for other people's letters (not about this case), and which
    person wins that vote would depend on a few OCR misreadings.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for label in labels:
        groups.setdefault(truth[label["file"]]["corpus"], []).append(label)
    merged = Run("new")
    documents: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch_name:
        for corpus, rows in sorted(groups.items()):
            case = Path(scratch_name) / "cases" / corpus
            case.mkdir(parents=True)
            for row in rows:
                shutil.copy2(folder / row["file"], case / row["file"])
            work = (keep / corpus) if keep is not None else Path(scratch_name) / "work" / corpus
            work.mkdir(parents=True, exist_ok=True)
            run = run_pipeline(case, work.resolve(), "new")
            merged.problems.extend(run.problems)
            if run.out is None:
                return merged
            documents.extend(run.out["documents"])
            merged.texts.update(run.texts)
    merged.out = {"documents": documents, "log": []}
    return merged


def fingerprint(folder: Path, labels: list[dict[str, Any]]) -> str:
    """A short hash of the pictures: two runs on sets with the same one measured the same set."""
    digest = hashlib.sha256()
    for label in sorted(labels, key=lambda row: row["file"]):
        digest.update(label["file"].encode())
        digest.update(hashlib.sha256((folder / label["file"]).read_bytes()).digest())
    return f"set {digest.hexdigest()[:12]}"


def share(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.0%}" if total else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument(
        "--keep", type=Path, help="keep the app's work folder (database, export) in this folder"
    )
    parser.add_argument("--details", action="store_true", help="every wrong value (train sets)")
    parser.add_argument(
        "--aggregate-only", action="store_true", help="no line names a document (held-out sets)"
    )
    args = parser.parse_args(argv)
    folder: Path = args.set.resolve()
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["documents"]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    run = run_by_source(folder, labels, truth, args.keep)
    if run.out is None:
        print("the app run failed:", *run.problems, sep="\n  ")
        return 1
    scores, _ = score(labels, run.out, run.names)
    docs = {d["path"]: d for d in run.out["documents"]}
    print(f"photo set: {len(labels)} documents, {fingerprint(folder, labels)}")
    render = truth.get("_render")
    print(f"drawn with: {render or 'unknown (a set made before the generator recorded it)'}")
    kind = scores.kind_scan.right + scores.kind_text.right
    kind_total = scores.kind_scan.total + scores.kind_text.total
    print(f"kind:            {share(kind, kind_total)}  (target {TARGETS['kind']:.0%})")
    print(f"letter outcome:  {share(scores.outcome.right, scores.outcome.total)}")
    for key, tally in scores.values.items():
        print(f"{key + ':':16} {share(tally.right, tally.total)}")
    if args.details and not args.aggregate_only:
        print(*detail_lines(scores), sep="\n")
    plain = compare_plain(folder, labels, truth, not args.no_timing)
    totals = {"as_is": 0, "upright": 0, "ours": 0, "text": 0, "wanted": 0, "missed": 0}
    for label in labels:
        row = plain["found"][label["file"]]
        doc = docs.get(label["file"], {})
        ours = {k for k in row["wanted"] if doc.get(k) == label[k]}
        totals["wanted"] += len(row["wanted"])
        totals["as_is"] += len(row["as_is"])
        totals["upright"] += len(row["upright"])
        totals["ours"] += len(ours)
        text = squeeze(run.texts.get(label["file"], ""))
        totals["text"] += sum(1 for k in row["wanted"] if squeeze(label[k]) in text)
        for key in row["upright"] - ours:
            totals["missed"] += 1
            if not args.aggregate_only:
                print(f"  plain tesseract (upright) found, the app missed: {label['file']} {key}")
    wanted = totals["wanted"]
    print(f"reference+member values: app {share(totals['ours'], wanted)}, ", end="")
    print(f"plain tesseract {share(totals['as_is'], wanted)}, ", end="")
    print(f"plain on the upright picture {share(totals['upright'], wanted)}")
    print(f"the same values in the app's OCR text: {share(totals['text'], wanted)}")
    print(f"values plain tesseract (upright) found that the app missed: {totals['missed']}")
    if not args.no_timing:
        ratio = plain["ours"] / plain["plain"] if plain["plain"] else float("nan")
        print(
            f"OCR seconds per page over {plain['pages']} pages: app {plain['ours']:.2f}, "
            f"plain tesseract {plain['plain']:.2f} (x{ratio:.2f}; target at most x1.5)"
        )
        upright = plain["upright"]
        print(
            f"  plain tesseract on the upright picture, at the app's priority for Tesseract "
            f"(nice {APP_TESSERACT_NICE}): {upright:.2f} (x{plain['ours'] / upright:.2f})"
        )
        cpu = plain["cpu"]
        print(
            f"CPU seconds per page: app {cpu['ours']:.3f} (decoding the picture "
            f"{cpu['decode']:.3f} of it), plain tesseract as it is {cpu['plain']:.3f} "
            f"(x{cpu['ours'] / max(cpu['plain'], 1e-9):.2f}), upright {cpu['upright']:.3f} "
            f"(x{cpu['ours'] / max(cpu['upright'], 1e-9):.2f}), upright plus decoding "
            f"x{cpu['ours'] / max(cpu['upright'] + cpu['decode'], 1e-9):.2f}"
        )
        load = os.getloadavg()[0]
        print(f"load average at the end: {load:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
