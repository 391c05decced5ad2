"""Putting the readers together: one call turns a document's text into an Understanding."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TypeVar

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.profile import CaseProfile
from organizer.core.understand import details, explain, ids
from organizer.core.understand.classify import (
    Decision,
    about_health,
    decide_kind,
    decide_outcome,
    decide_sender,
)
from organizer.core.understand.found import Found
from organizer.core.understand.identity import DocumentFacts, gate, read_facts
from organizer.core.understand.learned import WordModel
from organizer.core.understand.rules import KINDS, Rules, load_rules, may_match
from organizer.core.understand.text import Prepared


@dataclass(frozen=True, slots=True)
class CaseContext:
    """What the case profile tells the reader: names and IDs it can recognise."""

    patient: str = ""
    member_ids: tuple[str, ...] = ()
    payers: tuple[str, ...] = ()
    providers: tuple[str, ...] = ()
    pharmacies: tuple[str, ...] = ()
    # The phone and fax numbers of the case's own people, as their last ten digits: a fax
    # header "FROM (608) 555-0113" names the sender as surely as a letterhead.
    numbers: tuple[str, ...] = ()

    @classmethod
    def from_profile(cls, profile: CaseProfile) -> CaseContext:
        written = (
            profile.payer_phone,
            profile.payer_fax,
            profile.provider_office.phone,
            profile.provider_office.fax,
            profile.pharmacy.phone,
            profile.pharmacy.fax,
        )
        digits = ("".join(c for c in n if c.isdigit())[-10:] for n in written)
        return cls(
            patient=profile.patient,
            member_ids=tuple(i for i in (profile.member_id, profile.secondary_member_id) if i),
            payers=tuple(p for p in (profile.payer, profile.secondary_payer) if p),
            providers=tuple(p for p in (profile.provider_office.name,) if p),
            pharmacies=tuple(p for p in (profile.pharmacy.name,) if p),
            numbers=tuple(sorted({d for d in digits if len(d) == 10})),
        )

    def known_senders(self) -> tuple[tuple[str, str], ...]:
        return (
            *((name, "payer") for name in self.payers),
            *((name, "provider") for name in self.providers),
            *((name, "pharmacy") for name in self.pharmacies),
        )


@dataclass(frozen=True, slots=True)
class Understanding:
    """What a document is and what it says, with the reasons for each decision.

    Codes match organizer.core.types: ``kind`` is a DocumentKind value, ``kind_source`` a
    KindSource value ("user" when the person set it), ``letter_outcome`` a LetterOutcome
    value (letters only), ``sender`` a Sender value; item lists hold checklist keys.
    """

    kind: str
    kind_source: str
    kind_reasons: tuple[str, ...]
    letter_outcome: str | None
    outcome_reasons: tuple[str, ...]
    sender: str
    sender_reasons: tuple[str, ...]
    document_date: date | None
    reference_number: str | None
    member_id: str | None
    due_date: date | None
    appeal_by: date | None
    requested_items: tuple[str, ...]
    fulfills: tuple[str, ...]
    # Items a letter says were received or acknowledged (used to propose "related" links).
    received_items: tuple[str, ...] = ()
    # True for a reminder of an earlier request ("second request", "still missing").
    is_reminder: bool = False
    # "card", "plan information" or "claim statement" for insurance documents.
    subtype: str | None = None
    detail_reasons: tuple[str, ...] = ()
    # Who and what the document names (patient, member IDs, plan, drug), for the case's
    # identity and the coverage gate.
    about: DocumentFacts = field(default_factory=DocumentFacts)
    # Set when the document is about another person than this case's: the reason.
    other_person: str | None = None
    # Fields left empty because the reading was not sure, with the candidates it saw:
    # (("document_date", ("2026-01-03", "2026-02-04")), ...).
    unsure: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def unsure_fields(self) -> dict[str, tuple[str, ...]]:
        return dict(self.unsure)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every reason, labelled, in the order the window shows them."""
        out = [explain.KIND_LINE.format(self.kind, r) for r in self.kind_reasons]
        if self.letter_outcome:
            out += [
                explain.OUTCOME_LINE.format(self.letter_outcome, r) for r in self.outcome_reasons
            ]
        out += [explain.SENDER_LINE.format(self.sender, r) for r in self.sender_reasons]
        out += list(self.detail_reasons)
        for name, candidates in self.unsure:
            shown = " or ".join(candidates) if candidates else explain.NOTHING_CLEAR
            out.append(explain.UNSURE.format(name.replace("_", " "), shown))
        if self.other_person:
            out.append(explain.ABOUT_OTHER.format(self.other_person))
        return tuple(out)


# Below this confidence a value is not set: it is offered as "not sure, please check".
SURE = 0.5
V = TypeVar("V")


