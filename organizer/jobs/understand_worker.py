"""Understanding a document inside the reader process, right after its text is read.

Classifying and reading details is the heaviest step after text extraction. Done here it
runs on every core, and the window's process stays free to respond. The rules and the
learned model are loaded once per process and reloaded when their files change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from organizer.core.reading import ReadResult
from organizer.core.types import DocumentKind, KindSource, LetterOutcome
from organizer.core.understand import (
    CaseContext,
    Rules,
    Understanding,
    WordModel,
    explain,
    load_rules,
)
from organizer.core.understand import understand as understand_text


@dataclass(frozen=True, slots=True)
class UnderstandRequest:
    """What the reader needs to understand a document (all of it can be pickled)."""

    context: CaseContext
    user_kind: str | None = None
    rules_override: str | None = None
    model_file: str | None = None


_cache: dict[str, tuple[float, object]] = {}


def _stamp(path: str | None) -> float:
    if not path:
        return -1.0
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return -1.0


def _rules(override: str | None) -> Rules:
    key = f"rules:{override}"
    stamp = _stamp(override)
    cached = _cache.get(key)
    if cached is None or cached[0] != stamp:
        loaded = load_rules(override=Path(override) if override else None)
        _cache[key] = (stamp, loaded.rules)
    rules = _cache[key][1]
    assert isinstance(rules, Rules)
    return rules


def _model(path: str | None) -> WordModel | None:
    if not path:
        return None
    key = f"model:{path}"
    stamp = _stamp(path)
    cached = _cache.get(key)
    if cached is None or cached[0] != stamp:
        model: WordModel | None = None
        if stamp >= 0:
            try:
                model = WordModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
            except (OSError, ValueError):
                model = None
        _cache[key] = (stamp, model)
    value = _cache[key][1]
    return value if isinstance(value, WordModel) else None


def understand(text: str, request: UnderstandRequest) -> Understanding:
    return understand_text(
        text,
        rules=_rules(request.rules_override),
        model=_model(request.model_file),
        user_kind=request.user_kind,
        context=request.context,
    )


# A body that only points at the letter it carries ("please see the attached letter").
POINTS_TO_ATTACHMENT = re.compile(r"\battach(?:ed|ment)\b|\benclosed\b", re.IGNORECASE)


def understand_mail(result: ReadResult, request: UnderstandRequest) -> Understanding:
    """An e-mail is read as a letter; its date is the day it was sent.

    When the body says nothing of the decision but points to an attachment, the outcome
    (and what is asked for) comes from the attached letter.
    """
    as_letter = request
    if request.user_kind is None:
        as_letter = replace(request, user_kind=DocumentKind.LETTER.value)
    found = understand(result.text, as_letter)
    if request.user_kind is None:
        found = replace(
            found,
            kind_source=KindSource.AUTO.value,
            kind_reasons=(explain.EMAIL_AS_LETTER,),
        )
    body = understand(result.page_texts[0] if result.page_texts else "", as_letter)
    attached = "\n\n".join(result.page_texts[1:])
    undecided = body.letter_outcome in (None, LetterOutcome.INFORMATIONAL.value)
    source = body
    if undecided and attached.strip() and POINTS_TO_ATTACHMENT.search(result.body_text):
        letter = understand(attached, as_letter)
        if letter.letter_outcome is not None:
            source = replace(
                letter, outcome_reasons=(explain.FROM_ATTACHED, *letter.outcome_reasons)
            )
    if found.kind == DocumentKind.LETTER.value:
        found = replace(
            found,
            letter_outcome=source.letter_outcome,
            outcome_reasons=source.outcome_reasons,
            requested_items=source.requested_items,
            appeal_by=source.appeal_by or found.appeal_by,
            due_date=source.due_date or found.due_date,
        )
    if result.sent_on is not None:
        found = replace(found, document_date=result.sent_on)
    return found
