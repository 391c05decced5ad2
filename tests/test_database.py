"""Opening, securing and migrating the case database."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from organizer.core.errors import DatabaseTooNewError, KnownError, UnsupportedDatabaseError
from organizer.storage.database import (
    Database,
    head_revision,
    known_revisions,
    open_database,
    resolve_url,
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_private_and_uses_wal(db: Database) -> None:
    assert stat.S_IMODE(db.path.stat().st_mode) == 0o600
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 15000
    for side_file in db.path.parent.glob(db.path.name + "-*"):
        assert stat.S_IMODE(side_file.stat().st_mode) == 0o600, side_file


def test_default_database_lives_in_private_data_folder(isolated_user_folders: Path) -> None:
    url = resolve_url(None)
    assert url.database is not None
    path = Path(url.database)
    assert path.parent == isolated_user_folders / "organizer-data"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    database = open_database(url)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        database.dispose()


def test_cli_url_wins_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ORGANIZER_DB", f"sqlite:///{tmp_path}/env.sqlite3")
    assert resolve_url(None).database == f"{tmp_path}/env.sqlite3"
    assert resolve_url(f"sqlite:///{tmp_path}/cli.sqlite3").database == f"{tmp_path}/cli.sqlite3"


@pytest.mark.parametrize(
    "url",
    [
        "mysql+pymysql://x/y",
        "postgresql+psycopg2://user@localhost/organizer",
        "postgresql+psycopg://user@localhost",
        "sqlite://",
        "sqlite:///:memory:",
    ],
)
def test_other_engines_are_refused(url: str) -> None:
    refused = r"SQLite file or on a PostgreSQL|must be a file|psycopg 3|Name the database"
    with pytest.raises(UnsupportedDatabaseError, match=refused):
        resolve_url(url)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://ann@db.example.org/cases", "postgresql+psycopg://ann@db.example.org/cases"),
        (
            "postgresql+psycopg://ann@/cases?host=/run/postgresql&port=5433",
            "postgresql+psycopg://ann@/cases?host=/run/postgresql&port=5433",
        ),
        ("postgresql+psycopg:///?service=organizer", "postgresql+psycopg:///?service=organizer"),
    ],
)
def test_postgresql_addresses_are_accepted(
    given: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organizer.storage.server import safe_url

    assert safe_url(resolve_url(given)) == expected
    monkeypatch.setenv("ORGANIZER_DB", given)
    assert safe_url(resolve_url(None)) == expected


def test_garbage_url_is_a_known_error() -> None:
    with pytest.raises(KnownError, match="not a database address"):
        resolve_url("not a url at all")


def test_upgrade_from_empty_reaches_head(db: Database) -> None:
    with db.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == head_revision()
        )
        tables = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        )
    assert {
        "cases",
        "documents",
        "log_entries",
        "log_document_links",
        "calls",
        "questions",
        "activity",
    } <= tables


def make_too_new(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def test_too_new_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    make_too_new(path)
    before = sha(path)
    mode = path.stat().st_mode
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(URL.create("sqlite", database=str(path)))
    assert sha(path) == before
    assert path.stat().st_mode == mode
    # Nothing was switched on: no WAL or shared-memory files appeared, no backups.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite3"]
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(KnownError, match="not made by this organizer"):
        open_database(URL.create("sqlite", database=str(path)))
    assert sha(path) == before


def test_not_a_database_is_a_known_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("this is a text file, not a database\n" * 20)
    with pytest.raises(KnownError, match="not a database"):
        open_database(URL.create("sqlite", database=str(path)))


def test_reopening_at_head_makes_no_backup(db: Database, db_path: Path) -> None:
    db.dispose()
    again = open_database(URL.create("sqlite", database=str(db_path)))
    try:
        assert again.backup_path is None
    finally:
        again.dispose()


def test_revisions_form_a_single_line() -> None:
    revisions = known_revisions()
    assert revisions[-1] == head_revision()
    assert len(revisions) == len(set(revisions))


def test_models_match_migrations(db: Database) -> None:
    """The hand-written migrations and the ORM models describe the same schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from organizer.storage.models import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [
            d
            for d in compare_metadata(context, Base.metadata)
            # FTS shadow tables and similar are created by SQL, not by the models.
            if not (d[0] == "remove_table" and d[1].name.startswith("document_search"))
        ]
    assert diffs == []


def build_at_revision(path: Path, revision: str) -> None:
    """A database migrated only up to ``revision``, holding a case, a log entry, a document."""
    from organizer.storage.database import create_private_file, make_engine

    create_private_file(path)
    engine = make_engine(URL.create("sqlite", database=str(path)))
    migrate_and_fill(engine, revision)


