"""Opening files of the case folder so that nothing can hang or wake a device.

Only regular files are ever opened. A name may lead (through a link, or after a swap) to a
pipe, a device or a socket; opening those can block for ever or have side effects. So the
target is looked at first, then opened with O_NONBLOCK (which changes nothing for regular
files) and looked at again through the open handle.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

# "Not there right now": the file or its folder went away, or the drive was unplugged.
GONE_ERRNOS = frozenset(
    {
        errno.ENOENT,
        errno.ENOTDIR,
        errno.ENODEV,
        errno.ENXIO,
        errno.EIO,
        getattr(errno, "ESTALE", errno.ENOENT),
        getattr(errno, "ENOMEDIUM", errno.ENOENT),
    }
)


class NotRegularFileError(OSError):
    """The name leads to a pipe, a device, a socket or a folder, not to a file."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        super().__init__(errno.EINVAL, f"not an ordinary file ({kind})", os.fspath(path))
        self.kind = kind


def kind_of(mode: int) -> str:
    """A plain word for what a file system entry is."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def is_gone(exc: OSError) -> bool:
    return exc.errno in GONE_ERRNOS


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading; anything else raises NotRegularFileError."""
    before = Path(path).stat()
    if not stat.S_ISREG(before.st_mode):
        raise NotRegularFileError(path, kind_of(before.st_mode))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        after = os.fstat(fd)
        if not stat.S_ISREG(after.st_mode):
            raise NotRegularFileError(path, kind_of(after.st_mode))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str]) -> bytes:
    with open_regular(path) as handle:
        return handle.read()


def opens(path: Path) -> bool:
    """Whether a regular file opens and gives its first byte right now."""
    try:
        with open_regular(path) as handle:
            handle.read(1)
    except OSError:
        return False
    return True
