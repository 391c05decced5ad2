"""Phone-photo look-alikes made from a rendered page: on a table, at an angle, turned, shaded.

Used by the tests and by bench/make_photo_set.py. Deterministic for a given seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np


@dataclass(slots=True)
class PhotoLook:
    turn: int = 0  # clockwise degrees the page is turned in the photo (90/180/270)
    tilt: float = 0.0  # small rotation, degrees
    perspective: float = 0.08  # how far the corners move, share of the page size
    shadow: float = 0.45  # darkest share of light across the page
    blur: float = 0.8  # Gaussian sigma in pixels
    table: int = 70  # grey of the table around the page


def make_photo(page: Any, look: PhotoLook, seed: int = 0) -> tuple[Any, Any]:
    """A grey photo of ``page`` (a uint8 grey array), and the page's corners in it."""
    rng = np.random.default_rng(seed)
    height, width = page.shape
    pad_x, pad_y = int(width * 0.18), int(height * 0.18)
    canvas_w, canvas_h = width + 2 * pad_x, height + 2 * pad_y
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    move = look.perspective * np.array([width, height], dtype=np.float32)
    jitter = rng.uniform(-1, 1, size=(4, 2)).astype(np.float32) * move
    # a camera above the bottom edge: the top of the page looks narrower
    jitter[0, 0] += move[0] * 0.5
    jitter[1, 0] -= move[0] * 0.5
    target = source + np.array([pad_x, pad_y], dtype=np.float32) + jitter
    centre = target.mean(axis=0)
    angle = np.deg2rad(look.tilt)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    target = ((target - centre) @ rotation.T + centre).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(source, target)
    table = np.full((canvas_h, canvas_w), look.table, dtype=np.uint8)
    noise = rng.normal(0, 6, size=table.shape)
    table = np.clip(table + noise, 0, 255).astype(np.uint8)
    warped = cv2.warpPerspective(page, matrix, (canvas_w, canvas_h), borderValue=0)
    inside = cv2.warpPerspective(
        np.full_like(page, 255), matrix, (canvas_w, canvas_h), borderValue=0
    )
    photo = np.where(inside > 127, warped, table).astype(np.float32)
    # a shadow falling from one side: light from full to ``shadow`` across the photo
    ramp = np.linspace(1.0, look.shadow, canvas_w, dtype=np.float32)
    photo *= ramp[np.newaxis, :]
    if look.blur > 0:
        photo = cv2.GaussianBlur(photo, (0, 0), look.blur)
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    corners = target
    steps = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
    if look.turn % 360:
        photo = cv2.rotate(photo, steps[look.turn % 360])
        corners = _turn_points(corners, look.turn % 360, canvas_w, canvas_h)
    return photo, corners


def _turn_points(points: Any, degrees: int, width: int, height: int) -> Any:
    """Where points land when the photo is turned counter-clockwise by ``degrees``.

    (The page then needs a clockwise turn of ``degrees`` to be upright again.)
    """
    x, y = points[:, 0], points[:, 1]
    if degrees == 90:
        return np.stack([y, width - x], axis=1)
    if degrees == 180:
        return np.stack([width - x, height - y], axis=1)
    return np.stack([height - y, x], axis=1)


LINES = [
    "Quillfield Health Plan",
    "Utilization Management Department",
    "Date: February 6, 2025",
    "Member ID: QFH918275503",
    "Reference number: QF-UM-250113-04482",
    "Dear Member,",
    "We have received the request for home infusion therapy",
    "and need more information before we can make a decision.",
    "Please send the clinical notes from your doctor's office",
    "within fourteen days of the date of this letter.",
    "If you have questions, call the number on your card.",
    "Sincerely, the Utilization Management team",
]
VALUES = ("QFH918275503", "QF-UM-250113-04482")


def scanned_letter() -> Any:
    """A letter page at 150 dpi, as a scanner would draw it: a 2-D uint8 array."""
    from tests.factories import render_text_image

    width, height, data = render_text_image(
        LINES, width_px=1275, height_px=1650, font_pt=11, dpi=150
    )
    return np.frombuffer(data, dtype=np.uint8).reshape(height, width).copy()
