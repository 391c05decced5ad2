"""The case's own people (its plan, provider office and pharmacy), told apart by name.

Pure. Used to keep suggestions to papers the case's own people wrote: a prescription form
for another pharmacy is not the prescription the log tracks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Words of an organisation's name that do not tell one organisation from another.
_NAME_FILLER = frozenset(
    (
        "health", "plan", "plans", "services", "service", "infusion", "infusions", "pharmacy",
        "medical", "clinic", "group", "center", "centre", "home", "specialty", "care",
        "allergy", "immunology", "family", "medicine", "associates", "inc", "llc", "the",
        "and", "insurance", "company",
    )
)  # fmt: skip


def party_words(names: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Per organisation name, the (at most two) words that tell it apart ("Alameda Creek
    Infusion Services" -> ("alameda", "creek"))."""
    out: list[tuple[str, ...]] = []
    for name in names:
        found = [w for w in re.findall(r"[a-z]+", name.lower()) if len(w) >= 4]
        kept = tuple(w for w in found if w not in _NAME_FILLER)[:2]
        if kept:
            out.append(kept)
    return tuple(out)


def from_case_party(text: str, parties: Sequence[Sequence[str]]) -> bool:
    """Whether the letterhead or signature (first six, last eight written lines) names one
    of the case's organisations. True when the case names none, or the text is empty."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not parties or not lines:
        return True
    zone = " ".join(lines[:6] + lines[-8:]).lower()
    return any(all(w in zone for w in party) for party in parties)
