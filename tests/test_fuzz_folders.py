"""Fuzzing whole folder trees through the real scanner and indexer.

Hypothesis builds case folders with random byte names (many not valid UTF-8), links (to
files, to folders, to themselves, in loops, dangling, leading outside), pipes, device
nodes (as root) and files that appear and vanish while the folder is read. Every run
must finish within its time limit (nothing hung), leave every file untouched, and end
with each document-named entry in a state: read, or refused with a reason.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import URL

from organizer.core.filenames import wanted
from organizer.core.pathnames import is_canonical, to_os, to_text
from organizer.core.types import DocumentStatus
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import cases, documents, export
from organizer.storage.database import Database, open_database
from tests import factories

RUN_LIMIT_S = 120.0
FINAL = {s.value for s in DocumentStatus} - {"pending", "missing"}

NAME_BYTES = st.binary(min_size=1, max_size=10).map(
    lambda b: b.replace(b"/", b"_").replace(b"\0", b"_")
)
SUFFIXES = st.sampled_from([b".pdf", b".pdf", b".PDF", b".png", b".jpg", b".tiff", b".txt", b""])
FOLDERS = st.sampled_from([b"", b"sub/", b"caf\xe9/", b"deep/er/", b"\xff\xfe/"])
KINDS = st.sampled_from(
    [
        "text_pdf",
        "garbage",
        "empty",
        "link_self",
        "link_loop",
        "link_dangling",
        "link_file",
        "link_folder",
        "link_outside",
        "fifo",
        "fifo_link",
        "device",
        "folder",
    ]
)
ENTRIES = st.lists(st.tuples(FOLDERS, NAME_BYTES, SUFFIXES, KINDS), min_size=1, max_size=10)


@dataclass
class Made:
    """What a generated tree holds, by relative path (bytes)."""

    files: dict[bytes, str]


def _text_pdf() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return factories.write_text_pdf(Path(folder) / "t.pdf", ["Referral for IVIG"]).read_bytes()


TEXT_PDF = _text_pdf()


def name_of(raw: bytes) -> str:
    """A name in bytes as Python's file functions take it (surrogate escapes)."""
    return os.fsdecode(raw)


