"""Optimistic locking: an edit is saved only onto the version of the row it was made on.

Log entries, calls, questions and the case profile carry a ``version`` (migration 0011).
A window hands back the version it showed; when someone else (another computer, another
window, the reader of a letter) changed the row since, the edit is refused with a
StaleEditError that names who changed it and when, from the activity history, instead of
quietly overwriting their change. Without a version (the command line) an edit is saved
onto whatever is there, as before.

The check that counts is one conditional UPDATE (``... WHERE version = seen``): on both
engines it is atomic, and on PostgreSQL it holds the row until the transaction ends, so
two edits made on the same version can't both be saved.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from organizer.core.errors import told
from organizer.core.phrases import QT_TRANSLATE_NOOP, FullDay, Phrase, plain
from organizer.services.activity import ENTITIES, current_user
from organizer.storage.errors import StaleEditError
from organizer.storage.models import Activity, Case

# How each kind of row is named to a person, as the subject of "... changed by".
# Who changed what, when: {0} who, {1} when (or nothing), {2} what they did (or nothing).
WHAT = {
    "case": QT_TRANSLATE_NOOP(
        "errors",
        "The case's details were changed by {0}{1}{2} after you opened it, so your change was "
        "not saved. The window now shows the newer version; make your change again if it is "
        "still needed.",
    ),
    "log_entry": QT_TRANSLATE_NOOP(
        "errors",
        "This log entry was changed by {0}{1}{2} after you opened it, so your change was "
        "not saved. The window now shows the newer version; make your change again if it is "
        "still needed.",
    ),
    "call": QT_TRANSLATE_NOOP(
        "errors",
        "This call was changed by {0}{1}{2} after you opened it, so your change was "
        "not saved. The window now shows the newer version; make your change again if it is "
        "still needed.",
    ),
    "question": QT_TRANSLATE_NOOP(
        "errors",
        "This question was changed by {0}{1}{2} after you opened it, so your change was "
        "not saved. The window now shows the newer version; make your change again if it is "
        "still needed.",
    ),
}


def bump(row: Any) -> None:
    """Count a change that needs no check (an automatic one, made in this transaction)."""
    row.version = (row.version or 0) + 1


def check(session: Session, row: Any, seen: int | None) -> None:
    """Refuse at once an edit made on an older version than the row read now."""
    if seen is not None and row.version != seen:
        raise stale(session, row)


def claim(session: Session, row: Any, seen: int | None) -> None:
    """Count this change of ``row``; refuse it if the row changed since version ``seen``.

    Called once the change is known to change something. The row's own ``version`` is
    then the new one, so the snapshot handed back carries it.
    """
    table = type(row).__table__
    counted = update(table).where(table.c.id == row.id)
    if seen is not None:
        counted = counted.where(table.c.version == seen)
    new = session.execute(
        counted.values(version=table.c.version + 1).returning(table.c.version)
    ).scalar()
    if new is None:
        raise stale(session, row)
    set_committed_value(row, "version", new)


def last_change(session: Session, row: Any) -> tuple[str, datetime | None, str]:
    """Who made the latest change of ``row`` in the history, when, and what it was."""
    entity = ENTITIES[type(row)]
    case_id = row.id if isinstance(row, Case) else row.case_id
    query = (
        select(Activity.who, Activity.at, Activity.summary)
        .where(Activity.case_id == case_id, Activity.entity == entity)
        .where(Activity.entity_id == row.id)
        .order_by(Activity.at.desc(), Activity.id.desc())
        .limit(1)
    )
    found = session.execute(query).first()
    if found is None:
        return "", None, ""
    return found.who or "", found.at, found.summary or ""


def stale_message(what: str, who: str, at: datetime | None, me: str, summary: str = "") -> Phrase:
    """``what`` (a template of ``WHAT``) said with who changed it, when and how."""
    if not who:
        by = told(QT_TRANSLATE_NOOP("errors", "someone else"))
    elif who == me:
        by = told(
            QT_TRANSLATE_NOOP(
                "errors",
                "{0} (you: in another window, on another computer, or from a document read)",
            ),
            who,
        )
    else:
        by = plain(who)
    local = at.astimezone() if at is not None else None
    when = (
        told(QT_TRANSLATE_NOOP("errors", " on {0} at {1}"), FullDay(local.date()), f"{local:%H:%M}")
        if local is not None
        else ""
    )
    said = told(QT_TRANSLATE_NOOP("errors", " (“{0}”)"), summary) if summary else ""
    return told(what, by, when, said)


def stale(session: Session, row: Any) -> StaleEditError:
    """The refusal of an edit made on an older version of ``row``."""
    who, at, summary = last_change(session, row)
    what = WHAT[ENTITIES[type(row)]]
    return StaleEditError(stale_message(what, who, at, current_user(), summary))
