"""Phone photos of a letter: each correction step, on photos the tests make themselves."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest

from organizer.core.types import DocumentStatus
from organizer.jobs import orientation, page_ocr, photo
from organizer.jobs.photo_read import _upright, read_picture
from organizer.jobs.read_file import read_file
from tests.helpers import needs_tesseract
from tests.photos import VALUES, PhotoLook, make_photo, scanned_letter


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    """A letter page at 150 dpi, as a scanner would draw it."""
    return scanned_letter()


def _corner_error(found: np.ndarray, expected: np.ndarray) -> float:
    """How far the farthest found corner is from the nearest true one (any order)."""
    return max(float(np.min(np.linalg.norm(expected - point, axis=1))) for point in found)


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_page_is_turned_upright_and_its_corners_found(page: np.ndarray, turn: int) -> None:
    picture, corners = make_photo(page, PhotoLook(turn=turn, tilt=2.0), seed=turn)
    found = photo.find_page(picture)
    assert found is not None
    assert _corner_error(found, corners) < 0.02 * max(picture.shape)
    prepared = photo.prepare(picture)
    assert "page found and flattened" in prepared.steps
    image, turned, sure = _upright(prepared.image, Path("/nonexistent"), 10.0)
    assert (turned, sure) == (turn, True)
    # Upright and flattened: the page is taller than wide, like the letter.
    assert image.shape[0] > image.shape[1]


def test_flatbed_scan_is_left_whole(page: np.ndarray) -> None:
    """No table around the page: nothing is cut away, the light stays even."""
    assert photo.find_page(page) is None
    assert photo.prepare(page).corners is None


def test_small_tilt_is_levelled(page: np.ndarray) -> None:
    tilted = photo.rotate_small(page, -3.0)
    assert photo.skew_angle(tilted) == pytest.approx(3.0, abs=0.5)


@pytest.mark.parametrize(("turn", "tilt"), [(0, 2.5), (90, -2.0), (270, 1.5)])
def test_lines_are_turned_across_and_levelled_on_a_tilted_photo(
    page: np.ndarray, turn: int, tilt: float
) -> None:
    """The way across is judged at each way's best degree, the quarter degrees on the winner."""
    picture, _ = make_photo(page, PhotoLook(turn=turn), seed=11 + turn)
    flattened = photo.prepare(picture, size=False).image
    _, _, straight = photo.level_lines(flattened)
    image, turned, angle = photo.level_lines(photo.rotate_small(flattened, tilt))
    # Sideways pages are turned a quarter clockwise: the lines run across, maybe upside down.
    assert turned == (90 if turn % 180 else 0)
    assert image.shape[0] > image.shape[1]
    # The tilt is found to the quarter degree (whatever tilt the flattening left is added).
    assert angle == pytest.approx(straight - tilt, abs=0.3)


def test_shadow_is_evened_out(page: np.ndarray) -> None:
    ramp = np.linspace(1.0, 0.35, page.shape[1], dtype=np.float32)
    shaded = (page.astype(np.float32) * ramp[np.newaxis, :]).astype(np.uint8)
    even = photo.even_light(shaded)
    paper = even[even > 128]
    # Paper on the dark side comes out as white as on the bright side.
    left, right = even[:, :100], even[:, -100:]
    assert abs(float(np.median(left)) - float(np.median(right))) < 10
    assert float(np.median(paper)) > 240


