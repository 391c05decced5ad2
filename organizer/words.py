"""The words layer: codes and values from core and services become words here.

Used by the window, the status sheet and the command line alike. One mechanism: Qt's
catalogues (``resources/translations/organizer_<language>.qm``, made from the ``.ts`` by
``scripts/update-translations``). Words are looked up in the chosen language's catalogue
directly (``QTranslator.translate``), so the command line needs no ``QCoreApplication``
and the sheet can be drawn in English while the window speaks Spanish (``in_language``).
The window's own ``self.tr()`` goes through the same catalogue, installed as a
``QTranslator`` by ``organizer.gui.translation``. English is the source language: with no
catalogue the words are the English ones, and nothing fails.
"""

from __future__ import annotations

from datetime import date

from organizer.core import import_words, read_words
from organizer.core.deadlines import Deadline
from organizer.core.errors import KnownError
from organizer.core.missing import LABEL_ONLY, RESULT_IN, MissingRow
from organizer.core.missing_who import ROLE_WORDS, label_phrase
from organizer.core.phrases import (
    ENGLISH,
    Arg,
    Day,
    Days,
    FullDay,
    Label,
    Phrase,
    Wording,
    day_count,
    english,
)
from organizer.core.reading import STATUS_WORDS
from organizer.core.records import LogEntryInfo
from organizer.core.understand.explain import explanation_phrase
from organizer.core.understand.reasons import reason_phrase
from organizer.language import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    in_language,
    language,
    pick_language,
    set_language,
    translate,
)

