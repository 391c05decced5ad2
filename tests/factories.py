"""Builders for real test documents: text PDFs, image-only PDFs, scans and images.

Used by the test suite and by benchmark scripts. Text PDFs are written with pypdf only;
functions that rasterise text or encode PNG/JPEG need PySide6.QtGui (a QGuiApplication is
created on demand, preferring the offscreen platform).
"""

from __future__ import annotations

import os
import random
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pypdf import PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    RectangleObject,
    StreamObject,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

GrayImage = tuple[int, int, bytes]
"""An 8-bit grayscale image: (width, height, raw row-major bytes, one byte per pixel)."""

LETTER_WIDTH_PT = 612.0
LETTER_HEIGHT_PT = 792.0
_FONT_SIZE_PT = 11
_LEADING_PT = 14
_MARGIN_PT = 72


def _add_object(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    """Register ``obj`` as an indirect object of ``writer`` (streams must be indirect)."""
    return writer._add_object(obj)


def _helvetica() -> DictionaryObject:
    """A standard-14 Type1 Helvetica font dictionary (no embedding needed)."""
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def pdf_string_literal(text: str) -> bytes:
    """Encode ``text`` as a PDF literal string ``(...)`` in WinAnsi, escaping ( ) and \\."""
    raw = text.encode("cp1252", errors="replace")
    out = bytearray(b"(")
    for byte in raw:
        if byte in (0x28, 0x29, 0x5C):  # ( ) \
            out += b"\\" + bytes([byte])
        elif byte < 0x20 or byte == 0x7F:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    out += b")"
    return bytes(out)


def _text_content(lines: Sequence[str], *, top: float = LETTER_HEIGHT_PT - _MARGIN_PT) -> bytes:
    """Content stream drawing ``lines`` top-down, one text line per ``Tj``."""
    if not lines:
        return b""
    parts = [b"BT\n/F1 %d Tf\n%d %d Td\n" % (_FONT_SIZE_PT, _MARGIN_PT, int(top))]
    for index, line in enumerate(lines):
        if index:
            parts.append(b"0 -%d Td\n" % _LEADING_PT)
        parts.append(pdf_string_literal(line) + b" Tj\n")
    parts.append(b"ET\n")
    return b"".join(parts)


def _add_text_page(writer: PdfWriter, font_ref: IndirectObject, content: bytes) -> None:
    """Append a Letter page using font /F1 with the given raw content stream."""
    page = writer.add_blank_page(width=LETTER_WIDTH_PT, height=LETTER_HEIGHT_PT)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
    )
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = _add_object(writer, stream)


def _finish(
    writer: PdfWriter,
    path: Path,
    *,
    title: str | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> Path:
    """Set metadata, optionally encrypt, and write ``writer`` to ``path``."""
    metadata = {"/Producer": "tests.factories"}
    if title is not None:
        metadata["/Title"] = title
    writer.add_metadata(metadata)
    if user_password is not None or owner_password is not None:
        writer.encrypt(user_password or "", owner_password, algorithm="AES-256")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_text_pdf(
    path: Path,
    pages: Sequence[str],
    *,
    title: str | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> Path:
    """Write a Letter-size PDF with one page per string (Helvetica, one line per text line).

    A password (even ``user_password=""``) encrypts the file with AES-256; the empty user
    password means it opens without asking but ``PdfReader.is_encrypted`` is still true.
    """
    writer = PdfWriter()
    font_ref = _add_object(writer, _helvetica())
    for page_text in pages:
        _add_text_page(writer, font_ref, _text_content(page_text.splitlines()))
    return _finish(
        writer, path, title=title, user_password=user_password, owner_password=owner_password
    )


def write_image_pdf(path: Path, images: Sequence[GrayImage], dpi: int = 200) -> Path:
    """Write an image-only PDF (no text layer): one 8-bit gray FlateDecode image per page."""
    writer = PdfWriter()
    for width, height, data in images:
        if len(data) != width * height:
            raise ValueError(f"expected {width * height} bytes for {width}x{height}")
        page_w = width * 72.0 / dpi
        page_h = height * 72.0 / dpi
        page = writer.add_blank_page(width=page_w, height=page_h)
        image = DecodedStreamObject()
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(width),
                NameObject("/Height"): NumberObject(height),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
            }
        )
        image.set_data(data)
        encoded: StreamObject = image.flate_encode(level=9)
        image_ref = _add_object(writer, encoded)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): image_ref})}
        )
        content = DecodedStreamObject()
        content.set_data(b"q\n%.4f 0 0 %.4f 0 0 cm\n/Im0 Do\nQ\n" % (page_w, page_h))
        page[NameObject("/Contents")] = _add_object(writer, content)
        page[NameObject("/MediaBox")] = RectangleObject(
            [FloatObject(0), FloatObject(0), FloatObject(page_w), FloatObject(page_h)]
        )
    return _finish(writer, path)


