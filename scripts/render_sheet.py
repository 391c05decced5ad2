#!/usr/bin/env python3
"""Render the demo case's one-page status sheet to docs/status-sheet.png.

A fresh copy of the demo case is indexed into a throw-away database (no OCR), and its log
is filled in the way the person in the demo story would have kept it by Nov 20, 2026. The
facts the reader will take from the letters (outcome, date, reference number, appeal
deadline) are written onto those documents directly, as the understanding step is not part
of indexing yet. The sheet is made as a PDF by the same code as ``organizer sheet`` and
turned into a picture with ``pdftoppm`` (poppler-utils). Run from anywhere:

    .venv/bin/python scripts/render_sheet.py
    .venv/bin/python scripts/render_sheet.py --case huge --paper a4 --out /tmp/huge-a4.png

``--case huge`` (150 log entries, 40 still missing) and ``--case empty`` are there to look
at how the page condenses; only the demo picture belongs in docs/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication
from sqlalchemy import select
from sqlalchemy.engine import URL

from organizer.core.checklist import CHECKLIST
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.language import in_language
from organizer.services import call_notes, cases, links, log
from organizer.services.demo import make_demo_copy
from organizer.sheet.data import sheet_data
from organizer.sheet.render import write_sheet_pdf
from organizer.storage.database import Database, open_database
from organizer.storage.models import Document

REPO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 20)
EASTERN = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=EASTERN)
OFFICE = "Lakeview Infectious Disease Associates"
PHARMACY = "Northgate Home Infusion"
PAYER = "Bluestem Health Plan"

# What the reader finds in the demo letters: path -> document fields.
LETTER_FACTS: dict[str, dict[str, object]] = {
    "Letters/approval - home infusion.pdf": {
        "kind": "letter",
        "letter_outcome": "approved",
        "document_date": date(2026, 11, 19),
        "reference_number": "A26111904521",
    },
    "Letters/denial - infusion pump.pdf": {
        "kind": "letter",
        "letter_outcome": "denied",
        "document_date": date(2026, 11, 18),
        "reference_number": "BHP-PA-2611-0457",
        "appeal_by": date(2027, 5, 17),
    },
    "Letters/request for more information.pdf": {
        "kind": "letter",
        "letter_outcome": "info_requested",
        "document_date": date(2026, 11, 14),
        "reference_number": "BHP-PA-2611-0457",
        "due_date": date(2026, 11, 24),
    },
}


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def note_letter_facts(db: Database, case_id: int) -> dict[str, int]:
    """Write what the letters say onto their documents; return document ids by path."""
    with db.session() as session:
        query = select(Document).filter_by(case_id=case_id)
        docs = {doc.path: doc for doc in session.scalars(query)}
        for path, facts in LETTER_FACTS.items():
            for key, value in facts.items():
                setattr(docs[path], key, value)
        return {path: doc.id for path, doc in docs.items()}


# The log as the person in the demo story kept it by Nov 20, 2026: (entry fields, links).
# The first four change the starter entries; the rest are added.
DEMO_LOG: list[tuple[dict[str, object], dict[str, str]]] = [
    (
        {"requested_by": PHARMACY, "requested_on": d(11, 10), "submitted_on": d(11, 10),
         "submitted_how": "fax", "submitted_to": PHARMACY, "status": "submitted"},
        {"Referral/referral and prescription.pdf": "submission"},
    ),
    (
        {"requested_by": PHARMACY, "requested_on": d(11, 10), "submitted_on": d(11, 11),
         "submitted_how": "fax", "submitted_to": PHARMACY, "status": "submitted"},
        {"Insurance/insurance card front and back.pdf": "submission"},
    ),
    (
        {"requested_by": OFFICE, "requested_on": d(11, 10), "submitted_on": d(11, 11),
         "submitted_how": "phone", "submitted_to": PAYER, "status": "approved",
         "decision_on": d(11, 11),
         "decision": "Covered: 20% after deductible; prior authorization needed"},
        {"Letters/benefits verification from pharmacy.pdf": "decision"},
    ),
    (
        {"what": "Prior authorization: home infusion with ceftriaxone",
         "requested_by": PHARMACY, "requested_on": d(11, 11), "who_submits": PHARMACY,
         "submitted_on": d(11, 11), "submitted_how": "portal", "submitted_to": PAYER,
         "status": "approved", "decision_on": d(11, 19)},
        {"Letters/approval - home infusion.pdf": "decision",
         "Letters/prior authorization request received.pdf": "related"},
    ),
    (
        {"item": "prior_authorization", "what": "Prior authorization: infusion pump (A4305)",
         "requested_by": PHARMACY, "requested_on": d(11, 11), "who_submits": PHARMACY,
         "submitted_on": d(11, 11), "submitted_how": "portal", "submitted_to": PAYER,
         "status": "denied", "decision_on": d(11, 18),
         "decision": "Pump not needed for a once-a-day dose"},
        {"Letters/denial - infusion pump.pdf": "decision"},
    ),
    (
        {"item": "clinical_notes", "what": "Clinic notes from the last 30 days",
         "requested_by": PAYER, "requested_on": d(11, 14), "who_submits": OFFICE,
         "due": d(11, 24), "submitted_on": d(11, 17), "submitted_how": "fax",
         "submitted_to": f"{PAYER} clinical intake", "status": "submitted"},
        {"Letters/request for more information.pdf": "request",
         "Clinical/clinic note 11-06.pdf": "submission"},
    ),
    (
        {"item": "lab_results", "what": "Lab results: ESR and CRP",
         "requested_by": PAYER, "requested_on": d(11, 14), "who_submits": OFFICE,
         "due": d(11, 24), "submitted_on": d(11, 17), "submitted_how": "fax",
         "submitted_to": f"{PAYER} clinical intake", "status": "submitted"},
        {"Letters/request for more information.pdf": "request",
         "Clinical/lab results ESR CRP.pdf": "submission"},
    ),
    (
        {"item": "clinical_notes", "what": "PICC placement note and tip position X-ray report",
         "requested_by": PHARMACY, "requested_on": d(11, 19), "who_submits": OFFICE,
         "due": d(11, 21)},
        {},
    ),
    (
        {"item": "signed_forms", "what": "Signed patient agreement and assignment of benefits",
         "requested_by": PHARMACY, "requested_on": d(11, 18), "who_submits": "You",
         "due": d(11, 22)},
        {},
    ),
    (
        {"item": "medical_necessity",
         "what": "Letter of medical necessity for the pump, for the appeal",
         "requested_by": PHARMACY, "requested_on": d(11, 19), "who_submits": OFFICE,
         "due": d(12, 1)},
        {},
    ),
    (
        {"item": "insurance_card", "what": "Medicare card copy (second insurance)",
         "requested_by": PHARMACY, "requested_on": d(11, 18), "who_submits": "You"},
        {},
    ),
]  # fmt: skip
DEMO_CALLS: list[dict[str, object]] = [
    {"called_at": datetime(2026, 11, 18, 14, 5, tzinfo=EASTERN), "organisation": PAYER,
     "person": "Marcus", "phone": "(800) 555-0142", "reference_number": "C2611180417",
     "summary": "Asked about the pump denial: appeal within 180 days"},
    {"called_at": datetime(2026, 11, 19, 15, 10, tzinfo=EASTERN), "organisation": PAYER,
     "person": "Tanya", "phone": "(800) 555-0142", "reference_number": "C2611190733",
     "summary": "Confirmed the approval A26111904521"},
]  # fmt: skip


def fill_demo_log(db: Database, case: CaseInfo, ids: dict[str, int]) -> None:
    """Keep the demo's log through the log service, as the person in the story did."""
    starters = log.log_entries(db, case.id)
    for index, (fields, doc_links) in enumerate(DEMO_LOG):
        if index < len(starters):
            entry = log.edit_entry(db, starters[index].id, today=TODAY, **fields)
        else:
            extra = {k: v for k, v in fields.items() if k != "item"}
            entry = log.create_entry(db, case.id, str(fields["item"]), today=TODAY, **extra)
        for path, role in doc_links.items():
            links.link_document(db, entry.id, ids[path], role)
    for call in DEMO_CALLS:
        fields = dict(call)
        called_at = fields.pop("called_at")
        assert isinstance(called_at, datetime)
        call_notes.add_call(db, case.id, called_at, **fields)


