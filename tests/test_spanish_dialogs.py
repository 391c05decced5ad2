"""Español in every dialog: with Spanish chosen, each dialog the window opens shows no word
of the English-only interface (the words of the case's own data excepted).

Every text a person reads is gathered: the title, labels, buttons, check boxes, radio
buttons, group box titles, combo box items, placeholders, table headers, tooltips and menu
actions.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from organizer import language
from organizer.core.records import CaseInfo
from organizer.gui.main_window import MainWindow
from organizer.gui.reminders import ReminderSettings
from organizer.gui.tasks import TaskRunner
from organizer.gui.translation import install_translators
from organizer.storage.database import Database
from tests.fits import clipped
from tests.test_keyboard import busy_case  # noqa: F401 - a case with every part filled
from tests.test_spanish import leaks, tokens
from tests.test_window import (  # noqa: F401 - fixtures shared with the window tests
    TODAY,
    indexed_case,
    make_window,
)

NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
PICTURES = os.environ.get("ORGANIZER_DIALOG_PICTURES", "")  # a folder to draw them into


def texts_of(root: QWidget) -> list[str]:
    """Every text a person reads in ``root`` and its visible children."""
    found = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        found.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QLineEdit):
            found.append(widget.text())  # what the dialog fills in for the person too
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += model_headers(widget)
        found += [a.text() for a in widget.actions()]
        found += [a.toolTip() for a in widget.actions() if a.toolTip() != a.text()]
    return [re.sub(r"<[^>]+>", " ", text) for text in found if text]  # markup is not read


def model_headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    heads = []
    for column in range(1 if isinstance(model, QAbstractListModel) else model.columnCount()):
        value = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(value, str):
            heads.append(value)
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            cell = model.index(row, column).data()
            if isinstance(cell, str):
                heads.append(cell)
    return heads


def menu_texts(menu: QMenu) -> list[str]:
    found = [menu.title()]
    for action in menu.actions():
        found += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_texts(sub)
    return [text for text in found if text]


def data_words(window: MainWindow) -> set[str]:
    """Words the case's own data holds: file names, what was typed in the log and calls."""
    snapshot = window.snapshot
    assert snapshot is not None
    case = window.controller.case
    said = [case.folder, case.title]
    said += [d.path for d in snapshot.documents]
    said += [f"{e.notes} {e.requested_by}" for e in snapshot.log]
    said += [f"{c.organisation} {c.person} {c.reference_number}" for c in snapshot.calls]
    said += [f"{q.question} {q.asked_to} {q.answer}" for q in snapshot.questions]
    return tokens(" ".join(said))


