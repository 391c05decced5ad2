"""Which Tesseract language data to read a page with: English, or Spanish for Spanish pages.

A page is read with English first (most letters are English, and one language reads
fastest). When what came out looks Spanish, the page is read again with Tesseract's Spanish
data (``spa``, installed with ``tesseract-ocr-spa``), which gets the accents and the ñ
right: "autorización", not "autorizacién". Where ``spa`` is not installed the English
reading stands.
"""

from __future__ import annotations

import re
import subprocess
from functools import lru_cache

# Short words that are common in Spanish letters and rare in English ones.
SPANISH_WORDS = frozenset(
    (
        *("de", "la", "el", "que", "los", "las", "del", "para", "por", "con", "una", "su"),
        *("sus", "se", "le", "es", "al", "este", "esta", "fue", "usted", "solicitud"),
        *("fecha", "carta", "plan", "seguro", "autorización", "previa", "días", "según"),
    )
)
ENGLISH_WORDS = frozenset(
    (
        *("the", "and", "of", "to", "your", "you", "is", "for", "this", "that", "was"),
        *("with", "be", "are", "we", "our", "have", "on", "by"),
    )
)
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 8  # fewer than this (a stamp, a logo) says nothing about the language


def looks_spanish(text: str) -> bool:
    """Whether the text read from a page is mostly Spanish (by its common short words)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return False
    spanish = sum(w in SPANISH_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    return spanish >= 3 and spanish > 2 * english


@lru_cache(maxsize=4)
def installed_languages(command: str) -> frozenset[str]:
    """The language data this Tesseract has (``tesseract --list-langs``), read once."""
    try:
        done = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout or "").splitlines()[1:]  # the first line names the folder
    return frozenset(line.strip() for line in lines if line.strip())
