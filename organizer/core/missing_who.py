"""Who must act and what an entry is called, as phrases (names as typed, roles in words).

Part of the missing list (``core/missing.py``), kept apart so that each stays short.
"""

from __future__ import annotations

from datetime import date

from organizer.core.checklist import CHECKLIST_BY_KEY, Responsible
from organizer.core.phrases import QT_TRANSLATE_NOOP, Day, Days, Phrase, plain
from organizer.core.profile import CaseProfile
from organizer.core.records import LogEntryInfo
from organizer.core.timeline import Expected

# Plain words for each role, used when the case profile has no name for it.
ROLE_WORDS: dict[str, str] = {
    Responsible.PROVIDER: QT_TRANSLATE_NOOP("phrases", "Provider office"),
    Responsible.PHARMACY: QT_TRANSLATE_NOOP("phrases", "Home infusion pharmacy"),
    Responsible.PAYER: QT_TRANSLATE_NOOP("phrases", "Insurance plan"),
    Responsible.PATIENT: QT_TRANSLATE_NOOP("phrases", "You"),
}

# What people type in "who" that means a role rather than a name.
ROLE_ALIASES: dict[str, str] = {
    **{word.casefold(): role for role, word in ROLE_WORDS.items()},
    **{role.value: role.value for role in Responsible},
    "provider office": Responsible.PROVIDER,
    "doctor": Responsible.PROVIDER,
    "doctor's office": Responsible.PROVIDER,
    "pharmacy": Responsible.PHARMACY,
    "insurance": Responsible.PAYER,
    "insurer": Responsible.PAYER,
    "me": Responsible.PATIENT,
    "you": Responsible.PATIENT,
}


def who_for(profile: CaseProfile, role: str) -> str:
    """The name to show for a role: the office's name where the profile has one."""
    return who_phrase(profile, role).english()


def who_phrase(profile: CaseProfile, role: str) -> Phrase:
    """``who_for`` as a phrase: a name as typed, or the role's word (translated)."""
    names: dict[str, str] = {
        Responsible.PROVIDER: profile.provider_office.name,
        Responsible.PHARMACY: profile.pharmacy.name,
        Responsible.PAYER: profile.payer,
    }
    name = names.get(role, "")
    if name:
        return plain(name)
    return Phrase(ROLE_WORDS.get(role, ROLE_WORDS[Responsible.PATIENT]))


def resolve_who(text: str, profile: CaseProfile, fallback_role: str) -> str:
    """A typed name stays as typed; a role word (or nothing) becomes the profile's name."""
    return resolve_who_phrase(text, profile, fallback_role).english()


def resolve_who_phrase(text: str, profile: CaseProfile, fallback_role: str) -> Phrase:
    typed = text.strip()
    if not typed:
        return who_phrase(profile, fallback_role)
    role = ROLE_ALIASES.get(typed.casefold())
    return plain(typed) if role is None else who_phrase(profile, role)


def label_of(entry: LogEntryInfo) -> str:
    if entry.what.strip():
        return entry.what.strip()
    item = CHECKLIST_BY_KEY.get(entry.item)
    return item.label if item else entry.item


def label_phrase(entry: LogEntryInfo) -> Phrase:
    """The entry's own words as typed, or its checklist item's label (translated).

    A new case's entries carry their item's label as their words: that stays translatable.
    """
    typed = entry.what.strip()
    item = CHECKLIST_BY_KEY.get(entry.item)
    if item is not None and typed in ("", item.label):
        return Phrase(item.label)
    return plain(typed or entry.item)


def call_words(who: Phrase, phone: str) -> Phrase:
    if phone:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "call {0} at {1}"), (who, phone))
    return Phrase(QT_TRANSLATE_NOOP("phrases", "call {0}"), (who,))


def expected_when(sent: date, expected: Expected, today: date) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("phrases", "sent {0}, expected by {1} ({2})"),
        (Day(sent, today), Day(expected.by, today), expected.phrase),
    )


def since_or_in(value: date, today: date) -> Phrase:
    days = (value - today).days
    if days == 0:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "today"))
    if days > 0:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "in {0}"), (Days(days),))
    return Phrase(QT_TRANSLATE_NOOP("phrases", "{0} ago"), (Days(-days),))
