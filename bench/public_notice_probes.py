"""Real public notices and forms, filled in with invented values, read by the real reader.

    PYTHONPATH=. .venv/bin/python bench/public_notice_probes.py [--details]

Each probe follows the wording and layout of a public model notice, form or template (its
address is kept with it), with its blanks filled by made-up people, plans, dates and
numbers. The text is written to a PDF, read back with the app's reader (pypdf text
extraction) and understood twice: as a new user would (empty profile) and with the case's
patient and member ID known. Each field is compared with what a person would label,
following the conventions of ../shared/corpus/README.md; a field whose expected value is a
set accepts any of them (the conventions leave it open). Prints the hit rate per field.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import _common  # noqa: F401  (puts the repository on sys.path)
from _probes_en_texts import PROBES
from _probes_en_texts2 import PROBES_2, PROBES_3, PROBES_4
from _probes_en_texts3 import PROBES_6
from _probes_sender_texts import PROBES_5

from organizer.core.understand import CaseContext, understand
from organizer.jobs.read_file import read_file
from tests import factories

FIELDS = ("kind", "letter_outcome", "document_date", "reference_number", "member_id", "due_date")


def _row(name: str, values: list[bool]) -> str:
    share = 100 * sum(values) / max(len(values), 1)
    return f"  {name:<17} {sum(values):>2}/{len(values):<2} {share:5.1f}%"


def _judge(expected: object, found: object) -> bool:
    if isinstance(expected, set):
        return found in expected
    return expected == found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true")
    parser.add_argument(
        "--batch",
        choices=("1", "2", "3", "4", "5", "6", "all"),
        default="all",
        help="one set, or all of them",
    )
    args = parser.parse_args()
    sets = {"1": PROBES, "2": PROBES_2, "3": PROBES_3, "4": PROBES_4, "5": PROBES_5, "6": PROBES_6}
    probes = sets.get(args.batch) or [p for batch in sets.values() for p in batch]
    hits: dict[str, dict[str, list[bool]]] = {"new": {}, "profile": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n, probe in enumerate(probes):
            pdf = factories.write_text_pdf(Path(tmp) / f"probe{n}.pdf", [probe.text])
            text = read_file(str(pdf)).text
            member = probe.expected.get("member_id")
            contexts = {
                "new": CaseContext(),
                "profile": CaseContext(
                    patient=probe.patient,
                    member_ids=(member,) if isinstance(member, str) else (),
                ),
            }
            for run, context in contexts.items():
                found = understand(text, context=context)
                for name in FIELDS:
                    if name not in probe.expected:
                        continue
                    want = probe.expected[name]
                    got = getattr(found, name)
                    ok = _judge(want, got)
                    hits[run].setdefault(name, []).append(ok)
                    if args.details and not ok:
                        print(f"[{run}] {probe.name}: {name} read {got!r}, expected {want!r}")
    print(f"{len(probes)} public notices and forms")
    for run, per_field in hits.items():
        label = "new user (empty profile)" if run == "new" else "with the case's profile"
        print(f"-- {label}")
        total = [ok for values in per_field.values() for ok in values]
        for name in FIELDS:
            values = per_field.get(name, [])
            print(_row(name, values))
        print(_row("all fields", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
