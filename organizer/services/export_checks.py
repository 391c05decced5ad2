"""Checking an export, key list by key list: what a file must hold before anything is written.

One key list per record type drives both writing (``export``) and checking (here, for the
whole file and for the streamed reading of a big one, ``export_stream``), in the order the
keys are written; docs/export-format.md describes the same lists, so keep them in step.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.errors import KnownError, told, word
from organizer.core.pathnames import is_canonical, to_os
from organizer.core.phrases import QT_TRANSLATE_NOOP, Arg, Phrase
from organizer.core.profile import PLAN_TYPE_WORDS, CaseProfile, Contact
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


TOO_LARGE = QT_TRANSLATE_NOOP("errors", "the file is too large to be an organizer export")
NOT_JSON = QT_TRANSLATE_NOOP("errors", "it is not valid JSON")
NOT_JSON_AT = QT_TRANSLATE_NOOP("errors", "it is not valid JSON (line {0})")
WHOLE_FILE = QT_TRANSLATE_NOOP("errors", "the file")


# --- value checks: each returns the value as stored, or raises ValueError saying why ------


class BadValue(ValueError):
    """Why a value is refused, as a phrase of the "errors" context (said in the language)."""

    def __init__(self, template: str, *args: Arg) -> None:
        self.phrase = Phrase(template, tuple(args), "errors")
        super().__init__(self.phrase.english())


def why(exc: ValueError) -> Arg:
    """What a refused value's error says, as a phrase when it is one of ours."""
    return exc.phrase if isinstance(exc, BadValue) else str(exc)


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be text"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadValue(
            QT_TRANSLATE_NOOP("errors", "holds characters that are not valid text")
        ) from None
    return value


def quoted(value: Any, limit: int) -> str:
    """A value from the file, quoted as JSON for a message, at most ``limit`` characters.

    Letters stay as typed ("mañana", not "ma\\u00f1ana"); control characters stay escaped
    so a message stays on its line. A name that is not valid text (an escaped byte) is
    shown escaped, as it could not be printed.
    """
    shown = json.dumps(value, ensure_ascii=False)
    try:
        shown.encode("utf-8")
    except UnicodeEncodeError:
        shown = json.dumps(value)
    return shown[:limit]


def day(value: Any) -> date:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    raise BadValue(QT_TRANSLATE_NOOP("errors", "{0} is not a date (YYYY-MM-DD)"), quoted(value, 40))


def moment(value: Any) -> datetime:
    parsed = None
    with contextlib.suppress(ValueError):
        parsed = datetime.fromisoformat(text(value))
    if parsed is None or parsed.tzinfo is None:
        raise BadValue(
            QT_TRANSLATE_NOOP("errors", "{0} is not a date and time with its UTC offset"),
            quoted(value, 40),
        )
    try:
        parsed.astimezone(UTC)  # 0001-01-01T00:00+14:00 is before the first UTC moment
    except OverflowError:
        raise BadValue(
            QT_TRANSLATE_NOOP("errors", "{0} is outside the calendar"), quoted(value, 40)
        ) from None
    return parsed


def count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= BIGGEST:
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be a whole number, 0 or more"))
    return value


def log_id(value: Any) -> int:
    if count(value) < 1:
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be a whole number, 1 or more"))
    return int(value)


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be true or false"))
    return value


def fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be a number"))
    if not (math.isfinite(value) and 0 <= value <= 1):
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be between 0 and 1"))
    return float(value)


def code(codes: Iterable[str]) -> Convert:
    known = sorted(str(c) for c in codes)

    def convert(value: Any) -> str:
        if not isinstance(value, str) or value not in known:
            raise BadValue(
                QT_TRANSLATE_NOOP("errors", "{0} is not one of: {1}"),
                quoted(value, 40),
                ", ".join(known),
            )
        return value

    return convert


def item_keys(value: Any) -> str:
    """A list of checklist keys, stored as JSON text."""
    if not isinstance(value, list):
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be a list of checklist items"))
    return json.dumps([CONVERTERS["item"](v) for v in value])


def relative_path(value: Any) -> str:
    """A path inside the case folder: relative, with no ``..``, ``.`` or empty parts."""
    path = text(value)
    if not is_canonical(path):  # see docs/export-format.md: names that are not UTF-8
        raise BadValue(
            QT_TRANSLATE_NOOP("errors", "{0} escapes a name in a way never written"),
            quoted(path, 80),
        )
    on_disk = to_os(path)  # escaped bytes are not backslashes
    parts = re.split(r"[\\/]", on_disk)
    outside = on_disk.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", on_disk) is not None
    if outside or "\x00" in on_disk or any(part in ("", ".", "..") for part in parts):
        raise BadValue(
            QT_TRANSLATE_NOOP("errors", "{0} points outside the case folder"), quoted(path, 80)
        )
    return path


