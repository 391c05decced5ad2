"""Copying dropped files into the case folder (and, with ``publish``, the fax packets).

It only ever creates new files (and the dated folders that hold them) under
``Imported/YYYY-MM-DD/`` (and ``Sent/YYYY-MM-DD/`` for packets, see services.packet).
Originals are read, never moved or changed; a name that is taken
gets " (2)", " (3)"...; and the final name is claimed with a hard link from a hidden
temporary file (or an exclusive create), so even a race can't overwrite anything.

Pictures become PDFs and e-mails get a readable PDF through the makers the caller
passes (``convert``, ``render_mail``): drawing them needs Qt, which lives above the
services (``jobs/picture_pdf.py``, ``jobs/mail_pdf.py``; ``jobs/importing.py`` passes
both). Everything here may run on a background thread.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import os
import re
import secrets
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, Protocol

from organizer.core import import_words as said
from organizer.core.filenames import suffix_of, wanted
from organizer.core.import_words import AVIF_WORDS, FOLDER_WORDS, ONLY_PDF_AND_PICTURES
from organizer.core.mail import OLE_MAGIC, is_mail_name
from organizer.core.system_words import system_reason
from organizer.services.heif_pictures import is_heif
from organizer.services.mail_import import MailRenderer, bring_in_extras

IMPORT_FOLDER = "Imported"
TEMP_PREFIX = ".organizer-import-"  # hidden and ending in .part: the indexer ignores it
TEMP_SUFFIX = ".part"
CHUNK = 1 << 20
# What os.link reports on file systems without hard links (FAT drives, some shares).
NO_HARD_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK})
HEAD_BYTES = 1024

PDF_MAGIC = b"%PDF-"
IMAGE_MAGICS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
AVIF_SUFFIXES = frozenset({".avif"})

# Converted PDFs carry a document id made from the picture's SHA-256, so dropping the same
# picture again is recognised even though each conversion's bytes differ.
PICTURE_ID_NAMESPACE = "6f1d2c1e-6b0c-4d55-9a53-5d1c1a0f0c42"
PICTURE_ID_PATTERN = re.compile(rb'xmpMM:DocumentID="uuid:([0-9a-fA-F-]{36})"')
PICTURE_ID_HEAD = 8192


class ImportStatus(StrEnum):
    COPIED = "copied"
    CONVERTED = "converted"
    ALREADY_THERE = "already_there"
    REFUSED = "refused"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one dropped file. ``destination`` is relative to the case folder:
    the new file, or for ``already_there`` the document that already holds this content."""

    source: Path
    status: ImportStatus
    destination: str | None
    message: str


@dataclass(slots=True)
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)

    def with_status(self, *statuses: ImportStatus) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def added(self) -> list[str]:
        """Relative paths of the new files, in the order they were dropped."""
        done = self.with_status(ImportStatus.COPIED, ImportStatus.CONVERTED)
        return [o.destination for o in done if o.destination]

    @property
    def destinations(self) -> list[str]:
        """Where each accepted file's content now is (new or already there), for linking."""
        return [o.destination for o in self.outcomes if o.destination]

    def counts(self) -> tuple[int, int, int]:
        """How many files were added, already there, and not added (for the headline in
        another language: ``organizer.words.import_headline``)."""
        there = len(self.with_status(ImportStatus.ALREADY_THERE))
        not_added = len(self.with_status(ImportStatus.REFUSED, ImportStatus.FAILED))
        return len(self.added), there, not_added

    def headline(self) -> str:
        """One sentence, e.g. "Added 3 documents. 1 was already in your folder."."""
        added, there, not_added = self.counts()
        parts: list[str] = []
        if added:
            parts.append(f"Added {_count(added, 'document', 'documents')}.")
        if there:
            verb = "was" if there == 1 else "were"
            parts.append(f"{_count(there, 'file', 'files')} {verb} already in your folder.")
        if not_added:
            parts.append(f"{_count(not_added, 'file', 'files')} could not be added.")
        return " ".join(parts) or "Nothing was added."

    def summary(self) -> str:
        """The headline, then one line for each file that needs a word of explanation."""
        return "\n".join([self.headline(), *(f"{n}: {m}" for n, m in self.explained())])

    def explained(self) -> list[tuple[str, str]]:
        """The name and reason of each file that needs a word of explanation."""
        done = (ImportStatus.COPIED, ImportStatus.CONVERTED)
        return [(o.source.name, o.message) for o in self.outcomes if o.status not in done]


