"""Full-text search: ranked, highlighted, and safe against any input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from organizer.core.records import MATCH_END, MATCH_START, CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import search
from organizer.services.search import fts_query
from organizer.storage.database import Database
from tests import factories

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL


@pytest.fixture
def indexed(db: Database, case: CaseInfo, case_folder: Path) -> CaseInfo:
    factories.write_text_pdf(
        case_folder / "approval.pdf",
        ["Your prior authorization for home infusion is approved. Authorization A26111904521"],
    )
    factories.write_text_pdf(case_folder / "labs.pdf", ["C-reactive protein 46 mg/L, ESR 78"])
    factories.write_text_pdf(case_folder / "infusion pump denial.pdf", ["Pump not covered"])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    return case


def test_words_are_found_ranked_and_marked(db: Database, indexed: CaseInfo) -> None:
    hits = search.search(db, indexed.id, "authoriz approved")
    assert [h.path for h in hits] == ["approval.pdf"]
    assert f"{MATCH_START}approved{MATCH_END}" in hits[0].snippet
    by_name = search.search(db, indexed.id, "pump")
    assert [h.path for h in by_name] == ["infusion pump denial.pdf"]
    assert search.search(db, indexed.id, "A26111904521")[0].path == "approval.pdf"


def test_other_cases_are_not_searched(db: Database, indexed: CaseInfo, tmp_path: Path) -> None:
    from organizer.services import cases

    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = cases.create_case(db, other_folder)
    assert search.search(db, other.id, "approved") == []


@pytest.mark.parametrize(
    "text", ['"unbalanced', "NEAR(", "*", "a OR AND", "-", "col:umn", "^x", "(", "", "   "]
)
def test_operators_typed_by_the_user_are_just_characters(
    db: Database, indexed: CaseInfo, text: str
) -> None:
    results = search.search(db, indexed.id, text)
    assert isinstance(results, list)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_makes_a_safe_query(text: str) -> None:
    query = fts_query(text)
    if query is not None:
        for part in query.split(" "):
            assert part.startswith('"') and part.endswith('"*')
            assert '"' not in part[1:-2]
