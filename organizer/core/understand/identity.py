"""Whose case is it: the facts each document tells about its person, and the case they agree on.

A folder just indexed has an empty profile. Its documents still say who they are about:
the patient's name after "Patient:" or "Member:", the member ID, the plan in the
letterhead, the drug. What most of them agree on is the case's identity; a document that
names another person and another member ID is not about this case's coverage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from organizer.core.understand import explain
from organizer.core.understand.text import Prepared, flat, id_key

if TYPE_CHECKING:
    from organizer.core.understand.rules import Rules


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """Who and what one document is about, as printed on it."""

    patients: tuple[str, ...] = ()
    member_ids: tuple[str, ...] = ()
    plans: tuple[str, ...] = ()
    therapies: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str]]:
        return {
            "patients": list(self.patients),
            "member_ids": list(self.member_ids),
            "plans": list(self.plans),
            "therapies": list(self.therapies),
        }

    @classmethod
    def from_json(cls, data: object) -> DocumentFacts:
        if not isinstance(data, dict):
            return cls()

        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key)
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        return cls(
            strings("patients"), strings("member_ids"), strings("plans"), strings("therapies")
        )


class Reading(Protocol):
    """What the settling below uses of a reading (``engine.Understanding``): named here,
    so this module does not import the engine back (no circles)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def about(self) -> DocumentFacts: ...
    @property
    def kind(self) -> str: ...
    @property
    def letter_outcome(self) -> str | None: ...
    @property
    def sender(self) -> str: ...
    @property
    def member_id(self) -> str | None: ...
    @property
    def fulfills(self) -> tuple[str, ...]: ...
    @property
    def detail_reasons(self) -> tuple[str, ...]: ...


ReadingT = TypeVar("ReadingT", bound=Reading)


@dataclass(frozen=True, slots=True)
class CaseIdentity:
    """The patient, member IDs, plan and therapy most of a case's documents agree on."""

    patient: str = ""
    member_ids: tuple[str, ...] = ()
    plan: str = ""
    therapy: str = ""
    documents: int = 0

    @property
    def empty(self) -> bool:
        return not (self.patient or self.member_ids)


# --- reading the facts ---------------------------------------------------------------------

_NAME = r"(?P<name>[A-Z][A-Za-z'.\-ñÑéÉ]+(?:[ ]+[A-Z][A-Za-z'.\-ñÑéÉ]*){1,3})"
_PATIENT_LABEL = re.compile(
    # A scan may put a stray mark before the label ("’ Enrollee", "| Patient").
    r"^[ \t]*(?:[’‘'`\"|•·]\s*)?"
    r"(?i:(?:re\s*:\s*)?(?:patient|member|enrollee|beneficiary|insured|subscriber|"
    r"patient\s+name|member\s+name|name\s+of\s+(?:patient|member|enrollee))"
    r"(?:['’]s)?(?:\s+name)?)\s*[:|]?[ \t]*\n?[ \t]*"
    + _NAME
    + r"[ \t]*(?:,|\(|$|\||\s{2,}|DOB|Date)",
    re.M,
)
_DEAR = re.compile(
    r"^[ \t]*Dear[ \t]+(?!(?:Dr|Mr|Mrs|Ms|Mx|Member|Medical|Sir|Madam|Provider|Doctor|"
    r"Colleague|Patient|Parent|Customer|Beneficiary|Enrollee|Friend)\b)" + _NAME + r"[ \t]*[:,]",
    re.M,
)
_NOT_NAMES = frozenset(
    [
        "id",
        "number",
        "services",
        "information",
        "name",
        "date",
        "dob",
        "address",
        "plan",
        "portal",
        "handbook",
        "responsibility",
        "signature",
        # job titles after "Patient" or "Member" ("Patient Care Coordinator")
        "coordinator",
        "advocate",
        "navigator",
        "liaison",
        "representative",
        "specialist",
        "manager",
    ]
)
_PLAN_LINE = re.compile(
    r"\b(?:health\s+plan|insurance|assurance|medicare|medicaid|rx|blue\s+cross|"
    r"blue\s+shield|hmo|ppo|pdp)\b",
    re.I,
)
FACTS_REACH = 4000
# Matched on lower-cased text (a case-sensitive scan is much faster).
_THERAPY = re.compile(
    r"\b(?:immune\s+globulin|immunoglobulin|ivig|scig|fscig|igg\s+replacement|"
    r"hyaluronidase|infliximab|ocrelizumab|natalizumab|vedolizumab|ceftriaxone|"
    r"vancomycin|daptomycin|ertapenem|tpn|parenteral\s+nutrition|home\s+infusion|"
    r"infusion|j\d{4})\b"
)
_GENERIC_THERAPY = frozenset(("infusion", "home infusion"))


