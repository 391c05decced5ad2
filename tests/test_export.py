"""Export and import: the documented keys, the round trip, and refusing bad files untouched."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import URL

from organizer.core.errors import KnownError
from organizer.core.profile import CaseProfile, Contact
from organizer.services import call_notes, cases, export, links, log
from organizer.storage.database import Database, open_database
from organizer.storage.models import Document, DocumentText

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
SECRET = "Patient reports anaphylaxis to lot 4471"


def add_document(db: Database, case_id: int, path: str, **fields: Any) -> int:
    with db.session() as session:
        doc = Document(case_id=case_id, path=path, first_seen_at=datetime.now(UTC), **fields)
        session.add(doc)
        session.flush()
        return doc.id


def open_db(path: Path) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(URL.create("sqlite", database=str(path)))


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "other" / "organizer.sqlite3")
    yield database
    database.dispose()


def build_rich_case(db: Database, folder: Path) -> int:
    """A case with something of everything the export carries."""
    profile = CaseProfile(
        patient="Rosalind M. Achterberg",
        therapy="Immune globulin 20%, 10 g weekly — 12 months",
        therapy_start=date(2026, 12, 1),
        payer="Quillfield Health",
        member_id="QFH918275503",
        group_number="G-77",
        payer_phone="(614) 555-0100",
        secondary_payer="Medicare Part B",
        secondary_member_id="7QK2-WN4-HC61",
        provider_office=Contact("Riverbend Allergy", "555-0117", "555-0118", "Tamsin"),
        pharmacy=Contact("Cobalt Creek Home Infusion", "555-0163", "", "Priya"),
        plan_type="commercial",
        patient_dob=date(1958, 9, 14),
        payer_fax="(614) 555-0101",
    )
    case_id = cases.create_case(db, folder, profile).id
    sha = hashlib.sha256
    approval = add_document(
        db,
        case_id,
        "Quillfield/approval letter march.pdf",
        sha256=sha(b"approval").hexdigest(),
        size=5120,
        pages=2,
        status="indexed",
        text_source="text",
        kind="letter",
        letter_outcome="approved",
        sender="payer",
        document_date=date(2026, 11, 14),
        reference_number="A25031488516",
        member_id="QFH918275503",
        fulfills='["prior_authorization"]',
    )
    with db.session() as session:
        session.add(DocumentText(document_id=approval, text=SECRET))
    add_document(
        db,
        case_id,
        "Downloads/letter(2).pdf",
        sha256=sha(b"approval").hexdigest(),
        status="duplicate",
        duplicate_of_id=approval,
    )
    denial = add_document(
        db,
        case_id,
        "Quillfield/denial.pdf",
        status="indexed",
        kind="letter",
        kind_source="user",
        letter_outcome="denied",
        appeal_by=date(2027, 3, 3),
    )
    request = add_document(
        db,
        case_id,
        "Quillfield/labs needed.pdf",
        status="indexed",
        kind="letter",
        letter_outcome="info_requested",
        due_date=date(2026, 11, 24),
        requested_items='["lab_results", "medication_history"]',
    )
    scan = add_document(
        db,
        case_id,
        "Scans/scan0003.pdf",
        status="missing",
        text_source="ocr",
        kind="referral",
        missing_since=datetime(2026, 11, 19, 8, 0, tzinfo=UTC),
    )
    add_document(db, case_id, "broken ünïcode.pdf", status="unreadable", error="bad xref")
    prescription, card, benefits, pa = log.log_entries(db, case_id)
    log.set_status(db, prescription.id, "submitted", on=date(2026, 11, 2), today=TODAY)
    links.link_document(db, prescription.id, scan, "submission")
    log.set_status(db, card.id, "not_needed", today=TODAY)
    log.set_status(db, benefits.id, "approved", on=date(2026, 11, 5), today=TODAY)
    log.edit_entry(db, benefits.id, decision="Covered at 80%", notes="line one\nline two")
    log.edit_entry(
        db,
        benefits.id,
        approved_from=date(2026, 11, 5),
        approved_through=date(2027, 11, 4),
        approved_quantity="26 visits",
        decision_reference="BV-1",
        renewal_days=45,
    )
    log.set_status(db, pa.id, "denied", on=date(2026, 11, 12), today=TODAY)
    links.link_document(db, pa.id, denial, "decision")
    links.link_document(
        db, pa.id, approval, "related", confirmed=False, confidence=0.42, reason="same ref"
    )
    labs = log.create_entry(
        db,
        case_id,
        "lab_results",
        what="IgG trough level",
        requested_by="Quillfield Health",
        requested_on=date(2026, 11, 9),
        due=date(2026, 11, 24),
        expects_decision=True,
        decision_wait_days=3,
        today=TODAY,
    )
    links.link_document(db, labs.id, request, "request")
    proposal = log.create_entry(
        db, case_id, "medication_history", status="proposed", requested_on=date(2026, 11, 9)
    )
    links.link_document(
        db, proposal.id, request, "request", confirmed=False, confidence=0.9, reason="asks for it"
    )
    call = call_notes.add_call(
        db,
        case_id,
        datetime(2026, 11, 20, 15, 30, 12, 5000, tzinfo=UTC),
        organisation="Quillfield",
        person="Dana",
        reference_number="CALL-9",
        summary="Labs are needed by Monday",
        follow_up_on=date(2026, 11, 24),
    )
    call_notes.add_call(
        db, case_id, datetime(2026, 11, 10, 9, 0, tzinfo=UTC), organisation="Cobalt"
    )
    assert call.id
    question = call_notes.add_question(db, case_id, "Is the pump covered?", asked_to="Quillfield")
    call_notes.answer_question(db, question.id, "Yes, as DME", today=TODAY)
    call_notes.add_question(db, case_id, "Who brings the supplies?")
    return case_id


@pytest.fixture
def rich(db: Database, case_folder: Path) -> int:
    return build_rich_case(db, case_folder)


def snapshot(database: Database) -> str:
    """Every row of every table, as a hash: equal before and after means untouched."""
    connection = sqlite3.connect(database.path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- the keys and their order --------------------------------------------------------------


def test_export_has_the_documented_keys_and_orders(db: Database, rich: int) -> None:
    data = export.export_case(db, rich, today=TODAY, now=NOW)
    assert list(data) == [
        "format",
        "version",
        "exported_at",
        "case",
        "documents",
        "log",
        "calls",
        "questions",
        "missing",
    ]
    assert (data["format"], data["version"]) == ("organizer-export", 2)
    assert data["exported_at"] == "2026-11-21T09:30:00-05:00"
    assert list(data["case"]) == [
        "folder",
        "patient",
        "therapy",
        "therapy_start",
        "payer",
        "member_id",
        "group_number",
        "payer_phone",
        "secondary_payer",
        "secondary_member_id",
        "provider_office",
        "pharmacy",
        "plan_type",
        "patient_dob",
        "payer_fax",
    ]
    assert data["case"]["pharmacy"] == {
        "name": "Cobalt Creek Home Infusion",
        "phone": "555-0163",
        "fax": "",
        "contact": "Priya",
    }
    document_keys = [
        "path",
        "sha256",
        "pages",
        "status",
        "error",
        "duplicate_of",
        "text_source",
        "kind",
        "kind_source",
        "letter_outcome",
        "sender",
        "document_date",
        "reference_number",
        "member_id",
        "due_date",
        "appeal_by",
        "requested_items",
        "fulfills",
    ]
    for doc in data["documents"]:
        assert set(document_keys) <= set(doc)
    paths = [d["path"] for d in data["documents"]]
    assert paths == sorted(paths)
    by_path = {d["path"]: d for d in data["documents"]}
    assert by_path["Downloads/letter(2).pdf"]["duplicate_of"] == (
        "Quillfield/approval letter march.pdf"
    )
    assert by_path["Quillfield/labs needed.pdf"]["requested_items"] == [
        "lab_results",
        "medication_history",
    ]
    assert by_path["Quillfield/denial.pdf"]["appeal_by"] == "2027-03-03"
    entry_keys = [
        "id",
        "item",
        "what",
        "requested_by",
        "requested_on",
        "who_submits",
        "due",
        "submitted_on",
        "status",
        "approved_from",
        "approved_through",
        "approved_quantity",
        "decision_reference",
        "decision_expected_by",
        "decision_expected_source",
        "renewal_on",
        "appeal_by",
        "documents",
    ]
    for entry in data["log"]:
        assert set(entry_keys) <= set(entry)
        for link in entry["documents"]:
            assert {"path", "role", "confirmed"} <= set(link)
    order = [(e["requested_on"] is None, e["requested_on"] or "", e["id"]) for e in data["log"]]
    assert order == sorted(order)
    assert [c["called_at"] for c in data["calls"]] == [
        "2026-11-10T09:00:00+00:00",
        "2026-11-20T15:30:12.005000+00:00",
    ]
    assert data["questions"][0]["answered_on"] == "2026-11-21"
    for row in data["missing"]:
        assert list(row) == [
            "item",
            "what",
            "who",
            "when",
            "due",
            "reason",
            "severity",
            "proposed",
            "log_id",
            "has_copy",
        ]
    assert [(r["reason"], r["severity"], r["proposed"]) for r in data["missing"]] == [
        ("no_document", "urgent", False),
        ("denied", "urgent", False),
        ("file_missing", "waiting", False),
        ("no_document", "waiting", True),
    ]


def test_export_never_contains_document_text(db: Database, rich: int) -> None:
    content = export.export_text(db, rich, today=TODAY, now=NOW)
    assert SECRET not in content
    assert "anaphylaxis" not in content


def test_empty_lists_and_nulls_before_documents_are_understood(
    db: Database, case_folder: Path
) -> None:
    made = cases.create_case(db, case_folder)
    add_document(db, made.id, "new.pdf", status="pending")
    (doc,) = export.export_case(db, made.id, today=TODAY, now=NOW)["documents"]
    assert (doc["kind"], doc["kind_source"], doc["letter_outcome"], doc["sender"]) == (
        "unclassified",
        "auto",
        None,
        None,
    )
    assert doc["requested_items"] == [] and doc["fulfills"] == []


# --- the round trip ------------------------------------------------------------------------


def test_round_trip_gives_the_same_json_apart_from_exported_at(
    db: Database, rich: int, other_db: Database, case_folder: Path, tmp_path: Path
) -> None:
    first = export.export_text(db, rich, today=TODAY, now=NOW)
    path = tmp_path / "case.json"
    path.write_text(first, encoding="utf-8")
    summary = export.import_case(other_db, path, case_folder)
    assert (summary.documents, summary.log_entries, summary.calls, summary.questions) == (
        6,
        6,
        2,
        2,
    )
    later = NOW + timedelta(hours=3)
    second = export.export_text(other_db, summary.case.id, today=TODAY, now=later)
    assert json.loads(second)["exported_at"] != json.loads(first)["exported_at"]
    stamp = '"exported_at": "{}"'
    assert first.replace(stamp.format(NOW.isoformat()), "") == second.replace(
        stamp.format(later.isoformat()), ""
    )
    old_ids = [e.id for e in log.log_entries(db, rich)]
    assert [e.id for e in log.log_entries(other_db, summary.case.id)] == old_ids


V2_CASE_KEYS = ("plan_type", "patient_dob", "payer_fax")
V2_ENTRY_KEYS = (
    "decision_reference",
    "approved_from",
    "approved_through",
    "approved_quantity",
    "renewal_days",
    "renewal_on",
    "appeal_by",
    "appeal_of",
    "not_appealing",
    "decision_expected_by",
    "decision_expected_source",
)


def test_version_2_carries_decisions_and_version_1_still_imports(
    db: Database, rich: int, other_db: Database, case_folder: Path, tmp_path: Path
) -> None:
    data = export.export_case(db, rich, today=TODAY, now=NOW)
    assert {k: data["case"][k] for k in V2_CASE_KEYS} == {
        "plan_type": "commercial",
        "patient_dob": "1958-09-14",
        "payer_fax": "(614) 555-0101",
    }
    benefits = next(e for e in data["log"] if e["item"] == "benefits_verification")
    assert {k: benefits[k] for k in ("approved_through", "approved_quantity", "renewal_on")} == {
        "approved_through": "2027-11-04",
        "approved_quantity": "26 visits",
        "renewal_on": "2027-09-20",
    }
    assert all("has_copy" in row for row in data["missing"])
    old = copy.deepcopy(data)
    old["version"] = 1
    for key in V2_CASE_KEYS:
        del old["case"][key]
    for entry in old["log"]:
        for key in V2_ENTRY_KEYS:
            del entry[key]
    for row in old["missing"]:
        del row["has_copy"]
    restored = export.import_case(other_db, write(tmp_path / "v1.json", old), case_folder).case
    assert (restored.profile.plan_type, restored.profile.patient_dob) == ("", None)
    again = log.get_entry(other_db, benefits["id"])
    assert (again.approved_through, again.renewal_days) == (None, 30)


def test_import_keeps_documents_usable_by_the_log(
    db: Database, rich: int, other_db: Database, case_folder: Path, tmp_path: Path
) -> None:
    path = write(tmp_path / "case.json", export.export_case(db, rich, today=TODAY, now=NOW))
    restored = export.import_case(other_db, path, case_folder).case
    assert restored.profile == cases.list_cases(db)[0].profile
    assert log.missing_list(other_db, restored.id, TODAY) == log.missing_list(db, rich, TODAY)


# --- refusing bad files, leaving the database untouched ------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def entry_with_links(data: dict[str, Any]) -> dict[str, Any]:
    return next(e for e in data["log"] if e["documents"])


def setter(path: str, value: Any) -> Mutation:
    """Set a value at a dotted path such as ``log.0.due`` (``-`` deletes the key)."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = entry_with_links(data) if part == "linked" else _step(target, part)
        if value == "-":
            del target[last if not last.isdigit() else int(last)]
        else:
            target[int(last) if last.isdigit() else last] = value

    return mutate


