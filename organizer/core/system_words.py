"""What the operating system said went wrong with a file, in plain translatable words.

An ``OSError``'s own text (``strerror``) is the system's, in the system's language, and
would put English into a Spanish sentence. The common reasons are said here as phrases of
the "errors" context instead; a rare one falls back to the system's text.
"""

from __future__ import annotations

import errno

from organizer.core.phrases import QT_TRANSLATE_NOOP, Phrase

_FULL = QT_TRANSLATE_NOOP("errors", "the disk is full")
_NOT_ALLOWED = QT_TRANSLATE_NOOP("errors", "you don't have permission to use it")

# errno -> the reason in lower case, ready to follow "Can't read FILE: ".
REASONS: dict[int, str] = {
    errno.ENOSPC: _FULL,
    errno.EACCES: _NOT_ALLOWED,
    errno.EPERM: _NOT_ALLOWED,
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "it does not exist"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("errors", "part of its path is a file, not a folder"),
    errno.EBUSY: QT_TRANSLATE_NOOP("errors", "another program is using it"),
    errno.EIO: QT_TRANSLATE_NOOP(
        "errors", "the disk could not read or write it (it may be unplugged or failing)"
    ),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("errors", "its name is too long"),
    errno.EEXIST: QT_TRANSLATE_NOOP("errors", "something with that name is already there"),
    errno.ELOOP: QT_TRANSLATE_NOOP("errors", "its path goes round in a loop of links"),
    errno.EMFILE: QT_TRANSLATE_NOOP("errors", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("errors", "too many files are open"),
    errno.EFBIG: QT_TRANSLATE_NOOP("errors", "the file is too large"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("errors", "the drive did not answer in time"),
    errno.ENXIO: QT_TRANSLATE_NOOP("errors", "the drive can't be reached"),
    errno.ENODEV: QT_TRANSLATE_NOOP("errors", "the drive can't be reached"),
}
for _name, _words in (
    ("EDQUOT", QT_TRANSLATE_NOOP("errors", "you have used all the space you may use on the disk")),
    ("ESTALE", QT_TRANSLATE_NOOP("errors", "the network drive can't be reached")),
    ("ENOTCONN", QT_TRANSLATE_NOOP("errors", "the network drive can't be reached")),
    ("EHOSTDOWN", QT_TRANSLATE_NOOP("errors", "the network drive can't be reached")),
):
    if hasattr(errno, _name):  # not every system has these
        REASONS[getattr(errno, _name)] = _words


def system_reason(exc: OSError) -> Phrase:
    """Why ``exc`` happened, as a phrase: plain words for the common reasons, else the
    system's own text (said as it is)."""
    words = REASONS.get(exc.errno) if exc.errno is not None else None
    if words is not None:
        return Phrase(words, (), "errors")
    return Phrase("{0}", (str(exc.strerror or exc or type(exc).__name__),), "errors")