def migrate_and_fill(engine: Engine, revision: str) -> None:
    """Migrate an empty database up to ``revision``; add a case, a log entry, a document."""
    from alembic import command

    from organizer.storage.database import alembic_config

    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        moment = "2026-11-01T10:00:00.000000+00:00"
        text_columns = [
            "payer",
            "member_id",
            "group_number",
            "payer_phone",
            "secondary_payer",
            "secondary_member_id",
            "provider_name",
            "provider_phone",
            "provider_fax",
            "provider_contact",
            "pharmacy_name",
            "pharmacy_phone",
            "pharmacy_fax",
            "pharmacy_contact",
        ]
        conn.execute(
            text(
                "INSERT INTO cases (id, folder, patient, therapy, created_at, "
                + ", ".join(text_columns)
                + ") VALUES (1, '/cases/mum', 'Peggy', 'Ceftriaxone', :m, "
                + ", ".join("''" for _ in text_columns)
                + ")"
            ),
            {"m": moment},
        )
        conn.execute(
            text(
                "INSERT INTO log_entries (id, case_id, item, what, requested_by, who_submits, "
                "submitted_how, submitted_to, decision, status, decision_wait_days, notes, "
                "created_at, updated_at) VALUES (7, 1, 'lab_results', 'CRP from last week', "
                "'Bluestem', 'Dr. Adeyemi', '', '', '', 'requested', 7, 'call Tue', :m, :m)"
            ),
            {"m": moment},
        )
        conn.execute(
            text(
                "INSERT INTO documents (id, case_id, path, sha256, status, kind, kind_source, "
                "requested_items, fulfills, reasons, first_seen_at) VALUES (3, 1, 'a/letter.pdf', "
                "'ab', 'indexed', 'letter', 'user', '[]', '[]', '[]', :m)"
            ),
            {"m": moment},
        )
    engine.dispose()


@pytest.mark.parametrize("revision", known_revisions()[:-1])
def test_upgrade_from_every_earlier_revision_keeps_data(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite3"
    build_at_revision(path, revision)
    database = open_database(URL.create("sqlite", database=str(path)))
    try:
        assert database.backup_path is not None
        assert database.backup_path.name.startswith(f"old.sqlite3.before-upgrade-from-{revision}")
        assert stat.S_IMODE(database.backup_path.stat().st_mode) == 0o600
        backup = sqlite3.connect(database.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        backup.close()
        with database.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            case_row = conn.execute(text("SELECT folder, patient FROM cases")).one()
            log_row = conn.execute(text("SELECT id, what, notes FROM log_entries")).one()
            doc_row = conn.execute(text("SELECT path, kind, kind_source FROM documents")).one()
            # Revision 0004: plan type, decisions, renewals and appeals, with their defaults.
            plan_row = conn.execute(
                text("SELECT plan_type, payer_fax, patient_dob FROM cases")
            ).one()
            decided_row = conn.execute(
                text(
                    "SELECT renewal_days, not_appealing, decision_source, approved_quantity, "
                    "appeal_of FROM log_entries"
                )
            ).one()
            doubts = conn.execute(text("SELECT unsure, about, other_person FROM documents")).one()
            # Revision 0009: files dropped on a log entry wait here until they are read.
            pending = conn.execute(text("SELECT count(*) FROM pending_links")).scalar()
        assert version == head_revision()
        assert pending == 0
        # Revision 0005: an old document has no doubts, no facts and nobody else's name.
        assert tuple(doubts) == ("{}", "{}", None)
        assert tuple(case_row) == ("/cases/mum", "Peggy")
        assert tuple(log_row) == (7, "CRP from last week", "call Tue")
        assert tuple(doc_row) == ("a/letter.pdf", "letter", "user")
        assert tuple(plan_row) == ("", "", None)
        assert tuple(decided_row) == (30, 0, "", "", None)
        with database.engine.connect() as conn:
            triggers = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).scalars()
            )
        # Triggers survive upgrades (a table rebuild would silently drop them).
        assert {"activity_no_update", "activity_no_delete", "document_search_forget"} <= triggers
        with database.engine.connect() as conn:
            tables = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            )
        assert "case_leases" in tables  # 0006: one reader per case
        with database.engine.connect() as conn:
            mail_row = conn.execute(text("SELECT attachments, parent_id FROM documents")).one()
            photo_row = conn.execute(text("SELECT photo_turn, photo_original FROM documents")).one()
        assert tuple(mail_row) == (None, None)  # 0007: e-mail attachments, plain new columns
        assert tuple(photo_row) == (0, 0)  # 0008: no choice made for the kept document
    finally:
        database.dispose()