__all__ = [
    "LANGUAGES",
    "in_language",
    "language",
    "pick_language",
    "set_language",
    "translate",
]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate in ``context``; it is translated when shown."""
    return text


def word(text: str) -> str:
    """A word of the shared "words" context, translated when a translator is installed."""
    return translate("words", text)


_ROLE_TEXTS = frozenset(ROLE_WORDS.values())


# --- dates and counts -----------------------------------------------------------------------
MONTH_WORDS = (
    QT_TRANSLATE_NOOP("dates", "January"),
    QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"),
    QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"),
    QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"),
    QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"),
    QT_TRANSLATE_NOOP("dates", "December"),
)


def days_words(count: int) -> str:
    """``1 day``, ``3 days``; ``1 día``, ``3 días`` (the catalogue's plural forms)."""
    said = translate("phrases", "%n day(s)", None, count)
    return day_count(count) if said == f"{count} day(s)" else said


def month_name(value: date) -> str:
    return translate("dates", MONTH_WORDS[value.month - 1])


def short_date(value: date, today: date) -> str:
    """``Nov 24`` (or ``Mar 3, 2027`` in another year); ``24 de noviembre`` in Spanish."""
    if language() == SOURCE_LANGUAGE:
        from organizer.core.phrases import short_date as english_short

        return english_short(value, today)
    month = month_name(value)
    if value.year == today.year:
        return translate("dates", "{month} {day}").format(month=month, day=value.day)
    return long_date(value)


def long_date(value: date) -> str:
    """``December 7, 2026``; ``7 de diciembre de 2026`` in Spanish."""
    template = translate("dates", "{month} {day}, {year}")
    return template.format(month=month_name(value), day=value.day, year=value.year)


def medium_date(value: date) -> str:
    """``Dec 7, 2026``; ``7 dic 2026`` in Spanish."""
    if language() == SOURCE_LANGUAGE:
        return value.strftime("%b %d, %Y").replace(" 0", " ")
    return f"{value.day} {month_name(value)[:3]} {value.year}"


def listed_date(value: date) -> str:
    """A day in a command's list: ``2026-12-07`` in English (columns that line up, as
    before); ``7 de diciembre de 2026`` in another language, as its sentences say it."""
    return value.isoformat() if language() == SOURCE_LANGUAGE else long_date(value)


def compact_date(value: date) -> str:
    """``Dec 7``; ``7 dic`` in Spanish: for a label with little room (the timeline's today)."""
    if language() == SOURCE_LANGUAGE:
        return f"{month_name(value)[:3]} {value.day}"
    return f"{value.day} {month_name(value)[:3]}"


def typed_who(text: str) -> str:
    """Who, as typed: a role's word ("Provider office", "You") is said in the language."""
    return translate("phrases", text) if text in _ROLE_TEXTS else text


def stored_who(text: str) -> str:
    """Who, as kept: a role's word said in the language ("Consultorio del médico") goes back
    to the English the log keeps, so the rules still know the role; a name stays as typed."""
    return next((english for english in _ROLE_TEXTS if typed_who(english) == text), text)


def say(arg: Arg) -> str:
    """A phrase of core in the chosen language: its template translated, its values said."""
    if isinstance(arg, Phrase):
        if arg.text == "{0}" and len(arg.args) == 1:
            return say(arg.args[0])  # the user's own words, as typed
        text = translate(arg.context, arg.text)
        return text.format(*(say(value) for value in arg.args)) if arg.args else text
    if isinstance(arg, Days):
        return days_words(arg.count)
    if isinstance(arg, Day):
        return short_date(arg.value, arg.today)
    if isinstance(arg, FullDay):
        return long_date(arg.value) if language() != SOURCE_LANGUAGE else english(arg)
    if isinstance(arg, Label):
        return translate("phrases", arg.text).lower()
    return str(arg)


def say_reason(text: str) -> str:
    """Why a link is suggested, stored in English, in the chosen language (words made
    otherwise, or a reason no template makes, are shown as stored)."""
    if language() == SOURCE_LANGUAGE:
        return text
    phrase = reason_phrase(text)
    return say(phrase) if phrase is not None else text


def say_explanation(text: str) -> str:
    """Why a document was sorted as it was, stored in English, in the chosen language (a
    reason no template makes, such as a rule of a person's own, is shown as stored)."""
    if language() == SOURCE_LANGUAGE:
        return text
    phrase = explanation_phrase(text)
    return say(phrase) if phrase is not None else text


def import_headline(added: int, already_there: int, not_added: int) -> str:
    """What a drop did, in one sentence: ``Added 3 documents. 1 file was already in your
    folder.`` (the words of ``services.imports.ImportReport.headline``, in the language)."""
    parts: list[str] = []
    if added:
        parts.append(translate("words", "Added %n document(s).", None, added))
    if already_there:
        parts.append(translate("words", "%n file(s) already in your folder.", None, already_there))
    if not_added:
        parts.append(translate("words", "%n file(s) could not be added.", None, not_added))
    return " ".join(parts) or translate("words", "Nothing was added.")


def import_reason(message: str) -> str:
    """Why a dropped file was or was not added (``ImportOutcome.message``), in the chosen
    language; words made otherwise are shown as they are."""
    if language() == SOURCE_LANGUAGE:
        return message
    if message.startswith(f"{import_words.NOT_A_PDF} "):
        rest = message[len(import_words.NOT_A_PDF) + 1 :]
        return f"{translate('imports', import_words.NOT_A_PDF)} {import_reason(rest)}"
    for template, pattern in import_words.TEMPLATES:
        found = pattern.fullmatch(message)
        if found is not None:  # a value may be the system's reason (core.system_words)
            values = (translate("errors", value) for value in found.groups())
            return translate("imports", template).format(*values)
    return translate("imports", message)


def read_problem(text: str | None) -> str:
    """Why a document could not be read (``documents.error``, stored in English), in the
    chosen language; words made otherwise are shown as stored ("" for none)."""
    if text and read_words.DAMAGED_PDF_BEFORE.fullmatch(text):
        text = read_words.DAMAGED_PDF  # stored with the PDF library's words, by an older version
    if language() == SOURCE_LANGUAGE or not text:
        return text or ""
    said = translate("reading", text)
    if said != text:
        return said
    for template, pattern in read_words.TEMPLATES:
        found = pattern.fullmatch(text)
        if found is not None:
            return translate("reading", template).format(*map(_read_value, found.groups()))
    return text


def _read_value(value: str) -> str:
    """A value inside a reading problem: another such sentence, a word of the errors (what a
    file is, the system's reason), or a number or detail kept as it is."""
    said = read_problem(value)
    return said if said != value else translate("errors", value)


def import_summary(counts: tuple[int, int, int], explained: list[tuple[str, str]]) -> str:
    """The import headline, then a line for each file that needs a word of explanation
    (``ImportReport.counts()`` and ``.explained()``), in the chosen language."""
    lines = (f"{name}: {import_reason(message)}" for name, message in explained)
    return "\n".join([import_headline(*counts), *lines])


def restore_message(english: str, folder: str, counts: tuple[int, ...]) -> str:
    """What restoring a backup did (``RestoreReport.message`` in English, word for word;
    ``counts`` from ``RestoreReport.counts()``)."""
    if language() == SOURCE_LANGUAGE:
        return english
    entries, calls, questions, same, changed, missing, unreadable = counts
    lines = [
        translate(
            "words", "Restored the case for {0}: log entries: {1}; calls: {2}; questions: {3}."
        ).format(folder, entries, calls, questions),
        translate(
            "words",
            "Documents the backup lists: {0}. In the folder unchanged: {1}; changed since the "
            "backup: {2}; not in the folder: {3}.",
        ).format(same + changed + missing + unreadable, same, changed, missing),
    ]
    if unreadable:
        lines.append(translate("words", "Not readable to check: {0}.").format(unreadable))
    return "\n".join(lines)


def relocate_message(english: str, folder: str, checked: bool, counts: tuple[int, ...]) -> str:
    """What pointing a case at its moved folder found (``RelocateReport.message`` in
    English, word for word; ``counts`` from ``RelocateReport.counts()``)."""
    if language() == SOURCE_LANGUAGE:
        return english
    documents, found, moved, changed, missing, new = counts
    lines = [translate("words", "The case now uses the folder {0}.").format(folder)]
    if not checked:
        lines.append(
            translate("words", "Its documents will be matched as soon as the folder is read.")
        )
        return "\n".join(lines)
    if documents == 0:
        lines.append(translate("words", "The case had no documents yet."))
    else:
        lines.append(
            translate(
                "words",
                "%n document(s) found again by their content, with their kinds, corrections "
                "and links to the log.",
                None,
                found,
            )
        )
        if moved:
            lines.append(translate("words", "%n of them under a new name.", None, moved))
        if changed:
            lines.append(
                translate(
                    "words",
                    "%n file(s) with other content than before, to be read again.",
                    None,
                    changed,
                )
            )
        lines.append(
            translate("words", "%n document(s) not in the new folder.", None, missing)
            if missing
            else translate("words", "Nothing is missing.")
        )
    if new:
        lines.append(translate("words", "%n new file(s) added.", None, new))
    return "\n".join(lines)


def wording() -> Wording:
    """How documents made below this layer (letters, the calendar, the call sheet, the fax
    cover) say their words in the chosen language; English is as written."""
    if language() == SOURCE_LANGUAGE:
        return ENGLISH
    return Wording(text=translate, phrase=say, day=long_date, english=False)


def error_words(exc: BaseException) -> str:
    """An error as the person reads it: a known problem made of a phrase is said in the
    chosen language; any other is told as it is."""
    if isinstance(exc, KnownError) and exc.words is not None and language() != SOURCE_LANGUAGE:
        return say(exc.words)
    return str(exc)


def entry_label(entry: LogEntryInfo) -> str:
    """What a log entry is, in the chosen language (words the user typed stay as typed)."""
    return say(label_phrase(entry))


def deadline_what(item: Deadline) -> str:
    """A deadline's "what" in the chosen language."""
    if language() == SOURCE_LANGUAGE or not item.what_words.text:
        return item.what
    return say(item.what_words)


def row_what(row: MissingRow) -> str:
    """A missing row's "what" in the chosen language (its English words in English)."""
    if _english_words(row):
        return row.what
    if row.what_words is LABEL_ONLY:  # the label alone: the item's label, or typed words
        return translate("phrases", row.what)
    return say(row.what_words)


def row_who(row: MissingRow) -> str:
    return row.who if _english_words(row) else say(row.who_words)


def row_when(row: MissingRow) -> str:
    return row.when if _english_words(row) else say(row.when_words)


def _english_words(row: MissingRow) -> bool:
    return language() == SOURCE_LANGUAGE or not row.what_words.text


# --- codes to words (marked for lupdate in the "words" context) -----------------------------
KIND_WORDS = {
    "referral": QT_TRANSLATE_NOOP("words", "Referral or prescription"),
    "insurance": QT_TRANSLATE_NOOP("words", "Insurance"),
    "letter": QT_TRANSLATE_NOOP("words", "Letter"),
    "clinical": QT_TRANSLATE_NOOP("words", "Medical records"),
    "other": QT_TRANSLATE_NOOP("words", "Not about this"),
    "unclassified": QT_TRANSLATE_NOOP("words", "Not sorted yet"),
}
OUTCOME_WORDS = {
    "approved": QT_TRANSLATE_NOOP("words", "Approved"),
    "denied": QT_TRANSLATE_NOOP("words", "Denied"),
    "info_requested": QT_TRANSLATE_NOOP("words", "Asks for more"),
    "informational": QT_TRANSLATE_NOOP("words", "For your information"),
}
SENDER_WORDS = {
    "payer": QT_TRANSLATE_NOOP("words", "Insurance plan"),
    "provider": QT_TRANSLATE_NOOP("words", "Provider office"),
    "pharmacy": QT_TRANSLATE_NOOP("words", "Pharmacy"),
    "patient": QT_TRANSLATE_NOOP("words", "You"),
    "other": QT_TRANSLATE_NOOP("words", "Someone else"),
}
LOG_STATUS_WORDS = {
    "proposed": QT_TRANSLATE_NOOP("words", "Suggested"),
    "requested": QT_TRANSLATE_NOOP("words", "Requested"),
    "submitted": QT_TRANSLATE_NOOP("words", "Sent"),
    "approved": QT_TRANSLATE_NOOP("words", "Approved"),
    "denied": QT_TRANSLATE_NOOP("words", "Denied"),
    "not_needed": QT_TRANSLATE_NOOP("words", "Not needed"),
    RESULT_IN: QT_TRANSLATE_NOOP("words", "Result received"),
}
# The document states' words live with the reader (core.reading.STATUS_WORDS); marked here
# so lupdate sees them (tests/test_words.py checks the two lists agree).
DOCUMENT_STATE_WORDS = (
    QT_TRANSLATE_NOOP("words", "Waiting to be read"),
    QT_TRANSLATE_NOOP("words", "Read"),
    QT_TRANSLATE_NOOP("words", "Scanned pages; text can't be read on this computer"),
    QT_TRANSLATE_NOOP("words", "Locked with a password"),
    QT_TRANSLATE_NOOP("words", "Damaged; it can't be read"),
    QT_TRANSLATE_NOOP("words", "Not really a PDF or picture"),
    QT_TRANSLATE_NOOP("words", "Empty file"),
    QT_TRANSLATE_NOOP("words", "No longer in the folder"),
    QT_TRANSLATE_NOOP("words", "A copy of another document"),
)


def kind_word(kind: str) -> str:
    return word(KIND_WORDS.get(kind, kind))


def status_word(status: str) -> str:
    """A document's state in words."""
    return word(STATUS_WORDS.get(status, status))


def log_status_word(status: str) -> str:
    return word(LOG_STATUS_WORDS.get(status, status))
