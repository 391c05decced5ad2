"""Phone photos of letters made fit for Tesseract: the page found, flattened, evened out.

Runs in reader processes only (numpy/OpenCV, never on the GUI thread). The original
picture is never changed: every step works on a copy in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

# Tesseract reads best at about this capital-letter height in pixels.
TARGET_CAP_PX = 30
# Text with smaller capitals is enlarged to TARGET_CAP_PX; text between the two is read as
# it is (enlarging it costs more time than it buys, bench/photo_library.md); larger text is
# shrunk, never below TARGET_CAP_PX.
SMALL_CAP_PX = 15
LARGE_CAP_PX = 48
# The share of letter blobs shorter than a capital (lower-case letters without ascenders).
CAP_PERCENTILE = 85
# Orientation detection looks at a copy no larger than this.
OSD_SIDE_PX = 1600
MAX_SIDE_PX = 5000
# Enlarging costs Tesseract time by the square: toward TARGET_CAP_PX, but by at most this
# much (bench/photo_accuracy.py: x2.1 doubled the time per page for the same values found).
MAX_UPSCALE = 1.6
# A page must fill at least this share of the photo to be believed.
MIN_PAGE_SHARE = 0.2
MAX_SKEW_DEGREES = 5.0
# At most this share of grey pixels in a black-and-white picture (JPEG-free faxes have none).
BILEVEL_GREY_SHARE = 0.01
# Smaller angles are not worth turning the page for.
MIN_SKEW_DEGREES = 0.25

Gray = Any  # a 2-D uint8 numpy array


def register_heif() -> None:
    """Let Pillow open HEIC/HEIF pictures (iPhone photos)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


def load_frames(path: str | Path) -> list[Gray]:
    """Every image of a picture file as grey pixels, turned by its EXIF orientation.

    A multi-page TIFF or a HEIC with several images gives several frames.
    """
    from PIL import Image, ImageOps, ImageSequence

    register_heif()
    frames: list[Gray] = []
    with Image.open(path) as picture:
        for frame in ImageSequence.Iterator(picture):
            upright = ImageOps.exif_transpose(frame)
            frames.append(np.asarray(upright.convert("L"), dtype=np.uint8).copy())
    return frames


def frame_count(path: str | Path) -> int:
    from PIL import Image

    register_heif()
    with Image.open(path) as picture:
        return int(getattr(picture, "n_frames", 1))


def _order_corners(points: Any) -> Any:
    """Top-left, top-right, bottom-right, bottom-left."""
    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    total = pts.sum(axis=1)
    diff = np.diff(pts, axis=1).ravel()
    return np.array(
        [pts[np.argmin(total)], pts[np.argmin(diff)], pts[np.argmax(total)], pts[np.argmax(diff)]],
        dtype=np.float32,
    )


def find_page(gray: Gray) -> Any | None:
    """The four corners of the sheet against the table, or None when no sheet stands out.

    Works on a small copy: the page is the largest bright four-sided shape that is not the
    whole photo (a flatbed scan has no table around it, and is left as it is). Both the
    bright area and the edges are asked, and the larger shape wins: under a deep shadow the
    page's dark side falls below the brightness threshold and would be cut off.
    """
    height, width = gray.shape
    scale = 800 / max(height, width)
    small = cv2.resize(gray, (max(1, int(width * scale)), max(1, int(height * scale))))
    small = cv2.GaussianBlur(small, (5, 5), 0)
    area_all = small.shape[0] * small.shape[1]
    candidates = []
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    candidates.append(mask)
    edges = cv2.Canny(small, 40, 120)
    candidates.append(cv2.dilate(edges, np.ones((3, 3), np.uint8)))
    found: list[tuple[float, Any]] = []
    for number, binary in enumerate(candidates):
        contours, _ = cv2.findContours(binary, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
            area = cv2.contourArea(contour)
            if area < MIN_PAGE_SHARE * area_all:
                break
            hull = cv2.convexHull(contour)
            perimeter = cv2.arcLength(hull, True)
            for share in (0.02, 0.03, 0.05):
                poly = cv2.approxPolyDP(hull, share * perimeter, True)
                if len(poly) == 4:
                    break
            if len(poly) != 4:
                continue
            x, y, w, h = cv2.boundingRect(poly)
            margin = 3
            touches = x <= margin and y <= margin
            touches = touches and x + w >= small.shape[1] - margin
            touches = touches and y + h >= small.shape[0] - margin
            if touches and cv2.contourArea(poly) > 0.9 * area_all:
                if number == 0:
                    return None  # the whole photo is the page: nothing to cut away
                break
            found.append((cv2.contourArea(poly), _order_corners(poly.reshape(4, 2) / scale)))
            break
    return max(found, key=lambda item: float(item[0]))[1] if found else None


def flatten(gray: Gray, corners: Any) -> Gray:
    """The page seen from straight above."""
    tl, tr, br, bl = corners
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32
    )
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(
        gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )


