"""``organizer index``: headless indexing with a summary for people and for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from organizer.cli.main import main
from organizer.core.types import DocumentStatus
from tests import factories

pytestmark = pytest.mark.both_engines  # the command line: SQLite and PostgreSQL


def test_index_json_summary_has_every_state(
    db_address: str, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.write_text_pdf(case_folder / "a.pdf", ["Referral"])
    (case_folder / "b.pdf").write_bytes(b"")
    (case_folder / "c.pdf").write_bytes(b"not a pdf at all")
    code = main(["index", str(case_folder), "--json", "--db", db_address])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out)
    assert set(summary) == {"total", "counts", "seconds", "documents"}
    assert set(summary["counts"]) == {s.value for s in DocumentStatus}
    assert summary["total"] == 3
    assert (summary["counts"]["indexed"], summary["counts"]["empty"]) == (1, 1)
    assert summary["counts"]["not_a_pdf"] == 1
    assert isinstance(summary["seconds"], float)
    assert "[" not in err  # no progress bar when stderr is not a terminal


def test_index_text_summary_and_case_creation(
    db_address: str, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.write_text_pdf(case_folder / "a.pdf", ["Referral"])
    db = db_address
    assert main(["--db", db, "index", str(case_folder), "--no-ocr"]) == 0
    out = capsys.readouterr().out
    assert "1 documents in" in out and "Read (indexed)" in out
    assert main(["cases", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["folder"] == str(case_folder.resolve())


def test_index_missing_folder_exits_2(
    tmp_path: Path, db_address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["index", str(tmp_path / "nope"), "--db", db_address])
    err = capsys.readouterr().err
    assert code == 2
    assert "does not exist" in err and "Traceback" not in err
