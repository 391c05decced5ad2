"""What the reminders remember on the disk: which deadline was told about on which day.

A small private JSON file in the data folder (``reminders.json``). The scheduler
(``gui/reminders.py``) runs these reads and writes on the task runner, never on the GUI
thread: a slow or stuck disk must not freeze the window.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_DAYS = 14


class ToldStore:
    """Which deadline was told about on which day, in a small private JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, str]:
        """What was told; an unreadable or broken file counts as nothing told."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(k): str(v) for k, v in raw.items()}

    def save(self, told: Mapping[str, str], today: date) -> None:
        """Keep the last two weeks only; written 0600, all at once."""
        oldest = (today - timedelta(days=KEEP_DAYS)).isoformat()
        kept = {k: v for k, v in told.items() if v >= oldest}
        temp = self.path.with_name(f".{self.path.name}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                json.dump(kept, stream, indent=1, sort_keys=True)
            temp.replace(self.path)
        except OSError as exc:
            log.warning("reminders: can't save what was told: %s", exc.strerror)
            with contextlib.suppress(OSError):
                temp.unlink()
