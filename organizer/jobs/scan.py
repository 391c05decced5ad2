"""Looking at the case folder without touching it: list, stat and hash documents.

Only reads. Symbolic links that lead out of the folder are not followed, and linked
folders are never followed (that also rules out loops). Only regular files are opened:
a document-named pipe, device, socket, dangling link or link loop is reported in
``odd`` with a plain-words reason instead, so it gets a state and never hangs a read.

Relative paths are returned as stored text (see ``core.pathnames``): names that are not
valid UTF-8 are escaped, so one odd name never stops the rest of the folder.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from organizer.core import read_words
from organizer.core.errors import FolderUnreachableError, told
from organizer.core.filenames import is_document_name, is_ignored_part, wanted
from organizer.core.pathnames import to_os, to_text
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.records import FileStat
from organizer.core.safe_open import NotRegularFileError, kind_of, open_regular

HASH_CHUNK = 1024 * 1024


@dataclass(slots=True)
class FolderScan:
    files: dict[str, FileStat] = field(default_factory=dict)
    # Sub-folders that could not be listed: what the index knows below them stays as it is.
    unlisted: list[str] = field(default_factory=list)
    # Document-named entries that are not files to read: path -> why.
    odd: dict[str, str] = field(default_factory=dict)


def folder_reachable(root: Path) -> bool:
    try:
        return root.is_dir() and os.access(root, os.R_OK | os.X_OK)
    except OSError:
        return False


def on_disk(root: Path, relative: str) -> Path:
    """The full path on disk of a stored relative path."""
    return root / to_os(relative)


def _inside(target: Path, root: Path) -> bool:
    return target == root or root in target.parents


def _resolve_link(path: str) -> Path | str:
    """Where a link leads, or why it leads nowhere."""
    try:
        return Path(path).resolve(strict=True)
    except RuntimeError:  # Python 3.11 reports a loop this way
        return read_words.LINK_LOOP
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return read_words.LINK_LOOP
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return read_words.LINK_DANGLING
        raise


def _stat_entry(
    entry: os.DirEntry[str], root_real: Path
) -> tuple[str, os.stat_result | str] | None:
    """('dir'|'file', stat) or ('odd', why) for an entry worth looking at, or None."""
    if entry.is_symlink():
        target = _resolve_link(entry.path)
        if isinstance(target, str):
            return "odd", target
        if not _inside(target, root_real) or target.is_dir():
            return None
        info = target.stat()
        if not stat.S_ISREG(info.st_mode):
            return "odd", read_words.not_ordinary(kind_of(info.st_mode))
        return "file", info
    info = entry.stat(follow_symlinks=False)
    if stat.S_ISDIR(info.st_mode):
        return "dir", info
    if stat.S_ISREG(info.st_mode):
        return "file", info
    return "odd", read_words.not_ordinary(kind_of(info.st_mode))


def scan_folder(root: Path, patterns: Sequence[str] = (), below: str = "") -> FolderScan:
    """Every document below ``root`` (or below its sub-folder ``below``), by relative path."""
    if not folder_reachable(root):
        raise FolderUnreachableError(
            told(QT_TRANSLATE_NOOP("errors", "The case folder can't be reached: {0}"), str(root))
        )
    root_real = root.resolve()
    scan = FolderScan()
    below_os = to_os(below)
    start = root / below_os if below else root
    stack: list[tuple[Path, str]] = [(start, f"{below_os.rstrip('/')}/" if below else "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            if folder == root:
                raise FolderUnreachableError(
                    told(
                        QT_TRANSLATE_NOOP("errors", "The case folder can't be read: {0}"), str(root)
                    )
                ) from None
            scan.unlisted.append(to_text(prefix.rstrip("/")))
            continue
        for entry in entries:
            if is_ignored_part(entry.name, patterns):
                continue
            try:
                found = _stat_entry(entry, root_real)
            except OSError:
                continue
            if found is None:
                continue
            kind, info = found
            relative = prefix + entry.name
            if kind == "dir":
                stack.append((Path(entry.path), relative + "/"))
            elif not is_document_name(entry.name):
                continue
            elif isinstance(info, str):
                scan.odd[to_text(relative)] = info
            else:
                scan.files[to_text(relative)] = FileStat(info.st_size, info.st_mtime_ns)
    return scan


def stat_paths(root: Path, paths: Iterable[str], patterns: Sequence[str] = ()) -> FolderScan:
    """Look at just these relative paths (hints from the watcher)."""
    if not folder_reachable(root):
        raise FolderUnreachableError(
            told(QT_TRANSLATE_NOOP("errors", "The case folder can't be reached: {0}"), str(root))
        )
    root_real = root.resolve()
    scan = FolderScan()
    for relative in paths:
        if not wanted(relative, patterns):
            continue
        full = on_disk(root, relative)
        try:
            if full.is_symlink():
                target = _resolve_link(str(full))
                if isinstance(target, str):
                    scan.odd[relative] = target
                    continue
                if not _inside(target, root_real):
                    continue
            found = full.stat()
        except OSError:
            continue
        if stat.S_ISREG(found.st_mode):
            scan.files[relative] = FileStat(found.st_size, found.st_mtime_ns)
        elif not stat.S_ISDIR(found.st_mode):
            scan.odd[relative] = read_words.not_ordinary(kind_of(found.st_mode))
    return scan


def hash_file(path: Path) -> str | None:
    """SHA-256 of a file, or None when it can't be read right now.

    Raises NotRegularFileError when the name now leads to something that is not a file.
    """
    digest = hashlib.sha256()
    try:
        with open_regular(path) as handle:
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
    except NotRegularFileError:
        raise
    except OSError:
        return None
    return digest.hexdigest()


def relative_path(root: Path, full: str | os.PathLike[str]) -> str | None:
    """The stored relative path below ``root`` (forward slashes), or None when outside it."""
    try:
        return to_text(Path(full).relative_to(root).as_posix())
    except ValueError:
        return None
