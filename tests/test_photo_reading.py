"""Reading a corrected photo: text sized the right way up, the page's own resolution, and the
lines Tesseract's layout analysis leaves out read again. Photos made by the tests."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from organizer.jobs import orientation, photo, photo_gaps, photo_pieces
from organizer.jobs.photo_read import read_picture
from tests.helpers import needs_tesseract
from tests.photos import LINES, VALUES, PhotoLook, make_photo, scanned_letter


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    return scanned_letter()


@needs_tesseract
@pytest.mark.parametrize("turn", [90, 270])
def test_sideways_photo_is_sized_like_the_upright_one(
    page: np.ndarray, tmp_path: Path, turn: int
) -> None:
    """Letters are measured on the upright page: seen sideways, their widths passed for their
    heights and the page was enlarged (or, with words blurred together, shrunk)."""
    look = {"tilt": 2.0, "blur": 0.8}
    upright, _ = make_photo(page, PhotoLook(turn=0, **look), seed=3)
    sideways, _ = make_photo(page, PhotoLook(turn=turn, **look), seed=3)
    straight = read_picture(upright, tmp_path, 60)
    turned = read_picture(sideways, tmp_path, 60)
    assert turned.turned == turn
    assert straight.image is not None and turned.image is not None
    assert turned.image.shape[0] == pytest.approx(straight.image.shape[0], rel=0.03)
    assert turned.image.shape[1] == pytest.approx(straight.image.shape[1], rel=0.03)
    assert {v for v in VALUES if v in turned.text} == set(VALUES)


def test_page_resolution_comes_from_its_width(page: np.ndarray) -> None:
    # The test letter is drawn 1275 px wide: 8.5 in at 150 dpi.
    assert photo.page_dpi(page) == 150
    assert photo.page_dpi(np.zeros((3300, 2550), np.uint8)) == 300
    assert photo.page_dpi(np.zeros((200, 100), np.uint8)) == photo.MIN_DPI


def _without_lines(tsv: str, first: int, last: int) -> str:
    """Tesseract's words, less those whose box starts between two rows (a dropped block)."""
    rows = tsv.splitlines()
    kept = [rows[0]]
    for row in rows[1:]:
        cells = row.split("\t")
        if len(cells) >= 12 and cells[0] == "5" and first <= int(cells[7]) <= last:
            continue
        kept.append(row)
    return "\n".join(kept)


def _line_top(tsv: str, word: str) -> int:
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) >= 12 and cells[11].strip() == word:
            return int(cells[7])
    raise AssertionError(f"{word} not read")


@needs_tesseract
def test_lines_left_out_by_the_layout_are_read_again_in_their_place(
    page: np.ndarray, tmp_path: Path
) -> None:
    picture = tmp_path / "page.pgm"
    photo.write_png(picture, page)
    full = orientation.read_scored(picture, 60, photo.page_dpi(page))
    assert {v for v in VALUES if v in full.text} == set(VALUES)
    # Every line was read: nothing to read again (no time spent).
    assert photo_gaps.missed_bands(page, full.tsv, photo.page_dpi(page)) == []
    # As Tesseract does now and then: the member and reference lines dropped as a picture.
    first, last = _line_top(full.tsv, "Member") - 2, _line_top(full.tsv, "Reference") + 2
    tsv = _without_lines(full.tsv, first, last)
    text, confidence, words = orientation.text_from_tsv(tsv)
    dropped = orientation.Reading(text, confidence, words, full.seconds, tsv)
    assert not any(v in dropped.text for v in VALUES)
    bands = photo_gaps.missed_bands(page, tsv, photo.page_dpi(page))
    assert len(bands) == 1 and bands[0][0] <= first + 10 and bands[0][1] >= last
    mended = photo_gaps.fill_gaps(page, dropped, tmp_path, 60, photo.page_dpi(page))
    assert {v for v in VALUES if v in mended.text} == set(VALUES)
    # Back in their place: after the date line, before the greeting.
    order = [mended.text.find(s) for s in ("February 6, 2025", VALUES[0], VALUES[1], "Dear")]
    assert -1 not in order and order == sorted(order)
    assert LINES[0] in mended.text


@pytest.mark.parametrize(("shadow", "table", "turn"), [(0.3, 120, 0), (0.35, 100, 90)])
def test_page_corners_found_under_a_deep_shadow(
    page: np.ndarray, shadow: float, table: int, turn: int
) -> None:
    """The page's shaded side is as dark as a light table: its edges still bound it (by
    brightness alone, a tenth of the page was cut off, with the ends of its lines)."""
    look = PhotoLook(turn=turn, shadow=shadow, table=table, tilt=2.0)
    picture, corners = make_photo(page, look, seed=5)
    found = photo.find_page(picture)
    assert found is not None
    worst = max(float(np.min(np.linalg.norm(corners - point, axis=1))) for point in found)
    assert worst < 0.01 * max(picture.shape)


def test_a_signature_is_not_read_again() -> None:
    """A scrawl no word covers is a few long strokes, not a line of letters: no time spent."""
    sheet = np.full((1650, 1275), 255, np.uint8)
    xs = np.arange(150, 600)
    ys = (700 + 25 * np.sin(xs / 18.0)).astype(np.int32)
    cv2.polylines(sheet, [np.stack([xs, ys], axis=1).reshape(-1, 1, 2)], False, 0, 3)
    header = "\t".join(
        [
            *("level", "page_num", "block_num", "par_num", "line_num", "word_num"),
            *("left", "top", "width", "height", "conf", "text"),
        ]
    )
    assert photo_gaps.missed_bands(sheet, header, 150) == []
    # The same rows with a line of letters in them are read again.
    cv2.putText(sheet, "Member ID QFH918275503", (150, 900), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    assert len(photo_gaps.missed_bands(sheet, header, 150)) == 1


def _without_words(tsv: str, words: set[str]) -> str:
    rows = tsv.splitlines()
    return "\n".join(
        [rows[0]]
        + [
            row
            for row in rows[1:]
            if not (len(row.split("\t")) >= 12 and row.split("\t")[11].strip() in words)
        ]
    )


@needs_tesseract
def test_values_left_out_beside_their_labels_are_read_again_on_their_lines(
    page: np.ndarray, tmp_path: Path
) -> None:
    """A table read as its label column alone ("Member ID" with no number after it): the
    rows hold words, so no band of them is missed; the values are read and put back after
    their labels."""
    picture = tmp_path / "page.pgm"
    photo.write_png(picture, page)
    dpi = photo.page_dpi(page)
    full = orientation.read_scored(picture, 60, dpi)
    # Every word was read: nothing to read again (no time spent).
    assert photo_pieces.missed_pieces(page, full.tsv, dpi) == []
    tsv = _without_words(full.tsv, set(VALUES))
    text, confidence, words = orientation.text_from_tsv(tsv)
    dropped = orientation.Reading(text, confidence, words, full.seconds, tsv)
    assert "Member ID:" in dropped.text and not any(v in dropped.text for v in VALUES)
    assert photo_gaps.missed_bands(page, tsv, dpi) == []  # the old way saw nothing
    assert len(photo_pieces.missed_pieces(page, tsv, dpi)) == 1  # one column of values
    mended = photo_gaps.fill_gaps(page, dropped, tmp_path, 60, dpi).text.splitlines()
    assert "Member ID: QFH918275503" in mended
    assert "Reference number: QF-UM-250113-04482" in mended