def _step(target: Any, part: str) -> Any:
    return target[int(part)] if part.isdigit() else target[part]


BAD_FILES: list[tuple[str, Mutation, str]] = [
    ("wrong format", setter("format", "something-else"), "not an organizer export"),
    ("no format", setter("format", "-"), "not an organizer export"),
    ("version 3", setter("version", 3), "version 3; this organizer reads versions 1 and 2"),
    ("version as text", setter("version", "1"), 'version "1"'),
    ("version as bool", setter("version", True), "version true"),
    ("no log", setter("log", "-"), 'the file is missing the key "log"'),
    ("no case key", setter("case.patient", "-"), 'case is missing the key "patient"'),
    ("no contact key", setter("case.pharmacy.fax", "-"), 'case.pharmacy is missing the key "fax"'),
    ("no status", setter("log.0.status", "-"), 'log[0] is missing the key "status"'),
    ("no sha256", setter("documents.0.sha256", "-"), 'documents[0] is missing the key "sha256"'),
    ("no link role", setter("linked.documents.0.role", "-"), 'is missing the key "role"'),
    ("month 13", setter("log.0.due", "2026-13-01"), 'log[0].due "2026-13-01" is not a date'),
    ("US date", setter("log.0.requested_on", "11/03/2026"), "is not a date (YYYY-MM-DD)"),
    ("compact date", setter("log.0.requested_on", "20261103"), "is not a date"),
    ("number date", setter("documents.0.due_date", 20261103), "is not a date"),
    ("word date", setter("documents.0.document_date", "yesterday"), "is not a date"),
    ("February 30", setter("questions.0.answered_on", "2026-02-30"), "is not a date"),
    ("naive time", setter("exported_at", "2026-11-21T10:00:00"), "exported_at"),
    ("call date only", setter("calls.0.called_at", "2026-11-20"), "with its UTC offset"),
    ("null moment", setter("questions.0.created_at", None), "questions[0].created_at null"),
    ("absolute path", setter("documents.0.path", "/etc/passwd"), "outside the case folder"),
    ("dot-dot path", setter("documents.0.path", "../outside.pdf"), "outside the case folder"),
    ("inner dot-dot", setter("documents.0.path", "a/../../b.pdf"), "outside the case folder"),
    ("drive letter", setter("documents.0.path", "C:/Users/x.pdf"), "outside the case folder"),
    ("backslash dot-dot", setter("documents.0.path", "..\\x.pdf"), "outside the case folder"),
    ("empty path", setter("documents.0.path", ""), "outside the case folder"),
    ("link outside", setter("linked.documents.0.path", "../x.pdf"), "outside the case folder"),
    ("link unknown", setter("linked.documents.0.path", "not/listed.pdf"), "not in the documents"),
    ("dup unknown", setter("documents.0.duplicate_of", "nope.pdf"), "names no other document"),
    ("unknown status", setter("documents.0.status", "lost"), '"lost" is not one of'),
    ("unknown kind", setter("documents.0.kind", "letterr"), "is not one of"),
    ("unknown item", setter("log.0.item", "pizza"), '"pizza" is not one of'),
    ("unknown item in list", setter("documents.0.fulfills", ["pizza"]), "is not one of"),
    ("unknown role", setter("linked.documents.0.role", "owner"), '"owner" is not one of'),
    ("unknown log status", setter("log.0.status", "lost"), "is not one of"),
    ("id zero", setter("log.0.id", 0), "log[0].id must be a whole number, 1 or more"),
    ("id text", setter("log.0.id", "1"), "log[0].id must be a whole number"),
    ("id huge", setter("log.0.id", 2**70), "log[0].id must be a whole number"),
    ("negative pages", setter("documents.0.pages", -1), "documents[0].pages"),
    ("confirmed text", setter("linked.documents.0.confirmed", "yes"), "must be true or false"),
    ("confidence 2", setter("linked.documents.0.confidence", 2), "between 0 and 1"),
    ("short hash", setter("documents.0.sha256", "abc"), "64 lowercase hexadecimal"),
    ("null text", setter("calls.0.summary", None), "calls[0].summary must be text"),
    ("lone surrogate", setter("log.0.what", "\ud800"), "log[0].what holds characters that"),
    ("case not object", setter("case", []), "case must be a JSON object"),
    ("documents not list", setter("documents", {}), "documents must be a list"),
    ("missing row", setter("missing", [1]), "missing[0] must be a JSON object"),
]


