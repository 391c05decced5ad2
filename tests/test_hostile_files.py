"""Hostile targets, inputs and databases: devices, pipes, damaged pages, escape sequences.

Each ends in one plain line and exit 2 (or escaped output), never a traceback, a hang or
a changed device node.
"""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.profile import CaseProfile
from organizer.services import call_notes, cases, export, log
from organizer.storage.copies import copy_database
from organizer.storage.database import Database, open_database
from tests import factories
from tests.hostile import run_organizer

ESCAPE = "\x1b]0;owned\x07"


def db_url(path: Path) -> str:
    return f"sqlite:///{path}"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def indexed(tmp_path: Path, case_folder: Path) -> str:
    """A database with one indexed case; returns its URL."""
    factories.write_text_pdf(case_folder / "referral.pdf", ["Referral for IVIG"])
    url = db_url(tmp_path / "db" / "organizer.sqlite3")
    (tmp_path / "db").mkdir()
    assert main(["index", str(case_folder), "--no-ocr", "--db", url]) == 0
    return url


# --- 6: device nodes and pipes as output targets -----------------------------------------


def special_targets(tmp_path: Path) -> list[Path]:
    """Pipes and device nodes made here: never the system's own (the bug replaced them)."""
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    targets = [fifo]
    if os.geteuid() == 0:  # device nodes can only be made by root
        node = tmp_path / "full"
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # like /dev/full
        targets.append(node)
    link = tmp_path / "link-to-special.json"
    link.symlink_to(targets[-1])
    targets.append(link)
    return targets


@pytest.mark.parametrize("command", ["export", "backup", "sheet"])
def test_device_nodes_and_pipes_are_refused_as_targets(
    command: str, indexed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in special_targets(tmp_path):
        before = target.stat()
        code, _, err = run([command, "--db", indexed, "--out", str(target)], capsys)
        assert code == 2, (target, err)
        assert "not an ordinary file" in err and "Traceback" not in err
        after = target.stat()
        assert (after.st_mode, after.st_ino, after.st_rdev) == (
            before.st_mode,
            before.st_ino,
            before.st_rdev,
        )
    # The control: an ordinary file is written.
    code, _, err = run([command, "--db", indexed, "--out", str(tmp_path / "ok.out")], capsys)
    assert code == 0, err


# --- 7: a database with damaged pages ----------------------------------------------------


def damage_documents_table(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'documents'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_a_damaged_database_says_where_the_copies_are(
    indexed: str, tmp_path: Path, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "db" / "organizer.sqlite3"
    copy = copy_database(path, "startup")
    damage_documents_table(path)
    for args in (
        ["missing"],
        ["export", "--out", str(tmp_path / "x.json")],
        ["index", str(case_folder)],
    ):
        code, _, err = run([*args, "--db", indexed], capsys)
        assert code == 2, err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "is damaged" in err and copy.name in err and "copies --restore" in err
    # The advice works: the copy goes back, and the case is usable again.
    code, _, err = run(["copies", "--db", indexed, "--restore", str(copy)], capsys)
    assert code == 0, err
    code, _, err = run(["missing", "--db", indexed], capsys)
    assert code == 0, err


# --- 12: a call before the first UTC moment ---------------------------------------------


def test_a_called_at_outside_the_calendar_is_refused_at_validation(
    db: Database, case_folder: Path, tmp_path: Path
) -> None:
    source_folder = tmp_path / "source"
    source_folder.mkdir()
    source = cases.create_case(db, source_folder)
    call_notes.add_call(db, source.id, datetime(2026, 11, 2, 9, 30, tzinfo=UTC), summary="Plan")
    data = export.export_case(db, source.id, today=datetime.now().date(), now=datetime.now(UTC))
    data["calls"][0]["called_at"] = "0001-01-01T00:00:00+14:00"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(export.ExportFileError, match="outside the calendar"):
        export.validate(export.read_export_file(bad))
    with pytest.raises(export.ExportFileError, match="Nothing was changed"):
        export.import_case(db, bad, case_folder)
    assert [c.folder for c in cases.list_cases(db)] == [str(source_folder.resolve())]


# --- 13: escape sequences in names and text ---------------------------------------------


def test_escape_sequences_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / f"case{ESCAPE}"
    folder.mkdir()
    factories.write_text_pdf(folder / f"letter{ESCAPE}.pdf", ["Prior authorization approved"])
    url = db_url(tmp_path / "e.sqlite3")
    db = open_database(URL.create("sqlite", database=str(tmp_path / "e.sqlite3")))
    try:
        case = cases.create_case(db, folder, CaseProfile(patient=f"Ann{ESCAPE}\x9b2J"))
        log.create_entry(db, case.id, "prescription", what=f"Order{ESCAPE}")
    finally:
        db.dispose()
    outputs = []
    for args in (["log"], ["cases"], ["missing"], ["proposals"], ["index", str(folder)]):
        code, out, err = run([*args, "--db", url], capsys)
        assert code == 0, err
        outputs.append(out + err)
        assert "\x1b" not in out + err and "\x07" not in out + err and "\x9b" not in out + err
    assert "Order\\u001b]0;owned\\u0007" in outputs[0]
    assert "Ann\\u001b]0;owned\\u0007\\u009b2J" in outputs[1]
    code, out, _ = run(["cases", "--json", "--db", url], capsys)
    assert json.loads(out)[0]["patient"] == f"Ann{ESCAPE}\x9b2J"  # still valid JSON
    from organizer.cli.terminal import shown

    assert shown("a\tb\nc\rd") == "a\tb\nc\\u000dd"


# --- 14: the database path is a folder or a pipe ----------------------------------------


def test_a_database_path_that_is_a_folder_or_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "db-folder"
    folder.mkdir()
    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo, 0o644)
    code, _, err = run(["cases", "--db", db_url(folder)], capsys)
    assert code == 2
    assert f"{folder} is a folder, not a database file" in err and "Traceback" not in err
    result = run_organizer(["cases", "--db", db_url(fifo)], tmp_path / "data", timeout=60)
    assert result.returncode == 2
    assert f"{fifo} is a pipe, not a database file" in result.stderr
    assert stat.S_IMODE(fifo.stat().st_mode) == 0o644  # never chmod what isn't ours


# --- 15: import from a pipe ---------------------------------------------------------------


@pytest.mark.parametrize("command", ["import", "restore"])
def test_import_and_restore_from_a_pipe_are_refused(
    command: str, tmp_path: Path, case_folder: Path
) -> None:
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    result = run_organizer(
        [command, str(fifo), "--case", str(case_folder), "--db", db_url(tmp_path / "i.sqlite3")],
        tmp_path / "data",
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "it is a pipe, not an ordinary file" in result.stderr
    assert "Traceback" not in result.stderr