def test_small_text_is_enlarged_and_big_text_kept_above_target(page: np.ndarray) -> None:
    small = cv2.resize(page, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    factor = photo.scale_for_text(small)
    cap = photo.cap_height(small)
    assert cap is not None and cap < photo.SMALL_CAP_PX
    assert factor == pytest.approx(min(photo.TARGET_CAP_PX / cap, photo.MAX_UPSCALE))
    assert factor > 1.5
    big = cv2.resize(page, None, fx=4, fy=4, interpolation=cv2.INTER_CUBIC)
    shrink = photo.scale_for_text(big)
    big_cap = photo.cap_height(big)
    assert big_cap is not None and shrink < 1
    assert big_cap * shrink >= photo.TARGET_CAP_PX * 0.95


@needs_tesseract
def test_photo_is_read_at_least_as_well_as_plain_tesseract(
    page: np.ndarray, tmp_path: Path
) -> None:
    picture, _ = make_photo(page, PhotoLook(turn=90, tilt=2.5, shadow=0.4, blur=1.0), seed=7)
    jpeg = tmp_path / "IMG_0001.JPG"
    assert cv2.imwrite(str(jpeg), picture, [cv2.IMWRITE_JPEG_QUALITY, 80])
    plain = orientation.read_scored(jpeg, 60)
    ours = read_picture(photo.load_frames(jpeg)[0], tmp_path, 60)
    assert ours.turned == 90
    found = {value for value in VALUES if value in ours.text}
    assert found == set(VALUES)
    assert {value for value in VALUES if value in plain.text} <= found
    assert ours.confidence > plain.confidence


def _heic(tmp_path: Path, pages: list[np.ndarray]) -> Path:
    from PIL import Image
    from pillow_heif import from_pillow

    heif = from_pillow(Image.fromarray(pages[0]))
    for extra in pages[1:]:
        heif.add_from_pillow(Image.fromarray(extra))
    path = tmp_path / "IMG_0002.HEIC"
    buffer = io.BytesIO()
    heif.save(buffer, quality=85)
    path.write_bytes(buffer.getvalue())
    return path


def test_multi_image_heic_keeps_every_image(page: np.ndarray, tmp_path: Path) -> None:
    second = photo.turn(page, 180)
    path = _heic(tmp_path, [page, second])
    frames = photo.load_frames(path)
    assert len(frames) == 2
    assert frames[0].shape == page.shape
    result = read_file(str(path))
    assert result.status == DocumentStatus.PENDING
    assert result.is_image_file and result.pages == 2 and result.ocr_pages == [0, 1]


@needs_tesseract
def test_heic_photo_is_read_through_the_reader(page: np.ndarray, tmp_path: Path) -> None:
    picture, _ = make_photo(page, PhotoLook(turn=180, shadow=0.5), seed=3)
    path = _heic(tmp_path, [picture])
    (read,) = page_ocr.ocr_pages(str(path), [0], is_image_file=True, page_timeout=60)
    assert read.error is None
    assert all(value in read.text for value in VALUES)


@needs_tesseract
def test_the_users_turn_wins(page: np.ndarray, tmp_path: Path) -> None:
    """Reading the original picture with the user's turn reads the page as the user says."""
    turned = photo.turn(page, 270)  # needs a clockwise turn of 90 to stand upright
    path = tmp_path / "scan.png"
    assert cv2.imwrite(str(path), turned)
    (read,) = page_ocr.ocr_pages(
        str(path), [0], is_image_file=True, page_timeout=60, photo_choice=(90, True)
    )
    assert all(value in read.text for value in VALUES)


@needs_tesseract
def test_added_photo_becomes_a_corrected_searchable_pdf(page: np.ndarray, tmp_path: Path) -> None:
    """Through a reader process: the kept PDF holds the upright page and its text."""
    from pypdf import PdfReader

    from organizer.jobs.photo_pdf import corrected_pdf_in_reader
    from organizer.services.imports import _picture_id, _read_picture_id

    picture, _ = make_photo(page, PhotoLook(turn=90, shadow=0.5), seed=11)
    source = tmp_path / "IMG_0003.jpg"
    assert cv2.imwrite(str(source), picture)
    before = source.read_bytes()
    data = corrected_pdf_in_reader(source, title="IMG_0003", picture_sha256="ab" * 32)
    target = tmp_path / "IMG_0003.pdf"
    target.write_bytes(data)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.height) > float(box.width)  # upright: a portrait letter
    text = reader.pages[0].extract_text()
    assert all(value in text for value in VALUES)
    assert _read_picture_id(target) == _picture_id("ab" * 32)
    assert source.read_bytes() == before


@needs_tesseract
def test_folder_photo_is_never_changed_and_its_corrected_page_is_kept_privately(
    page: np.ndarray, tmp_path: Path
) -> None:
    import hashlib
    import stat

    from organizer.jobs.photo_pages import corrected_page_path

    picture, _ = make_photo(page, PhotoLook(turn=270, shadow=0.6), seed=5)
    source = tmp_path / "IMG_0004.jpeg"
    assert cv2.imwrite(str(source), picture)
    before = source.read_bytes()
    (read,) = page_ocr.ocr_pages(str(source), [0], is_image_file=True, page_timeout=60)
    assert all(value in read.text for value in VALUES)
    assert source.read_bytes() == before
    kept = corrected_page_path(hashlib.sha256(before).hexdigest(), 0)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.parent.stat().st_mode) == 0o700
    corrected = cv2.imread(str(kept), cv2.IMREAD_GRAYSCALE)
    assert corrected.shape[0] > corrected.shape[1]  # upright portrait page
