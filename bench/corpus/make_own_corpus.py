#!/usr/bin/env python3
"""Deterministic generator of our own labelled corpus: seven case folders whose letters, forms
and notices follow the wording and layout of public documents (listed in own_sources.py and
README.md), split by SOURCE into a train part and a held-out part.

Usage:
    python bench/corpus/make_own_corpus.py [OUT_DIR]      (default: bench/corpus/own)

Writes OUT_DIR/train-a, OUT_DIR/train-b, OUT_DIR/train-c, OUT_DIR/train-es (train) and
OUT_DIR/heldout-a, OUT_DIR/heldout-b, OUT_DIR/heldout-es (held-out), each a case folder in the
format of ../shared/corpus/SCHEMA.md (PDFs in messy sub-folders, case.json, labels.json).
Requirements: reportlab, pillow, img2pdf, pypdf (the `bench` optional dependencies) and
poppler-utils (pdftoppm, pdftotext).

Every label is checked against the pdftotext text of the document before it is scanned; the
script exits non-zero on any problem.  Output is byte-identical between runs (fixed seeds,
reportlab invariant mode, fixed PDF dates, no wall-clock input).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from own_lib import DATE_STYLES, fd, scan_pdf
from own_sources import SOURCES, source_overlaps
from pypdf import PdfReader

PART_MODULES = {
    "train-a": ("own_train_a", "own_train_a2"),
    "train-b": ("own_train_b", "own_train_b2"),
    "train-c": ("own_train_c", "own_train_c2"),
    "heldout-a": ("own_heldout_a", "own_heldout_a2"),
    "heldout-b": ("own_heldout_b", "own_heldout_b2"),
    "train-es": ("own_train_es",),
    "heldout-es": ("own_heldout_es",),
    "train-es2": ("own_train_es2",),
}
LABEL_KEYS = [
    "file", "kind", "letter_outcome", "scanned", "document_date", "reference_number",
    "member_id", "due_date", "requested_items", "fulfills", "links_to",
]  # fmt: skip
ITEMS = {
    "prescription", "insurance_card", "benefits_verification", "prior_authorization",
    "clinical_notes", "lab_results", "diagnosis", "medication_history", "medical_necessity",
    "signed_forms",
}  # fmt: skip
KINDS = {"referral", "insurance", "letter", "clinical", "other"}
OUTCOMES = {"approved", "denied", "info_requested", "informational"}
WITHIN_RE = re.compile(
    r"(?:within|no later than)\s+(?:\w+\s+\()?(\d+)\)?\s+(?:calendar\s+)?days\s+"
    r"(?:of|from|after)\s+the\s+date\s+(?:of|on)\s+this\s+(?:letter|notice|request)",
    re.I,
)
# Spanish: "dentro de 14 días a partir de la fecha de esta carta"
WITHIN_ES_RE = re.compile(
    r"dentro de(?: los)?\s+(?:\w+\s+\()?(\d+)\)?\s+días\s+(?:calendario\s+)?"
    r"(?:(?:contados\s+)?a partir de|después de)\s+la\s+fecha\s+(?:de|en)\s+"
    r"(?:esta|este)\s+(?:carta|aviso|notificación|solicitud)",
    re.I,
)
DEADLINE_ES_RE = re.compile(
    r"(?:a más tardar el|antes del|fecha límite:?|debe(?:mos)? recibir(?:la|lo|los)? (?:antes del|"
    r"a más tardar el|el)|envíe(?:nos)?\s+(?:\w+\s+){0,5}(?:antes del|para el))\s+"
    r"(?:\w+,\s+)?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2} de [a-z]+ de \d{4})",
    re.I,
)
DEADLINE_RE = re.compile(
    r"(?:must be received by|not received by|(?:send|return|fax|submit)\s+(?:\w+\s+){0,4}by|"
    r"no later than|due (?:by|on)|deadline:?)\s+(?:\w+,\s+)?"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})",
    re.I,
)


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def compact(t: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", t)


def pdftotext(data: bytes, tmp: Path, key: str) -> str:
    path = tmp / ("chk_" + re.sub(r"[^A-Za-z0-9]", "_", key)[-60:] + ".pdf")
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout  # fmt: skip
    path.unlink()
    return out.decode("utf-8")


def pypdf_text(data: bytes) -> str:
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(io.BytesIO(data)).pages)


def printed(d: dt.date, txt: str) -> bool:
    return any(fd(d, s) in txt for s in DATE_STYLES)


def check_labels(d: dict, text: str, refs: list[str], members: list[str]) -> list[str]:
    """Problems with one document's labels, given the text of its pre-scan version."""
    txt = norm(text)
    comp = compact(txt)
    p = []
    if d["kind"] not in KINDS:
        p.append("bad kind")
    if (d["letter_outcome"] is None) != (d["kind"] != "letter"):
        p.append("letter_outcome must be set exactly for letters")
    if d["letter_outcome"] and d["letter_outcome"] not in OUTCOMES:
        p.append("bad letter_outcome")
    for f in ("requested_items", "fulfills"):
        if set(d[f]) - ITEMS:
            p.append(f"{f} has unknown items")
    if d["requested_items"] and d["letter_outcome"] != "info_requested":
        p.append("requested_items only on info_requested letters")
    if d["letter_outcome"] == "info_requested" and not d["requested_items"]:
        p.append("info_requested letter without requested_items")
    if d["kind"] == "other" and any(
        d[k] for k in ("reference_number", "member_id", "due_date", "fulfills",
                       "requested_items", "links_to")):  # fmt: skip
        p.append("kind other must only carry document_date")
    if d["source"] not in SOURCES:
        p.append(f"unknown source {d['source']!r}")
    if d["document_date"] and not printed(dt.date.fromisoformat(d["document_date"]), txt):
        p.append(f"document_date {d['document_date']} not printed in a known format")
    if d["reference_number"] and d["reference_number"] not in txt:
        p.append(f"reference_number {d['reference_number']!r} not printed")
    for r in refs:
        if r != d["reference_number"] and r in txt and d["kind"] != "other":
            p.append(f"prints another minted identifier {r!r}")
    if d["member_id"]:
        if d["member_id"] not in txt:
            p.append(f"member_id {d['member_id']!r} not printed")
    else:
        for m in members:
            if compact(m) in comp:
                p.append(f"member ID {m!r} printed but not labelled")
    m = WITHIN_RE.search(txt) or WITHIN_ES_RE.search(txt)
    if d["due_within"] is not None:
        n = int(m.group(1)) if m else None
        if n != d["due_within"]:
            p.append(f"due_within {d['due_within']} but the text says {m and m.group(0)!r}")
    elif m and d["letter_outcome"] == "info_requested":
        p.append(f"relative deadline {m.group(0)!r} in a request but no due_within")
    if (
        d["due_date"]
        and d["due_within"] is None
        and not printed(dt.date.fromisoformat(d["due_date"]), txt)
    ):
        p.append(f"due_date {d['due_date']} not printed in a known format")
    if not d["due_date"] and d["kind"] != "other":
        for m2 in [*DEADLINE_RE.finditer(txt), *DEADLINE_ES_RE.finditer(txt)]:
            # a decision the payer owes ("we will decide no later than ...") is not a due date
            before = txt[max(0, m2.start() - 60) : m2.start()]
            if not re.search(r"decid|decision|decisi|resolv|respuesta", before, re.I):
                p.append(f"explicit deadline {m2.group(0)!r} but no due_date")
    return p


