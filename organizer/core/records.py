"""Plain, read-only snapshots that the services hand to the GUI and the command line.

The GUI never sees ORM objects: it gets these, so nothing it holds can reach the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from organizer.core.profile import CaseProfile


@dataclass(frozen=True, slots=True)
class CaseInfo:
    id: int
    folder: str
    profile: CaseProfile

    @property
    def title(self) -> str:
        return self.profile.patient or self.folder


@dataclass(frozen=True, slots=True)
class LogEntryInfo:
    id: int
    item: str
    what: str
    requested_by: str
    requested_on: date | None
    who_submits: str
    due: date | None
    submitted_on: date | None
    status: str
    decision: str
    notes: str
