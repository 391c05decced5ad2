"""The ``export``, ``import`` and ``missing`` subcommands: output, files and exit codes."""

from __future__ import annotations

import json
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.profile import CaseProfile, Contact
from organizer.services import cases, log
from organizer.storage.database import open_database

pytestmark = pytest.mark.both_engines  # the command line: SQLite and PostgreSQL

AS_OF = date(2026, 11, 21)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def url(path: Path | str) -> str:
    """A file's address; an address (of this test's database, on its engine) as it is."""
    return path if isinstance(path, str) else f"sqlite:///{path}"


@pytest.fixture
def db_file(database_url: URL, db_address: str, case_folder: Path) -> str:
    """A database holding one case with an overdue, a denied and a waiting entry."""
    db = open_database(database_url)
    try:
        profile = CaseProfile(patient="Rosalind", provider_office=Contact(name="Riverbend"))
        case = cases.create_case(db, case_folder, profile)
        prescription, card, benefits, pa = log.log_entries(db, case.id)
        log.edit_entry(db, prescription.id, due=AS_OF - timedelta(days=3))
        log.set_status(db, card.id, "not_needed", today=AS_OF)
        log.set_status(db, benefits.id, "approved", today=AS_OF)
        log.set_status(db, pa.id, "denied", on=AS_OF - timedelta(days=2), today=AS_OF)
        log.create_entry(
            db,
            case.id,
            "lab_results",
            what="IgG trough\nlevel",
            requested_on=AS_OF - timedelta(days=12),
            today=AS_OF,
        )
    finally:
        db.dispose()
    return db_address


def test_missing_prints_one_row_a_line_most_urgent_first(
    db_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["missing", "--db", url(db_file), "--as-of", "2026-11-21"], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "URGENT   Prescription or therapy order | who: Riverbend | 3 days overdue"
        " | no copy in folder",
        "URGENT   Prior authorization was denied | who: Riverbend | "
        "check the letter for the appeal deadline | no copy in folder",
        "waiting  IgG trough level | who: Riverbend | asked 12 days ago | no copy in folder",
    ]


def test_missing_json_matches_the_export(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["missing", "--json", "--db", url(db_file)], capsys)
    assert code == 0
    rows = json.loads(out)
    assert [r["reason"] for r in rows] == ["overdue", "denied", "no_document"]
    target = tmp_path / "out" / "case.json"
    target.parent.mkdir()
    assert run(["export", "--db", url(db_file), "--out", str(target)], capsys)[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["missing"] == rows


def test_missing_with_nothing_missing_says_so(
    tmp_path: Path, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "quiet.sqlite3"
    db = open_database(URL.create("sqlite", database=str(path)))
    case = cases.create_case(db, case_folder)
    for entry in log.log_entries(db, case.id):
        log.set_status(db, entry.id, "not_needed")
    db.dispose()
    assert run(["missing", "--db", url(path)], capsys)[:2] == (0, "Nothing is missing.\n")


def test_missing_bad_date_and_no_case_exit_2(
    tmp_path: Path, db_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["missing", "--db", url(db_file), "--as-of", "21/11/2026"])
    assert exited.value.code == 2
    assert '"21/11/2026" is not a date (YYYY-MM-DD)' in capsys.readouterr().err
    code, out, err = run(["missing", "--db", url(tmp_path / "empty.sqlite3")], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("organizer: There are no cases yet")
    assert len(err.strip().splitlines()) == 1


def test_export_writes_a_private_file_atomically(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    target = out_dir / "case.json"
    target.write_text("old contents", encoding="utf-8")
    target.chmod(0o644)
    code, out, err = run(["--db", url(db_file), "export", "--out", str(target)], capsys)
    assert (code, err) == (0, "")
    assert str(target) in out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["case"]["patient"]) == (
        "organizer-export",
        2,
        "Rosalind",
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in out_dir.iterdir()) == ["case.json"]  # no temp file left


def test_export_refuses_the_case_folder_and_a_missing_folder(
    db_file: str, case_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(case_folder.rglob("*"))
    inside = case_folder / "case.json"
    code, out, err = run(["export", "--db", url(db_file), "--out", str(inside)], capsys)
    assert (code, out) == (2, "")
    assert "outside the case folder" in err and len(err.strip().splitlines()) == 1
    assert sorted(case_folder.rglob("*")) == before
    nowhere = tmp_path / "no such folder" / "case.json"
    code, _, err = run(["export", "--db", url(db_file), "--out", str(nowhere)], capsys)
    assert code == 2 and "does not exist" in err


def test_export_import_export_through_the_command_line(
    db_file: str, case_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    restored_db = tmp_path / "restored.sqlite3"
    assert run(["export", "--db", url(db_file), "--out", str(first)], capsys)[0] == 0
    code, out, err = run(
        ["import", str(first), "--case", str(case_folder), "--db", url(restored_db)], capsys
    )
    assert (code, err) == (0, "")
    assert "5 log entries" in out
    assert run(["export", "--db", url(restored_db), "--out", str(second)], capsys)[0] == 0
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    del one["exported_at"], two["exported_at"]
    assert one == two
    code, out, _ = run(["cases", "--json", "--db", url(restored_db)], capsys)
    assert [c["patient"] for c in json.loads(out)] == ["Rosalind"]


def test_import_of_a_tampered_file_exits_2_with_one_line_and_changes_nothing(
    db_file: str, case_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "case.json"
    assert run(["export", "--db", url(db_file), "--out", str(exported)], capsys)[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["log"][0]["due"] = "next Tuesday"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "target.sqlite3"
    assert run(["cases", "--db", url(target)], capsys)[0] == 0
    before = target.read_bytes()
    code, out, err = run(
        ["import", str(tampered), "--case", str(case_folder), "--db", url(target)], capsys
    )
    assert (code, out) == (2, "")
    assert err == (
        'organizer: Can\'t import tampered.json: log[0].due "next Tuesday" is not a date '
        "(YYYY-MM-DD). Nothing was changed.\n"
    )
    assert target.read_bytes() == before
    code, _, err = run(["import", str(tmp_path / "nope.json"), "--case", str(case_folder)], capsys)
    assert code == 2 and "Can't read" in err


def test_import_needs_the_case_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", str(tmp_path / "x.json")])
    assert exited.value.code == 2
    assert "--case" in capsys.readouterr().err


def test_log_command_still_lists_the_log(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["log", "--db", url(db_file)], capsys)
    assert code == 0
    listed = [line[:18].strip().split(maxsplit=1) for line in out.splitlines() if line[:3] == "   "]
    assert listed == [  # in the words the window and the sheet use
        ["1", "not sent yet"],
        ["2", "not needed"],
        ["3", "approved"],
        ["4", "denied"],
        ["5", "not sent yet"],
    ]
