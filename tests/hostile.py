"""Helpers for the hostile-folder tests: run the real program with a time limit."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def organizer_env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORGANIZER_")}
    env.update(
        ORGANIZER_DATA_DIR=str(data),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )
    env.update(extra)
    return env


def run_organizer(
    args: list[str], data: Path, timeout: float = 120, **extra: str
) -> subprocess.CompletedProcess[str]:
    """``python -m organizer ARGS`` as a real process; a hang fails the test, never the run."""
    return subprocess.run(
        [sys.executable, "-m", "organizer", *args],
        env=organizer_env(data, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def statuses(db_file: Path) -> dict[str, tuple[str, str | None]]:
    """path -> (status, error) straight from the database file."""
    connection = sqlite3.connect(db_file)
    try:
        rows = connection.execute("SELECT path, status, error FROM documents").fetchall()
    finally:
        connection.close()
    return {path: (status, error) for path, status, error in rows}


def running(pid: int) -> bool:
    """Whether a process is alive (a zombie waiting to be reaped counts as gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def slow_tesseract(folder: Path, seconds: float, marker: Path | None = None) -> Path:
    """A stand-in for a slow computer: the real Tesseract, started ``seconds`` late.

    It also notes the mode of each picture it is given (to check they are private), and
    its process ids (to check they are stopped) in ``pids.txt``.
    """
    import shutil

    real = shutil.which("tesseract")
    assert real is not None, "tesseract is needed for this test"
    script = folder / "slow-tesseract"
    note = f'touch "{marker}"\n' if marker else ""
    script.write_text(
        "#!/bin/sh\n"
        f'stat -c "%a %n" "$1" >> "{folder}/modes.txt"\n'
        f"{note}"
        f'echo $$ >> "{folder}/pids.txt"\n'
        f"sleep {seconds} &\n"
        f'echo $! >> "{folder}/pids.txt"\n'
        "wait $!\n"
        f'exec "{real}" "$@"\n'
    )
    script.chmod(0o755)
    return script
