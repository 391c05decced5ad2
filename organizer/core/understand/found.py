"""A value read from a document, with why it was chosen and how sure the reading is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """A value read from the text, with the reason it was chosen."""

    value: T
    reason: str
    # How sure the reading is, from 0 to 1; below SURE the value is offered, not set.
    confidence: float = 1.0
    # The other values it weighed, as text, for "not sure, please check".
    candidates: tuple[str, ...] = ()


def quote(text: str) -> str:
    """A snippet of the document, on one line, for a reason."""
    return " ".join(text.split()).strip(" :|")
