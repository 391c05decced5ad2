"""Shared building blocks for make_own_corpus.py: dates, PDF layout helpers, the document
registry, the scanning pipeline and the label checks.

The PDF helpers follow the conventions of ../shared/corpus/make_public_corpus.py (reportlab
invariant mode, per-document seeded RNGs) so the output is byte-identical between runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from reportlab import rl_config

rl_config.invariant = 1
import img2pdf  # noqa: E402
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

SEED = 20261207
W, H = letter
D = dt.date
IN = inch

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MESES = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
]  # fmt: skip
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def fd(d: dt.date, style: str = "us") -> str:
    """Format a date the way real paperwork prints it (never day-first numerics)."""
    m, mo3 = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    wd = WDAYS[d.weekday()]
    dot = "" if d.month == 5 else "."
    es_m = MESES[d.month - 1]
    fmts = {
        "us": d.strftime("%m/%d/%Y"),
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "us2": d.strftime("%m/%d/%y"),
        "us_nopad": f"{d.month}/{d.day}/{d.year}",
        "long": f"{m} {d.day}, {d.year}",
        "abbr": f"{mo3} {d.day}, {d.year}",
        "abbr_dot": f"{mo3}{dot} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}-{mo3}-{d.year}",
        "DMY": f"{d.day:02d}-{mo3.upper()}-{d.year}",
        "MDY_UP": f"{mo3.upper()} {d.day:02d} {d.year}",
        "LONG_UP": f"{m.upper()} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "dlong": f"{d.day} {m} {d.year}",
        "wlong": f"{wd}, {m} {d.day}, {d.year}",
        "dash": d.strftime("%m-%d-%Y"),
        "dot": d.strftime("%m.%d.%Y"),
        "email": f"{wd[:3]}, {mo3} {d.day}, {d.year}",
        # Spanish (US plans' Spanish letters): "3 de marzo de 2026", "3 MAR 2026", ...
        "es_long": f"{d.day} de {es_m} de {d.year}",
        "es_long0": f"{d.day:02d} de {es_m} de {d.year}",
        "es_wlong": f"{DIAS[d.weekday()]}, {d.day} de {es_m} de {d.year}",
        "es_up": f"{d.day} DE {es_m.upper()} DE {d.year}",
        "es_abbr": f"{d.day} {es_m[:3]}. {d.year}",
        "es_cap": f"{d.day} de {es_m.capitalize()} de {d.year}",
    }
    return fmts[style]


DATE_STYLES = [
    "us", "us_short", "us2", "us_nopad", "long", "abbr", "abbr_dot", "dmy", "DMY", "MDY_UP",
    "LONG_UP", "iso", "dlong", "wlong", "dash", "dot", "email", "es_long", "es_long0",
    "es_wlong", "es_up", "es_abbr", "es_cap",
]  # fmt: skip


def money(v: float) -> str:
    return f"${v:,.2f}"


def esc(s: str) -> str:
    """Escape text for reportlab Paragraph markup (e-mail addresses in <...> must stay)."""
    return xml_escape(s)


def rng_for(key: str) -> random.Random:
    h = hashlib.sha256(f"{SEED}|{key}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def npi(first9: str) -> str:
    """A 10-digit NPI with a valid Luhn check digit (prefix 80840)."""
    total = 0
    for i, ch in enumerate(reversed("80840" + first9)):
        v = int(ch)
        if i % 2 == 0:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        total += v
    return first9 + str((10 - total % 10) % 10)


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def ss(font: str = "Helvetica", size: float = 10) -> dict[str, ParagraphStyle]:
    b = BOLD[font]
    lead = size * 1.28
    grey = colors.HexColor("#444444")
    return {
        "n": ParagraphStyle(
            "n", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.55
        ),
        "tight": ParagraphStyle("tight", fontName=font, fontSize=size, leading=lead),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "t": ParagraphStyle(
            "t", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.25, textColor=grey
        ),
        "b": ParagraphStyle("b", fontName=b, fontSize=size, leading=lead, spaceAfter=size * 0.4),
        "h1": ParagraphStyle(
            "h1", fontName=b, fontSize=size + 6, leading=(size + 6) * 1.2, spaceAfter=size * 0.6
        ),
        "h2": ParagraphStyle(
            "h2",
            fontName=b,
            fontSize=size + 2.5,
            leading=(size + 2.5) * 1.2,
            spaceBefore=size * 0.5,
            spaceAfter=size * 0.4,
        ),
        "h3": ParagraphStyle(
            "h3",
            fontName=b,
            fontSize=size + 0.5,
            leading=(size + 0.5) * 1.2,
            spaceBefore=size * 0.4,
            spaceAfter=size * 0.2,
        ),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER),
        "ch": ParagraphStyle(
            "ch",
            fontName=b,
            fontSize=size + 4,
            leading=(size + 4) * 1.2,
            alignment=TA_CENTER,
            spaceAfter=size * 0.5,
        ),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=lead, alignment=TA_RIGHT),
        "bul": ParagraphStyle(
            "bul",
            fontName=font,
            fontSize=size,
            leading=lead,
            leftIndent=16,
            bulletIndent=4,
            spaceAfter=size * 0.3,
        ),
    }


def P(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def bullets(items, S, sym="\u2022"):
    return [Paragraph(esc(t), S["bul"], bulletText=sym) for t in items]


def _noop(c, d):
    pass


def build_flow(story, onpage=None, margins=(0.85, 0.85, 1.0, 0.9), title="", author=""):
    """margins = (left, right, top, bottom) in inches."""
    buf = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buf,
        pagesize=letter,
        leftMargin=left * IN,
        rightMargin=right * IN,
        topMargin=top * IN,
        bottomMargin=bottom * IN,
        title=title,
        author=author,
        invariant=1,
        pageCompression=1,
    )
    doc.build(story, onFirstPage=onpage or _noop, onLaterPages=onpage or _noop)
    return buf.getvalue()


def wrap_cells(data, widths, font, size, bold_row0=False, bold_col0=False):
    """Turn plain-string cells that would not fit their column into wrapping Paragraphs."""
    sn = ParagraphStyle("gc", fontName=font, fontSize=size, leading=size * 1.2)
    sb = ParagraphStyle("gcb", fontName=BOLD[font], fontSize=size, leading=size * 1.2)
    out = []
    for ri, row in enumerate(data):
        new = []
        for ci, cell in enumerate(row):
            bold = (bold_row0 and ri == 0) or (bold_col0 and ci == 0)
            fnt = BOLD[font] if bold else font
            if isinstance(cell, str) and stringWidth(cell, fnt, size) > widths[ci] - 8:
                cell = Paragraph(xml_escape(cell).replace("\n", "<br/>"), sb if bold else sn)
            new.append(cell)
        out.append(new)
    return out


def grid(data, widths, font="Helvetica", size=8.5, header=True, head_bg="#d9d9d9", box=True):
    data = wrap_cells(data, widths, font, size, bold_row0=header)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    if box:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")))
    if header:
        cmds += [
            ("FONT", (0, 0), (-1, 0), BOLD[font], size),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
        ]
    t.setStyle(TableStyle(cmds))
    return t


def kv(rows, widths=(1.7 * IN, 4.8 * IN), font="Helvetica", size=9, box=False):
    """Label / value rows (labels bold), optionally boxed like a form."""
    rows = wrap_cells(rows, widths, font, size, bold_col0=True)
    t = Table(rows, colWidths=widths)
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("FONT", (0, 0), (0, -1), BOLD[font], size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]
    if box:
        cmds += [
            ("BOX", (0, 0), (-1, -1), 0.7, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ]
    t.setStyle(TableStyle(cmds))
    return t


def stacked(cells, widths, font="Helvetica", size=8.5):
    """Form boxes with a small caption above each value (label and value on two lines)."""
    cap = ParagraphStyle("cap", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.2)
    val = ParagraphStyle("val", fontName=BOLD[font], fontSize=size, leading=size * 1.25)
    row = [[Paragraph(esc(a), cap), Paragraph(esc(b), val)] for a, b in cells]
    t = Table([row], colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.7, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


class Box(Flowable):
    """A single check box, checked or not."""

    def __init__(self, on, size=7):
        super().__init__()
        self.on, self.size = on, size

    def wrap(self, aw, ah):
        return self.size + 2, self.size + 2

    def draw(self):
        c, b = self.canv, self.size
        c.setLineWidth(0.7)
        c.rect(0, 1, b, b)
        if self.on:
            c.setLineWidth(1.3)
            c.line(1, 2, b - 1, b)
            c.line(1, b, b - 1, 2)


def checklist(items, S, width=6.7 * IN, style="s"):
    """Check boxes with wrapping labels: items = [(label, checked), ...]."""
    rows = [[Box(on), Paragraph(esc(label), S[style])] for label, on in items]
    t = Table(rows, colWidths=[0.22 * IN, width - 0.22 * IN])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return t


class HR(Flowable):
    def __init__(self, width=6.8 * IN, thick=0.8, space=4):
        super().__init__()
        self.w, self.t, self.sp = width, thick, space

    def wrap(self, aw, ah):
        return self.w, self.sp * 2

    def draw(self):
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.sp, self.w, self.sp)


class Signature(Flowable):
    """A scribbled signature (deterministic bezier strokes)."""

    def __init__(self, key, width=2.2 * IN, height=0.45 * IN):
        super().__init__()
        self.key, self.w, self.h = key, width, height

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        r = rng_for("sig" + self.key)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a237e"))
        c.setLineWidth(1.1)
        x, y = 4.0, self.h * 0.35
        for _ in range(5):
            dx = r.uniform(14, 30)
            p = c.beginPath()
            p.moveTo(x, y)
            p.curveTo(
                x + dx * 0.3,
                y + r.uniform(6, 20),
                x + dx * 0.7,
                y - r.uniform(2, 10),
                x + dx,
                y + r.uniform(-3, 8),
            )
            c.drawPath(p, stroke=1, fill=0)
            x += dx * 0.85
            y = self.h * 0.35 + r.uniform(-3, 6)


def text_header(lines, right=(), font="Helvetica", size=8, top_size=13, rule=True, footer=""):
    """A letterhead: a bold first line, smaller lines under it, optional right-hand block."""

    def f(c, doc):
        c.saveState()
        c.setFont(BOLD[font], top_size)
        c.drawString(0.85 * IN, H - 0.65 * IN, lines[0])
        c.setFont(font, size)
        for i, line in enumerate(lines[1:]):
            c.drawString(0.85 * IN, H - 0.8 * IN - i * (size + 2), line)
        for i, line in enumerate(right):
            c.drawRightString(W - 0.85 * IN, H - 0.62 * IN - i * (size + 2), line)
        if rule:
            y = H - 0.85 * IN - max(len(lines) - 1, len(right) - 1, 0) * (size + 2)
            c.setLineWidth(0.8)
            c.line(0.85 * IN, y, W - 0.85 * IN, y)
        if footer:
            c.setFont(font, 6.8)
            c.drawString(0.85 * IN, 0.45 * IN, footer)
        c.drawRightString(W - 0.85 * IN, 0.45 * IN, f"Page {doc.page}")
        c.restoreState()

    return f


def fax_line(text):
    """onPage callback adding a fax transmission line at the very top."""

    def f(c, doc):
        c.saveState()
        c.setFont("Courier", 8)
        c.drawString(0.35 * IN, H - 0.28 * IN, text.replace("{p}", str(doc.page)))
        c.restoreState()

    return f


def chain(*fns):
    def f(c, doc):
        for fn in fns:
            if fn:
                fn(c, doc)

    return f


def browser_print(stamp, title, url):
    """Header/footer a browser adds when a web page or e-mail is printed to PDF."""

    def f(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(0.45 * IN, H - 0.35 * IN, stamp)
        c.drawCentredString(W / 2 + 40, H - 0.35 * IN, title[:70])
        c.drawString(0.45 * IN, 0.35 * IN, url)
        c.drawRightString(W - 0.45 * IN, 0.35 * IN, f"{doc.page}/{doc.page}")
        c.restoreState()

    return f


# ----------------------------------------------------------------------------
# the document registry
# ----------------------------------------------------------------------------


class Registry:
    """The documents of one corpus folder with their labels and public source."""

    def __init__(self, part: str, folder: str):
        self.part, self.folder, self.docs = part, folder, []

    def doc(self, file, kind, source, outcome=None, date=None, ref=None, member=None, due=None,
            due_within=None, req=(), ful=(), links=(), scan=None):  # fmt: skip
        """Register a builder. scan = None or (style, dpi); due_within = N for "within N days
        of the date of this letter" (the due date is then the letter date + N)."""

        def deco(fn):
            dd = due
            if due_within is not None:
                dd = date + dt.timedelta(days=due_within)
            self.docs.append(
                dict(
                    file=file,
                    kind=kind,
                    letter_outcome=outcome,
                    scanned=scan is not None,
                    document_date=date.isoformat() if date else None,
                    reference_number=ref,
                    member_id=member,
                    due_date=dd.isoformat() if dd else None,
                    requested_items=list(req),
                    fulfills=list(ful),
                    links_to=list(links),
                    scan=scan,
                    build=fn,
                    due_within=due_within,
                    source=source,
                )
            )
            return fn

        return deco

    def alias(self, file, of):
        """An exact duplicate of an already registered document under another name."""
        src = next(d for d in self.docs if d["file"] == of)
        d = dict(src)
        d["file"] = file
        d["alias_of"] = of
        self.docs.append(d)


