"""The words layer: lupdate sees every marked word in the context it is looked up in, and an
installed translator changes what the window says (the way a Spanish catalogue will)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer import words
from organizer.core.reading import STATUS_WORDS
from organizer.core.records import CaseInfo
from organizer.gui import actions, window_commands
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.gui.translation import install_translators
from organizer.storage.database import Database

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent


def extracted(tmp_path: Path, *sources: Path) -> dict[str, set[str]]:
    """What lupdate finds in ``sources``: source texts by context."""
    ts = tmp_path / "organizer_xx.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *map(str, sources), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message")
        )
    return found


def test_the_document_state_words_are_marked_as_the_reader_states_them() -> None:
    assert set(words.DOCUMENT_STATE_WORDS) == set(STATUS_WORDS.values())


def test_lupdate_sees_the_tables_and_menus_in_their_contexts(tmp_path: Path) -> None:
    package = ROOT / "organizer"
    found = extracted(
        tmp_path,
        package / "words.py",
        package / "gui" / "actions.py",
        package / "gui" / "window_commands.py",
    )
    rows = [row for row in actions.ACTIONS if isinstance(row, actions.ActionRow)]
    assert {row.text for row in rows} <= found["Actions"]
    assert {title for _key, title in actions.MENUS} <= found["Actions"]
    assert {window_commands.GUIDE, window_commands.NOT_ADVICE} <= found["WindowCommands"]
    tables = (words.KIND_WORDS, words.OUTCOME_WORDS, words.SENDER_WORDS, words.LOG_STATUS_WORDS)
    for table in tables:
        assert set(table.values()) <= found["words"]
    assert set(words.DOCUMENT_STATE_WORDS) <= found["words"]


def test_the_spanish_catalogue_changes_the_menus_and_the_tables(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    case: CaseInfo,
    runner: TaskRunner,
) -> None:
    words.set_language("es")
    installed = install_translators(qapp)
    try:
        assert installed
        assert words.kind_word("insurance") == "Seguro"
        window = MainWindow(CaseController(db, case, runner, watch=False))
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == "&Archivo"
    finally:
        words.set_language("en")
        for translator in installed:
            qapp.removeTranslator(translator)
    assert words.kind_word("insurance") == "Insurance"
