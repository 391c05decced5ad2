"""A picture kept as it is, as a PDF of its pages: the import's plain picture converter.

Drawn with QtGui (which lives above the services), so a QGuiApplication must exist (the
window has one; the command line makes one; tests use the ``qapp`` fixture). It may run
on a background thread and touches no widget. HEIC pictures (the iPhone's default) are
decoded with pillow-heif, as Qt has no HEIC reader.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, QUuid
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from organizer.core.import_words import DAMAGED_PICTURE
from organizer.services.heif_pictures import is_heif
from organizer.services.imports import Damaged, _picture_id

# Pages of pictures without a believable resolution are fitted onto a Letter page.
LETTER_INCHES = (8.5, 11.0)
MAX_PAGE_INCHES = 17.0
MIN_DPI, MAX_DPI = 50.0, 2400.0
PDF_RESOLUTION = 1200
CREATOR = "Infusion Coverage Organizer"


def pdf_writer(data: QByteArray, title: str) -> tuple[QBuffer, QPdfWriter]:
    """A PDF writer into ``data`` (in memory), titled, with the app as its creator.

    Close the buffer once the writer is done (its painter ended, or the writer deleted).
    """
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return buffer, writer


def heif_images(source: Path) -> list[QImage]:
    """Every image of a HEIC file as a detached QImage; empty when it can't be decoded."""
    from PIL import Image, ImageOps, ImageSequence
    from pillow_heif import register_heif_opener

    register_heif_opener()
    images: list[QImage] = []
    try:
        with Image.open(source) as picture:
            for frame in ImageSequence.Iterator(picture):
                rgb = ImageOps.exif_transpose(frame).convert("RGB")
                data = rgb.tobytes()
                width, height = rgb.size
                image = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888)
                images.append(image.copy())
    except Exception:  # noqa: BLE001 - any decoder failure: a damaged picture
        return []
    return images


def picture_to_pdf(source: Path, *, title: str, picture_sha256: str) -> bytes:
    """A PDF with one page per frame of the picture (TIFFs can hold several).

    Each page has the picture's own size when its resolution is believable; otherwise (a
    phone photo at 72 dpi would be a poster) it is fitted onto a Letter page. Raises
    ``Damaged`` when the picture can't be decoded.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("picture_to_pdf needs a QGuiApplication")
    with source.open("rb") as handle:
        heif = heif_images(source) if is_heif(handle.read(32)) else None
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)  # phone photos are stored sideways with a turn marker
    reader.imageCount()  # reads the TIFF directory, so that moving to the next page works
    data = QByteArray()
    buffer, writer = pdf_writer(data, title)
    writer.setDocumentId(QUuid(_picture_id(picture_sha256)))
    writer.setResolution(PDF_RESOLUTION)
    painter: QPainter | None = None
    pages = 0
    try:
        while True:
            image = (heif.pop(0) if heif else QImage()) if heif is not None else reader.read()
            if image.isNull():
                break
            width_in, height_in = page_inches(image.width(), image.height(), image.dotsPerMeterX())
            size = QSizeF(width_in, height_in)
            exact = QPageSize.SizeMatchPolicy.ExactMatch
            page = QPageSize(size, QPageSize.Unit.Inch, "", exact)
            portrait = QPageLayout.Orientation.Portrait
            writer.setPageLayout(QPageLayout(page, portrait, QMarginsF(0, 0, 0, 0)))
            if painter is None:
                painter = QPainter(writer)
            else:
                writer.newPage()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            target = QRectF(0, 0, width_in * PDF_RESOLUTION, height_in * PDF_RESOLUTION)
            painter.drawImage(target, image)
            pages += 1
            if heif is None and not reader.jumpToNextImage():
                break
    finally:
        if painter is not None:
            painter.end()
    buffer.close()
    if pages == 0:
        raise Damaged(DAMAGED_PICTURE)
    return bytes(data.data())


def page_inches(width_px: int, height_px: int, dots_per_meter: int) -> tuple[float, float]:
    """The page size for a picture: its own size at its resolution, or fitted to Letter."""
    dpi = dots_per_meter * 0.0254
    if MIN_DPI <= dpi <= MAX_DPI:
        width_in, height_in = width_px / dpi, height_px / dpi
        if max(width_in, height_in) <= MAX_PAGE_INCHES:
            return width_in, height_in
    short, long = LETTER_INCHES
    box_w, box_h = (short, long) if height_px >= width_px else (long, short)
    scale = min(box_w / width_px, box_h / height_px)
    return width_px * scale, height_px * scale
