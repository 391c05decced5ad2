"""Why a dropped file was or was not added: the words of ``services.imports``, as data.

Each is marked for lupdate in the "imports" context; the report keeps the English text,
and ``organizer.words.import_reason`` says it in the chosen language (a template's values,
such as where the file already is, are found again in the stored sentence).
"""

from __future__ import annotations

from organizer.core.phrases import QT_TRANSLATE_NOOP, value_patterns

ONLY_PDF_AND_PICTURES = QT_TRANSLATE_NOOP(
    "imports",
    "Only PDF files, pictures (JPEG, PNG, TIFF, HEIC) and e-mails (.eml, .msg) can be added.",
)
AVIF_WORDS = QT_TRANSLATE_NOOP(
    "imports", "This is an AVIF picture. Please save it as JPEG or PDF first."
)
FOLDER_WORDS = QT_TRANSLATE_NOOP(
    "imports",
    "This is a folder, not a file. To keep a whole folder of papers, open it as a case "
    "instead, or drop the files that are in it.",
)
ADDED = QT_TRANSLATE_NOOP("imports", "Added.")
SAVED_AS_PDF = QT_TRANSLATE_NOOP("imports", "Saved as a PDF.")
NO_LONGER_THERE = QT_TRANSLATE_NOOP("imports", "This file is no longer there.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "imports", "This file can't be opened: you don't have permission to read it."
)
NOT_OUTLOOK = QT_TRANSLATE_NOOP(
    "imports", "This file is named like an Outlook e-mail, but it is not one."
)
EMPTY = QT_TRANSLATE_NOOP("imports", "This file is empty.")
NOT_A_PDF = QT_TRANSLATE_NOOP("imports", "This file is named like a PDF, but it is not one.")
NO_CONVERTER = QT_TRANSLATE_NOOP(
    "imports", "Pictures can't be saved as a PDF here; please add a PDF instead."
)
CHANGED = QT_TRANSLATE_NOOP(
    "imports", "This file changed while it was being copied. Please try again."
)
DAMAGED_PICTURE = QT_TRANSLATE_NOOP("imports", "This picture can't be opened; it may be damaged.")

# Sentences with a value: {0} is a place in the case folder, or the system's reason.
ALREADY = QT_TRANSLATE_NOOP("imports", "Already in your folder: {0}")
CANT_READ = QT_TRANSLATE_NOOP("imports", "This file can't be read ({0}).")
NOT_SAVED = QT_TRANSLATE_NOOP("imports", "It could not be saved into your folder ({0}).")
ATTACHMENTS_NOT_SAVED = QT_TRANSLATE_NOOP(
    "imports", "Its attachments could not be saved into your folder ({0})."
)
# What an e-mail dropped in brought: {0} an attachment's name, {1} the e-mail's file name.
READABLE_MAIL = QT_TRANSLATE_NOOP("imports", "A readable PDF of the e-mail.")
ATTACHMENT_ALREADY = QT_TRANSLATE_NOOP("imports", "{0}: already in your folder.")
ATTACHMENT = QT_TRANSLATE_NOOP("imports", "Attachment {0} of {1}.")


TEMPLATES = value_patterns(
    (
        ALREADY,
        CANT_READ,
        NOT_SAVED,
        ATTACHMENTS_NOT_SAVED,
        ATTACHMENT_ALREADY,
        ATTACHMENT,
    )
)
