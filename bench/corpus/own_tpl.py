"""Document layouts shared by the case modules of make_own_corpus.py: letters, forms,
e-mail and portal printouts, fax covers, lab reports, clinical notes and plain pages."""

from __future__ import annotations

from own_lib import (
    HR,
    IN,
    Signature,
    browser_print,
    build_flow,
    bullets,
    chain,
    checklist,
    esc,
    fax_line,
    grid,
    kv,
    ss,
    text_header,
)
from reportlab.platypus import PageBreak, Paragraph, Spacer


def addr(S, lines, style="tight"):
    return Paragraph("<br/>".join(esc(x) for x in lines), S[style])


def para_list(S, paras, style="n"):
    """Paragraph strings; a list item inside becomes bullets, a tuple ("h", text) a heading,
    ("k", rows) a label/value table, ("g", rows, widths) a grid, ("c", items) a checklist."""
    out = []
    for p in paras:
        if isinstance(p, str):
            out.append(Paragraph(esc(p), S[style]))
        elif isinstance(p, list):
            out += bullets(p, S)
        elif p[0] == "h":
            out.append(Paragraph(esc(p[1]), S["h3"]))
        elif p[0] == "k":
            out.append(kv(p[1], box=len(p) > 2 and p[2]))
            out.append(Spacer(1, 6))
        elif p[0] == "g":
            out.append(grid(p[1], [w * IN for w in p[2]]))
            out.append(Spacer(1, 6))
        elif p[0] == "c":
            out.append(checklist(p[1], S))
            out.append(Spacer(1, 4))
        elif p[0] == "s":
            out.append(Paragraph(esc(p[1]), S["s"]))
        elif p[0] == "b":
            out.append(Paragraph(esc(p[1]), S["b"]))
        elif p[0] == "sp":
            out.append(Spacer(1, p[1]))
        elif p[0] == "hr":
            out.append(HR())
        elif p[0] == "pb":
            out.append(PageBreak())
        else:
            raise ValueError(p[0])
    return out


def letter(head, date_text, to_lines, refs, subject, paras, signer, sig_key=None, font="Helvetica",
           size=10, date_first=False, fax=None, cc=(), heading=None, margins=None):  # fmt: skip
    """A business letter under a letterhead.

    head: onPage callback (letterhead).  refs: label/value rows shown after the address.
    date_first: the date stands alone on the first line above a capitalised heading.
    """
    S = ss(font, size)
    story = []
    if heading and date_first:
        story.append(Paragraph(esc(date_text), S["tight"]))
        story.append(Spacer(1, 6))
        story.append(Paragraph(esc(heading), S["h2"]))
    else:
        if heading:
            story.append(Paragraph(esc(heading), S["h2"]))
        if date_text:
            story.append(Paragraph(esc(date_text), S["n"]))
    if to_lines:
        story.append(addr(S, to_lines))
        story.append(Spacer(1, 8))
    if refs:
        story.append(kv(refs, font=font, size=size - 1))
        story.append(Spacer(1, 8))
    if subject:
        story.append(Paragraph(esc(subject), S["b"]))
    story += para_list(S, paras)
    if signer:
        story.append(Spacer(1, 6))
        if sig_key:
            story.append(Signature(sig_key))
        story.append(addr(S, signer))
    if cc:
        story.append(Spacer(1, 8))
        story.append(Paragraph(esc("cc: " + "; ".join(cc)), S["s"]))
    on = chain(head, fax_line(fax) if fax else None)
    return build_flow(story, on, margins=margins or (0.95, 0.95, 1.35, 0.9))


def plain(paras, font="Helvetica", size=10, head=None, title=None, margins=(0.9, 0.9, 0.9, 0.9),
          fax=None):  # fmt: skip
    """A page of paragraphs (forms, notes, unrelated documents)."""
    S = ss(font, size)
    story = []
    if title:
        story.append(Paragraph(esc(title), S["ch"]))
    story += para_list(S, paras)
    return build_flow(story, chain(head, fax_line(fax) if fax else None), margins=margins)


