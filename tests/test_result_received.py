"""A benefits check whose result came in says so, in the window's log and on the sheet.

The pharmacy's benefits check is never "sent" by the patient: its entry stays requested
while the pharmacy's result letter, linked to it, answers it. The still-missing list then
needs nothing for it, and the log and the sheet must not say "not sent yet" beside it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from organizer.core.missing import CaseFacts, DocumentFacts, missing_rows
from organizer.core.profile import CaseProfile
from organizer.core.records import LinkInfo, LogEntryInfo
from organizer.gui.log_model import LogTableModel
from organizer.sheet.data import log_rows

TODAY = date(2026, 12, 7)
STATUS_COLUMN = 6


def benefits_check(*links: LinkInfo) -> LogEntryInfo:
    return LogEntryInfo(
        id=1,
        item="benefits_verification",
        what="Benefits check",
        requested_by="",
        requested_on=date(2026, 11, 10),
        who_submits="Home infusion pharmacy",
        due=date(2026, 11, 20),
        submitted_on=None,
        status="requested",
        decision="",
        notes="",
        links=links,
    )


RESULT = LinkInfo(
    document_id=7,
    log_id=1,
    path="/case/benefits verification.pdf",
    role="submission",
    confirmed=True,
    document_status="indexed",
)
FACTS = CaseFacts(documents={7: DocumentFacts(fulfills=frozenset({"benefits_verification"}))})


def shown(entry: LogEntryInfo, qapp: QApplication) -> tuple[str, str]:
    """What the sheet's log and the window's log say the entry's status is."""
    missing = missing_rows([entry], TODAY, facts=FACTS)
    (sheet_row,) = log_rows([entry], missing, TODAY, CaseProfile())
    model = LogTableModel()
    model.set_entries([entry], missing)
    window = model.index(0, STATUS_COLUMN).data(Qt.ItemDataRole.DisplayRole)
    return sheet_row.now, window


def test_the_result_in_is_said_not_not_sent_yet(qapp: QApplication) -> None:
    assert shown(benefits_check(RESULT), qapp) == ("result received", "Result received")


def test_without_its_result_it_is_still_not_sent_yet(qapp: QApplication) -> None:
    assert shown(benefits_check(), qapp) == ("not sent yet", "Requested")
