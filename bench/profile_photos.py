"""Where reading a photographed page spends its time: each step, per page, over a photo set.

    PYTHONPATH=. .venv/bin/python bench/profile_photos.py SET [--cpu]

SET is a folder made by bench/make_photo_set.py (train sets only: the pictures are read one
by one). Runs the app's reader (``jobs.page_ocr.ocr_pages``, as bench/photo_accuracy.py
times it) under cProfile and prints each step's cumulative seconds per page: wall seconds,
or with ``--cpu`` this process's CPU seconds (the Python and OpenCV work; Tesseract runs in
child processes, whose CPU seconds are listed run by run beside plain tesseract's on the
upright picture). Results are written nowhere but the screen; ORGANIZER_DATA_DIR is a
scratch folder, so the corrected pages are not kept.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PICTURES = (".heic", ".jpg", ".jpeg", ".tif", ".tiff", ".png")
# Functions of organizer/jobs named in the profile, in the order a page goes through them.
STEPS = {
    "load_frames": "decode, EXIF turn (photo.load_frames)",
    "find_page": "page corners (photo.find_page)",
    "flatten": "perspective (photo.flatten)",
    "even_light": "shadows (photo.even_light)",
    "level_lines": "line direction, skew angle (photo.level_lines)",
    "rotate_small": "deskew turn (photo.rotate_small)",
    "upright_score": "upside down? (photo.upright_score)",
    "detect": "--psm 0 (orientation.detect)",
    "size_text": "measure, upscale (photo.size_text)",
    "without_rules": "table rules painted over (photo.without_rules)",
    "read_scored": "Tesseract text runs (orientation.read_scored)",
    "missed_bands": "missed lines found (photo_gaps.missed_bands)",
    "_missed": "missed values found (photo_pieces._missed)",
    "fill_gaps": "lines and values read again, runs included (photo_gaps.fill_gaps)",
    "_joined": "split IDs joined (ocr_mend.join_split_ids)",
    "mend_text": "slips mended (ocr_mend.mend_text)",
    "_keep_corrected": "corrected page kept as PNG (photo_pages)",
    "read_picture": "one page, all of it but decoding and keeping (photo_read)",
}


PSM = {
    "0": "--psm 0 (which way up)",
    "3": "--psm 3 (the page; again the other way up when unsure)",
    "6": "--psm 6 (missed lines and values read again)",
}


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def plain_upright_cpu(frame: Any, turn: int, scratch: Path) -> float:
    import cv2

    from organizer.jobs import photo

    path = scratch / "plain.png"
    cv2.imwrite(str(path), photo.turn(frame, turn))
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    before = children_cpu()
    subprocess.run(["tesseract", str(path), "stdout", "-l", "eng"], capture_output=True, env=env)
    return children_cpu() - before


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--cpu", action="store_true", help="CPU seconds instead of wall")
    args = parser.parse_args()
    os.environ["ORGANIZER_DATA_DIR"] = tempfile.mkdtemp(prefix="profile-photos-")
    from organizer.jobs import orientation, photo
    from organizer.jobs.page_ocr import ocr_pages

    truth = json.loads((args.set / "truth.json").read_text(encoding="utf-8"))
    runs: list[tuple[str, float]] = []
    run = orientation._run

    def counted(command: list[str], timeout: float) -> str:
        before = children_cpu()
        out = run(command, timeout)
        runs.append((command[command.index("--psm") + 1], children_cpu() - before))
        return out

    orientation._run = counted  # type: ignore[assignment]
    clock = time.process_time if args.cpu else time.perf_counter
    profile = cProfile.Profile(clock)
    pages, spent, plain = 0, 0.0, 0.0
    tesseract: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for path in sorted(p for p in args.set.iterdir() if p.suffix.lower() in PICTURES):
            frames = photo.load_frames(path)
            for number, frame in enumerate(frames):
                plain += plain_upright_cpu(
                    frame, truth[path.name]["pages"][number]["turn"], Path(scratch)
                )
            runs.clear()
            started = clock()
            profile.enable()
            ocr_pages(str(path), list(range(len(frames))), is_image_file=True, page_timeout=120)
            profile.disable()
            spent += clock() - started
            pages += len(frames)
            for psm, seconds in runs:
                tesseract.setdefault(PSM.get(psm, f"--psm {psm}"), []).append(seconds)
    what = "CPU" if args.cpu else "wall"
    print(f"{pages} pages, {what} seconds per page in this process: {spent / pages:.3f}")
    totals: dict[str, tuple[float, int]] = {}
    for (file, _, name), (_, calls, _, cumulative, _) in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        if name in STEPS and "organizer" in file:
            seconds, count = totals.get(name, (0.0, 0))
            totals[name] = (seconds + cumulative, count + calls)
    for name, label in STEPS.items():
        seconds, calls = totals.get(name, (0.0, 0))
        print(f"  {label:68} {seconds / pages:6.3f}  ({calls} calls)")
    print(
        "Tesseract CPU seconds per page (child processes); "
        f"plain on the upright picture {plain / pages:.3f}"
    )
    for kind, seconds in sorted(tesseract.items()):
        print(
            f"  {kind:56} {sum(seconds) / pages:.3f} per page, "
            f"{len(seconds)} runs of {sum(seconds) / len(seconds):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
