"""The local log file: ids, paths, states and timings only, never document text.

It lives in the data folder, readable by the user only, and rotates so it stays small.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from organizer.core.errors import KnownError

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"


def log_file() -> Path:
    from organizer.core.paths import data_dir

    folder = data_dir() / "logs"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / "organizer.log"


def setup_logging(verbose: bool = False) -> Path | None:
    """Send records to the log file; only errors reach the terminal."""
    root = logging.getLogger()
    if getattr(root, "_organizer_configured", False):
        return None
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path: Path | None = None
    try:
        path = log_file()
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    except (OSError, KnownError):
        path = None  # no log file is no reason to stop the app
    terminal = logging.StreamHandler()
    terminal.setLevel(logging.DEBUG if verbose else logging.ERROR)
    terminal.setFormatter(logging.Formatter("organizer: %(message)s"))
    root.addHandler(terminal)
    root._organizer_configured = True  # type: ignore[attr-defined]
    return path
