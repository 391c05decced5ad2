"""Issue 20 in the window: "Make a packet…", "Prepare a call…", and the call written down.

Real window, real database, real PDFs made here; the dialogs are ours, driven by their
widgets (their ``exec`` is replaced by a function that fills and accepts them, as a
modal dialog would wait for a person).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.records import CaseInfo
from organizer.gui import send_commands
from organizer.gui.dialogs.call import CallDialog
from organizer.gui.dialogs.call_prep import PrepareCallDialog
from organizer.gui.dialogs.packet_dialog import PacketDialog
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.services import call_notes, cases, links, log
from organizer.storage.database import Database
from organizer.storage.models import Document
from tests.factories import write_text_pdf
from tests.test_packet import PROFILE
from tests.test_window import TODAY, make_window, messages  # noqa: F401


def add_document(
    db: Database, case_id: int, path: str, status_override: str = "indexed", **fields: Any
) -> int:
    with db.session() as session:
        doc = Document(case_id=case_id, path=path, status=status_override,
                       first_seen_at=datetime.now(UTC), **fields)  # fmt: skip
        session.add(doc)
        session.flush()
        return doc.id


@pytest.fixture
def send_case(db: Database, case_folder: Path) -> tuple[CaseInfo, int]:
    """A prior authorization the plan asked notes for: two answering PDFs and one other."""
    write_text_pdf(case_folder / "Letters" / "Request for records.pdf", ["Reference PA-77120"])
    notes = write_text_pdf(
        case_folder / "Clinic" / "Clinical notes.pdf", ["Notes page one", "Notes page two"]
    )
    lmn = write_text_pdf(case_folder / "Clinic" / "Letter of medical necessity.pdf", ["LMN"])
    write_text_pdf(case_folder / "Insurance card.pdf", ["MEMBER HZN-448812"])
    case = cases.create_case(db, case_folder, PROFILE)
    pa = next(e for e in log.log_entries(db, case.id) if e.item == "prior_authorization")
    log.edit_entry(db, pa.id, what="Clinical notes for IVIG prior authorization",
                   requested_by="Horizon Health Plan", today=TODAY)  # fmt: skip
    request = add_document(db, case.id, "Letters/Request for records.pdf",
                           reference_number="PA-77120")  # fmt: skip
    links.link_document(db, pa.id, request, "request")
    for file in (notes, lmn):
        doc = add_document(db, case.id, file.relative_to(case_folder).as_posix(), pages=1)
        links.link_document(db, pa.id, doc, "submission")
    add_document(db, case.id, "Insurance card.pdf", pages=1)
    return case, pa.id


@pytest.fixture
def send_window(
    qtbot: QtBot,
    db: Database,
    send_case: tuple[CaseInfo, int],
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, send_case[0], runner, watch=False)
    yield made
    made.controller.stop()


def test_make_a_packet_chooses_orders_saves_under_sent_and_marks_sent(
    qtbot: QtBot,
    send_window: MainWindow,
    send_case: tuple[CaseInfo, int],
    db: Database,
    case_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _case, entry_id = send_case
    seen: list[PacketDialog] = []
    asked: list[str] = []

    def choose(dialog: PacketDialog) -> int:
        seen.append(dialog)
        # The answering documents are ticked already, in path order; the card is not.
        assert dialog.chosen_files() == [
            "Clinic/Clinical notes.pdf",
            "Clinic/Letter of medical necessity.pdf",
        ]
        assert dialog.to_box.currentData() == "plan"
        assert PROFILE.payer_fax in dialog.to_box.currentText()
        # The person adds the card and puts the letter first.
        dialog.set_ticked("Insurance card.pdf", True)
        dialog.files.setCurrentRow(1)
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.phone, "(555) 301-4400")
        return 1

    def answer(_parent: object, _title: str, text: str, *_buttons: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(PacketDialog, "exec", choose)
    monkeypatch.setattr(send_commands, "ask", answer)
    # The missing panel offers it on the entry's row.
    button = next(
        w.buttons["Make a packet…"]
        for w in send_window.missing.rows
        if w.row.log_id == entry_id and "Make a packet…" in w.buttons
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert seen and seen[0].entry_box.currentData() == entry_id

    sent = case_folder / "Sent" / TODAY.isoformat()
    made = list(sent.glob("*.pdf"))
    assert len(made) == 1
    reader = PdfReader(made[0])
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    # Cover, then the letter, the notes (2 pages) and the card, as ordered.
    assert len(texts) == 1 + 1 + 2 + 1
    assert "5 pages including this cover" in texts[0]
    cover = texts[0]
    assert "1. Letter of medical necessity (1 page)" in cover
    assert "2. Clinical notes (2 pages)" in cover and "3. Insurance card (1 page)" in cover
    assert "(555) 301-4400" in cover and "PA-77120" in cover
    assert texts[1].strip() == "LMN" and "Notes page one" in texts[2]
    assert "MEMBER HZN-448812" in texts[4]
    assert "mark “Clinical notes for IVIG prior authorization” as sent today" in asked[0]

    def marked() -> bool:
        entry = next(e for e in log.log_entries(db, _case.id) if e.id == entry_id)
        return entry.status == "submitted" and entry.submitted_how == "fax"

    qtbot.waitUntil(marked, timeout=20000)
    entry = next(e for e in log.log_entries(db, _case.id) if e.id == entry_id)
    assert entry.submitted_on == TODAY and entry.submitted_to == PROFILE.payer
    packet_link = [link for link in entry.links if link.path.startswith("Sent/")]
    assert len(packet_link) == 1


def test_a_packet_is_never_written_over_and_not_yet_leaves_the_entry(
    qtbot: QtBot,
    send_window: MainWindow,
    send_case: tuple[CaseInfo, int],
    db: Database,
    case_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _case, entry_id = send_case
    asked: list[str] = []
    monkeypatch.setattr(PacketDialog, "exec", lambda _dialog: 1)
    monkeypatch.setattr(send_commands, "ask", lambda _p, _t, text, *_b: asked.append(text) or False)
    send_window.log_view.setCurrentIndex(send_window.log_model.index(
        next(r for r in range(send_window.log_model.rowCount())
             if send_window.log_model.entry(r).id == entry_id), 0))  # fmt: skip
    for count in (1, 2):
        send_window.send.packet_action.trigger()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda c=count: len(asked) == c, timeout=20000)
    assert len(list((case_folder / "Sent" / TODAY.isoformat()).glob("*.pdf"))) == 2
    entry = next(e for e in log.log_entries(db, _case.id) if e.id == entry_id)
    assert entry.status != "submitted"


def test_prepare_a_call_then_record_it_prefilled(
    qtbot: QtBot,
    send_window: MainWindow,
    send_case: tuple[CaseInfo, int],
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    case, _entry_id = send_case
    calls: list[CallDialog] = []
    out = tmp_path / "calls.pdf"

    chosen: list[Any] = []

    def prepare(dialog: PrepareCallDialog) -> int:
        assert dialog.pages and dialog.role() == dialog.pages[0].role
        # The page that carries the prior authorization's reference.
        row = next(r for r, p in enumerate(dialog.pages) if "PA-77120" in p.references)
        chosen.append(dialog.pages[row])
        dialog.who.setCurrentRow(row)
        assert "HZN-448812" in dialog.details.text() and "PA-77120" in dialog.details.text()
        assert "What exactly is missing?" in dialog.details.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return 1

    def record(dialog: CallDialog) -> int:
        calls.append(dialog)
        dialog.person.setText("Dana")
        return 1

    monkeypatch.setattr(PrepareCallDialog, "exec", prepare)
    monkeypatch.setattr(CallDialog, "exec", record)
    monkeypatch.setattr(send_commands, "pick_pdf", lambda *_: out)
    send_window.send.prepare_call_action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(calls), timeout=20000)
    dialog = calls[0]
    page = chosen[0]
    assert dialog.organisation.currentText() == page.organisation
    assert dialog.phone.text() == page.phone and page.phone
    assert "PA-77120" in dialog.reference.text()
    assert "Clinical notes for IVIG" in dialog.summary.toPlainText()
    qtbot.waitUntil(
        lambda: out.exists() and bool(call_notes.list_calls(db, case.id)), timeout=20000
    )
    assert out.stat().st_mode & 0o777 == 0o600
    pages = PdfReader(out).pages
    assert any("Call: " + page.organisation in " ".join(p.extract_text().split()) for p in pages)
    saved = call_notes.list_calls(db, case.id)[0]
    assert saved.person == "Dana" and saved.organisation == page.organisation
    # Once written down, the next call starts empty.
    assert send_window.commands.prepared is None


def test_new_actions_are_in_the_menus_with_shortcuts(send_window: MainWindow) -> None:
    for name in ("packet_action", "prepare_call_action", "letter_action"):
        action = getattr(send_window.send, name)
        assert not action.shortcut().isEmpty()
        assert action.text().replace("&", "").endswith("…")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_write_a_letter_saves_it_outside_the_case_filled_in(
    qtbot: QtBot,
    send_window: MainWindow,
    send_case: tuple[CaseInfo, int],
    tmp_path: Path,
    case_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    from docx import Document as WordDocument

    from organizer.gui.dialogs.letter_dialog import LetterDialog
    from tests.helpers import tree_fingerprint

    _case, entry_id = send_case
    before = tree_fingerprint(case_folder)
    out = tmp_path / f"letter{suffix}"

    def choose(dialog: LetterDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("provider-request"))
        dialog.entry.setCurrentIndex(dialog.entry.findData(entry_id))
        dialog.form.setCurrentIndex(dialog.form.findData(suffix))
        return 1

    monkeypatch.setattr(LetterDialog, "exec", choose)
    monkeypatch.setattr(send_commands, "pick_file", lambda *_: out)
    send_window.send.letter_action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(out.exists, timeout=20000)
    if suffix == ".docx":
        text = "\n".join(p.text for p in WordDocument(str(out)).paragraphs)
    else:
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    text = " ".join(text.split())
    assert "TEMPLATE" in text and "not legal or coverage advice" in text
    assert "Clinical notes for IVIG prior authorization" in text
    assert PROFILE.patient in text
    assert out.stat().st_mode & 0o777 == 0o600
    assert tree_fingerprint(case_folder) == before  # nothing written in the case folder


def test_a_locked_enclosure_asks_its_password_or_the_packet_is_not_made(
    qtbot: QtBot,
    send_window: MainWindow,
    send_case: tuple[CaseInfo, int],
    db: Database,
    case_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],  # noqa: F811 - the fixture of test_window
) -> None:
    from organizer.gui.dialogs.password import PasswordDialog

    case, entry_id = send_case
    write_text_pdf(case_folder / "Locked lab results.pdf", ["Lab page"], user_password="s3")
    add_document(db, case.id, "Locked lab results.pdf", status_override="password_protected")
    with qtbot.waitSignal(send_window.controller.snapshot_ready, timeout=10000):
        send_window.controller.refresh()
    answers = [0, 1]  # first the person cancels, then gives the password

    def tick(dialog: PacketDialog) -> int:
        dialog.set_ticked("Locked lab results.pdf", True)
        assert dialog.locked_files() == ["Locked lab results.pdf"]
        return 1

    def password(dialog: PasswordDialog) -> int:
        dialog.field.setText("s3")
        return answers.pop(0)

    asked: list[str] = []
    monkeypatch.setattr(PacketDialog, "exec", tick)
    monkeypatch.setattr(PasswordDialog, "exec", password)
    monkeypatch.setattr(send_commands, "ask", lambda _p, _t, text, *_b: asked.append(text) or False)
    send_window.send.make_packet(entry_id)
    assert any("is locked with a password" in m for m in messages)
    assert not (case_folder / "Sent").exists()

    send_window.send.make_packet(entry_id)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    (made,) = (case_folder / "Sent").rglob("*.pdf")
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(made).pages]
    assert "Locked lab results (1 page)" in texts[0]
    assert "Lab page" in texts[-1]
