"""Which Tesseract language data to read a page with.

Pages are read with English first. A page whose words are mostly Spanish is read again with
Spanish data as well ("spa+eng": letters in Spanish still carry plan names and codes in
English), when that data is installed, so accents and words come out right.
"""

from __future__ import annotations

import re
import subprocess
from functools import lru_cache

_WORD = re.compile(r"[a-záéíóúüñ]+")
# The commonest short words of each language: enough to tell them apart on a page.
SPANISH_WORDS = "de la que el en los del las por para con una su usted este esta se al sus es como"
ENGLISH_WORDS = "the and of to for your you this with is are be on we our that"
_SPANISH = frozenset(SPANISH_WORDS.split())
_ENGLISH = frozenset(ENGLISH_WORDS.split())


def looks_spanish(text: str) -> bool:
    """True when a page's words are mostly Spanish (a short Spanish tagline in an English
    letter, "ATENCIÓN: si habla español…", does not count)."""
    words = _WORD.findall(text.lower())
    spanish = sum(word in _SPANISH for word in words)
    english = sum(word in _ENGLISH for word in words)
    return spanish >= 15 and spanish > 2 * english


@lru_cache(maxsize=4)
def installed_languages(command: str) -> frozenset[str]:
    """The language data this Tesseract has (``tesseract --list-langs``)."""
    try:
        done = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout or "").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def second_reading(command: str, first_text: str) -> str | None:
    """The languages to read the page again with, or None when the first reading stands."""
    if looks_spanish(first_text) and "spa" in installed_languages(command):
        return "spa+eng"
    return None
