"""Español, looked at: in Spanish (some 20% longer than English) every label, button, check
box and tab of the main window and its dialogs has the room for its words.

The same check lists what doesn't fit when ``scripts/screenshots.py --lang es`` draws the
pictures in docs/.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from organizer import language
from organizer.core import clock
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.gui.translation import install_translators
from organizer.services import log
from organizer.storage.database import Database
from tests.fits import clipped, dialogs, shown


@pytest.fixture
def spanish_window(
    qtbot: QtBot, qapp: QApplication, db: Database, case: CaseInfo, runner: TaskRunner
) -> Iterator[MainWindow]:
    prescription, *_rest = log.log_entries(db, case.id)
    today = clock.today()
    log.edit_entry(db, prescription.id, due=today - timedelta(days=2), today=today)  # urgent
    language.set_language("es")
    installed = install_translators(qapp)
    controller = CaseController(db, case, runner, watch=False)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1400, 880)
    window.show()
    controller.refresh()
    qtbot.waitUntil(lambda: window.snapshot is not None and bool(window.missing.rows))
    try:
        yield window
    finally:
        controller.stop()
        language.set_language("en")
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_check_finds_words_that_do_not_fit(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("Devolver la llamada al número de arriba:", box).setFixedWidth(60)
    QPushButton("&Guardar la hoja para llamadas como PDF…", box).setFixedWidth(60)
    QLabel("&Tipo:", box).move(0, 40)  # fits: the shortcut's "&" is not drawn
    box.show()
    found = clipped(box)
    assert len(found) == 2, found
    assert shown("&Guardar && salir") == "Guardar & salir"


def test_the_spanish_window_and_its_dialogs_have_room_for_their_words(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    window = spanish_window
    found = [f"main window: {line}" for line in clipped(window)]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        found += [f"tab {index}: {line}" for line in clipped(window)]
    made = dialogs(window)
    assert len(made) == 9
    for name, make in made.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [f"{name}: {line}" for line in clipped(dialog)]
        dialog.close()
    assert not found, "\n".join(found)
