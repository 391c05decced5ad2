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
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from organizer.core.errors import KnownError, told
from organizer.core.missing import CaseFacts, MissingRow, expected_for, missing_rows, renewal_date
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.records import CaseInfo, LogEntryInfo
from organizer.services import export_stream, log, private_files
from organizer.services.case_facts import case_facts
from organizer.services.cases import add_case_row, case_info, normalise_folder, profile_of
from organizer.services.export_checks import (
    CALL,
    CASE_TEXT,
    CONTACT,
    DOCUMENT,
    ENTRY,
    ENTRY_COMPUTED,
    FLUSH_EVERY,
    FORMAT,
    LINK,
    MAX_IMPORT_BYTES,
    MISSING_KEYS,
    NOT_JSON,
    NOT_JSON_AT,
    QUESTION,
    TOO_LARGE,
    VERSION,
    ExportData,
    ExportFileError,
    Fields,
    check_documents,
    check_entry,
    check_head,
    check_links,
    day,
    relative_path,
    spec,
    validate,
)
from organizer.storage.database import Database
from organizer.storage.models import Call, Case, Document, LogEntry, Question

# The checks' names that callers have always found here, with the export's own.
__all__ = [
    "CALL",
    "DOCUMENT",
    "MAX_IMPORT_BYTES",
    "QUESTION",
    "ExportData",
    "ExportFileError",
    "Fields",
    "ImportSummary",
    "check_documents",
    "check_entry",
    "check_head",
    "check_links",
    "day",
    "export_case",
    "export_text",
    "import_case",
    "missing_json",
    "read_export_file",
    "relative_path",
    "spec",
    "validate",
    "write_export_file",
]


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
            raise KnownError(told(QT_TRANSLATE_NOOP("errors", "That case no longer exists.")))
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
        raise private_files.cant_read(path, exc) from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise ExportFileError(told(TOO_LARGE))
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ExportFileError(told(NOT_JSON_AT, exc.lineno)) from None
    except (ValueError, RecursionError):
        raise ExportFileError(told(NOT_JSON)) from None


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
        raise ExportFileError(
            told(
                QT_TRANSLATE_NOOP("errors", "Can't import {0}: {1}. Nothing was changed."),
                path.name,
                exc.phrase,
            )
        ) from None
    if not folder.is_dir():
        raise KnownError(
            told(QT_TRANSLATE_NOOP("errors", "The folder does not exist: {0}"), str(folder))
        )
    key = normalise_folder(folder)
    now = datetime.now(UTC)
    with db.session() as session:
        if session.scalar(select(Case.id).where(Case.folder == key)) is not None:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors", "There is already a case for the folder {0}; nothing was changed."
                    ),
                    key,
                )
            )
        ids = [entry["id"] for entry in data.log]
        taken = list(session.scalars(select(LogEntry.id).where(LogEntry.id.in_(ids))))
        if taken:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Can't import {0}: log entry id {1} is already used by another case in "
                        "this database; import into an empty database. Nothing was changed.",
                    ),
                    path.name,
                    min(taken),
                )
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
