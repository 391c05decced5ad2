"""The window's view of a case, read in one session: the entries are read once."""

from __future__ import annotations

from datetime import date

from organizer.core.snapshot import CaseSnapshot
from organizer.services import call_notes, documents, log, pending_links, proposals, row_changes
from organizer.services.cases import case_info
from organizer.services.deadlines import deadlines_in
from organizer.services.log_snapshots import entry_infos
from organizer.storage.database import Database
from organizer.storage.models import Case


def load_snapshot(db: Database, case_id: int, today: date) -> CaseSnapshot:
    """Documents, log, missing list, calls, questions and suggestions of one case."""
    with db.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise row_changes.gone("case")
        entries = entry_infos(session, case_id)
        links: dict[int, list[str]] = {}
        for entry in entries:
            for link in entry.links:
                if link.confirmed:
                    links.setdefault(link.document_id, []).append(entry.what)
        return CaseSnapshot(
            case=case_info(case),
            documents=documents.document_infos(session, case_id),
            log=entries,
            missing=log.missing_in(session, case, entries, today),
            calls=call_notes.call_infos(session, case_id),
            questions=call_notes.question_infos(session, case_id),
            today=today,
            links_by_document=links,
            proposals=proposals.proposal_infos(session, case_id),
            pending_links_ready=pending_links.ready_count(session, case_id),
            deadlines=deadlines_in(session, case, entries, suggested=True),
        )
