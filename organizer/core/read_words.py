"""Why a document could not be read (or was read only in part): the reader's words, as data.

The reader runs in other processes and stores its reason in English with the document, so
the database does not depend on the language of the screen. Each sentence is marked for
lupdate in the "reading" context, and ``organizer.words.say_read_problem`` says a stored
reason in the chosen language: a sentence with values (a page count, the reason the system
or the PDF library gave) is found again by its template, and a value that is itself one of
these sentences is said too. Words made otherwise are shown as stored.
"""

from __future__ import annotations

import re

from organizer.core.phrases import QT_TRANSLATE_NOOP

CONTEXT = "reading"

# Whole sentences.
GONE = QT_TRANSLATE_NOOP("reading", "The file was not there when it was to be read.")
EMPTY = QT_TRANSLATE_NOOP("reading", "The file is empty (0 bytes).")
NOT_A_DOCUMENT = QT_TRANSLATE_NOOP(
    "reading", "This file is named like a document, but it is not a PDF or a picture."
)
LOCKED = QT_TRANSLATE_NOOP("reading", "This PDF is locked with a password.")
NO_PAGES = QT_TRANSLATE_NOOP("reading", "The PDF has no pages.")
NO_PAGE_READ = QT_TRANSLATE_NOOP("reading", "The PDF is damaged: none of its pages could be read.")
TOO_LONG = QT_TRANSLATE_NOOP("reading", "Reading it took too long.")
READER_STOPPED = QT_TRANSLATE_NOOP(
    "reading", "The reader stopped while reading this file (it may be damaged)."
)
READER_NOT_STARTED = QT_TRANSLATE_NOOP(
    "reading", "The reader could not be started; it will be tried again later."
)
SCANNED_UNREAD = QT_TRANSLATE_NOOP("reading", "Scanned pages; the text can't be read.")
SCANNED_OCR_OFF = QT_TRANSLATE_NOOP("reading", "Scanned pages; text reading is switched off.")
SCANNED_NO_TESSERACT = QT_TRANSLATE_NOOP(
    "reading", "Scanned pages; Tesseract is not installed, so the text can't be read."
)
DAMAGED_PICTURE = QT_TRANSLATE_NOOP("reading", "This picture can't be opened; it may be damaged.")
LINK_LOOP = QT_TRANSLATE_NOOP(
    "reading", "This is a link that leads back to itself, so there is no file to read."
)
LINK_DANGLING = QT_TRANSLATE_NOOP("reading", "This is a link to a file that is not there.")
MAIL_NO_CONTENT = QT_TRANSLATE_NOOP(
    "reading", "This e-mail has no text and no attachment that can be read."
)
MAIL_PARTS_DAMAGED = QT_TRANSLATE_NOOP(
    "reading", "This e-mail is damaged: its parts can't be told apart."
)
MAIL_TOO_DEEP = QT_TRANSLATE_NOOP(
    "reading", "This e-mail holds too many forwarded e-mails inside each other."
)
MAIL_NOT_MAIL = QT_TRANSLATE_NOOP(
    "reading", "This file is named like an e-mail, but it is not one."
)
MAIL_NOT_OUTLOOK = QT_TRANSLATE_NOOP(
    "reading", "This file is named like an Outlook e-mail, but it is not one."
)
MAIL_NO_OUTLOOK_READER = QT_TRANSLATE_NOOP(
    "reading", "Outlook e-mails can't be read on this computer."
)
MAIL_OUTLOOK_DAMAGED = QT_TRANSLATE_NOOP(
    "reading", "This Outlook e-mail is damaged; it can't be read."
)

# Sentences with values: {0}, {1} are numbers, or words the system or a library gave
# (said as they are), or one of the sentences above (said in the language too).
NOT_ORDINARY = QT_TRANSLATE_NOOP(
    "reading", "This is not an ordinary file (it is a {0}), so it is not opened."
)
CANT_OPEN_KIND = QT_TRANSLATE_NOOP(
    "reading", "The file can't be opened: it is a {0}, not an ordinary file."
)
CANT_OPEN = QT_TRANSLATE_NOOP("reading", "The file can't be opened: {0}")
DAMAGED = QT_TRANSLATE_NOOP("reading", "The PDF is damaged: {0}")
TOO_MANY_PAGES = QT_TRANSLATE_NOOP("reading", "Too many pages: read the first {0} of {1}.")
SCANS_UNREAD = QT_TRANSLATE_NOOP("reading", "The scanned pages could not be read: {0}")
PARTLY_READ = QT_TRANSLATE_NOOP(
    "reading", "Reading took too long: read {0} of the {1} scanned pages."
)
PICTURE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "reading", "This picture is too large to read ({0} × {1} pixels)."
)
MAIL_ENCRYPTED = QT_TRANSLATE_NOOP(
    "reading", "This e-mail is encrypted ({0}), so its words can't be read here."
)
MAIL_TOO_MANY_ATTACHMENTS = QT_TRANSLATE_NOOP(
    "reading", "This e-mail has too many attachments (over {0})."
)
MAIL_ATTACHMENTS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "reading", "This e-mail's attachments are too large to read (over {0} MB)."
)
MAIL_TOO_LARGE = QT_TRANSLATE_NOOP("reading", "This e-mail is too large to read (over {0} MB).")

# What a file system entry is, in NOT_ORDINARY and CANT_OPEN_KIND.
ENTRY_KINDS = {
    "file": QT_TRANSLATE_NOOP("reading", "file"),
    "folder": QT_TRANSLATE_NOOP("reading", "folder"),
    "pipe": QT_TRANSLATE_NOOP("reading", "pipe"),
    "device": QT_TRANSLATE_NOOP("reading", "device"),
    "socket": QT_TRANSLATE_NOOP("reading", "socket"),
    "special file": QT_TRANSLATE_NOOP("reading", "special file"),
}

SENTENCES = frozenset(
    {
        GONE, EMPTY, NOT_A_DOCUMENT, LOCKED, NO_PAGES, NO_PAGE_READ, TOO_LONG, READER_STOPPED,
        READER_NOT_STARTED, SCANNED_UNREAD, SCANNED_OCR_OFF, SCANNED_NO_TESSERACT,
        DAMAGED_PICTURE, LINK_LOOP, LINK_DANGLING, MAIL_NO_CONTENT, MAIL_PARTS_DAMAGED,
        MAIL_TOO_DEEP, MAIL_NOT_MAIL, MAIL_NOT_OUTLOOK, MAIL_NO_OUTLOOK_READER,
        MAIL_OUTLOOK_DAMAGED,
    }
)  # fmt: skip

TEMPLATES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        template,
        re.compile(
            re.escape(template)
            .replace(re.escape("{0}"), "(.+?)" if "{1}" in template else "(.+)")
            .replace(re.escape("{1}"), "(.+)"),
            re.S,
        ),
    )
    # The most specific first: "can't be opened: it is a {0}, ..." before "... opened: {0}".
    for template in (
        NOT_ORDINARY, CANT_OPEN_KIND, CANT_OPEN, DAMAGED, TOO_MANY_PAGES, SCANS_UNREAD,
        PARTLY_READ, PICTURE_TOO_LARGE, MAIL_ENCRYPTED, MAIL_TOO_MANY_ATTACHMENTS,
        MAIL_ATTACHMENTS_TOO_LARGE, MAIL_TOO_LARGE,
    )
)  # fmt: skip


def not_ordinary(kind: str) -> str:
    """The reason stored for a document-named entry that is not a file (a pipe, a folder)."""
    return NOT_ORDINARY.format(kind)
