"""What the case's documents say that the still-missing list needs, read in one go.

Each document's items, outcome, presence and appeal deadline; the plan type (the profile's,
else the one the letters make plain); and the review time the letters state.
"""

from __future__ import annotations

import contextlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from organizer.core.missing import CaseFacts, DocumentFacts
from organizer.core.types import DocumentStatus
from organizer.storage.models import Case, Document, DocumentText


def _items(stored: str | None) -> frozenset[str]:
    with contextlib.suppress(ValueError, TypeError):
        value = json.loads(stored or "[]")
        if isinstance(value, list):
            return frozenset(str(v) for v in value)
    return frozenset()


def letter_texts(session: Session, case_id: int) -> list[str]:
    """The text of the case's letters from the payer (or any letter whose sender is unknown)."""
    query = (
        select(DocumentText.text)
        .join(Document, Document.id == DocumentText.document_id)
        .where(
            Document.case_id == case_id,
            Document.kind == "letter",
            Document.status == DocumentStatus.INDEXED.value,
        )
    )
    return [text for text in session.scalars(query) if text]


def case_facts(session: Session, case: Case) -> CaseFacts:
    rows = session.execute(
        select(
            Document.id,
            Document.fulfills,
            Document.letter_outcome,
            Document.status,
            Document.appeal_by,
        ).where(Document.case_id == case.id)
    )
    documents = {
        doc_id: DocumentFacts(
            fulfills=_items(fulfills),
            outcome=outcome,
            present=status not in (DocumentStatus.MISSING.value, DocumentStatus.DUPLICATE.value),
            appeal_by=appeal_by,
        )
        for doc_id, fulfills, outcome, status, appeal_by in rows
    }
    texts = letter_texts(session, case.id)
    windows: list[int] = []
    plan = case.plan_type or ""
    if texts:
        # Reading letters needs the understanding rules, slow to import: only when there are
        # letters (a command such as ``missing`` on a case without any starts sooner).
        from organizer.core.letters import decision_window_days, plan_type_named

        windows = [d for d in (decision_window_days(t) for t in texts) if d is not None]
        plan = plan or plan_type_named(texts)
    return CaseFacts(
        documents=documents,
        plan_type=plan,
        letter_decide_days=max(windows) if windows else None,
        payer_phone=case.payer_phone,
    )
