"""Understanding documents: what each one is, what it says, and where it belongs in the log.

Pure domain code: text in, frozen results out. No files (except reading the rules file),
no database, no Qt, no clock.

    from organizer.core.understand import CaseContext, understand, propose_links

    context = CaseContext.from_profile(case.profile)
    found = understand(text, context=context, user_kind=None)
    proposals = propose_links(found, log_entries, text=text, context=context)
"""

from organizer.core.understand.engine import CaseContext, Understanding, bundled_rules, understand
from organizer.core.understand.identity import (
    CaseIdentity,
    DocumentFacts,
    apply_identity,
    infer_case_identity,
)
from organizer.core.understand.learned import Guess, WordModel
from organizer.core.understand.proposals import LinkProposal, NewEntry, propose_links
from organizer.core.understand.rules import LoadedRules, Rules, RulesError, load_rules

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
