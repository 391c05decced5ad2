"""Which way up a page is (Tesseract's orientation detection), and reading with a score.

Where the detection is unsure, the page is read both ways and the reading with the higher
mean word confidence is kept, as long as the time allows.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from organizer.jobs.ocr import RUNNING, _kill, tesseract_command

# Below this orientation confidence Tesseract's guess is not trusted on its own.
SURE_CONFIDENCE = 2.0
_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


@dataclass(slots=True)
class Reading:
    text: str
    confidence: float  # mean word confidence, 0-100
    words: int
    seconds: float
    tsv: str = ""  # Tesseract's words with their boxes


def _run(args: list[str], timeout: float) -> str:
    command = tesseract_command()
    if command is None:
        raise FileNotFoundError("tesseract")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    process = subprocess.Popen(
        [command, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    RUNNING.add(process)
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, process.pid, 10)
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        process.communicate()
        raise
    finally:
        RUNNING.discard(process)
    return out.decode("utf-8", errors="replace")


def detect(image: Path, timeout: float, dpi: int = 300) -> tuple[int, float] | None:
    """(clockwise degrees to turn the page upright, confidence), None when undecided."""
    try:
        out = _run([str(image), "stdout", "--dpi", str(dpi), "--psm", "0", "-l", "osd"], timeout)
    except subprocess.TimeoutExpired:
        return None
    rotate, confidence = _ROTATE.search(out), _CONFIDENCE.search(out)
    if rotate is None:
        return None
    return int(rotate.group(1)) % 360, float(confidence.group(1)) if confidence else 0.0


def text_from_tsv(tsv: str) -> tuple[str, float, int]:
    """Plain text laid out like Tesseract's own, with the mean word confidence."""
    lines: list[str] = []
    current: tuple[str, ...] | None = None
    block: tuple[str, ...] | None = None
    words: list[str] = []
    scores: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        word = cells[11].strip()
        if not word:
            continue
        key = (cells[2], cells[3], cells[4])
        if key != current:
            if words:
                lines.append(" ".join(words))
            if block is not None and key[:2] != block:
                lines.append("")
            current, block, words = key, key[:2], []
        words.append(word)
        with contextlib.suppress(ValueError):
            scores.append(max(0.0, float(cells[10])))
    if words:
        lines.append(" ".join(words))
    mean = sum(scores) / len(scores) if scores else 0.0
    return "\n".join(lines) + ("\n" if lines else ""), mean, len(scores)


def read_scored(image: Path, timeout: float, dpi: int = 300, psm: int = 3) -> Reading:
    """Read a page once, for Tesseract's own plain text and the mean word confidence.

    One run writes both (the ``txt`` and ``tsv`` configs) next to the picture. ``psm`` 3
    finds the page's layout; 6 reads the picture as one block of lines.
    """
    started = time.monotonic()
    base = image.with_name(image.stem + "-read")
    args = [str(image), str(base), "--dpi", str(dpi), "-l", "eng", "--psm", str(psm), "txt", "tsv"]
    _run(args, timeout)
    try:
        tsv = base.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")
        text = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
    except OSError:
        tsv, text = "", ""
    finally:
        for suffix in (".tsv", ".txt"):
            base.with_suffix(suffix).unlink(missing_ok=True)
    rebuilt, confidence, words = text_from_tsv(tsv)
    return Reading(text or rebuilt, confidence, words, time.monotonic() - started, tsv)
