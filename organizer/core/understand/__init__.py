"""Understanding documents: what each one is, what it says, and where it belongs in the log.

Pure domain code: text in, frozen results out. No files (except reading the rules file),
no database, no Qt, no clock.

    from organizer.core.understand import CaseContext, understand, propose_links

    context = CaseContext.from_profile(case.profile)
    found = understand(text, context=context, user_kind=None)
    proposals = propose_links(found, log_entries, text=text, context=context)
"""

# The names load on first use (PEP 562): a command that only imports a light module of this
# package, such as ``letters``, does not pay for the rules engine.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from organizer.core.understand.engine import (
        CaseContext,
        Understanding,
        bundled_rules,
        understand,
    )
    from organizer.core.understand.entry_match import LinkProposal, NewEntry
    from organizer.core.understand.identity import (
        CaseIdentity,
        DocumentFacts,
        apply_identity,
        infer_case_identity,
    )
    from organizer.core.understand.learned import Guess, WordModel
    from organizer.core.understand.proposals import propose_links
    from organizer.core.understand.rules import LoadedRules, Rules, RulesError, load_rules

_HOMES = {
    "CaseContext": "engine",
    "Understanding": "engine",
    "bundled_rules": "engine",
    "understand": "engine",
    "CaseIdentity": "identity",
    "DocumentFacts": "identity",
    "apply_identity": "identity",
    "infer_case_identity": "identity",
    "Guess": "learned",
    "WordModel": "learned",
    "LinkProposal": "entry_match",
    "NewEntry": "entry_match",
    "propose_links": "proposals",
    "LoadedRules": "rules",
    "Rules": "rules",
    "RulesError": "rules",
    "load_rules": "rules",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CaseContext",
    "CaseIdentity",
    "DocumentFacts",
    "Guess",
    "LinkProposal",
    "LoadedRules",
    "NewEntry",
    "Rules",
    "RulesError",
    "Understanding",
    "WordModel",
    "apply_identity",
    "bundled_rules",
    "infer_case_identity",
    "load_rules",
    "propose_links",
    "understand",
]
