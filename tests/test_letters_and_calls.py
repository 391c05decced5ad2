"""Letters to edit (read back with python-docx and pypdf) and the sheet for calls."""

from __future__ import annotations

import io
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core import clock
from organizer.core.profile import CaseProfile, Contact
from organizer.services import call_notes, call_sheet, cases, links, log
from organizer.storage.database import Database, open_database
from organizer.storage.models import Document
from tests.helpers import tree_fingerprint

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

TODAY = date(2026, 12, 7)
PROFILE = CaseProfile(
    patient="Rosalind Okafor",
    patient_dob=date(1961, 3, 14),
    therapy="IVIG infusions",
    member_id="HZN-448812",
    group_number="88120",
    payer="Horizon Health Plan",
    payer_fax="(555) 010-2233",
    payer_phone="(555) 010-2200",
    provider_office=Contact(
        name="Lakeview Infectious Disease",
        phone="(555) 010-7000",
        fax="(555) 010-7001",
        contact="Dana (prior authorizations)",
    ),
    pharmacy=Contact(name="Northgate Home Infusion", phone="(555) 010-9000"),
)


def add_document(db: Database, case_id: int, path: str, **fields: Any) -> int:
    with db.session() as session:
        doc = Document(
            case_id=case_id, path=path, status="indexed", first_seen_at=datetime.now(UTC), **fields
        )
        session.add(doc)
        session.flush()
        return doc.id


@pytest.fixture
def setup(tmp_path: Path, case_folder: Path) -> dict[str, Any]:
    """A denied prior authorization (with its letter) and a request for lab results."""
    path = tmp_path / "data" / "organizer.sqlite3"
    path.parent.mkdir()
    db = open_database(URL.create("sqlite", database=str(path)))
    try:
        case = cases.create_case(db, case_folder, PROFILE)
        pa = next(e for e in log.log_entries(db, case.id) if e.item == "prior_authorization")
        log.edit_entry(db, pa.id, what="IVIG prior authorization", today=TODAY)
        lmn = add_document(db, case.id, "Clinic/Letter of medical necessity.pdf")
        links.link_document(db, pa.id, lmn, "submission")
        denial = add_document(
            db, case.id, "Letters/Denial.pdf", reference_number="PA-77120",
            document_date=date(2026, 11, 28), appeal_by=date(2027, 1, 27), kind="letter",
            letter_outcome="denied",
        )  # fmt: skip
        log.set_status(db, pa.id, "denied", on=date(2026, 11, 28), today=TODAY)
        links.link_document(db, pa.id, denial, "decision")
        labs = log.create_entry(
            db, case.id, "lab_results", what="IgG trough level", requested_by="Horizon Health Plan",
            requested_on=date(2026, 12, 1), due=date(2026, 12, 15), who_submits="provider",
            today=TODAY,
        )  # fmt: skip
        request = add_document(db, case.id, "Letters/Labs.pdf", reference_number="RQ-5521")
        links.link_document(db, labs.id, request, "request")
        call_notes.add_call(
            db, case.id, datetime(2026, 12, 2, 15, 0, tzinfo=UTC),
            organisation="Horizon Health Plan", reference_number="CALL-314",
        )  # fmt: skip
    finally:
        db.dispose()
    return {"url": f"sqlite:///{path}", "path": path, "pa": pa.id, "labs": labs.id,
            "folder": case_folder}  # fmt: skip


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv(clock.ENV, TODAY.isoformat())
    return main(argv)


