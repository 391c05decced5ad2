"""Nothing lost: SIGKILL in the middle of indexing, OCR or saving a log entry.

Each run is a real ``python -m organizer`` process in its own session, so killing its
process group kills the reader workers (and Tesseract) too, as a power cut or a crash
would. Afterwards the database must pass SQLite's integrity check, hold every file once,
and the next run must finish the job without reading again what was already read.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.engine import URL

from organizer.services import call_notes, cases, log
from organizer.storage.database import alembic_config, make_engine, open_database
from tests import factories
from tests.helpers import wait_for

REPO = Path(__file__).resolve().parent.parent
FINAL = {"indexed", "no_text", "password_protected", "unreadable", "not_a_pdf", "empty"}


def organizer_env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORGANIZER_")}
    env.update(
        ORGANIZER_DATA_DIR=str(data),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )
    return env


def start(args: list[str], data: Path, log: Path) -> subprocess.Popen[bytes]:
    """Start a process in a new session: its process group holds everything it starts."""
    with log.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, *args],
            env=organizer_env(data),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )


def group_members(group: int) -> list[tuple[int, str]]:
    """(pid, command line) of the live, non-zombie processes in a process group."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append((int(entry.name), command))
    return found


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the whole process group, as a crash would, and wait until it is gone."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    if Path("/proc").is_dir():
        wait_for(lambda: not group_members(process.pid), 30, "the killed processes to go")


def wait_while_running(
    process: subprocess.Popen[bytes], condition: Callable[[], bool], what: str, log: Path
) -> None:
    """Wait for ``condition``; a process that ended first fails the test with its errors."""

    def met() -> bool:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise AssertionError(f"the process ended ({process.returncode}) before {what}:\n{tail}")
        return condition()

    wait_for(met, 120, what)


def read_rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows from the database, read-only, while another process may be writing to it."""
    if not db_path.exists():
        return []
    try:
        connection = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return []
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.Error:  # not created yet
        return []
    finally:
        connection.close()


def documents(db_path: Path) -> dict[str, tuple[str, int]]:
    rows = read_rows(db_path, "SELECT path, status, attempts FROM documents")
    return {str(path): (str(status), int(str(tries))) for path, status, tries in rows}


def check_database_after_the_kill(db_path: Path, folder: Path) -> dict[str, tuple[str, int]]:
    """Integrity, nothing duplicated, nothing lost; returns the states left by the kill."""
    connection = sqlite3.connect(db_path)  # read-write: recovers the write-ahead log
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        twice = connection.execute(
            "SELECT case_id, path FROM documents GROUP BY case_id, path HAVING count(*) > 1"
        ).fetchall()
        assert twice == []
        searchable = connection.execute(
            "SELECT count(*), count(DISTINCT rowid) FROM document_search"
        ).fetchone()
        assert searchable[0] == searchable[1]
    finally:
        connection.close()
    states = documents(db_path)
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*.pdf")}
    assert set(states) == on_disk
    return states


def index_again(folder: Path, db_path: Path, data: Path) -> dict[str, int]:
    url = f"sqlite:///{db_path}"
    done = subprocess.run(
        [sys.executable, "-m", "organizer", "index", str(folder), "--db", url, "--json"],
        env=organizer_env(data),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    counts: dict[str, int] = json.loads(done.stdout)["counts"]
    return counts


def settled_long_ago(folder: Path) -> None:
    """Date the test's own files an hour back, so no run waits for them to settle."""
    past = time.time() - 3600
    for path in folder.rglob("*.pdf"):
        os.utime(path, (past, past))


@pytest.fixture
def places(tmp_path: Path) -> Iterator[tuple[Path, Path, Path]]:
    folder, data = tmp_path / "Home Infusion", tmp_path / "data"
    folder.mkdir()
    data.mkdir()
    yield folder, data / "organizer.sqlite3", data


# --- killed while reading text ---------------------------------------------------------------


