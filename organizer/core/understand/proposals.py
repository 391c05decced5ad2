"""Proposing where a document belongs in the requested/submitted log.

Pure: it looks at one document's Understanding and snapshots of the log, and proposes
links (or, for a request nobody tracks yet, a new entry). Each proposal has a confidence
and a reason in plain words. Nothing is changed here; the caller shows the proposals for
review, skips ones the user dismissed, and never touches what the user set.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.records import LogEntryInfo
from organizer.core.understand import reasons
from organizer.core.understand.engine import CaseContext, Understanding, bundled_rules
from organizer.core.understand.entry_match import (
    EARLY,
    OLD_RECORD,
    RELATED_AFTER,
    Doc,
    LinkProposal,
    NewEntry,
    acknowledges_authorization,
    asks_for_baseline,
    corrects,
    distinctive,
    letterhead_words,
    names_authorized_services,
    names_source,
    names_writer,
    plan_material,
    prepare,
    refs_match,
    service_words,
    short,
    what_matches,
)
from organizer.core.understand.letter_links import acknowledged, asked_that_day, sent_that_day
from organizer.core.understand.letters import sending_evidence, sent_day
from organizer.core.understand.rules import Rules
from organizer.core.understand.scope import SLACK, CaseScope
from organizer.core.understand.text import id_key

_NOT_NEEDED = "not_needed"
_ROLES_FOR_DECISION = ("approved", "denied")


# Papers the case's own people write: the provider's prescription and letter of medical
# necessity, the pharmacy's (or plan's) benefits verification.
_MADE_BY_CASE_PARTY = frozenset(("prescription", "medical_necessity", "benefits_verification"))


def _linked_to(
    entry: LogEntryInfo, document_id: int, linked: Mapping[int, Collection[int]] | None
) -> bool:
    if linked is not None:
        return document_id in linked.get(entry.id, ())
    return any(link.document_id == document_id for link in entry.links)


def _usable(
    entry: LogEntryInfo, document_id: int | None, linked: Mapping[int, Collection[int]] | None
) -> bool:
    if entry.status == _NOT_NEEDED:
        return False
    return document_id is None or not _linked_to(entry, document_id, linked)


def _requests(
    doc: Doc,
    entries: Sequence[LogEntryInfo],
    known: Mapping[int, Collection[str]],
    handled: Collection[str],
) -> list[LinkProposal]:
    """Request links, or new entries; ``handled`` items already have an entry linked to this
    document (for example the entry this very letter created), so nothing more is proposed."""
    u = doc.understanding
    out: list[LinkProposal] = []
    for item in u.requested_items:
        if item in handled:
            continue
        open_entries = [
            e
            for e in entries
            if e.item == item
            and e.status not in ("approved", "denied")
            and not (doc.day and e.requested_on and e.requested_on > doc.day + SLACK)
            # A reminder may cross in the mail with what was sent; it is still the same request.
            and (
                u.is_reminder
                or not (doc.day and e.submitted_on and doc.day > e.submitted_on + SLACK)
            )
        ]
        by_reference = [e for e in open_entries if refs_match(doc, e, known)]
        if by_reference or open_entries:
            pool = by_reference or open_entries
            entry = min(
                pool,
                key=lambda e: (
                    abs((doc.day - e.requested_on).days) if doc.day and e.requested_on else 10_000
                ),
            )
            if entry.status == "proposed":
                # Not in the log yet: another letter suggested the same entry.
                template = reasons.ALSO_ASKS
            else:
                template = reasons.TRACKED_SAME_REFERENCE if by_reference else reasons.TRACKED
            why = reasons.reason(template, reasons.label(item), short(entry.what)).english()
            out.append(
                LinkProposal(
                    role="request",
                    log_id=entry.id,
                    confidence=0.95 if by_reference else 0.85,
                    reason=why,
                )
            )
            continue
        sender = u.sender if u.sender in ("payer", "provider", "pharmacy", "patient") else "payer"
        why = (
            reasons.reason(
                reasons.NOT_TRACKED_DUE,
                reasons.when(doc.day),
                reasons.label(item),
                reasons.when(u.due_date),
            )
            if u.due_date
            else reasons.reason(reasons.NOT_TRACKED, reasons.when(doc.day), reasons.label(item))
        ).english()
        out.append(
            LinkProposal(
                role="request",
                confidence=0.8,
                reason=why,
                new_entry=NewEntry(
                    item=item,
                    what=CHECKLIST_BY_KEY[item].label if item in CHECKLIST_BY_KEY else item,
                    requested_by=sender,
                    requested_on=doc.day,
                    due=u.due_date,
                ),
            )
        )
    return out


def _decision(
    doc: Doc,
    entries: Sequence[LogEntryInfo],
    known: Mapping[int, Collection[str]],
    decided: Mapping[int, date],
    rules: Rules,
) -> list[LinkProposal]:
    """The answer to a prior authorization. ``decided`` maps an entry to the date of the
    latest decision letter already linked to it: an older letter is then related history."""
    u = doc.understanding
    candidates = [
        e
        for e in entries
        if e.item == "prior_authorization"
        # Another of the patient's plans answers only an entry that names it.
        and (not doc.other_plan or names_writer(doc, e, rules))
        and not (doc.day and e.requested_on and doc.day < e.requested_on - EARLY)
        and not (doc.day and e.decision_on and doc.day > e.decision_on + RELATED_AFTER)
        and not (e.appeal_of is None and any(x.appeal_of == e.id for x in entries))
    ]
    if not candidates:
        return []
    by_reference = [e for e in candidates if refs_match(doc, e, known)]
    # Of several prior authorizations (one per plan, say), the one whose description the
    # letter shares most words with ("Maple Hollow", "per diem"), then the one its letterhead
    # names (the plan or benefit manager that wrote it), then the latest request.
    entry = max(
        by_reference or candidates,
        key=lambda e: (
            what_matches(doc, e, rules)[0],
            letterhead_words(doc, e, rules),
            e.requested_on or date.min,
        ),
    )
    approves = u.letter_outcome == "approved"
    later = decided.get(entry.id)
    if later is not None and doc.day is not None and doc.day < later:
        return [
            LinkProposal(
                role="related",
                log_id=entry.id,
                confidence=0.75,
                reason=reasons.reason(
                    reasons.APPROVES_HISTORY if approves else reasons.DENIES_HISTORY,
                    reasons.when(doc.day),
                    short(entry.what),
                ).english(),
            )
        ]
    return [
        LinkProposal(
            role="decision",
            log_id=entry.id,
            confidence=0.95 if by_reference else 0.85,
            reason=reasons.reason(
                reasons.APPROVES if approves else reasons.DENIES,
                reasons.when(doc.day),
                short(entry.what),
            ).english(),
        )
    ]


def _submission(
    doc: Doc,
    entry: LogEntryInfo,
    rules: Rules,
    known: Mapping[int, Collection[str]],
    scope: CaseScope | None = None,
) -> LinkProposal | None:
    u = doc.understanding
    item_rules = rules.items.get(entry.item)
    if item_rules is None:
        return None
    if entry.item in _MADE_BY_CASE_PARTY and not doc.from_party:
        return None  # a form for another pharmacy, another doctor's referral
    if entry.item == "prescription" and scope and not scope.about_therapy(doc.text_words):
        return None  # an order names what it orders: this one orders another therapy
    if (
        entry.item == "clinical_notes"
        and not doc.from_party
        and not names_source(doc, entry, rules)
    ):
        # Notes the log tracks are the case's own provider's, unless the entry names where
        # they come from ("the hospital discharge summary"): another doctor's visit for
        # another illness is not what was asked for.
        return None
    # Written after the item was sent: not what was sent, unless it puts right what was.
    late = bool(doc.day and entry.submitted_on and doc.day > entry.submitted_on + SLACK)
    if late and not (
        corrects(doc.text)
        and doc.day
        and entry.submitted_on
        and doc.day <= entry.submitted_on + RELATED_AFTER
    ):
        return None
    if (
        item_rules.made_for_request
        and doc.day
        and entry.requested_on
        and doc.day < entry.requested_on - EARLY
    ):
        return None  # written before anyone asked for it
    if plan_material(doc, rules) and not any(
        p.regex.search(entry.what) for p in item_rules.weak_fulfil
    ):
        return None  # plan booklets are not the card copies the entry asks for
    count, matched = what_matches(doc, entry, rules)
    # An old record must share more, unless the entry asks for results from before treatment.
    old = bool(doc.day and entry.requested_on and doc.day < entry.requested_on - OLD_RECORD)
    old = old and not asks_for_baseline(entry.what)
    # When the entry says what exactly was asked for, the document must share some of it;
    # an old record must share more.
    needed = 2 if old else 1 if len(distinctive(entry, rules)) >= 2 else 0
    if count < needed:
        return None
    confidence = 0.6 + 0.1 * min(count, 3)
    if refs_match(doc, entry, known) or (
        u.reference_number and id_key(u.reference_number) in id_key(entry.what)
    ):
        confidence += 0.1
    what = short(entry.what)
    why = (
        reasons.reason(
            reasons.LOOKS_LIKE_MENTIONS, reasons.label(entry.item), what, ", ".join(matched[:3])
        )
        if matched
        else reasons.reason(reasons.LOOKS_LIKE, reasons.label(entry.item), what)
    )
    return LinkProposal(
        role="submission",
        log_id=entry.id,
        confidence=min(confidence, 0.95),
        reason=why.english(),
    )


def _records_elsewhere(
    doc: Doc,
    entries: Sequence[LogEntryInfo],
    rules: Rules,
    known: Mapping[int, Collection[str]],
    scope: CaseScope,
) -> list[LinkProposal]:
    """A record no entry of its own kind takes may still be what another records entry
    names ("the 2025 SCIG infusion log" asked for with the clinical notes, read as a
    medication history): when it was made for that request (between the asking and the
    sending) and shares at least three words of the entry's description. It is related to
    the entry, not its submission: it is not a copy of the item itself, so the item is not
    taken for sent with a copy in the folder."""
    best: tuple[LinkProposal, LogEntryInfo, list[str]] | None = None
    day = doc.day
    own = doc.understanding.fulfills
    for entry in entries:
        item = rules.items.get(entry.item)
        if item is None or "clinical" not in item.fulfil_kinds or not day or not own:
            continue
        if not entry.requested_on or day < entry.requested_on - SLACK:
            continue
        if entry.submitted_on and day > entry.submitted_on + SLACK:
            continue
        count, matched = what_matches(doc, entry, rules)
        if entry.item in own or count < 3:
            continue
        found = _submission(doc, entry, rules, known, scope)
        if found and (best is None or found.confidence > best[0].confidence):
            best = (found, entry, matched)
    if best is None:
        return []
    found, entry, matched = best
    why = reasons.reason(
        reasons.LOOKS_LIKE_MENTIONS,
        reasons.label(own[0]),
        short(entry.what),
        ", ".join(matched[:3]),
    ).english()
    return [replace(found, role="related", confidence=found.confidence - 0.2, reason=why)]


def _related(
    doc: Doc,
    entries: Sequence[LogEntryInfo],
    known: Mapping[int, Collection[str]],
    rules: Rules,
) -> list[LinkProposal]:
    u = doc.understanding
    if doc.other_plan:
        entries = [e for e in entries if names_writer(doc, e, rules)]
    out: list[LinkProposal] = []
    # The provider's own letter (an appeal, a cover letter) sends papers rather than
    # confirming their receipt: its reference number says which request it is about, and an
    # item it merely mentions ("the enclosed medication history") does not override that.
    referenced = (
        {e.id for e in entries if refs_match(doc, e, known)} if u.sender == "provider" else set()
    )
    for item in u.received_items:
        candidates = [
            e
            for e in entries
            if e.item == item
            and (not referenced or e.id in referenced)
            and not (doc.day and e.requested_on and doc.day < e.requested_on - EARLY)
            and not (
                doc.day
                and (e.submitted_on or e.decision_on)
                and doc.day > max(d for d in (e.submitted_on, e.decision_on) if d) + RELATED_AFTER
            )
        ]
        if not candidates:
            continue
        by_reference = [e for e in candidates if refs_match(doc, e, known)]
        entry = max(by_reference or candidates, key=lambda e: e.requested_on or date.min)
        about = (reasons.when(doc.day), reasons.label(item), short(entry.what))
        how = sending_evidence(doc.text)
        if how and doc.day and entry.status in ("requested", "proposed"):
            # Evidence of sending: accepting marks the entry as sent.
            went = sent_day(doc.text, doc.day)
            why = reasons.reason(
                reasons.RECEIVED_SENT, *about, reasons.when(went), reasons.how_sent(how)
            )
        else:
            why = reasons.reason(reasons.RECEIVED, *about)
        out.append(
            LinkProposal(
                role="related",
                log_id=entry.id,
                confidence=0.85 if by_reference else 0.7,
                reason=why.english(),
            )
        )
    if not out:
        # One entry only: the latest prior authorization whose papers carry the same
        # reference number. A plan's case number names the authorization; the requests for
        # records made within it carry it too, yet a letter about the case is not about them.
        matches = [
            e for e in entries if e.item == "prior_authorization" and refs_match(doc, e, known)
        ]
        if matches:
            entry = max(matches, key=lambda e: (e.requested_on or date.min, e.id))
            out.append(
                LinkProposal(
                    role="related",
                    log_id=entry.id,
                    confidence=0.75,
                    reason=reasons.reason(reasons.SAME_REFERENCE).english(),
                )
            )
    if not out and u.sender == "payer" and acknowledges_authorization(doc.text):
        out += acknowledged(doc, entries, rules)
    if not out:
        out += sent_that_day(doc, entries, rules)
    if not out:
        out += asked_that_day(doc, entries, rules)
    return out


def propose_links(
    understanding: Understanding,
    entries: Sequence[LogEntryInfo],
    *,
    text: str = "",
    document_id: int | None = None,
    context: CaseContext | None = None,
    known_references: Mapping[int, Collection[str]] | None = None,
    rules: Rules | None = None,
    min_confidence: float = 0.5,
    scope: CaseScope | None = None,
    decided: Mapping[int, date] | None = None,
    linked: Mapping[int, Collection[int]] | None = None,
) -> tuple[LinkProposal, ...]:
    """Proposals for one document, best first.

    ``entries`` are the case's log entries (with their links). ``text`` is the document's
    text, used to match an entry's description. ``known_references`` maps a log entry id
    to the reference numbers of documents already linked to it. Entries already linked to
    ``document_id`` and entries marked not needed get no proposal.

    ``scope`` keeps suggestions to this case: a letter for another member gets none; a
    letter from before the case began, or about another therapy, is never a decision or a
    request (records may still be what was sent). ``decided`` maps an entry to the date of
    the latest decision letter linked to it, so each entry gets one decision, the latest.
    ``linked`` (optional) maps an entry to the documents linked to it, as ``entries``
    say, for a caller that keeps it: then the links are not looked through per document.
    """
    u = understanding
    if u.kind == "other":
        return ()
    scope = scope or CaseScope()
    if scope.other_member(u):
        return ()
    rules = rules or bundled_rules()
    known = known_references or {}
    doc = prepare(u, text, context or CaseContext())
    old = scope.before_case(doc.day)
    # A decision about another therapy is not this case's answer. Requests for records and
    # receipts may not name the therapy at all, so for them only the date counts.
    # A letter printing the case's own member ID needs to name one service; another, two.
    # One that carries the reference number of an authorization's papers is about it.
    own = bool(u.member_id and id_key(u.member_id) in scope.members)
    history = old or not (
        scope.about_therapy(doc.text_words)
        or names_authorized_services(
            doc, entries, rules, context or CaseContext(), needed=1 if own else 2
        )
        or any(e.item == "prior_authorization" and refs_match(doc, e, known) for e in entries)
    )
    usable = [e for e in entries if _usable(e, document_id, linked)]
    proposals: list[LinkProposal] = []
    if old and u.kind == "letter":
        pass  # letters from before the case began are history, not requests or decisions
    elif u.letter_outcome == "info_requested":
        handled = {
            e.item
            for e in entries
            if document_id is not None and _linked_to(e, document_id, linked)
        }
        proposals += _requests(doc, usable, known, handled)
    elif u.letter_outcome in _ROLES_FOR_DECISION and not history:
        answers = _decision(doc, usable, known, decided or {}, rules)
        answered = {a.log_id for a in answers}
        services = [w for e in usable if e.id in answered for w in service_words(e, rules)]
        aside = scope.set_aside(doc.text, rules)
        if not aside and scope.decides_else(doc.text, services):
            # What it decides (an infusion pump) is named nowhere in the entry (per diem and
            # nursing visits): another request's answer, not this one's.
            answers = []
        if aside:  # it decides something else, and says the therapy is not part of it
            template = (
                reasons.APPROVES_ELSE if u.letter_outcome == "approved" else reasons.DENIES_ELSE
            )
            why = reasons.reason(template, reasons.when(doc.day), aside).english()
            answers = [replace(a, role="related", confidence=0.6, reason=why) for a in answers]
        proposals += answers
    for item in u.fulfills:
        if item == "prior_authorization":
            continue
        best: LinkProposal | None = None
        for entry in usable:
            if entry.item != item:
                continue
            found = _submission(doc, entry, rules, known, scope)
            if found and (best is None or found.confidence > best.confidence):
                best = found
        if best:
            proposals.append(best)
    if u.kind == "clinical" and not proposals:
        proposals += _records_elsewhere(doc, usable, rules, known, scope)
    informational = u.letter_outcome == "informational" and not u.fulfills
    if u.kind == "letter" and informational and not old:
        proposals += _related(doc, usable, known, rules)
    proposals = [p for p in proposals if p.confidence >= min_confidence]
    return tuple(sorted(proposals, key=lambda p: -p.confidence))
