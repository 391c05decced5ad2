"""What a new user meets first (issue 14): --demo with a subcommand, a second launch
reaching the demo window, crashed demos cleaned up, paper size, the one package list."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer.cli.main import main
from organizer.gui.single_instance import InstanceServer, demo_server_name
from organizer.services.demo import OWNER_FILE, make_demo_copy, remove_abandoned_copies
from organizer.sheet import render as status_sheet
from tests import factories

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def restore_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


def test_a_locale_that_names_no_country_prints_on_letter(restore_locale: None) -> None:
    QLocale.setDefault(QLocale.c())  # what C.UTF-8 and POSIX give
    assert status_sheet.default_paper() == "letter"


def test_demo_with_a_subcommand_works_on_a_fresh_read_copy(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["--demo", "sheet", "--out", str(out), "--paper", "letter"]) == 0
    said = capsys.readouterr()
    assert "Wrote the status sheet for" in said.out
    assert "Okafor" in said.out
    assert "fresh copy of the demo case" in said.err
    assert len(PdfReader(out).pages) == 1
    # Also after the subcommand, and for a command that lists what is missing.
    assert main(["missing", "--demo"]) == 0
    assert "no cases yet" not in capsys.readouterr().out.lower()


def test_demo_and_db_together_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["--demo", "missing", "--db", url]) == 2
    assert "--demo uses a database of its own" in capsys.readouterr().err


def test_copies_left_by_a_crash_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    crashed = make_demo_copy(tmp_path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    (crashed.root / OWNER_FILE).write_text(dead.stdout.strip(), encoding="ascii")
    alive = make_demo_copy(tmp_path)  # ours, and we are running
    stranger = tmp_path / "organizer-demo-not-ours"
    stranger.mkdir()  # no owner file: never touched
    assert remove_abandoned_copies(tmp_path) == [crashed.root]
    assert not crashed.root.exists()
    assert alive.folder.is_dir()
    assert stranger.is_dir()
    alive.remove()


def test_files_from_a_second_launch_reach_the_open_demo_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    received: list[list[Path]] = []
    server = InstanceServer(demo_server_name(), received.append)
    assert server.is_listening()
    letter = factories.write_text_pdf(tmp_path / "a.pdf", ["Prior authorization approved"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen(
        [sys.executable, "-m", "organizer", str(letter)], env=env, stderr=subprocess.PIPE
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    _, said = second.communicate()
    server.close()
    assert second.returncode == 0, said
    assert received == [[letter.resolve()]]


def test_every_package_of_the_one_list_is_named_in_the_readme() -> None:
    listed = [
        line.split()[0]
        for line in (ROOT / "scripts" / "apt-packages.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "libxcb-icccm4" in listed and "libxcb-keysyms1" in listed
    assert "libxcb-shape0" in listed and "libglib2.0-0" in listed
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9][a-z0-9.+-]+)`", readme))
    assert [p for p in listed if p not in named] == []
    for user in ("scripts/_venv.sh", ".ci/run"):
        assert (
            "apt-packages.txt" in (ROOT / user).read_text()
            or "apt_packages" in (ROOT / user).read_text()
        ), user


def test_index_of_a_file_says_it_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = factories.write_text_pdf(tmp_path / "letter.pdf", ["Approved"])
    assert main(["index", str(letter), "--db", f"sqlite:///{tmp_path / 'd.sqlite3'}"]) == 2
    said = capsys.readouterr().err
    assert "is a file, not a folder" in said
    assert "does not exist" not in said


def test_a_mistyped_command_gets_a_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mising"]) == 2
    assert "Did you mean 'missing'?" in capsys.readouterr().err


def test_index_json_lists_every_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    factories.write_text_pdf(folder / "denial.pdf", ["We have denied your request"])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    assert main(["index", str(folder), "--no-ocr", "--json", "--db", url]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["total"] == 2
    by_path = {d["path"]: d for d in payload["documents"]}
    assert set(by_path) == {"denial.pdf", "broken.pdf"}
    assert by_path["denial.pdf"]["state"] == "indexed"
    assert by_path["denial.pdf"]["kind"] == "letter"
    assert by_path["broken.pdf"]["state"] == "unreadable"


def test_files_are_not_silently_dropped_when_the_welcome_is_cancelled(
    qapp: QApplication,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from organizer.gui.dialogs.welcome import WelcomeDialog

    letter = factories.write_text_pdf(tmp_path / "a.pdf", ["Approved"])
    asked: list[bool] = []

    def cancel(_dialog: WelcomeDialog) -> int:
        asked.append(True)
        return 0

    monkeypatch.setattr(WelcomeDialog, "exec", cancel)
    assert main([str(letter)]) == 2
    assert asked == [True]
    said = capsys.readouterr().err
    assert "No case was chosen, so these files were not added" in said
    assert str(letter) in said
