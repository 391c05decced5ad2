"""Backing up a case to one file and restoring it.

A case backup is one zip file, readable by the user only, holding:

- ``export.json``: the case export (the same file ``organizer export`` writes, so it can
  also be imported on its own), and
- ``manifest.json``: the documents the case knew, each with its path, SHA-256 and size,
  so a restore can say which files in the folder still match.

It never holds document text, and it is written under a temporary name and renamed, so
a crash never leaves half a backup. The automatic copies of the database taken at start-up
are listed and put back by ``services.database_copies``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.services import export, private_files
from organizer.storage.database import Database
from organizer.storage.models import Document

log = logging.getLogger(__name__)

BACKUP_FORMAT = "organizer-backup"
BACKUP_VERSION = 1
EXPORT_MEMBER = "export.json"
MANIFEST_MEMBER = "manifest.json"
README_MEMBER = "README.txt"
MANIFEST_ENTRY = export.spec("path:path sha256:sha256 size:count?")
MAX_BACKUP_BYTES = 2 * export.MAX_IMPORT_BYTES
TOO_LARGE = QT_TRANSLATE_NOOP("errors", "{0} is too large to be an organizer backup.")
DOCUMENT_LIST = QT_TRANSLATE_NOOP("errors", "the list of documents")
README = """\
This file is a backup of one case, made by Infusion Coverage Organizer.
It holds the case's log, calls, questions and what was learned from its documents,
and a list of the documents with their fingerprints (SHA-256). It does not hold the
documents themselves: they stay in the case folder.

To restore it: organizer restore THIS-FILE --case CASE-FOLDER
"""


class BackupFileError(KnownError):
    """A file that is not a readable case backup; nothing was changed."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    path: str
    sha256: str
    size: int | None


@dataclass(frozen=True, slots=True)
class BackupSummary:
    path: Path
    documents: int
    log_entries: int


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """The restored case, and how the folder compares with the backup's manifest."""

    imported: export.ImportSummary
    matching: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        total = len(self.matching) + len(self.changed) + len(self.missing) + len(self.unreadable)
        case = self.imported.case
        lines = [
            f"Restored the case for {case.folder}: {self.imported.log_entries} log entries, "
            f"{self.imported.calls} calls, {self.imported.questions} questions.",
            f"Of the {total} documents the backup lists, "
            f"{_are(len(self.matching), 'is', 'are')} in the folder unchanged, "
            f"{_are(len(self.changed), 'has', 'have')} changed since the backup and "
            f"{_are(len(self.missing), 'is', 'are')} not in the folder.",
        ]
        if self.unreadable:
            lines.append(f"{_are(len(self.unreadable), 'was', 'were')} not readable to check.")
        return "\n".join(lines)

    def counts(self) -> tuple[int, int, int, int, int, int, int]:
        """Log entries, calls, questions; documents unchanged, changed, missing, unreadable
        (for the report in another language: ``organizer.words.restore_message``)."""
        done = self.imported
        return (
            done.log_entries,
            done.calls,
            done.questions,
            len(self.matching),
            len(self.changed),
            len(self.missing),
            len(self.unreadable),
        )


def _are(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


# --- making a backup ---------------------------------------------------------------------


def manifest_entries(db: Database, case_id: int) -> list[ManifestEntry]:
    """The case's documents as the index knows them: path, SHA-256 and size."""
    with db.session() as session:
        rows = session.execute(
            select(Document.path, Document.sha256, Document.size).where(
                Document.case_id == case_id, Document.sha256.is_not(None)
            )
        )
        # By path as Python compares text: the same order whatever the server's collation.
        return sorted((ManifestEntry(r.path, r.sha256, r.size) for r in rows), key=lambda m: m.path)


def pack_backup(
    export_content: str, case_folder: str, entries: list[ManifestEntry], now: datetime
) -> bytes:
    """The backup file's content: a zip holding a short note, the export and the manifest."""
    manifest = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "made_at": now.isoformat(timespec="seconds"),
        "case_folder": case_folder,
        "documents": [{"path": e.path, "sha256": e.sha256, "size": e.size} for e in entries],
    }
    stamp = max(now.astimezone(UTC).timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            (README_MEMBER, README),
            (EXPORT_MEMBER, export_content),
            (MANIFEST_MEMBER, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"),
        ):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def backup_case(
    db: Database, case_id: int, out_path: Path, *, now: datetime, today: date | None = None
) -> BackupSummary:
    """Write the case's backup file to ``out_path`` (outside the case folder), 0600.

    ``now`` stamps the backup; ``today`` dates the export's missing list (default: the
    date of ``now``).
    """
    content = export.export_text(db, case_id, today=today or now.date(), now=now)
    data = json.loads(content)
    folder = data["case"]["folder"]
    entries = manifest_entries(db, case_id)
    target = private_files.write_private_file(
        out_path, pack_backup(content, folder, entries, now), folder, "backup"
    )
    log.info("backup of case %s written to %s", case_id, target)
    return BackupSummary(target, len(entries), len(data["log"]))


# --- restoring a backup --------------------------------------------------------------------


def _member(archive: zipfile.ZipFile, name: str, where: Path) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise BackupFileError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors", "{0} is not an organizer backup (it has no {1}). Nothing was changed."
                ),
                where.name,
                name,
            )
        ) from None
    if info.file_size > export.MAX_IMPORT_BYTES:
        raise BackupFileError(told(TOO_LARGE, where.name))
    with archive.open(info) as stream:
        data = stream.read(export.MAX_IMPORT_BYTES + 1)
    if len(data) > export.MAX_IMPORT_BYTES:
        raise BackupFileError(told(TOO_LARGE, where.name))
    return data


