"""One window per user: hand-over from a second launch, and changes made by the CLI."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.core.records import CaseInfo
from organizer.gui.shell import AppShell
from organizer.gui.single_instance import InstanceServer, server_name
from organizer.services import log
from organizer.storage.database import Database
from tests import factories


@pytest.fixture
def shell(qapp: QApplication, db: Database, case: CaseInfo) -> Iterator[AppShell]:
    made = AppShell(qapp, db, remember=False)
    made.open_case(case)
    yield made
    if made.window is not None:
        made.window.close()
    made.close()


def test_second_launch_hands_its_paths_to_the_first(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    received: list[list[Path]] = []
    name = server_name(db_path)
    server = InstanceServer(name, received.append)
    assert server.is_listening()
    letter = factories.write_text_pdf(tmp_path / "letter.pdf", ["Approved"])
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from organizer.gui.single_instance import hand_over\n"
        f"sys.exit(0 if hand_over({name!r}, [Path({str(letter)!r})]) else 3)\n"
    )
    second = subprocess.Popen([sys.executable, "-c", code])
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    assert second.returncode == 0
    assert received == [[letter.resolve()]]
    server.close()


def test_nobody_listening_means_no_hand_over(qapp: QApplication, tmp_path: Path) -> None:
    from organizer.gui.single_instance import hand_over

    assert hand_over(server_name(tmp_path / "nobody.sqlite3"), []) is False


def test_received_files_are_added_like_a_drop(
    qtbot: QtBot, shell: AppShell, tmp_path: Path, case: CaseInfo
) -> None:
    scan = factories.write_text_pdf(tmp_path / "Downloads" / "eob.pdf", ["Explanation of benefits"])
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(scan)))
    qtbot.waitUntil(lambda: any(Path(case.folder).glob("Imported/*/eob.pdf")), timeout=20000)


def test_received_folder_opens_its_case(
    qtbot: QtBot, shell: AppShell, tmp_path: Path, db: Database
) -> None:
    other = tmp_path / "Dad's infusion"
    other.mkdir()
    shell.receive([other])
    assert shell.window is not None
    assert shell.window.case.folder == str(other.resolve())
    assert QEvent.Type.FileOpen  # the OS route is covered above


def test_changes_from_the_command_line_show_in_the_window(
    qtbot: QtBot, shell: AppShell, db: Database, case: CaseInfo
) -> None:
    window = shell.window
    assert window is not None
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 4, timeout=10000)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "from datetime import date\n"
                "from sqlalchemy.engine import URL\n"
                "from organizer.storage.database import open_database\n"
                "from organizer.services import log\n"
                f"db = open_database(URL.create('sqlite', database={str(db.path)!r}))\n"
                f"log.create_entry(db, {case.id}, 'lab_results', what='CRP and ESR', "
                "today=date(2026, 11, 20))\n"
            ),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 5, timeout=15000)
    assert any(e.what == "CRP and ESR" for e in log.log_entries(db, case.id))
    assert date  # fixed dates only
