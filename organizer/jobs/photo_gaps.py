"""Lines of a page that Tesseract's layout analysis left out, read again on their own.

Tesseract (``--psm 3``) sometimes takes a block of ordinary text for a picture and drops it
whole: a letter's date, addressee and "Member ID" table went missing this way, on clean
pages, depending on nothing more than the resolution it was told. Rows of the page that
hold ink but none of the words read are cut out as a band and read as plain lines
(``--psm 6``); the band's text goes back in its place among the lines that were read.

Runs in reader processes, after the page is corrected.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from organizer.jobs import orientation, photo, photo_pieces
from organizer.jobs.photo import Gray
from organizer.jobs.photo_pieces import Line, lines_from_tsv

# A band is worth reading when it is at least this many rows of ink per dpi (0.08: 12 rows
# at 150 dpi, about a small capital; a strip of a shaded table header is less).
MIN_BAND_ROWS_PER_DPI = 0.08
# Ink rows closer than this (in pixels) belong to the same band (the gap between lines).
JOIN_GAP_ROWS = 24
# A row counts as ink when this share of the page's width is dark in it.
BUSY_ROW_SHARE = 0.004
# Word boxes cover the rows this far around them (descenders, accents, smudges).
WORD_PAD_ROWS = 4
# ... and spans at least this share of the page's width ("Page 1" in a corner is not worth it).
MIN_BAND_WIDTH_SHARE = 0.1
# ... and holds at least this many separate marks (a line of text has a mark per letter; a
# signature or a logo has a few large ones).
MIN_BAND_MARKS = 8
# Bands this close are read as one (one Tesseract start instead of several).
MERGE_GAP_ROWS = 80
# A band read with less confidence than this is a picture or noise, not text.
MIN_BAND_CONFIDENCE = 55.0
# At most this many bands are read again (time per page).
MAX_BANDS = 2


def _joined(lines: list[Line]) -> str:
    out: list[str] = []
    for index, line in enumerate(lines):
        if index and line.block != lines[index - 1].block:
            out.append("")
        out.append(line.text)
    return "\n".join(out) + "\n"


def _marks(ink: Gray) -> int:
    """How many separate marks of ink a band holds."""
    count, _ = cv2.connectedComponents(ink.astype(np.uint8), connectivity=8)
    return int(count) - 1


def missed_bands(image: Gray, tsv: str, dpi: int = 150) -> list[tuple[int, int]]:
    """(first row, last row) of each band of ink that no word read by Tesseract covers."""
    height, width = image.shape
    covered = np.zeros(height, dtype=bool)
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        top, tall = int(cells[7]), int(cells[9])
        covered[max(0, top - WORD_PAD_ROWS) : top + tall + WORD_PAD_ROWS] = True
    margin = int(width * 0.04)  # the page's edge leaves long false strokes
    ink = photo.ink(image)[:, margin : width - margin] > 0
    busy = ink.sum(axis=1) > max(3, BUSY_ROW_SHARE * width)
    busy &= ~covered
    bands: list[tuple[int, int]] = []
    start = last = -1
    for index in np.flatnonzero(busy):
        if start < 0:
            start = last = int(index)
        elif index - last > JOIN_GAP_ROWS:
            bands.append((start, last))
            start = last = int(index)
        else:
            last = int(index)
    if start >= 0:
        bands.append((start, last))
    wide = [
        (a, b)
        for a, b in bands
        if b - a + 1 >= MIN_BAND_ROWS_PER_DPI * dpi
        and ink[a : b + 1].any(axis=0).sum() >= MIN_BAND_WIDTH_SHARE * width
        and _marks(ink[a : b + 1]) >= MIN_BAND_MARKS
    ]
    merged: list[tuple[int, int]] = []
    for a, b in wide:
        if merged and a - merged[-1][1] <= MERGE_GAP_ROWS:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def fill_gaps(
    image: Gray, reading: orientation.Reading, scratch: Path, limit: float, dpi: int
) -> orientation.Reading:
    """The reading with the text of the bands it missed put back, where they stand, and the
    words missed beside words it read (a table's values beside their labels) put back on
    their lines (``photo_pieces``)."""
    if not reading.tsv:
        return reading
    lines = lines_from_tsv(reading.tsv)
    added = _fill_bands(image, reading.tsv, lines, scratch, limit, dpi)
    added += photo_pieces.fill_pieces(image, reading.tsv, lines, scratch, limit, dpi)
    if not added:
        return reading
    return orientation.Reading(
        _joined(lines), reading.confidence, reading.words, reading.seconds, reading.tsv
    )


def _fill_bands(
    image: Gray, tsv: str, lines: list[Line], scratch: Path, limit: float, dpi: int
) -> int:
    """Bands of ink no word covers, read as plain lines into ``lines``; how many were."""
    bands = missed_bands(image, tsv, dpi)
    added = 0
    pad = JOIN_GAP_ROWS // 2
    for first, last in sorted(bands, key=lambda b: b[0] - b[1])[:MAX_BANDS]:
        band = image[max(0, first - pad) : last + pad + 1]
        picture = scratch / "band.pgm"
        photo.write_png(picture, band)
        found = orientation.read_scored(picture, limit, dpi, psm=6)
        text = found.text.strip()
        if not text or found.confidence < MIN_BAND_CONFIDENCE:
            continue
        at = next((i for i, line in enumerate(lines) if line.top > first), len(lines))
        block = f"band {first}"
        lines[at:at] = [Line(first, part, block) for part in text.splitlines() if part.strip()]
        added += 1
    return added
