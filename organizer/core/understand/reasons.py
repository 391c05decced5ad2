"""Why a link is suggested, as a phrase: an English template and its values.

``organizer.core.understand.proposals`` builds its reasons here; the English text
(``Phrase.english()``) is what is stored with the suggestion, shown by the command line and
exported. The window says the same reason in the chosen language: ``reason_phrase`` finds
the phrase again from the stored English text (reasons stored before, too), and
``organizer.words.say_reason`` says it. Templates are marked for lupdate in the "reasons"
context. A value is a day (``FullDay``), a checklist label (``Label``), how something was
sent (a phrase of its own) or words quoted from the log or the letter, kept as they are.
"""

from __future__ import annotations

import re
from datetime import date

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.phrases import (
    MONTHS,
    QT_TRANSLATE_NOOP,
    Arg,
    FullDay,
    Label,
    Phrase,
    template_patterns,
)

CONTEXT = "reasons"

ALSO_ASKS = QT_TRANSLATE_NOOP(
    "reasons", "This letter also asks for {0}, like the letter that suggested \u201c{1}\u201d."
)
TRACKED = QT_TRANSLATE_NOOP(
    "reasons", "This letter asks for {0}. Your log already tracks that request: \u201c{1}\u201d."
)
TRACKED_SAME_REFERENCE = QT_TRANSLATE_NOOP(
    "reasons",
    "This letter asks for {0}. Your log already tracks that request with the same reference "
    "number: \u201c{1}\u201d.",
)
NOT_TRACKED = QT_TRANSLATE_NOOP(
    "reasons", "This letter of {0} asks for {1}, and nothing open in your log tracks it yet."
)
NOT_TRACKED_DUE = QT_TRANSLATE_NOOP(
    "reasons",
    "This letter of {0} asks for {1}, due {2}, and nothing open in your log tracks it yet.",
)
APPROVES_HISTORY = QT_TRANSLATE_NOOP(
    "reasons",
    "This letter of {0} approves a prior authorization, but a later letter already answers "
    "\u201c{1}\u201d: it is history.",
)
DENIES_HISTORY = QT_TRANSLATE_NOOP(
    "reasons",
    "This letter of {0} denies a prior authorization, but a later letter already answers "
    "\u201c{1}\u201d: it is history.",
)
APPROVES = QT_TRANSLATE_NOOP(
    "reasons", "This letter of {0} approves a prior authorization: \u201c{1}\u201d."
)
DENIES = QT_TRANSLATE_NOOP(
    "reasons", "This letter of {0} denies a prior authorization: \u201c{1}\u201d."
)
APPROVES_ELSE = QT_TRANSLATE_NOOP(
    "reasons", "This letter of {0} approves something else. It says: \u201c{1}.\u201d"
)
DENIES_ELSE = QT_TRANSLATE_NOOP(
    "reasons", "This letter of {0} denies something else. It says: \u201c{1}.\u201d"
)
LOOKS_LIKE = QT_TRANSLATE_NOOP("reasons", "This looks like the {0} for \u201c{1}\u201d.")
LOOKS_LIKE_MENTIONS = QT_TRANSLATE_NOOP(
    "reasons", "This looks like the {0} for \u201c{1}\u201d. It mentions {2}."
)
RECEIVED = QT_TRANSLATE_NOOP(
    "reasons", "This letter of {0} is about {1} (\u201c{2}\u201d): it says it was received."
)
RECEIVED_SENT = QT_TRANSLATE_NOOP(
    "reasons",
    "This letter of {0} is about {1} (\u201c{2}\u201d): it says it was received. Accepting "
    "marks it as sent on {3}, by {4}.",
)
SAME_REFERENCE = QT_TRANSLATE_NOOP(
    "reasons", "It carries the same reference number as this entry's papers."
)
EARLIER_DECISION = QT_TRANSLATE_NOOP(
    "reasons",
    "An earlier decision on the same request; the latest letter is suggested as the answer.",
)
OTHER_MEMBER = QT_TRANSLATE_NOOP("reasons", "This letter is for member {0}, not this case.")
UNKNOWN_DATE = QT_TRANSLATE_NOOP("reasons", "an unknown date")
HOW_SENT = {
    "fax": QT_TRANSLATE_NOOP("reasons", "fax"),
    "portal": QT_TRANSLATE_NOOP("reasons", "portal"),
    "mail": QT_TRANSLATE_NOOP("reasons", "mail"),
}

# Each template's values, in order: d a day (or an unknown one), l a checklist label,
# h how it was sent, t words quoted as they are.
_KINDS = {
    ALSO_ASKS: "lt",
    TRACKED: "lt",
    TRACKED_SAME_REFERENCE: "lt",
    NOT_TRACKED: "dl",
    NOT_TRACKED_DUE: "dld",
    APPROVES_HISTORY: "dt",
    DENIES_HISTORY: "dt",
    APPROVES: "dt",
    DENIES: "dt",
    APPROVES_ELSE: "dt",
    DENIES_ELSE: "dt",
    LOOKS_LIKE: "lt",
    LOOKS_LIKE_MENTIONS: "ltt",
    RECEIVED: "dlt",
    RECEIVED_SENT: "dltdh",
    SAME_REFERENCE: "",
    EARLIER_DECISION: "",
    OTHER_MEMBER: "t",
}


def reason(template: str, *args: Arg) -> Phrase:
    return Phrase(template, args, CONTEXT)


def when(day: date | None) -> Arg:
    """The letter's day, or ``an unknown date``."""
    return FullDay(day) if day else Phrase(UNKNOWN_DATE, (), CONTEXT)


def label(item: str) -> Label:
    found = CHECKLIST_BY_KEY.get(item)
    return Label(found.label if found else item.replace("_", " "))


def how_sent(how: str) -> Arg:
    return Phrase(HOW_SENT[how], (), CONTEXT) if how in HOW_SENT else how


# --- the stored English text back to its phrase ---------------------------------------------
_PATTERNS = {
    "d": r"[A-Z][a-z]{2} \d{1,2}, \d{4}|" + re.escape(UNKNOWN_DATE),
    "l": r".+?",
    "h": "|".join(HOW_SENT),
    "t": r".*?",
}
_LABELS = {item.label.lower(): item.label for item in CHECKLIST_BY_KEY.values()}
_LABEL_TEXTS = frozenset(_LABELS.values())


_COMPILED = template_patterns(_KINDS, _PATTERNS)


def _value(kind: str, text: str) -> Arg:
    if kind == "d":
        if text == UNKNOWN_DATE:
            return Phrase(UNKNOWN_DATE, (), CONTEXT)
        month, day, year = text.replace(",", "").split()
        return FullDay(date(int(year), MONTHS.index(month) + 1, int(day)))
    if kind == "l":
        return Label(_LABELS.get(text, text))
    if kind == "h":
        return how_sent(text)
    if text in _LABEL_TEXTS:  # a log entry's words that are its item's label, not typed
        return Phrase(text)
    return text


def reason_phrase(text: str) -> Phrase | None:
    """The phrase a stored reason was made from; None for words made otherwise."""
    for template, kinds, pattern in _COMPILED:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        try:
            phrase = reason(
                template, *(_value(k, v) for k, v in zip(kinds, found.groups(), strict=True))
            )
        except ValueError:  # not a day after all
            continue
        if phrase.english() == text:
            return phrase
    return None
