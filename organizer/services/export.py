"""The case as JSON (format "organizer-export", version 2) and back again.

Version 2 keeps every key and code of version 1 and adds some; both versions are read.

The export holds paths, hashes and what was learned from the documents, never their text.
One key list per record type (below) drives both writing and checking, in the order the
keys are written; docs/export-format.md describes the same lists, so keep the two in step.
An import is checked completely before anything is written, then written in one
transaction, so a file that is wrong in any way leaves the database exactly as it was.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.errors import KnownError
from organizer.core.missing import CaseFacts, MissingRow, expected_for, missing_rows, renewal_date
from organizer.core.pathnames import is_canonical, to_os
from organizer.core.profile import PLAN_TYPE_WORDS, CaseProfile, Contact
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.core.timeline import ExpectedSource
from organizer.core.types import (
    DocumentKind,
    DocumentStatus,
    KindSource,
    LetterOutcome,
    LinkRole,
    LogStatus,
    Sender,
    TextSource,
)
from organizer.services import export_stream, log, private_files
from organizer.services.case_facts import case_facts
from organizer.services.cases import add_case_row, case_info, normalise_folder, profile_of
from organizer.storage.database import Database
from organizer.storage.models import Call, Case, Document, LogEntry, Question

FORMAT = "organizer-export"
VERSION = 2
READS_VERSIONS = (1, 2)
MAX_IMPORT_BYTES = 64 * 1024 * 1024
BIGGEST = 2**62
FLUSH_EVERY = 2000
Convert = Callable[[Any], Any]
Spec = dict[str, tuple[Convert, bool]]


class ExportFileError(KnownError):
    """A file that is not a valid export of this format; nothing was written."""


# --- value checks: each returns the value as stored, or raises ValueError saying why ------


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("holds characters that are not valid text") from None
    return value


def day(value: Any) -> date:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    raise ValueError(f"{json.dumps(value)[:40]} is not a date (YYYY-MM-DD)")


def moment(value: Any) -> datetime:
    parsed = None
    with contextlib.suppress(ValueError):
        parsed = datetime.fromisoformat(text(value))
    if parsed is None or parsed.tzinfo is None:
        raise ValueError(f"{json.dumps(value)[:40]} is not a date and time with its UTC offset")
    try:
        parsed.astimezone(UTC)  # 0001-01-01T00:00+14:00 is before the first UTC moment
    except OverflowError:
        raise ValueError(f"{json.dumps(value)[:40]} is outside the calendar") from None
    return parsed


def count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= BIGGEST:
        raise ValueError("must be a whole number, 0 or more")
    return value


def log_id(value: Any) -> int:
    if count(value) < 1:
        raise ValueError("must be a whole number, 1 or more")
    return int(value)


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("must be a number")
    if not (math.isfinite(value) and 0 <= value <= 1):
        raise ValueError("must be between 0 and 1")
    return float(value)


def code(codes: Iterable[str]) -> Convert:
    known = sorted(str(c) for c in codes)

    def convert(value: Any) -> str:
        if not isinstance(value, str) or value not in known:
            raise ValueError(f"{json.dumps(value)[:40]} is not one of: {', '.join(known)}")
        return value

    return convert


def item_keys(value: Any) -> str:
    """A list of checklist keys, stored as JSON text."""
    if not isinstance(value, list):
        raise ValueError("must be a list of checklist items")
    return json.dumps([CONVERTERS["item"](v) for v in value])


def relative_path(value: Any) -> str:
    """A path inside the case folder: relative, with no ``..``, ``.`` or empty parts."""
    path = text(value)
    if not is_canonical(path):  # see docs/export-format.md: names that are not UTF-8
        raise ValueError(f"{json.dumps(path)[:80]} escapes a name in a way never written")
    on_disk = to_os(path)  # escaped bytes are not backslashes
    parts = re.split(r"[\\/]", on_disk)
    outside = on_disk.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", on_disk) is not None
    if outside or "\x00" in on_disk or any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"{json.dumps(path)[:80]} points outside the case folder")
    return path


def sha256(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("must be 64 lowercase hexadecimal digits")
    return value


CONVERTERS: dict[str, Convert] = {
    "text": text,
    "date": day,
    "moment": moment,
    "count": count,
    "id": log_id,
    "flag": flag,
    "fraction": fraction,
    "path": relative_path,
    "sha256": sha256,
    "item": code(CHECKLIST_BY_KEY),
    "items": item_keys,
    "document_status": code(DocumentStatus),
    "text_source": code(TextSource),
    "kind": code(DocumentKind),
    "kind_source": code(KindSource),
    "letter_outcome": code(LetterOutcome),
    "sender": code(Sender),
    "log_status": code(LogStatus),
    "role": code(LinkRole),
    "plan_type": code(["", *PLAN_TYPE_WORDS]),
    "expected_source": code(
        [ExpectedSource.LETTER, ExpectedSource.PLAN_CLOCK, ExpectedSource.ENTRY_SETTING]
    ),
}


def spec(words: str) -> Spec:
    """``"key:kind key:kind? ..."`` in written order; ``?`` means the value may be null."""
    pairs = (word.split(":") for word in words.split())
    return {key: (CONVERTERS[kind.rstrip("?")], kind.endswith("?")) for key, kind in pairs}


DOCUMENT = spec(
    "path:path sha256:sha256? size:count? pages:count? status:document_status error:text? "
    "duplicate_of:path? text_source:text_source? kind:kind kind_source:kind_source "
    "letter_outcome:letter_outcome? sender:sender? document_date:date? reference_number:text? "
    "member_id:text? due_date:date? appeal_by:date? requested_items:items fulfills:items "
    "missing_since:moment?"
)
ENTRY = spec(
    "id:id item:item what:text requested_by:text requested_on:date? who_submits:text "
    "due:date? submitted_on:date? submitted_how:text submitted_to:text status:log_status "
    "decision:text decision_on:date? expects_decision:flag? decision_wait_days:count notes:text "
    # version 2:
    "decision_reference:text approved_from:date? approved_through:date? approved_quantity:text "
    "renewal_days:count renewal_on:date? appeal_by:date? appeal_of:id? not_appealing:flag "
    "decision_expected_by:date? decision_expected_source:expected_source?"
)
# Worked out again from the rest on import; written for people and other programs.
ENTRY_COMPUTED = ("renewal_on", "decision_expected_by", "decision_expected_source")
LINK = spec("path:path role:role confirmed:flag confidence:fraction? reason:text?")
CALL = spec(
    "called_at:moment organisation:text person:text phone:text reference_number:text "
    "summary:text follow_up_on:date?"
)
QUESTION = spec("question:text asked_to:text answer:text answered_on:date? created_at:moment")
CONTACT = spec("name:text phone:text fax:text contact:text")
MISSING_KEYS = (
    *("item", "what", "who", "when", "due", "reason", "severity", "proposed", "log_id"),
    "has_copy",  # version 2
)
CASE_TEXT = spec(
    "patient:text therapy:text payer:text member_id:text group_number:text payer_phone:text "
    "secondary_payer:text secondary_member_id:text"
)
CASE_V2 = spec("plan_type:plan_type patient_dob:date? payer_fax:text")

# Keys an import may leave out (with the value they then take); every other key is required.
OPTIONAL: dict[str, dict[str, Any]] = {
    "document": dict.fromkeys(("size", "appeal_by", "missing_since")),
    "entry": {
        **dict.fromkeys(("submitted_how", "submitted_to", "decision", "notes"), ""),
        **dict.fromkeys(("decision_on", "expects_decision")),
        "decision_wait_days": 7,
        # Keys added in version 2; a version 1 file has none of them.
        **dict.fromkeys(("decision_reference", "approved_quantity"), ""),
        **dict.fromkeys(("approved_from", "approved_through", "appeal_by", "appeal_of")),
        **dict.fromkeys(ENTRY_COMPUTED),
        "renewal_days": 30,
        "not_appealing": False,
    },
    "case": {"plan_type": "", "patient_dob": None, "payer_fax": ""},
    "link": dict.fromkeys(("confidence", "reason")),
}


# --- writing -------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value.isoformat() if isinstance(value, date) else value


def _json_list(stored: str) -> list[Any]:
    """A JSON list column; anything unreadable counts as empty rather than failing."""
    with contextlib.suppress(ValueError):
        value = json.loads(stored or "[]")
        return value if isinstance(value, list) else []
    return []


def case_json(info: CaseInfo) -> dict[str, Any]:
    p = info.profile
    values = {key: getattr(p, key) for key in CASE_TEXT}
    later = list(CASE_TEXT)[2:]  # therapy_start goes after therapy
    contacts = {
        key: {k: getattr(getattr(p, key), k) for k in CONTACT}
        for key in ("provider_office", "pharmacy")
    }
    return {
        "folder": info.folder,
        **{k: values[k] for k in ("patient", "therapy")},
        "therapy_start": _plain(p.therapy_start),
        **{k: values[k] for k in later},
        **contacts,
        "plan_type": p.plan_type,
        "patient_dob": _plain(p.patient_dob),
        "payer_fax": p.payer_fax,
    }


def document_json(doc: Document, paths: dict[int, str]) -> dict[str, Any]:
    special = {
        "duplicate_of": paths.get(doc.duplicate_of_id) if doc.duplicate_of_id else None,
        "requested_items": _json_list(doc.requested_items),
        "fulfills": _json_list(doc.fulfills),
    }
    return {k: special[k] if k in special else _plain(getattr(doc, k)) for k in DOCUMENT}


def missing_json(row: MissingRow) -> dict[str, Any]:
    """A still-missing row as in the export (also ``organizer missing --json``)."""
    return {k: _plain(getattr(row, k)) for k in MISSING_KEYS}


def entry_json(entry: LogEntryInfo, facts: CaseFacts) -> dict[str, Any]:
    """A log entry as in the export, with its computed version 2 dates."""
    expected = expected_for(entry, facts)
    computed = {
        "renewal_on": renewal_date(entry),
        "decision_expected_by": expected.by if expected else None,
        "decision_expected_source": expected.source if expected else None,
    }
    return {
        **{k: _plain(computed[k] if k in computed else getattr(entry, k)) for k in ENTRY},
        "documents": [{k: getattr(link, k) for k in LINK} for link in entry.links],
    }


def export_case(db: Database, case_id: int, *, today: date, now: datetime) -> dict[str, Any]:
    """The whole case as plain JSON values. ``today`` dates the missing list (local date)."""
    with db.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise KnownError("That case no longer exists.")
        docs = sorted(
            session.scalars(select(Document).where(Document.case_id == case_id)),
            key=lambda d: d.path,
        )
        paths = {d.id: d.path for d in docs}
        entries = [log.entry_info(e) for e in log.load_entries(session, case_id)]
        facts = case_facts(session, case)
        calls = select(Call).where(Call.case_id == case_id).order_by(Call.called_at, Call.id)
        questions = select(Question).where(Question.case_id == case_id)
        questions = questions.order_by(Question.created_at, Question.id)
        dated = sorted(entries, key=lambda e: (e.requested_on is None, e.requested_on, e.id))
        missing = missing_rows(entries, today, profile_of(case), facts=facts)
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": now.isoformat(timespec="seconds"),
            "case": case_json(case_info(case)),
            "documents": [document_json(d, paths) for d in docs],
            "log": [entry_json(e, facts) for e in dated],
            "calls": [{k: _plain(getattr(c, k)) for k in CALL} for c in session.scalars(calls)],
            "questions": [
                {k: _plain(getattr(q, k)) for k in QUESTION} for q in session.scalars(questions)
            ],
            "missing": [missing_json(row) for row in missing],
        }


def export_text(db: Database, case_id: int, *, today: date, now: datetime) -> str:
    """The export as the text of a JSON file (UTF-8, indented, ending in a newline)."""
    data = export_case(db, case_id, today=today, now=now)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_export_file(path: Path, content: str, case_folder: str) -> Path:
    """Write ``content`` to ``path``, readable by the user only, all at once or not at all.

    The case folder is refused: the organizer writes there only new files of its own
    (``Imported/``, ``Sent/``), never an export.
    """
    return private_files.write_private_file(path, content.encode("utf-8"), case_folder, "export")


# --- reading and checking ---------------------------------------------------------------


def read_export_file(path: Path) -> Any:
    """The JSON value in ``path``; a file that can't be read or parsed is a KnownError."""
    try:
        with private_files.open_input(path, "export") as stream:
            raw = stream.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise KnownError(f"Can't read {path}: {exc.strerror or exc}.") from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise ExportFileError("the file is too large to be an organizer export")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ExportFileError(f"it is not valid JSON (line {exc.lineno})") from None
    except (ValueError, RecursionError):
        raise ExportFileError("it is not valid JSON") from None