def even_light(gray: Gray) -> Gray:
    """Divide by the page's own background, so shadows and uneven light disappear."""
    height, width = gray.shape
    scale = 400 / max(height, width)
    small = cv2.resize(gray, (max(1, int(width * scale)), max(1, int(height * scale))))
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    background = cv2.medianBlur(background, 21)
    background = cv2.resize(background, (width, height), interpolation=cv2.INTER_LINEAR)
    divided = cv2.divide(gray, np.maximum(background, 1), scale=255)
    return divided.astype(np.uint8)


def _ink(gray: Gray) -> Gray:
    return cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )


def ink(gray: Gray) -> Gray:
    """Where the ink is (255) on a page of uneven light (adaptive threshold)."""
    return _ink(gray)


def _inner(ink: Gray) -> Gray:
    """Without the outer border, where the page's edge leaves long false strokes."""
    height, width = ink.shape
    dy, dx = int(height * 0.04), int(width * 0.04)
    return ink[dy : height - dy, dx : width - dx] if dy and dx else ink


def _small_ink(gray: Gray) -> Gray:
    """The ink of a copy at most 1000 px across, without its outer border (for levelling)."""
    height, width = gray.shape
    scale = min(1.0, 1000 / max(height, width))
    small = cv2.resize(gray, (max(1, int(width * scale)), max(1, int(height * scale))))
    return _inner(_ink(small))


class _Rows:
    """How sharp the row profile of an ink picture is, turned by a small angle (cached)."""

    def __init__(self, ink: Gray) -> None:
        self.ink = ink
        self.centre = (ink.shape[1] / 2, ink.shape[0] / 2)
        self.seen: dict[float, float] = {}

    def sharpness(self, angle: float) -> float:
        key = round(float(angle), 4)
        if key not in self.seen:
            matrix = cv2.getRotationMatrix2D(self.centre, key, 1.0)
            size = (self.ink.shape[1], self.ink.shape[0])
            # Nearest pixels: the row profile is as sharp, the turn twice as fast.
            turned = cv2.warpAffine(self.ink, matrix, size, flags=cv2.INTER_NEAREST)
            rows = turned.sum(axis=1, dtype=np.float64)
            self.seen[key] = float(np.square(np.diff(rows)).sum() / max(1, size[0]))
        return self.seen[key]

    def coarse(self) -> float:
        """The best whole degree within MAX_SKEW_DEGREES."""
        angles = np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, 1.0)
        return float(max(angles, key=self.sharpness))

    def fine(self, coarse: float) -> tuple[float, float]:
        """(the best quarter degree around ``coarse``, how sharp the rows then are)."""
        best = float(max(np.arange(coarse - 0.75, coarse + 0.76, 0.25), key=self.sharpness))
        return best, self.sharpness(best)


def _best_level(gray: Gray) -> tuple[float, float]:
    """(small angle in degrees that makes the lines level, how sharp the rows then are)."""
    rows = _Rows(_small_ink(gray))
    return rows.fine(rows.coarse())


def skew_angle(gray: Gray) -> float:
    """The small angle (degrees) that makes the lines level, by the sharpest row profile."""
    return _best_level(gray)[0]


def rotate_small(gray: Gray, angle: float) -> Gray:
    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(
        gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )


def is_bilevel(gray: Gray) -> bool:
    """Black and white only (a fax, a scanner's 1-bit page): its light needs no evening out.

    Dividing by the background changes nothing on it but costs time.
    """
    sample = gray[::4, ::4]
    grey = np.count_nonzero((sample > 0) & (sample < 255))
    return bool(grey <= BILEVEL_GREY_SHARE * sample.size)


