"""The main window on a real case: real database, real watcher, real files, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from organizer.core.missing import missing_rows
from organizer.core.records import CaseInfo, DocumentInfo
from organizer.gui import file_actions
from organizer.gui.controller import CaseController
from organizer.gui.documents_model import FETCH_CHUNK, DocumentFilter, DocumentTableModel
from organizer.gui.log_model import LogTableModel
from organizer.gui.main_window import MainWindow
from organizer.gui.missing_panel import MissingPanel, MissingRowWidget
from organizer.gui.tasks import TaskRunner
from organizer.gui.words import show_date
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import documents, links, log
from organizer.storage.database import Database
from tests import factories
from tests.test_missing import TODAY as DAY
from tests.test_missing import entry, link

TODAY = date(2026, 11, 20)
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of shown (they would wait for a click)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> int:
        shown.append(text)
        return 0

    for name in ("information", "warning", "about"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(file_actions, "open_url", lambda url: urls.append(url) or True)
    return urls


def fill_folder(folder: Path) -> None:
    factories.write_text_pdf(folder / "referral.pdf", ["Therapy order: ceftriaxone 2 g IV daily"])
    (folder / "Letters").mkdir()
    factories.write_text_pdf(folder / "Letters" / "denial.pdf", ["Your request was denied"])
    (folder / "damaged.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf body")


@pytest.fixture
def indexed_case(db: Database, case: CaseInfo, case_folder: Path) -> CaseInfo:
    fill_folder(case_folder)
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    return case


def make_window(
    qtbot: QtBot, db: Database, case: CaseInfo, runner: TaskRunner, watch: bool
) -> MainWindow:
    controller = CaseController(
        db,
        case,
        runner,
        watch=watch,
        today=lambda: TODAY,
        index_settings=IndexSettings(ocr=False, settle_seconds=0.5),
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    qtbot.waitUntil(lambda: window.snapshot is not None, timeout=20000)
    return window


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, indexed_case: CaseInfo, runner: TaskRunner
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, indexed_case, runner, watch=False)
    yield made
    made.controller.stop()


@pytest.fixture
def watched_window(
    qtbot: QtBot, db: Database, indexed_case: CaseInfo, runner: TaskRunner
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, indexed_case, runner, watch=True)
    qtbot.waitUntil(lambda: made.state_label.text() == "Up to date", timeout=20000)
    yield made
    made.controller.stop()


def doc_row(window: MainWindow, name: str) -> int:
    model = window.documents_filter
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return row
    raise AssertionError(f"{name} is not in the table")


def drop(target: QWidget, paths: list[Path], at: QPoint | None = None) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(at or target.rect().center())
    event = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # QApplication.sendEvent only delivers drops during a real drag, so the event goes
    # straight to the widget's own drop handler.
    target.dropEvent(event)  # type: ignore[attr-defined]


# --- models -------------------------------------------------------------------------------
def fake_documents(count: int) -> list[DocumentInfo]:
    return [
        DocumentInfo(
            id=n,
            path=f"letters/letter {n:05d}.pdf",
            sha256=None,
            size=10,
            pages=1,
            status="indexed" if n % 7 else "unreadable",
            error=None,
            duplicate_of=None,
            text_source="text",
            kind="letter" if n % 2 else "clinical",
            kind_source="auto",
            letter_outcome=None,
            sender=None,
            document_date=None,
            reference_number=None,
            member_id=None,
            due_date=None,
            appeal_by=None,
            requested_items=(),
            fulfills=(),
            reasons=(),
            missing_since=None,
        )
        for n in range(count)
    ]


def test_document_models_pass_the_model_tester_and_fetch_lazily(qapp: QApplication) -> None:
    model = DocumentTableModel()
    proxy = DocumentFilter()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, FATAL)
    QAbstractItemModelTester(proxy, FATAL)
    model.set_documents(fake_documents(10_000), {3: ["Prior authorization"]})
    assert model.rowCount() == FETCH_CHUNK  # the rest arrives as the view scrolls
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * FETCH_CHUNK
    proxy.set_filters("letter", "attention")
    assert model.rowCount() == 10_000  # filtering looks at every document
    assert 0 < proxy.rowCount() < 10_000
    assert all("⚠" in proxy.index(r, 4).data() for r in range(proxy.rowCount()))
    assert model.index(3, 5).data() == "Prior authorization"
    proxy.set_filters(None, None)
    assert proxy.rowCount() == 10_000
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # sorted by the model itself, quickly
    assert proxy.index(0, 0).data() == "letter 09999.pdf"
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "letter 00000.pdf"


def test_log_model_passes_model_tester(db: Database, case: CaseInfo) -> None:
    model = LogTableModel()
    QAbstractItemModelTester(model, FATAL)
    entries = log.log_entries(db, case.id)
    model.set_entries(entries, log.missing_list(db, case.id, TODAY))
    assert model.rowCount() == 4
    assert model.index(3, 1).data() == "Prior authorization"
    assert model.index(3, 0).data() in ("⚠ Urgent", "… Waiting")
    model.set_entries([])
    assert model.rowCount() == 0


# --- the window ---------------------------------------------------------------------------
def test_window_shows_missing_documents_and_flags(window: MainWindow) -> None:
    assert len(window.missing.rows) == 4
    assert window.missing.title.text() == "Still missing"
    assert window.documents_filter.rowCount() == 3
    damaged = doc_row(window, "damaged.pdf")
    assert window.documents_filter.index(damaged, 4).data().startswith("⚠")
    tooltip = window.documents_filter.index(damaged, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "damaged" in tooltip
    # No document chosen yet: the Kind box names no kind (not the first of its list).
    assert window.preview.current is None
    assert window.preview.kind_box.currentText() == ""
    assert not window.preview.thumbs.isVisible()  # no empty column of page pictures either


def test_double_click_opens_in_system_viewer(
    qtbot: QtBot, window: MainWindow, opened: list[QUrl], messages: list[str]
) -> None:
    row = doc_row(window, "referral.pdf")
    index = window.documents_filter.index(row, 0)
    rect = window.documents_view.visualRect(index)
    qtbot.mouseClick(window.documents_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(
        window.documents_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert [u.toLocalFile() for u in opened] == [str(Path(window.case.folder) / "referral.pdf")]
    assert messages == []


def test_without_a_viewer_or_file_manager_the_window_says_what_to_do_instead(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    # A minimal computer with no PDF viewer and no file manager: the desktop says no.
    monkeypatch.setattr(file_actions, "open_url", lambda url: False)
    doc = next(d for d in window.snapshot.documents if d.path == "referral.pdf")  # type: ignore[union-attr]
    window.commands.open_document(doc)
    assert "could open this file" in messages[0]
    assert "shown here on the right" in messages[0]
    window.commands.show_in_folder(doc)
    assert messages[1].endswith(str(Path(window.case.folder) / "referral.pdf"))
    # Only a PDF's view zooms; a damaged file is not shown at all.
    window.commands.open_document(replace(doc, path="note.eml"))
    assert "shown here" in messages[2] and "Zoom" not in messages[2]
    window.commands.open_document(replace(doc, status="unreadable"))
    assert messages[3] == "No program on this computer could open this file."


def test_missing_file_gives_a_message_instead(
    window: MainWindow, opened: list[QUrl], messages: list[str]
) -> None:
    doc = next(d for d in window.snapshot.documents if d.path == "referral.pdf")  # type: ignore[union-attr]
    gone = DocumentInfo(**{**{f: getattr(doc, f) for f in doc.__slots__}, "status": "missing"})  # type: ignore[attr-defined]
    window.commands.open_document(gone)
    assert opened == []
    assert "no longer in the case folder" in messages[0]


def test_filters_and_search_with_highlighting(qtbot: QtBot, window: MainWindow) -> None:
    window.state_filter.setCurrentIndex(window.state_filter.findData("attention"))
    assert window.documents_filter.rowCount() == 1
    window.state_filter.setCurrentIndex(0)
    qtbot.keyClicks(window.search_field, "ceftriax")
    qtbot.waitUntil(lambda: window.search.hits is not None, timeout=5000)
    assert window.documents_filter.rowCount() == 1
    assert window.documents_filter.index(0, 0).data() == "referral.pdf"
    label = window.search_results.itemWidget(window.search_results.item(0))
    assert "<b style='background-color:#ffe066; color:#000'>ceftriaxone</b>" in label.text()
    window.search_field.clear()
    qtbot.waitUntil(lambda: window.search.hits is None, timeout=5000)
    assert window.documents_filter.rowCount() == 3


def test_mark_sent_from_the_missing_panel(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    first = window.missing.rows[0]
    entry_id = first.row.log_id
    button = next(
        b for b in first.findChildren(type(window.sent_button)) if b.text() == "Mark sent"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.get_entry(db, entry_id).status == "submitted", timeout=5000)
    qtbot.waitUntil(
        lambda: all(
            r.row.log_id != entry_id or r.row.reason != "no_document" for r in window.missing.rows
        ),
        timeout=5000,
    )


def test_delete_entry_and_undo(
    qtbot: QtBot, window: MainWindow, db: Database, case: CaseInfo
) -> None:
    window.tabs.setCurrentIndex(1)
    window.log_view.selectRow(0)
    qtbot.mouseClick(window.delete_entry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.undo_button.isVisible, timeout=5000)
    assert len(log.log_entries(db, case.id)) == 3
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(log.log_entries(db, case.id)) == 4, timeout=5000)
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 4, timeout=5000)


def test_refused_drop_explains_itself(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    photo = tmp_path / "IMG_0001.AVIF"
    photo.write_bytes(b"\x00\x00\x00\x1cftypavif" + b"\x00" * 100)
    drop(window, [photo])
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "save it as JPEG or PDF first" in messages[0]
    assert not (Path(window.case.folder) / "Imported").exists()


def test_drop_on_window_copies_and_indexes(
    qtbot: QtBot, watched_window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    outside = tmp_path / "Downloads"
    outside.mkdir()
    letter = factories.write_text_pdf(outside / "approval letter.pdf", ["Approved"])
    before = letter.read_bytes()
    drop(watched_window, [letter])
    qtbot.waitUntil(
        lambda: any(
            d.path.endswith("approval letter.pdf") and d.status == "indexed"
            for d in (watched_window.snapshot.documents if watched_window.snapshot else [])
        ),
        timeout=20000,
    )
    copied = next(Path(watched_window.case.folder).glob("Imported/*/approval letter.pdf"))
    assert copied.read_bytes() == before
    assert letter.read_bytes() == before  # the original is left where it was
    assert messages == []


def test_drop_on_log_entry_links_the_document(
    qtbot: QtBot, watched_window: MainWindow, tmp_path: Path, db: Database, case: CaseInfo
) -> None:
    window = watched_window
    window.tabs.setCurrentIndex(1)
    card = factories.write_text_pdf(tmp_path / "card.pdf", ["Member ID card front and back"])
    row = next(
        r
        for r in range(window.log_model.rowCount())
        if window.log_model.entry(r).item == "insurance_card"
    )
    entry_id = window.log_model.entry(row).id
    point = window.log_view.visualRect(window.log_model.index(row, 1)).center()
    drop(window.log_view, [card], point)
    # The drop links it as confirmed (automation may have suggested it a moment before).
    qtbot.waitUntil(
        lambda: any(link.confirmed for link in log.get_entry(db, entry_id).links), timeout=20000
    )
    (link,) = log.get_entry(db, entry_id).links
    assert link.path.endswith("card.pdf") and link.confirmed and link.role == "submission"


def test_missing_panel_updates_when_files_change_in_the_folder(
    qtbot: QtBot, watched_window: MainWindow, db: Database, case: CaseInfo, tmp_path: Path
) -> None:
    window = watched_window
    referral = next(d for d in documents.list_documents(db, case.id) if d.path == "referral.pdf")
    prescription = next(e for e in log.log_entries(db, case.id) if e.item == "prescription")
    links.link_document(db, prescription.id, referral.id, "submission", confirmed=True)
    log.set_status(db, prescription.id, "submitted", today=TODAY)
    window.controller.refresh()
    qtbot.waitUntil(
        lambda: all(r.row.log_id != prescription.id for r in window.missing.rows), timeout=10000
    )
    (Path(case.folder) / "referral.pdf").rename(tmp_path / "referral.pdf")
    qtbot.waitUntil(
        lambda: any(r.row.reason == "file_missing" for r in window.missing.rows), timeout=20000
    )
    (tmp_path / "referral.pdf").rename(Path(case.folder) / "referral.pdf")
    qtbot.waitUntil(
        lambda: not any(r.row.reason == "file_missing" for r in window.missing.rows),
        timeout=20000,
    )


def test_every_control_has_an_accessible_name_and_actions_have_shortcuts(
    window: MainWindow,
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit

    unnamed = [
        w.objectName() or type(w).__name__
        for w in window.findChildren(QWidget)
        if isinstance(w, QComboBox | QLineEdit | QAbstractItemView)
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and not isinstance(w.parent(), QComboBox)
        and not isinstance(w, QHeaderView)
    ]
    assert unnamed == []
    for action in (
        window.add_documents_action,
        window.print_action,
        window.find_action,
        window.quit_action,
        window.add_entry_action,
    ):
        assert not action.shortcut().isEmpty(), action.text()
    assert window.print_action.shortcut().toString() == "Ctrl+P"


def test_layout_is_remembered(
    qtbot: QtBot, db: Database, case: CaseInfo, runner: TaskRunner
) -> None:
    first = make_window(qtbot, db, case, runner, watch=False)
    first.documents_view.horizontalHeader().resizeSection(0, 333)
    first.close()
    second = make_window(qtbot, db, case, runner, watch=False)
    assert second.documents_view.horizontalHeader().sectionSize(0) == 333
    second.close()


def unused(_: Any) -> None:
    """Keeps linters quiet about helpers used only in some parametrisations."""


REQUEST_LETTER = (
    "Bluestem Health Plan\nNovember 14, 2026\nMember ID: BHP447201983\n"
    "We need more information to review your request for home infusion therapy.\n"
    "Please send the following:\n1. Recent clinical notes\n2. Lab results\n"
    "Please send by November 24, 2026.\n"
)


def test_the_preview_says_not_sure_and_shows_the_candidates(
    qtbot: QtBot, db: Database, case: CaseInfo, case_folder: Path, runner: TaskRunner
) -> None:
    doubtful = REQUEST_LETTER.replace(
        "Member ID: BHP447201983\n",
        "Member ID: BHP447201983\nCase number: BHP-PA-2611-0457\nCase number: BHP-PA-2611-0999\n",
    )
    factories.write_text_pdf(case_folder / "request.pdf", [doubtful])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    window = make_window(qtbot, db, case, runner, watch=False)
    try:
        window.select_document(next(d.id for d in window.snapshot.documents))  # type: ignore[union-attr]
        field = window.preview.fields["reference"]
        qtbot.waitUntil(lambda: "not sure, please check" in field.text(), timeout=5000)
        assert "BHP-PA-2611-0457 or BHP-PA-2611-0999" in field.text()
        assert "Not sure of the reference number" in window.preview.reasons.text()
    finally:
        window.controller.stop()


@pytest.fixture
def review_window(
    qtbot: QtBot, db: Database, case: CaseInfo, case_folder: Path, runner: TaskRunner
) -> Iterator[MainWindow]:
    factories.write_text_pdf(case_folder / "request.pdf", [REQUEST_LETTER])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    made = make_window(qtbot, db, case, runner, watch=False)
    yield made
    made.controller.stop()


def test_suggestions_are_reviewed_accepted_and_undone(
    qtbot: QtBot, review_window: MainWindow, db: Database, case: CaseInfo
) -> None:
    from organizer.services import proposals

    window = review_window
    assert len(window.review.rows) == len(proposals.open_proposals(db, case.id)) >= 2
    assert "To &review (" in window.tabs.tabText(window.review_tab)
    assert any(r.row.proposed for r in window.missing.rows)  # counted before review
    window.tabs.setCurrentIndex(window.review_tab)
    first = window.review.rows[0]
    accepted_id = first.proposal.link_id
    qtbot.mouseClick(first.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: accepted_id not in [r.proposal.link_id for r in window.review.rows],
        timeout=5000,
    )
    remaining = len(window.review.rows)
    qtbot.mouseClick(window.review.accept_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.review.rows, timeout=5000)
    assert window.review.undo_button.isVisible()
    qtbot.mouseClick(window.review.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.review.rows) == remaining, timeout=5000)


def test_dismissing_in_the_preview_and_correcting_the_kind(
    qtbot: QtBot, review_window: MainWindow, db: Database, case: CaseInfo
) -> None:
    window = review_window
    window.select_document(next(d.id for d in window.snapshot.documents))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bool(window.preview.review.rows), timeout=5000)
    before = len(window.preview.review.rows)
    qtbot.mouseClick(window.preview.review.rows[0].dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.preview.review.rows) == before - 1, timeout=5000)
    box = window.preview.kind_box
    box.setCurrentIndex(box.findData("clinical"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(
        lambda: documents.list_documents(db, case.id)[0].kind_source == "user", timeout=5000
    )
    assert documents.list_documents(db, case.id)[0].kind == "clinical"


def test_each_missing_row_says_once_whether_a_copy_is_in_the_folder(qtbot: QtBot) -> None:
    rows = missing_rows(
        [
            entry(1, links=(link(5),)),  # in the folder, not marked as sent
            entry(2, "clinical_notes", what="Clinical notes", status="submitted", submitted_on=DAY),
            entry(3, item="diagnosis", what="Diagnosis"),  # nothing yet
        ],
        DAY,
    )
    assert {row.reason for row in rows} == {"not_submitted", "no_copy", "no_document"}
    for row in rows:
        widget = MissingRowWidget(row)
        qtbot.addWidget(widget)
        texts = [label.text().lower() for label in widget.findChildren(QLabel)]
        assert sum("copy" in text for text in texts) == 1, texts


def test_the_empty_documents_table_says_how_documents_get_there(
    qtbot: QtBot, db: Database, case: CaseInfo, runner: TaskRunner
) -> None:
    window = make_window(qtbot, db, case, runner, watch=False)
    table = window.documents_view
    assert table.empty_text().startswith("No documents yet.")
    assert "Add documents" in table.accessibleDescription()  # read out, not only painted
    window.grab()  # paints the hint without a warning
    window.controller.stop()


def test_documents_hidden_by_the_filters_are_said_to_be_hidden(window: MainWindow) -> None:
    table = window.documents_view
    assert table.empty_text() == "" and table.accessibleDescription() == ""
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("insurance"))
    assert window.documents_filter.rowCount() == 0
    assert table.empty_text() == "No document matches the search or the filters above."
    window.kind_filter.setCurrentIndex(0)
    assert table.empty_text() == ""


def test_the_missing_summary_names_no_zero_count(qtbot: QtBot) -> None:
    panel = MissingPanel()
    qtbot.addWidget(panel)
    waiting = missing_rows(
        [entry(1, links=(link(5),)), entry(2, "diagnosis", what="Diagnosis")], DAY
    )
    overdue = missing_rows([entry(3, due=DAY - timedelta(days=2))], DAY)
    assert [r.urgent for r in waiting + overdue] == [False, False, True]
    for rows, said in (
        ([], "Nothing is missing right now."),
        (waiting, "Nothing urgent. 2 waiting."),
        (overdue, "1 urgent. Most urgent first."),
        (overdue + waiting, "1 urgent, 2 waiting. Most urgent first."),
    ):
        panel.set_rows(rows)
        assert panel.summary.text() == said


def test_at_the_first_window_size_name_kind_and_date_show_beside_the_preview(
    window: MainWindow,
) -> None:
    # The window opens at 1280 × 820: the date of each letter is not hidden past the edge.
    assert window.width() == 1280
    header = window.documents_view.horizontalHeader()
    date_column = 2
    right_edge = header.sectionViewportPosition(date_column) + header.sectionSize(date_column)
    assert right_edge <= window.documents_view.viewport().width()
    assert window.preview.width() >= 340
    metrics = window.documents_view.fontMetrics()
    # Every month's date, as drawn: the widest by its letters, not by how many there are.
    widest_date = max(metrics.horizontalAdvance(show_date(date(2026, m, 28))) for m in range(1, 13))
    assert header.sectionSize(date_column) >= widest_date + 20


def test_the_reading_progress_has_room_for_its_words(window: MainWindow) -> None:
    # "Reading scans 13/15" was drawn cut ("13/1") when the bar was only as wide as the text.
    window.status_line.show_progress(13, 15, "ocr")
    bar = window.progress
    assert bar.isVisible()
    assert bar.text() == "Reading scans 13/15"
    assert bar.minimumWidth() >= bar.fontMetrics().horizontalAdvance(bar.text()) + 40
    window.status_line.show_progress(15, 15, "ocr")
    assert not bar.isVisible()
