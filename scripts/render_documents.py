#!/usr/bin/env python3
"""Render the fax packet's cover and a page of the sheet for calls to docs/ (PNG).

The pictures are drawn by the same code as ``organizer packet`` and ``organizer callsheet``
from the demo story's facts, typed in here, and turned into pictures with ``pdftoppm``
(poppler-utils). Run from anywhere: ``.venv/bin/python scripts/render_documents.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from organizer.gui.call_sheet import call_sheet_pdf  # noqa: E402
from organizer.gui.packet_cover import cover_pdf  # noqa: E402
from organizer.services.call_sheet import CallItem, CallPage  # noqa: E402
from organizer.services.packet import Enclosure, PacketCover, Recipient  # noqa: E402

DAY = date(2026, 11, 20)


def cover() -> PacketCover:
    return PacketCover(
        recipient=Recipient("plan", "Horizon Health Plan", "(555) 010-2233", "(555) 010-2200"),
        sender="Maria Alvarez (daughter of the patient)",
        callback_phone="(555) 010-4417",
        day=DAY,
        regarding="Clinical notes and lab results for IVIG prior authorization",
        reference="PA-2026-118734",
        patient="Elena Alvarez",
        patient_dob=date(1958, 6, 2),
        member_id="HZN-448812-01",
        enclosures=(
            Enclosure(Path("a.pdf"), "Clinical notes, Dr. Lee, October 2 to November 12, 2026", 4),
            Enclosure(Path("b.pdf"), "IgG trough level and kidney function, November 14", 2),
            Enclosure(Path("c.pdf"), "Letter of medical necessity", 1),
        ),
    )


def office_page() -> CallPage:
    return CallPage(
        role="office",
        organisation="Lakeview Infectious Disease Associates",
        phone="(555) 010-7000",
        fax="(555) 010-7001",
        person="Dana, prior authorizations",
        member_id="HZN-448812-01",
        group_number="88120",
        patient="Elena Alvarez",
        references=("PA-2026-118734", "RQ-5521"),
        items=(
            CallItem("Clinical notes", "due Nov 24 (in 4 days)", True, ("RQ-5521",)),
            CallItem("Lab results", "due Nov 24 (in 4 days)", False, ("RQ-5521",)),
            CallItem("Prescription or therapy order", "no date set yet", False, ()),
        ),
    )


def to_png(pdf: bytes, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        stem = target.with_suffix("")
        command = ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*command, str(source), str(stem)], check=True)
    print(f"Wrote {target}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    to_png(cover_pdf(cover(), "letter")[0], ROOT / "docs" / "packet-cover.png")
    pdf, _pages = call_sheet_pdf([office_page()], DAY, "letter")
    to_png(pdf, ROOT / "docs" / "call-sheet.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
