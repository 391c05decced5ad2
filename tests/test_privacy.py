"""Nothing leaked: no internet socket, private files, logs without document text.

The full run happens in real subprocesses of ``python -m organizer``. A ``sitecustomize``
module put first on PYTHONPATH installs an audit hook in every Python process of the run,
including the reader worker processes (they inherit PYTHONPATH), that records and refuses
any internet socket (AF_INET, AF_INET6) and any network name lookup. Local sockets
(AF_UNIX, used by the reader pool) are fine. Tesseract is a separate program, not Python,
and is outside what the hook can see.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from organizer.core.errors import CaseNotFoundError
from organizer.core.paths import resource
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import backup, call_notes, cases, documents, export, links, log, removal
from organizer.storage.copies import rotate_startup_copies
from organizer.storage.database import Database
from tests import factories
from tests.helpers import tree_fingerprint

REPO = Path(__file__).resolve().parent.parent
# Words that are in the demo documents' text and must never reach a log file.
PRIVATE_WORDS = ("Okafor", "BHP447201983", "ceftriaxone")
TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

AUDIT_HOOK = '''\
"""Test-only: record every socket and refuse internet ones (installed via PYTHONPATH)."""
import os
import socket
import sys

_RECORD = os.environ.get("ORGANIZER_SOCKET_AUDIT")
_INTERNET = {int(socket.AF_INET), int(socket.AF_INET6)}


def _note(line):
    fd = os.open(_RECORD, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (line.replace("\\n", " ") + "\\n").encode("utf-8", "replace"))
    finally:
        os.close(fd)


def _family(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _hook(event, args):
    if event == "open":
        path = args[0]
        if isinstance(path, str) and path.lower().endswith(".pdf"):
            _note(f"pdf {os.getpid()} {path}")
        return
    if not event.startswith("socket."):
        return
    pid = os.getpid()
    if event.startswith(("socket.getaddrinfo", "socket.gethostby", "socket.getnameinfo")):
        _note(f"INTERNET {pid} {event} {args!r}")
        raise PermissionError("the organizer must not look up network names")
    if event == "socket.__new__":
        family = _family(args[1])
    else:
        family = _family(getattr(args[0], "family", -1))
    _note(f"socket {pid} {event} family={family}")
    if family in _INTERNET:
        _note(f"INTERNET {pid} {event} family={family} {args[1:]!r}")
        raise PermissionError("the organizer must not open internet sockets")


if _RECORD:
    sys.addaudithook(_hook)
    _note(f"hooked {os.getpid()} {sys.argv!r}")
'''


@dataclass(frozen=True)
class FullRun:
    root: Path
    demo: Path
    data: Path
    out: Path
    audit: Path
    main_pids: frozenset[int]
    folder_before: dict[str, tuple[str, int]]


def audited_env(root: Path, audit: Path) -> dict[str, str]:
    """A clean environment: own home and data folder, the audit hook first on the path."""
    hook = root / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(AUDIT_HOOK, encoding="utf-8")
    home = root / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORGANIZER_", "XDG_"))}
    env.update(
        PYTHONPATH=os.pathsep.join([str(hook), str(REPO)]),
        ORGANIZER_SOCKET_AUDIT=str(audit),
        ORGANIZER_DATA_DIR=str(root / "data"),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.fixture(scope="module")
def full_run(tmp_path_factory: pytest.TempPathFactory) -> FullRun:
    """Index the demo case (with OCR where Tesseract is installed), export, list, back up."""
    root = tmp_path_factory.mktemp("privacy")
    demo = root / "Demo case"
    shutil.copytree(resource("demo", "case"), demo)
    before = tree_fingerprint(demo)
    out = root / "out"
    out.mkdir()
    audit = root / "sockets.txt"
    env = audited_env(root, audit)
    pids = set()
    for args in (
        ("index", str(demo), "--json"),
        ("export", "--out", str(out / "case.json")),
        ("missing", "--json"),
        ("backup", "--out", str(out / "case backup.zip")),
        ("copies",),
    ):
        process = subprocess.Popen(
            [sys.executable, "-m", "organizer", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        pids.add(process.pid)
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, (args, stderr)
        assert stdout
    return FullRun(root, demo, root / "data", out, audit, frozenset(pids), before)


def test_a_full_run_opens_no_internet_socket(full_run: FullRun) -> None:
    lines = full_run.audit.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("INTERNET")] == []
    hooked = {int(line.split()[1]) for line in lines if line.startswith("hooked")}
    assert full_run.main_pids <= hooked
    # The reader workers were watched too: they opened the PDFs under the hook.
    readers = {int(line.split()[1]) for line in lines if line.startswith("pdf")}
    assert readers - full_run.main_pids
    assert any("family=1" in line for line in lines)  # local sockets are seen, and allowed
    assert tree_fingerprint(full_run.demo) == full_run.folder_before


def test_the_audit_hook_catches_an_internet_socket(tmp_path: Path) -> None:
    """The check above would see a connection: a deliberate one is caught and refused."""
    audit = tmp_path / "sockets.txt"
    env = audited_env(tmp_path, audit)
    script = (
        "import socket\n"
        "try:\n"
        "    socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(('127.0.0.1', 9))\n"
        "except PermissionError:\n"
        "    print('refused')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "refused", done.stderr
    assert "INTERNET" in audit.read_text(encoding="utf-8")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_backups_exports_and_logs_are_private(full_run: FullRun) -> None:
    data = full_run.data
    database = data / "organizer.sqlite3"
    copy = rotate_startup_copies(database)
    assert copy is not None
    folders = [data, data / "logs", data / "backups"]
    files = [
        database,
        *data.glob("organizer.sqlite3-*"),
        copy,
        *(data / "logs").glob("organizer.log*"),
        full_run.out / "case.json",
        full_run.out / "case backup.zip",
    ]
    assert {str(f): oct(mode(f)) for f in files} == {str(f): oct(0o600) for f in files}
    assert {str(f): oct(mode(f)) for f in folders} == {str(f): oct(0o700) for f in folders}


def test_the_log_file_holds_no_document_text(full_run: FullRun) -> None:
    database = full_run.data / "organizer.sqlite3"
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        texts = " ".join(r[0] for r in connection.execute("SELECT text FROM document_text"))
    finally:
        connection.close()
    for word in PRIVATE_WORDS:
        assert word.lower() in texts.lower()  # the words are in the index...
    logs = list((full_run.data / "logs").glob("organizer.log*"))
    written = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    assert "backup of case" in written  # the log is in use
    for word in PRIVATE_WORDS:
        assert word.lower() not in written.lower()  # ...and never in the log


def test_even_a_verbose_log_holds_no_document_text(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    demo = tmp_path / "Demo case"
    shutil.copytree(resource("demo", "case"), demo)
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # as when debugging the SQL
    case = cases.create_case(db, demo)
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    backup.backup_case(db, case.id, tmp_path / "b.zip", now=NOW, today=TODAY)
    export.export_text(db, case.id, today=TODAY, now=NOW)
    removal.remove_case(db, case.id)
    backup.restore_backup(db, tmp_path / "b.zip", demo)
    assert "INSERT INTO document_search" in caplog.text  # statements were logged...
    for word in PRIVATE_WORDS:
        assert word.lower() not in caplog.text.lower()  # ...without the values written


# --- removing a case ------------------------------------------------------------------------


def case_rows(db: Database, case_id: int) -> dict[str, int]:
    """How many rows each table holds for the case (directly or through its documents/log)."""
    queries = {
        "cases": "SELECT count(*) FROM cases WHERE id = :id",
        "documents": "SELECT count(*) FROM documents WHERE case_id = :id",
        "log_entries": "SELECT count(*) FROM log_entries WHERE case_id = :id",
        "calls": "SELECT count(*) FROM calls WHERE case_id = :id",
        "questions": "SELECT count(*) FROM questions WHERE case_id = :id",
        "activity": "SELECT count(*) FROM activity WHERE case_id = :id",
        "document_text": "SELECT count(*) FROM document_text WHERE document_id NOT IN "
        "(SELECT id FROM documents)",
        "links": "SELECT count(*) FROM log_document_links WHERE log_id NOT IN "
        "(SELECT id FROM log_entries)",
        "search": "SELECT count(*) FROM document_search WHERE rowid NOT IN "
        "(SELECT id FROM documents)",
    }
    with db.session() as session:
        return {k: int(session.scalar(text(q), {"id": case_id}) or 0) for k, q in queries.items()}


@pytest.fixture
def two_cases(db: Database, tmp_path: Path) -> tuple[CaseInfo, CaseInfo]:
    first_folder = tmp_path / "Mum's infusion"
    second_folder = tmp_path / "Dad's infusion"
    factories.write_text_pdf(first_folder / "order.pdf", ["Therapy order: ceftriaxone 2 g IV"])
    factories.write_text_pdf(first_folder / "card.pdf", ["Member ID BHP447201983"])
    factories.write_text_pdf(second_folder / "order.pdf", ["Therapy order: vancomycin"])
    made = []
    for folder in (first_folder, second_folder):
        case = cases.create_case(db, folder)
        indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
        try:
            indexer.run_once()
        finally:
            indexer.close()
        entry = log.log_entries(db, case.id)[0]
        log.edit_entry(db, entry.id, notes="Asked the pharmacy", today=TODAY)
        doc = documents.list_documents(db, case.id)[0]
        links.link_document(db, entry.id, doc.id, "submission")
        call_notes.add_call(db, case.id, NOW, organisation="Bluestem", summary="Waiting")
        call_notes.add_question(db, case.id, question="Is the pump covered?")
        made.append(case)
    return made[0], made[1]


def test_remove_case_deletes_its_data_and_never_the_documents(
    db: Database, two_cases: tuple[CaseInfo, CaseInfo]
) -> None:
    removed, kept = two_cases
    folder = Path(removed.folder)
    before_folder = tree_fingerprint(folder)
    before_kept = export.export_case(db, kept.id, today=TODAY, now=NOW)
    assert case_rows(db, removed.id)["documents"] == 2

    message = removal.remove_case(db, removed.id)

    assert "stay where they are" in message and str(folder) in message
    assert "nothing in that folder was changed or deleted" in message
    assert tree_fingerprint(folder) == before_folder  # byte-identical, same modes
    assert case_rows(db, removed.id) == dict.fromkeys(case_rows(db, removed.id), 0)
    assert [c.id for c in cases.list_cases(db)] == [kept.id]
    assert export.export_case(db, kept.id, today=TODAY, now=NOW) == before_kept
    # The removed text is gone from the database file itself, not just hidden.
    db.engine.dispose()
    raw = b"".join(p.read_bytes() for p in db.path.parent.glob(db.path.name + "*"))
    assert b"ceftriaxone" not in raw and b"BHP447201983" not in raw
    assert b"vancomycin" in raw  # the other case's text is still there


def test_removing_a_case_twice_is_a_plain_error(
    db: Database, two_cases: tuple[CaseInfo, CaseInfo]
) -> None:
    removed, _ = two_cases
    removal.remove_case(db, removed.id)
    with pytest.raises(CaseNotFoundError, match="not in the organizer any more"):
        removal.remove_case(db, removed.id)