def load_parts(only: list[str]) -> dict:
    """Import the case modules (the first holds the registry, the others add to it)."""
    import importlib

    parts = {}
    for folder, mods in PART_MODULES.items():
        if only and folder not in only:
            continue
        loaded = [importlib.import_module(m) for m in mods]
        parts[folder] = loaded[0]
    return parts


def main(argv: list[str]) -> int:
    t0 = time.time()
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "own"
    only = argv[2:]  # optional folder names to build (for quick checks)
    parts = load_parts(only)
    if out.exists() and any(out.iterdir()):
        known = set(PART_MODULES) | {"SOURCES-train.md", "SOURCES-heldout.md"}
        if not all(c.name in known for c in out.iterdir()):
            print(f"refusing to overwrite {out}: it holds other files", file=sys.stderr)
            return 2
    problems: list[str] = []
    # a train source must not share its key or address with a held-out one (count only)
    overlaps = source_overlaps()
    print(f"train sources sharing a key or address with a held-out source: {overlaps}")
    if overlaps:
        problems.append(f"{overlaps} train source(s) share a key or address with held-out ones")
    source_parts: dict[str, set[str]] = {}
    stats = []
    with tempfile.TemporaryDirectory(prefix="owncorpus_") as tmpd:
        tmp = Path(tmpd)
        for folder, mod in parts.items():
            if only and folder not in only:
                continue
            reg = mod.R
            target = out / folder
            if target.exists():
                shutil.rmtree(target)
            target.mkdir(parents=True)
            refs = sorted(set(mod.REF.values()))
            used: set[str] = set()
            built: dict[str, bytes] = {}
            log_ids = {e["id"] for e in mod.LOG}
            files = [d["file"] for d in reg.docs]
            if len(files) != len(set(files)):
                problems.append(f"{folder}: duplicate file names")
            for d in reg.docs:
                source_parts.setdefault(d["source"], set()).add(reg.part)
                if "alias_of" in d:
                    data = built[d["alias_of"]]
                else:
                    src = d["build"]()
                    text = pdftotext(src, tmp, folder + d["file"])
                    for pr in check_labels(d, text, refs, mod.MEMBER_IDS):
                        problems.append(f"{folder}/{d['file']}: {pr}")
                    used.update(r for r in refs if r in text)
                    data = scan_pdf(src, d, tmp) if d["scanned"] else src
                built[d["file"]] = data
                for lk in d["links_to"]:
                    if lk not in log_ids:
                        problems.append(f"{folder}/{d['file']}: unknown log entry {lk}")
                path = target / d["file"]
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                txt = pypdf_text(data).strip()
                if d["scanned"] and txt:
                    problems.append(f"{folder}/{d['file']}: scanned but has a text layer")
                if not d["scanned"] and len(txt) < 40:
                    problems.append(f"{folder}/{d['file']}: text PDF with almost no text")
            unused = sorted(set(refs) - used)
            if unused:
                problems.append(f"{folder}: minted identifiers never printed: {unused}")
            for e in mod.LOG:
                if not any(e["id"] in d["links_to"] for d in reg.docs):
                    problems.append(f"{folder}: log entry {e['id']} has no document")
            labels = {
                "documents": [
                    {k: d[k] for k in LABEL_KEYS} for d in sorted(reg.docs, key=lambda x: x["file"])
                ]
            }
            (target / "labels.json").write_text(
                json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            (target / "case.json").write_text(
                json.dumps(mod.CASE, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            stats.append((folder, reg, sum(len(b) for b in built.values())))
    for src, ps in sorted(source_parts.items()):
        if len(ps) > 1:
            problems.append(f"source {src} is used in both parts")
    report(stats, source_parts)
    write_sources(out, stats)
    print(f"time: {time.time() - t0:.1f} s")
    if problems:
        print("LABEL PROBLEMS:", file=sys.stderr)
        for pr in problems:
            print("  " + pr, file=sys.stderr)
        return 1
    print("label check: OK")
    return 0


def write_sources(out: Path, stats) -> None:
    """SOURCES-train.md and SOURCES-heldout.md: each source, its title, address, documents."""
    for part, title in (("train", "Train part"), ("heldout", "Held-out part")):
        rows: dict[str, list[str]] = {}
        for folder, reg, _ in stats:
            if reg.part != part:
                continue
            for d in reg.docs:
                rows.setdefault(d["source"], []).append(f"{folder}/{d['file']}")
        if not rows:
            continue
        n_docs = sum(len(v) for v in rows.values())
        lines = [
            f"# Public sources followed by the own corpus: {title.lower()}",
            "",
            "Generated by `make_own_corpus.py`. Each source's documents are wholly in one part.",
            "",
            f"{len(rows)} sources, {n_docs} documents.",
            "",
            "| source | public title | where | documents |",
            "|---|---|---|---|",
        ]
        for key in sorted(rows):
            t, url = SOURCES[key]
            files = "<br>".join(f"`{f}`" for f in sorted(rows[key]))
            lines.append(f"| {key} | {t} | <{url}> | {files} |")
        (out / f"SOURCES-{part}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(stats, source_parts) -> None:
    for part in ("train", "heldout"):
        docs = [d for _, reg, _ in stats if reg.part == part for d in reg.docs]
        if not docs:
            continue
        size = sum(s for _, reg, s in stats if reg.part == part)
        kinds = Counter(d["kind"] for d in docs)
        scans = Counter(d["kind"] for d in docs if d["scanned"])
        outc = Counter(d["letter_outcome"] for d in docs if d["kind"] == "letter")
        srcs = {s for s, ps in source_parts.items() if part in ps}
        print(f"[{part}] documents {len(docs)} (scanned {sum(scans.values())}), sources "
              f"{len(srcs)}, {size / 1e6:.2f} MB")  # fmt: skip
        print("  kinds: " + ", ".join(f"{k} {v} ({scans[k]} scanned)" for k, v in
                                      sorted(kinds.items())))  # fmt: skip
        print("  letter outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outc.items())))
        n_dates = sum(1 for d in docs if d["document_date"])
        n_refs = sum(1 for d in docs if d["reference_number"])
        n_mem = sum(1 for d in docs if d["member_id"])
        n_due = sum(1 for d in docs if d["due_date"])
        print(f"  labelled: dates {n_dates}, refs {n_refs}, member IDs {n_mem}, due dates {n_due}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
