"""Accuracy of document understanding on a labelled corpus folder.

    .venv/bin/python bench/understanding_accuracy.py [CORPUS] [--details]

CORPUS defaults to ../shared/corpus/dev next to the repository. It holds PDFs, a
labels.json with the truth for each PDF, and a case.json whose log the link proposals are
checked against (see that corpus's SCHEMA.md). Figures are printed per field, as issue 5's
"Measure it" section lists them.

Text comes from ``document_text``: the PDF's text layer, or OCR for image-only PDFs
(pdftoppm + tesseract, cached in /tmp/organizer-bench-cache by file hash). That is the one
function to switch to the app's indexer.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pypdf.errors import PyPdfError  # noqa: E402

from organizer.core.profile import CaseProfile  # noqa: E402
from organizer.core.records import LogEntryInfo  # noqa: E402
from organizer.core.understand import (  # noqa: E402
    CaseContext,
    Understanding,
    propose_links,
    understand,
)

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
CACHE = Path("/tmp/organizer-bench-cache")
CHECKED, UNCHECKED = "\u2612", "\u2610"


# ---------------------------------------------------------------------------------------
# Text source: the one place to switch to the app's indexer.


def _box_marks(page: Any) -> list[tuple[str, bool]]:
    """Check boxes drawn as small squares next to text: (text after the box, checked)."""
    boxes: list[list[float]] = []
    segments: list[tuple[float, float, float, float]] = []
    texts: list[tuple[float, float, str]] = []
    last_point: list[tuple[float, float]] = []

    def to_page(cm: Sequence[float], x: float, y: float) -> tuple[float, float]:
        return (x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5])

    def before(op: bytes, args: Sequence[Any], cm: Sequence[float], tm: Sequence[float]) -> None:
        if op == b"re" and len(args) == 4:
            x, y, w, h = (float(a) for a in args)
            if 4 <= abs(w) <= 14 and abs(abs(w) - abs(h)) < 1.5:
                px, py = to_page(cm, x, y)
                boxes.append([px, py, abs(w) * cm[0], abs(h) * cm[3], 0.0])
        elif op == b"m" and len(args) == 2:
            last_point[:] = [to_page(cm, float(args[0]), float(args[1]))]
        elif op == b"l" and len(args) == 2 and last_point:
            end = to_page(cm, float(args[0]), float(args[1]))
            segments.append((*last_point[0], *end))
            last_point[:] = [end]

    def on_text(text: str, cm: Sequence[float], tm: Sequence[float], *_: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            texts.append((x, y, text.strip()))

    page.extract_text(visitor_operand_before=before, visitor_text=on_text)
    marks: list[tuple[str, bool]] = []
    for bx, by, bw, bh, _ in boxes:
        inside = sum(
            1
            for x1, y1, x2, y2 in segments
            if bx - 1 <= min(x1, x2)
            and max(x1, x2) <= bx + bw + 1
            and by - 1 <= min(y1, y2)
            and max(y1, y2) <= by + bh + 1
        )
        near = [
            (tx - (bx + bw), t)
            for tx, ty, t in texts
            if 0 <= tx - (bx + bw) <= 20 and abs(ty - (by + bh / 2)) <= 6
        ]
        if near:
            marks.append((min(near)[1], inside >= 1))
    return marks


def _mark_boxes(text: str, marks: list[tuple[str, bool]]) -> str:
    lines = text.split("\n")
    for fragment, checked in marks:
        for index, line in enumerate(lines):
            stripped = line.strip()
            if stripped.startswith(fragment[:30]) and not stripped.startswith((CHECKED, UNCHECKED)):
                lines[index] = (CHECKED if checked else UNCHECKED) + " " + stripped
                break
    return "\n".join(lines)


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
_PDF_PROBLEMS = (PyPdfError, OSError, ValueError, KeyError, TypeError, IndexError, AttributeError)


def _tesseract(image: Path) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(
        ["tesseract", str(image), "stdout"], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def _ocr(path: Path) -> str:
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return _tesseract(path)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", "300", "-gray", "-png", str(path), f"{folder}/page"], check=True
        )
        return "\f".join(_tesseract(image) for image in sorted(Path(folder).glob("page*.png")))


def _text_layer(path: Path) -> str:
    """The PDF's own text, with drawn check boxes marked; empty when there is none."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(path).pages:
        text = page.extract_text() or ""
        # An odd drawing never costs the page its text.
        with contextlib.suppress(*_PDF_PROBLEMS):
            text = _mark_boxes(text, _box_marks(page)) if text.strip() else text
        pages.append(text)
    return "\f".join(pages)


def document_text(path: Path) -> tuple[str, str]:
    """The text of one document and where it came from ("text" or "ocr")."""
    data = path.read_bytes()
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        try:
            text = _text_layer(path)
        except _PDF_PROBLEMS as exc:  # a broken PDF is measured as a document without text
            print(f"  (could not read {path.name}: {exc})", file=sys.stderr)
            text = ""
        if text.strip():
            return text, "text"
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"{hashlib.sha256(data).hexdigest()}.txt"
    if not cached.exists():
        try:
            cached.write_text(_ocr(path), encoding="utf-8")
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"  (could not OCR {path.name}: {exc})", file=sys.stderr)
            return "", "ocr"
    return cached.read_text(encoding="utf-8"), "ocr"


