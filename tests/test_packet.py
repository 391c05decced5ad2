"""The fax packet: a cover, then each enclosure whole; kept under Sent/ without overwriting,
linked to the entry, and never read as new suggestions. Real PDFs, real database, the CLI."""

from __future__ import annotations

import io
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core import clock
from organizer.core.profile import CaseProfile, Contact
from organizer.services import cases, log, packet
from organizer.services.understanding import Understander, understand_pending
from organizer.storage.database import Database, open_database
from organizer.storage.models import Document, LogDocumentLink
from tests.factories import write_scanned_pdf, write_text_pdf
from tests.helpers import tree_fingerprint

TODAY = date(2026, 12, 7)
LETTER_TEXT = (
    "Horizon Health Plan\nDecember 1, 2026\nRe: prior authorization for IVIG\n"
    "Reference number: PA-99881\nWe need more information to decide. Please send the "
    "clinical notes and lab results by December 15, 2026."
)
PROFILE = CaseProfile(
    patient="Rosalind Okafor",
    patient_dob=date(1961, 3, 14),
    member_id="HZN-448812",
    payer="Horizon Health Plan",
    payer_fax="(555) 010-2233",
    payer_phone="(555) 010-2200",
    provider_office=Contact(
        name="Lakeview Infectious Disease", phone="(555) 010-7000", fax="(555) 010-7001"
    ),
)


def add_document(db: Database, case_id: int, path: str, **fields: Any) -> int:
    with db.session() as session:
        doc = Document(case_id=case_id, path=path, status="indexed",
                       first_seen_at=datetime.now(UTC), **fields)  # fmt: skip
        session.add(doc)
        session.flush()
        return doc.id


@pytest.fixture
def setup(tmp_path: Path, case_folder: Path) -> dict[str, Any]:
    """A case with a prior-authorization entry: a request letter and three submissions."""
    request_text = "Horizon Health Plan\nPlease send clinical notes. Reference PA-77120"
    write_text_pdf(case_folder / "Letters" / "Request for records.pdf", [request_text])
    notes = write_text_pdf(
        case_folder / "Clinic" / "Clinical notes from Dr Lee, visits in October and November.pdf",
        ["Clinical notes page one", "Clinical notes page two", "Clinical notes page three"],
    )
    lmn = write_text_pdf(case_folder / "Clinic" / "Letter of medical necessity.pdf",
                         ["Letter of medical necessity\nIVIG is needed."])  # fmt: skip
    scan = write_scanned_pdf(case_folder / "Scans" / "Insurance card.pdf", ["MEMBER HZN-448812"])
    path = tmp_path / "data" / "organizer.sqlite3"
    path.parent.mkdir()
    db = open_database(URL.create("sqlite", database=str(path)))
    try:
        case = cases.create_case(db, case_folder, PROFILE)
        pa = next(e for e in log.log_entries(db, case.id) if e.item == "prior_authorization")
        log.edit_entry(db, pa.id, what="Clinical notes for IVIG prior authorization",
                       requested_by="Horizon Health Plan", today=TODAY)  # fmt: skip
        request = add_document(db, case.id, "Letters/Request for records.pdf",
                               reference_number="PA-77120")  # fmt: skip
        log.link_document(db, pa.id, request, "request")
        for file in (notes, lmn, scan):
            doc = add_document(db, case.id, file.relative_to(case_folder).as_posix())
            log.link_document(db, pa.id, doc, "submission")
        unconfirmed = write_text_pdf(case_folder / "Other.pdf", ["not confirmed"])
        doc = add_document(db, case.id, unconfirmed.name)
        log.link_document(db, pa.id, doc, "submission", confirmed=False, confidence=0.5)
    finally:
        db.dispose()
    return {"url": f"sqlite:///{path}", "path": path, "entry": pa.id, "folder": case_folder}


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv(clock.ENV, TODAY.isoformat())
    return main(argv)


