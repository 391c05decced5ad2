"""Finding the dates a document mentions, in the many ways letters write them.

Handles "11/03/2026", "1/7/25", "Nov. 3, 2026", "2026-11-03", "03 November 2026",
"24-Jan-2025", "JAN-08-2025", "Thursday, February 6, 2025", "Thu, Feb 20, 2025, 4:17 PM",
and windows such as "within 14 days of the date of this letter".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from organizer.core.understand.fastscan import lowered_scan
from organizer.core.understand.matcher import Matcher

MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
    # Spanish ("7 de abril de 2026"); the short forms the English list lacks.
    "enero": 1,
    "ene": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "abr": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "ago": 8,
    "septiembre": 9,
    "setiembre": 9,
    "set": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "dic": 12,
}

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?P<wd>(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?"
    # Spanish e-mail headers: "mar, 17 mar 2026 9:38", "lunes, 2 de marzo"
    r"|lunes|martes|mi.rcoles|jueves|viernes|s.bado|domingo|lun|mar|mi.|jue|vie|s.b|dom)"
    r"\.?,?\s+)?"
)
_MONTH_ES = (
    r"(?P<mon>ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?"
    r"|ago(?:sto)?|sept?(?:iembre)?|set(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?)\.?"
)
_WEEKDAY_ES = r"(?P<wd>(?:lunes|martes|mi.rcoles|jueves|viernes|s.bado|domingo),?\s+)?"
_TIME = r"(?P<time>,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:19|20)\d{2})"
_SEP = r"\s?[/.\-]\s?"

_WRITTEN: tuple[re.Pattern[str], ...] = (
    # 2026-11-03, 2026/11/03
    re.compile(
        r"(?<![\w/.\-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
        r"(?![\w/\-])"
    ),
    # Thu, Feb 20, 2025, 4:17 PM / Nov. 3, 2026 / February 6 2025
    re.compile(
        r"(?<![\w])" + _WEEKDAY + _MONTH + r"\s*" + _DAY + r",?\s+" + _YEAR4 + r"(?!\d)" + _TIME,
        re.I,
    ),
    # 03 November 2026 / 24-Jan-2025 / 24 Jan. 2025
    re.compile(
        r"(?<![\w/.\-])" + _WEEKDAY + _DAY + r"(?:\s+|\s?-\s?)" + _MONTH + r"(?:,?\s+|\s?-\s?)"
        r"(?P<year>(?:19|20)\d{2}|\d{2})(?![\w/\-])" + _TIME,
        re.I,
    ),
    # 7 de abril de 2026 / martes, 17 de febrero del 2026 / 3 de marzo, 2026 / 21 abr. 2026
    re.compile(
        r"(?<![\w/.\-])"
        + _WEEKDAY_ES
        + _DAY
        + r"\s+(?:de\s+)?"
        + _MONTH_ES
        + r"(?:\s+(?:de|del)\s+|,?\s+)"
        + _YEAR4
        + r"(?![\w/\-])"
        + _TIME,
        re.I,
    ),
    # JAN-08-2025
    re.compile(r"(?<![\w])" + _MONTH + r"-" + _DAY + r"-" + _YEAR4 + r"(?![\w/\-])" + _TIME, re.I),
    # 11/03/2026, 1/7/25, 01-07-2025, 12.02.24
    re.compile(
        r"(?<![\w/.\-$])"
        + _WEEKDAY
        + r"(?P<a>\d{1,2})"
        + _SEP
        + r"(?P<b>\d{1,2})"
        + _SEP
        + r"(?P<year>(?:19|20)\d{2}|\d{2})(?![\w/\-]|\.\d)"
        + _TIME,
        re.I,
    ),
)


def _scanned(pattern: re.Pattern[str]) -> Matcher:
    """The pattern with a scan of the lower-cased text that finds its matches sooner
    (fastscan); every spot is confirmed by the pattern itself."""
    scan = lowered_scan(pattern.pattern, pattern.flags & re.MULTILINE)
    if scan is None:
        return Matcher(pattern)
    return Matcher(pattern, fast=scan.pattern, exact=True, shift=scan.shift, needs=scan.needs)


_PATTERNS: tuple[Matcher, ...] = tuple(_scanned(p) for p in _WRITTEN)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date written in a text, with where it was found."""

    value: date
    start: int
    end: int
    text: str
    has_time: bool = False
    has_weekday: bool = False


