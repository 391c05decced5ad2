"""Words as data: a sentence's English template and the values that fill it.

Core makes no words for the screen in one language. Where it has a sentence to give (the
missing list's what, who and when), it gives a ``Phrase``: an English template marked for
lupdate in the "phrases" context, and its values. ``Phrase.english()`` is the English text
(the export, the log, the tests); ``organizer.words.say`` says it in the chosen language,
dates and plurals included. A template's values are ``{0}``, ``{1}``…; a value is text
as the user typed it, a number of days, a day (with its year or not), a checklist label in
lower case, or another phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

CONTEXT = "phrases"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark ``text`` for lupdate in ``context`` (core has no Qt: this is the whole of it)."""
    return text


FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Days:
    """A number of days: ``1 day``, ``3 days`` (a plural in every language)."""

    count: int


@dataclass(frozen=True, slots=True)
class Day:
    """A day, short: ``Nov 24`` in the current year, ``Mar 3, 2027`` in another."""

    value: date
    today: date


@dataclass(frozen=True, slots=True)
class FullDay:
    """A day with its year: ``Nov 19, 2026`` (``19 de noviembre de 2026`` in Spanish)."""

    value: date


@dataclass(frozen=True, slots=True)
class Label:
    """A checklist label inside a sentence, in lower case: ``prior authorization``."""

    text: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """An English template (marked for translation) and its values."""

    text: str
    args: tuple[Arg, ...] = ()
    # The lupdate context the template is marked in: "dated" tells "sent {0}" with a day
    # ("enviado el 3 de marzo") from "sent {0}" with a time ago ("enviado hace 3 días").
    context: str = CONTEXT

    def english(self) -> str:
        if not self.args:
            return self.text
        return self.text.format(*(english(arg) for arg in self.args))


Arg = str | int | Days | Day | FullDay | Label | Phrase


def day_count(days: int) -> str:
    """``1 day`` or ``N days``."""
    return "1 day" if days == 1 else f"{days} days"


def short_date(value: date, today: date) -> str:
    """``Nov 24`` in the current year, ``Mar 3, 2027`` in any other year."""
    text = f"{MONTHS[value.month - 1]} {value.day}"
    return text if value.year == today.year else f"{text}, {value.year}"


def full_date(value: date) -> str:
    """``Nov 19, 2026``."""
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"


def english(arg: Arg) -> str:
    if isinstance(arg, Phrase):
        return arg.english()
    if isinstance(arg, Days):
        return day_count(arg.count)
    if isinstance(arg, Day):
        return short_date(arg.value, arg.today)
    if isinstance(arg, FullDay):
        return full_date(arg.value)
    if isinstance(arg, Label):
        return arg.text.lower()
    return str(arg)


def plain(text: str) -> Phrase:
    """Text as the user typed it (a name, an item's own words): never translated."""
    return Phrase("{0}", (text,))


def relative(value: date, today: date) -> Phrase:
    """How far ``value`` is from today: ``today``, ``in 3 days``, ``2 days ago``..."""
    days = (value - today).days
    if days == 0:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "today"))
    if days == 1:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "tomorrow"))
    if days == -1:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "yesterday"))
    if days > 0:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "in {0}"), (Days(days),))
    return Phrase(QT_TRANSLATE_NOOP("phrases", "{0} ago"), (Days(-days),))


def due_phrase(due: date, today: date) -> Phrase:
    """``due Nov 24 (in 3 days)``, or ``3 days overdue`` once the date has passed."""
    late = (today - due).days
    if late > 0:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "{0} overdue"), (Days(late),))
    return Phrase(
        QT_TRANSLATE_NOOP("phrases", "due {0} ({1})"), (Day(due, today), relative(due, today))
    )


def sent_phrase(value: date, today: date) -> Phrase:
    """``sent 12 days ago``; a date in the future is named instead (``sent on Dec 2``)."""
    if value > today:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "sent on {0}"), (Day(value, today),))
    return Phrase(QT_TRANSLATE_NOOP("phrases", "sent {0}"), (relative(value, today),))


def asked_phrase(value: date, today: date) -> Phrase:
    """``asked 12 days ago``; a date in the future is named instead (``asked on Dec 2``)."""
    if value > today:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "asked on {0}"), (Day(value, today),))
    return Phrase(QT_TRANSLATE_NOOP("phrases", "asked {0}"), (relative(value, today),))


def long_day(value: date) -> str:
    """``December 7, 2026``: fixed English words, whatever the machine's language."""
    return f"{FULL_MONTHS[value.month - 1]} {value.day}, {value.year}"


def as_written(_context: str, text: str) -> str:
    """English words marked for translation, as they are."""
    return text


@dataclass(frozen=True, slots=True)
class Wording:
    """How a document written below the words layer (a letter, the calendar, a call
    sheet) says its words: in English as written, unless the caller gives the chosen
    language's (``organizer.words.wording()``). Its words are marked with
    ``QT_TRANSLATE_NOOP`` where they are written, and said through ``text``."""

    text: Callable[[str, str], str] = as_written  # (context, English) -> said
    phrase: Callable[[Arg], str] = english
    day: Callable[[date], str] = long_day  # a day with its month and year in full
    english: bool = True


ENGLISH = Wording()


def template_patterns(
    kinds: dict[str, str], patterns: dict[str, str]
) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each English template with a regex that finds its values in a stored sentence.

    ``kinds`` gives each template the kind of each of its values, one letter per ``{n}``;
    ``patterns`` what a value of each kind looks like. Stored English is said again in
    another language by matching it against these (reasons, explanations).
    """

    def compiled(template: str, value_kinds: str) -> re.Pattern[str]:
        pattern = re.escape(template)
        for number, kind in enumerate(value_kinds):
            pattern = pattern.replace(re.escape(f"{{{number}}}"), f"({patterns[kind]})", 1)
        return re.compile(pattern, re.S)

    return tuple((template, k, compiled(template, k)) for template, k in kinds.items())


def value_patterns(templates: Iterable[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each template with a regex that finds its values (``{0}``, ``{1}``: any text) in a
    stored English sentence, so the sentence can be said again in another language (why a
    file was not imported, why a document could not be read)."""

    def compiled(template: str) -> re.Pattern[str]:
        found = re.escape(template)
        for value in ("{0}", "{1}"):
            found = found.replace(re.escape(value), "(.*)")
        return re.compile(found, re.S)

    return tuple((template, compiled(template)) for template in templates)
