"""Team use on a real PostgreSQL server: opening, migrating, passwords, roles, refusals."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from organizer.core.errors import DatabaseTooNewError, KnownError
from organizer.services import cases
from organizer.storage.database import Database, head_revision, known_revisions, open_database
from organizer.storage.errors import DatabaseReadOnlyError, ServerUnreachableError
from organizer.storage.server import make_server_engine
from tests.helpers import wait_for
from tests.postgres_server import PostgresServer
from tests.test_database import migrate_and_fill

PASSWORD = "Tr0ub4dor-and-3-horses"


@pytest.fixture
def empty_url(postgres_server: PostgresServer) -> Iterator[URL]:
    """A database with nothing in it (not even the organizer's tables)."""
    url = postgres_server.database(template="template1")
    yield url
    postgres_server.drop(url)


@pytest.fixture
def password_role(postgres_server: PostgresServer) -> Iterator[str]:
    """``pw_user`` must give its password (scram-sha-256); it may use a fresh database."""
    postgres_server.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pw_user') "
        f"THEN CREATE ROLE pw_user LOGIN PASSWORD '{PASSWORD}'; END IF; END $$"
    )
    url = postgres_server.database()
    assert url.database is not None
    for what in ("TABLES", "SEQUENCES"):
        postgres_server.execute(
            f"GRANT ALL ON ALL {what} IN SCHEMA public TO pw_user", url.database
        )
    yield url.database
    postgres_server.drop(url)


def test_a_fresh_database_is_migrated_to_the_newest_schema(empty_url: URL) -> None:
    database = open_database(empty_url)
    try:
        assert database.is_server
        with database.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            index = conn.execute(
                text(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_document_search_vector'"
                )
            ).scalar()
        assert version == head_revision()
        assert index is not None and "gin" in index.lower()
    finally:
        database.dispose()


@pytest.mark.parametrize("revision", known_revisions()[:-1])
def test_upgrade_from_every_earlier_revision_keeps_data_on_postgresql(
    empty_url: URL, revision: str
) -> None:
    engine = make_server_engine(empty_url)
    migrate_and_fill(engine, revision)
    engine.dispose()
    database = open_database(empty_url)
    try:
        with database.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            case_row = conn.execute(text("SELECT folder, patient, plan_type FROM cases")).one()
            log_row = conn.execute(
                text("SELECT id, what, notes, renewal_days, not_appealing FROM log_entries")
            ).one()
            doc_row = conn.execute(
                text("SELECT path, kind, unsure, photo_turn, photo_original FROM documents")
            ).one()
            triggers = set(
                conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars()
            )
        assert version == head_revision()
        assert tuple(case_row) == ("/cases/mum", "Peggy", "")
        assert tuple(log_row) == (7, "CRP from last week", "call Tue", 30, False)
        assert tuple(doc_row) == ("a/letter.pdf", "letter", "{}", 0, False)
        assert {"activity_no_update", "activity_no_delete"} <= triggers
    finally:
        database.dispose()


def test_models_match_migrations_on_postgresql(postgres_server: PostgresServer) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from organizer.storage.models import Base

    database = open_database(postgres_server.url("organizer_template"))
    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [
                d
                for d in compare_metadata(context, Base.metadata)
                # The search table is made by SQL (a generated tsvector), not by the models.
                if not (d[0] == "remove_table" and d[1].name == "document_search")
                and not (d[0] == "remove_index" and d[1].name == "ix_document_search_vector")
            ]
        assert diffs == []
    finally:
        database.dispose()


