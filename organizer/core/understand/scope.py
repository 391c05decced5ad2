"""What concerns one case: whose it is, which therapy, and since when.

Kept apart from the proposals so the rules of "is this letter about this case" can be
read on their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from organizer.core.understand.engine import Understanding
from organizer.core.understand.identity import names_match
from organizer.core.understand.learned import words
from organizer.core.understand.rules import Rules
from organizer.core.understand.text import id_key

SLACK = timedelta(days=3)


# Words of a therapy description that say nothing about which therapy it is.
_THERAPY_FILLER = frozenset(
    (
        "human",
        "infusion",
        "infusions",
        "infused",
        "subcutaneous",
        "subcutaneously",
        "intravenous",
        "intravenously",
        "weekly",
        "once",
        "every",
        "weeks",
        "week",
        "months",
        "month",
        "daily",
        "hours",
        "hour",
        "home",
        "nursing",
        "with",
        "after",
        "before",
        "ramp",
        "dose",
        "doses",
        "units",
        "vial",
        "vials",
        "therapy",
        "treatment",
        "course",
        "line",
    )
)


def names_something(word: str) -> bool:
    """Whether a word of a description can name a therapy or service ("diem", "pump"),
    rather than how or how often it is given ("home", "infusion", "weekly")."""
    return len(word) >= 4 and word not in _THERAPY_FILLER


def therapy_words(therapy: str) -> frozenset[str]:
    """The words of a therapy description that name it ("immune", "globulin", "fscig")."""
    return frozenset(w for w in words(therapy) if len(w) >= 4 and w not in _THERAPY_FILLER)


_SPELLING = (("ph", "f"), ("y", "i"), ("nm", "mm"), ("k", "c"))
_DOUBLE = re.compile(r"(\w)\1")


def fold(word: str) -> str:
    """A word spelled as one language or another would write it, brought to one form:
    "inmunoglobulina" and "immunoglobulin", "hialuronidasa" and "hyaluronidase" share
    their first letters once accents, doubled letters and y/i, ph/f, nm/mm are set aside."""
    plain = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    for written, said in _SPELLING:
        plain = plain.replace(written, said)
    return _DOUBLE.sub(r"\1", plain)


def _names(stem: str, word: str) -> bool:
    """Whether a text word names the therapy word whose folded stem is ``stem``: it starts
    with it, or, for a compound ("inmunoglobulina", "globulin"), holds six of its letters."""
    return word.startswith(stem[:5]) or (len(stem) >= 6 and stem[:6] in word)


def another_members_letter(
    kind: str | None,
    member: str | None,
    patients: Iterable[str],
    members: frozenset[str],
    patient: str,
) -> str:
    """The member ID a letter is for when it is not this case's; "" otherwise.

    A letter that names the case's patient is theirs whatever ID it prints: people on
    home infusion often have two or three plans (Medicaid, Medicare, a drug plan).
    ``members`` are id_key()s of the case's member IDs, ``patient`` the case's patient.
    """
    if kind != "letter" or not member or not members or id_key(member) in members:
        return ""
    if patient and any(names_match(p, patient) for p in patients):
        return ""
    return member


# A decision and what was asked ("has denied the request for an elastomeric pump", "your
# request for nursing visits has been approved").
_DECISION = r"(?:approved|denied|authori[sz]ed|not\s+approved|not\s+authori[sz]ed)"
_DECIDED_REQUEST = re.compile(
    r"\b" + _DECISION + r"\b[^.\n]{0,40}?\brequest\s+for\s+(?P<what>[^.;:]{3,120})"
    r"|\brequest\s+for\s+(?P<what2>[^.;:]{3,80}?)\s+(?:has\s+been|was|is)\s+" + _DECISION,
    re.I,
)
# Words of a request that name no particular service.
SERVICE_FILLER = frozenset(
    (
        "coverage",
        "following",
        "drug",
        "drugs",
        "medication",
        "medications",
        "service",
        "services",
        "therapy",
        "treatment",
        "care",
        "home",
        "health",
        "prior",
        "authorization",
        "authorisation",
        "request",
        "your",
        "their",
        "this",
        "these",
        "that",
        "those",
        "with",
        "from",
        "under",
        "plan",
        "benefit",
        "benefits",
        "been",
        "have",
        "member",
        "patient",
        "provider",
        "doctor",
        # words that point elsewhere: "the treatment described below"
        "described",
        "below",
        "above",
        "listed",
        "shown",
        "stated",
        "mentioned",
        "attached",
        "enclosed",
        "requested",
        "item",
        "items",
        "table",
    )
)


def _alike(one: str, other: str) -> bool:
    """One word, give or take a plural or an ending (visit/visits, nurse/nursing)."""
    if one == other:
        return True
    short, long_ = sorted((one, other), key=len)
    return len(short) >= 4 and long_.startswith(short[:4]) and len(long_) - len(short) <= 4


@dataclass(frozen=True, slots=True)
class CaseScope:
    """What concerns this case: whose, which therapy, and since when.

    ``began`` is the earliest referral, prescription or request found in the case (not the
    day the case was made in the app). ``members`` are id_key()s of this case's member IDs.
    ``therapy`` holds the words that name the case's therapy (empty: not known).
    ``patient`` is the patient's name as the profile gives it (empty: not known).
    """

    began: date | None = None
    members: frozenset[str] = frozenset()
    therapy: frozenset[str] = frozenset()
    patient: str = ""

    def other_member(self, understanding: Understanding) -> str:
        """The member ID a letter is for when it is not this case's; "" otherwise."""
        u = understanding
        return another_members_letter(
            u.kind, u.member_id, u.about.patients, self.members, self.patient
        )

    def before_case(self, day: date | None) -> bool:
        return bool(day and self.began and day < self.began - SLACK)

    def about_therapy(self, text_words: frozenset[str]) -> bool:
        """Whether the text names the therapy; a shared stem counts ("immune" and
        "immunotherapy"), so a letter naming one of the therapy's services is about it."""
        if not self.therapy:
            return True
        raw = {w[:5] for w in self.therapy if len(w) >= 5}
        if self.therapy & text_words or any(w[:5] in raw for w in text_words):
            return True
        stems = {fold(w) for w in self.therapy if len(w) >= 5}
        stems = {w for w in stems if len(w) >= 5}
        folded = {fold(w) for w in text_words if len(w) >= 5}
        return any(_names(stem, word) for word in folded for stem in stems)

    def decides_else(self, text: str, entry_words: Iterable[str]) -> str:
        """The sentence of a decision whose request names things, none of which the entry
        or the therapy names ("denied the request for an elastomeric infusion pump" against
        "per diem and nursing visits"); "" when it names the entry's or cannot tell."""
        wanted = [w for w in entry_words if names_something(w)]
        if not (self.therapy and wanted):
            return ""
        match = _DECIDED_REQUEST.search(text)
        if match is None:
            return ""
        asked = match.group("what") or match.group("what2") or ""
        named = [w for w in words(asked) if names_something(w) and w not in SERVICE_FILLER]
        if not named or self.about_therapy(frozenset(named)):
            return ""
        if any(_alike(w, e) for w in named for e in wanted):
            return ""
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n\n", 0, match.start()))
        end = text.find(".", match.end() - 1)
        return " ".join(text[start + 1 : end if end >= 0 else None].split())

    def set_aside(self, text: str, rules: Rules) -> str:
        """The sentence in which a decision letter says the case's therapy is not what it
        decides ("Your home infusion therapy is being reviewed separately"); "" if none."""
        for cue in rules.patterns("set_aside_cues"):
            for match in cue.regex.finditer(text):
                start = max(text.rfind(".", 0, match.start()), text.rfind(":", 0, match.start()))
                end = text.find(".", match.end())
                sentence = " ".join(text[start + 1 : end if end >= 0 else None].split())
                if self.therapy and self.about_therapy(frozenset(words(sentence))):
                    return sentence
        return ""
