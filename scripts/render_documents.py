#!/usr/bin/env python3
"""Render the fax packet's cover and a page of the sheet for calls to docs/ (PNG).

The pictures are drawn by the same code as ``organizer packet`` and ``organizer callsheet``
from the demo story's facts, typed in here, and turned into pictures with ``pdftoppm``
(poppler-utils). Run from anywhere: ``.venv/bin/python scripts/render_documents.py``;
``--lang es`` draws them in Spanish, into files named with ``-es``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from organizer.language import in_language  # noqa: E402
from organizer.services.call_sheet import CallItem, CallPage  # noqa: E402
from organizer.services.packet import Enclosure, PacketCover, Recipient  # noqa: E402
from organizer.sheet.call_sheet import call_sheet_pdf  # noqa: E402
from organizer.sheet.packet_cover import cover_pdf  # noqa: E402

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


def spanish(page: CallPage, packet: PacketCover) -> tuple[CallPage, PacketCover]:
    """The same story as a Spanish-speaking family types it: their own words in Spanish."""
    items = (
        CallItem("Notas clínicas", "vence el 24 de noviembre (en 4 días)", True, ("RQ-5521",)),
        CallItem("Resultados de laboratorio", "vence el 24 de noviembre (en 4 días)", False, ()),
        CallItem("Receta u orden de terapia", "todavía sin fecha", False, ()),
    )
    enclosures = (
        Enclosure(Path("a.pdf"), "Notas clínicas, Dra. Lee, 2 de octubre a 12 de noviembre", 4),
        Enclosure(Path("b.pdf"), "Nivel de IgG y función renal, 14 de noviembre", 2),
        Enclosure(Path("c.pdf"), "Carta de necesidad médica", 1),
    )
    return (
        replace(page, person="Dana, autorizaciones previas", items=items),
        replace(
            packet,
            sender="María Álvarez (hija de la paciente)",
            regarding="Notas clínicas y resultados de laboratorio para la autorización de IVIG",
            enclosures=enclosures,
        ),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "es"), default="en")
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    page, packet = office_page(), cover()
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    if args.lang != "en":
        page, packet = spanish(page, packet)
    with in_language(args.lang):
        to_png(cover_pdf(packet, "letter")[0], ROOT / "docs" / f"packet-cover{suffix}.png")
        pdf, _pages = call_sheet_pdf([page], DAY, "letter")
    to_png(pdf, ROOT / "docs" / f"call-sheet{suffix}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