_APPS: list[object] = []  # keeps an application created here alive


def _ensure_gui_app() -> None:
    """Create a QGuiApplication (offscreen unless told otherwise) if none exists."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APPS.append(QGuiApplication([]))


def qimage_to_gray(image: QImage) -> GrayImage:
    """Convert any QImage to a tightly packed 8-bit grayscale tuple."""
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    buffer = bytes(gray.constBits())
    if stride == width:
        return width, height, buffer[: width * height]
    rows = (buffer[y * stride : y * stride + width] for y in range(height))
    return width, height, b"".join(rows)


def gray_to_qimage(image: GrayImage) -> QImage:
    """Build a detached QImage (Format_Grayscale8) from a grayscale tuple."""
    from PySide6.QtGui import QImage

    _ensure_gui_app()
    width, height, data = image
    if len(data) != width * height:
        raise ValueError(f"expected {width * height} bytes for {width}x{height}")
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def render_text_image(
    lines: Sequence[str],
    *,
    width_px: int = 1700,
    height_px: int = 2200,
    font_pt: float = 14.0,
    dpi: int = 200,
    family: str = "DejaVu Sans",
) -> GrayImage:
    """Render black text lines on a white page (default: Letter at 200 dpi) for OCR tests."""
    _ensure_gui_app()
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width_px, height_px, QImage.Format.Format_Grayscale8)
    image.fill(QColor(255, 255, 255))
    font = QFont(family)
    font.setPixelSize(max(1, round(font_pt * dpi / 72.0)))
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0))
        metrics = painter.fontMetrics()
        margin = round(dpi * 0.75)
        baseline = margin + metrics.ascent()
        step = round(metrics.height() * 1.5)
        for line in lines:
            painter.drawText(QPoint(margin, baseline), line)
            baseline += step
    finally:
        painter.end()
    return qimage_to_gray(image)


def write_scanned_pdf(path: Path, lines: Sequence[str], *, dpi: int = 200) -> Path:
    """Write a one-page image-only 'scan' of ``lines`` (no text layer)."""
    image = render_text_image(lines, width_px=int(8.5 * dpi), height_px=11 * dpi, dpi=dpi)
    return write_image_pdf(path, [image], dpi=dpi)


def _write_qimage(path: Path, image: GrayImage, fmt: bytes, quality: int = -1) -> Path:
    """Encode ``image`` with QImageWriter in format ``fmt``."""
    from PySide6.QtGui import QImageWriter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt)
    if quality >= 0:
        writer.setQuality(quality)
    if not writer.write(gray_to_qimage(image)):
        raise OSError(f"could not write {path}: {writer.errorString()}")
    return path


def write_png(path: Path, image: GrayImage) -> Path:
    """Write a grayscale PNG."""
    return _write_qimage(path, image, b"png")


def write_jpeg(path: Path, image: GrayImage, quality: int = 90) -> Path:
    """Write a grayscale JPEG."""
    return _write_qimage(path, image, b"jpeg", quality)


def tiff_bytes(images: Sequence[GrayImage], dpi: int = 200) -> bytes:
    """Encode a baseline little-endian TIFF, one uncompressed 8-bit gray page per image.

    Qt's TIFF writer only writes a single page, so multi-page files are assembled here.
    """
    if not images:
        raise ValueError("a TIFF needs at least one image")
    out = bytearray(b"II*\x00\x00\x00\x00\x00")  # header; first IFD offset patched below
    link_at = 4  # where the offset of the next IFD has to be written
    total = len(images)
    for page_no, (width, height, data) in enumerate(images):
        if len(data) != width * height:
            raise ValueError(f"expected {width * height} bytes for {width}x{height}")
        rows_per_strip = max(1, 8192 // max(1, width))
        strip_offsets: list[int] = []
        strip_counts: list[int] = []
        for top in range(0, height, rows_per_strip):
            chunk = data[top * width : min(height, top + rows_per_strip) * width]
            strip_offsets.append(len(out))
            strip_counts.append(len(chunk))
            out += chunk
        if len(out) % 2:
            out += b"\x00"
        resolution_at = len(out)
        out += struct.pack("<IIII", dpi, 1, dpi, 1)
        offsets_at = len(out)
        out += struct.pack(f"<{len(strip_offsets)}I", *strip_offsets)
        counts_at = len(out)
        out += struct.pack(f"<{len(strip_counts)}I", *strip_counts)
        n_strips = len(strip_offsets)
        # (tag, type, count, value-or-offset); types: 3 SHORT, 4 LONG, 5 RATIONAL.
        entries: list[tuple[int, int, int, int]] = [
            (254, 4, 1, 2 if total > 1 else 0),  # NewSubfileType: page of multi-page
            (256, 4, 1, width),
            (257, 4, 1, height),
            (258, 3, 1, 8),  # BitsPerSample
            (259, 3, 1, 1),  # Compression: none
            (262, 3, 1, 1),  # Photometric: BlackIsZero
            (273, 4, n_strips, strip_offsets[0] if n_strips == 1 else offsets_at),
            (277, 3, 1, 1),  # SamplesPerPixel
            (278, 4, 1, rows_per_strip),
            (279, 4, n_strips, strip_counts[0] if n_strips == 1 else counts_at),
            (282, 5, 1, resolution_at),
            (283, 5, 1, resolution_at + 8),
            (296, 3, 1, 2),  # ResolutionUnit: inch
            (297, 3, 2, page_no | (total << 16)),  # PageNumber: two SHORTs
        ]
        ifd_at = len(out)
        struct.pack_into("<I", out, link_at, ifd_at)
        out += struct.pack("<H", len(entries))
        for tag, kind, count, value in entries:
            if kind == 3 and count == 1:
                out += struct.pack("<HHIHH", tag, kind, count, value, 0)
            else:
                out += struct.pack("<HHII", tag, kind, count, value)
        link_at = len(out)
        out += b"\x00\x00\x00\x00"  # next IFD offset (0 = last)
    return bytes(out)


def write_tiff(path: Path, images: Sequence[GrayImage], dpi: int = 200) -> Path:
    """Write a (multi-page) uncompressed grayscale TIFF readable by Qt and tesseract."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(tiff_bytes(images, dpi=dpi))
    return path


