"""Faxes and ruled tables: a crooked fax is levelled and judged upright without Tesseract's
orientation check; table rules are painted over for reading, kept in what is shown."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from organizer.jobs import photo
from organizer.jobs.ocr_mend import join_split_ids, mend_split_months, mend_text
from organizer.jobs.photo_read import _upright, read_picture
from tests.helpers import needs_tesseract
from tests.photos import VALUES, PhotoLook, make_photo, scanned_letter


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    return scanned_letter()


def _fax(page: np.ndarray, angle: float) -> np.ndarray:
    """A 1-bit fax of the page, a little crooked and upside down."""
    height, width = page.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    crooked = cv2.warpAffine(page, matrix, (width, height), borderValue=255)
    return photo.turn(np.where(crooked > 150, 255, 0).astype(np.uint8), 180)


@pytest.mark.parametrize("angle", [-1.5, 1.2])
def test_crooked_fax_is_judged_upside_down_without_orientation_check(
    page: np.ndarray, angle: float
) -> None:
    fax = _fax(page, angle)
    assert photo.is_bilevel(fax)
    assert not photo.is_bilevel(make_photo(page, PhotoLook(), seed=1)[0])
    prepared = photo.prepare(fax)
    assert prepared.bilevel
    # No light evened out: nothing to even on a black-and-white page.
    assert np.array_equal(prepared.image, fax)
    # A path that can't be written: asking Tesseract's orientation check would fail here.
    image, turned, sure = _upright(prepared.image, Path("/nonexistent"), 10.0, prepared)
    assert (turned, sure) == (180, True)
    assert prepared.skew == pytest.approx(-angle, abs=0.5)  # turned back
    assert image.shape == fax.shape


@needs_tesseract
def test_fax_is_read_upright(page: np.ndarray, tmp_path: Path) -> None:
    reading = read_picture(_fax(page, 1.3), tmp_path, 60)
    assert reading.turned == 180
    assert all(value in reading.text for value in VALUES)


def _ruled(page: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """The page with a boxed table around the Date, Member ID and Reference rows."""
    ruled = page.copy()
    dark = np.nonzero((page < 128).sum(axis=1) > 0)[0]
    rows = np.split(dark, np.nonzero(np.diff(dark) > 1)[0] + 1)  # one array per text line
    left, right = 60, page.shape[1] - 60
    edges = [int(rows[2][0]) - 6, *(int(rows[i][-1]) + 6 for i in (2, 3, 4))]
    for y in edges:
        cv2.line(ruled, (left, y), (right, y), 0, 2)
    for x in (left, 600, right):
        cv2.line(ruled, (x, edges[0]), (x, edges[-1]), 0, 2)
    return ruled, edges


def test_table_rules_are_painted_over_and_the_words_kept(page: np.ndarray) -> None:
    ruled, edges = _ruled(page)
    cleaned = photo.without_rules(ruled)
    for y in edges:
        assert float(cleaned[y - 1 : y + 2, 100:-100].min()) > 200  # the rule is gone
    # Outside the rules every dark pixel of the words is still there.
    words = page < 128
    ruled_away = ruled != page
    kept = cleaned[words & ~cv2.dilate(ruled_away.astype(np.uint8), np.ones((5, 5))).astype(bool)]
    assert np.count_nonzero(kept < 128) >= 0.97 * kept.size
    # A page without rules is left as it is.
    assert np.array_equal(photo.without_rules(page), page)


@needs_tesseract
def test_photo_of_a_ruled_table_is_read_and_shown_with_its_rules(
    page: np.ndarray, tmp_path: Path
) -> None:
    ruled, _ = _ruled(page)
    picture, _ = make_photo(ruled, PhotoLook(turn=270, tilt=1.5, shadow=0.5), seed=9)
    reading = read_picture(picture, tmp_path, 60)
    assert reading.turned == 270
    assert all(value in reading.text for value in VALUES)
    # The preview keeps the table: long dark rows across the shown page.
    assert reading.image is not None
    ink = reading.image < 128
    assert (ink.sum(axis=1) > 0.5 * reading.image.shape[1]).any()


def test_month_split_by_tesseract_is_put_back_together() -> None:
    text = "J anuary 12, 2026\nA letter came; I have 3 pages\n5 de S eptiembre de 2026"
    mended = mend_split_months(text).splitlines()
    assert mended[0] == "January 12, 2026"
    assert mended[1] == "A letter came; I have 3 pages"  # other words stay apart
    assert mended[2] == "5 de Septiembre de 2026"


def test_dates_and_labels_misread_by_one_letter_are_mended() -> None:
    text = (
        "Date of This Notice Aprit 3, 2025\nConsult date March 4. 2026\nMember 1D QFH918275503\n"
        "Dear Jane 3, 2025 was\nTotals 12. 2025\nJULY 5, 2025\nDECEMBEH 9, 2025"
    )
    mended = mend_text(text).splitlines()
    assert mended[0] == "Date of This Notice April 3, 2025"
    assert mended[1] == "Consult date March 4, 2026"
    assert mended[2] == "Member ID QFH918275503"
    # Words that are not a month one letter off stay as they are.
    assert mended[3:6] == ["Dear Jane 3, 2025 was", "Totals 12. 2025", "JULY 5, 2025"]
    assert mended[6] == "DECEMBER 9, 2025"


def _tsv(*lines: list[tuple[str, int, int]]) -> str:
    """Tesseract's TSV for lines of (word, left, width)."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"]
    rows[0] += "\tconf\ttext"
    for number, words in enumerate(lines, start=1):
        for index, (word, left, wide) in enumerate(words, start=1):
            cells = [5, 1, 1, 1, number, index, left, 40 * number, wide, 27, 95, word]
            rows.append("\t".join(str(cell) for cell in cells))
    return "\n".join(rows)


def test_an_id_cut_in_two_by_a_narrow_space_is_joined() -> None:
    """Words as Tesseract placed them on a photographed page: "TRA-772044" and "1903" 4 px
    apart where the line's spaces are 6-11 px."""
    line = [
        *(("was", 385, 30), ("APPROVED.", 426, 91), ("Authorization", 525, 111)),
        *(("TRA-772044", 642, 93), ("1903", 739, 34), ("covers", 781, 53)),
        *(("03/16/2026", 840, 84), ("-", 935, 4), ("03/15/2027", 948, 82), ("for", 1038, 25)),
    ]
    table = [("Service", 100, 60), ("Q5103", 400, 50), ("200", 460, 30), ("units", 500, 40)]
    text = (
        "was APPROVED. Authorization TRA-772044 1903 covers 03/16/2026 - 03/15/2027 for\n"
        "Service Q5103 200 units\n"
    )
    joined = join_split_ids(text, _tsv(line, table)).splitlines()
    assert "Authorization TRA-7720441903 covers" in joined[0]
    assert joined[1] == "Service Q5103 200 units"  # spaced as the line's other words
