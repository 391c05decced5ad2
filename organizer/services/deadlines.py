"""The case's deadlines, read from the database in one go (see core/deadlines.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from organizer.core.deadlines import CallFollowUp, Deadline, deadlines
from organizer.core.profile import CaseProfile
from organizer.core.records import LogEntryInfo
from organizer.services.case_facts import case_facts
from organizer.services.cases import profile_of
from organizer.services.log import entry_info, load_entries
from organizer.storage.database import Database
from organizer.storage.models import Call, Case


def case_deadlines(
    db: Database, case_id: int, *, suggested: bool = False
) -> tuple[list[Deadline], CaseProfile]:
    """Every open deadline of the case, by date, and the case's profile (suggestions not
    reviewed yet only with ``suggested``)."""
    with db.session() as session:
        case = session.get(Case, case_id)
        if case is None:  # removed meanwhile (another window): nothing is due for it
            return [], CaseProfile()
        entries = [entry_info(e) for e in load_entries(session, case_id)]
        return deadlines_in(session, case, entries, suggested=suggested), profile_of(case)


def deadlines_in(
    session: Session, case: Case, entries: list[LogEntryInfo], *, suggested: bool = False
) -> list[Deadline]:
    """The case's open deadlines, in a session that has already read its log entries
    (the window's snapshot reads them once)."""
    facts = case_facts(session, case)
    calls = [
        CallFollowUp(c.id, c.called_at, c.organisation, c.follow_up_on)
        for c in session.scalars(select(Call).where(Call.case_id == case.id))
    ]
    return deadlines(entries, profile_of(case), facts, calls, suggested=suggested)
