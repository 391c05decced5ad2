"""Errors that come from the user's environment, kept apart from bugs.

A ``KnownError`` is something the user can fix or must be told about in plain words
(a full disk, a database that is too new, a folder that is gone). Anything else is a bug.
"""

from __future__ import annotations

from organizer.core.phrases import Phrase


class KnownError(Exception):
    """A problem caused by the user's environment or input, with a plain-words message.

    Given as a ``Phrase`` (a template marked in the "errors" context, and its values), the
    message is its English text, and ``organizer.words.error_words`` says it in the chosen
    language; given as text, it is shown as it is.
    """

    def __init__(self, message: str | Phrase) -> None:
        text = message.english() if isinstance(message, Phrase) else message
        super().__init__(text)
        self.message = text
        self.words = message if isinstance(message, Phrase) else None

    def __str__(self) -> str:
        return self.message


class DatabaseTooNewError(KnownError):
    """The database was written by a newer version of the app; it is left untouched."""


class UnsupportedDatabaseError(KnownError):
    """The database URL names an engine this version does not support."""


class DataFolderError(KnownError):
    """The per-user data folder cannot be created or written."""


class CaseNotFoundError(KnownError):
    """No case matches what the user asked for."""


class FolderUnreachableError(KnownError):
    """The case folder itself can't be reached (drive unplugged, share down)."""