class Fields:
    """Reads checked values from one JSON object; a problem names where it is."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ExportFileError(f"{where} must be a JSON object")
        self.obj: dict[str, Any] = value
        self.where = where

    def raw(self, key: str) -> Any:
        if key not in self.obj:
            raise ExportFileError(f'{self.where} is missing the key "{key}"')
        return self.obj[key]

    def take(self, keys: Spec, optional: dict[str, Any] | None = None) -> dict[str, Any]:
        """Every key in ``keys``, checked; keys in ``optional`` may be left out."""
        values: dict[str, Any] = {}
        for key, (convert, nullable) in keys.items():
            if optional is not None and key in optional and key not in self.obj:
                values[key] = optional[key]
                continue
            value = self.raw(key)
            try:
                values[key] = None if value is None and nullable else convert(value)
            except ValueError as exc:
                raise ExportFileError(f"{self.where}.{key} {exc}") from None
        return values

    def items(self, key: str) -> list[Fields]:
        value = self.raw(key)
        if not isinstance(value, list):
            raise ExportFileError(f"{self.where}.{key} must be a list")
        prefix = "" if self.where == "the file" else f"{self.where}."
        return [Fields(v, f"{prefix}{key}[{i}]") for i, v in enumerate(value)]


@dataclass(frozen=True, slots=True)
class ExportData:
    """A checked export, in the shapes the database rows take."""

    profile: CaseProfile
    documents: list[dict[str, Any]]
    log: list[dict[str, Any]]
    calls: list[dict[str, Any]]
    questions: list[dict[str, Any]]


def check_entry(fields: Fields) -> dict[str, Any]:
    """One log entry with its links; the links' paths are checked by ``check_links``."""
    entry = fields.take(ENTRY, OPTIONAL["entry"])
    links: list[dict[str, Any]] = []
    for link_fields in fields.items("documents"):
        link = link_fields.take(LINK, OPTIONAL["link"])
        if any((link["path"], link["role"]) == (x["path"], x["role"]) for x in links):
            raise ExportFileError(f"{link_fields.where} repeats a document in the same role")
        link["where"] = link_fields.where
        links.append(link)
    return {**entry, "links": links}


