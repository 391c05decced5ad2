"""A file dropped on a log entry before it is read is linked once it is read, even after a
restart, and the command line can ask for the same (``organizer add FILE --entry ID``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import log, pending_links
from organizer.storage.database import Database, open_database
from tests import factories

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

TODAY = date(2026, 11, 20)


def card_entry(db: Database, case: CaseInfo) -> int:
    return next(e.id for e in log.log_entries(db, case.id) if e.item == "insurance_card")


def read_folder(db: Database, case: CaseInfo) -> None:
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    try:
        indexer.run_once()
    finally:
        indexer.close()


def test_a_stored_drop_is_linked_once_read_even_by_another_connection(
    db: Database, database_url: URL, case: CaseInfo, case_folder: Path
) -> None:
    entry_id = card_entry(db, case)
    factories.write_text_pdf(case_folder / "card.pdf", ["Member ID card front and back"])
    pending_links.remember(db, case.id, ["card.pdf"], entry_id)
    # Not read yet: nothing to link, and the drop stays stored.
    assert pending_links.link_arrivals(db, case.id) == 0
    db.dispose()
    # "After a restart": a new connection to the same file reads and links it.
    again = open_database(database_url)
    try:
        read_folder(again, case)
        with again.session() as session:
            assert pending_links.ready_count(session, case.id) == 1
        assert pending_links.link_arrivals(again, case.id) == 1
        (link,) = log.get_entry(again, entry_id).links
        assert (link.path, link.role, link.confirmed) == ("card.pdf", "submission", True)
        # Linked once: the stored drop is gone.
        assert pending_links.link_arrivals(again, case.id) == 0
    finally:
        again.dispose()


def test_a_drop_for_an_entry_of_another_case_is_refused(
    db: Database, case: CaseInfo, tmp_path: Path
) -> None:
    from organizer.core.errors import KnownError
    from organizer.services import cases

    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = cases.create_case(db, other_folder)
    with pytest.raises(KnownError):
        pending_links.remember(db, other.id, ["card.pdf"], card_entry(db, case))


def test_the_window_links_a_drop_left_before_it_closed(
    qtbot: QtBot, db: Database, case: CaseInfo, case_folder: Path, runner: TaskRunner
) -> None:
    """The window closed before reading the dropped file: the next window links it."""
    entry_id = card_entry(db, case)
    factories.write_text_pdf(case_folder / "card.pdf", ["Member ID card front and back"])
    pending_links.remember(db, case.id, ["card.pdf"], entry_id)
    controller = CaseController(
        db,
        case,
        runner,
        today=lambda: TODAY,
        index_settings=IndexSettings(ocr=False, settle_seconds=0.2),
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    try:
        qtbot.waitUntil(
            lambda: any(link.confirmed for link in log.get_entry(db, entry_id).links),
            timeout=20000,
        )
        (link,) = log.get_entry(db, entry_id).links
        assert link.path == "card.pdf" and link.role == "submission"
    finally:
        controller.stop()


def test_cli_add_with_entry_links_once_indexed(
    db: Database,
    db_address: str,
    case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    entry_id = card_entry(db, case)
    card = factories.write_text_pdf(tmp_path / "card.pdf", ["Member ID card front and back"])
    url = db_address
    code = main(["--db", url, "add", str(card), "--entry", str(entry_id)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Added 1 document." in out
    assert "once read" in out
    assert log.get_entry(db, entry_id).links == ()
    assert main(["--db", url, "index", str(case_folder), "--no-ocr"]) == 0
    (link,) = log.get_entry(db, entry_id).links
    assert link.path.endswith("card.pdf") and link.path.startswith("Imported/")
    assert link.confirmed and link.role == "submission"
    assert (case_folder / link.path).read_bytes() == card.read_bytes()


def test_cli_add_with_entry_links_at_once_what_is_already_read(
    db: Database,
    db_address: str,
    case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    entry_id = card_entry(db, case)
    factories.write_text_pdf(case_folder / "card.pdf", ["Member ID card front and back"])
    read_folder(db, case)
    same = tmp_path / "same card.pdf"
    same.write_bytes((case_folder / "card.pdf").read_bytes())
    code = main(["--db", db_address, "add", str(same), "--entry", str(entry_id)])
    out = capsys.readouterr().out
    assert code == 0
    assert "already in your folder" in out and "Linked to" in out
    (link,) = log.get_entry(db, entry_id).links
    assert link.path == "card.pdf" and link.confirmed