def duplicate_id(data: dict[str, Any]) -> None:
    data["log"][1]["id"] = data["log"][0]["id"]


def duplicate_path(data: dict[str, Any]) -> None:
    data["documents"][1]["path"] = data["documents"][0]["path"]


BAD_FILES += [
    ("two entries one id", duplicate_id, "is used twice"),
    ("two documents one path", duplicate_path, "names the same path twice"),
]


@pytest.fixture
def good_export(tmp_path: Path, case_folder: Path) -> dict[str, Any]:
    source = open_db(tmp_path / "source" / "organizer.sqlite3")
    try:
        case_id = build_rich_case(source, case_folder)
        return export.export_case(source, case_id, today=TODAY, now=NOW)
    finally:
        source.dispose()


def test_the_unchanged_export_imports(
    db: Database, good_export: dict[str, Any], tmp_path: Path, case_folder: Path
) -> None:
    """The control for the refusals below: only the mutation makes them fail."""
    path = write(tmp_path / "good.json", good_export)
    assert export.import_case(db, path, case_folder).log_entries == len(good_export["log"])


@pytest.mark.parametrize(("name", "mutate", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_naming_the_problem_and_nothing_changes(
    db: Database,
    good_export: dict[str, Any],
    tmp_path: Path,
    case_folder: Path,
    name: str,
    mutate: Mutation,
    message: str,
) -> None:
    data = copy.deepcopy(good_export)
    mutate(data)
    path = write(tmp_path / "tampered.json", data)
    before = snapshot(db)
    with pytest.raises(KnownError) as refused:
        export.import_case(db, path, case_folder)
    text = str(refused.value)
    assert message in text
    assert text.startswith("Can't import tampered.json: ")
    assert text.endswith("Nothing was changed.")
    assert "\n" not in text
    assert snapshot(db) == before
    assert cases.list_cases(db) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "it is not valid JSON (line 1)"),
        (b"", "it is not valid JSON"),
        (b"[]", "the file must be a JSON object"),
        (b"\xff\xfe\x00garbage", "it is not valid JSON"),
        (b"[" * 100_000, "it is not valid JSON"),
        (b'"organizer-export"', "the file must be a JSON object"),
    ],
)
def test_files_that_are_not_exports_are_refused(
    db: Database, tmp_path: Path, case_folder: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "not-an-export.json"
    path.write_bytes(content)
    before = snapshot(db)
    with pytest.raises(KnownError, match="Nothing was changed") as refused:
        export.import_case(db, path, case_folder)
    assert message in str(refused.value)
    assert snapshot(db) == before


def test_missing_file_and_missing_folder_are_known_errors(
    db: Database, good_export: dict[str, Any], tmp_path: Path
) -> None:
    with pytest.raises(KnownError, match="Can't read"):
        export.import_case(db, tmp_path / "nope.json", tmp_path)
    path = write(tmp_path / "good.json", good_export)
    with pytest.raises(KnownError, match="folder does not exist"):
        export.import_case(db, path, tmp_path / "no such folder")


def test_import_refuses_a_folder_that_has_a_case_and_ids_in_use(
    db: Database, good_export: dict[str, Any], tmp_path: Path, case_folder: Path
) -> None:
    path = write(tmp_path / "good.json", good_export)
    cases.create_case(db, case_folder)
    before = snapshot(db)
    with pytest.raises(KnownError, match="already a case for the folder"):
        export.import_case(db, path, case_folder)
    assert snapshot(db) == before
    elsewhere = tmp_path / "Elsewhere"
    elsewhere.mkdir()
    with pytest.raises(KnownError, match=r"log entry id \d+ is already used"):
        export.import_case(db, path, elsewhere)
    assert snapshot(db) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_is_either_valid_or_refused_with_a_known_error(value: Any) -> None:
    try:
        export.validate(value)
    except export.ExportFileError as exc:
        assert "\n" not in exc.message


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_tampered_value_is_either_valid_or_refused(
    good_export: dict[str, Any], data: st.DataObject
) -> None:
    tampered = copy.deepcopy(good_export)
    target: Any = tampered
    while isinstance(target, dict | list) and target:
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        key = data.draw(st.sampled_from(keys))
        if not isinstance(target[key], dict | list) or data.draw(st.booleans()):
            target[key] = data.draw(json_values)
            break
        target = target[key]
    try:
        export.validate(tampered)
    except export.ExportFileError as exc:
        assert exc.message


@pytest.fixture
def blank_db_file(tmp_path: Path) -> Path:
    """An empty, migrated database file to copy (opening a copy needs no migration)."""
    path = tmp_path / "blank" / "organizer.sqlite3"
    open_db(path).dispose()
    return path


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_a_tampered_file_is_imported_whole_or_refused_untouched(
    good_export: dict[str, Any],
    blank_db_file: Path,
    case_folder: Path,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    tampered = copy.deepcopy(good_export)
    section = data.draw(st.sampled_from(["documents", "log", "calls", "questions", "case"]))
    target = tampered[section]
    row = target if isinstance(target, dict) else data.draw(st.sampled_from(target))
    key = data.draw(st.sampled_from(sorted(row)))
    row[key] = data.draw(json_values | st.just("\ud800 lone surrogate"))
    work = tmp_path_factory.mktemp("fuzz")
    shutil.copy(blank_db_file, work / "organizer.sqlite3")
    database = open_db(work / "organizer.sqlite3")
    try:
        before = snapshot(database)
        path = write(work / "tampered.json", tampered)
        try:
            export.import_case(database, path, case_folder)
        except KnownError:
            assert snapshot(database) == before
        else:
            assert len(cases.list_cases(database)) == 1
    finally:
        database.dispose()