def write_huge_content_stream_pdf(path: Path, megabytes: int) -> Path:
    """Write a valid one-page PDF whose (uncompressed) content stream is ~``megabytes`` MiB."""
    target = max(1, megabytes) * 1024 * 1024
    lines_per_page = 48
    chunks: list[bytes] = [b"BT\n/F1 %d Tf\n" % _FONT_SIZE_PT]
    size = len(chunks[0])
    index = 0
    while size < target:
        y = int(LETTER_HEIGHT_PT - _MARGIN_PT) - (index % lines_per_page) * _LEADING_PT
        op = (
            b"1 0 0 1 %d %d Tm " % (_MARGIN_PT, y)
            + pdf_string_literal(f"Filler line {index:08d} of a very large content stream")
            + b" Tj\n"
        )
        chunks.append(op)
        size += len(op)
        index += 1
    chunks.append(b"ET\n")
    writer = PdfWriter()
    font_ref = _add_object(writer, _helvetica())
    _add_text_page(writer, font_ref, b"".join(chunks))
    return _finish(writer, path, title="Huge content stream")


def write_truncated_pdf(path: Path, source: Path, keep_fraction: float) -> Path:
    """Write the first ``keep_fraction`` (0..1) of ``source``'s bytes to ``path``."""
    if not 0.0 <= keep_fraction <= 1.0:
        raise ValueError("keep_fraction must be between 0 and 1")
    data = Path(source).read_bytes()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data[: int(len(data) * keep_fraction)])
    return path


def write_random_bytes(path: Path, n: int, seed: int) -> Path:
    """Write ``n`` deterministic pseudo-random bytes (seeded) to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(random.Random(seed).randbytes(n))
    return path


__all__ = [
    "GrayImage",
    "gray_to_qimage",
    "pdf_string_literal",
    "qimage_to_gray",
    "render_text_image",
    "tiff_bytes",
    "write_huge_content_stream_pdf",
    "write_image_pdf",
    "write_jpeg",
    "write_png",
    "write_random_bytes",
    "write_scanned_pdf",
    "write_text_pdf",
    "write_tiff",
    "write_truncated_pdf",
]
