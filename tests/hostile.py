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
    """A stand-in for a slow computer: the real Tesseract, started up to ``seconds`` late.

    One process that waits, then becomes Tesseract. It also notes the mode and place of
    each picture it is given (to check they are private) in ``modes.txt``, and its
    process id (to check it is stopped) in ``pids.txt``.
    """
    import shutil

    real = shutil.which("tesseract")
    assert real is not None, "tesseract is needed for this test"
    script = folder / "slow-tesseract"
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, signal, stat, sys\n"
        f"folder = {str(folder)!r}\n"
        "mode = stat.S_IMODE(os.stat(sys.argv[1]).st_mode)\n"
        "with open(os.path.join(folder, 'modes.txt'), 'a') as out:\n"
        "    out.write(f'{mode:o} {sys.argv[1]}\\n')\n"
        "with open(os.path.join(folder, 'pids.txt'), 'a') as out:\n"
        "    out.write(f'{os.getpid()}\\n')\n"
        f"marker = {str(marker) if marker else ''!r}\n"
        "if marker:\n"
        "    open(marker, 'a').close()\n"
        # Waits for the run to stop it (SIGTERM or Ctrl-C), at most ``seconds``; the
        # signals are unblocked again before becoming Tesseract.
        "stop = {signal.SIGTERM, signal.SIGINT}\n"
        "signal.pthread_sigmask(signal.SIG_BLOCK, stop)\n"
        f"if signal.sigtimedwait(stop, {seconds}) is not None:\n"
        "    sys.exit(1)\n"
        "signal.pthread_sigmask(signal.SIG_UNBLOCK, stop)\n"
        f"os.execv({real!r}, [{real!r}, *sys.argv[1:]])\n"
    )
    script.chmod(0o755)
    return script