def read_backup(path: Path) -> tuple[bytes, list[ManifestEntry]]:
    """The export file's bytes and the checked manifest; any problem is a KnownError."""
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_BYTES:
            raise BackupFileError(told(TOO_LARGE, path.name))
        with private_files.open_input(path, "backup") as stream, zipfile.ZipFile(stream) as archive:
            content = _member(archive, EXPORT_MEMBER, path)
            raw_manifest = _member(archive, MANIFEST_MEMBER, path)
    except BackupFileError:
        raise
    except OSError as exc:
        raise private_files.cant_read(path, exc) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise BackupFileError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is not an organizer backup, or it is damaged. Nothing was changed.",
                ),
                path.name,
            )
        ) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encryption
        raise BackupFileError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is packed in a way the organizer can't read. Nothing was changed.",
                ),
                path.name,
            )
        ) from exc
    return content, parse_manifest(raw_manifest, path)


def parse_manifest(raw: bytes, path: Path) -> list[ManifestEntry]:
    """The checked list of documents; paths must stay inside the case folder."""
    try:
        top = export.Fields(json.loads(raw), DOCUMENT_LIST)
        version = top.obj.get("version")
        if top.obj.get("format") != BACKUP_FORMAT or type(version) is not int:
            raise export.ExportFileError(
                told(QT_TRANSLATE_NOOP("errors", "its list of documents is not marked as one"))
            )
        if version != BACKUP_VERSION:
            raise export.ExportFileError(
                told(QT_TRANSLATE_NOOP("errors", "it is backup version {0}"), version)
            )
        return [ManifestEntry(**f.take(MANIFEST_ENTRY)) for f in top.items("documents")]
    except (ValueError, RecursionError):
        why = told(QT_TRANSLATE_NOOP("errors", "its list of documents is not valid JSON"))
    except export.ExportFileError as exc:
        why = exc.phrase
    raise BackupFileError(
        told(
            QT_TRANSLATE_NOOP(
                "errors",
                "{0} is not a backup the organizer can restore: {1}. Nothing was changed.",
            ),
            path.name,
            why,
        )
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def compare_folder(
    folder: Path, entries: list[ManifestEntry]
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(matching, changed, missing, unreadable) paths; the folder is only read."""
    matching: list[str] = []
    changed: list[str] = []
    missing: list[str] = []
    unreadable: list[str] = []
    for entry in entries:
        file = folder / entry.path
        try:
            if not file.is_file():
                missing.append(entry.path)
                continue
            if entry.size is not None and file.stat().st_size != entry.size:
                changed.append(entry.path)
                continue
            same = sha256_of(file) == entry.sha256
        except OSError:
            unreadable.append(entry.path)
            continue
        (matching if same else changed).append(entry.path)
    return matching, changed, missing, unreadable


def restore_backup(db: Database, backup_path: Path, folder: Path) -> RestoreReport:
    """Restore a case backup into a new case for ``folder``, then check the folder.

    Everything is checked before anything is written; a backup that is wrong in any way
    is refused with a KnownError and the database stays as it was.
    """
    content, entries = read_backup(backup_path)
    with tempfile.TemporaryDirectory(prefix="organizer-restore-") as scratch:
        # Named like the backup, so that any problem found names the user's file.
        export_file = Path(scratch) / backup_path.name
        fd = os.open(export_file, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as stream:
            stream.write(content)
        imported = export.import_case(db, export_file, folder)
    matching, changed, missing, unreadable = compare_folder(folder, entries)
    log.info(
        "case %s restored from a backup: %d matching, %d changed, %d missing",
        imported.case.id,
        len(matching),
        len(changed),
        len(missing),
    )
    return RestoreReport(imported, matching, changed, missing, unreadable)