def _sure(
    found: Found[V] | None, name: str, unsure: list[tuple[str, tuple[str, ...]]]
) -> Found[V] | None:
    """The value when the reading is sure of it; otherwise None, noting the candidates."""
    if found is None or found.confidence >= SURE:
        return found
    first = found.value.isoformat() if isinstance(found.value, date) else str(found.value)
    unsure.append((name, tuple(dict.fromkeys((first, *found.candidates)))))
    return None


@lru_cache(maxsize=1)
def bundled_rules() -> Rules:
    """The rules shipped with the app (read once)."""
    return load_rules().rules


def understand(
    text: str,
    *,
    rules: Rules | None = None,
    model: WordModel | None = None,
    user_kind: str | None = None,
    context: CaseContext | None = None,
) -> Understanding:
    """Read one document's text.

    ``user_kind`` is the kind a person set for this document: it is returned untouched,
    and the details are read as for that kind. Otherwise the rules decide, and ``model``
    (trained on the user's confirmations and corrections) overrides them only when it is
    sure. Pure: no files, no clock, no database.
    """
    rules = rules or bundled_rules()
    context = context or CaseContext()
    doc = Prepared(text, rules.title_lines)

    if user_kind is not None:
        if user_kind not in KINDS:
            raise ValueError(f"unknown kind {user_kind!r}")
        kind, kind_source = user_kind, "user"
        kind_reasons: tuple[str, ...] = (explain.USER_KIND,)
    else:
        decision = decide_kind(doc, rules)
        kind, kind_source, kind_reasons = decision.label, "auto", decision.reasons
        guess = model.confident_guess(doc.text, kind) if model is not None else None
        if guess is not None and guess.kind != kind:
            kind_reasons = (
                explain.LEARNED.format(guess.examples, guess.kind, f"{guess.probability:.0%}"),
                explain.RULES_SAID.format(kind),
            )
            kind = guess.kind

    sender = decide_sender(doc, rules, known=context.known_senders(), patient_name=context.patient)
    unsure: list[tuple[str, tuple[str, ...]]] = []
    outcome = decide_outcome(doc, rules, sender) if kind == "letter" else None
    outcome_label = outcome.label if outcome else None
    if outcome_label in ("approved", "denied") and not about_health(doc):
        # The coverage gate: an approval of a gym membership decides nothing here.
        outcome = Decision("informational", (explain.NOT_COVERAGE,))
        outcome_label = outcome.label
    if outcome is not None and outcome.confidence < SURE:
        unsure.append(("letter_outcome", (outcome.label, outcome.runner_up or "informational")))
        outcome_label = None

    reasons: list[str] = []
    day = _sure(details.document_date(doc, rules), "document_date", unsure)
    document_day = day.value if day else None
    if day:
        reasons.append(day.reason)

    reference = member = due = appeal = None
    requested: tuple[str, ...] = ()
    received: tuple[str, ...] = ()
    reminder = False
    if kind != "other":
        from_plan = sender.label == "payer"
        member = ids.member_id(doc, rules, known=context.member_ids, from_plan=from_plan)
        member = _sure(member, "member_id", unsure)
        reference = _sure(
            ids.reference_number(doc, rules, not_these=(member.value,) if member else ()),
            "reference_number",
            unsure,
        )
        if kind == "letter":
            due = _sure(
                details.due_date(doc, rules, document_day=document_day, outcome=outcome_label),
                "due_date",
                unsure,
            )
            if outcome_label == "denied":
                appeal = details.appeal_by(doc, rules, document_day=document_day)
            if outcome_label == "info_requested":
                asked = details.requested_items(doc, rules)
                requested = asked.value
                reasons.append(asked.reason)
                cues = may_match(rules.patterns("reminder_cues"), doc.text)
                reminder = any(c.regex.search(doc.text) for c in cues)
            else:
                received = details.received_items(doc, rules)
        for found in (reference, member, due, appeal):
            if found is not None:
                reasons.append(found.reason)
    fulfilment = details.fulfils(doc, rules, kind, outcome_label)
    if fulfilment.items:
        names = ", ".join(CHECKLIST_BY_KEY[i].label.lower() for i in fulfilment.items)
        reasons.append(explain.FULFILS.format(names, fulfilment.reason))

    facts = read_facts(doc, member.value if member else None, ())
    result = Understanding(
        kind=kind,
        kind_source=kind_source,
        kind_reasons=kind_reasons,
        letter_outcome=outcome_label,
        outcome_reasons=outcome.reasons if outcome else (),
        sender=sender.label,
        sender_reasons=sender.reasons,
        document_date=document_day,
        reference_number=reference.value if reference else None,
        member_id=member.value if member else None,
        due_date=due.value if due else None,
        appeal_by=appeal.value if appeal else None,
        requested_items=requested,
        fulfills=fulfilment.items,
        received_items=received,
        is_reminder=reminder,
        subtype=fulfilment.subtype,
        detail_reasons=tuple(reasons),
        about=facts,
        unsure=tuple(unsure),
    )
    if context.patient or context.member_ids:
        result = gate(result, context.patient, context.member_ids)
    return result
