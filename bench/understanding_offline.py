"""A quick, in-process check of the reading rules on texts the app already read.

    .venv/bin/python bench/understanding_offline.py CORPUS WORK_DB [--profile] [--details]

WORK_DB is the database of a kept run of ``understanding_accuracy.py --keep``: its stored
texts (text layer or OCR) are understood again here with the current code, in seconds,
and judged exactly as the end-to-end benchmark judges an export. Without ``--profile`` the
case is read as a new user's (empty profile, identity inferred from the documents); with
it, from case.json. It also prints the understanding time per document.
The end-to-end benchmark remains the measure; this is for working on the rules.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from _accuracy_score import detail_lines, figure_lines, is_spanish, score

from organizer.core.profile import CaseProfile, Contact
from organizer.core.understand import CaseContext, bundled_rules, understand
from organizer.core.understand.identity import apply_identity, infer_case_identity


def _rows(db_file: Path) -> list[tuple[str, str, str | None, str | None]]:
    with sqlite3.connect(db_file) as conn:
        return conn.execute(
            "SELECT d.path, COALESCE(t.text, ''), d.text_source, "
            "(SELECT p.path FROM documents p WHERE p.id = d.duplicate_of_id) "
            "FROM documents d LEFT JOIN document_text t ON t.document_id = d.id"
        ).fetchall()


def _context(case: dict[str, Any] | None) -> CaseContext:
    if case is None:
        return CaseContext()
    profile = CaseProfile(
        patient=case.get("patient") or "",
        therapy=case.get("therapy") or "",
        payer=case.get("payer") or "",
        member_id=case.get("member_id") or "",
        provider_office=Contact(name=(case.get("provider_office") or {}).get("name", "")),
        pharmacy=Contact(name=(case.get("pharmacy") or {}).get("name", "")),
    )
    return CaseContext.from_profile(profile)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    labels = json.loads((args.corpus / "labels.json").read_text(encoding="utf-8"))["documents"]
    case = json.loads((args.corpus / "case.json").read_text(encoding="utf-8"))
    context = _context(case if args.profile else None)
    rules = bundled_rules()
    rows = _rows(args.db)
    texts = {path: text for path, text, _, _ in rows}
    started = time.perf_counter()
    found = {p: understand(t, rules=rules, context=context) for p, t, _, dup in rows if not dup}
    spent = time.perf_counter() - started
    if not args.profile:
        identity = infer_case_identity(f.about for f in found.values())
        print(f"identity: {identity}")
        found = {p: apply_identity(f, texts[p], identity, rules) for p, f in found.items()}
    print(f"understanding: {1000 * spent / max(len(found), 1):.1f} ms per document")
    docs: list[dict[str, Any]] = []
    for path, _text, source, dup in rows:
        if dup:
            docs.append({"path": path, "status": "duplicate", "duplicate_of": dup})
            continue
        f = found[path]
        docs.append(
            {
                "path": path,
                "status": "indexed",
                "text_source": source,
                "kind": f.kind,
                "letter_outcome": f.letter_outcome,
                "document_date": f.document_date.isoformat() if f.document_date else None,
                "reference_number": f.reference_number,
                "member_id": f.member_id,
                "due_date": f.due_date.isoformat() if f.due_date else None,
                "requested_items": list(f.requested_items),
                "fulfills": list(f.fulfills),
            }
        )
    out = {"documents": docs, "log": []}
    spanish = {lab["file"] for lab in labels if is_spanish(lab["file"], texts.get(lab["file"], ""))}
    scores, _ = score(labels, out, {}, accepted=True)
    print("-- all")
    print("\n".join(figure_lines(scores, links=False)))
    if spanish:
        without, _ = score(labels, out, {}, accepted=True, skip=spanish)
        print("-- without Spanish")
        print("\n".join(figure_lines(without, links=False)))
    if args.details:
        print("\n".join(detail_lines(scores)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
