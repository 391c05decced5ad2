"""Removing a case from the organizer, and only from the organizer.

The case's rows (documents as indexed, text, log, links, calls, questions and history) are
deleted from the database in one transaction. The files in the case folder are never
touched: the message says so in plain words, because that is what a worried user asks.
"""

from __future__ import annotations

import logging

from sqlalchemy import delete

from organizer.core.errors import CaseNotFoundError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.services import local_folders
from organizer.services.cases import case_info
from organizer.storage import search_index
from organizer.storage.database import Database
from organizer.storage.models import Activity, Case

log = logging.getLogger(__name__)


def remove_case(db: Database, case_id: int) -> str:
    """Delete everything the organizer knows about a case; return what to tell the user.

    The case row goes first: the foreign keys remove its documents, text, log, links,
    calls and questions with it, and the history triggers allow deleting its activity
    only once the case row is gone. Freed space is overwritten (secure_delete) and the
    search index is rebuilt without the removed text, so none of it lingers in the file.
    """
    with db.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise CaseNotFoundError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "That case is not in the organizer any more; "
                        "it may have been removed already.",
                    )
                )
            )
        folder, title = case_info(case).folder, case.patient
        database = local_folders.identity(session.connection()) if db.is_server else None
        # The search index first: its rows don't depend on a trigger being in place.
        search_index.forget_case(session, case_id)
        session.execute(delete(Case).where(Case.id == case_id))
        session.execute(delete(Activity).where(Activity.case_id == case_id))
        search_index.after_forgetting(session)
    if database is not None:
        local_folders.forget(database, case_id)
    if not db.is_server:
        with db.engine.connect() as connection:
            # Best effort: fold the write-ahead log back so the old pages are overwritten.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("case %s removed from the organizer; its folder was not touched", case_id)
    name = f"“{title}”" if title else "the case"
    return (
        f"Removed {name} from the organizer. The documents in {folder} stay where they "
        "are: nothing in that folder was changed or deleted. To see the case again, open "
        "the folder as a new case."
    )
