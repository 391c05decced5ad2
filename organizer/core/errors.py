"""Errors that come from the user's environment, kept apart from bugs.

A ``KnownError`` is something the user can fix or must be told about in plain words
(a full disk, a database that is too new, a folder that is gone). Anything else is a bug.
"""

from __future__ import annotations

from organizer.core.phrases import QT_TRANSLATE_NOOP, Arg, Phrase


def told(template: str, *args: Arg) -> Phrase:
    """A known problem's words: ``template`` (marked with ``QT_TRANSLATE_NOOP("errors", …)``)
    and its values, said in the chosen language by ``organizer.words.error_words``."""
    return Phrase(template, tuple(args), "errors")


def word(text: str) -> Phrase:
    """One of the marked words below (what a file is, what is written), in the language."""
    return Phrase(text, (), "errors")


# Words that fill the errors' sentences: what a file system entry is, what is written.
WORDS = (
    QT_TRANSLATE_NOOP("errors", "file"),
    QT_TRANSLATE_NOOP("errors", "folder"),
    QT_TRANSLATE_NOOP("errors", "pipe"),
    QT_TRANSLATE_NOOP("errors", "device"),
    QT_TRANSLATE_NOOP("errors", "socket"),
    QT_TRANSLATE_NOOP("errors", "special file"),
    QT_TRANSLATE_NOOP("errors", "sheet"),
    QT_TRANSLATE_NOOP("errors", "export"),
    QT_TRANSLATE_NOOP("errors", "backup"),
    QT_TRANSLATE_NOOP("errors", "calendar file"),
    QT_TRANSLATE_NOOP("errors", "letter"),
    QT_TRANSLATE_NOOP("errors", "call sheet"),
    QT_TRANSLATE_NOOP("errors", "packet"),
)

# A thing removed elsewhere (services.row_changes.gone): one sentence each, its words agree with
# it in Spanish.
GONE = {
    "log entry": QT_TRANSLATE_NOOP(
        "errors", "That log entry no longer exists; it may have been removed elsewhere."
    ),
    "case": QT_TRANSLATE_NOOP(
        "errors", "That case no longer exists; it may have been removed elsewhere."
    ),
    "call": QT_TRANSLATE_NOOP(
        "errors", "That call no longer exists; it may have been removed elsewhere."
    ),
    "question": QT_TRANSLATE_NOOP(
        "errors", "That question no longer exists; it may have been removed elsewhere."
    ),
    "document": QT_TRANSLATE_NOOP(
        "errors", "That document no longer exists; it may have been removed elsewhere."
    ),
}


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

    @property
    def phrase(self) -> Phrase:
        """The message as a phrase (text given as it is stays as it is), to say it inside
        another error's sentence."""
        return self.words if self.words is not None else Phrase("{0}", (self.message,), "errors")


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