def sha256(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise BadValue(QT_TRANSLATE_NOOP("errors", "must be 64 lowercase hexadecimal digits"))
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


class Fields:
    """Reads checked values from one JSON object; a problem names where it is."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ExportFileError(
                told(QT_TRANSLATE_NOOP("errors", "{0} must be a JSON object"), word(where))
            )
        self.obj: dict[str, Any] = value
        self.where = where

    def raw(self, key: str) -> Any:
        if key not in self.obj:
            raise ExportFileError(
                told(
                    QT_TRANSLATE_NOOP("errors", '{0} is missing the key "{1}"'),
                    word(self.where),
                    key,
                )
            )
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
                raise ExportFileError(
                    told(
                        QT_TRANSLATE_NOOP("errors", "{0}.{1} {2}"), word(self.where), key, why(exc)
                    )
                ) from None
        return values

    def items(self, key: str) -> list[Fields]:
        value = self.raw(key)
        if not isinstance(value, list):
            raise ExportFileError(
                told(QT_TRANSLATE_NOOP("errors", "{0}.{1} must be a list"), word(self.where), key)
            )
        prefix = "" if self.where == WHOLE_FILE else f"{self.where}."
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
            raise ExportFileError(
                told(
                    QT_TRANSLATE_NOOP("errors", "{0} repeats a document in the same role"),
                    word(link_fields.where),
                )
            )
        link["where"] = link_fields.where
        links.append(link)
    return {**entry, "links": links}


def check_links(entries: list[dict[str, Any]], paths: set[str]) -> None:
    ids: set[int] = set()
    for index, entry in enumerate(entries):
        if entry["id"] in ids:
            raise ExportFileError(
                told(
                    QT_TRANSLATE_NOOP("errors", "log[{0}].id {1} is used twice"), index, entry["id"]
                )
            )
        ids.add(entry["id"])
        for link in entry["links"]:
            where = link.pop("where")
            if link["path"] not in paths:
                raise ExportFileError(
                    told(
                        QT_TRANSLATE_NOOP("errors", "{0}.path is not in the documents list"),
                        word(where),
                    )
                )
    for index, entry in enumerate(entries):
        appeal_of = entry.get("appeal_of")
        if appeal_of is not None and appeal_of not in ids - {entry["id"]}:
            raise ExportFileError(
                told(
                    QT_TRANSLATE_NOOP("errors", "log[{0}].appeal_of names no other log entry"),
                    index,
                )
            )


def check_head(top: Fields) -> CaseProfile:
    """The format, its version, and the case's profile."""
    if top.obj.get("format") != FORMAT:
        raise ExportFileError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors", 'it is not an organizer export ("format" is not "{0}")'
                ),
                FORMAT,
            )
        )
    version = top.obj.get("version")
    if type(version) is not int or version not in READS_VERSIONS:
        raise ExportFileError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "it is export format version {0}; this organizer reads versions {1} and {2}",
                ),
                quoted(version, 20),
                ", ".join(map(str, READS_VERSIONS[:-1])),
                str(READS_VERSIONS[-1]),
            )
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
        raise ExportFileError(
            told(QT_TRANSLATE_NOOP("errors", "the documents list names the same path twice"))
        )
    for index, doc in enumerate(documents):
        if doc["duplicate_of"] is not None and doc["duplicate_of"] not in paths - {doc["path"]}:
            raise ExportFileError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors", "documents[{0}].duplicate_of names no other document"
                    ),
                    index,
                )
            )
    return paths


def validate(value: Any) -> ExportData:
    """Check a whole export; the first problem found is raised as an ExportFileError."""
    top = Fields(value, WHOLE_FILE)
    profile = check_head(top)
    documents = [f.take(DOCUMENT, OPTIONAL["document"]) for f in top.items("documents")]
    paths = check_documents(documents)
    entries = [check_entry(f) for f in top.items("log")]
    check_links(entries, paths)
    calls = [f.take(CALL) for f in top.items("calls")]
    questions = [f.take(QUESTION) for f in top.items("questions")]
    top.items("missing")  # worked out again from the log; only its shape is checked
    return ExportData(profile, documents, entries, calls, questions)
