"""HEIC/HEIF pictures (the iPhone's default): knowing one by its first bytes.

Decoding them for the PDF is drawing work, done above the services
(``jobs/picture_pdf.heif_images``, with pillow-heif, as Qt has no HEIC reader).
"""

from __future__ import annotations

# AVIF shares the container but is not what phones send for letters; it stays refused.
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def is_heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS
