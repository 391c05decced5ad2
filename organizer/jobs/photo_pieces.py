"""Words Tesseract's layout analysis left out beside words it read, read again on their own.

A table of labels and values ("Member ID  TRH447102938-01") is sometimes read as its label
column alone: the values' rows hold words, so ``photo_gaps.missed_bands`` (rows with no word
at all) does not see them. Here the ink no word box covers, on rows that do hold words, is
gathered into pieces of a line; pieces one above the other are read together as plain lines
(``--psm 6``), and each line read goes to the end of the line it stands on (a value after
its label), or in its place among the lines when it stands on none.

Runs in reader processes, after the page is corrected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from organizer.jobs import orientation, photo
from organizer.jobs.photo import Gray

# A piece read with less confidence than this is a picture or noise, not text.
MIN_CONFIDENCE = 55.0
# Word boxes cover this far around them, in pixels per dpi (0.03: 4-5 px at 150 dpi).
WORD_PAD_PER_DPI = 0.03
# Letters closer than this (pixels per dpi) belong to one piece (a word space is 0.04-0.06).
JOIN_PER_DPI = 0.1
# A piece is a line of letters: this tall (pixels per dpi: 0.05-0.3, small print to a
# heading), this wide (0.4: about five letters), with at least this many separate marks.
MIN_HEIGHT_PER_DPI, MAX_HEIGHT_PER_DPI = 0.05, 0.3
MIN_WIDTH_PER_DPI = 0.4
MIN_MARKS = 5
# Pieces this close above one another (pixels per dpi), overlapping across, are read as one.
STACK_GAP_PER_DPI = 0.25
# At most this many groups of pieces are read again (in one picture, one Tesseract run).
MAX_GROUPS = 4


@dataclass(frozen=True, slots=True)
class Line:
    top: int
    text: str
    block: str  # lines of one block are printed together, blocks apart
    bottom: int = -1  # the lowest row of its words (-1: not known)


def lines_from_tsv(tsv: str) -> list[Line]:
    """The lines Tesseract read, in its reading order, each with its top row."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    tops: dict[tuple[str, str, str], int] = {}
    bottoms: dict[tuple[str, str, str], int] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        key = (cells[2], cells[3], cells[4])
        lines.setdefault(key, []).append(cells[11].strip())
        tops[key] = min(int(cells[7]), tops.get(key, int(cells[7])))
        bottoms[key] = max(int(cells[7]) + int(cells[9]), bottoms.get(key, 0))
    return [Line(tops[key], " ".join(words), key[0], bottoms[key]) for key, words in lines.items()]


def _covered(shape: tuple[int, int], tsv: str, pad: int) -> tuple[Gray, Gray]:
    """(the pixels word boxes cover, the rows that hold a word)."""
    covered = np.zeros(shape, dtype=bool)
    rows = np.zeros(shape[0], dtype=bool)
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, wide, tall = (int(cells[i]) for i in (6, 7, 8, 9))
        covered[max(0, top - pad) : top + tall + pad, max(0, left - pad) : left + wide + pad] = True
        rows[top : top + tall] = True
    return covered, rows


def missed_pieces(image: Gray, tsv: str, dpi: int = 150) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) of each group of pieces of a line no word covers, beside
    words that were read; the largest groups first."""
    return _missed(image, tsv, dpi)[0]


def _missed(image: Gray, tsv: str, dpi: int) -> tuple[list[tuple[int, int, int, int]], Gray]:
    """The groups of missed pieces, and the pixels the words read cover."""
    height, width = image.shape
    covered, rows = _covered((height, width), tsv, max(2, round(WORD_PAD_PER_DPI * dpi)))
    margin = int(width * 0.04)  # the page's edge leaves long false strokes
    ink = photo.ink(image) > 0
    ink[:, :margin] = False
    ink[:, width - margin :] = False
    missed = (ink & ~covered & rows[:, np.newaxis]).astype(np.uint8)
    if not missed.any():
        return [], covered
    join = max(3, round(JOIN_PER_DPI * dpi))
    joined = cv2.dilate(missed, np.ones((1, join), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    pieces: list[tuple[int, int, int, int]] = []
    for i in range(1, count):
        left, top, wide, tall = (int(stats[i, k]) for k in range(4))
        if not MIN_HEIGHT_PER_DPI * dpi <= tall <= MAX_HEIGHT_PER_DPI * dpi:
            continue
        if wide < MIN_WIDTH_PER_DPI * dpi:
            continue
        marks, _ = cv2.connectedComponents(missed[top : top + tall, left : left + wide])
        if int(marks) - 1 >= MIN_MARKS:
            pieces.append((left, top, left + wide, top + tall))
    groups = _stacked(sorted(pieces, key=lambda p: p[1]), round(STACK_GAP_PER_DPI * dpi))
    return groups, covered


def _stacked(pieces: list[tuple[int, int, int, int]], gap: int) -> list[tuple[int, int, int, int]]:
    """Pieces one above the other (a column of values) joined into one box."""
    groups: list[tuple[int, int, int, int]] = []
    for left, top, right, bottom in pieces:
        for n, (gl, gt, gr, gb) in enumerate(groups):
            if top - gb <= gap and left < gr and right > gl:
                groups[n] = (min(gl, left), gt, max(gr, right), max(gb, bottom))
                break
        else:
            groups.append((left, top, right, bottom))
    return sorted(groups, key=lambda g: (g[2] - g[0]) * (g[3] - g[1]), reverse=True)


def _place(lines: list[Line], found: Line) -> None:
    """At the end of the line ``found`` stands on, else in its place among the lines."""
    middle = (found.top + found.bottom) // 2
    for n, line in enumerate(lines):
        if line.bottom >= 0 and line.top <= middle <= line.bottom:
            lines[n] = Line(line.top, f"{line.text} {found.text}", line.block, line.bottom)
            return
    at = next((i for i, line in enumerate(lines) if line.top > found.top), len(lines))
    lines.insert(at, found)


def _scored_lines(tsv: str) -> list[tuple[Line, float]]:
    """The lines read, each with its words' mean confidence."""
    scores: dict[tuple[str, str, str], list[float]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) >= 12 and cells[0] == "5" and cells[11].strip():
            scores.setdefault((cells[2], cells[3], cells[4]), []).append(float(cells[10]))
    lines = lines_from_tsv(tsv)
    return [(line, sum(s) / len(s)) for line, s in zip(lines, scores.values(), strict=True)]


def fill_pieces(
    image: Gray, tsv: str, lines: list[Line], scratch: Path, limit: float, dpi: int
) -> int:
    """The missed pieces read and put into ``lines``; how many lines were added.

    The groups are cut out (the words already read painted over) and stacked into one
    picture, read by one Tesseract run; each line read goes back where its group stands.
    """
    groups, covered = _missed(image, tsv, dpi)
    if not groups:
        return 0
    pad = max(4, round(0.05 * dpi))
    height, width = image.shape
    crops: list[tuple[Gray, int, int]] = []  # (picture, its top on the page, on the sheet)
    at = pad
    for left, top, right, bottom in groups[:MAX_GROUPS]:
        x0, y0 = max(0, left - pad), max(0, top - pad)
        x1, y1 = min(width, right + pad), min(height, bottom + pad)
        crop = image[y0:y1, x0:x1].copy()
        crop[covered[y0:y1, x0:x1]] = 255  # the words already read are not read twice
        crops.append((crop, y0, at))
        at += crop.shape[0] + 2 * pad
    sheet = np.full((at, max(c.shape[1] for c, _, _ in crops) + 2 * pad), 255, np.uint8)
    for crop, _, top in crops:
        sheet[top : top + crop.shape[0], pad : pad + crop.shape[1]] = crop
    picture = scratch / "piece.pgm"
    photo.write_png(picture, sheet)
    read = orientation.read_scored(picture, limit, dpi, psm=6)
    found: dict[int, list[tuple[Line, float]]] = {}  # by the group's place on the sheet
    for line, confidence in _scored_lines(read.tsv):
        middle = (line.top + line.bottom) // 2
        owner = next((n for n, c in enumerate(crops) if c[2] <= middle < c[2] + c[0].shape[0]), -1)
        if owner >= 0:
            found.setdefault(owner, []).append((line, confidence))
    added = 0
    for owner, read_lines in found.items():
        # Judged by the group (an ID number alone reads with little confidence).
        if sum(c for _, c in read_lines) / len(read_lines) < MIN_CONFIDENCE:
            continue
        _, top, at = crops[owner]
        for line, _ in read_lines:
            shift = top - at
            _place(lines, Line(line.top + shift, line.text, f"piece {top}", line.bottom + shift))
            added += 1
    return added
