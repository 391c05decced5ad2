"""Check boxes drawn as little squares: which are ticked, marked in the text as ☒ or ☐.

Forms ("We need: ☒ lab results ☐ signed forms") often draw their boxes as shapes, which
text extraction can't see. While pypdf extracts a page, this watches the drawing
operators: a small square with lines inside is a ticked box, an empty one is not. The
words right after each box get the mark, so the reader knows what was asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

CHECKED, UNCHECKED = "\u2612", "\u2610"


RECTANGLE = re.compile(rb"(?:^|\s)(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+re\b")
# The end of every RECTANGLE match: a page without one draws no rectangle at all.
RECTANGLE_END = re.compile(rb"[\d.]\s+re\b")


def draws_small_boxes(page: Any) -> bool:
    """Whether the page draws any square small enough to be a check box (a cheap look)."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:  # noqa: BLE001 - can't tell: look properly
        return True
    if RECTANGLE_END.search(data) is None:
        return False  # one quick scan instead of trying every number as a rectangle's start
    for match in RECTANGLE.finditer(data):
        try:
            width, height = abs(float(match.group(3))), abs(float(match.group(4)))
        except ValueError:
            continue
        if 4 <= width <= 14 and abs(width - height) < 1.5:
            return True
    # Boxes drawn inside forms (XObjects) are not looked into; those pages are rare.
    return False


class BoxCollector:
    """Pass ``before`` and ``on_text`` to ``page.extract_text`` as its visitors."""

    def __init__(self) -> None:
        self.boxes: list[tuple[float, float, float, float]] = []
        self.segments: list[tuple[float, float, float, float]] = []
        self.texts: list[tuple[float, float, str]] = []
        self._last: tuple[float, float] | None = None

    @staticmethod
    def _to_page(cm: Sequence[float], x: float, y: float) -> tuple[float, float]:
        return (x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5])

    def before(self, op: bytes, args: Sequence[Any], cm: Sequence[float], _tm: Any) -> None:
        try:
            if op == b"re" and len(args) == 4:
                x, y, w, h = (float(a) for a in args)
                if 4 <= abs(w) <= 14 and abs(abs(w) - abs(h)) < 1.5:
                    px, py = self._to_page(cm, x, y)
                    self.boxes.append((px, py, abs(w) * cm[0], abs(h) * cm[3]))
            elif op == b"m" and len(args) == 2:
                self._last = self._to_page(cm, float(args[0]), float(args[1]))
            elif op == b"l" and len(args) == 2 and self._last is not None:
                end = self._to_page(cm, float(args[0]), float(args[1]))
                self.segments.append((*self._last, *end))
                self._last = end
        except (TypeError, ValueError, IndexError):
            return  # an odd operand never costs the page its text

    def on_text(self, text: str, cm: Sequence[float], tm: Sequence[float], *_: Any) -> None:
        if self.boxes and text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            self.texts.append((x, y, text.strip()))

    def marks(self) -> list[tuple[str, bool]]:
        """(the words after a box, whether it is ticked) for each box with words beside it."""
        found: list[tuple[str, bool]] = []
        for bx, by, bw, bh in self.boxes:
            ticks = sum(
                1
                for x1, y1, x2, y2 in self.segments
                if bx - 1 <= min(x1, x2)
                and max(x1, x2) <= bx + bw + 1
                and by - 1 <= min(y1, y2)
                and max(y1, y2) <= by + bh + 1
            )
            near = [
                (tx - (bx + bw), t)
                for tx, ty, t in self.texts
                if 0 <= tx - (bx + bw) <= 20 and abs(ty - (by + bh / 2)) <= 6
            ]
            if near:
                found.append((min(near)[1], ticks >= 1))
        return found


def mark_boxes(text: str, marks: Sequence[tuple[str, bool]]) -> str:
    """Put ☒ or ☐ in front of the line that starts with each box's words."""
    if not marks:
        return text
    lines = text.split("\n")
    for fragment, checked in marks:
        for index, line in enumerate(lines):
            stripped = line.strip()
            if stripped.startswith(fragment[:30]) and not stripped.startswith((CHECKED, UNCHECKED)):
                lines[index] = (CHECKED if checked else UNCHECKED) + " " + stripped
                break
    return "\n".join(lines)