def check_links(entries: list[dict[str, Any]], paths: set[str]) -> None:
    ids: set[int] = set()
    for index, entry in enumerate(entries):
        if entry["id"] in ids:
            raise ExportFileError(f"log[{index}].id {entry['id']} is used twice")
        ids.add(entry["id"])
        for link in entry["links"]:
            where = link.pop("where")
            if link["path"] not in paths:
                raise ExportFileError(f"{where}.path is not in the documents list")
    for index, entry in enumerate(entries):
        appeal_of = entry.get("appeal_of")
        if appeal_of is not None and appeal_of not in ids - {entry["id"]}:
            raise ExportFileError(f"log[{index}].appeal_of names no other log entry")


def check_head(top: Fields) -> CaseProfile:
    """The format, its version, and the case's profile."""
    if top.obj.get("format") != FORMAT:
        raise ExportFileError(f'it is not an organizer export ("format" is not "{FORMAT}")')
    version = top.obj.get("version")
    if type(version) is not int or version not in READS_VERSIONS:
        raise ExportFileError(
            f"it is export format version {json.dumps(version)[:20]}; "
            f"this organizer reads versions {' and '.join(map(str, READS_VERSIONS))}"
        )
    top.take(spec("exported_at:moment"))
    case = Fields(top.raw("case"), "case")
    values = case.take(spec("folder:text therapy_start:date?") | CASE_TEXT)
    values |= case.take(CASE_V2, OPTIONAL["case"] if version == 1 else None)
    office, pharmacy = (
        Contact(**Fields(case.raw(key), f"case.{key}").take(CONTACT))
        for key in ("provider_office", "pharmacy")
    )
    del values["folder"]  # for information only: the import names the folder
    return CaseProfile(**values, provider_office=office, pharmacy=pharmacy)


