"""Which names in the case folder are documents, and which are left alone.

Temporary files (a browser still downloading, an office program's lock file) and system
files are never indexed; neither is anything under a hidden or system folder.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence

PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif"})
MAIL_SUFFIXES = frozenset({".eml", ".msg"})
DOCUMENT_SUFFIXES = PDF_SUFFIXES | IMAGE_SUFFIXES | MAIL_SUFFIXES


def document_patterns() -> str:
    """The file-dialog patterns for every document name, in both letter cases.

    Built from the same endings the folder is indexed by, so a picking dialog never hides
    a file (an iPhone's IMG_0001.HEIC) that the app would read if it were dropped instead;
    both cases because some desktops' dialogs match case-sensitively.
    """
    order = sorted(DOCUMENT_SUFFIXES, key=lambda s: (s not in PDF_SUFFIXES, s))
    return " ".join(f"*{s} *{s.upper()}" for s in order)


# Matched case-insensitively against every part of the relative path.
IGNORED_PATTERNS: tuple[str, ...] = (
    "*.part",
    "*.crdownload",
    "*.tmp",
    "~$*",
    ".~lock*",
    ".*",
    "thumbs.db",
    "desktop.ini",
    ".ds_store",
    "__macosx",
    "@eadir",
    ".stfolder",
)


def suffix_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def is_document_name(name: str) -> bool:
    """PDFs, images and e-mails, by their name's ending in any letter case."""
    return suffix_of(name) in DOCUMENT_SUFFIXES


def is_ignored_part(part: str, user_patterns: Sequence[str] = ()) -> bool:
    lowered = part.lower()
    return any(fnmatch.fnmatchcase(lowered, p.lower()) for p in (*IGNORED_PATTERNS, *user_patterns))


def is_ignored(relative_parts: Iterable[str], user_patterns: Sequence[str] = ()) -> bool:
    """True when any folder or the file name itself is temporary or a system name."""
    return any(is_ignored_part(part, user_patterns) for part in relative_parts)


def wanted(relative_path: str, user_patterns: Sequence[str] = ()) -> bool:
    """Whether a relative path (with forward slashes) belongs in the index."""
    parts = relative_path.split("/")
    return is_document_name(parts[-1]) and not is_ignored(parts, user_patterns)
