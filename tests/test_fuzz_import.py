"""Fuzzing the JSON import: any JSON either imports or is refused plainly, changing nothing.

Two sources of input: arbitrary JSON values, and a real export with parts of it replaced
by arbitrary JSON, keys dropped or list items repeated (that gets past the first checks
and deep into the record checks). A refusal must be a KnownError and leave every table
as it was; anything else is a bug.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from organizer.core.errors import KnownError
from organizer.core.records import CaseInfo
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import call_notes, documents, export, links, log, removal
from organizer.storage.database import Database
from organizer.storage.models import Base
from tests import factories

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats()  # NaN and infinities too: Python's json reads them
    | st.text(max_size=30)
    | st.sampled_from(
        ["2026-02-30", "2026-12-01", "0001-01-01T00:00:00+01:00", "../x.pdf", "/etc/passwd"]
    ),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def database_state(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and the search index), to prove nothing changed."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(table.select().order_by(*table.primary_key.columns))
            state[table.name] = [tuple(r) for r in rows]
        search = connection.execute(text("SELECT rowid, name, body FROM document_search"))
        state["document_search"] = sorted(tuple(r) for r in search)
    return state


@pytest.fixture
def valid_export(db: Database, case: CaseInfo, case_folder: Path) -> dict[str, Any]:
    """A real export with documents, a duplicate, a link, a call and a question."""
    factories.write_text_pdf(case_folder / "approval.pdf", ["Prior authorization approved"])
    factories.write_text_pdf(case_folder / "copy of approval.pdf", ["Prior authorization approved"])
    factories.write_text_pdf(case_folder / "order.pdf", ["Therapy order"])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0.0))
    try:
        indexer.run_once()
    finally:
        indexer.close()
    entry = log.log_entries(db, case.id)[3]
    approval = next(d for d in documents.list_documents(db, case.id) if d.path == "approval.pdf")
    links.link_document(db, entry.id, approval.id, "decision", confirmed=False, confidence=0.8)
    log.edit_entry(db, entry.id, status="approved", today=TODAY)
    call_notes.add_call(db, case.id, NOW, organisation="Bluestem", reference_number="R-1")
    call_notes.add_question(db, case.id, question="Is the pump covered?")
    return export.export_case(db, case.id, today=TODAY, now=NOW)


def try_import(db: Database, value: Any, folder: Path, name: str) -> bool:
    """Import ``value``; True if it was imported. A refusal must change nothing at all."""
    folder.mkdir(parents=True)
    path = folder.parent / f"{name}.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    before = database_state(db)
    try:
        summary = export.import_case(db, path, folder)
    except KnownError as refused:
        assert refused.message.strip()
        assert database_state(db) == before
        return False
    removal.remove_case(db, summary.case.id)  # make room for the next one
    return True


def test_arbitrary_json_is_refused_plainly(db: Database, case: CaseInfo, tmp_path: Path) -> None:
    numbers = count()
    outcomes: list[bool] = []

    @FUZZ
    @given(json_values)
    def import_one(value: Any) -> None:
        number = next(numbers)
        outcomes.append(try_import(db, value, tmp_path / f"folder-{number}", f"in-{number}"))

    import_one()
    assert len(outcomes) >= 50
    assert not any(outcomes)  # none of this is an export


def edit_at(value: Any, path: list[Any], how: str, replacement: Any) -> Any:
    """A copy of ``value`` with the node at ``path`` replaced, dropped or repeated."""
    if not path:
        return replacement
    changed = copy.copy(value)
    key, rest = path[0], path[1:]
    if rest:
        changed[key] = edit_at(value[key], rest, how, replacement)
    elif how == "drop":
        del changed[key]
    elif how == "repeat" and isinstance(changed, list):
        changed.insert(key, copy.deepcopy(changed[key]))
    else:
        changed[key] = replacement
    return changed


@st.composite
def damaged_exports(draw: st.DrawFn, valid: dict[str, Any]) -> Any:
    """A real export with one to three nodes changed somewhere inside it."""
    value: Any = copy.deepcopy(valid)
    for _ in range(draw(st.integers(1, 3))):
        node, path = value, []
        while isinstance(node, dict | list) and node and draw(st.integers(0, 4)):
            keys = sorted(node) if isinstance(node, dict) else list(range(len(node)))
            key = draw(st.sampled_from(keys))
            path.append(key)
            node = node[key]
        if not path:
            continue
        how = draw(st.sampled_from(["replace", "replace", "drop", "repeat"]))
        value = edit_at(value, path, how, draw(json_values))
    return value


def test_damaged_exports_import_or_are_refused_without_a_trace(
    db: Database, case: CaseInfo, valid_export: dict[str, Any], tmp_path: Path
) -> None:
    # The database already holds the case, so a restored one must avoid its log ids.
    moved_ids = [{**entry, "id": entry["id"] + 100} for entry in valid_export["log"]]
    valid_export = {**valid_export, "log": moved_ids}
    assert try_import(db, valid_export, tmp_path / "the valid one", "valid")
    numbers = count()
    outcomes: list[bool] = []

    @FUZZ
    @given(damaged_exports(valid_export))
    def import_one(value: Any) -> None:
        number = next(numbers)
        outcomes.append(try_import(db, value, tmp_path / f"folder-{number}", f"in-{number}"))

    import_one()
    assert len(outcomes) >= 50
    assert 0 < sum(outcomes) < len(outcomes)  # both paths were taken


def test_validate_alone_refuses_any_json_plainly() -> None:
    seen = count()

    marked = st.fixed_dictionaries(
        {"format": st.just("organizer-export"), "version": st.just(1)},
        optional={"exported_at": json_values, "case": json_values, "documents": json_values},
    )

    @settings(FUZZ, max_examples=300)
    @given(json_values | marked)
    def check(value: Any) -> None:
        next(seen)
        try:
            export.validate(value)
        except export.ExportFileError as refused:
            assert refused.message.strip()

    check()
    assert next(seen) >= 250
