"""The window with the keyboard only: every main action reached and done without the mouse.

Keys go to whatever has the focus (``QApplication.focusWidget()``), as a person's keyboard
would; dialogs are answered with keys too. Runs offscreen, and on a real X server with
``QT_QPA_PLATFORM=xcb`` under Xvfb (see docs/accessibility.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from organizer.core.records import CaseInfo
from organizer.gui.dialogs.call import CallDialog
from organizer.gui.dialogs.link_document import LinkDocumentDialog
from organizer.gui.dialogs.log_entry import LogEntryDialog
from organizer.gui.dialogs.pick_entry import PickEntryDialog
from organizer.gui.dialogs.question import QuestionDialog
from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.services import call_notes, documents, links, log
from organizer.storage.database import Database
from tests.test_window import (  # noqa: F401 - fixtures shared with the window tests
    TODAY,
    indexed_case,
    make_window,
    messages,
    opened,
)

Key = Qt.Key


@pytest.fixture
def busy_case(db: Database, indexed_case: CaseInfo) -> CaseInfo:  # noqa: F811
    """A case with something in every part: missing items, suggestions, calls, questions."""
    case = indexed_case
    docs = {d.path: d for d in documents.list_documents(db, case.id)}
    prescription = log.create_entry(db, case.id, "prescription", today=TODAY)
    notes = log.create_entry(db, case.id, "clinical_notes", today=TODAY)
    for doc, entry in ((docs["referral.pdf"], prescription), (docs["Letters/denial.pdf"], notes)):
        links.link_document(db, entry.id, doc.id, "related", confirmed=False, confidence=0.8)
    called = datetime(2026, 11, 19, 15, 0, tzinfo=UTC)
    call_notes.add_call(db, case.id, called, organisation="Plan", reference_number="REF-1")
    call_notes.add_question(db, case.id, "Is the pump covered?", asked_to="the plan")
    return case


@pytest.fixture
def window(
    qtbot: QtBot,
    db: Database,
    busy_case: CaseInfo,
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, busy_case, runner, watch=False)
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10000)
    yield made
    made.controller.stop()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key press, to what has the focus: never to a widget picked by the test."""
    qtbot.keyClick(focused(), key, modifier)


def name_of(widget: QWidget | None) -> str:
    """What a screen reader says for it (its accessible name, else its words)."""
    face = QAccessible.queryAccessibleInterface(widget) if widget is not None else None
    return face.text(QAccessible.Text.Name) if face is not None else ""


def tab_chain(qtbot: QtBot, limit: int = 150) -> list[QWidget]:
    """Every focus stop that Tab reaches from here, once round the window."""
    start = focused()
    stops = [start]
    for _ in range(limit):
        press(qtbot, Key.Key_Tab)
        if focused() is start:
            return stops
        stops.append(focused())
    raise AssertionError(f"Tab never came back: {[name_of(w) for w in stops[-10:]]}")


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], limit: int = 150) -> QWidget:
    for _ in range(limit):
        if wanted(focused()):
            return focused()
        press(qtbot, Key.Key_Tab)
    raise AssertionError("Tab never reached it")


def with_dialog(
    qtbot: QtBot, kind: type[QDialog], answer: Callable[[QDialog], None], act: Callable[[], None]
) -> None:
    """Do ``act``, which opens a modal dialog of ``kind``; ``answer`` it with keys."""
    seen: list[QDialog] = []
    left: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        inside = QApplication.focusWidget()
        if not (
            isinstance(dialog, kind)
            and dialog.isVisible()
            and inside is not None
            and dialog.isAncestorOf(inside)
        ):
            QTimer.singleShot(30, look)
            return
        seen.append(dialog)
        answer(dialog)
        QTimer.singleShot(10000, lambda: give_up(dialog))

    def give_up(dialog: QDialog) -> None:
        """A dialog the keys did not close fails the test instead of hanging it."""
        if isValid(dialog) and dialog.isVisible():
            left.append(f"{dialog.windowTitle()} (focus: {name_of(QApplication.focusWidget())})")
            dialog.reject()

    QTimer.singleShot(0, look)
    act()
    assert not left, f"the keys did not close: {left}"
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    qtbot.waitUntil(lambda: not seen[0].isVisible(), timeout=15000)
    # A window manager gives the window back its activation when a dialog closes; the
    # offscreen platform does not, so the test does (the window kept its focus widget).
    parent = seen[0].parentWidget()
    if parent is not None and not parent.window().isActiveWindow():
        parent.window().activateWindow()
        qtbot.waitUntil(parent.window().isActiveWindow, timeout=5000)


