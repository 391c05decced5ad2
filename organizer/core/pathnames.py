"""File names that are not valid UTF-8, kept as text that can be stored, shown and exported.

USB sticks and old shares often hold names in other encodings (``caf\\xe9.pdf``). Python
hands such names over with "surrogate escapes", which no database or JSON file can hold.
The index keeps each one as text instead: every byte that is not part of valid UTF-8 is
written ``\\xHH`` (two upper-case hex digits, 80 to FF), and a backslash that would
otherwise read as the start of such an escape (one followed by another backslash, by an
escaped byte, or by ``x`` and two such digits) is doubled. Every valid name stays exactly
as it is, and the text turns back into the very same name on disk.
"""

from __future__ import annotations

import os
import re

_ESCAPED = re.compile(r"\\(\\|x[89A-F][0-9A-F])")
_LOOKS_ESCAPED = re.compile(r"x[89A-F][0-9A-F]")


def _is_escaped_byte(char: str) -> bool:
    return 0xDC80 <= ord(char) <= 0xDCFF


def _needs_doubling(name: str, after: int) -> bool:
    if after >= len(name):
        return False
    nxt = name[after]
    return nxt == "\\" or _is_escaped_byte(nxt) or _LOOKS_ESCAPED.match(name, after) is not None


def to_text(name: str) -> str:
    """The storable text for a name (or relative path) as the operating system gave it."""
    if "\\" not in name and not any(_is_escaped_byte(c) for c in name):
        return name
    out: list[str] = []
    for index, char in enumerate(name):
        if _is_escaped_byte(char):
            out.append(f"\\x{ord(char) - 0xDC00:02X}")
        elif char == "\\" and _needs_doubling(name, index + 1):
            out.append("\\\\")
        else:
            out.append(char)
    return "".join(out)


def to_os(text: str) -> str:
    """The name on disk for stored text: the reverse of ``to_text``."""
    if "\\" not in text:
        return text

    def undo(match: re.Match[str]) -> str:
        body = match.group(1)
        return "\\" if body == "\\" else chr(0xDC00 + int(body[1:], 16))

    return _ESCAPED.sub(undo, text)


def is_canonical(text: str) -> bool:
    """Whether ``text`` is exactly what ``to_text`` makes of some name on disk."""
    try:
        on_disk = os.fsdecode(os.fsencode(to_os(text)))
    except (UnicodeError, ValueError):
        return False
    return to_text(on_disk) == text