def demo_case(db: Database, root: Path) -> CaseInfo:
    demo = make_demo_copy(root)
    case = cases.create_case(db, demo.folder, demo.profile)
    indexer = Indexer(db, case, IndexSettings(ocr=False))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    fill_demo_log(db, case, note_letter_facts(db, case.id))
    return case


def huge_case(db: Database, root: Path) -> CaseInfo:
    """150 log entries over six months, 40 of them still missing something."""
    folder = root / "Huge case"
    folder.mkdir()
    profile = CaseProfile(
        patient="Theodora Vasquez-Lindqvist",
        therapy="Immune globulin (IVIG) 35 g IV every 4 weeks at home",
        payer="Prairie Mutual Health",
        member_id="PMH-220-481-773",
        pharmacy=Contact("Riverside Specialty Infusion", "(555) 010-2000", "(555) 010-2001"),
        provider_office=Contact("Hollis Immunology Clinic", "(555) 010-3000", "(555) 010-3001"),
    )
    case = cases.create_case(db, folder, profile)
    for entry in log.log_entries(db, case.id):
        log.delete_entry(db, entry.id)
    items = [item.key for item in CHECKLIST if not item.expects_decision]
    start = TODAY - timedelta(days=180)
    for n in range(150):
        asked = start + timedelta(days=n)
        entry = log.create_entry(
            db, case.id, items[n % len(items)],
            what=f"Round {n + 1}: {CHECKLIST[n % len(CHECKLIST)].label} for the dose on day {n}",
            requested_by="Riverside Specialty Infusion", requested_on=asked,
            due=TODAY + timedelta(days=(n % 9) - 3) if n >= 110 else None, today=TODAY,
        )  # fmt: skip
        if n < 110:
            log.set_status(db, entry.id, "submitted", on=asked + timedelta(days=2), today=TODAY)
    return case


