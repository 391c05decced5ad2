"""The still-missing list of a big log: the plain rules, each distinct row shape worked once.

A case restored from a big import holds 100,000 entries, nearly all alike: asked for, not
sent yet, nothing linked ("open" entries). The row of such an entry depends only on the
fields of an ``OpenRow`` after its id and "what", and on its label; its words are worked
out by the plain rules once for each distinct set of those fields and reused. So an open
entry needs no full snapshot at all: the reader gives just those fields. Entries that need
nothing are passed over; every other entry takes the plain path. ``tests/test_missing_fast.py``
checks that both paths give the very same rows on a varied log.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.missing_rows import add_entry_rows, entry_row, sort_key
from organizer.core.missing_rules import (
    LABEL_ONLY,
    OPEN_UNSENT,
    CaseFacts,
    MissingRow,
    entry_reason,
    with_settled,
)
from organizer.core.missing_who import label_phrase
from organizer.core.phrases import Phrase, english
from organizer.core.profile import CaseProfile
from organizer.core.records import LogEntryInfo
from organizer.core.types import LogStatus

NOT_NEEDED = LogStatus.NOT_NEEDED.value
_LABELS = {key: item.label for key, item in CHECKLIST_BY_KEY.items()}
OPEN_STATUSES = frozenset(status.value for status in OPEN_UNSENT)

# An open entry (requested or proposed, nothing linked) as stored: id, what, item,
# who_submits, due, submitted_on, requested_on (ISO dates), status, expects_decision (0, 1
# or None). Left as stored: only one entry of each distinct shape is ever converted.
OpenRow = tuple[int, str, str, str, str | None, str | None, str | None, str, int | None]
_Key = tuple[str, str, str | None, str | None, str | None, str, int | None]
# The template of "what" (its first value the label), the row's fields but "what", its log
# and document ids, and the first three parts of its sort key; () for an entry that needs
# nothing.
_Shape = (
    tuple[
        Phrase,
        str,
        str,
        str,
        date | None,
        str,
        str,
        bool,
        bool,
        tuple[str, ...],
        bool,
        bool,
        date,
        Phrase,
        Phrase,
        tuple[str, ...],
    ]
    | tuple[()]
)
_SortKey = tuple[bool, bool, date, int, int]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def open_row(entry: LogEntryInfo) -> OpenRow:
    expects = entry.expects_decision
    return (
        entry.id,
        entry.what,
        entry.item,
        entry.who_submits,
        _iso(entry.due),
        _iso(entry.submitted_on),
        _iso(entry.requested_on),
        entry.status,
        None if expects is None else int(expects),
    )


def open_entry(row: OpenRow) -> LogEntryInfo:
    """A snapshot of an open entry with what its row depends on (the rest left empty)."""
    log_id, what, item, who, due, sent, asked, status, expects = row
    return LogEntryInfo(
        id=log_id,
        item=item,
        what=what,
        requested_by="",
        requested_on=_day(asked),
        who_submits=who,
        due=_day(due),
        submitted_on=_day(sent),
        status=status,
        decision="",
        notes="",
        expects_decision=None if expects is None else bool(expects),
    )


def _shape(row: OpenRow, today: date, profile: CaseProfile, facts: CaseFacts) -> _Shape:
    """The entry's row by the plain rules, and the words its "what" adds after the label."""
    entry = open_entry(row)
    reason = entry_reason(entry, today, facts)
    if reason is None:
        return ()
    found = entry_row(entry, reason, profile, today, facts)
    what, label = found.what_words, label_phrase(entry)
    wrong = what is not LABEL_ONLY and (not what.args or what.args[0] != label)
    if wrong or found.document_id is not None:
        raise ValueError(found.what)  # never for an open entry's reasons
    head = sort_key(found)
    return (
        what,
        found.item,
        found.who,
        found.when,
        found.due,
        found.reason,
        found.severity,
        found.proposed,
        found.has_copy,
        found.actions,
        head[0],
        head[1],
        head[2],
        found.who_words,
        found.when_words,
        tuple(english(arg) for arg in what.args[1:]),
    )


def fast_rows(
    entries: Iterable[LogEntryInfo], today: date, profile: CaseProfile, facts: CaseFacts
) -> list[MissingRow]:
    """The same rows as the plain path, in the same order."""
    entries = list(entries)
    appeals = frozenset(e.appeal_of for e in entries if e.appeal_of is not None)
    full = [e for e in entries if e.links or e.status not in OPEN_STATUSES]
    opened = [open_row(e) for e in entries if not e.links and e.status in OPEN_STATUSES]
    return split_rows(full, opened, appeals, today, profile, facts)


def split_rows(
    full: Iterable[LogEntryInfo],
    opened: Iterable[OpenRow],
    appeals: frozenset[int],
    today: date,
    profile: CaseProfile,
    facts: CaseFacts,
) -> list[MissingRow]:
    """The list from full snapshots of some entries and the open rows of all the others.

    ``appeals`` are the entries some entry of the case is an appeal of. Every row's sort
    key is distinct (an entry's id, then its vanished document's), so the order does not
    depend on which entries came in which list.
    """
    full, opened = list(full), list(opened)
    facts = with_settled(facts, full, (raw[2] for raw in opened if raw[7] in OPEN_STATUSES))
    rows: list[MissingRow] = []
    keys: list[_SortKey] = []
    for entry in full:
        if entry.status == NOT_NEEDED:
            continue  # needs nothing, and its vanished files are not asked for either
        add_entry_rows(rows, entry, today, profile, facts, appeals)
        keys.extend(sort_key(row) for row in rows[len(keys) :])
    shapes: dict[_Key, _Shape] = {}
    append = rows.append
    for raw in opened:
        key: _Key = raw[2:]
        shape = shapes.get(key)
        if shape is None:
            try:
                shape = shapes[key] = _shape(raw, today, profile, facts)
            except ValueError:
                add_entry_rows(rows, open_entry(raw), today, profile, facts, appeals)
                keys.extend(sort_key(row) for row in rows[len(keys) :])
                continue
        if not shape:
            continue  # needs nothing
        (what, item, who, when, due, reason, severity, proposed, copy, actions, h0, h1, h2) = shape[
            :13
        ]
        log_id = raw[0]
        typed = raw[1].strip()
        if what is LABEL_ONLY:  # most rows: the label alone, no phrase of their own
            what_english = typed or _LABELS.get(raw[2], raw[2])
        else:
            if typed and typed != _LABELS.get(raw[2]):
                label, label_text = Phrase("{0}", (typed,)), typed
            else:  # the item's own label: translatable
                label = label_phrase(open_entry(raw))
                label_text = english(label)
            what_english = what.text.format(label_text, *shape[15])
            what = Phrase(what.text, (label, *what.args[1:]))
        keys.append((h0, h1, h2, log_id, -1))
        append(
            MissingRow(
                item,
                what_english,
                who,
                when,
                due,
                reason,
                severity,
                proposed,
                log_id,
                None,
                copy,
                actions,
                what,
                shape[13],
                shape[14],
            )
        )
    # Sorted as the plain path sorts, by the same keys, each made once.
    order = sorted(range(len(rows)), key=keys.__getitem__)
    return [rows[at] for at in order]
