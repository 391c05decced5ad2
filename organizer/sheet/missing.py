"""The still-missing list on the status sheet: each item whole, wrapping rather than cut.

A "what" that is too long for its column wraps onto a second line; only what does not fit
on two lines is shortened, and that makes the layout try the next rung of its ladder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from organizer.core.missing import MissingRow
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import translate
from organizer.sheet.data import YOUR_OFFICE, SheetData, missing_heading, review_line

# The page composer of sheet.render (which imports this module: named here, not imported,
# so the two never import each other).
Composer = Any

URGENT = QT_TRANSLATE_NOOP("sheet", "URGENT")
# Two columns only if the "what" of a missing item keeps this share of its column (or all
# it needs): the missing list is no use if every item is cut down to a word.
MIN_WHAT_SHARE = 0.4
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fit_widths(naturals: Sequence[float], total: float, fixed: Sequence[int] = ()) -> list[float]:
    """Column widths: fixed columns keep their width; the others share what is left.

    When everything fits, the last column gets the spare room. Otherwise the
    widest flexible columns are cut down to one common width, so short ones stay whole.
    """
    widths = list(naturals)
    flexible = [i for i in range(len(naturals)) if i not in fixed]
    room = total - sum(naturals[i] for i in fixed)
    wanted = sum(naturals[i] for i in flexible)
    if wanted <= room or not flexible:
        widths[-1] += max(room - wanted, 0.0)
        return widths
    remaining, count = room, len(flexible)
    for value in sorted(naturals[i] for i in flexible):
        if value > remaining / count:
            break
        remaining -= value
        count -= 1
    cap = max(remaining / max(count, 1), 0.0)
    for i in flexible:
        widths[i] = min(naturals[i], cap)
    return widths


def wrap_text(
    c: Composer, text: str, size: float, width: float, most: int = 2, bold: bool = False
) -> list[str]:
    """``text`` broken at spaces into at most ``most`` lines of ``width``; only a text that
    still does not fit is shortened with … on its last line (when drawn)."""
    metrics = c.metrics(size, bold)
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if not current or metrics.horizontalAdvance(trial) <= width:
            current = trial
            continue
        if len(lines) >= most - 1:  # the last line allowed takes the rest
            current = " ".join([current, *words[index:]])
            break
        lines.append(current)
        current = word
    lines.append(current)
    return lines or [""]


@dataclass(frozen=True, slots=True)
class _MissingLines:
    """One missing item broken into lines for its column."""

    row: MissingRow
    what: list[str]
    who: list[str]
    when: list[str]

    @property
    def count(self) -> int:
        return max(len(self.what), len(self.who), len(self.when))


def block_titles(c: Composer) -> tuple[str, str, str, str]:
    wide = c.scale.columns == 1
    if wide:
        what, who = translate("sheet", "What is needed"), translate("sheet", "Who sends it")
    else:
        what, who = translate("sheet", "What"), translate("sheet", "Who")
    return ("", what, who, translate("sheet", "When"))


def missing_columns(
    c: Composer, rows: Sequence[MissingRow], width: float
) -> tuple[list[float], list[_MissingLines]]:
    """Column widths of one block of the missing list, and each item broken into lines.

    A "what" wraps onto a second line rather than being cut; only what does not fit on two
    lines is shortened, and counted in ``c.elided``.
    """
    size = c.scale.missing_pt
    gap = c.pt(size * 0.9)
    suggested = translate("sheet", " (suggested, not checked yet)")
    whats = [r.what + (suggested if r.proposed else "") for r in rows]
    # Two columns are narrow: "due Nov 21 (tomorrow)" becomes "due Nov 21" there.
    whens = [r.when.split(" (")[0] if c.scale.columns > 1 else r.when for r in rows]
    titles = block_titles(c)
    naturals = [
        c.advance_of(translate("sheet", URGENT), size, True) + gap
        if any(r.urgent for r in rows)
        else 0.0,
        max(c.advance_of(t, size) for t in (titles[1], *whats)) + gap,
        max(c.advance_of(t, size, True) for t in (titles[2], *(r.who for r in rows))) + gap,
        max(c.advance_of(t, size) for t in (titles[3], *whens)),
    ]
    naturals[2] = min(naturals[2], width * 0.24)
    naturals[3] = min(naturals[3], width * 0.3)
    widths = fit_widths(naturals, width, fixed=(0, 2, 3))
    lines: list[_MissingLines] = []
    for row, what, when in zip(rows, whats, whens, strict=True):
        most = c.scale.wrap_lines
        what_lines = wrap_text(c, what, size, widths[1] - gap, most)
        who_lines = wrap_text(c, row.who, size, widths[2] - gap, most)
        when_lines = wrap_text(c, when, size, widths[3], most)
        cut = any(
            c.advance_of(line, size) > w + 0.01
            for parts, w in ((what_lines, widths[1] - gap), (when_lines, widths[3]))
            for line in parts
        )
        c.elided += cut
        lines.append(_MissingLines(row, what_lines, who_lines, when_lines))
    c.squeezed |= widths[1] < min(naturals[1], width * MIN_WHAT_SHARE) - 1
    return widths, lines


def missing_block(
    c: Composer, block: Sequence[_MissingLines], widths: list[float], x: float, top: float
) -> None:
    """One column of the missing list: titles, then each item on its one or two lines."""
    size, body = c.scale.missing_pt, c.scale.body_pt
    gap = c.pt(size * 0.9)
    titles = block_titles(c)
    xs = [x + sum(widths[:i]) for i in range(4)]
    for i, title in enumerate(titles):
        if title:
            c.put(xs[i], widths[i] - (gap if i < 3 else 0), title, body, bold=True, y=top)
    y = top + c.line_height(body)
    line_h = c.metrics(size).height() * c.scale.leading
    for item in block:
        row = item.row
        if row.urgent:
            c.put(xs[0], widths[0], translate("sheet", URGENT), size, bold=True, y=y)
        for n, text in enumerate(item.what):
            c.put(xs[1], widths[1] - gap, text, size, y=y + n * line_h)
        for n, text in enumerate(item.who):
            c.put(
                xs[2],
                widths[2] - gap,
                text,
                size,
                bold=row.who == translate("sheet", YOUR_OFFICE),
                y=y + n * line_h,
            )
        for n, text in enumerate(item.when):
            c.put(xs[3], widths[3], text, size, y=y + n * line_h)
        y += _item_height(c, item)


def _item_height(c: Composer, item: _MissingLines) -> float:
    """An item's height: its extra lines at the plain leading, plus one airy row height."""
    extra = (item.count - 1) * c.metrics(c.scale.missing_pt).height() * c.scale.leading
    return float(c.missing_row_height() + extra)