def empty_case(db: Database, root: Path) -> CaseInfo:
    folder = root / "Empty case"
    folder.mkdir()
    case = cases.create_case(db, folder)
    for entry in log.log_entries(db, case.id):
        log.delete_entry(db, entry.id)
    return case


BUILDERS = {"demo": demo_case, "huge": huge_case, "empty": empty_case}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(BUILDERS), default="demo")
    parser.add_argument("--paper", choices=("letter", "a4"), default="letter")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "status-sheet.png")
    parser.add_argument("--pdf", type=Path, help="also keep the PDF here")
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--lang", choices=("en", "es"), default="en", help="the sheet's language")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is needed (poppler-utils).", file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="organizer-sheet-") as temp:
        root = Path(temp)
        db = open_database(URL.create("sqlite", database=str(root / "sheet.sqlite3")))
        try:
            case = BUILDERS[args.case](db, root)
            with in_language(args.lang):
                data = sheet_data(db, case, today=TODAY, now=NOW)
        finally:
            db.dispose()
        pdf = args.pdf or root / "sheet.pdf"
        layout = write_sheet_pdf(data, pdf, args.paper)
        stem = root / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(args.dpi), "-singlefile", str(pdf), str(stem)],
            check=True,
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stem.with_suffix(".png"), args.out)
    scale = layout.scale
    print(
        f"{args.case} on {args.paper}: missing {scale.missing_pt:g} pt in {scale.columns} "
        f"column(s), body {scale.body_pt:g} pt; missing {layout.missing_shown} shown "
        f"+{layout.missing_hidden}; log {layout.log_shown} shown +{layout.log_hidden}; "
        f"{layout.lines} lines; sizes {layout.font_sizes} -> {args.out}"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
