"""A read-only role on a real PostgreSQL server: it opens and views a case; each change
it tries is refused in plain words (no traceback), in the services, the command line and
the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.errors import KnownError
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.jobs.indexer import IndexSettings
from organizer.services import call_notes, cases, log
from organizer.services.snapshot import load_snapshot
from organizer.storage.database import Database, known_revisions, open_database
from organizer.storage.errors import DatabaseReadOnlyError
from organizer.storage.server import make_server_engine
from tests import factories
from tests.postgres_server import PostgresServer
from tests.test_database import migrate_and_fill

TODAY = date(2026, 12, 7)
LOOK_ONLY = "You can look at this case but not change it"


@dataclass
class Shared:
    """A case saved by a writer, and the same database opened by a look-only account."""

    url: URL
    viewer_url: URL
    case: CaseInfo
    viewer: Database


def grant_select(server: PostgresServer, database: str) -> None:
    server.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'viewer') "
        "THEN CREATE ROLE viewer LOGIN; END IF; END $$"
    )
    server.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO viewer", database)


@pytest.fixture
def shared(postgres_server: PostgresServer, tmp_path: Path) -> Iterator[Shared]:
    url = postgres_server.database()
    assert url.database is not None
    folder = tmp_path / "Mum"
    folder.mkdir()
    factories.write_text_pdf(folder / "referral.pdf", ["Therapy order: IVIG 30 g every 4 weeks"])
    writer = open_database(url)
    case = cases.create_case(writer, folder)
    entry = log.log_entries(writer, case.id)[0]
    log.edit_entry(writer, entry.id, notes="Faxed on Monday", today=TODAY)
    call_notes.add_call(
        writer, case.id, datetime(2026, 12, 1, 15, tzinfo=UTC), organisation="Aetna"
    )
    writer.dispose()
    grant_select(postgres_server, url.database)
    viewer_url = postgres_server.url(url.database, user="viewer")
    viewer = open_database(viewer_url)
    yield Shared(url, viewer_url, case, viewer)
    viewer.dispose()
    postgres_server.drop(url)


def test_a_read_only_role_views_the_case_and_is_told_for_each_change(shared: Shared) -> None:
    viewer, case = shared.viewer, shared.case
    assert viewer.read_only
    snapshot = load_snapshot(viewer, case.id, TODAY)
    entry = snapshot.log[0]
    assert entry.notes == "Faxed on Monday"
    assert [c.organisation for c in snapshot.calls] == ["Aetna"]
    assert snapshot.missing, "the missing list is computed for a viewer too"
    changes: list[Callable[[], object]] = [
        lambda: log.edit_entry(viewer, entry.id, notes="mine", seen_version=entry.version),
        lambda: log.create_entry(viewer, case.id, "lab_results", today=TODAY),
        lambda: call_notes.add_call(viewer, case.id, datetime(2026, 12, 2, tzinfo=UTC)),
        lambda: call_notes.edit_call(viewer, snapshot.calls[0].id, summary="mine"),
        lambda: log.delete_entry(viewer, entry.id),
        lambda: cases.update_profile(viewer, case.id, replace(case.profile, payer="Cigna")),
    ]
    for change in changes:
        with pytest.raises(DatabaseReadOnlyError) as refused:
            change()
        message = str(refused.value)
        assert message.startswith(LOOK_ONLY) and "password" not in message
    assert load_snapshot(viewer, case.id, TODAY).log[0].notes == "Faxed on Monday"


def test_the_command_line_of_a_read_only_role(
    shared: Shared, capsys: pytest.CaptureFixture[str]
) -> None:
    address = shared.viewer_url.render_as_string(hide_password=False)
    assert main(["missing", "--db", address, "--case", shared.case.folder]) == 0
    assert "Prescription" in capsys.readouterr().out
    code = main(["index", "--db", address, "--no-ocr", shared.case.folder])
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith(f"organizer: {LOOK_ONLY}") and "Traceback" not in err


def test_an_old_schema_is_not_updated_by_a_read_only_role(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.database(template="template1")
    assert url.database is not None
    try:
        engine = make_server_engine(url)
        old = known_revisions()[-2]
        migrate_and_fill(engine, old)
        grant_select(postgres_server, url.database)
        with pytest.raises(KnownError, match=r"needs an update .* read-only role"):
            open_database(postgres_server.url(url.database, user="viewer"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == old
        engine.dispose()
    finally:
        postgres_server.drop(url)


def test_the_window_of_a_read_only_role_looks_and_explains(
    qtbot: QtBot, shared: Shared, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def record(_parent: object, _title: str, message: str, *args: object) -> int:
        shown.append(message)
        return 0

    monkeypatch.setattr(QMessageBox, "warning", record)
    runner = TaskRunner()
    controller = CaseController(
        shared.viewer,
        shared.case,
        runner,
        watch=True,
        today=lambda: TODAY,
        index_settings=IndexSettings(ocr=False, settle_seconds=0),
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    try:
        controller.start()
        qtbot.waitUntil(lambda: window.snapshot is not None, timeout=20000)
        assert controller.watcher is None, "a look-only window reads no files into the case"
        assert window.state_label.text().startswith("Look only")
        snapshot = window.snapshot
        assert snapshot is not None and snapshot.log[0].notes == "Faxed on Monday"
        entry = snapshot.log[0]
        controller.edit_entry(entry.id, {"notes": "mine"}, entry.version)
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert shown[0].startswith(LOOK_ONLY)
        assert shown == [shown[0]], "one message, nothing else went wrong"
    finally:
        controller.stop()
        runner.wait()
