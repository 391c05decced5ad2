"""Letters the reading found no item in, linked all the same: a plan's word that it
received a request for authorization, and the letter that asked for an entry though it was
not read as a request. Pure; used by the proposals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.records import LogEntryInfo
from organizer.core.understand import reasons
from organizer.core.understand.entry_match import (
    EARLY,
    RELATED_AFTER,
    Doc,
    LinkProposal,
    short,
    what_matches,
)
from organizer.core.understand.rules import Rules


def acknowledged(doc: Doc, entries: Sequence[LogEntryInfo], rules: Rules) -> list[LinkProposal]:
    """A plan's word that it received a request for authorization, an appeal or a review,
    where the reading found no item: it belongs to the prior authorization under way then."""
    day = doc.day
    candidates = [
        e
        for e in entries
        if e.item == "prior_authorization"
        and day is not None
        and not (e.requested_on and day < e.requested_on - EARLY)
        and not (e.decision_on and day > e.decision_on + RELATED_AFTER)
    ]
    if not candidates:
        return []
    entry = max(
        candidates, key=lambda e: (what_matches(doc, e, rules)[0], e.requested_on or date.min)
    )
    about = (reasons.when(day), reasons.label(entry.item), short(entry.what))
    why = reasons.reason(reasons.RECEIVED, *about).english()
    return [LinkProposal(role="related", log_id=entry.id, confidence=0.7, reason=why)]


def asked_that_day(doc: Doc, entries: Sequence[LogEntryInfo], rules: Rules) -> list[LinkProposal]:
    """The letter that asked for an entry, though the reading did not call it a request: its
    letterhead names the party that asked (the case's pharmacy, say), it was written the day
    the entry was asked for, and it names at least two things the entry describes."""
    best: tuple[int, LogEntryInfo] | None = None
    for e in entries:
        if not (doc.day and e.requested_on == doc.day):
            continue
        if e.requested_by not in doc.head_parties or e.status in ("approved", "denied"):
            continue
        if e.item not in CHECKLIST_BY_KEY or CHECKLIST_BY_KEY[e.item].expects_decision:
            continue  # a thing to receive is asked for by sending a request, not a letter
        count = what_matches(doc, e, rules)[0]
        if count >= 2 and (best is None or count > best[0]):
            best = (count, e)
    if best is None:
        return []
    entry = best[1]
    why = reasons.reason(reasons.TRACKED, reasons.label(entry.item), short(entry.what))
    return [LinkProposal(role="request", log_id=entry.id, confidence=0.7, reason=why.english())]


# The heading of a request form or its fax cover ("PHARMACY PRIOR AUTHORIZATION REQUEST",
# "Re: Prior authorization request - home infusion", "HOME HEALTH CARE FAX REQUEST FORM").
# A heading: the words end its line or come before a dash, colon or number sign; a sentence
# of a plan's letter ("Your authorization request is pending review", "your provider fills
# in the enclosed request form") is not a copy of the request.
_REQUEST_COPY = re.compile(
    r"(?:\brequest\s+form|\b(?:authori[sz]ation|pre-?certification|coverage\s+determination)"
    r"\s+request|\brequest\s+for\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:coverage\s+determination|"
    r"prior\s+authori[sz]ation|pre-?certification))\s*(?:$|[-\u2013\u2014:#(])",
    re.I | re.M,
)
_ADDRESSED = re.compile(r"\b(?:your|we|our)\b", re.I)
_REQUEST_HEAD = 1500


def _request_heading(text: str) -> bool:
    """Whether the top of ``text`` has the heading of a request form or its fax cover."""
    return any(
        _REQUEST_COPY.search(line) and not _ADDRESSED.search(line)
        for line in text[:_REQUEST_HEAD].splitlines()
    )


def sent_that_day(doc: Doc, entries: Sequence[LogEntryInfo], rules: Rules) -> list[LinkProposal]:
    """A copy of a request for authorization (the form, its fax cover), dated the day a prior
    authorization entry was sent (or between the day it was asked for and the day it was
    sent: a form is dated when filled in) and naming at least two things the entry
    describes: it is what was sent for that entry."""
    if not (doc.day and _request_heading(doc.text)):
        return []
    best: tuple[int, list[str], LogEntryInfo] | None = None
    for e in entries:
        if e.item != "prior_authorization" or not _prepared_for(e, doc.day):
            continue
        count, matched = what_matches(doc, e, rules)
        if count >= 2 and (best is None or count > best[0]):
            best = (count, matched, e)
    if best is None:
        return []
    _count, matched, entry = best
    why = reasons.reason(
        reasons.LOOKS_LIKE_MENTIONS,
        reasons.label(entry.item),
        short(entry.what),
        ", ".join(matched[:3]),
    )
    return [LinkProposal(role="submission", log_id=entry.id, confidence=0.7, reason=why.english())]


def _prepared_for(entry: LogEntryInfo, day: date) -> bool:
    """Whether a paper of ``day`` was made for the entry's sending."""
    sent = entry.submitted_on
    if sent is None:
        return False
    return sent == day or (entry.requested_on is not None and entry.requested_on <= day <= sent)