def _year(raw: str) -> int:
    number = int(raw)
    if len(raw) == 2:
        return 2000 + number if number < 70 else 1900 + number
    return number


def _build(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        year = _year(groups["year"])
        if groups.get("mon"):
            month = MONTHS[groups["mon"].lower().rstrip(".")]
            day = int(groups["day"])
        elif groups.get("m"):
            month, day = int(groups["m"]), int(groups["day"])
        else:
            first, second = int(groups["a"]), int(groups["b"])
            # American order unless the first number cannot be a month.
            month, day = (second, first) if first > 12 >= second else (first, second)
        return date(year, month, day)
    except (ValueError, KeyError, TypeError):
        return None


def find_dates(text: str) -> list[DateMention]:
    """All full dates (day, month and year) in ``text``, in reading order, without overlaps."""
    return list(_find_dates(text))


# Every date holds a digit, and no date pattern matches more than 23 characters other than
# white space before its first digit ("Wednesday, September 3"), more than 18 between two
# of its digits ("3 de septiembre del 2026") or more than 6 after its last one (a time's
# "p.m." and the look-ahead past it). So all matches lie in the stretches that reach this
# many such characters either side of the digits, and only those are searched.
_REACH = 32
_DIGITS = re.compile(r"\d+")
_AHEAD = re.compile(rf"(?:\s*\S){{0,{_REACH}}}")


def date_zones(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that can hold a date: around its digits, merged. Two may
    overlap, but no date holds digits of both (they would have been merged)."""
    zones: list[tuple[int, int]] = []
    backwards = ""
    for run in _DIGITS.finditer(text):
        start, end = run.span()
        if zones and start <= zones[-1][1]:
            low = zones.pop()[0]
        else:
            # The same reach, read backwards from the digit.
            backwards = backwards or text[::-1]
            behind = _AHEAD.match(backwards, len(text) - start)
            assert behind is not None  # it matches the empty string
            low = len(text) - behind.end()
        ahead = _AHEAD.match(text, end)
        assert ahead is not None
        zones.append((low, ahead.end()))
    return zones


@lru_cache(maxsize=256)
def _find_dates(text: str) -> tuple[DateMention, ...]:
    """Remembered per text: one document's reading asks about the same text many times."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    zones = date_zones(text)
    for pattern in _PATTERNS:
        regex = pattern.regex
        matches = (m for low, high in zones for m in regex.finditer(text, low, high))
        for match in matches:
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            value = _build(match)
            if value is None or not 1900 <= value.year <= 2100:
                continue
            taken.append((start, end))
            found.append(
                DateMention(
                    value=value,
                    start=start,
                    end=end,
                    text=match.group(0).strip(),
                    has_time=bool(match.groupdict().get("time")),
                    has_weekday=bool(match.groupdict().get("wd")),
                )
            )
    found.sort(key=lambda mention: mention.start)
    return tuple(found)


def parse_date(text: str) -> date | None:
    """The date written in ``text`` (the first one if there are several), or None."""
    mentions = find_dates(text)
    return mentions[0].value if mentions else None


_NUMBER_WORDS = {
    "five": 5,
    "seven": 7,
    "ten": 10,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "sixty-five": 65,
    "ninety": 90,
    "one hundred twenty": 120,
    "one hundred eighty": 180,
}
_NUMBER = r"(?P<num>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"

_WINDOW = re.compile(
    r"\b(?:within|no later than|not later than|in the next|(?:you|they)\s+have|in)\s+"
    + _NUMBER
    + r"(?:\s*\(\d{1,3}\))?\s+(?P<unit>calendar\s+|business\s+|working\s+)?days?"
    r"(?P<anchor>\s+(?:of|from|after)\s+(?:the\s+)?"
    r"(?:(?:date|day)\s+(?:(?:printed|shown|written)\s+)?(?:of|on|at\s+the\s+top\s+of)\s+)?"
    r"(?:this|the|our|your)?\s*(?P<what>[a-z\-]+(?:\s+[a-z\-]+)?))?",
    re.I,
)

# The same in Spanish: "dentro de 14 días a partir de la fecha de esta carta", "en un plazo
# de 30 días hábiles después de recibir este aviso".
_NUMBER_WORDS_ES = {
    "cinco": 5,
    "siete": 7,
    "ocho": 8,
    "diez": 10,
    "doce": 12,
    "veinte": 20,
    "veintiuno": 21,
    "veintiún": 21,
    "veintiun": 21,
    "cuarenta": 40,
    "catorce": 14,
    "quince": 15,
    "treinta": 30,
    "cuarenta y cinco": 45,
    "sesenta": 60,
    "noventa": 90,
    "ciento veinte": 120,
    "ciento ochenta": 180,
}
_WINDOW_ES = re.compile(
    r"\b(?:dentro\s+de|en\s+un\s+plazo\s+(?:m.ximo\s+)?de|plazo\s+de|en\s+los\s+pr.ximos|antes\s+de"
    r"|tiene(?:\s+hasta)?|tendr.(?:\s+hasta)?|cuenta\s+con|en)\s+(?:los\s+)?"
    r"(?P<num>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS_ES, key=len, reverse=True)) + r")"
    r"(?:\s*\(\d{1,3}\))?\s+d.as?(?P<unit>\s+(?:h.biles|calendario|naturales|laborables))?"
    r"(?P<anchor>\s+(?:(?:contados\s+)?a\s+partir\s+de|despu.s\s+del?|posteriores\s+al?|desde|del?)"
    r"\s+(?:la\s+|el\s+)?(?:(?:fecha|d.a)\s+(?:de|del|en\s+que|que\s+(?:aparece|figura)\s+en"
    r"|indicada\s+en|impresa\s+en)\s+)?(?:esta|este|la|el|su|nuestra|nuestro)?\s*"
    r"(?P<what>[^\W\d_]+(?:\s+[^\W\d_]+)?))?",
    re.I,
)

# What a window is counted from, by the words that follow "of"/"from".
_DOCUMENT_ANCHORS = (
    *("letter", "notice", "denial", "decision", "email", "e-mail", "statement"),
    *("carta", "aviso", "denegaci", "decisi", "notificaci", "correo"),
)
_RECEIPT_ANCHORS = ("receiv", "receipt", "get this", "you get", "recib")
_BUSINESS_UNITS = ("business", "working", "hábiles", "habiles", "laborables")


@dataclass(frozen=True, slots=True)
class DayWindow:
    """A deadline written as a number of days, e.g. "within 180 days of this notice"."""

    days: int
    business_days: bool
    # "document" when counted from the document's own date, "receipt" when from the day the
    # reader got it, "unknown" otherwise. Only "document" windows can become a date.
    anchor: str
    start: int
    end: int
    text: str

    def date_from(self, document_date: date) -> date:
        """The calendar date this window ends on, counted from the document's date."""
        if not self.business_days:
            return document_date + timedelta(days=self.days)
        current, left = document_date, self.days
        while left > 0:
            current += timedelta(days=1)
            if current.weekday() < 5:
                left -= 1
        return current


def find_windows(text: str) -> list[DayWindow]:
    """Every "within N days of ..." deadline in ``text``."""
    windows: list[DayWindow] = []
    words = {**_NUMBER_WORDS, **_NUMBER_WORDS_ES}
    matches = [*_WINDOW.finditer(text), *_WINDOW_ES.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        raw = match.group("num").lower()
        days = int(raw) if raw.isdigit() else words.get(raw, 0)
        if days <= 0:
            continue
        what = (match.group("what") or "").lower()
        anchor = "unknown"
        if match.group("anchor"):
            if any(word in what for word in _RECEIPT_ANCHORS):
                anchor = "receipt"
            elif any(word in what for word in _DOCUMENT_ANCHORS):
                anchor = "document"
        unit = (match.group("unit") or "").strip().lower()
        windows.append(
            DayWindow(
                days=days,
                business_days=unit in _BUSINESS_UNITS,
                anchor=anchor,
                start=match.start(),
                end=match.end(),
                text=match.group(0),
            )
        )
    return windows