def _blocks(items: list[_MissingLines], columns: int) -> list[list[_MissingLines]]:
    if columns == 1:
        return [items]
    per = -(-len(items) // columns)
    return [items[i * per : (i + 1) * per] for i in range(columns)]


def missing_list(c: Composer, data: SheetData, room: float) -> tuple[int, int] | None:
    """The still-missing list in ``room``; None if it does not fit on this rung."""
    s, size = c.scale, c.scale.missing_pt
    start = c.y
    rows = list(data.missing)
    head_size = size + 3
    heading = missing_heading(rows)
    c.put(0, c.width, heading, head_size, bold=True)
    c.y += c.line_height(head_size)
    if any(r.urgent for r in rows):
        legend = translate("sheet", "{0} = overdue, late, denied, or due within 3 days")
        legend = legend.format(translate("sheet", URGENT))
        beside = c.width - c.advance_of(heading, head_size, True) - c.pt(12)
        if c.advance_of(legend, s.body_pt) <= beside:
            c.put(0, c.width, legend, s.body_pt, align=RIGHT, y=c.y - c.line_height(head_size))
        else:
            c.line(legend, s.body_pt)
    review = review_line(data)
    if not rows:
        if data.log:
            c.line(translate("sheet", "Nothing is missing right now."), size)
        else:
            c.line(translate("sheet", "Nothing is listed yet."), size)
        if review:
            c.line(review, s.body_pt, bold=True)
        return 0, 0
    gutter = c.pt(16) if s.columns > 1 else 0.0
    col_w = (c.width - gutter * (s.columns - 1)) / s.columns
    after = c.line_height(s.body_pt) * (2 if review else 1)  # titles, and the review line
    available = room - (c.y - start) - after
    hidden = 0
    widths, items = missing_columns(c, rows, col_w)

    def height(shown: list[_MissingLines]) -> float:
        return max(sum(_item_height(c, i) for i in block) for block in _blocks(shown, s.columns))

    if height(items) > available:
        if not s.summarise_missing:
            return None
        line = c.line_height(size)
        while len(items) > s.columns and height(items) > available - line:
            items = items[:-1]
        hidden = len(rows) - len(items)
    top = c.y
    for index, block in enumerate(_blocks(items, s.columns)):
        if block:
            missing_block(c, block, widths, index * (col_w + gutter), top)
    c.y = top + c.line_height(s.body_pt) + height(items)
    if hidden:
        more = translate("sheet", "+%n more still missing; see the organizer", None, hidden)
        c.line(more, size, bold=True)
    if review:
        c.line(review, s.body_pt, bold=True)
    return len(items), hidden
