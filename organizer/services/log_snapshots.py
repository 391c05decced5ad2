"""Reading a case's whole log fast: snapshots straight from two plain SQL queries.

A case restored from a big import can hold 100,000 log entries. Building ORM objects for
each takes seconds; the still-missing list must come at once.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from organizer.core.missing_fast import NOT_NEEDED, OPEN_STATUSES, OpenRow
from organizer.core.records import LinkInfo, LogEntryInfo

# Converted by declared type, so new fields of LogEntryInfo need no change here.
_TYPES = {f.name: str(f.type) for f in fields(LogEntryInfo)}


def _mark(session: Session) -> str:
    """The driver's own placeholder: sqlite3's ``?``, psycopg's ``%s``."""
    return "%s" if session.get_bind().dialect.name == "postgresql" else "?"


def entry_infos(session: Session, case_id: int, where: str = "") -> list[LogEntryInfo]:
    """The same snapshots as ``log.entry_info`` gives, oldest entry first.

    ``where`` narrows the entries read, in SQL over the table's columns.
    """
    own = [f.name for f in fields(LogEntryInfo) if f.name not in ("id", "links")]
    # A missing text reads as "" (done by SQLite, not row by row here).
    columns = [f"COALESCE({n}, '')" if _TYPES[n] == "str" else n for n in own]
    # The driver's own cursor, in the session's transaction: no per-row wrapping.
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        entry_rows = cursor.execute(
            f"SELECT id, {', '.join(columns)} FROM log_entries WHERE case_id = {_mark(session)} "
            f"{'AND (' + where + ')' if where else ''} ORDER BY id",
            (case_id,),
        ).fetchall()
        link_rows = cursor.execute(
            "SELECT l.log_id, l.document_id, d.path, l.role, l.confirmed, l.confidence, "
            "l.reason, d.status FROM log_document_links AS l "
            "JOIN documents AS d ON d.id = l.document_id "
            f"JOIN log_entries AS e ON e.id = l.log_id WHERE e.case_id = {_mark(session)}",
            (case_id,),
        ).fetchall()
    finally:
        cursor.close()
    links: dict[int, list[LinkInfo]] = {}
    for log_id, doc_id, path, role, confirmed, confidence, reason, status in link_rows:
        info = LinkInfo(log_id, doc_id, path, role, bool(confirmed), confidence, reason, status)
        links.setdefault(log_id, []).append(info)
    days = [i for i, name in enumerate(own, start=1) if _TYPES[name].startswith("date")]
    bools = [i for i, name in enumerate(own, start=1) if _TYPES[name].startswith("bool")]
    # A big log repeats a few dates many times: each distinct one is parsed once.
    parsed: dict[str, date] = {}
    none: tuple[LinkInfo, ...] = ()
    make: Any = LogEntryInfo  # built positionally: the columns are in the fields' order
    found: list[LogEntryInfo] = []
    for raw in entry_rows:
        row = list(raw)
        for at in days:
            text = row[at]
            if isinstance(text, str):  # SQLite gives text; PostgreSQL gives dates already
                day = parsed.get(text)
                if day is None:
                    day = parsed[text] = date.fromisoformat(text)
                row[at] = day
        for at in bools:
            if row[at] is not None:
                row[at] = bool(row[at])
        mine = links.get(row[0])
        found.append(
            make(*row, tuple(sorted(mine, key=lambda i: (i.path, i.role))) if mine else none)
        )
    return found


_OPEN = f"COALESCE(status, '') IN ({', '.join(repr(s) for s in sorted(OPEN_STATUSES))})"
_LINKED = "id IN (SELECT log_id FROM log_document_links)"


def missing_inputs(
    session: Session, case_id: int
) -> tuple[list[LogEntryInfo], list[OpenRow], frozenset[int]]:
    """What the still-missing list needs of the log, read for a big log as fast as can be.

    Full snapshots of the entries that may need something and are not open (see
    ``core.missing_fast``); for open entries only the fields their rows depend on; and
    the entries some entry is an appeal of. Entries marked not needed are not read.
    """
    full = entry_infos(
        session,
        case_id,
        f"COALESCE(status, '') != '{NOT_NEEDED}' AND (NOT {_OPEN} OR {_LINKED})",
    )
    mark = _mark(session)
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        raw_rows: list[Any] = cursor.execute(
            "SELECT id, COALESCE(what, ''), COALESCE(item, ''), COALESCE(who_submits, ''), "
            "due, submitted_on, requested_on, COALESCE(status, ''), expects_decision "
            f"FROM log_entries WHERE case_id = {mark} AND {_OPEN} AND NOT {_LINKED} ORDER BY id",
            (case_id,),
        ).fetchall()
        # PostgreSQL gives dates; the open rows carry them as ISO text, as SQLite gives them.
        open_rows: list[OpenRow] = (
            [
                (
                    *row[:4],
                    *(d if d is None or isinstance(d, str) else d.isoformat() for d in row[4:7]),
                    *row[7:],
                )
                for row in raw_rows
            ]
            if mark != "?"
            else raw_rows
        )
        appeals = frozenset(
            row[0]
            for row in cursor.execute(
                "SELECT DISTINCT appeal_of FROM log_entries "
                f"WHERE case_id = {mark} AND appeal_of IS NOT NULL",
                (case_id,),
            )
        )
    finally:
        cursor.close()
    return full, open_rows, appeals
