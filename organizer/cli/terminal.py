"""What the command line prints is shown, never obeyed, by the terminal.

Names and notes come from files and imports; an escape sequence in them (``\\x1b]0;…\\x07``)
would retitle the terminal, hide text or worse. Every control character except newline
and tab (and the progress bar's carriage return on stderr), every Unicode direction
override, and every lone surrogate is written as a ``\\uXXXX`` escape, which is also valid
inside JSON strings, so ``--json`` output stays valid JSON.
"""

from __future__ import annotations

import io
import re
from typing import TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_KEEP_CR = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def shown(text: str, *, keep_cr: bool = False) -> str:
    """``text`` with every unsafe character written as ``\\uXXXX``."""
    pattern = _UNSAFE_KEEP_CR if keep_cr else _UNSAFE
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class EscapingStream(io.TextIOBase):
    """A text stream that escapes what it is given, then passes it on."""

    def __init__(self, inner: TextIO, *, keep_cr: bool = False) -> None:
        super().__init__()
        self.inner = inner
        self.keep_cr = keep_cr

    def write(self, text: str) -> int:
        self.inner.write(shown(text, keep_cr=self.keep_cr))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", "utf-8")