def _count(n: int, one: str, many: str) -> str:
    return f"1 {one}" if n == 1 else f"{n} {many}"


class _Refused(Exception):
    """A file this app does not take, with the plain-words reason."""


class Damaged(Exception):
    """A file of the right kind that can't be decoded, with the plain-words reason."""


def import_files(
    case_folder: Path,
    files: Sequence[Path],
    *,
    today: date,
    known_hashes: Mapping[str, str],
    progress: Callable[[int, int], None] | None = None,
    convert: PictureConverter | None = None,
    render_mail: MailRenderer | None = None,
) -> ImportReport:
    """Copy ``files`` into ``case_folder/Imported/<today>/``; pictures become PDFs.

    An e-mail is copied as it is, with a readable PDF of it and its PDF and picture
    attachments beside it (see ``mail_import``).

    ``known_hashes`` (documents.known_hashes) maps the SHA-256 of documents already in the case
    to their relative paths; such content is not copied again, and neither is a file dropped
    twice in one batch or imported moments ago. ``progress(done, total)`` is called after
    each file, on the calling thread. Never raises for a bad file: each gets an outcome.
    ``convert`` turns a picture into the PDF to keep (``jobs/picture_pdf.picture_to_pdf``,
    the picture as it is, or ``jobs/photo_pdf``'s corrected, searchable page, made in a
    reader process); without one, a picture is refused with a plain reason.
    ``render_mail`` draws an e-mail's readable PDF (``jobs/mail_pdf.message_pdf``); without
    one, only its attachments are added beside it.
    """
    folder = case_folder / IMPORT_FOLDER / today.isoformat()
    relative_folder = f"{IMPORT_FOLDER}/{today.isoformat()}"
    seen: dict[str, str] = dict(known_hashes)
    earlier = _EarlierImports(case_folder)
    report = ImportReport()
    for number, source in enumerate(files, start=1):
        extras: list[ImportOutcome] = []
        try:
            kind = _classify(source)
            inside = _relative_inside(source, case_folder)
            if inside is not None:
                outcome = _already(source, inside)
            else:
                digest, size = _sha256(source)
                where = seen.get(digest) or earlier.holding(digest, size)
                if where is None and kind == "image":
                    where = earlier.converted_from(_picture_id(digest))
                if where is not None:
                    outcome = _already(source, where)
                else:
                    outcome = _bring_in(
                        source, kind, digest, folder, relative_folder, convert or _no_converter
                    )
                    if outcome.destination:
                        seen[digest] = outcome.destination
                    if outcome.destination and kind == "mail":
                        extras = mail_outcomes(source, seen, folder, relative_folder, render_mail)
        except _Refused as refusal:
            outcome = ImportOutcome(source, ImportStatus.REFUSED, None, str(refusal))
        except (Damaged, OSError) as exc:
            outcome = ImportOutcome(source, ImportStatus.FAILED, None, _read_problem(exc))
        report.outcomes.append(outcome)
        report.outcomes.extend(extras)
        if progress is not None:
            progress(number, len(files))
    return report


def mail_outcomes(
    source: Path,
    seen: dict[str, str],
    folder: Path,
    relative_folder: str,
    render: MailRenderer | None = None,
) -> list[ImportOutcome]:
    """The readable PDF of a dropped e-mail and its PDF and picture attachments."""

    def put(name: str, write: Callable[[BinaryIO], None]) -> str:
        return f"{relative_folder}/{publish(folder, name, write).name}"

    try:
        done = bring_in_extras(source, seen, put, render)
    except OSError as exc:
        words = said.ATTACHMENTS_NOT_SAVED.format(_reason(exc))
        return [ImportOutcome(source, ImportStatus.FAILED, None, words)]
    statuses = {"already": ImportStatus.ALREADY_THERE}
    return [
        ImportOutcome(source, statuses.get(what, ImportStatus.COPIED), where, words)
        for what, where, words in done
    ]


