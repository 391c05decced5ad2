"""A picture's corrected, searchable PDF, made inside a reader process.

Each page is the photo found, flattened, turned upright and evened out, with Tesseract's
invisible text layer over it. The reader worker runs this (op ``photo_pdf``); the window
asks for it through ``photo_pdf.corrected_pdf_in_reader``.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import time
from pathlib import Path

from organizer.jobs import photo
from organizer.jobs.ocr import SCRATCH_PREFIX, scratch_root, tesseract_command
from organizer.services.imports import _picture_id

LETTER_INCHES = (8.5, 11.0)
PAGE_SECONDS = 90.0
CREATOR = "Infusion Coverage Organizer"


def _searchable_page(image: photo.Gray, scratch: Path, timeout: float) -> bytes:
    """One PDF page: the corrected picture with Tesseract's invisible text over it."""
    height, width = image.shape
    short, long = LETTER_INCHES
    box_w, box_h = (short, long) if height >= width else (long, short)
    dpi = max(72, round(max(width / box_w, height / box_h)))
    picture = scratch / "page.png"
    photo.write_png(picture, image)
    command = tesseract_command()
    if command is None:
        raise FileNotFoundError("tesseract")
    base = scratch / "page"
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    args = [command, str(picture), str(base), "--dpi", str(dpi), "-l", "eng", "--psm", "3"]
    subprocess.run([*args, "pdf"], env=env, check=True, timeout=timeout, capture_output=True)
    return (scratch / "page.pdf").read_bytes()


def corrected_pdf(source: Path, *, title: str, picture_sha256: str) -> bytes:
    """The PDF to keep for a picture: one corrected, searchable page per image."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    from organizer.jobs.photo_read import read_picture

    frames = photo.load_frames(source)
    if not frames:
        raise ValueError("This picture can't be opened; it may be damaged.")
    writer = PdfWriter()
    # The picture id goes first in the file, where the import looks for it (imports.py).
    xmp = DecodedStreamObject()
    xmp.set_data(
        (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
            'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" '
            f'xmpMM:DocumentID="uuid:{_picture_id(picture_sha256)}"/>'
            '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
        ).encode("ascii")
    )
    xmp.update({NameObject("/Type"): NameObject("/Metadata")})
    xmp.update({NameObject("/Subtype"): NameObject("/XML")})
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    prefix = f"{SCRATCH_PREFIX}{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=scratch_root()) as folder:
        scratch = Path(folder)
        for frame in frames:
            reading = read_picture(
                frame, scratch, PAGE_SECONDS, deadline=time.monotonic() + PAGE_SECONDS
            )
            image = reading.image if reading.image is not None else frame
            page_pdf = _searchable_page(image, scratch, PAGE_SECONDS)
            for page in PdfReader(io.BytesIO(page_pdf)).pages:
                writer.add_page(page)
    writer.add_metadata({"/Title": title, "/Creator": CREATOR, "/Producer": CREATOR})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