@pytest.fixture
def spanish_window(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    busy_case: CaseInfo,  # noqa: F811
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    language.set_language("es")
    installed = install_translators(qapp)
    try:
        window = make_window(qtbot, db, busy_case, runner, watch=False)
        try:
            yield window
        finally:
            window.controller.stop()
    finally:
        language.set_language("en")
        for translator in installed:
            qapp.removeTranslator(translator)


def every_dialog(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    from organizer.gui.dialogs.call import CallDialog
    from organizer.gui.dialogs.call_prep import PrepareCallDialog
    from organizer.gui.dialogs.cases import CasesDialog
    from organizer.gui.dialogs.language import LanguageDialog
    from organizer.gui.dialogs.letter_dialog import LetterDialog
    from organizer.gui.dialogs.link_document import LinkDocumentDialog
    from organizer.gui.dialogs.log_entry import LogEntryDialog
    from organizer.gui.dialogs.packet_dialog import PacketDialog
    from organizer.gui.dialogs.password import PasswordDialog
    from organizer.gui.dialogs.pick_entry import PickEntryDialog
    from organizer.gui.dialogs.profile import ProfileDialog
    from organizer.gui.dialogs.question import QuestionDialog
    from organizer.gui.dialogs.quiet_hours import QuietHoursDialog
    from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
    from organizer.gui.dialogs.welcome import WelcomeDialog
    from organizer.gui.ops import case_ops, packet_ops, sheet_ops

    snapshot = window.snapshot
    assert snapshot is not None
    controller = window.controller
    case, entries = controller.case, list(snapshot.log)
    entry, doc = entries[0], snapshot.documents[0]
    db = controller.db
    return {
        "call": lambda: CallDialog(snapshot.calls[0], window, now=NOW),
        "call_new": lambda: CallDialog(parent=window, now=NOW),
        "call_prep": lambda: PrepareCallDialog(
            packet_ops.call_sheet_pages(db, case, TODAY), window
        ),
        "cases": lambda: CasesDialog(
            lambda: case_ops.case_rows(db),
            controller.runner,
            current_id=case.id,
            parent=window,
            pick_folder=lambda *_: None,
        ),
        "language": lambda: LanguageDialog("es", window),
        "letter": lambda: LetterDialog(entries, entry.id, window),
        "link_document": lambda: LinkDocumentDialog(entry, snapshot.documents, window),
        "log_entry": lambda: LogEntryDialog(entry, window, today=TODAY),
        "log_entry_new": lambda: LogEntryDialog(None, window, today=TODAY),
        "packet": lambda: PacketDialog(
            case, entries, list(snapshot.documents), entries[-1].id, window
        ),
        "password": lambda: PasswordDialog("carta.pdf", window),
        "password_again": lambda: PasswordDialog("carta.pdf", window, tried_before=True),
        "call_prep_nobody": lambda: PrepareCallDialog([], window),
        "pick_entry": lambda: PickEntryDialog(doc, snapshot.log, (), window),
        "profile": lambda: ProfileDialog(case.profile, window, today=TODAY),
        "question": lambda: QuestionDialog(snapshot.questions[0], window, today=TODAY),
        "quiet_hours": lambda: QuietHoursDialog(ReminderSettings.load(), window),
        "sheet_preview": lambda: SheetPreviewDialog(
            window,
            sheet_ops.sheet_for(snapshot, NOW, "es"),
            lambda code: sheet_ops.sheet_for(snapshot, NOW, code),
        ),
        "welcome": lambda: WelcomeDialog(window, pick_folder=lambda *_: None, today=TODAY),
    }


DIALOG_NAMES = [
    "call", "call_new", "call_prep", "cases", "language", "letter", "link_document",
    "log_entry", "log_entry_new", "packet", "password", "password_again", "call_prep_nobody",
    "pick_entry", "profile", "question",
    "quiet_hours", "sheet_preview", "welcome",
]  # fmt: skip


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_each_dialog_in_spanish_shows_no_english(
    qtbot: QtBot, spanish_window: MainWindow, name: str
) -> None:
    made = every_dialog(spanish_window)
    assert sorted(made) == sorted(DIALOG_NAMES)
    dialog = made[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if name == "cases":
        qtbot.waitUntil(lambda: model_rows(dialog) > 0, timeout=10_000)
    text = "\n".join(texts_of(dialog))
    cut = clipped(dialog)  # Spanish runs some 20% longer: every word has its room
    if PICTURES:
        dialog.grab().save(str(Path(PICTURES) / f"{name}.png"))
    dialog.close()
    assert len(tokens(text)) >= 3, text
    assert not leaks(text, data_words(spanish_window)), text
    assert not cut, "\n".join(cut)


def model_rows(dialog: QWidget) -> int:
    views = [v for v in dialog.findChildren(QAbstractItemView) if v.model() is not None]
    return sum(v.model().rowCount(QModelIndex()) for v in views)


def test_the_menus_the_guide_and_the_about_box_in_spanish_show_no_english(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    from PySide6.QtGui import QShortcut
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from organizer import APP_NAME
    from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
    from organizer.gui.notify import Notifier
    from organizer.gui.ops import sheet_ops
    from organizer.gui.window_commands import GUIDE, NOT_ADVICE, help_box

    window = spanish_window
    shown: dict[str, list[str]] = {}
    shown["menus"] = [
        t for a in window.menuBar().actions() if a.menu() for t in menu_texts(a.menu())
    ]
    tray = Notifier(parent=window)
    shown["tray"] = menu_texts(tray.tray_menu())
    field = QLineEdit(window)
    field.setText("x")
    shown["a text field's own menu"] = menu_texts(field.createStandardContextMenu())
    for name, text, about in (("guide", GUIDE, False), ("about", NOT_ADVICE, True)):
        box = help_box(window, QApplication.translate("WindowCommands", text), about)
        qtbot.addWidget(box)
        box.show()
        shown[name] = texts_of(box)
        box.close()
    printer = QPrinter()  # kept: the dialog does not own it
    preview = QPrintPreviewDialog(printer, window)  # the timeline's print preview
    qtbot.addWidget(preview)
    preview.show()
    shown["print preview"] = texts_of(preview)
    preview.close()
    sheet = SheetPreviewDialog(window, sheet_ops.sheet_for(window.snapshot, NOW, "es"))
    qtbot.addWidget(sheet)
    # Qt's own Print action is found in Spanish too: Ctrl+P prints through it.
    assert sheet.findChildren(QShortcut)
    allowed = data_words(window) | tokens(APP_NAME)
    for name, texts in shown.items():
        text = "\n".join(texts)
        assert len(tokens(text)) >= 2, (name, text)
        assert not leaks(text, allowed), (name, text)


def test_a_preview_without_a_language_choice_draws_no_loose_box(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
    from organizer.gui.ops import sheet_ops

    assert spanish_window.snapshot is not None
    dialog = SheetPreviewDialog(spanish_window, sheet_ops.sheet_for(spanish_window.snapshot, NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.language_box.isVisible()  # it was drawn over the toolbar's first tools
    assert dialog.print_button.isVisible()


def test_every_tab_of_the_window_in_spanish_shows_no_english(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    """Tooltips, table headers, placeholders and rows too, not only labels and buttons."""
    window = spanish_window
    found: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(window.tabs.currentWidget().isVisible)
        found += texts_of(window)
    text = "\n".join(found)
    assert "Autorización previa" in text
    assert not leaks(text, data_words(window)), text


def test_a_role_chosen_in_spanish_is_kept_as_the_role_and_a_name_as_typed(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    from organizer.gui.dialogs.log_entry import LogEntryDialog

    dialog = LogEntryDialog(None, spanish_window, today=TODAY)
    qtbot.addWidget(dialog)
    offered = [dialog.who_submits.itemText(i) for i in range(dialog.who_submits.count())]
    assert "Consultorio del médico" in offered
    dialog.who_submits.setCurrentText("Consultorio del médico")
    dialog.submitted_to.setCurrentText("Clínica Norte")
    values = dialog.values()
    assert values["who_submits"] == "Provider office"  # the rules know the role again
    assert values["submitted_to"] == "Clínica Norte"
    assert values["what"] == "Prescription or therapy order"  # the item's usual words