def test_killed_while_reading_text_resumes_where_it_stopped(
    places: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    folder, db_path, data = places
    for number in range(150):
        pages = [
            f"Letter {number} page {page}\n"
            + "\n".join(f"Line {line} of letter {number}" for line in range(40))
            for page in range(3)
        ]
        factories.write_text_pdf(folder / f"batch {number % 5}" / f"letter {number:03d}.pdf", pages)
    settled_long_ago(folder)
    log = tmp_path / "index.log"
    run = start(
        ["-m", "organizer", "index", str(folder), "--db", f"sqlite:///{db_path}", "--no-ocr"],
        data,
        log,
    )
    try:

        def part_indexed() -> bool:
            states = [s for s, _ in documents(db_path).values()]
            return 0 < states.count("indexed") < 150

        wait_while_running(run, part_indexed, "part of the folder to be indexed", log)
    finally:
        kill_group(run)
    assert run.returncode == -signal.SIGKILL

    left = check_database_after_the_kill(db_path, folder)
    read_before = {path for path, (status, _) in left.items() if status == "indexed"}
    assert 0 < len(read_before) < 150
    assert {status for status, _ in left.values()} <= {"indexed", "pending"}

    counts = index_again(folder, db_path, data)

    assert (counts["indexed"], counts["pending"]) == (150, 0)
    after = check_database_after_the_kill(db_path, folder)
    assert {path: after[path] for path in read_before} == dict.fromkeys(
        read_before, ("indexed", 1)
    )  # not read again
    assert all(status in FINAL and tries <= 2 for status, tries in after.values())


# --- killed during OCR -----------------------------------------------------------------------


def ocr_started(group: int) -> bool:
    return any("tesseract" in command for _, command in group_members(group))


@pytest.mark.tesseract
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the OCR start")
def test_killed_during_ocr_resumes_and_reads_the_scans(
    qapp: object, places: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    folder, db_path, data = places
    for number in range(4):
        factories.write_text_pdf(folder / f"letter {number}.pdf", [f"Typed letter {number}"])
    scans = ["scan0001.pdf", "scan0002.pdf"]
    for number, name in enumerate(scans):
        lines = ["PRIOR AUTHORIZATION APPROVED", f"Reference number PA-{number}0417"]
        factories.write_scanned_pdf(folder / name, lines)
    settled_long_ago(folder)
    log = tmp_path / "index.log"
    run = start(
        ["-m", "organizer", "index", str(folder), "--db", f"sqlite:///{db_path}"], data, log
    )
    try:

        def reading_scans() -> bool:
            states = documents(db_path)
            typed = [states.get(f"letter {n}.pdf", ("", 0))[0] for n in range(4)]
            return typed == ["indexed"] * 4 and ocr_started(run.pid)

        wait_while_running(run, reading_scans, "the typed letters and OCR to start", log)
    finally:
        kill_group(run)

    left = check_database_after_the_kill(db_path, folder)
    assert {left[name] for name in scans} == {("pending", 1)}

    counts = index_again(folder, db_path, data)

    assert (counts["indexed"], counts["pending"]) == (6, 0)
    after = check_database_after_the_kill(db_path, folder)
    assert {after[f"letter {n}.pdf"] for n in range(4)} == {("indexed", 1)}
    sources = dict(
        read_rows(db_path, "SELECT path, text_source FROM documents WHERE path LIKE 'scan%'")
    )
    assert sources == dict.fromkeys(scans, "ocr")


# --- killed while saving a log entry ---------------------------------------------------------

EDITOR = """
import sys
from datetime import date
from sqlalchemy.engine import URL
from organizer.services import log
from organizer.storage.database import alembic_config, make_engine, open_database
from tests.test_crash_safety import VERSIONS

db = open_database(URL.create("sqlite", database=sys.argv[1]))
entry, start = int(sys.argv[2]), int(sys.argv[3])
for number in range(start, start + 100_000):
    what, notes, decision = VERSIONS[number % 2]
    log.edit_entry(db, entry, what=what, notes=notes, decision=decision, today=date(2026, 12, 1))
"""
# Long values, of different lengths, so that half of one would show.
VERSIONS = [
    ("Version A of the prior authorization", "A" * 300_000, "approved (A)"),
    ("Version B", "B" * 170_000 + "end of B", "denied (B)"),
]


FIELDS = ("what", "notes", "decision")


def entry_and_history(db_path: Path, entry: int) -> tuple[tuple[object, ...], int, object]:
    """The entry's values, how many history rows it has, and the latest one's changes."""
    row = read_rows(db_path, f"SELECT what, notes, decision FROM log_entries WHERE id = {entry}")
    about = f"FROM activity WHERE entity = 'log_entry' AND entity_id = {entry}"
    history = read_rows(
        db_path,
        f"SELECT count(*), (SELECT changes {about} ORDER BY id DESC LIMIT 1) {about}",
    )
    return row[0], int(str(history[0][0])), history[0][1]


def test_killed_while_saving_a_log_entry_leaves_the_old_or_the_new_never_half(
    places: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    folder, db_path, data = places
    db = open_database(URL.create("sqlite", database=str(db_path)))
    try:
        case = cases.create_case(db, folder)
        entry = log.log_entries(db, case.id)[3].id
        original = (log.get_entry(db, entry).what, "", "")
    finally:
        db.dispose()
    chooser = random.Random(9)  # "random" kill points, the same ones every run
    kills = 0
    edits_seen = entry_and_history(db_path, entry)[1]
    for round_number in range(5):
        target = edits_seen + chooser.randint(2, 12)
        editor = start(
            ["-c", EDITOR, str(db_path), str(entry), str(round_number)],
            data,
            tmp_path / "editor.log",
        )
        try:
            wait_while_running(
                editor,
                lambda target=target: entry_and_history(db_path, entry)[1] >= target,
                f"{target} saved edits",
                tmp_path / "editor.log",
            )
        finally:
            kill_group(editor)
        kills += 1
        connection = sqlite3.connect(db_path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
        values, edits_seen, last_change = entry_and_history(db_path, entry)
        assert values in {*VERSIONS, original}, "a half-saved entry"
        # The history row was saved in the same transaction as the entry it describes.
        changes = json.loads(str(last_change))
        written = {key: changes[key][1] for key in FIELDS if key in changes}
        assert written
        assert written == {key: values[FIELDS.index(key)] for key in written}
    assert kills == 5


# --- upgrading an older database -------------------------------------------------------------

OLD_ROWS = {
    "cases": "INSERT INTO cases VALUES (1, '/cases/mum', 'Margaret', 'IV antibiotics', NULL, "
    "'Bluestem', 'BHP1', '', '', '', '', 'Lakeview', '', '', '', '', '', '', '', "
    "'2026-01-01T00:00:00+00:00')",
    "documents": "INSERT INTO documents (id, case_id, path, sha256, status, kind, kind_source, "
    "requested_items, fulfills, reasons, first_seen_at) VALUES (1, 1, 'approval.pdf', "
    "'" + "a" * 64 + "', 'indexed', 'letter', 'user', '[]', '[]', '[]', "
    "'2026-01-01T00:00:00+00:00')",
    "log_entries": "INSERT INTO log_entries VALUES (1, 1, 'prior_authorization', "
    "'Prior authorization', '', NULL, 'Lakeview', NULL, NULL, '', '', 'approved', NULL, "
    "'approved', 1, 7, 'typed by the user', '2026-01-01T00:00:00+00:00', "
    "'2026-01-01T00:00:00+00:00')",
    "log_document_links": "INSERT INTO log_document_links VALUES (1, 1, 1, 'decision', 1, "
    "NULL, NULL, '2026-01-01T00:00:00+00:00')",
    "calls": "INSERT INTO calls VALUES (1, 1, '2026-01-02T10:00:00+00:00', 'Bluestem', 'Ann', "
    "'', 'R-1', 'Approved on the phone', NULL)",
    "questions": "INSERT INTO questions VALUES (1, 1, 'Is the pump covered?', 'Bluestem', '', "
    "NULL, '2026-01-02T10:00:00+00:00')",
}


def test_upgrading_a_database_from_the_first_version_keeps_every_row(tmp_path: Path) -> None:
    """Altering a table rebuilds it in SQLite; that must never cascade into the user's data."""
    path = tmp_path / "organizer.sqlite3"
    engine = make_engine(URL.create("sqlite", database=str(path)))
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    connection = sqlite3.connect(path)
    for sql in OLD_ROWS.values():
        connection.execute(sql)
    connection.commit()
    connection.close()

    db = open_database(URL.create("sqlite", database=str(path)))
    try:
        entry = log.get_entry(db, 1)
        assert (entry.status, entry.notes) == ("approved", "typed by the user")
        assert [(link.path, link.role) for link in entry.links] == [("approval.pdf", "decision")]
        assert [c.summary for c in call_notes.list_calls(db, 1)] == ["Approved on the phone"]
        assert [q.question for q in call_notes.list_questions(db, 1)] == ["Is the pump covered?"]
    finally:
        db.dispose()
    for table in OLD_ROWS:
        assert read_rows(path, f"SELECT count(*) FROM {table}") == [(1,)], table
    assert read_rows(path, "PRAGMA foreign_key_check") == []
