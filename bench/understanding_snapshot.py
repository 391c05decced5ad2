"""Everything the reading makes of a set of texts, written to one JSON file, to compare
two versions of the code byte for byte (a speed-up must not change a single field).

    .venv/bin/python bench/understanding_snapshot.py dump OUT.json [--db WORK/bench.sqlite3 ...]
        [--generated 400]
    .venv/bin/python bench/understanding_snapshot.py compare BEFORE.json AFTER.json

``dump`` reads, in-process: every stored text of each database (a run of
understanding_accuracy.py kept with --keep), with an empty profile and with the case's
profile, then the proposals for the case's log and the identity settled from all of them;
and ``--generated`` letter-like texts (bench/_letters.py) with and without a profile,
with proposals against a log made for them. ``compare`` says how many records differ and
which fields; it prints no document text. Run ``dump`` once on the old code (for
example from a copy of the previous commit, with PYTHONPATH pointing at it) and once on
the new, then ``compare``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from dataclasses import asdict, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import _common  # noqa: F401  (sets up sys.path)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _texts(db_file: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT d.path, t.text FROM documents d JOIN document_text t "
            "ON t.document_id = d.id ORDER BY d.path"
        ).fetchall()
    return [(path, text or "") for path, text in rows]


def _case(db_file: Path) -> tuple[Any, list[Any]]:
    """The case's profile as a reading context, and its log entries."""
    from sqlalchemy.engine import URL

    from organizer.core.understand import CaseContext
    from organizer.services import cases, log
    from organizer.storage.database import open_database

    db = open_database(URL.create("sqlite", database=str(db_file)))
    try:
        case = cases.list_cases(db)[0]
        return CaseContext.from_profile(case.profile), log.log_entries(db, case.id)
    finally:
        db.dispose()


def _generated_log(count: int) -> list[Any]:
    from organizer.core.records import LogEntryInfo

    items = ("prior_authorization", "clinical_notes", "lab_results", "medical_necessity")
    return [
        LogEntryInfo(
            id=n + 1,
            item=items[n % len(items)],
            what=f"{items[n % len(items)].replace('_', ' ')} for immune globulin {n}",
            requested_by="payer",
            requested_on=date(2026, 1 + n % 6, 1 + n % 27),
            who_submits="provider",
            due=None,
            submitted_on=date(2026, 2 + n % 6, 1 + n % 27) if n % 3 == 1 else None,
            status=("requested", "submitted", "proposed")[n % 3],
            decision="",
            notes=f"ref PA-2026-{10000 + n * 37}",
        )
        for n in range(count)
    ]


def _read_all(
    texts: list[tuple[str, str]], context: Any, entries: list[Any], label: str
) -> list[dict[str, Any]]:
    from organizer.core.understand import (
        CaseContext,
        apply_identity,
        bundled_rules,
        infer_case_identity,
        propose_links,
        understand,
    )

    rules = bundled_rules()
    out: list[dict[str, Any]] = []
    found_empty = [understand(text, rules=rules) for _, text in texts]
    identity = infer_case_identity(f.about for f in found_empty)
    for (name, text), empty in zip(texts, found_empty, strict=True):
        with_case = understand(text, rules=rules, context=context)
        settled = apply_identity(empty, text, identity, rules)
        record = {
            "source": label,
            "name": name,
            "empty": _plain(empty),
            "case": _plain(with_case),
            "settled": _plain(settled),
            "proposals": _plain(
                propose_links(with_case, entries, text=text, context=context, rules=rules)
            ),
            "proposals_empty": _plain(
                propose_links(settled, entries, text=text, context=CaseContext(), rules=rules)
            ),
        }
        out.append(record)
    out.append({"source": label, "name": "(identity)", "identity": _plain(identity)})
    return out


def dump(out_file: Path, dbs: list[Path], generated: int) -> None:
    from _letters import letter_texts

    from organizer.core.understand import CaseContext

    records: list[dict[str, Any]] = []
    for db_file in dbs:
        context, entries = _case(db_file)
        records += _read_all(_texts(db_file), context, entries, str(db_file))
    if generated:
        texts = letter_texts(generated, seed=11)
        short = letter_texts(generated // 4, seed=12, pages=(1, 2))
        named = [(f"gen {n}", t) for n, t in enumerate(texts + short)]
        context = CaseContext(
            patient="Maria Lopez",
            member_ids=("MQC123456789",),
            payers=("Mesquite Crest Health Plan",),
            providers=("Alameda Creek Allergy & Immunology",),
            pharmacies=("Cedar Point Infusion Services",),
        )
        records += _read_all(named, context, _generated_log(40), "generated")
    out_file.write_text(json.dumps(records, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(records)} records written to {out_file}")


def compare(before: Path, after: Path) -> int:
    one = json.loads(before.read_text(encoding="utf-8"))
    two = json.loads(after.read_text(encoding="utf-8"))
    if len(one) != len(two):
        print(f"DIFFERENT: {len(one)} records before, {len(two)} after")
        return 1
    differing: dict[str, int] = {}
    for a, b in zip(one, two, strict=True):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                differing[key] = differing.get(key, 0) + 1
    same = before.read_bytes() == after.read_bytes()
    print(f"{len(one)} records; files byte-identical: {'yes' if same else 'NO'}")
    for key, count in sorted(differing.items()):
        print(f"  {count} records differ in {key!r}")
    return 0 if same else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--db", type=Path, action="append", default=[])
    d.add_argument("--generated", type=int, default=400)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.db, args.generated)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