def test_the_history_is_append_only_on_postgresql(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.database()
    database = open_database(url)
    try:
        cases.create_case(database, tmp_path)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM activity")).scalar()
        with pytest.raises(Exception, match="append-only"), database.engine.begin() as conn:
            conn.execute(text("UPDATE activity SET summary = 'changed'"))
    finally:
        database.dispose()
        postgres_server.drop(url)


def test_a_password_never_shows(
    postgres_server: PostgresServer, password_role: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = postgres_server.url(password_role, user="pw_user", password="not-" + PASSWORD)
    with pytest.raises(ServerUnreachableError) as refused:
        open_database(wrong)
    said = str(refused.value)
    assert "password authentication failed" in said
    assert PASSWORD not in said and "not-" not in said
    database = open_database(postgres_server.url(password_role, "pw_user", PASSWORD))
    try:
        assert PASSWORD not in database.where and "pw_user@" in database.where
        assert len(cases.list_cases(database)) == 0
    finally:
        database.dispose()
    assert PASSWORD not in caplog.text


def test_pgpassfile_keeps_the_password_out_of_the_address(
    postgres_server: PostgresServer,
    password_role: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:{password_role}:pw_user:{PASSWORD}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    database = open_database(postgres_server.url(password_role, user="pw_user"))
    try:
        assert cases.list_cases(database) == []
    finally:
        database.dispose()


def test_a_service_file_names_the_whole_address(
    postgres_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = postgres_server.database()
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[organizer]\nhost={postgres_server.folder}\nport=5432\n"
        f"dbname={url.database}\nuser=postgres\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    from organizer.storage.database import resolve_url

    database = open_database(resolve_url("postgresql+psycopg:///?service=organizer"))
    try:
        assert cases.list_cases(database) == []
    finally:
        database.dispose()
        postgres_server.drop(url)


def test_a_read_only_role_can_look_and_is_told_when_it_changes(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.database()
    assert url.database is not None
    writer = open_database(url)
    first = tmp_path / "Mum"
    first.mkdir()
    cases.create_case(writer, first)
    writer.dispose()
    postgres_server.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'viewer') "
        "THEN CREATE ROLE viewer LOGIN; END IF; END $$"
    )
    postgres_server.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO viewer", url.database)
    viewer = open_database(postgres_server.url(url.database, user="viewer"))
    try:
        assert [c.folder for c in cases.list_cases(viewer)] == [str(first)]
        second = tmp_path / "Dad"
        second.mkdir()
        with pytest.raises(
            DatabaseReadOnlyError, match="You can look at this case but not change it"
        ):
            cases.create_case(viewer, second)
    finally:
        viewer.dispose()
        postgres_server.drop(url)


def test_a_database_of_something_else_is_left_untouched(empty_url: URL) -> None:
    engine = make_server_engine(empty_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    with pytest.raises(KnownError, match="not made by this organizer"):
        open_database(empty_url)


def test_a_newer_schema_is_refused(postgres_server: PostgresServer) -> None:
    url = postgres_server.database()
    assert url.database is not None
    postgres_server.execute("UPDATE alembic_version SET version_num = '9999'", url.database)
    try:
        with pytest.raises(DatabaseTooNewError, match="newer version"):
            open_database(url)
    finally:
        postgres_server.drop(url)


def test_a_server_that_is_not_there_is_one_plain_sentence(tmp_path: Path) -> None:
    url = URL.create(
        "postgresql+psycopg",
        username="ann",
        password=PASSWORD,
        database="cases",
        query={"host": str(tmp_path), "port": "5432"},
    )
    with pytest.raises(ServerUnreachableError) as refused:
        open_database(url)
    said = str(refused.value)
    assert "could not use the database postgresql+psycopg://ann@/cases" in said
    assert PASSWORD not in said


def _without_ids(value: Any) -> Any:
    """The export with what differs between databases taken out: ids and exported_at."""
    if isinstance(value, dict):
        return {
            k: _without_ids(v)
            for k, v in value.items()
            if k not in ("id", "log_id", "document_id", "appeal_of", "exported_at")
        }
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _index_and_export(database: Database, folder: Path) -> dict[str, Any]:
    from organizer.jobs.indexer import Indexer, IndexSettings
    from organizer.services import export, log

    case = cases.create_case(database, folder)
    indexer = Indexer(database, case, IndexSettings(ocr=False, settle_seconds=0))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    entries = log.log_entries(database, case.id)
    log.set_status(database, entries[0].id, "submitted", today=date(2026, 11, 20))
    log.create_entry(database, case.id, "lab_results", what="CRP", today=date(2026, 11, 20))
    return export.export_case(
        database, case.id, today=date(2026, 11, 21), now=datetime(2026, 11, 21, 9, tzinfo=UTC)
    )


def test_the_same_folder_gives_the_same_export_on_both_engines(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    from tests import factories

    folder = tmp_path / "Case"
    (folder / "letters").mkdir(parents=True)
    for name in ("Zeta.pdf", "alpha.pdf", "letters/B copy.pdf", "letters/b.pdf", "Ärzte.pdf"):
        factories.write_text_pdf(folder / name, [f"Prior authorization request {name}"])
    # Two copies of one letter: the same one must count as the duplicate on both engines.
    (folder / "letters" / "a-copy.pdf").write_bytes((folder / "alpha.pdf").read_bytes())
    on_file = open_database(URL.create("sqlite", database=str(tmp_path / "x.sqlite3")))
    url = postgres_server.database()
    on_server = open_database(url)
    try:
        first = _index_and_export(on_file, folder)
        second = _index_and_export(on_server, folder)
    finally:
        on_file.dispose()
        on_server.dispose()
        postgres_server.drop(url)
    assert [d["path"] for d in first["documents"]] == sorted(d["path"] for d in first["documents"])
    duplicates = [(d["path"], d["duplicate_of"]) for d in first["documents"] if d["duplicate_of"]]
    assert duplicates == [("letters/a-copy.pdf", "alpha.pdf")]
    assert _without_ids(first) == _without_ids(second)


def test_another_persons_change_is_noticed_within_two_seconds(
    postgres_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organizer.storage.changes import ServerChangeCounter, change_counter

    url = postgres_server.database()
    mine, theirs = open_database(url), open_database(url)
    counter = change_counter(mine)
    try:
        assert isinstance(counter, ServerChangeCounter)
        before = counter.read()
        assert before == 0 and counter.read() == before  # nothing changed: nothing moves
        monkeypatch.setenv("ORGANIZER_USER_NAME", "Dana at intake")
        case = cases.create_case(theirs, tmp_path)
        # A window polls the same way, on its timer.
        wait_for(lambda: counter.read() != before, timeout=2, what="the change to be noticed")
        with mine.engine.connect() as conn:
            who = conn.execute(
                text("SELECT DISTINCT who FROM activity WHERE case_id = :c"), {"c": case.id}
            ).scalars()
            assert list(who) == ["Dana at intake"]
    finally:
        counter.close()
        mine.dispose()
        theirs.dispose()
        postgres_server.drop(url)