def docx_text(path: Path) -> str:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [p.text for p in document.paragraphs]
    parts += [" | ".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


APPEAL_FACTS = [
    "Patient | Rosalind Okafor",
    "Date of birth | March 14, 1961",
    "Member ID | HZN-448812",
    "What was denied | IVIG prior authorization",
    "Date of the denial | November 28, 2026",
    "Reference number | PA-77120",
    "Appeal deadline | January 27, 2027",
    "Enclosed | Letter of medical necessity",
]


def test_appeal_letter_as_docx_and_pdf_is_filled_in_and_says_it_is_a_template(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_fingerprint(setup["folder"])
    word, pdf = tmp_path / "appeal.docx", tmp_path / "appeal.pdf"
    for out in (word, pdf):
        argv = ["letter", "appeal", "--db", setup["url"], "--entry", str(setup["pa"]),
                "--out", str(out)]  # fmt: skip
        assert run(argv, monkeypatch) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = docx_text(word)
    for fact in APPEAL_FACTS:
        assert fact in text
    assert "Re: Appeal of the denial of IVIG prior authorization, reference PA-77120" in text
    assert "not legal or coverage advice" in text and "[signature]" in text
    flat = pdf_text(pdf)
    for fact in APPEAL_FACTS:
        label, value = fact.split(" | ")
        assert f"{label}: {value}" in flat
    assert "TEMPLATE" in flat and "not legal or coverage advice" in flat
    assert tree_fingerprint(setup["folder"]) == before


def test_provider_request_says_exactly_what_was_asked_and_by_when(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "request.docx"
    argv = ["letter", "provider-request", "--db", setup["url"], "--entry", str(setup["labs"]),
            "--out", str(out)]  # fmt: skip
    assert run(argv, monkeypatch) == 0
    text = docx_text(out)
    assert "Lakeview Infectious Disease" in text and "Attention: Dana" in text
    assert "Asked for | IgG trough level" in text
    assert "Needed by | December 15, 2026" in text
    assert "Reference number | RQ-5521" in text
    assert "(fax (555) 010-2233)" in text


def test_case_file_request_goes_to_the_plan(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "file.pdf"
    argv = ["letter", "case-file", "--db", setup["url"], "--entry", str(setup["pa"]),
            "--out", str(out)]  # fmt: skip
    assert run(argv, monkeypatch) == 0
    flat = pdf_text(out)
    assert "Horizon Health Plan" in flat and "Request for my case file, reference PA-77120" in flat
    assert "criteria" in flat


def test_letters_refuse_other_file_types_and_the_case_folder(
    setup: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["letter", "appeal", "--db", setup["url"], "--entry", str(setup["pa"]), "--out"]
    assert run([*base, str(setup["folder"] / "a.docx")], monkeypatch) == 2
    assert run([*base, "/tmp/letter.txt"], monkeypatch) == 2
    assert "outside the case folder" in capsys.readouterr().err
    assert not (setup["folder"] / "a.docx").exists()


def test_call_sheet_has_a_page_per_organisation_with_the_three_questions(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(URL.create("sqlite", database=str(setup["path"])))
    try:
        case = cases.choose_case(db, None)
        pages = call_sheet.call_pages(db, case, TODAY)
        prefill = call_sheet.record_call_prefill(db, case, "office", TODAY)
    finally:
        db.dispose()
    by_role = {p.role: p for p in pages}
    assert "office" in by_role
    office = by_role["office"]
    assert office.phone == "(555) 010-7000" and office.member_id == "HZN-448812"
    assert "IgG trough level" in [i.what for i in office.items]
    assert "RQ-5521" in office.references
    assert prefill.organisation == "Lakeview Infectious Disease"
    assert prefill.phone == "(555) 010-7000" and "RQ-5521" in prefill.reference_number
    out = tmp_path / "calls.pdf"
    assert run(["callsheet", "--db", setup["url"], "--out", str(out)], monkeypatch) == 0
    reader = PdfReader(out)
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(texts) == len(pages)  # one page per organisation
    for page, text in zip(pages, texts, strict=True):
        assert f"Call: {page.organisation}" in text and "HZN-448812" in text
        for question in call_sheet.QUESTIONS:
            assert text.count(question) == len(page.items)
        assert "Spoke with" in text
    office_text = texts[[p.role for p in pages].index("office")]
    assert "(555) 010-7000" in office_text and "RQ-5521" in office_text


@pytest.mark.parametrize("count", [1, 4, 8])
def test_each_organisation_stays_on_one_page_with_every_question(qapp: object, count: int) -> None:
    from organizer.sheet.call_sheet import call_sheet_pdf

    items = tuple(
        call_sheet.CallItem(f"Item number {n}", "due Dec 15 (in 8 days)", n == 0, ("RQ-1",))
        for n in range(count)
    )
    page = call_sheet.CallPage("plan", "Horizon Health Plan", "(555) 010-2200", "", "",
                               "HZN-1", "", "Rosalind", ("RQ-1",), items)  # fmt: skip
    content, pages = call_sheet_pdf([page, page], TODAY, "letter")
    reader = PdfReader(io.BytesIO(content))
    assert pages == len(reader.pages) == 2
    text = " ".join(reader.pages[0].extract_text().split())
    assert text.count("What exactly is missing?") == count
    assert f"Item number {count - 1}" in text
