"""Saving what a thousand documents say costs a few transactions per batch, not per document.

The readers' understanding is saved with the text of a batch in one transaction, and the
proposals of a batch of documents in another; the number of transactions does not grow with
the number of documents (issue 22).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from organizer.core.understand import CaseContext, Understanding, understand
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import cases, documents, log, understanding, understanding_log
from organizer.storage.database import Database
from tests import factories

pytestmark = pytest.mark.both_engines

REQUEST = """Bluestem Health Plan
Utilization Management
November {day}, 2026
Member ID: BHP447201983
Case number: BHP-PA-2611-0457
We need more information to review your request for home infusion therapy.
Please send the following:
1. Recent clinical notes
2. Lab results (ESR and CRP)
Please send by November 28, 2026.
"""


def _read_without_understanding(
    db: Database, folder: Path, count: int
) -> tuple[int, dict[int, str]]:
    """A case of ``count`` read letters whose meaning is not saved yet: id -> text."""
    folder.mkdir()
    for n in range(count):
        factories.write_text_pdf(folder / f"letter {n:02d}.pdf", [REQUEST.format(day=n + 1)])
    case = cases.create_case(db, folder)
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0, understand=False))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    listed = documents.list_documents(db, case.id)
    texts = understanding_log.texts_of(db, [d.id for d in listed])
    assert len(texts) == count
    return case.id, dict(texts)


def _saved_in_transactions(db: Database, texts: dict[int, str]) -> tuple[int, int]:
    """Transactions begun to save what the letters say and their proposals; proposals made."""
    understander = understanding.Understander.load(None)
    found: dict[int, Understanding] = {
        doc_id: understand(text, rules=understander.rules, context=CaseContext())
        for doc_id, text in texts.items()
    }
    began = [0]

    def counted(*_: object) -> None:
        began[0] += 1

    event.listen(db.sessions, "after_begin", counted)
    try:
        understanding.store_read(db, [], found)
        understanding.propose_for(db, found, understander)
    finally:
        event.remove(db.sessions, "after_begin", counted)
    return began[0], len(found)


def test_saving_understanding_and_proposals_does_not_grow_with_the_documents(
    db: Database, tmp_path: Path
) -> None:
    _, few = _read_without_understanding(db, tmp_path / "few", 3)
    case_id, many = _read_without_understanding(db, tmp_path / "many", 12)

    few_began, few_found = _saved_in_transactions(db, few)
    many_began, many_found = _saved_in_transactions(db, many)

    assert (few_found, many_found) == (3, 12)
    assert many_began == few_began  # one batch of 3 or of 12: the same transactions
    assert many_began < 20
    # Every letter is understood and linked: nothing was left out by batching.
    listed = documents.list_documents(db, case_id)
    assert len(listed) == 12 and all(d.kind == "letter" for d in listed)
    entries = log.log_entries(db, case_id)
    linked = {link.document_id for entry in entries for link in entry.links}
    assert set(many) <= linked


def test_links_written_when_the_batch_ends_reach_the_log_view_whole(
    db: Database, tmp_path: Path
) -> None:
    """A batch's links are flushed with its transaction, not per document: the view the
    later documents of the batch are proposed against already has them, document ids too."""
    case_id, texts = _read_without_understanding(db, tmp_path / "letters", 4)
    understander = understanding.Understander.load(None)
    found = {
        doc_id: understand(text, rules=understander.rules, context=CaseContext())
        for doc_id, text in texts.items()
    }
    understanding.store_read(db, [], found)
    order = sorted(found)
    pending = understanding_log.pending_documents(db, order)
    view = understanding_log.LogView.load(db, case_id)
    with db.session() as session:
        known = understanding_log.links_of(session, order)
        for doc_id in order:
            understanding_log.propose_and_write(
                session,
                view,
                pending[doc_id],
                found[doc_id],
                understander.rules,
                set(),
                known[doc_id],
            )

    seen = {(e.id, link.document_id, link.role) for e in view.entries for link in e.links}
    stored = {
        (e.id, link.document_id, link.role)
        for e in log.log_entries(db, case_id)
        for link in e.links
    }
    assert {doc_id for _, doc_id, _ in stored} == set(order)  # every letter linked
    assert seen == stored
