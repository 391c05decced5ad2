"""The command line: global options anywhere, clear errors, exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from organizer import __version__
from organizer.cli.main import main
from organizer.cli.options import find_subcommand


def db_url(path: Path) -> str:
    return f"sqlite:///{path}"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"organizer {__version__}"


def test_global_options_before_and_after_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tmp_path / "before.sqlite3"
    after = tmp_path / "after.sqlite3"
    assert run(["--db", db_url(before), "cases", "--json"], capsys)[0] == 0
    assert run(["cases", "--json", "--db", db_url(after)], capsys)[0] == 0
    assert before.exists() and after.exists()


def test_db_option_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ORGANIZER_DB", db_url(tmp_path / "env.sqlite3"))
    assert run(["cases", "--db", db_url(tmp_path / "cli.sqlite3")], capsys)[0] == 0
    assert (tmp_path / "cli.sqlite3").exists()
    assert not (tmp_path / "env.sqlite3").exists()


def test_subcommand_name_wins_and_dot_slash_reaches_a_folder() -> None:
    names = ["index", "cases"]
    assert find_subcommand(["index", "F"], names) == 0
    assert find_subcommand(["--db", "index", "cases"], names) == 2
    assert find_subcommand(["./index"], names) is None
    assert find_subcommand(["--", "index"], names) is None


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://localhost/organizer", "SQLite file or on a PostgreSQL server"),
        ("postgresql+psycopg2://localhost/organizer", "psycopg 3"),
        ("nonsense", "not a database address"),
        ("sqlite:////no/such/folder/x.sqlite3", "does not exist"),
    ],
)
def test_bad_db_exits_2_with_one_line(
    url: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["cases", "--db", url], capsys)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_too_new_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    code, _, err = run(["cases", "--db", db_url(path)], capsys)
    assert code == 2
    assert "newer version" in err


def test_case_choice_with_several_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.engine import URL

    from organizer.services import cases
    from organizer.storage.database import open_database

    path = tmp_path / "two.sqlite3"
    db = open_database(URL.create("sqlite", database=str(path)))
    first, second = tmp_path / "Mum", tmp_path / "Dad"
    first.mkdir()
    second.mkdir()
    cases.create_case(db, first)
    cases.create_case(db, second)
    db.dispose()

    code, out, err = run(["log", "--db", db_url(path)], capsys)
    assert code == 2
    assert "--case" in err and str(first) in err and str(second) in err

    code, out, err = run(["log", "--db", db_url(path), "--case", str(second)], capsys)
    assert code == 0, err
    assert "Prior authorization" in out
    assert "not sent yet" in out and "requested " not in out  # the words people read

    code, out, err = run(["log", "--db", db_url(path), "--case", str(tmp_path)], capsys)
    assert code == 2
    assert "no case for the folder" in err


def test_cases_json_lists_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["cases", "--json", "--db", db_url(tmp_path / "x.sqlite3")], capsys)
    assert code == 0
    assert json.loads(out) == []


def test_entry_point_runs_as_a_program(tmp_path: Path) -> None:
    """The installed command, run for real: an environment error is one line, exit 2."""
    result = subprocess.run(
        [sys.executable, "-m", "organizer", "cases", "--db", "mysql://x/y"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("organizer: The organizer keeps its cases in an SQLite")
    assert "Traceback" not in result.stderr


def test_a_reader_that_goes_away_is_no_bug(tmp_path: Path) -> None:
    """``organizer missing | head -1``: the pipe closes before the list is written."""
    folder = tmp_path / "case"
    folder.mkdir()
    url = db_url(tmp_path / "x.sqlite3")
    assert main(["index", str(folder), "--no-ocr", "--db", url]) == 0  # four starter items
    child = subprocess.Popen(
        [sys.executable, "-m", "organizer", "missing", "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # before the program has started: its first write finds no reader
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=60) == 141
    assert err == ""
