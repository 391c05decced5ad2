"""HEIC/HEIF pictures (the iPhone's default) decoded for the import's PDF conversion.

Qt has no HEIC reader; pillow-heif decodes every image of the file (a burst or a
multi-page capture keeps all of them), each turned by its EXIF orientation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

# AVIF shares the container but is not what phones send for letters; it stays refused.
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def is_heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS


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
