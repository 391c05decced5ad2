"""Looking at the case folder without touching it: list, stat and hash documents.

Only reads. Symbolic links that lead out of the folder are not followed, and linked
folders are never followed (that also rules out loops).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from organizer.core.errors import FolderUnreachableError
from organizer.core.filenames import is_document_name, is_ignored_part, wanted
from organizer.services.documents import FileStat

HASH_CHUNK = 1024 * 1024


@dataclass(slots=True)
class FolderScan:
    files: dict[str, FileStat] = field(default_factory=dict)
    # Sub-folders that could not be listed: what the index knows below them stays as it is.
    unlisted: list[str] = field(default_factory=list)


def folder_reachable(root: Path) -> bool:
    try:
        return root.is_dir() and os.access(root, os.R_OK | os.X_OK)
    except OSError:
        return False


def _inside(target: Path, root: Path) -> bool:
    return target == root or root in target.parents


def _stat_entry(entry: os.DirEntry[str], root_real: Path) -> tuple[str, os.stat_result] | None:
    """('dir'|'file', stat) for an entry worth looking at, or None."""
    if entry.is_symlink():
        target = Path(entry.path).resolve()
        if not _inside(target, root_real) or target.is_dir():
            return None
        return "file", target.stat()
    if entry.is_dir(follow_symlinks=False):
        return "dir", entry.stat(follow_symlinks=False)
    if entry.is_file(follow_symlinks=False):
        return "file", entry.stat(follow_symlinks=False)
    return None


def scan_folder(root: Path, patterns: Sequence[str] = (), below: str = "") -> FolderScan:
    """Every document below ``root`` (or below its sub-folder ``below``), by relative path."""
    if not folder_reachable(root):
        raise FolderUnreachableError(f"The case folder can't be reached: {root}")
    root_real = root.resolve()
    scan = FolderScan()
    start = root / below if below else root
    stack: list[tuple[Path, str]] = [(start, f"{below.rstrip('/')}/" if below else "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            if folder == root:
                raise FolderUnreachableError(f"The case folder can't be read: {root}") from None
            scan.unlisted.append(prefix.rstrip("/"))
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
            elif is_document_name(entry.name):
                scan.files[relative] = FileStat(info.st_size, info.st_mtime_ns)
    return scan


def stat_paths(root: Path, paths: Iterable[str], patterns: Sequence[str] = ()) -> FolderScan:
    """Look at just these relative paths (hints from the watcher)."""
    if not folder_reachable(root):
        raise FolderUnreachableError(f"The case folder can't be reached: {root}")
    root_real = root.resolve()
    scan = FolderScan()
    for relative in paths:
        if not wanted(relative, patterns):
            continue
        full = root / relative
        try:
            if full.is_symlink() and not _inside(full.resolve(), root_real):
                continue
            found = full.stat()
        except OSError:
            continue
        if not stat.S_ISDIR(found.st_mode):
            scan.files[relative] = FileStat(found.st_size, found.st_mtime_ns)
    return scan


def hash_file(path: Path) -> str | None:
    """SHA-256 of a file, or None when it can't be read right now."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def relative_path(root: Path, full: str | os.PathLike[str]) -> str | None:
    """The path below ``root`` with forward slashes, or None when outside it."""
    try:
        return Path(full).relative_to(root).as_posix()
    except ValueError:
        return None
