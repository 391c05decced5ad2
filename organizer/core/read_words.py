"""Why a document could not be read (fully): the reader's words, as data.

The reader stores these sentences in English with the document (``documents.error``);
``organizer.words.read_problem`` says them in the chosen language, finding the template
again in the stored text (its values, a number or the system's reason, are kept, and a
value that is itself one of these sentences is said too). Each is marked for lupdate in
the "reading" context.
"""

from __future__ import annotations

import re

from organizer.core.phrases import QT_TRANSLATE_NOOP, value_patterns

# Sentences as they are.
NOT_THERE = QT_TRANSLATE_NOOP("reading", "The file was not there when it was to be read.")
EMPTY = QT_TRANSLATE_NOOP("reading", "The file is empty (0 bytes).")
NOT_A_DOCUMENT = QT_TRANSLATE_NOOP(
    "reading", "This file is named like a document, but it is not a PDF or a picture."
)
DAMAGED_PICTURE = QT_TRANSLATE_NOOP("reading", "This picture can't be opened; it may be damaged.")
LOCKED = QT_TRANSLATE_NOOP("reading", "This PDF is locked with a password.")
NO_PAGES = QT_TRANSLATE_NOOP("reading", "The PDF has no pages.")
NO_PAGE_READ = QT_TRANSLATE_NOOP("reading", "The PDF is damaged: none of its pages could be read.")
OCR_OFF = QT_TRANSLATE_NOOP("reading", "Scanned pages; text reading is switched off.")
NO_TESSERACT = QT_TRANSLATE_NOOP(
    "reading", "Scanned pages; Tesseract is not installed, so the text can't be read."
)
TOO_LONG = QT_TRANSLATE_NOOP("reading", "Reading it took too long.")
READER_STOPPED = QT_TRANSLATE_NOOP(
    "reading", "The reader stopped while reading this file (it may be damaged)."
)
NO_READER = QT_TRANSLATE_NOOP(
    "reading", "The reader could not be started; it will be tried again later."
)
NO_MAIL_CONTENT = QT_TRANSLATE_NOOP(
    "reading", "This e-mail has no text and no attachment that can be read."
)
MAIL_PARTS_DAMAGED = QT_TRANSLATE_NOOP(
    "reading", "This e-mail is damaged: its parts can't be told apart."
)
NOT_A_MAIL = QT_TRANSLATE_NOOP("reading", "This file is named like an e-mail, but it is not one.")
NOT_OUTLOOK = QT_TRANSLATE_NOOP(
    "reading", "This file is named like an Outlook e-mail, but it is not one."
)
NO_OUTLOOK = QT_TRANSLATE_NOOP("reading", "Outlook e-mails can't be read on this computer.")
OUTLOOK_DAMAGED = QT_TRANSLATE_NOOP("reading", "This Outlook e-mail is damaged; it can't be read.")
NESTED_MAIL = QT_TRANSLATE_NOOP(
    "reading", "This e-mail holds too many forwarded e-mails inside each other."
)
LINK_LOOP = QT_TRANSLATE_NOOP(
    "reading", "This is a link that leads back to itself, so there is no file to read."
)
LINK_DANGLING = QT_TRANSLATE_NOOP("reading", "This is a link to a file that is not there.")

# Sentences with values: a number, the system's reason, a detail, or one of the above.
CANT_OPEN = QT_TRANSLATE_NOOP("reading", "The file can't be opened: {0}")
NOT_ORDINARY = QT_TRANSLATE_NOOP(
    "reading", "The file can't be opened: it is a {0}, not an ordinary file."
)
# The PDF library's own words ("EOF marker not found") tell a patient nothing: they go to the
# app's log, and the person reads what happened and what to do.
DAMAGED_PDF = QT_TRANSLATE_NOOP(
    "reading",
    "The PDF is damaged or incomplete, so it can't be read. Your file is left as it is; "
    "ask whoever sent it for a new copy.",
)
# How earlier versions stored it, with the library's words: said as DAMAGED_PDF.
DAMAGED_PDF_BEFORE = re.compile(r"The PDF is damaged: (?!none of its pages).+", re.S)
PICTURE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "reading", "This picture is too large to read ({0} × {1} pixels)."
)
TOO_MANY_PAGES = QT_TRANSLATE_NOOP("reading", "Too many pages: read the first {0} of {1}.")
SCANS_NOT_READ = QT_TRANSLATE_NOOP("reading", "The scanned pages could not be read: {0}")
SCANS_TOO_LONG = QT_TRANSLATE_NOOP(
    "reading", "Reading took too long: read {0} of the {1} scanned pages."
)
MAIL_ENCRYPTED = QT_TRANSLATE_NOOP(
    "reading", "This e-mail is encrypted ({0}), so its words can't be read here."
)
TOO_MANY_ATTACHMENTS = QT_TRANSLATE_NOOP(
    "reading", "This e-mail has too many attachments (over {0})."
)
ATTACHMENTS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "reading", "This e-mail's attachments are too large to read (over {0} MB)."
)
MAIL_TOO_LARGE = QT_TRANSLATE_NOOP("reading", "This e-mail is too large to read (over {0} MB).")
# A document-named entry of the folder that is no file (a pipe, a device), found by the scan.
ODD_ENTRY = QT_TRANSLATE_NOOP(
    "reading", "This is not an ordinary file (it is a {0}), so it is not opened."
)

TEMPLATES = value_patterns(
    (
        NOT_ORDINARY,  # before CANT_OPEN, which its text also fits
        CANT_OPEN,
        PICTURE_TOO_LARGE,
        TOO_MANY_PAGES,
        SCANS_NOT_READ,
        SCANS_TOO_LONG,
        MAIL_ENCRYPTED,
        TOO_MANY_ATTACHMENTS,
        ATTACHMENTS_TOO_LARGE,
        MAIL_TOO_LARGE,
        ODD_ENTRY,
    )
)


def not_ordinary(kind: str) -> str:
    """The reason stored for a document-named entry that is not a file (a pipe, a device)."""
    return ODD_ENTRY.format(kind)
