"""Small layout helpers for the Spanish parts of the own corpus (train-es, heldout-es): a
letterhead whose page footer is in Spanish and an ID card drawn on a letter page.

Layouts and wording of the documents themselves live in own_train_es.py and
own_heldout_es.py, which use different helpers on purpose (see README.md).
"""

from __future__ import annotations

import io

from own_lib import BOLD, IN, H, W
from reportlab.lib import colors
from reportlab.pdfgen import canvas


def es_head(
    lines,
    right=(),
    footer="",
    font="Helvetica",
    size=8,
    top_size=13,
    page_word="Página",
    rule=True,
    band=None,
):
    """Letterhead: bold first line, smaller lines, right-hand block, optional coloured band,
    and a "Página N" footer (the word is a parameter so layouts differ)."""

    def f(c, doc):
        c.saveState()
        y0 = H - 0.65 * IN
        if band:
            c.setFillColor(colors.HexColor(band))
            c.rect(0, H - 0.42 * IN, W, 0.42 * IN, stroke=0, fill=1)
            c.setFillColor(colors.black)
            y0 = H - 0.75 * IN
        c.setFont(BOLD[font], top_size)
        c.drawString(0.85 * IN, y0, lines[0])
        c.setFont(font, size)
        for i, line in enumerate(lines[1:]):
            c.drawString(0.85 * IN, y0 - 0.15 * IN - i * (size + 2), line)
        for i, line in enumerate(right):
            c.drawRightString(W - 0.85 * IN, y0 + 0.03 * IN - i * (size + 2), line)
        if rule:
            y = y0 - 0.2 * IN - max(len(lines) - 1, len(right) - 1, 0) * (size + 2)
            c.setLineWidth(0.8)
            c.line(0.85 * IN, y, W - 0.85 * IN, y)
        c.setFont(font, 6.8)
        if footer:
            c.drawString(0.85 * IN, 0.45 * IN, footer)
        c.drawRightString(W - 0.85 * IN, 0.45 * IN, f"{page_word} {doc.page}")
        c.restoreState()

    return f


def id_card_page(front, back, title, colour="#1f4e79", font="Helvetica"):
    """A photocopy of a plan ID card: front and back, each a list of (label, value) rows or
    plain lines (value None), drawn as two rounded boxes on a letter page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(title)
    cw, ch = 3.6 * IN, 2.25 * IN
    for k, (rows, y) in enumerate(((front, H - 1.2 * IN - ch), (back, H - 1.6 * IN - 2 * ch))):
        x = (W - cw) / 2
        c.setLineWidth(1)
        c.roundRect(x, y, cw, ch, 10)
        if k == 0:
            c.setFillColor(colors.HexColor(colour))
            c.roundRect(x, y + ch - 0.42 * IN, cw, 0.42 * IN, 10, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(BOLD[font], 10.5)
            c.drawString(x + 0.15 * IN, y + ch - 0.28 * IN, rows[0][0])
            c.setFillColor(colors.black)
            rows = rows[1:]
            ty = y + ch - 0.62 * IN
        else:
            ty = y + ch - 0.25 * IN
        for lab, val in rows:
            if val is None:
                c.setFont(font, 6.6)
                c.drawString(x + 0.15 * IN, ty, lab)
                ty -= 9
            else:
                c.setFont(font, 7.2)
                c.drawString(x + 0.15 * IN, ty, lab)
                c.setFont(BOLD[font], 8.2)
                c.drawString(x + 1.45 * IN, ty, val)
                ty -= 12
    c.showPage()
    c.save()
    return buf.getvalue()