def _clean_name(raw: str) -> str:
    words = raw.split()
    while words and words[-1].lower().strip(".,") in _NOT_NAMES:
        words.pop()
    if len(words) < 2 or any(w.lower().strip(".,") in _NOT_NAMES for w in words[:2]):
        return ""
    return " ".join(words)


def read_facts(
    doc: Prepared, member: str | None, member_candidates: Iterable[str]
) -> DocumentFacts:
    """The person, member IDs, plan and therapy a document names."""
    # Who a document is about shows near its top (letterhead, "Re:" lines, the first table).
    head = doc.text[:FACTS_REACH]
    patients: list[str] = []
    for match in (*_PATIENT_LABEL.finditer(head), *_DEAR.finditer(head)):
        name = _clean_name(match.group("name"))
        if name and name not in patients:
            patients.append(name)
    ids = [i for i in (member, *member_candidates) if i]
    plans = [
        line.strip()
        for line in doc.lines[:6]
        if _PLAN_LINE.search(line)
        and len(line.split()) <= 8
        and not any(c.isdigit() for c in line)
        and _PLAN_LINE.sub("", line).strip(" ,.-|&")
    ][:2]
    therapies: list[str] = []
    for match in _THERAPY.finditer(head.lower()):
        word = flat(match.group(0))
        if word not in therapies:
            therapies.append(word)
    return DocumentFacts(
        tuple(patients[:3]), tuple(dict.fromkeys(ids)), tuple(plans), tuple(therapies[:6])
    )


# --- what the case's documents agree on ----------------------------------------------------


def _name_key(name: str) -> str:
    """A name without middle initials and punctuation, for comparing two printings."""
    words = [w for w in re.sub(r"[^a-zñé ]", " ", flat(name)).split() if len(w) > 1]
    return " ".join(words)


def _given_name(name: str) -> str:
    """The first given name of a printing: after the comma of "Last, First", else first."""
    words = _name_key(name.split(",", 1)[1] if "," in name else name).split()
    return words[0] if words else ""


def _close(one: str, other: str) -> bool:
    """Two spellings of one given name (an OCR slip, a short form)."""
    return one[:3] == other[:3] or SequenceMatcher(None, one, other).ratio() >= 0.75


def names_match(one: str, other: str) -> bool:
    """True when two printings name the same person (middle initials and order aside).

    Two people of one family share their family name (often two words, "Vandermeer-Oduya"):
    when neither printing's given name is among the other's words, they are two people.
    """
    a, b = set(_name_key(one).split()), set(_name_key(other).split())
    if not (len(a & b) >= 2 or (bool(a) and a == b)):
        return False
    first_a, first_b = _given_name(one), _given_name(other)
    if first_a in b or first_b in a or not (first_a and first_b):
        return True
    return _close(first_a, first_b)


def infer_case_identity(facts: Iterable[DocumentFacts]) -> CaseIdentity:
    """The patient, member IDs, plan and therapy most of the case's documents agree on.

    Used when the profile is empty (a folder just indexed). A value counts once per
    document; the patient and the main member ID need two documents at least. Other
    member IDs (a Medicare number, a drug plan's ID) are kept when at least two documents
    and a quarter as many as the main ID print them.
    """
    facts = list(facts)
    names: Counter[str] = Counter()
    printed: dict[str, str] = {}
    ids: Counter[str] = Counter()
    id_printed: dict[str, str] = {}
    plans: Counter[str] = Counter()
    therapies: Counter[str] = Counter()
    for fact in facts:
        for key in {_name_key(p) for p in fact.patients if _name_key(p)}:
            names[key] += 1
        for patient in fact.patients:
            printed.setdefault(_name_key(patient), patient)
        for key in {id_key(i) for i in fact.member_ids if len(id_key(i)) >= 6}:
            ids[key] += 1
        for member in fact.member_ids:
            id_printed.setdefault(id_key(member), member)
        plans.update({flat(p) for p in fact.plans})
        therapies.update(set(fact.therapies))
    patient = ""
    if names:
        key, count = names.most_common(1)[0]
        patient = printed[key] if count >= 2 else ""
    member_ids: list[str] = []
    if ids:
        top = ids.most_common(1)[0][1]
        if top >= 2:
            member_ids = [id_printed[k] for k, n in ids.most_common() if n >= 2 and n * 4 >= top][
                :3
            ]
    plan = plans.most_common(1)[0][0] if plans and plans.most_common(1)[0][1] >= 2 else ""
    specific = [t for t, _ in therapies.most_common() if t not in _GENERIC_THERAPY]
    therapy = specific[0] if specific else (therapies.most_common(1)[0][0] if therapies else "")
    return CaseIdentity(patient, tuple(member_ids), plan, therapy, len(facts))