def check_documents(documents: list[dict[str, Any]]) -> set[str]:
    paths = {d["path"] for d in documents}
    if len(paths) != len(documents):
        raise ExportFileError("the documents list names the same path twice")
    for index, doc in enumerate(documents):
        if doc["duplicate_of"] is not None and doc["duplicate_of"] not in paths - {doc["path"]}:
            raise ExportFileError(f"documents[{index}].duplicate_of names no other document")
    return paths


def validate(value: Any) -> ExportData:
    """Check a whole export; the first problem found is raised as an ExportFileError."""
    top = Fields(value, "the file")
    profile = check_head(top)
    documents = [f.take(DOCUMENT, OPTIONAL["document"]) for f in top.items("documents")]
    paths = check_documents(documents)
    entries = [check_entry(f) for f in top.items("log")]
    check_links(entries, paths)
    calls = [f.take(CALL) for f in top.items("calls")]
    questions = [f.take(QUESTION) for f in top.items("questions")]
    top.items("missing")  # worked out again from the log; only its shape is checked
    return ExportData(profile, documents, entries, calls, questions)


# --- importing -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportSummary:
    case: CaseInfo
    documents: int
    log_entries: int
    calls: int
    questions: int


def import_case(db: Database, path: Path, folder: Path) -> ImportSummary:
    """Restore the export in ``path`` into a new case for ``folder``, keeping log entry ids.

    Everything is checked first; any problem is refused with a KnownError that names it,
    and nothing is written.
    """
    try:
        data = export_stream.validate_file(path)
    except ExportFileError as exc:
        message = f"Can't import {path.name}: {exc.message}. Nothing was changed."
        raise ExportFileError(message) from None
    if not folder.is_dir():
        raise KnownError(f"The folder does not exist: {folder}")
    key = normalise_folder(folder)
    now = datetime.now(UTC)
    with db.session() as session:
        if session.scalar(select(Case.id).where(Case.folder == key)) is not None:
            raise KnownError(f"There is already a case for the folder {key}; nothing was changed.")
        ids = [entry["id"] for entry in data.log]
        taken = list(session.scalars(select(LogEntry.id).where(LogEntry.id.in_(ids))))
        if taken:
            raise KnownError(
                f"Can't import {path.name}: log entry id {min(taken)} is already used by another "
                "case in this database; import into an empty database. Nothing was changed."
            )
        case = add_case_row(
            session,
            key,
            data.profile,
            now,
            {"imported_from": str(path)},
            "Case restored from an export",
        )
        docs: dict[str, Document] = {}
        for fields in data.documents:
            values = {k: v for k, v in fields.items() if k != "duplicate_of"}
            docs[fields["path"]] = Document(case_id=case.id, first_seen_at=now, **values)
        session.add_all(docs.values())
        session.flush()
        for fields in data.documents:
            if fields["duplicate_of"] is not None:
                docs[fields["path"]].duplicate_of_id = docs[fields["duplicate_of"]].id
        for number, fields in enumerate(data.log, start=1):
            if number % FLUSH_EVERY == 0:
                session.flush()  # in batches: a big import never holds every row at once
            skip = ("id", "item", "links", *ENTRY_COMPUTED)
            values = {k: v for k, v in fields.items() if k not in skip}
            entry = log.add_entry_row(
                session, case, fields["item"], values, now.date(), fields["id"], "Restored"
            )
            for link in fields["links"]:
                log.add_link_row(
                    session,
                    entry,
                    docs[link["path"]],
                    link["role"],
                    link["confirmed"],
                    link["confidence"],
                    link["reason"],
                )
        session.add_all(Call(case_id=case.id, **fields) for fields in data.calls)
        session.add_all(Question(case_id=case.id, **fields) for fields in data.questions)
        session.flush()
        counts = (len(data.documents), len(data.log), len(data.calls), len(data.questions))
        return ImportSummary(case_info(case), *counts)
