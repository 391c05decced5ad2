"""Probe the reading with the real public Spanish wording of Medicare, Medicaid and plan notices.

    PYTHONPATH=. .venv/bin/python bench/public_notice_probes_es.py [--details]

Each probe of ``_probes_es_texts.py``, ``…2.py`` to ``…7.py`` and ``_probes_sender_texts.py``
(its public source's address, its text filled with invented values, what a person would
label) is written as a text PDF, read by the app's reader (``jobs.read_file``) and
understood (``core.understand``), as in a new user's folder: no profile. Prints the hit
rate per field; ``--details`` lists every miss; ``--only B2`` the second batch; ``--scans``
reads clean scans through OCR.
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
from _probes_es_texts3 import PROBES_B3
from _probes_es_texts4 import PROBES_B4
from _probes_es_texts5 import PROBES_B5
from _probes_es_texts6 import PROBES_B6
from _probes_es_texts7 import PROBES_B8
from _probes_sender_texts import PROBES_B7

PROBES = (
    PROBES_B1 + PROBES_B2 + PROBES_B3 + PROBES_B4 + PROBES_B5 + PROBES_B6 + PROBES_B7 + PROBES_B8
)

FIELDS = (
    "kind",
    "letter_outcome",
    "document_date",
    "reference_number",
    "member_id",
    "due_date",
    "appeal_by",
)


def read_probe(
    folder: Path, number: int, text: str, *, scan: bool = False
) -> dict[str, str | None]:
    """Write ``text`` as a PDF (or a clean 300 dpi scan of it), read it as the reader does
    and return the fields it found."""
    from organizer.core.understand import understand
    from organizer.jobs.read_file import read_file
    from tests import factories

    path = folder / f"aviso{number:02d}.pdf"
    lines = text.strip("\n").splitlines()
    if scan:
        page = factories.render_text_image(
            lines, width_px=2550, height_px=3300, font_pt=9.0, dpi=300
        )
        factories.write_image_pdf(path, [page], dpi=300)
    else:
        factories.write_text_pdf(path, ["\n".join(lines)])
    result = read_file(str(path))
    text = result.text or ""
    if result.ocr_pages:
        from organizer.jobs.page_ocr import ocr_pages

        pages = ocr_pages(str(path), result.ocr_pages, is_image_file=False, page_timeout=120)
        text = "\n\f\n".join(page.text for page in pages)
    read = understand(text)
    found: dict[str, str | None] = {}
    for name in FIELDS:
        value = getattr(read, name)
        found[name] = None if value is None else str(value)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--only", default="", help="only the probes whose name starts so")
    parser.add_argument("--scans", action="store_true", help="read clean scans (OCR) instead")
    args = parser.parse_args(argv)
    probes = [probe for probe in PROBES if probe.name.startswith(args.only)]
    hits = dict.fromkeys(FIELDS, 0)
    totals = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, probe in enumerate(probes):
            found = read_probe(Path(tmp), number, probe.text, scan=args.scans)
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
