"""Reading a case's whole log fast: snapshots straight from two plain SQL queries.

A case restored from a big import can hold 100,000 log entries. Building ORM objects for
each takes seconds; the still-missing list must come at once.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from organizer.core.records import LinkInfo, LogEntryInfo

# Converted by declared type, so new fields of LogEntryInfo need no change here.
_TYPES = {f.name: str(f.type) for f in fields(LogEntryInfo)}


def entry_infos(session: Session, case_id: int) -> list[LogEntryInfo]:
    """The same snapshots as ``log.entry_info`` gives, oldest entry first."""
    own = [f.name for f in fields(LogEntryInfo) if f.name not in ("id", "links")]
    # The driver's own cursor, in the session's transaction: no per-row wrapping.
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        entry_rows = cursor.execute(
            f"SELECT id, {', '.join(own)} FROM log_entries WHERE case_id = ? ORDER BY id",
            (case_id,),
        ).fetchall()
        link_rows = cursor.execute(
            "SELECT l.log_id, l.document_id, d.path, l.role, l.confirmed, l.confidence, "
            "l.reason, d.status FROM log_document_links AS l "
            "JOIN documents AS d ON d.id = l.document_id "
            "JOIN log_entries AS e ON e.id = l.log_id WHERE e.case_id = ?",
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
    texts = [i for i, name in enumerate(own, start=1) if _TYPES[name] == "str"]
    none: tuple[LinkInfo, ...] = ()
    make: Any = LogEntryInfo  # built positionally: the columns are in the fields' order
    found: list[LogEntryInfo] = []
    for raw in entry_rows:
        row = list(raw)
        for at in days:
            if row[at] is not None:
                row[at] = date.fromisoformat(row[at])
        for at in bools:
            if row[at] is not None:
                row[at] = bool(row[at])
        for at in texts:
            if row[at] is None:
                row[at] = ""
        mine = links.get(row[0])
        found.append(
            make(*row, tuple(sorted(mine, key=lambda i: (i.path, i.role))) if mine else none)
        )
    return found
