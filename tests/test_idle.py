"""An idle case rests: the app reading its own files never counts as a change (issue 14).

Events from inotify arrive in order, so once a file written after the reads has been looked
at, any event the reads caused has been looked at too: no sleeping is needed to prove that
the reads caused nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.jobs.watcher import FolderWatcher, WatchState
from organizer.services import documents
from organizer.storage.database import Database
from tests import factories
from tests.helpers import wait_for


def status_of(db: Database, case: CaseInfo, path: str) -> str | None:
    for doc in documents.list_documents(db, case.id):
        if doc.path == path:
            return doc.status
    return None


@pytest.fixture(params=["events", "polling"])
def watcher(
    request: pytest.FixtureRequest, db: Database, case: CaseInfo, case_folder: Path
) -> Iterator[FolderWatcher]:
    (case_folder / "Letters").mkdir()
    factories.write_text_pdf(case_folder / "Letters" / "denial.pdf", ["Your request was denied"])
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
    wait_for(lambda: status_of(db, case, "Letters/denial.pdf") == "indexed", what="indexing")
    wait_for(lambda: instance.state == WatchState.WATCHING, what="the first pass to end")
    yield instance
    instance.stop()


def read_like_the_app(path: Path) -> None:
    """What the preview, thumbnails and "it opens" checks do: open, read, close."""
    for _ in range(5):
        with path.open("rb") as handle:
            handle.read()
    list(path.parent.iterdir())  # and listing its folder


def test_reading_a_file_does_not_trigger_a_re_read(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    states: list[WatchState] = watcher.states  # type: ignore[attr-defined]
    looked_before = watcher.looked_at["Letters/denial.pdf"]
    indexing_before = states.count(WatchState.INDEXING)
    attempts_before = documents.pending_documents(db, case.id)

    read_like_the_app(case_folder / "Letters" / "denial.pdf")
    factories.write_text_pdf(case_folder / "Letters" / "after.pdf", ["Request for information"])
    wait_for(lambda: status_of(db, case, "Letters/after.pdf") == "indexed", what="the new file")
    wait_for(lambda: watcher.state == WatchState.WATCHING, what="the watcher to rest")

    assert watcher.looked_at["Letters/after.pdf"] >= 1
    assert watcher.looked_at["Letters/denial.pdf"] == looked_before
    assert states.count(WatchState.INDEXING) == indexing_before + 1  # the new file only
    assert attempts_before == []
    assert status_of(db, case, "Letters/denial.pdf") == "indexed"


def test_an_unchanged_folder_rescanned_stays_watching(
    watcher: FolderWatcher, db: Database, case: CaseInfo, case_folder: Path
) -> None:
    """A periodic look that finds nothing new says nothing: no "indexing" flicker."""
    states: list[WatchState] = watcher.states  # type: ignore[attr-defined]
    before = len(states)
    passes = watcher.full_passes
    watcher.rescan_interval = 0.1  # a periodic pass on every turn from now on
    read_like_the_app(case_folder / "Letters" / "denial.pdf")
    wait_for(lambda: watcher.full_passes >= passes + 2, what="two periodic passes")
    assert states[before:] == []
    assert watcher.looked_at["Letters/denial.pdf"] == 0


def test_the_preview_reading_and_refreshing_causes_no_re_read(
    qtbot: QtBot, db: Database, case: CaseInfo, case_folder: Path, runner: TaskRunner
) -> None:
    factories.write_text_pdf(case_folder / "referral.pdf", ["Therapy order: ceftriaxone"])
    factories.write_text_pdf(case_folder / "card.pdf", ["Member ID ABC123456"])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    controller = CaseController(
        db, case, runner, index_settings=IndexSettings(ocr=False, settle_seconds=0.5)
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    watcher = controller.watcher
    assert watcher is not None
    qtbot.waitUntil(lambda: window.state_label.text() == "Up to date", timeout=20000)
    try:
        # Whatever refresh the first pass asked for has arrived before clicking.
        with qtbot.waitSignal(controller.snapshot_ready, timeout=10000):
            controller.refresh()
        assert window.snapshot is not None
        for doc in window.snapshot.documents:  # clicking through every document
            window.select_document(doc.id)
            qtbot.waitUntil(
                lambda doc_id=doc.id: (  # type: ignore[misc]
                    window.preview.current is not None
                    and window.preview.current.id == doc_id
                    and window.preview.thumbs.count() > 0
                ),
                timeout=10000,
            )
        shown = window.preview.current
        assert shown is not None
        # Refreshes keep the pages already shown instead of reading the file again.
        for _ in range(3):
            with qtbot.waitSignal(controller.snapshot_ready, timeout=10000):
                controller.refresh()
        assert window.preview.current is not None
        assert window.preview.current.id == shown.id
        assert window.preview.thumbs.count() > 0
        factories.write_text_pdf(case_folder / "later.pdf", ["Denial letter"])
        qtbot.waitUntil(lambda: status_of(db, case, "later.pdf") == "indexed", timeout=20000)
        assert watcher.looked_at["referral.pdf"] == 0
        assert watcher.looked_at["card.pdf"] == 0
    finally:
        controller.stop()
