"""The live watcher on real temporary folders, with real watchdog events."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.watcher import FolderWatcher, WatchState, filesystem_type, wants_polling
from organizer.services import documents
from organizer.storage.database import Database
from tests import factories
from tests.helpers import tree_fingerprint, wait_for


def docs(db: Database, case: CaseInfo) -> dict[str, documents.DocumentInfo]:
    return {d.path: d for d in documents.list_documents(db, case.id)}


def status_of(db: Database, case: CaseInfo, path: str) -> str | None:
    found = docs(db, case).get(path)
    return None if found is None else found.status


@pytest.fixture(params=["events", "polling"])
def watcher(
    request: pytest.FixtureRequest, db: Database, case: CaseInfo
) -> Iterator[FolderWatcher]:
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=1.0))
    states: list[WatchState] = []
    instance = FolderWatcher(
        indexer,
        rescan_interval=3600,
        check_interval=0.2,
        polling=request.param == "polling",
        on_state=states.append,
    )
    instance.states = states  # type: ignore[attr-defined]
    instance.start()
    wait_for(lambda: WatchState.WATCHING in states, what="the watcher to start")
    yield instance
    instance.stop()


def test_new_file_is_indexed(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    factories.write_text_pdf(case_folder / "approval.pdf", ["Prior authorization approved"])
    wait_for(lambda: status_of(db, case, "approval.pdf") == "indexed", what="indexing")


def test_slow_writer_is_never_indexed_half_written(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    source = factories.write_text_pdf(
        tmp_path / "whole.pdf", [f"Clinical notes page {n}\n" + "x" * 500 for n in range(40)]
    )
    data = source.read_bytes()
    target = case_folder / "scanner output.pdf"
    pace = threading.Event()
    with target.open("wb") as handle:  # a scanner writing slowly, in pieces
        for start in range(0, len(data), len(data) // 6 + 1):
            handle.write(data[start : start + len(data) // 6 + 1])
            handle.flush()
            os.fsync(handle.fileno())
            assert status_of(db, case, "scanner output.pdf") in (None, "pending")
            pace.wait(0.4)
    wait_for(lambda: status_of(db, case, "scanner output.pdf") == "indexed", what="indexing")
    assert docs(db, case)["scanner output.pdf"].sha256 == hashlib.sha256(data).hexdigest()
    assert docs(db, case)["scanner output.pdf"].pages == 40


def test_rename_move_out_and_back_delete_and_duplicate(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    factories.write_text_pdf(case_folder / "letter.pdf", ["Request for more information"])
    wait_for(lambda: status_of(db, case, "letter.pdf") == "indexed", what="indexing")
    identity = docs(db, case)["letter.pdf"].id

    (case_folder / "letter.pdf").rename(case_folder / "info request.pdf")
    wait_for(lambda: "info request.pdf" in docs(db, case), what="the rename")
    assert docs(db, case)["info request.pdf"].id == identity
    assert "letter.pdf" not in docs(db, case)

    shutil.move(case_folder / "info request.pdf", tmp_path / "away.pdf")
    wait_for(lambda: status_of(db, case, "info request.pdf") == "missing", what="missing")
    shutil.move(tmp_path / "away.pdf", case_folder / "info request.pdf")
    wait_for(lambda: status_of(db, case, "info request.pdf") == "indexed", what="the return")
    assert docs(db, case)["info request.pdf"].id == identity

    shutil.copyfile(case_folder / "info request.pdf", case_folder / "copy.pdf")
    wait_for(lambda: status_of(db, case, "copy.pdf") == "duplicate", what="the duplicate")
    assert docs(db, case)["copy.pdf"].duplicate_of == "info request.pdf"

    (case_folder / "copy.pdf").unlink()
    wait_for(lambda: status_of(db, case, "copy.pdf") == "missing", what="the delete")
    assert status_of(db, case, "info request.pdf") == "indexed"


def test_folder_moved_in_and_temporary_names(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "From the clinic"
    (outside / "labs").mkdir(parents=True)
    factories.write_text_pdf(outside / "note.pdf", ["Progress note"])
    factories.write_text_pdf(outside / "labs" / "crp.pdf", ["CRP 46 mg/L"])
    (case_folder / "download.pdf.part").write_bytes(b"%PDF-1.4 partial")
    (case_folder / "~$letter.pdf").write_bytes(b"%PDF-1.4")
    shutil.move(outside, case_folder / "From the clinic")
    wait_for(
        lambda: (
            status_of(db, case, "From the clinic/labs/crp.pdf") == "indexed"
            and status_of(db, case, "From the clinic/note.pdf") == "indexed"
        ),
        what="the moved-in folder",
    )
    assert sorted(docs(db, case)) == ["From the clinic/labs/crp.pdf", "From the clinic/note.pdf"]


def test_unreachable_folder_pauses_and_resumes(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path, tmp_path: Path
) -> None:
    factories.write_text_pdf(case_folder / "card.pdf", ["Insurance card"])
    wait_for(lambda: status_of(db, case, "card.pdf") == "indexed", what="indexing")
    unplugged = tmp_path / "unplugged"
    case_folder.rename(unplugged)  # like a drive being unplugged
    wait_for(lambda: watcher.state == WatchState.UNREACHABLE, what="the pause")
    assert status_of(db, case, "card.pdf") == "indexed"  # nothing marked missing
    factories.write_text_pdf(unplugged / "new while away.pdf", ["Denial letter"])
    unplugged.rename(case_folder)
    wait_for(lambda: status_of(db, case, "new while away.pdf") == "indexed", what="resuming")
    assert status_of(db, case, "card.pdf") == "indexed"
    assert WatchState.UNREACHABLE in watcher.states  # type: ignore[attr-defined]


def test_dead_observer_is_restarted(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    assert watcher.observer is not None
    watcher.observer.stop()
    watcher.observer.join(5)
    watcher._wake.set()
    wait_for(lambda: watcher.observer_restarts == 1, what="the restart")
    factories.write_text_pdf(case_folder / "after restart.pdf", ["Lab results"])
    wait_for(lambda: status_of(db, case, "after restart.pdf") == "indexed", what="indexing")


def test_watching_never_changes_the_folder(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    factories.write_text_pdf(case_folder / "a.pdf", ["one"])
    (case_folder / "sub").mkdir()
    factories.write_text_pdf(case_folder / "sub" / "b.pdf", ["two"])
    before = tree_fingerprint(case_folder)
    wait_for(lambda: status_of(db, case, "sub/b.pdf") == "indexed", what="indexing")
    watcher.rescan_now()
    wait_for(lambda: len(docs(db, case)) == 2, what="the rescan")
    assert tree_fingerprint(case_folder) == before
    assert sorted(p.name for p in case_folder.rglob("*")) == ["a.pdf", "b.pdf", "sub"]


def test_network_filesystems_are_polled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert filesystem_type(tmp_path) is not None
    monkeypatch.delenv("ORGANIZER_POLLING", raising=False)
    assert wants_polling(tmp_path) is False
    monkeypatch.setenv("ORGANIZER_POLLING", "1")
    assert wants_polling(tmp_path) is True