# ----------------------------------------------------------------------------
# scanning pipeline: render -> degrade -> image-only PDF
# ----------------------------------------------------------------------------


def noise_layer(size, r, amp):
    w, h = size
    n = Image.frombytes("L", (w, h), r.randbytes(w * h))
    return n.point(lambda v: v * amp // 255)


def center_crop(img, size, fill):
    w, h = size
    w0, h0 = img.size
    if w0 >= w and h0 >= h:
        left, top = (w0 - w) // 2, (h0 - h) // 2
        return img.crop((left, top, left + w, top + h))
    bg = Image.new(img.mode, size, fill)
    bg.paste(img, ((w - w0) // 2, (h - h0) // 2))
    return bg


def soft_light(size, r, low):
    g = Image.linear_gradient("L").resize((512, 512), Image.BILINEAR)
    g = g.rotate(r.uniform(0, 360), resample=Image.BICUBIC, fillcolor=128).crop(
        (128, 128, 384, 384)
    )
    g = g.point(lambda v: low + v * (255 - low) // 255)
    return g.resize(size, Image.BICUBIC)


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points to input points."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8
    m = [[*row[:], bv] for row, bv in zip(rows, rhs, strict=True)]
    for col in range(n):
        piv = max(range(col, n), key=lambda i: abs(m[i][col]))
        m[col], m[piv] = m[piv], m[col]
        for i in range(n):
            if i != col:
                f = m[i][col] / m[col][col]
                for k in range(col, n + 1):
                    m[i][k] -= f * m[col][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def degrade(img, style, r):
    """Return (PIL image, format) imitating a flatbed scanner, a fax or a phone photo."""
    img = img.convert("L")
    size = img.size
    if style == "fax":
        angle = r.choice([-1, 1]) * r.uniform(0.25, 0.7)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
        img = center_crop(img, size, 255)
        img = ImageChops.add(img, noise_layer(img.size, r, 90), 1.0, -45)
        img = img.point(lambda v: 255 if v > 140 else 0)
        d = ImageDraw.Draw(img)
        for _ in range(140):
            x, y = r.randrange(img.size[0]), r.randrange(img.size[1])
            d.point([(x, y), (x + 1, y), (x, y + 1)], fill=0)
        sx = r.randrange(img.size[0] // 5, img.size[0] - 50)
        for y in range(0, img.size[1], 3):
            if r.random() < 0.4:
                d.point((sx, y), fill=0)
        return img.convert("1"), "png"
    if style == "scanner":
        angle = r.choice([-1, 1]) * r.uniform(0.4, 1.4)
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
        img = center_crop(img, size, 250)
        img = ImageEnhance.Contrast(img).enhance(0.9)
        img = ImageChops.add(img, noise_layer(img.size, r, 26), 1.0, -16)
        edge = Image.linear_gradient("L").rotate(90 if r.random() < 0.5 else -90).resize(img.size)
        edge = edge.point(lambda v: 255 if v < 235 else 255 - (v - 235) * 3)
        return ImageChops.multiply(img, edge), "jpeg"
    if style == "phone":
        w, h = size
        pad = int(0.07 * w)
        bg = r.randint(55, 85)
        canvas_ = Image.new("L", (w + 2 * pad, h + 2 * pad), bg)
        canvas_.paste(img, (pad, pad))
        img = canvas_
        w1, h1 = img.size

        def j():
            return r.uniform(-0.035, 0.035)

        src = [
            (w1 * j(), h1 * j()),
            (w1 * (1 + j()), h1 * j()),
            (w1 * (1 + j()), h1 * (1 + j())),
            (w1 * j(), h1 * (1 + j())),
        ]
        dst = [(0, 0), (w1, 0), (w1, h1), (0, h1)]
        img = img.transform(
            (w1, h1), Image.PERSPECTIVE, perspective_coeffs(dst, src), Image.BICUBIC, fillcolor=bg
        )
        angle = r.choice([-1, 1]) * r.uniform(0.8, 2.2)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
        img = ImageChops.multiply(img, soft_light(img.size, r, 170))
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        img = ImageChops.add(img, noise_layer(img.size, r, 30), 1.0, -15)
        return img, "jpeg"
    raise ValueError(style)


PRODUCERS = {
    "fax": "FaxCenter 7 image export",
    "scanner": "ScanDesk 3.2 (flatbed)",
    "phone": "QuickScan Mobile 5.1",
}


def scan_pdf(pdf_bytes: bytes, d: dict, tmp: Path) -> bytes:
    key = hashlib.sha1(d["file"].encode()).hexdigest()[:10]
    src = tmp / (key + ".pdf")
    src.write_bytes(pdf_bytes)
    style, dpi = d["scan"]
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(tmp / key)], check=True
    )
    pages = sorted(tmp.glob(key + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    r = rng_for("scan|" + d["file"])
    blobs = []
    for p in pages:
        with Image.open(p) as im:
            out, fmt = degrade(im, style, r)
        buf = io.BytesIO()
        if fmt == "jpeg":
            out.save(buf, "JPEG", quality=r.choice([50, 55, 60]), dpi=(dpi, dpi))
        else:
            out.save(buf, "PNG", dpi=(dpi, dpi), optimize=True)
        blobs.append(buf.getvalue())
        p.unlink()
    base_day = D(2026, 6, 30) if d["document_date"] is None else D.fromisoformat(d["document_date"])
    base = dt.datetime.combine(max(base_day, D(2025, 1, 1)), dt.time(9, 0), tzinfo=dt.UTC)
    stamp = base + dt.timedelta(days=r.randint(0, 3), minutes=r.randint(0, 600))
    return img2pdf.convert(
        blobs,
        engine=img2pdf.Engine.internal,
        creationdate=stamp,
        moddate=stamp,
        producer=PRODUCERS[style],
        creator=PRODUCERS[style],
    )