def level_lines(gray: Gray) -> tuple[Gray, int, float]:
    """The page turned so its lines run across, and the small angle that makes them level.

    Returns (image, 0 or 90 degrees turned clockwise, angle in degrees). Each way is judged
    at its own best whole degree, so that a tilted photo is judged fairly; the quarter
    degrees are sought on the winner only. The ink is found once, and turned for the other
    way (a quarter turn of a picture turns its ink: the threshold's square window turns too).
    """
    ink = _small_ink(gray)
    across, down = _Rows(ink), _Rows(cv2.rotate(ink, cv2.ROTATE_90_CLOCKWISE))
    across_best, down_best = across.coarse(), down.coarse()
    if down.sharpness(down_best) > across.sharpness(across_best):
        return turn(gray, 90), 90, down.fine(down_best)[0]
    return gray, 0, across.fine(across_best)[0]


def _letter_heights(ink: Gray) -> tuple[list[int], list[int]]:
    """Heights of the letter-like ink blobs: (for the capital height, for the tall letters)."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[1:count, cv2.CC_STAT_HEIGHT]
    widths = stats[1:count, cv2.CC_STAT_WIDTH]
    letters = (heights >= 4) & (heights <= 300) & (widths <= 3 * heights)
    big_enough = letters & (stats[1:count, cv2.CC_STAT_AREA] >= 8)
    return [int(h) for h in heights[big_enough]], [int(h) for h in heights[letters]]


def _cap_from(heights: list[int]) -> float | None:
    return None if len(heights) < 20 else float(np.percentile(heights, CAP_PERCENTILE))


def _tall_from(heights: list[int]) -> float:
    return float(np.percentile(heights, 90)) if heights else 0.0


def cap_height(gray: Gray) -> float | None:
    """About the capital-letter height, in pixels, from the ink blobs (None: no text)."""
    return _cap_from(_letter_heights(_ink(gray))[0])


def scale_for_text(gray: Gray) -> float:
    """How much to resize so capitals are about TARGET_CAP_PX tall.

    Small text is enlarged; large photos are only shrunk while capitals stay above target.
    """
    return _scale_for(gray, cap_height(gray))


def _scale_for(gray: Gray, found: float | None) -> float:
    if found is None or SMALL_CAP_PX <= found <= LARGE_CAP_PX:
        return 1.0
    factor = TARGET_CAP_PX / found
    factor = min(factor, MAX_UPSCALE)
    height, width = gray.shape
    return float(min(factor, MAX_SIDE_PX / max(height, width)))


def for_detection(gray: Gray) -> Gray:
    """A copy small enough for a quick orientation check."""
    height, width = gray.shape
    scale = OSD_SIDE_PX / max(height, width)
    if scale >= 1:
        return gray
    size = (max(1, int(width * scale)), max(1, int(height * scale)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA)


def turn(gray: Gray, degrees: int) -> Gray:
    """Turn clockwise by a multiple of 90 degrees."""
    steps = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return gray if degrees % 360 == 0 else cv2.rotate(gray, steps[degrees % 360])


@dataclass(slots=True)
class Prepared:
    """A page made ready for reading, and what was done to it (shown to the user)."""

    image: Gray
    corners: Any | None = None
    skew: float = 0.0
    scale: float = 1.0
    steps: list[str] = field(default_factory=list)
    bilevel: bool = False  # black and white only (see is_bilevel)
    # How tall the taller letters of ``image`` are, once measured (see without_rules).
    tall_letter: float | None = None


def prepare(gray: Gray, *, flatten_page: bool = True, size: bool = True) -> Prepared:
    """Page found and flattened, light evened out, text sized for Tesseract.

    Levelling comes after the page is turned upright (see ``level``): a sideways page has
    no level lines to go by. Sizing is best done on the upright page too (``size=False``,
    then ``size_text``): on a sideways one, blurred words are tall blobs that pass for
    letters, and a page of ordinary text would be shrunk to illegibility.
    """
    result = Prepared(gray, bilevel=is_bilevel(gray))
    if flatten_page:
        corners = find_page(gray)
        if corners is not None:
            result.corners = corners
            result.image = flatten(gray, corners)
            result.steps.append("page found and flattened")
    if not result.bilevel:
        result.image = even_light(result.image)
    return size_text(result) if size else result


def size_text(result: Prepared) -> Prepared:
    """The page resized so its capitals are about TARGET_CAP_PX tall (an upright page).

    The letters are measured once: a page left at its size keeps their height for
    ``without_rules`` (one pass over the ink instead of two).
    """
    caps, letters = _letter_heights(_ink(result.image))
    factor = _scale_for(result.image, _cap_from(caps))
    if factor != 1.0:
        height, width = result.image.shape
        size = (max(1, int(width * factor)), max(1, int(height * factor)))
        method = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
        result.image = cv2.resize(result.image, size, interpolation=method)
        result.scale = factor
        result.steps.append(f"resized ×{factor:.2f}")
        result.tall_letter = None
    else:
        result.tall_letter = _tall_from(letters)
    return result


# A letter page's short side, in inches (US letter; A4 is 8.27).
PAGE_SHORT_SIDE_IN = 8.5
MIN_DPI, MAX_DPI = 70, 600


def page_dpi(gray: Gray) -> int:
    """The resolution a corrected page is drawn at: its short side over a letter's 8.5 in.

    Tesseract is told it, rather than a flat 300: told 300 for a page drawn at 150 dpi, its
    layout analysis takes the letters for specks and drops whole blocks of text (a letter's
    heading and date were lost this way).
    """
    short = min(gray.shape[:2])
    return int(min(MAX_DPI, max(MIN_DPI, round(short / PAGE_SHORT_SIDE_IN))))


def level(result: Prepared) -> Prepared:
    """Deskew small angles of an upright page."""
    angle = skew_angle(result.image)
    if abs(angle) >= MIN_SKEW_DEGREES:
        result.skew = angle
        result.image = rotate_small(result.image, angle)
        result.steps.append(f"levelled by {angle:.1f}°")
    return result


def _tall_letter(ink: Gray) -> float:
    """How tall the taller letters are (0: no letters), however few there are."""
    return _tall_from(_letter_heights(ink)[1])


def without_rules(gray: Gray, tall_letter: float | None = None) -> Gray:
    """Table rules and underlines painted over with the paper's white.

    Tesseract's layout analysis takes a ruled table for a picture and drops whole rows of it
    (a reference number in a boxed table was lost this way); the words stay where they are.
    ``tall_letter``: the height of the taller letters when already measured (``size_text``).
    """
    height, width = gray.shape
    ink = _ink(gray)
    # A rule is longer than any stroke of a letter: at least three letters tall.
    letter = _tall_letter(ink) if tall_letter is None else tall_letter
    tall = max(8, height // 20, int(3 * letter))
    across = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, width // 6), 1))
    )
    down = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, tall))
    )
    rules = cv2.dilate(cv2.bitwise_or(across, down), np.ones((3, 3), np.uint8))
    if not rules.any():
        return gray
    cleaned = gray.copy()
    cleaned[rules > 0] = 255
    return cleaned


def write_png(path: Path, gray: Gray) -> None:
    """A PNG (light compression), or a PGM where ``path`` ends in .pgm.

    Pictures only handed to Tesseract are PGM: written as they are, with no encoding time
    (a PNG of a page costs about 60 ms).
    """
    if path.suffix == ".pgm":
        ok, encoded = cv2.imencode(".pgm", gray)
    else:
        ok, encoded = cv2.imencode(".png", gray, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    if not ok:
        raise ValueError("the page picture could not be written")
    from organizer.jobs.ocr import _write_private

    _write_private(path, encoded.tobytes())


def upright_score(gray: Gray) -> float:
    """Above zero when a page with level lines is the right way up, below zero upside down.

    Latin text has more ink above its lower-case band (capitals, b d f h k l t) than below
    it (g j p q y): line by line, ink above the band is weighed against ink below it.
    """
    ink = _ink(gray) > 0
    rows = ink.sum(axis=1).astype(np.float64)
    busy = rows > max(2.0, 0.02 * gray.shape[1])
    above = below = 0.0
    start = None
    for index in range(len(rows) + 1):
        inside = index < len(rows) and busy[index]
        if inside and start is None:
            start = index
        elif not inside and start is not None:
            profile = rows[start:index]
            if len(profile) >= 6:
                band = np.nonzero(profile >= 0.5 * profile.max())[0]
                above += float(profile[: band[0]].sum())
                below += float(profile[band[-1] + 1 :].sum())
            start = None
    if above + below == 0:
        return 0.0
    return float(np.log((above + 1) / (below + 1)))
