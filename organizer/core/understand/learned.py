"""A small word-based model that learns document kinds from the user's own decisions.

It is a multinomial naive Bayes over words, trained only on documents the user confirmed
or corrected. It is kept as JSON in the user's data folder. It only speaks up when it has
seen enough of the user's documents and is sure; otherwise the rules decide.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from organizer.core.understand.rules import KINDS

FORMAT = 1
_WORD = re.compile(r"[a-z][a-z'\-]{2,}")
_STOP = frozenset(
    (
        "the",
        "and",
        "for",
        "you",
        "your",
        "are",
        "this",
        "that",
        "with",
        "from",
        "have",
        "has",
        "was",
        "were",
        "will",
        "not",
        "can",
        "our",
        "any",
        "all",
        "but",
        "may",
        "its",
        "their",
        "they",
        "them",
        "his",
        "her",
        "she",
        "him",
        "who",
        "what",
        "when",
        "where",
        "which",
        "been",
        "being",
        "into",
        "out",
        "one",
        "two",
        "also",
        "more",
        "than",
        "then",
        "there",
        "these",
        "those",
        "such",
        "each",
        "per",
        "only",
        "other",
        "about",
    )
)


def words(text: str) -> list[str]:
    """The lower-case words of ``text`` that carry meaning (no numbers, no filler words)."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


@dataclass(frozen=True, slots=True)
class Guess:
    """What the model thinks a document is, how sure it is, and how much it has seen."""

    kind: str
    probability: float
    examples: int


@dataclass(slots=True)
class WordModel:
    """Word counts per kind, from the documents the user confirmed or corrected.

    ``min_examples`` documents of a kind (and ``min_total`` in all) must have been seen
    before the model is trusted; then it overrides the rules only when its probability is
    at least ``min_probability``.
    """

    doc_counts: dict[str, int] = field(default_factory=dict)
    word_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    min_examples: int = 3
    min_total: int = 8
    min_probability: float = 0.95

    def learn(self, text: str, kind: str) -> None:
        """Count one confirmed or corrected document."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        self.doc_counts[kind] = self.doc_counts.get(kind, 0) + 1
        counts = self.word_counts.setdefault(kind, {})
        for word, number in Counter(words(text)).items():
            counts[word] = counts.get(word, 0) + number

    def forget(self, text: str, kind: str) -> None:
        """Undo ``learn`` for a document whose confirmed kind the user changed."""
        if self.doc_counts.get(kind, 0) <= 0:
            return
        self.doc_counts[kind] -= 1
        counts = self.word_counts.get(kind, {})
        for word, number in Counter(words(text)).items():
            left = counts.get(word, 0) - number
            if left > 0:
                counts[word] = left
            else:
                counts.pop(word, None)

    @property
    def total(self) -> int:
        return sum(self.doc_counts.values())

    def guess(self, text: str) -> Guess | None:
        """The most likely kind with its probability, or None before anything was learned."""
        kinds = [k for k, n in self.doc_counts.items() if n > 0]
        if not kinds:
            return None
        vocabulary = {w for k in kinds for w in self.word_counts.get(k, {})}
        size = max(len(vocabulary), 1)
        counted = Counter(w for w in words(text) if w in vocabulary)
        log_scores: dict[str, float] = {}
        for kind in kinds:
            counts = self.word_counts.get(kind, {})
            total = sum(counts.values())
            score = math.log(self.doc_counts[kind] / self.total)
            for word, number in counted.items():
                score += number * math.log((counts.get(word, 0) + 1) / (total + size))
            log_scores[kind] = score
        top = max(log_scores.values())
        weights = {k: math.exp(s - top) for k, s in log_scores.items()}
        best = max(weights, key=lambda k: weights[k])
        return Guess(best, weights[best] / sum(weights.values()), self.doc_counts[best])

    def confident_guess(self, text: str, rules_said: str | None = None) -> Guess | None:
        """A guess only when the model has enough evidence to overrule the rules.

        The model must have seen enough of the user's documents in all, of its own guess,
        and of the kind the rules chose (``rules_said``): it cannot judge a kind it never saw.
        """
        if self.total < self.min_total:
            return None
        if rules_said is not None and self.doc_counts.get(rules_said, 0) < self.min_examples:
            return None
        guess = self.guess(text)
        if guess is None or guess.examples < self.min_examples:
            return None
        return guess if guess.probability >= self.min_probability else None

    def to_json(self) -> dict[str, object]:
        """A JSON-ready form (for the user's data folder)."""
        return {
            "format": FORMAT,
            "doc_counts": dict(self.doc_counts),
            "word_counts": {k: dict(v) for k, v in self.word_counts.items()},
        }

    @classmethod
    def from_json(cls, data: object) -> WordModel:
        """Rebuild a model; anything unreadable gives an empty model (it is relearned)."""
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            return cls()
        doc_counts, word_counts = data.get("doc_counts"), data.get("word_counts")
        if not isinstance(doc_counts, Mapping) or not isinstance(word_counts, Mapping):
            return cls()
        model = cls()
        for kind, number in doc_counts.items():
            if kind in KINDS and isinstance(number, int) and number > 0:
                model.doc_counts[kind] = number
        for kind, counts in word_counts.items():
            if kind in model.doc_counts and isinstance(counts, Mapping):
                model.word_counts[kind] = {
                    str(w): n for w, n in counts.items() if isinstance(n, int) and n > 0
                }
        return model

    @classmethod
    def trained_on(cls, examples: Iterable[tuple[str, str]]) -> WordModel:
        """A model learned from (text, kind) pairs the user confirmed or corrected."""
        model = cls()
        for text, kind in examples:
            model.learn(text, kind)
        return model