# ---------------------------------------------------------------------------------------
# The case log from case.json


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def load_log(case: dict[str, Any]) -> tuple[list[LogEntryInfo], dict[int, str]]:
    """The case's log as the app would hold it after ``organizer import``."""
    entries: list[LogEntryInfo] = []
    names: dict[int, str] = {}
    for number, raw in enumerate(case.get("log", []), start=1):
        names[number] = raw["id"]
        submitted = _day(raw.get("submitted_on"))
        entries.append(
            LogEntryInfo(
                id=number,
                item=raw["item"],
                what=raw.get("what", ""),
                requested_by=raw.get("requested_by", ""),
                requested_on=_day(raw.get("requested_on")),
                who_submits="",
                due=_day(raw.get("due")),
                submitted_on=submitted,
                status="submitted" if submitted else "requested",
                decision="",
                notes="",
            )
        )
    return entries, names


# ---------------------------------------------------------------------------------------
# Scoring


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

    def line(self, name: str) -> str:
        share = self.right / self.total if self.total else 0.0
        return f"{name:<34} {share:7.1%}   ({self.right}/{self.total})"


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


def run(corpus: Path, show_details: bool) -> int:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["documents"]
    case = json.loads((corpus / "case.json").read_text(encoding="utf-8"))
    context = CaseContext.from_profile(CaseProfile.from_dict(case))
    entries, names = load_log(case)

    kind_text, kind_scan, outcome = Tally(), Tally(), Tally()
    values = {name: Tally() for name in ("document_date", "reference_number", "due_date")}
    spurious = dict.fromkeys(values, 0)
    spurious_notes: list[str] = []
    requested, fulfils, links = SetScore(), SetScore(), SetScore()
    new_entries = 0

    for label in labels:
        path = corpus / label["file"]
        text, source = document_text(path)
        got: Understanding = understand(text, context=context)
        name = label["file"]
        tally = kind_scan if source == "ocr" else kind_text
        tally.add(got.kind == label["kind"], f"{name}: got {got.kind} want {label['kind']}")
        if label["kind"] == "letter":
            outcome.add(
                got.letter_outcome == label["letter_outcome"],
                f"{name}: got {got.letter_outcome} want {label['letter_outcome']}",
            )
        for field_name, tally_ in values.items():
            want = label[field_name]
            value = getattr(got, field_name)
            shown = value.isoformat() if isinstance(value, date) else value
            if want is not None:
                tally_.add(shown == want, f"{name}: got {shown} want {want}")
            elif shown is not None:
                spurious[field_name] += 1
                spurious_notes.append(f"{field_name} {name}: got {shown}")
        requested.add(set(got.requested_items), set(label["requested_items"]), name)
        fulfils.add(set(got.fulfills), set(label["fulfills"]), name)
        proposals = propose_links(got, entries, text=text, context=context)
        linked = {names[p.log_id] for p in proposals if p.log_id is not None}
        new = [p for p in proposals if p.new_entry is not None]
        new_entries += len(new)
        new_items = {f"new:{p.new_entry.item}" for p in new if p.new_entry}
        links.add(
            linked | new_items,
            set(label["links_to"]),
            name,
        )

    print(f"Corpus: {corpus}  ({len(labels)} documents)")
    print(kind_text.line("kind, text PDFs"))
    print(kind_scan.line("kind, scanned PDFs"))
    print(outcome.line("letter outcome"))
    for field_name, tally_ in values.items():
        print(
            tally_.line(field_name.replace("_", " "))
            + f"   found where none: {spurious[field_name]}"
        )
    for set_name, score in (("requested items", requested), ("fulfills", fulfils)):
        print(f"{set_name:<34} F1 {score.f1:.3f}  (P {score.precision:.3f}, R {score.recall:.3f})")
    print(
        f"{'link proposals':<34} precision {links.precision:.3f}  recall {links.recall:.3f}"
        f"  ({links.tp} right, {links.fp} wrong, {links.fn} missed; {new_entries} new entries)"
    )
    if show_details:
        print("\nMisses:")
        for tally_name, tally_ in (
            ("kind", kind_text),
            ("kind (scan)", kind_scan),
            ("outcome", outcome),
            *values.items(),
        ):
            for note in tally_.wrong:
                print(f"  {tally_name}: {note}")
        for note in spurious_notes:
            print(f"  found where none: {note}")
        for set_name, score in (("requested", requested), ("fulfills", fulfils), ("links", links)):
            for note in score.wrong:
                print(f"  {set_name}: {note}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if not (args.corpus / "labels.json").exists():
        print(f"No labels.json in {args.corpus}", file=sys.stderr)
        return 2
    return run(args.corpus, args.details)


if __name__ == "__main__":
    raise SystemExit(main())
