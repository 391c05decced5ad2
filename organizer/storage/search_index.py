"""The full-text search index, on either engine: FTS5 on SQLite, a tsvector on PostgreSQL.

Both hold one row per document (its name and its text) and forget it when the document
goes. SQLite keys the FTS5 table by ``rowid``; PostgreSQL by ``document_id``, with a
generated ``search_vector`` column under a GIN index (migration 0002).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def _server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def store(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Put (or replace) the rows ``{"id", "name", "body"}`` in the index."""
    if not rows:
        return
    if _server(session):
        session.execute(
            text(
                "INSERT INTO document_search (document_id, name, body) "
                "VALUES (:id, :name, :body) ON CONFLICT (document_id) "
                "DO UPDATE SET name = excluded.name, body = excluded.body"
            ),
            list(rows),
        )
        return
    session.execute(text("DELETE FROM document_search WHERE rowid = :id"), list(rows))
    session.execute(
        text("INSERT INTO document_search (rowid, name, body) VALUES (:id, :name, :body)"),
        list(rows),
    )


def store_texts(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Put (or replace) the rows ``{"id", "text"}`` in ``document_text``."""
    if rows:
        session.execute(
            text(
                "INSERT INTO document_text (document_id, text) VALUES (:id, :text) "
                "ON CONFLICT (document_id) DO UPDATE SET text = excluded.text"
            ),
            list(rows),
        )


def forget_case(session: Session, case_id: int) -> None:
    """Take a case's documents out of the index, leaving nothing of their text behind.

    On SQLite the freed pages are overwritten and the index is rebuilt; on a server the
    rows go with their documents (ON DELETE CASCADE) and the server reuses the space.
    """
    if _server(session):
        return
    session.execute(text("PRAGMA secure_delete = ON"))
    session.execute(
        text(
            "DELETE FROM document_search WHERE rowid IN "
            "(SELECT id FROM documents WHERE case_id = :case_id)"
        ),
        {"case_id": case_id},
    )


def after_forgetting(session: Session) -> None:
    """Rebuild the SQLite index without the removed text (nothing to do on a server)."""
    if _server(session):
        return
    session.execute(text("INSERT INTO document_search (document_search) VALUES ('optimize')"))
    session.execute(text("PRAGMA secure_delete = OFF"))