def cancel(qtbot: QtBot) -> Callable[[QDialog], None]:
    return lambda _dialog: press(qtbot, Key.Key_Escape)


def choose_first(qtbot: QtBot) -> Callable[[QDialog], None]:
    def answer(_dialog: QDialog) -> None:
        press(qtbot, Key.Key_Down)  # the list has the focus; nothing was chosen before
        press(qtbot, Key.Key_Return)

    return answer


def test_first_focus_is_the_most_urgent_item(window: MainWindow) -> None:
    first = window.missing.rows[0]
    assert focused() in first.buttons.values()
    assert name_of(focused()).endswith(first.row.what)


def test_tab_leaves_the_tables_and_reaches_every_part(qtbot: QtBot, window: MainWindow) -> None:
    stops = tab_chain(qtbot)
    names = [name_of(w) for w in stops]
    assert all(names), f"unnamed stops: {[type(w).__name__ for w in stops if not name_of(w)]}"
    # The most urgent item comes first, then the rest of "Still missing" in order.
    missing = [b for row in window.missing.rows for b in row.buttons.values()]
    assert stops[: len(missing)] == missing
    # Each table is one stop: Tab leaves it (the arrows move inside).
    assert stops.count(window.documents_view) == 1
    for wanted in (
        window.tabs.tabBar(),
        window.search_field,
        window.kind_filter,
        window.state_filter,
        window.preview.open_button,
        window.preview.link_button,
        window.preview.kind_box,
    ):
        assert wanted in stops, name_of(wanted)
    window.tabs.setCurrentIndex(1)
    press(qtbot, Key.Key_Tab)
    log_stops = tab_chain(qtbot)
    assert log_stops.count(window.log_view) == 1
    assert window.add_entry_button in log_stops


def test_still_missing_buttons_by_keyboard(
    qtbot: QtBot,
    db: Database,
    window: MainWindow,
    messages: list[str],  # noqa: F811
) -> None:
    row = window.missing.rows[0]
    what, entry_id = row.row.what, row.row.log_id
    link = tab_to(qtbot, lambda w: name_of(w) == f"Link a document… — {what}")
    with_dialog(qtbot, LinkDocumentDialog, choose_first(qtbot), lambda: press(qtbot, Key.Key_Space))
    qtbot.waitUntil(
        lambda: any(lk.confirmed for lk in log.get_entry(db, entry_id).links), timeout=10000
    )
    assert isinstance(link, QPushButton)
    # "Log a call…" opens the call dialog; Escape leaves it.
    call = f"Log a call… — {what}"
    tab_to(qtbot, lambda w: name_of(w) == call)
    with_dialog(qtbot, CallDialog, cancel(qtbot), lambda: press(qtbot, Key.Key_Space))
    assert name_of(focused()) == call  # the focus comes back to where it was
    # "Mark sent" marks it sent.
    sent = tab_to(qtbot, lambda w: name_of(w).startswith("Mark sent — "))
    sent_id = next(r.row.log_id for r in window.missing.rows if sent in r.buttons.values())
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: log.get_entry(db, sent_id).submitted_on is not None, timeout=10000)


def test_review_accept_moves_on_to_the_next_suggestion(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    press(qtbot, Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "To &review"
    assert window.tabs.currentWidget() is window.review
    first, second = window.review.rows[0].proposal, window.review.rows[1].proposal
    tab_to(qtbot, lambda w: w is window.review.rows[0].accept_button)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: [r.proposal for r in window.review.rows] == [second], timeout=10000)
    assert focused() is window.review.rows[0].accept_button  # the next one, not the left panel
    qtbot.waitUntil(window.review.rows[0].dismiss_button.isVisible)  # shown at the next turn
    assert name_of(focused()).startswith("Accept: ")
    assert first.link_id != second.link_id
    press(qtbot, Key.Key_Tab)
    assert focused() is window.review.rows[0].dismiss_button, name_of(focused())
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: not window.review.rows, timeout=10000)
    assert window.isAncestorOf(focused())


