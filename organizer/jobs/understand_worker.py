"""Understanding a document inside the reader process, right after its text is read.

Classifying and reading details is the heaviest step after text extraction. Done here it
runs on every core, and the window's process stays free to respond. The rules and the
learned model are loaded once per process and reloaded when their files change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from organizer.core.understand import CaseContext, Rules, Understanding, WordModel, load_rules
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