def build(root: Path, entries: list[tuple[bytes, bytes, bytes, str]], outside: Path) -> Made:
    made = Made({})
    for number, (folder, name, suffix, kind) in enumerate(entries):
        relative = folder + name + b"-" + str(number).encode() + suffix
        path = root / name_of(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        sibling = path.with_name(path.name + ".other")
        if kind == "text_pdf":
            path.write_bytes(TEXT_PDF + str(number).encode())
        elif kind == "garbage":
            path.write_bytes(bytes(range(256)) * (number + 1))
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind == "link_self":
            path.symlink_to(path.name)
        elif kind == "link_loop":
            path.symlink_to(sibling.name)
            sibling.symlink_to(path.name)
        elif kind == "link_dangling":
            path.symlink_to("nothing-here.pdf")
        elif kind == "link_file":
            target = root / f"target-{number}.pdf"
            target.write_bytes(TEXT_PDF + b"link%d" % number)
            made.files[b"target-%d.pdf" % number] = "text_pdf"
            path.symlink_to(target)
        elif kind == "link_folder":
            path.symlink_to(root)  # a link back to the top: never followed
        elif kind == "link_outside":
            path.symlink_to(outside)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "fifo_link":
            os.mkfifo(sibling)
            path.symlink_to(sibling.name)
        elif kind == "device":
            if os.geteuid() == 0:
                os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
            else:
                os.mkfifo(path)
        elif kind == "folder":
            path.mkdir(parents=True, exist_ok=True)
        made.files[relative] = kind
    return made


def fingerprint(root: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry below ``root`` with its mode, size and modification time (links too)."""
    found: dict[str, tuple[int, int, int]] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in [*dirs, *files]:
            path = Path(folder) / name
            info = path.lstat()
            found[str(path.relative_to(root))] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return found


def churn(root: Path, stop: threading.Event) -> None:
    """Files and folders that appear and vanish while the folder is read."""
    number = 0
    while not stop.is_set():
        name = root / f"churn-{number % 5}.pdf"
        folder = root / f"churn-folder-{number % 3}"
        try:
            name.write_bytes(TEXT_PDF + b"churn%d" % number)
            folder.mkdir(exist_ok=True)
            (folder / "x.pdf").write_bytes(TEXT_PDF)
            stop.wait(0.01)
            name.unlink()
            (folder / "x.pdf").unlink()
            folder.rmdir()
        except OSError:
            pass
        number += 1


def run_with_limit(indexer: Indexer) -> None:
    """run_once on a thread; failing the test if it does not end within the limit."""
    problems: list[BaseException] = []

    def work() -> None:
        try:
            indexer.run_once(settle_timeout=1.0)
        except BaseException as exc:  # noqa: BLE001 - reported below
            problems.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(RUN_LIMIT_S)
    assert not thread.is_alive(), "indexing hung"
    assert problems == []


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("fuzz-db") / "organizer.sqlite3"
    database = open_database(URL.create("sqlite", database=str(path)))
    yield database
    database.dispose()


@settings(max_examples=500, deadline=None)
@given(name=st.binary(min_size=1, max_size=40))
def test_any_name_on_disk_is_stored_as_text_and_found_again(name: bytes) -> None:
    on_disk = os.fsdecode(name)
    stored = to_text(on_disk)
    stored.encode("utf-8")  # the database and JSON can hold it
    assert to_os(stored) == on_disk
    assert is_canonical(stored)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(entries=ENTRIES, vanish=st.lists(st.integers(0, 9), max_size=3), churning=st.booleans())
def test_hostile_trees_end_in_states_and_nothing_hangs(
    fuzz_db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    entries: list[tuple[bytes, bytes, bytes, str]],
    vanish: list[int],
    churning: bool,
) -> None:
    base = tmp_path_factory.mktemp("tree")
    root = base / "case"
    root.mkdir()
    outside = base / "outside.pipe"
    os.mkfifo(outside)
    made = build(root, entries, outside)
    case = cases.create_case(fuzz_db, root)
    settings_ = IndexSettings(ocr=False, settle_seconds=0.0, understand=False, workers=1)
    before = fingerprint(root)
    stop = threading.Event()
    mover = threading.Thread(target=churn, args=(root, stop), daemon=True)
    indexer = Indexer(fuzz_db, case, settings_)
    try:
        if churning:
            mover.start()
        run_with_limit(indexer)
        stop.set()
        if churning:
            mover.join(10)
        # Some files vanish, others appear; a second run follows.
        regular = sorted(p for p, kind in made.files.items() if kind in ("text_pdf", "garbage"))
        for index in vanish:
            if regular:
                gone = regular[index % len(regular)]
                path = root / name_of(gone)
                if path.is_symlink() or path.exists():
                    path.unlink()
                    made.files[gone] = "vanished"
        (root / name_of(b"new-\xe9.pdf")).write_bytes(TEXT_PDF + b"new")
        made.files[b"new-\xe9.pdf"] = "text_pdf"
        before = fingerprint(root)
        run_with_limit(indexer)
    finally:
        stop.set()
        indexer.close()
    assert fingerprint(root) == before  # nothing in the folder was touched
    rows = {d.path: d for d in documents.list_documents(fuzz_db, case.id)}
    for path in rows:
        assert is_canonical(path)
    # Every name, however odd, survives the export and the import's checks; except that
    # an export must also import on Windows, where a backslash separates folders, so a
    # name holding one (allowed here) is refused there, and so here too.
    exported = export.export_case(fuzz_db, case.id, today=date.today(), now=datetime.now(UTC))
    if not any("\\" in to_os(path) for path in rows):
        checked = export.validate(json.loads(json.dumps(exported)))
        assert {d["path"] for d in checked.documents} == set(rows)
    for relative, kind in made.files.items():
        text = to_text(os.fsdecode(relative))
        if not wanted(text) or kind in ("folder", "link_folder", "link_outside"):
            assert kind == "folder" or text not in rows or not wanted(text)
            continue
        row = rows.get(text)
        if kind == "vanished":
            assert row is None or row.status == "missing"
            continue
        assert row is not None, (text, kind, sorted(rows))
        assert row.status in FINAL, (text, kind, row.status, row.error)
        if kind in ("link_self", "link_loop", "link_dangling", "fifo", "fifo_link", "device"):
            assert row.status == "unreadable" and row.error, (text, kind, row.error)