def _already(source: Path, where: str) -> ImportOutcome:
    return ImportOutcome(source, ImportStatus.ALREADY_THERE, where, said.ALREADY.format(where))


def _reason(exc: OSError) -> str:
    """The system's reason in plain words (``organizer.words.import_reason`` says them in
    the chosen language); a rare one is the system's own text, in lower case."""
    reason = system_reason(exc)
    return reason.english() if reason.text != "{0}" else reason.english().lower()


def _read_problem(exc: Exception) -> str:
    """Why a dropped file could not be read, in plain words."""
    if isinstance(exc, FileNotFoundError):
        return said.NO_LONGER_THERE
    if isinstance(exc, PermissionError):
        return said.NO_PERMISSION
    return said.CANT_READ.format(_reason(exc)) if isinstance(exc, OSError) else str(exc)


def _classify(source: Path) -> str:
    """'mail' by name, else 'pdf' or 'image' by signature; anything else is refused."""
    if source.is_dir():
        raise _Refused(FOLDER_WORDS)
    with source.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if is_mail_name(source.name) and head:
        if suffix_of(source.name) == ".msg" and not head.startswith(OLE_MAGIC):
            raise _Refused(said.NOT_OUTLOOK)
        return "mail"
    if PDF_MAGIC in head:
        return "pdf"
    if head.startswith(IMAGE_MAGICS) or is_heif(head):
        return "image"
    if head[4:12] == b"ftypavif" or suffix_of(source.name) in AVIF_SUFFIXES:
        raise _Refused(AVIF_WORDS)
    if not head:
        raise _Refused(said.EMPTY)
    if suffix_of(source.name) == ".pdf":
        raise _Refused(f"{said.NOT_A_PDF} {ONLY_PDF_AND_PICTURES}")
    raise _Refused(ONLY_PDF_AND_PICTURES)


def _relative_inside(source: Path, case_folder: Path) -> str | None:
    """The path relative to the case folder when the dropped file already lives there."""
    try:
        return source.resolve().relative_to(case_folder.resolve()).as_posix()
    except ValueError:
        return None


