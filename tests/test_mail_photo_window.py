"""Issues 23 and 18 in the window: an e-mail's preview, a photographed page's corrections,
and pictures added through the window kept as corrected, searchable PDFs.

Real messages made with Python's ``email`` package, real photos made from a rendered page,
the real reader (Tesseract for the photos), real widgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs import photo
from organizer.jobs.indexer import IndexSettings
from organizer.services import documents
from organizer.services.photo_choices import photo_choices
from organizer.storage.database import Database
from organizer.storage.models import Activity
from tests import mail_factory
from tests.factories import render_text_image
from tests.helpers import needs_tesseract
from tests.test_window import TODAY, doc_row, drop, messages  # noqa: F401

LINES = ["PRIOR AUTHORIZATION APPROVED", "Member ID BHP447201983", "Home infusion therapy"]


def open_window(
    qtbot: QtBot, db: Database, case: CaseInfo, task_runner: TaskRunner, *, ocr: bool
) -> MainWindow:
    controller = CaseController(
        db,
        case,
        task_runner,
        watch=True,
        today=lambda: TODAY,
        index_settings=IndexSettings(ocr=ocr, settle_seconds=0.3),
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    qtbot.waitUntil(lambda: _all_read(window), timeout=60000)
    return window


def _all_read(window: MainWindow) -> bool:
    snapshot = window.snapshot
    return (
        window.state_label.text() == "Up to date"
        and snapshot is not None
        and all(d.status != "pending" for d in snapshot.documents)
    )


def choose(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.waitUntil(lambda: _has(window, name), timeout=60000)
    window.documents_view.selectRow(doc_row(window, name))


def _has(window: MainWindow, name: str) -> bool:
    model = window.documents_filter
    return any(model.index(r, 0).data() == name for r in range(model.rowCount()))


# --- e-mails ------------------------------------------------------------------------------
@pytest.fixture
def mail_window(
    qtbot: QtBot,
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    letter = mail_factory.pdf_bytes(tmp_path, ["Your request is approved", "Reference PA-77812"])
    mail = mail_factory.message(
        "Dear Peggy,\nPlease see the attached letter.\nKind regards",
        html=(
            "<p>Dear Peggy,</p><p>Please see the attached letter.</p>"
            "<img src='https://tracker.example/pixel.png'><script>alert(1)</script>"
        ),
    )
    mail.add_attachment(letter, maintype="application", subtype="pdf",
                        filename="decision letter.pdf")  # fmt: skip
    mail.add_attachment(b"just words", maintype="text", subtype="plain", filename="note.txt")
    mail_factory.write(case_folder / "Decision.eml", mail)
    (case_folder / "decision letter.pdf").write_bytes(letter)  # as a dropped e-mail leaves it
    made = open_window(qtbot, db, case, runner, ocr=False)
    yield made
    made.controller.stop()


def test_the_preview_shows_an_email_and_opens_its_attachment(
    qtbot: QtBot, mail_window: MainWindow
) -> None:
    choose(qtbot, mail_window, "Decision.eml")
    pane = mail_window.preview.mail
    qtbot.waitUntil(lambda: mail_window.preview.pages.currentWidget() is pane, timeout=20000)
    assert pane.headers["from"].text() == "Blue Hills Plan <pa@bluehills.example>"
    assert "peggy@home.example" in pane.headers["to"].text()
    assert pane.headers["subject"].text() == "Prior authorization 4471"
    assert "2026" in pane.headers["date"].text()
    assert "Please see the attached letter." in pane.body.toPlainText()
    assert "tracker.example" not in pane.body.toPlainText()
    assert "alert" not in pane.body.toPlainText()
    items = [pane.attachments.item(r).text() for r in range(pane.attachments.count())]
    assert len(items) == 2
    assert items[0].startswith("decision letter.pdf") and "opens its document" in items[0]
    assert items[1].startswith("note.txt") and "read with the message" in items[1]

    # Enter (or a double-click) on the letter shows the letter's own document.
    pane.attachments.setFocus()
    pane.attachments.setCurrentRow(0)
    qtbot.keyClick(pane.attachments, Qt.Key.Key_Return)
    preview = mail_window.preview
    qtbot.waitUntil(
        lambda: preview.current is not None and preview.current.path == "decision letter.pdf",
        timeout=10000,
    )
    qtbot.waitUntil(lambda: preview.pages.currentWidget() is preview.view, timeout=10000)


def test_a_broken_email_says_why_in_the_preview(
    qtbot: QtBot,
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    runner: TaskRunner,
) -> None:
    (case_folder / "Broken.eml").write_bytes(b"\x00\x01 not an e-mail at all \xff" * 20)
    window = open_window(qtbot, db, case, runner, ocr=False)
    try:
        choose(qtbot, window, "Broken.eml")
        preview = window.preview

        def said() -> bool:
            shown = preview.pages.currentWidget()
            return (shown is preview.message and "Opening" not in preview.message.text()) or (
                shown is preview.mail and preview.mail.problem.text() != ""
            )

        qtbot.waitUntil(said, timeout=20000)
    finally:
        window.controller.stop()


# --- photos -------------------------------------------------------------------------------
@pytest.fixture
def fresh_readers() -> None:
    """Reader processes that see this test's data folder.

    Readers are forked from one fork server, started by the first test that read a file,
    with that test's environment: its data folder, where the corrected pages would go.
    A person's data folder never changes while the app runs; a test's does, so the server
    is started again (a method the standard library keeps for its own tests).
    """
    import multiprocessing.forkserver

    multiprocessing.forkserver._forkserver._stop()  # type: ignore[attr-defined]


def _size(window: MainWindow) -> tuple[int, int]:
    pixmap = window.preview.picture.pixmap()
    return (pixmap.width(), pixmap.height()) if not pixmap.isNull() else (0, 0)


@needs_tesseract
def test_a_photo_shows_its_corrected_page_and_the_persons_choices_are_kept(
    fresh_readers: None,
    qtbot: QtBot,
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    runner: TaskRunner,
) -> None:
    width, height, data = render_text_image(LINES, width_px=1700, height_px=1000)
    page = np.frombuffer(data, dtype=np.uint8).reshape(height, width)
    assert cv2.imwrite(str(case_folder / "IMG_0005.PNG"), photo.turn(page, 90))  # sideways
    before = (case_folder / "IMG_0005.PNG").read_bytes()
    window = open_window(qtbot, db, case, runner, ocr=True)
    try:
        choose(qtbot, window, "IMG_0005.PNG")
        tools = window.preview.photo_tools
        qtbot.waitUntil(
            lambda: tools.isVisible() and "straightened" in tools.what.text(), timeout=30000
        )
        # The corrected page stands upright: wider than tall, as the letter was written.
        qtbot.waitUntil(lambda: _size(window)[0] > _size(window)[1] > 0, timeout=10000)
        (doc,) = documents.list_documents(db, case.id)

        qtbot.mouseClick(tools.turn_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: photo_choices(db, case.id) == {doc.id: (360, False)}, timeout=30000)
        # The reader had turned it upright (270°); a quarter more is the picture as taken,
        # kept so (not turned automatically again): the page shown now stands on its side.
        qtbot.waitUntil(lambda: _size(window)[1] > _size(window)[0] > 0, timeout=60000)
        qtbot.waitUntil(lambda: "straightened" in tools.what.text(), timeout=60000)

        qtbot.mouseClick(tools.original_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: photo_choices(db, case.id) == {doc.id: (360, True)}, timeout=30000)
        qtbot.waitUntil(tools.original_button.isChecked, timeout=30000)

        def read_again() -> bool:
            (now,) = documents.list_documents(db, case.id)
            return now.status == "indexed"

        qtbot.waitUntil(read_again, timeout=60000)
        with db.session() as session:
            summaries = list(session.scalars(select(Activity.summary)))
        assert "Picture as it was taken by you: IMG_0005.PNG" in summaries
        assert "Picture original picture by you: IMG_0005.PNG" in summaries
        assert (case_folder / "IMG_0005.PNG").read_bytes() == before
    finally:
        window.controller.stop()


@needs_tesseract
def test_a_picture_added_through_the_window_is_kept_as_a_corrected_searchable_pdf(
    qtbot: QtBot,
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    width, height, data = render_text_image(LINES, width_px=1700, height_px=1000)
    page = np.frombuffer(data, dtype=np.uint8).reshape(height, width)
    source = tmp_path / "Downloads" / "IMG_0007.jpg"
    source.parent.mkdir()
    assert cv2.imwrite(str(source), photo.turn(page, 270))
    window = open_window(qtbot, db, case, runner, ocr=False)
    try:
        drop(window, [source])
        found: list[Path] = []

        def kept_pdf() -> bool:
            found[:] = list(case_folder.glob("Imported/*/IMG_0007.pdf"))
            return bool(found)

        qtbot.waitUntil(kept_pdf, timeout=120000)
        kept = found[0]
        assert not list(case_folder.glob("Imported/*/*.jpg"))  # the PDF, not the picture
        text = " ".join(PdfReader(kept).pages[0].extract_text().split())
        assert "BHP447201983" in text.replace(" ", "")
        box = PdfReader(kept).pages[0].mediabox
        assert float(box.width) > float(box.height)  # turned upright: the page is landscape
    finally:
        window.controller.stop()