def image_streams(page: Any) -> list[bytes]:
    objects = page["/Resources"]["/XObject"]
    return [objects[name].get_object().get_data() for name in sorted(objects)]


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_packet_is_the_cover_then_each_enclosure_whole_in_path_order(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder: Path = setup["folder"]
    before = tree_fingerprint(folder)
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    argv = ["packet", "--db", setup["url"], "--entry", str(setup["entry"]), "--out", str(out)]
    assert run(argv, monkeypatch) == 0
    texts = page_texts(out)
    assert len(texts) == 1 + 3 + 1 + 1  # cover, notes (3), letter (1), scan (1)
    cover = " ".join(texts[0].split())
    assert "Horizon Health Plan" in cover and "(555) 010-2233" in cover
    assert "Re: Clinical notes for IVIG prior authorization" in cover
    assert "PA-77120" in cover and "HZN-448812" in cover and "March 14, 1961" in cover
    assert "Rosalind Okafor" in cover and "December 7, 2026" in cover
    # Each enclosure by its whole file name without extension, with its page count.
    assert "Clinical notes from Dr Lee, visits in October and November (3 pages)" in cover
    assert "Letter of medical necessity (1 page)" in cover
    assert "Insurance card (1 page)" in cover
    assert "Other" not in cover  # an unconfirmed suggestion is not enclosed
    assert "6 pages including this cover" in cover
    assert "confirm receipt" in cover
    notes = next((folder / "Clinic").glob("Clinical*.pdf"))
    assert texts[1:4] == page_texts(notes)
    # The scanned page is the very same image, copied unchanged.
    scan_page = PdfReader(out).pages[5]
    original = PdfReader(folder / "Scans" / "Insurance card.pdf").pages[0]
    assert image_streams(scan_page) == image_streams(original) != []
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert tree_fingerprint(folder) == before  # --out writes nothing into the case folder


def test_default_save_is_a_new_file_under_sent_and_never_overwrites(
    setup: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder: Path = setup["folder"]
    before = tree_fingerprint(folder)
    argv = ["packet", "--db", setup["url"], "--entry", str(setup["entry"])]
    assert run(argv, monkeypatch) == 0
    day = folder / "Sent" / TODAY.isoformat()
    first = sorted(day.iterdir())
    assert [p.name for p in first] == [
        "Fax to Horizon Health Plan - Clinical notes for IVIG prior authorization.pdf"
    ]
    first_bytes = first[0].read_bytes()
    assert run(argv, monkeypatch) == 0
    second = sorted(p.name for p in day.iterdir())
    assert second == [
        "Fax to Horizon Health Plan - Clinical notes for IVIG prior authorization (2).pdf",
        "Fax to Horizon Health Plan - Clinical notes for IVIG prior authorization.pdf",
    ]
    assert first[0].read_bytes() == first_bytes  # the earlier packet is untouched
    after = tree_fingerprint(folder)
    assert {k: v for k, v in after.items() if not k.startswith("Sent/")} == before
    assert not [p for p in day.iterdir() if p.name.startswith(".")]  # no temp file left
    # Linked to the entry, and the second packet encloses the same three documents only.
    db = open_database(URL.create("sqlite", database=str(setup["path"])))
    try:
        entry = log.get_entry(db, setup["entry"])
        linked = {link.path for link in entry.links if link.role == "submission"}
        assert {f"Sent/{TODAY.isoformat()}/{name}" for name in second} <= linked
        assert len(PdfReader(day / second[0]).pages) == 6
    finally:
        db.dispose()


def test_own_packet_makes_no_suggestions(
    setup: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    argv = ["packet", "--db", setup["url"], "--entry", str(setup["entry"])]
    assert run(argv, monkeypatch) == 0
    db = open_database(URL.create("sqlite", database=str(setup["path"])))
    try:
        with db.session() as session:
            doc = session.scalars(select(Document).where(Document.path.like("Sent/%"))).one()
            doc_id = doc.id
            # As the reader leaves it: read, with the text of every page (which asks for
            # records and names a reference number).
            doc.status, doc.understood = "indexed", False
        control = add_document(db, 1, "Letters/Another request.pdf")
        with db.session() as session:
            for number in (doc_id, control):
                session.execute(
                    text(
                        "INSERT OR REPLACE INTO document_text (document_id, text) VALUES (:i, :t)"
                    ),
                    {"i": number, "t": LETTER_TEXT},
                )
        understand_pending(db, 1, Understander.load(tmp_path))
        with db.session() as session:
            links = session.scalars(
                select(LogDocumentLink).where(LogDocumentLink.document_id == doc_id)
            ).all()
            assert [(link.role, link.confirmed, link.reason) for link in links] == [
                ("submission", True, packet.PACKET_REASON)
            ]
            assert session.get_one(Document, doc_id).understood
            # The same words in a letter of the user's own do make suggestions.
            others = session.scalars(
                select(LogDocumentLink).where(LogDocumentLink.document_id == control)
            ).all()
            assert others and not any(link.confirmed for link in others)
    finally:
        db.dispose()


def test_mark_sent_records_today_by_fax_to_the_recipient(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "p.pdf"
    argv = ["packet", "--db", setup["url"], "--entry", str(setup["entry"]), "--out", str(out),
            "--to", "office", "--mark-sent"]  # fmt: skip
    assert run(argv, monkeypatch) == 0
    db = open_database(URL.create("sqlite", database=str(setup["path"])))
    try:
        entry = log.get_entry(db, setup["entry"])
    finally:
        db.dispose()
    assert entry.status == "submitted" and entry.submitted_on == TODAY
    assert (entry.submitted_how, entry.submitted_to) == ("fax", "Lakeview Infectious Disease")
    assert "(555) 010-7001" in " ".join(page_texts(out)[0].split())


def test_a_locked_enclosure_is_refused_unless_its_password_is_given(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    locked = write_text_pdf(tmp_path / "Locked lab results.pdf", ["Lab page"], user_password="s3")
    out = tmp_path / "p.pdf"
    argv = ["packet", "--db", setup["url"], "--entry", str(setup["entry"]), "--out", str(out),
            "--file", str(locked)]  # fmt: skip
    assert run(argv, monkeypatch) == 2
    assert "password" in capsys.readouterr().err and not out.exists()
    assert run([*argv, "--password", "Locked lab results.pdf=s3"], monkeypatch) == 0
    texts = page_texts(out)
    assert len(texts) == 2 and "Lab page" in texts[1]
    assert "Locked lab results (1 page)" in " ".join(texts[0].split())


def test_a_long_list_of_enclosures_counts_every_page_of_the_cover(
    qapp: object, tmp_path: Path
) -> None:
    from organizer.gui.packet_cover import cover_pdf

    files = [
        write_text_pdf(tmp_path / f"Visit note {n:02d} from the infusion clinic.pdf", ["note"])
        for n in range(45)
    ]
    cover = packet.PacketCover(
        recipient=packet.Recipient("plan", "Horizon Health Plan", "(555) 010-2233", ""),
        sender="Rosalind Okafor", callback_phone="", day=TODAY, regarding="Visit notes",
        reference="", patient="Rosalind Okafor", patient_dob=None, member_id="HZN-1",
        enclosures=tuple(packet.enclosures(files)),
    )  # fmt: skip
    drawn, cover = cover_pdf(cover, "letter")
    merged = PdfReader(io.BytesIO(packet.merge_packet(drawn, cover)))
    assert cover.cover_pages == 2 and len(merged.pages) == cover.total_pages == 47
    cover_text = " ".join(
        " ".join(merged.pages[n].extract_text().split()) for n in range(cover.cover_pages)
    )
    assert "47 pages including this cover of 2 pages" in cover_text
    assert "Visit note 44 from the infusion clinic (1 page)" in cover_text


def test_an_entry_of_another_case_is_refused(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    argv = ["packet", "--db", setup["url"], "--entry", "999", "--out", str(tmp_path / "p.pdf")]
    assert run(argv, monkeypatch) == 2
    assert "There is no log entry 999" in capsys.readouterr().err
    assert not (tmp_path / "p.pdf").exists()


def test_the_indexer_reads_its_own_packet_without_suggesting_anything(
    setup: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A packet holding a plan's letter: the same letter in the user's folder makes a
    suggestion; inside the app's own packet it makes none and fulfils nothing."""
    folder: Path = setup["folder"]
    letter = write_text_pdf(tmp_path / "Plan letter.pdf", [LETTER_TEXT])
    argv = ["packet", "--db", setup["url"], "--entry", str(setup["entry"]), "--file", str(letter)]
    assert run(argv, monkeypatch) == 0
    write_text_pdf(folder / "Letters" / "Plan letter.pdf", [LETTER_TEXT])
    index = ["index", str(folder), "--db", setup["url"], "--no-ocr"]
    assert run(index, monkeypatch) == 0
    db = open_database(URL.create("sqlite", database=str(setup["path"])))
    try:
        with db.session() as session:
            sent = session.scalars(select(Document).where(Document.path.like("Sent/%"))).one()
            assert sent.status == "indexed" and sent.pages == 2 and sent.understood
            assert (sent.kind, sent.fulfills, sent.requested_items) == ("other", "[]", "[]")
            links = session.scalars(
                select(LogDocumentLink).where(LogDocumentLink.document_id == sent.id)
            ).all()
            assert [(link.confirmed, link.reason) for link in links] == [
                (True, packet.PACKET_REASON)
            ]
            own = session.scalars(
                select(Document).where(Document.path == "Letters/Plan letter.pdf")
            ).one()
            assert own.kind == "letter"
            suggested = session.scalars(
                select(LogDocumentLink).where(
                    LogDocumentLink.document_id == own.id, LogDocumentLink.confirmed.is_(False)
                )
            ).all()
            assert suggested  # the same words in the user's own file do suggest
    finally:
        db.dispose()
