"""Writing the app's own files (exports, backups, status sheets) safely.

Each is written readable by the user only, all at once or not at all (a temporary file
next to it is renamed over it), and never inside the case folder: the organizer never
writes there, except for new files under ``Imported/`` (what the user drops in) and
``Sent/`` (fax packets, ``organizer.services.packet``), which are never overwritten.
The target must be absent or an ordinary file: a device node or a pipe
(``/dev/full``) is refused, never replaced.
Files given to read (imports, backups) must be ordinary files too, so a pipe can't
block the app for ever.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from organizer.core.errors import KnownError, told, word
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.safe_open import NotRegularFileError, kind_of, open_regular
from organizer.core.system_words import system_reason


def checked_target(path: Path, case_folder: str, what: str) -> Path:
    """The absolute file to write; a missing folder, a folder name, or the case folder fail."""
    target = path.expanduser().absolute()
    folder = Path(case_folder) if case_folder else None
    if folder is not None and target.parent.resolve().is_relative_to(folder.resolve()):
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose a place outside the case folder for the {0}; "
                    "the organizer never writes into {1}, "
                    "except new files under Imported/ and Sent/.",
                ),
                word(what),
                str(folder),
            )
        )
    try:  # a name too long for the disk fails here already
        target.is_dir()
    except OSError as exc:
        raise cant_write(what, target, exc) from exc
    if not target.parent.is_dir():
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "The folder for the {0} does not exist: {1}"),
                word(what),
                str(target.parent),
            )
        )
    if target.is_dir():
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP("errors", "{0} is a folder; give a file name for the {1}."),
                str(target),
                word(what),
            )
        )
    try:
        mode = target.stat().st_mode
    except OSError:
        return target  # absent (or a dangling link, which the rename replaces)
    if not stat.S_ISREG(mode):
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is a {1}, not an ordinary file; give the name of a new "
                    "file for the {2}. Nothing was written.",
                ),
                str(target),
                word(kind_of(mode)),
                word(what),
            )
        )
    return target


def open_input(path: Path, what: str) -> BinaryIO:
    """Open a file the user gave us to read; pipes, devices and folders are refused."""
    try:
        return open_regular(path)
    except NotRegularFileError as exc:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Can't read {0}: it is a {1}, not an ordinary file. "
                    "Give an {2} file. Nothing was changed.",
                ),
                str(path),
                word(exc.kind),
                word(what),
            )
        ) from None
    except OSError as exc:
        raise cant_read(path, exc) from exc


def cant_read(path: Path, exc: OSError) -> KnownError:
    """A file the user gave us that could not be read, opening or reading it."""
    return KnownError(
        told(
            QT_TRANSLATE_NOOP("errors", "Can't read {0}: {1}."),
            str(path),
            system_reason(exc),
        )
    )


def cant_write(what: str, target: Path, exc: OSError) -> KnownError:
    """The ``what`` (a word of ``core.errors.WORDS``) could not be written to ``target``."""
    return KnownError(
        told(
            QT_TRANSLATE_NOOP("errors", "The {0} can't be written to {1}: {2}."),
            word(what),
            str(target),
            system_reason(exc),
        )
    )


def write_private_file(path: Path, content: bytes, case_folder: str, what: str) -> Path:
    """Write ``content`` to ``path`` (0600), all at once or not at all."""
    target = checked_target(path, case_folder, what)
    temp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        temp = Path(name)
        with os.fdopen(fd, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(0o600)
        temp.replace(target)
        temp = None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is no room left on the disk for the {0} {1} (the disk is "
                        "full). Nothing was written; free some space and try again.",
                    ),
                    word(what),
                    str(target),
                )
            ) from exc
        raise cant_write(what, target, exc) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    return target
