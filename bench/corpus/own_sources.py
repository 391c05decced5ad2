"""The public documents whose wording and layout our own corpus follows.

key -> (public title / form number, where the wording comes from).  Every document of the
generator names one key; a key's documents all go to the same part (train or held-out).  The
held-out sources live in their own module so that the train sources can be read alone.
"""

from __future__ import annotations

import re

from own_sources_heldout import HELDOUT_SOURCES
from own_sources_heldout_es import HELDOUT_ES_SOURCES
from own_sources_train import TRAIN_SOURCES
from own_sources_train_c import TRAIN_C_SOURCES
from own_sources_train_es import TRAIN_ES_SOURCES
from own_sources_train_es2 import TRAIN_ES2_SOURCES

_PARTS = (
    TRAIN_SOURCES,
    TRAIN_C_SOURCES,
    HELDOUT_SOURCES,
    TRAIN_ES_SOURCES,
    HELDOUT_ES_SOURCES,
    TRAIN_ES2_SOURCES,
)
SOURCES = {k: v for part in _PARTS for k, v in part.items()}
# a key in two modules would silently keep only one title and address
assert len(SOURCES) == sum(len(part) for part in _PARTS), "a source key is in two modules"


def source_overlaps() -> int:
    """How many train sources share their key or their address with a held-out source. Only
    the count is ever shown: which ones would describe the held-out part."""
    held = {**HELDOUT_SOURCES, **HELDOUT_ES_SOURCES}
    held_urls = {_address(url) for _, url in held.values()}
    train = {**TRAIN_SOURCES, **TRAIN_C_SOURCES, **TRAIN_ES_SOURCES, **TRAIN_ES2_SOURCES}
    return sum(1 for key, (_, url) in train.items() if key in held or _address(url) in held_urls)


def _address(url: str) -> str:
    """The same page however its address is written (scheme, "www.", a closing slash)."""
    return re.sub(r"^https?://(www\.)?", "", url.strip().lower()).rstrip("/")
