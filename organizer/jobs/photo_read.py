"""Reading one photographed page: prepared, turned upright, levelled, read, kept if better.

Runs in reader processes. The user's choices ("rotate", "use the original picture") come
in as arguments and win over what is detected.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from organizer.jobs import ocr_mend, orientation, photo, photo_gaps
from organizer.jobs.photo import Gray

# Below this mean word confidence a sure-looking reading is still checked the other way up.
GOOD_CONFIDENCE = 60.0
# Ascender balance (photo.upright_score) beyond which the page's way up is taken as known.
SURE_SCORE = 0.15
SURE_OSD = 2.0
# A reading this confident is kept whatever the orientation checks said.
SURE_READING = 85.0


@dataclass(slots=True)
class PhotoReading:
    text: str
    confidence: float
    turned: int = 0  # clockwise degrees applied (user's turn + detected)
    steps: list[str] = field(default_factory=list)
    image: Gray | None = None  # the corrected page, as read

    def __post_init__(self) -> None:
        self.text = ocr_mend.mend_text(self.text)


def _joined(reading: orientation.Reading) -> orientation.Reading:
    """The reading with the ID numbers Tesseract cut in two put back together."""
    reading.text = ocr_mend.join_split_ids(reading.text, reading.tsv)
    return reading


def _upright(
    image: Gray, scratch: Path, limit: float, prepared: photo.Prepared | None = None
) -> tuple[Gray, int, bool]:
    """The page turned upright and levelled: (image, clockwise degrees turned, whether sure).

    Line direction and the ascender/descender balance decide quickly; Tesseract's
    orientation detection (``--psm 0``) is asked only when they can't tell. The balance is
    weighed on the levelled page: on a crooked one (a fax a few degrees off) the lines smear
    into each other and it says nothing. What was done goes into ``prepared``'s steps.
    """
    image, turned, angle = photo.level_lines(image)
    if abs(angle) >= photo.MIN_SKEW_DEGREES:
        image = photo.rotate_small(image, angle)
        if prepared is not None:
            prepared.skew = angle
            prepared.steps.append(f"levelled by {angle:.1f}°")
    score = photo.upright_score(image)
    if abs(score) >= SURE_SCORE:
        return (photo.turn(image, 180), turned + 180, True) if score < 0 else (image, turned, True)
    picture = scratch / "osd.pgm"
    photo.write_png(picture, photo.for_detection(image))
    found = orientation.detect(picture, min(limit, 20.0))
    if found is None:
        return image, turned, False
    degrees, confidence = found
    return photo.turn(image, degrees), (turned + degrees) % 360, confidence >= SURE_OSD


def read_picture(
    gray: Gray,
    scratch: Path,
    limit: float,
    *,
    user_turn: int = 0,
    use_original: bool = False,
    deadline: float | None = None,
) -> PhotoReading:
    """Read one page of a picture, correcting it first unless the user asked not to."""
    picture = scratch / "photo.pgm"
    if use_original:
        image = photo.turn(gray, user_turn)
        photo.write_png(picture, image)
        reading = orientation.read_scored(picture, limit, photo.page_dpi(image))
        return PhotoReading(reading.text, reading.confidence, user_turn, ["original"], image)
    prepared = photo.prepare(gray, size=False)
    if user_turn:  # the user's turn is not second-guessed
        prepared.image = photo.turn(prepared.image, user_turn)
        turned, sure = user_turn % 360, True
        photo.level(prepared)
    else:
        image, turned, sure = _upright(prepared.image, scratch, limit, prepared)
        if turned:
            prepared.steps.append(f"turned {turned}°")
        prepared.image = image
    image = photo.size_text(prepared).image  # letters measured the right way up
    shown = image  # the preview and the searchable copy keep the table rules
    image = photo.without_rules(image, prepared.tall_letter)
    photo.write_png(picture, image)
    started = time.monotonic()
    dpi = photo.page_dpi(image)
    best = orientation.read_scored(picture, limit, dpi)
    spent = time.monotonic() - started
    best = _joined(photo_gaps.fill_gaps(image, best, scratch, limit, dpi))
    result = PhotoReading(best.text, best.confidence, turned, prepared.steps, shown)
    if (sure and best.confidence >= GOOD_CONFIDENCE) or best.confidence >= SURE_READING:
        return result
    left = None if deadline is None else deadline - time.monotonic()
    if left is not None and left < spent * 1.2:
        return result
    other = photo.turn(image, 180)
    photo.write_png(picture, other)
    second = _joined(orientation.read_scored(picture, limit, dpi))
    if second.confidence > best.confidence + 5 and second.words >= best.words * 0.5:
        return PhotoReading(
            second.text,
            second.confidence,
            (turned + 180) % 360,
            [*prepared.steps, "read the other way up"],
            photo.turn(shown, 180),
        )
    return result