def other_person(facts: DocumentFacts, patient: str, member_ids: Iterable[str]) -> str | None:
    """Why a document is about someone else, or None when it fits the case (or cannot tell).

    Only a document that names another person and prints another member ID (or names
    another person and no ID at all) is said to be someone else's.
    """
    keys = {id_key(m) for m in member_ids if m}
    if not patient or not facts.patients:
        return None
    if any(names_match(p, patient) for p in facts.patients):
        return None
    printed = {id_key(m) for m in facts.member_ids}
    if printed & keys:
        return None
    return explain.NAMES_OTHER.format(facts.patients[0], patient)


def gate(found: ReadingT, patient: str, member_ids: Iterable[str]) -> ReadingT:
    """Approved and denied only for this person's coverage; another person's is flagged."""
    reason = other_person(found.about, patient, member_ids)
    if reason is None:
        return found
    outcome = found.letter_outcome
    changes: dict[str, object] = {"other_person": reason}
    if outcome in ("approved", "denied"):
        changes["letter_outcome"] = "informational"
        changes["outcome_reasons"] = (explain.ANOTHER_PERSON.format(reason),)
        changes["fulfills"] = tuple(i for i in found.fulfills if i != "prior_authorization")
    return replace(found, **changes)


_NO_SPACING = re.compile(r"[ -]")
# Where an e-mail's quoted or forwarded message starts ("---------- Forwarded message ---").
_QUOTED = re.compile(
    r"^\s*-{3,}\s*(?:forwarded\s+message|original\s+message|mensaje\s+(?:reenviado|original))\b",
    re.I | re.M,
)


def apply_identity(found: ReadingT, text: str, identity: CaseIdentity, rules: Rules) -> ReadingT:
    """A document read with an empty profile, settled with the case's inferred identity:
    the case's member ID where the page prints it, and the coverage gate."""
    from organizer.core.understand import ids

    if identity.empty:
        return found
    keys = {id_key(m) for m in identity.member_ids}
    if (
        found.kind != "other"
        and identity.member_ids
        and (found.member_id is None or id_key(found.member_id) not in keys)
    ):
        doc = Prepared(text, rules.title_lines)
        member = ids.member_id(doc, rules, known=identity.member_ids)
        if member is not None and id_key(member.value) in keys:
            found = replace(
                found,
                member_id=member.value,
                detail_reasons=(*found.detail_reasons, explain.CASE_ID.format(member.reason)),
            )
    elif found.member_id is not None:
        # The case's ID read with a look-alike misread ("5CA80417725"): the case's spelling.
        canonical = {id_key(m): m for m in identity.member_ids}.get(id_key(found.member_id))
        if canonical and _NO_SPACING.sub("", canonical) != _NO_SPACING.sub("", found.member_id):
            found = replace(found, member_id=canonical)
    found = gate(found, identity.patient, identity.member_ids)
    return signed_by_patient(found, text, identity.patient)


def signed_by_patient(found: ReadingT, text: str, patient: str) -> ReadingT:
    """A letter the case's patient signed (their own appeal, quoting the denial) is
    information, not the plan's decision."""
    if not patient or found.letter_outcome not in ("approved", "denied", "info_requested"):
        return found
    if found.sender not in ("other", "patient"):
        return found
    own = _QUOTED.split(text, maxsplit=1)[0]  # a reply's quoted message is not its signature
    tail = [line for line in own.strip().split("\n") if line.strip()][-6:]
    if not any(names_match(line, patient) for line in tail):
        return found
    return replace(
        found,
        letter_outcome="informational",
        outcome_reasons=(explain.SIGNED_BY.format(patient),),
        fulfills=tuple(i for i in found.fulfills if i != "prior_authorization"),
    )
