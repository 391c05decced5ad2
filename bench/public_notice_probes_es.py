"""Probe the reading with the real public Spanish wording of Medicare, Medicaid and plan notices.

    PYTHONPATH=. .venv/bin/python bench/public_notice_probes_es.py [--details]

Each probe of ``_probes_es_texts.py`` and ``_probes_es_texts2.py`` (its public source's
address, its text filled with invented values, what a person would label) is written as a
text PDF, read by the app's reader (``jobs.read_file``) and understood (``core.understand``),
as in a new user's folder: no profile. Prints the hit rate per field; ``--details`` lists
every miss; ``--only B2`` the second batch.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _probes_es_texts import PROBES_B1
from _probes_es_texts2 import PROBES_B2

PROBES = PROBES_B1 + PROBES_B2

FIELDS = (
    "kind",
    "letter_outcome",
    "document_date",
    "reference_number",
    "member_id",
    "due_date",
    "appeal_by",
)


def read_probe(folder: Path, number: int, text: str) -> dict[str, str | None]:
    """Write ``text`` as a PDF, read it as the reader does and return the fields it found."""
    from organizer.core.understand import understand
    from organizer.jobs.read_file import read_file
    from tests import factories

    path = factories.write_text_pdf(folder / f"aviso{number:02d}.pdf", [text.strip("\n")])
    read = understand(read_file(str(path)).text or "")
    found: dict[str, str | None] = {}
    for name in FIELDS:
        value = getattr(read, name)
        found[name] = None if value is None else str(value)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--only", default="", help="only the probes whose name starts so")
    args = parser.parse_args(argv)
    probes = [probe for probe in PROBES if probe.name.startswith(args.only)]
    hits = dict.fromkeys(FIELDS, 0)
    totals = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, probe in enumerate(probes):
            found = read_probe(Path(tmp), number, probe.text)
            for name, want in probe.expect.items():
                totals[name] += 1
                if found[name] == want:
                    hits[name] += 1
                else:
                    misses.append(f"{probe.name}: {name} read {found[name]!r}, want {want!r}")
    sources = len({probe.source for probe in probes})
    print(f"{len(probes)} probes from {sources} public sources")
    for name in FIELDS:
        if totals[name]:
            share = 100.0 * hits[name] / totals[name]
            print(f"  {name:17} {hits[name]:3}/{totals[name]:<3} {share:5.1f}%")
    all_hits, all_total = sum(hits.values()), sum(totals.values())
    print(f"  {'all fields':17} {all_hits:3}/{all_total:<3} {100.0 * all_hits / all_total:5.1f}%")
    if args.details:
        for line in misses:
            print("  miss:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
