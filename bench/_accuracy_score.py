"""Scoring for the accuracy benchmark: an export compared with a corpus's labels.json.

Kept apart from the runner so a quick in-process loop (``understanding_offline.py``) and
the end-to-end benchmark judge documents exactly the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

VALUE_FIELDS = ("document_date", "reference_number", "due_date", "member_id")
# Issue 12's targets.
TARGETS = {
    "kind, text PDFs": 0.97,
    "kind, scanned PDFs": 0.93,
    "letter outcome": 0.95,
    "document_date": 0.93,
    "reference_number": 0.92,
    "due_date": 0.90,
    "member_id": 0.95,
    "requested items": 0.9,
    "fulfills": 0.9,
}
FALSE_DUE_PER_100 = 1.0
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
    documents: int = 0
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

    @property
    def false_due_per_100(self) -> float:
        count = len(self.found_where_none["due_date"])
        return 100.0 * count / self.documents if self.documents else 0.0


def predicted_links(out: dict[str, Any], names: dict[int, str]) -> tuple[dict[str, set[str]], ...]:
    """Per document path: log entries it is linked to (as "L1"...), proposed and confirmed.

    A link to a log entry that was not in case.json counts as "new:ITEM#ID": it can never
    match a label, so it counts against precision.
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
    labels: list[dict[str, Any]],
    out: dict[str, Any],
    names: dict[int, str],
    *,
    accepted: bool = False,
    skip: Collection[str] = (),
) -> tuple[Scores, list[str]]:
    """Compare each labelled document (but those in ``skip``) with its row in the export.

    ``accepted``: the run accepted every suggestion, so links are the confirmed ones.
    Returns notes as well (per document: never print them for a held-out corpus).
    """
    scores = Scores()
    notes: list[str] = []
    docs = {d["path"]: d for d in out["documents"]}
    proposed, confirmed = predicted_links(out, names)
    links = confirmed if accepted else proposed
    if not accepted:
        for path, ids in sorted(confirmed.items()):
            notes.append(f"link confirmed without a person (should not happen): {path} -> {ids}")
    for label in labels:
        name = label["file"]
        if name in skip:
            continue
        scores.documents += 1
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
        if names:
            scores.links.add(links.get(source, set()), set(label["links_to"]), name)
    labelled = {label["file"] for label in labels}
    for path in sorted(set(docs) - labelled):
        notes.append(f"in the export but not labelled (should be skipped?): {path}")
    return scores, notes


def figure_lines(scores: Scores, *, links: bool) -> list[str]:
    """The issue's figures, one line each, with targets (no document names)."""
    lines = [
        scores.kind_text.line("kind, text PDFs", TARGETS["kind, text PDFs"]),
        scores.kind_scan.line("kind, scanned PDFs", TARGETS["kind, scanned PDFs"]),
        scores.outcome.line("letter outcome", TARGETS["letter outcome"]),
    ]
    for key, tally in scores.values.items():
        line = tally.line(key.replace("_", " "), TARGETS.get(key))
        found = len(scores.found_where_none[key])
        if key == "due_date":
            per_100 = scores.false_due_per_100
            ok = "met" if per_100 <= FALSE_DUE_PER_100 else "MISSED"
            line += f"   false: {found} = {per_100:.1f} per 100 docs (target <= 1: {ok})"
        else:
            line += f"   found where none: {found}"
        lines.append(line)
    for name, set_score in (("requested items", scores.requested), ("fulfills", scores.fulfils)):
        lines.append(
            f"{name:<28} F1 {set_score.f1:.3f} (P {set_score.precision:.3f}, "
            f"R {set_score.recall:.3f})  target {TARGETS[name]}: "
            f"{'met' if set_score.f1 >= TARGETS[name] else 'MISSED'}"
        )
    if links:
        found = scores.links
        ok = found.precision >= LINK_PRECISION and found.recall >= LINK_RECALL
        lines.append(
            f"{'links':<28} precision {found.precision:.3f}  recall {found.recall:.3f}"
            f"  ({found.tp} right, {found.fp} wrong, {found.fn} missed)"
            f"  target P {LINK_PRECISION} R {LINK_RECALL}: {'met' if ok else 'MISSED'}"
        )
    return lines


def detail_lines(scores: Scores) -> list[str]:
    """Every wrong value, per document (never for a held-out corpus)."""
    lines: list[str] = []
    tallies = {"kind": scores.kind_text, "kind (scan)": scores.kind_scan}
    tallies |= {"outcome": scores.outcome, **scores.values}
    for name, tally in tallies.items():
        lines += [f"  {name}: {note}" for note in tally.wrong]
    for key, found in scores.found_where_none.items():
        lines += [f"  {key} found where none: {note}" for note in found]
    for name, set_score in (
        ("requested", scores.requested),
        ("fulfills", scores.fulfils),
        ("links", scores.links),
    ):
        lines += [f"  {name}: {note}" for note in set_score.wrong]
    lines += [f"  not indexed: {note}" for note in scores.not_indexed]
    lines += [f"  read differently than labelled: {note}" for note in scores.scanned_mismatch]
    return lines


# --- documents in Spanish ------------------------------------------------------------------

_SPANISH_FOLDERS = ("español", "espanol", "spanish")
_WORD = re.compile(r"[a-záéíóúñü]+")
_SPANISH_WORDS = frozenset(
    [
        "de",
        "la",
        "el",
        "los",
        "las",
        "del",
        "por",
        "para",
        "con",
        "una",
        "su",
        "sus",
        "es",
        "esta",
        "este",
        "que",
        "usted",
        "le",
        "se",
        "su",
        "al",
        "fecha",
        "carta",
        "seguro",
        "médico",
        "solicitud",
        "según",
        "días",
        "aviso",
        "estimado",
    ]
)
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "for",
        "your",
        "you",
        "is",
        "this",
        "that",
        "with",
        "are",
        "be",
        "on",
        "we",
        "by",
        "from",
        "please",
        "date",
    ]
)


def is_spanish(path: str, text: str) -> bool:
    """A document in Spanish: under a folder named "español", or its words are Spanish."""
    folders = [part.lower() for part in path.split("/")[:-1]]
    if any(part in _SPANISH_FOLDERS for part in folders):
        return True
    words = _WORD.findall(text.lower())
    spanish = sum(w in _SPANISH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    return spanish >= 8 and spanish > 1.5 * english
