"""Reconciling a real folder with the index, and reading everything in it."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import document_states, documents
from organizer.storage.database import Database
from organizer.storage.models import Document
from tests import factories
from tests.helpers import tree_fingerprint

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL


@pytest.fixture
def indexer(db: Database, case: CaseInfo) -> Iterator[Indexer]:
    instance = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    yield instance
    instance.close()


def by_path(db: Database, case: CaseInfo) -> dict[str, documents.DocumentInfo]:
    return {d.path: d for d in documents.list_documents(db, case.id)}


def make_case_files(folder: Path) -> None:
    factories.write_text_pdf(folder / "Referral.pdf", ["Therapy order: ceftriaxone 2 g IV"])
    (folder / "Letters").mkdir()
    factories.write_text_pdf(folder / "Letters" / "approval.PDF", ["Prior authorization approved"])
    factories.write_text_pdf(folder / "Letters" / "denial.pdf", ["Your request was denied"])
    (folder / "notes.txt").write_text("not a document")
    (folder / "Letters" / "download.pdf.crdownload").write_bytes(b"%PDF-1.4 half")
    (folder / "~$draft.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".hidden.pdf").write_bytes(b"%PDF-1.4")
    (folder / "__MACOSX").mkdir()
    (folder / "__MACOSX" / "Referral.pdf").write_bytes(b"%PDF-1.4")
    (folder / "Thumbs.db").write_bytes(b"x")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "fake.pdf").write_bytes(b"PK\x03\x04 this is a zip file")


def test_first_run_reads_every_document_and_ignores_the_rest(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    make_case_files(case_folder)
    before = tree_fingerprint(case_folder)
    summary = indexer.run_once()
    assert tree_fingerprint(case_folder) == before  # the folder is read-only to us
    docs = by_path(db, case)
    assert sorted(docs) == [
        "Letters/approval.PDF",
        "Letters/denial.pdf",
        "Referral.pdf",
        "empty.pdf",
        "fake.pdf",
    ]
    assert docs["Referral.pdf"].status == "indexed"
    assert docs["Referral.pdf"].text_source == "text"
    assert docs["empty.pdf"].status == "empty"
    assert docs["fake.pdf"].status == "not_a_pdf"
    assert summary.total == 5
    assert summary.counts["indexed"] == 3
    assert set(summary.counts) >= {"pending", "missing", "duplicate", "unreadable"}
    assert "ceftriaxone" in documents.document_text(db, docs["Referral.pdf"].id)


def test_rescan_of_unchanged_folder_reads_nothing(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    make_case_files(case_folder)
    indexer.run_once()
    indexer.close()
    report = indexer.reconcile()
    assert report.changes == 0
    assert report.to_read == []
    assert indexer.read_pending() == 0
    assert indexer._pool is None  # no reader process was even started


def test_rename_keeps_identity_and_user_corrections(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    make_case_files(case_folder)
    indexer.run_once()
    doc = by_path(db, case)["Letters/denial.pdf"]
    with db.session() as session:
        session.execute(
            update(Document).where(Document.id == doc.id).values(kind="letter", kind_source="user")
        )
    (case_folder / "Archive").mkdir()
    (case_folder / "Letters" / "denial.pdf").rename(case_folder / "Archive" / "pump denial.pdf")
    report = indexer.reconcile()
    assert report.renamed == [("Letters/denial.pdf", "Archive/pump denial.pdf")]
    moved = by_path(db, case)["Archive/pump denial.pdf"]
    assert moved.id == doc.id
    assert (moved.kind, moved.kind_source, moved.status) == ("letter", "user", "indexed")
    assert "Letters/denial.pdf" not in by_path(db, case)


def test_deleted_file_is_marked_missing_and_comes_back(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer, tmp_path: Path
) -> None:
    make_case_files(case_folder)
    indexer.run_once()
    original = by_path(db, case)["Referral.pdf"]
    shutil.move(case_folder / "Referral.pdf", tmp_path / "elsewhere.pdf")
    indexer.run_once()
    gone = by_path(db, case)["Referral.pdf"]
    assert (gone.id, gone.status) == (original.id, "missing")
    assert gone.missing_since is not None
    shutil.move(tmp_path / "elsewhere.pdf", case_folder / "Referral.pdf")
    indexer.run_once()
    back = by_path(db, case)["Referral.pdf"]
    assert (back.id, back.status, back.missing_since) == (original.id, "indexed", None)


def test_identical_content_later_path_is_a_duplicate(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    make_case_files(case_folder)
    indexer.run_once()
    shutil.copyfile(case_folder / "Referral.pdf", case_folder / "Referral (1).pdf")
    indexer.run_once()
    docs = by_path(db, case)
    assert docs["Referral (1).pdf"].status == "duplicate"
    assert docs["Referral (1).pdf"].duplicate_of == "Referral.pdf"
    assert docs["Referral.pdf"].status == "indexed"


def test_changed_content_is_read_again_but_keeps_the_users_kind(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    make_case_files(case_folder)
    indexer.run_once()
    doc = by_path(db, case)["Letters/approval.PDF"]
    with db.session() as session:
        session.execute(
            update(Document).where(Document.id == doc.id).values(kind="letter", kind_source="user")
        )
    factories.write_text_pdf(case_folder / "Letters" / "approval.PDF", ["Approved, updated copy"])
    os.utime(case_folder / "Letters" / "approval.PDF", ns=(1, 1_000_000_000))
    report = indexer.reconcile()
    assert report.changed == ["Letters/approval.PDF"]
    indexer.read_pending()
    again = by_path(db, case)["Letters/approval.PDF"]
    assert again.id == doc.id
    assert (again.kind, again.kind_source) == ("letter", "user")
    assert "updated copy" in documents.document_text(db, doc.id)


def test_symlinks_out_of_the_folder_are_not_followed(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    factories.write_text_pdf(outside / "private.pdf", ["Someone else's letter"])
    (case_folder / "link.pdf").symlink_to(outside / "private.pdf")
    (case_folder / "linked folder").symlink_to(outside, target_is_directory=True)
    factories.write_text_pdf(case_folder / "mine.pdf", ["Clinical notes"])
    (case_folder / "alias.pdf").symlink_to(case_folder / "mine.pdf")
    indexer.run_once()
    assert sorted(by_path(db, case)) == ["alias.pdf", "mine.pdf"]
    # Same content twice: the path seen first (in path order) is the document.
    assert by_path(db, case)["mine.pdf"].status == "duplicate"
    assert by_path(db, case)["mine.pdf"].duplicate_of == "alias.pdf"


def test_user_ignore_patterns_apply(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    from organizer.storage.models import Case

    with db.session() as session:
        session.execute(update(Case).values(ignore_patterns='["old*", "Private"]'))
    factories.write_text_pdf(case_folder / "old letter.pdf", ["x"])
    (case_folder / "Private").mkdir()
    factories.write_text_pdf(case_folder / "Private" / "diary.pdf", ["y"])
    factories.write_text_pdf(case_folder / "new letter.pdf", ["z"])
    indexer.run_once()
    assert sorted(by_path(db, case)) == ["new letter.pdf"]


def test_interrupted_run_resumes_pending_documents(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    make_case_files(case_folder)
    report = indexer.reconcile()
    assert len(report.to_read) == 5
    assert {
        s for s in documents.status_counts(db, case.id) if documents.status_counts(db, case.id)[s]
    } == {"pending"}
    # A new indexer (as after a restart) finishes what was left. Only one reads a case at a
    # time, so the first one ends first.
    indexer.close()
    fresh = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        fresh.run_once()
    finally:
        fresh.close()
    assert documents.status_counts(db, case.id)["pending"] == 0
    with db.session() as session:
        assert list(
            session.scalars(select(Document.attempts).where(Document.status == "indexed"))
        ) == [1, 1, 1]


def test_a_file_that_keeps_killing_readers_stops_being_retried(
    db: Database, case: CaseInfo, case_folder: Path, indexer: Indexer
) -> None:
    factories.write_text_pdf(case_folder / "bad.pdf", ["x"])
    indexer.reconcile()
    with db.session() as session:
        session.execute(update(Document).values(attempts=3))
    indexer.read_pending()
    doc = by_path(db, case)["bad.pdf"]
    assert doc.status == "unreadable"
    assert doc.error and "stopped the reader several times" in doc.error


def test_files_still_being_written_wait_for_the_next_look(
    db: Database, case: CaseInfo, case_folder: Path
) -> None:
    patient = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=3600.0))
    try:
        factories.write_text_pdf(case_folder / "fresh.pdf", ["just arrived"])
        report = patient.reconcile()
        assert report.new == ["fresh.pdf"]
        assert patient.unsettled == {"fresh.pdf"}
        # A pending row that says why, with no hash yet: it is not read until it settles.
        row = by_path(db, case)["fresh.pdf"]
        assert (row.status, row.error, row.sha256) == (
            "pending",
            document_states.STILL_WRITING,
            None,
        )
        assert patient.read_pending() == 0
    finally:
        patient.close()


def test_a_file_that_keeps_changing_has_a_pending_row_and_is_read_when_it_settles(
    db: Database, case: CaseInfo, case_folder: Path
) -> None:
    growing = factories.write_text_pdf(case_folder / "growing.pdf", ["Fax still arriving"])
    factories.write_text_pdf(case_folder / "done.pdf", ["Referral"])
    future = time.time() + 3600  # looks modified a moment ago, at every look
    os.utime(growing, (future, future))
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.2))
    try:
        summary = indexer.run_once(settle_timeout=1.0)
        assert summary.total == 2 and summary.counts["pending"] == 1
        row = by_path(db, case)["growing.pdf"]
        assert (row.status, row.error) == ("pending", document_states.STILL_WRITING)
        os.utime(growing, (time.time() - 60, time.time() - 60))  # it has settled
        summary = indexer.run_once(settle_timeout=1.0)
    finally:
        indexer.close()
    assert summary.counts["indexed"] == 2 and summary.counts["pending"] == 0
    assert by_path(db, case)["growing.pdf"].error is None