def _sha256(path: Path) -> tuple[str, int]:
    """The file's SHA-256 and size, read in chunks so big scans don't fill the memory."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class _EarlierImports:
    """What earlier drops left under Imported/, looked at only when needed.

    The index can lag behind a drop by a few seconds, so the same file dropped twice in a
    row is also caught here: by size first, then by content.
    """

    def __init__(self, case_folder: Path) -> None:
        self.case_folder = case_folder
        self._sizes: dict[int, list[Path]] | None = None
        self._hashes: dict[Path, str] = {}
        self._picture_ids: dict[str, str] | None = None

    def _files(self) -> dict[int, list[Path]]:
        if self._sizes is None:
            self._sizes = {}
            imported = self.case_folder / IMPORT_FOLDER
            for path in sorted(imported.rglob("*")) if imported.is_dir() else ():
                if wanted(path.relative_to(self.case_folder).as_posix()):
                    with contextlib.suppress(OSError):
                        self._sizes.setdefault(path.stat().st_size, []).append(path)
        return self._sizes

    def holding(self, digest: str, size: int) -> str | None:
        """An earlier import with exactly this content."""
        for path in self._files().get(size, []):
            if path not in self._hashes:
                try:
                    self._hashes[path] = _sha256(path)[0]
                except OSError:
                    continue
            if self._hashes[path] == digest:
                return path.relative_to(self.case_folder).as_posix()
        return None

    def converted_from(self, picture_id: str) -> str | None:
        """The PDF made earlier from the picture with this id."""
        if self._picture_ids is None:
            self._picture_ids = {}
            for paths in self._files().values():
                for path in paths:
                    found = _read_picture_id(path)
                    if found:
                        self._picture_ids.setdefault(
                            found, path.relative_to(self.case_folder).as_posix()
                        )
        return self._picture_ids.get(picture_id)


class PictureConverter(Protocol):
    def __call__(self, source: Path, *, title: str, picture_sha256: str) -> bytes: ...


def _no_converter(source: Path, *, title: str, picture_sha256: str) -> bytes:
    raise _Refused(said.NO_CONVERTER)


def _bring_in(
    source: Path,
    kind: str,
    digest: str,
    folder: Path,
    relative_folder: str,
    convert: PictureConverter,
) -> ImportOutcome:
    if kind == "pdf":
        name = source.name if suffix_of(source.name) == ".pdf" else f"{source.stem}.pdf"
        status, write = ImportStatus.COPIED, _copy_checked(source, digest)
        message = said.ADDED
    elif kind == "mail":  # copied as it is; its readable PDF and attachments come after
        name, status, write = source.name, ImportStatus.COPIED, _copy_checked(source, digest)
        message = said.ADDED
    else:
        data = convert(source, title=source.stem, picture_sha256=digest)
        name, status = f"{source.stem}.pdf", ImportStatus.CONVERTED
        message = said.SAVED_AS_PDF

        def write(out: BinaryIO) -> None:
            out.write(data)

    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = publish(folder, name, write)
    except _SourceChanged:
        words = said.CHANGED
        return ImportOutcome(source, ImportStatus.FAILED, None, words)
    except OSError as exc:
        words = said.NOT_SAVED.format(_reason(exc))
        return ImportOutcome(source, ImportStatus.FAILED, None, words)
    return ImportOutcome(source, status, f"{relative_folder}/{final.name}", message)


class _SourceChanged(OSError):
    """The original was changed between hashing and copying."""


def _copy_checked(source: Path, digest: str) -> Callable[[BinaryIO], None]:
    def write(out: BinaryIO) -> None:
        check = hashlib.sha256()
        with source.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                check.update(chunk)
                out.write(chunk)
        if check.hexdigest() != digest:
            raise _SourceChanged("the file changed while it was copied")

    return write


# --- never overwriting -------------------------------------------------------------------


def candidate_names(name: str) -> Iterator[str]:
    """``letter.pdf``, ``letter (2).pdf``, ``letter (3).pdf``..."""
    dot = name.rfind(".")
    stem, suffix = (name[:dot], name[dot:]) if dot > 0 else (name, "")
    yield name
    for number in itertools.count(2):
        yield f"{stem} ({number}){suffix}"


def publish(folder: Path, name: str, write: Callable[[BinaryIO], None]) -> Path:
    """Write a new file under the first free name like ``name``; never replace anything.

    The content goes to a hidden temporary file first, is flushed to disk, and is then
    hard-linked to its final name, which fails rather than replaces when the name is taken.
    Where hard links are not supported (some USB drives and network shares) the final name
    is created exclusively and filled from the temporary file.
    """
    temp, handle = _new_temp_file(folder)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        for candidate in candidate_names(name):
            final = folder / candidate
            try:
                _claim(temp, final)
            except FileExistsError:
                continue
            _sync_folder(folder)
            return final
        raise AssertionError("unreachable: candidate names never run out")
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _new_temp_file(folder: Path) -> tuple[Path, int]:
    """A new hidden temporary file, with the usual permissions (the user's umask applies)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue


def _claim(temp: Path, final: Path) -> None:
    """Give ``temp``'s content the name ``final``; FileExistsError when the name is taken."""
    try:
        os.link(temp, final)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in NO_HARD_LINKS:
            raise
    with final.open("xb") as out:  # only reached where hard links are not supported
        try:
            with temp.open("rb") as data:
                while chunk := data.read(CHUNK):
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        except BaseException:
            out.close()
            final.unlink()  # our own half-written file, created a moment ago
            raise


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX); harmless where folders can't be synced."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)  # no O_DIRECTORY on Windows
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- pictures --------------------------------------------------------------------------


def _picture_id(picture_sha256: str) -> str:
    """The id a PDF made from this picture carries (a name-based UUID, RFC 4122 version 5)."""
    return str(uuid.uuid5(uuid.UUID(PICTURE_ID_NAMESPACE), picture_sha256))


def _read_picture_id(path: Path) -> str | None:
    """The picture id a PDF made here carries near its start, if it is one of ours."""
    if suffix_of(path.name) != ".pdf":
        return None
    try:
        with path.open("rb") as handle:
            head = handle.read(PICTURE_ID_HEAD)
    except OSError:
        return None
    match = PICTURE_ID_PATTERN.search(head)
    return match.group(1).decode("ascii").lower() if match else None