def email(stamp, subject, sender, to, sent, body, cc=None, attach=None, quoted=None, size=10):
    """An e-mail printed from webmail: header block, body, optional quoted/forwarded part."""
    S = ss("Helvetica", size)
    story = [Paragraph(esc(subject), S["h2"]), HR()]
    rows = [["From:", sender], ["To:", to]]
    if cc:
        rows.append(["Cc:", cc])
    rows.append(["Date:", sent])
    if attach:
        rows.append(["Attachments:", attach])
    story.append(kv(rows, widths=(1.0 * IN, 5.6 * IN)))
    story.append(Spacer(1, 10))
    story += para_list(S, body)
    if quoted:
        story.append(Spacer(1, 6))
        story.append(Paragraph("---------- Forwarded message ---------", S["s"]))
        story += para_list(S, quoted, style="s")
    url = "https://mail.inbox.example/mail/u/0/#inbox/" + subject.lower().replace(" ", "-")[:28]
    return build_flow(story, browser_print(stamp, subject, url), margins=(0.8, 0.8, 0.75, 0.75))


def portal(stamp, url, site, title, rows, paras=(), table=None, widths=None):
    """A member or provider portal page printed from a browser."""
    S = ss("Helvetica", 9.5)
    story = [Paragraph(esc(site), S["h1"]), Paragraph(esc(title), S["h2"]), HR()]
    if rows:
        story.append(kv(rows, widths=(2.0 * IN, 4.6 * IN), size=9, box=True))
        story.append(Spacer(1, 8))
    if table:
        story.append(grid(table, [w * IN for w in widths]))
        story.append(Spacer(1, 8))
    story += para_list(S, list(paras))
    return build_flow(story, browser_print(stamp, title, url), margins=(0.7, 0.7, 0.75, 0.75))


def fax_cover(S, org, to_name, to_fax, frm, frm_phone, frm_fax, date_text, pages, re_line, note,
              checks=()):  # fmt: skip
    """Story of a fax cover sheet (first page of a faxed packet)."""
    story = [
        Paragraph(esc(org), S["h1"]),
        Paragraph("FAX", S["ch"]),
        kv(
            [
                ["To:", to_name],
                ["Fax:", to_fax],
                ["From:", frm],
                ["Phone:", frm_phone],
                ["Fax:", frm_fax],
                ["Date:", date_text],
                ["Pages (incl. cover):", str(pages)],
                ["Re:", re_line],
            ],
            widths=(1.6 * IN, 4.9 * IN),
            size=10,
            box=True,
        ),
        Spacer(1, 10),
    ]
    if checks:
        story.append(checklist(list(checks), S))
        story.append(Spacer(1, 8))
    story += para_list(S, note)
    story.append(Spacer(1, 16))
    story.append(
        Paragraph(
            "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you "
            "received it in error, notify the sender by telephone and destroy all copies.",
            S["t"],
        )
    )
    return story


def lab(head, title, meta, rows, widths=(2.4, 0.9, 0.8, 1.3, 1.2), comment=(), font="Courier",
        size=9):  # fmt: skip
    """A laboratory report: patient/specimen block, results table, comments."""
    S = ss(font, size)
    story = [Paragraph(esc(title), S["h2"])]
    story.append(kv(meta, widths=(1.7 * IN, 4.9 * IN), font=font, size=size - 0.5))
    story.append(Spacer(1, 8))
    story.append(grid(rows, [w * IN for w in widths], font=font, size=size - 0.5))
    story.append(Spacer(1, 8))
    story += para_list(S, list(comment), style="s")
    return build_flow(story, head, margins=(0.75, 0.75, 1.15, 0.85))


def note(head, title, meta, sections, signer=None, sig_key=None, font="Helvetica", size=9.5,
         fax=None):  # fmt: skip
    """A clinical note: header table, then headed sections (title, paragraphs)."""
    S = ss(font, size)
    story = [Paragraph(esc(title), S["h2"])]
    if meta:
        story.append(kv(meta, widths=(1.6 * IN, 5.0 * IN), font=font, size=size - 0.5))
        story.append(Spacer(1, 6))
    for heading, paras in sections:
        if heading:
            story.append(Paragraph(esc(heading), S["h3"]))
        story += para_list(S, paras)
    if signer:
        story.append(Spacer(1, 6))
        if sig_key:
            story.append(Signature(sig_key))
        story.append(addr(S, signer))
    on = chain(head, fax_line(fax) if fax else None)
    return build_flow(story, on, margins=(0.85, 0.85, 1.2, 0.85))


def org_head(name, lines, right=(), footer="", font="Helvetica"):
    return text_header([name, *lines], right=right, footer=footer, font=font)