def test_documents_open_with_enter_and_link_to_a_log_entry(
    qtbot: QtBot,
    db: Database,
    window: MainWindow,
    opened: list[QUrl],  # noqa: F811
) -> None:
    press(qtbot, Key.Key_D, Qt.KeyboardModifier.AltModifier)
    tab_to(qtbot, lambda w: w is window.documents_view)
    press(qtbot, Key.Key_Down)
    doc = window.preview.current
    assert doc is not None
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert opened[0].toLocalFile().endswith(doc.path.rsplit("/", 1)[-1])
    # The preview's buttons are reachable; "Open" there opens the same document.
    tab_to(qtbot, lambda w: w is window.preview.open_button)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    # "Link to…" (Ctrl+L): the keyboard's way to drop a letter on a log entry.
    with_dialog(
        qtbot,
        PickEntryDialog,
        choose_first(qtbot),
        lambda: press(qtbot, Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    )
    qtbot.waitUntil(
        lambda: any(
            lk.document_id == doc.id and lk.confirmed
            for e in log.log_entries(db, window.case.id)
            for lk in e.links
        ),
        timeout=10000,
    )


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen
def test_the_kind_box_changes_only_when_confirmed(qtbot: QtBot, window: MainWindow) -> None:
    chosen: list[tuple[int, str]] = []
    window.preview.kind_corrected.connect(lambda doc_id, kind: chosen.append((doc_id, kind)))
    window.tabs.setCurrentIndex(0)
    window.documents_view.setFocus()
    press(qtbot, Key.Key_Down)
    box = window.preview.kind_box
    before = box.currentText()
    tab_to(qtbot, lambda w: w is box)
    press(qtbot, Key.Key_Down)  # opens the list; nothing is chosen yet
    qtbot.waitUntil(box.view().isVisible, timeout=5000)
    assert chosen == [] and box.currentText() == before
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.view().isVisible(), timeout=5000)
    assert chosen == [] and box.currentText() == before
    # "Not sorted yet" can't be chosen: it is what a document is before anyone says.
    unsorted = box.findData("unclassified")
    assert not box.model().flags(box.model().index(unsorted, 0)) & Qt.ItemFlag.ItemIsEnabled


