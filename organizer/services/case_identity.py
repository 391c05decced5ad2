"""Suggestions for the case details, from what the case's documents already say.

A case made from a folder (``organizer index``, or a new folder in the window) starts with
empty details. Its letters usually say who the patient is, the member ID, the plan, and
the provider's and pharmacy's names and phones. This module proposes those values; the
window shows them pre-filled for the person to confirm (the person's word wins: nothing
here is ever saved by itself).

The interface is two small steps, so another reader can replace the first one:

- per document, a :class:`DocumentIdentity` (what that one document says).
  :func:`read_identity` makes it from what the reader already found (the person it
  names, ``core/understand/identity``, stored with the document; its sender; its member
  ID) and the sender's name and phone from the letterhead;
- :func:`vote` turns many of them into a :class:`ProfileSuggestion`: for each field, the
  value the most documents agree on (ties: the most recent document's value).

:func:`suggest_profile` does both for a case in the database. There is one reader of whose
case it is: where the case's documents agree on a patient
(``services.understanding.case_identity``, which the reading's coverage gate uses too),
that person is the suggestion.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace

from sqlalchemy import select

from organizer.core.profile import CaseProfile
from organizer.core.understand.identity import DocumentFacts, names_match
from organizer.services.understanding import case_identity
from organizer.storage.database import Database
from organizer.storage.models import Document, DocumentText

# How much of each document is read, and how many documents at most (the newest first).
TEXT_LIMIT = 4000
DOCUMENT_LIMIT = 300
HEADER_LINES = 8

# Field of DocumentIdentity -> the profile field it fills ("owner.attribute" for contacts).
PROFILE_FIELDS = {
    "patient": "patient",
    "member_id": "member_id",
    "plan": "payer",
    "plan_phone": "payer_phone",
    "provider": "provider_office.name",
    "provider_phone": "provider_office.phone",
    "pharmacy": "pharmacy.name",
    "pharmacy_phone": "pharmacy.phone",
}


@dataclass(frozen=True, slots=True)
class DocumentIdentity:
    """What one document says about who is who; empty text where it says nothing."""

    patient: str = ""
    member_id: str = ""
    plan: str = ""
    plan_phone: str = ""
    provider: str = ""
    provider_phone: str = ""
    pharmacy: str = ""
    pharmacy_phone: str = ""


@dataclass(frozen=True, slots=True)
class Suggestion:
    value: str
    agreeing: int  # documents that say this value
    saying: int  # documents that say any value for this field


@dataclass(frozen=True, slots=True)
class ProfileSuggestion:
    """Suggested values by profile field ("patient", "payer", "pharmacy.phone", ...)."""

    values: dict[str, Suggestion]

    def __bool__(self) -> bool:
        return bool(self.values)

    def for_empty_fields(self, profile: CaseProfile) -> dict[str, Suggestion]:
        """Only what the person has not filled in: their word is never replaced."""
        return {key: s for key, s in self.values.items() if not profile_value(profile, key)}

    def apply_to(self, profile: CaseProfile) -> CaseProfile:
        """``profile`` with its empty fields filled from the suggestions."""
        result = replace(
            profile,
            provider_office=replace(profile.provider_office),
            pharmacy=replace(profile.pharmacy),
        )
        for key, suggestion in self.for_empty_fields(profile).items():
            owner, _, attribute = key.rpartition(".")
            setattr(getattr(result, owner) if owner else result, attribute, suggestion.value)
        return result


def profile_value(profile: CaseProfile, key: str) -> str:
    owner, _, attribute = key.rpartition(".")
    source = getattr(profile, owner) if owner else profile
    return str(getattr(source, attribute) or "")


def _key(value: str) -> str:
    """Values that differ only in case, spacing or punctuation are the same value."""
    return re.sub(r"[^0-9a-z]+", " ", value.casefold()).strip()


def _nicest(forms: list[str]) -> str:
    """The most common written form, preferring one that is not in capitals only."""
    mixed = [f for f in forms if not f.isupper()] or forms
    return max(mixed, key=lambda f: (mixed.count(f), -mixed.index(f)))


def vote(identities: Iterable[DocumentIdentity]) -> ProfileSuggestion:
    """For each field, the value most documents agree on. ``identities`` newest first."""
    said: dict[str, dict[str, list[str]]] = {name: {} for name in PROFILE_FIELDS}
    for identity in identities:
        for spec in fields(DocumentIdentity):
            value = str(getattr(identity, spec.name)).strip()
            if value and _key(value):
                said[spec.name].setdefault(_key(value), []).append(value)
    values: dict[str, Suggestion] = {}
    for name, groups in said.items():
        if not groups:
            continue
        # Most documents first; on a tie, the group seen first (the newest document).
        best = max(groups.values(), key=len)
        values[PROFILE_FIELDS[name]] = Suggestion(
            value=_nicest(best), agreeing=len(best), saying=sum(len(g) for g in groups.values())
        )
    return ProfileSuggestion(values)


# --- reading one document --------------------------------------------------------------
PHONE = re.compile(r"\(?\b(\d{3})\)?[\s.-]{0,2}(\d{3})[\s.-](\d{4})\b")


def _letterhead(lines: list[str]) -> tuple[str, str]:
    """The sender's name (the first line) and first phone number in the letterhead."""
    head = [line.strip() for line in lines[:HEADER_LINES] if line.strip()]
    if not head:
        return "", ""
    name = re.split(r"\s+·\s+|\s{2,}", head[0], maxsplit=1)[0].strip()
    if len(name) < 3 or len(name) > 80 or PHONE.search(name):
        name = ""
    phone = ""  # the first phone of the letterhead that is not a fax
    for line in head[1:]:
        for match in PHONE.finditer(line):
            if "fax" in line[max(0, match.start() - 8) : match.start()].casefold():
                continue  # a fax number, not the phone
            return name, f"({match.group(1)}) {match.group(2)}-{match.group(3)}"
    return name, phone