def test_log_tab_calls_and_questions_by_keyboard(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    press(qtbot, Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 1
    for button in (window.edit_entry_button, window.sent_button, window.delete_entry_button):
        assert not button.isEnabled()  # nothing chosen: nothing to act on
    tab_to(qtbot, lambda w: w is window.log_view)
    press(qtbot, Key.Key_Down)
    assert window.edit_entry_button.isEnabled() and window.sent_button.isEnabled()
    with_dialog(qtbot, LogEntryDialog, cancel(qtbot), lambda: press(qtbot, Key.Key_Return))
    with_dialog(qtbot, LogEntryDialog, cancel(qtbot), lambda: press(qtbot, Key.Key_F2))
    entry = window._current_entry()
    assert entry is not None
    tab_to(qtbot, lambda w: w is window.sent_button)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: log.get_entry(db, entry.id).submitted_on is not None, timeout=10000)

    press(qtbot, Key.Key_C, Qt.KeyboardModifier.AltModifier)
    tab_to(qtbot, lambda w: w is window.calls_list)
    press(qtbot, Key.Key_Down)
    with_dialog(qtbot, CallDialog, cancel(qtbot), lambda: press(qtbot, Key.Key_Return))
    with_dialog(qtbot, CallDialog, cancel(qtbot), lambda: press(qtbot, Key.Key_F2))

    press(qtbot, Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    tab_to(qtbot, lambda w: w is window.questions_list)
    press(qtbot, Key.Key_Down)

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QuestionDialog)
        tab_to(qtbot, lambda w: name_of(w) == "Answer")
        qtbot.keyClicks(focused(), "Yes, fully")
        press(qtbot, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    with_dialog(qtbot, QuestionDialog, answer, lambda: press(qtbot, Key.Key_Return))
    qtbot.waitUntil(
        lambda: [q.answer for q in call_notes.list_questions(db, window.case.id)] == ["Yes, fully"],
        timeout=10000,
    )


def test_print_from_the_preview_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    printed: list[bool] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, SheetPreviewDialog)
        assert focused() is dialog.print_button
        dialog.print_button.clicked.connect(lambda: printed.append(True))
        # The system's print dialog opens from Enter; Escape leaves it, then the preview.
        QTimer.singleShot(0, lambda: close_print_dialog(dialog))
        press(qtbot, Key.Key_Return)

    def close_print_dialog(preview: QDialog) -> None:
        modal = QApplication.activeModalWidget()
        if modal is preview or modal is None:
            QTimer.singleShot(30, lambda: close_print_dialog(preview))
            return
        press(qtbot, Key.Key_Escape)
        QTimer.singleShot(30, lambda: press(qtbot, Key.Key_Escape))

    with_dialog(
        qtbot,
        SheetPreviewDialog,
        answer,
        lambda: press(qtbot, Key.Key_P, Qt.KeyboardModifier.ControlModifier),
    )
    assert printed == [True]


def test_search_results_are_reached_with_down(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    press(qtbot, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search_field
    qtbot.keyClicks(focused(), "denied")
    qtbot.waitUntil(lambda: window.search_results.count() > 0, timeout=10000)
    press(qtbot, Key.Key_Down)
    assert focused() is window.search_results
    item = window.search_results.currentItem()
    assert item is not None
    name = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert name.startswith("denial.pdf: ") and "\x02" not in name and "\x03" not in name
    qtbot.waitUntil(
        lambda: (
            window.preview.current is not None
            and window.preview.current.path.endswith("denial.pdf")
        ),
        timeout=10000,
    )


@pytest.fixture
def idle_window(
    qtbot: QtBot,
    db: Database,
    busy_case: CaseInfo,
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    """The window as a person leaves it: watching its folder, holding the case's lease."""
    made = make_window(qtbot, db, busy_case, runner, watch=True)
    made.activateWindow()
    qtbot.waitUntil(lambda: made.state_label.text() == "Up to date", timeout=20000)
    yield made
    made.controller.stop()


def test_focus_stays_put_on_an_idle_window(qtbot: QtBot, idle_window: MainWindow) -> None:
    window, controller = idle_window, idle_window.controller
    press(qtbot, Key.Key_D, Qt.KeyboardModifier.AltModifier)
    tab_to(qtbot, lambda w: w is window.documents_view)
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)
    row = window.documents_view.currentIndex().row()
    assert row >= 1
    reloads = controller.reloads
    # Five seconds of nothing, as a person reading the screen would leave it: the focus
    # never moves and no snapshot reaches the window.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with (
        qtbot.assertNotEmitted(app.focusChanged, wait=5000),
        qtbot.assertNotEmitted(controller.snapshot_ready),
    ):
        pass
    assert focused() is window.documents_view
    assert window.documents_view.currentIndex().row() == row
    assert controller.reloads == reloads, "the idle window reloaded by itself"
    # A change from elsewhere reloads the window; the place is kept all the same.
    with qtbot.waitSignal(controller.snapshot_ready, timeout=10000):
        controller.refresh()
    assert focused() is window.documents_view
    assert window.documents_view.currentIndex().row() == row


def test_a_more_urgent_item_arriving_takes_the_untouched_first_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.missing
    shown = [widget.row for widget in panel.rows]
    assert len(shown) >= 2
    assert focused() is next(iter(panel.rows[0].buttons.values()))
    # The reading of the folder finds something more urgent: it comes first, and while the
    # person has not moved yet, the first focus goes to it.
    arrived = replace(shown[-1], log_id=10_000, what="Clinical notes", severity="urgent")
    panel.set_rows([arrived, *shown])
    assert focused() is next(iter(panel.rows[0].buttons.values()))
    assert panel.rows[0].row.log_id == 10_000
    # Once the person has moved, a refill keeps their place instead.
    known = {row.log_id for row in shown}
    place = tab_to(
        qtbot,
        lambda w: any(w in r.buttons.values() for r in panel.rows if r.row.log_id in known),
    )
    entry = next(w.row.log_id for w in panel.rows if place in w.buttons.values())
    panel.set_rows([replace(arrived, log_id=10_001), *shown])
    assert focused() in next(w for w in panel.rows if w.row.log_id == entry).buttons.values()