def read_identity(
    text: str, sender: str | None, member_id: str | None, patients: Sequence[str] = ()
) -> DocumentIdentity:
    """What one document says: the patient's name, and its sender's name and phone.

    ``patients`` are the people the reader found the document to be about (stored with
    it); the first is the patient. ``sender`` is the reader's sender code ("payer",
    "provider", "pharmacy", ...): the letterhead is only taken as the plan's, the
    office's or the pharmacy's when the document is known to come from them.
    """
    lines = text[:TEXT_LIMIT].splitlines()
    name, phone = _letterhead(lines)
    patient = patients[0].strip() if patients else ""
    found: dict[str, str] = {"patient": patient, "member_id": (member_id or "").strip()}
    target = {"payer": "plan", "provider": "provider", "pharmacy": "pharmacy"}.get(sender or "")
    if target and name:
        found[target] = name
        found[f"{target}_phone"] = phone
    return DocumentIdentity(**found)


def suggest_profile(db: Database, case_id: int) -> ProfileSuggestion:
    """Suggested case details from the case's read documents (newest first, capped)."""
    with db.session() as session:
        rows = session.execute(
            select(Document.sender, Document.member_id, Document.about, DocumentText.text)
            .join(DocumentText, DocumentText.document_id == Document.id)
            .where(
                Document.case_id == case_id,
                Document.status == "indexed",
                Document.duplicate_of_id.is_(None),
            )
            .order_by(Document.document_date.desc().nulls_last(), Document.id.desc())
            .limit(DOCUMENT_LIMIT)
        ).all()
    said = [
        read_identity(row.text or "", row.sender, row.member_id, _patients(row.about))
        for row in rows
    ]
    suggestion = vote(said)
    settled = case_identity(db, case_id).patient
    naming = [s.patient for s in said if s.patient]
    same = [name for name in naming if settled and names_match(name, settled)]
    if same:  # that person, in the form most of their documents print
        suggestion.values["patient"] = Suggestion(_nicest(same), len(same), len(naming))
    return suggestion


def _patients(about: str | None) -> tuple[str, ...]:
    """The people the reader found a document to be about (its stored facts)."""
    try:
        return DocumentFacts.from_json(json.loads(about or "{}")).patients
    except ValueError:
        return ()
