"""The pieces of reading one file: what kind it is, a picture's size and pages, a PDF's
text layer. Used by ``read_file`` and by ``read_mail`` (for attachments), inside reader
worker processes, never on the GUI thread.
"""

from __future__ import annotations

import io
import logging
import struct
import warnings
from typing import Any

from organizer.core import read_words as said
from organizer.core.reading import ReadResult
from organizer.core.types import DocumentStatus, TextSource
from organizer.jobs.checkboxes import BoxCollector, draws_small_boxes, mark_boxes

PDF_MAGIC = b"%PDF-"
JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
TIFF_MAGICS = (b"II*\x00", b"MM\x00*")
# HEIC/HEIF pictures (iPhone photos): an ISO box "ftyp" with one of these brands.
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
# Bigger pictures can't be drawn for reading (Qt refuses them, and so should we).
MAX_PICTURE_PIXELS = 60_000_000
DAMAGED_PICTURE = said.DAMAGED_PICTURE


def quiet_libraries() -> None:
    """pypdf complains loudly about damaged files; the result already says what happened."""
    warnings.simplefilter("ignore")
    for name in ("pypdf", "extract_msg", "olefile", "RTFDE"):  # they may quote a message
        logging.getLogger(name).setLevel(logging.CRITICAL)


def sniff(head: bytes) -> str:
    """'pdf', 'image' or 'unknown', by the file's signature rather than its name."""
    if PDF_MAGIC in head[:1024]:
        return "pdf"
    if head.startswith((JPEG_MAGIC, PNG_MAGIC, *TIFF_MAGICS)) or is_heif(head):
        return "image"
    return "unknown"


def is_heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS


def heif_image_count(data: bytes) -> int:
    """How many pictures a HEIC file holds (every one is a page). At least 1."""
    try:
        from pillow_heif import open_heif

        return max(1, len(open_heif(io.BytesIO(data))))
    except Exception:  # noqa: BLE001 - a damaged file: the page reading says so
        return 1


def tiff_page_count(data: bytes) -> int:
    """Count the pages (IFDs) of a TIFF without decoding it. At least 1."""
    try:
        order = "<" if data[:2] == b"II" else ">"
        (offset,) = struct.unpack_from(order + "I", data, 4)
        count, seen = 0, set()
        while offset and offset not in seen and offset + 2 <= len(data) and count < 10_000:
            seen.add(offset)
            (entries,) = struct.unpack_from(order + "H", data, offset)
            count += 1
            next_at = offset + 2 + entries * 12
            if next_at + 4 > len(data):
                break
            (offset,) = struct.unpack_from(order + "I", data, next_at)
        return max(count, 1)
    except struct.error:
        return 1


def picture_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, None when the header is not whole.

    TIFFs are not looked into here; the page drawing catches a damaged one.
    """
    if data.startswith(PNG_MAGIC):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack_from(">II", data, 16)
        return width, height
    if data.startswith(JPEG_MAGIC):
        at = 2
        while at + 4 <= len(data):
            if data[at] != 0xFF:
                return None
            marker = data[at + 1]
            if marker == 0xFF:
                at += 1
                continue
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                at += 2
                continue
            (length,) = struct.unpack_from(">H", data, at + 2)
            is_frame = 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC)
            if is_frame:
                if at + 9 > len(data):
                    return None
                height, width = struct.unpack_from(">HH", data, at + 5)
                return width, height
            if marker == 0xDA or length < 2:
                return None
            at += 2 + length
        return None
    return (1, 1)


def picture_problem(data: bytes) -> str | None:
    """Why a picture file can't be read at all, judged from its header; None if it may."""
    size = picture_size(data)
    if size is None or 0 in size:
        return DAMAGED_PICTURE
    width, height = size
    if width * height > MAX_PICTURE_PIXELS:
        return said.PICTURE_TOO_LARGE.format(width, height)
    return None


def short_reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def page_has_images(page: Any) -> bool:
    """Whether a page draws any image: an image XObject, a form, or an inline image."""
    try:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is not None and len(xobjects.get_object()) > 0:
            return True
        contents = page.get_contents()
        return contents is not None and b"BI" in contents.get_data()
    except Exception:  # noqa: BLE001 - a damaged resource dictionary: can't tell
        return True


def read_pdf(data: bytes, result: ReadResult, password: str | None) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            unlocked = False
            for attempt in ("", password) if password else ("",):
                try:
                    unlocked = bool(reader.decrypt(attempt or ""))
                except (FileNotDecryptedError, NotImplementedError, ValueError):
                    unlocked = False
                if unlocked:
                    break
            if not unlocked:
                result.status = DocumentStatus.PASSWORD_PROTECTED
                result.error = said.LOCKED
                return result
        pages = list(reader.pages)
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        logging.getLogger(__name__).info("damaged PDF: %s", short_reason(exc))
        result.status = DocumentStatus.UNREADABLE
        result.error = said.DAMAGED_PDF
        return result

    result.pages = len(pages)
    if not pages:
        result.status = DocumentStatus.EMPTY
        result.error = said.NO_PAGES
        return result
    try:
        meta = reader.metadata
        if meta is not None:
            result.title = str(meta.title) if meta.title else None
            result.author = str(meta.author) if meta.author else None
    except Exception:  # noqa: BLE001 - metadata is optional
        pass

    failures = 0
    for number, page in enumerate(pages):
        try:
            if draws_small_boxes(page):
                boxes = BoxCollector()
                text = page.extract_text(
                    visitor_operand_before=boxes.before, visitor_text=boxes.on_text
                )
                text = mark_boxes(text or "", boxes.marks())
            else:
                text = page.extract_text() or ""
        except Exception:  # noqa: BLE001 - one bad page does not spoil the rest
            text = ""
            failures += 1
        result.page_texts.append(text)
        if not text.strip() and page_has_images(page):
            result.ocr_pages.append(number)
    if failures == len(pages):
        result.status = DocumentStatus.UNREADABLE
        result.error = said.NO_PAGE_READ
        return result
    return finish_text_layer(result)


def finish_text_layer(result: ReadResult) -> ReadResult:
    """Decide the state after the text layer; pages needing OCR keep it pending."""
    if result.ocr_pages:
        result.status = DocumentStatus.PENDING
        return result
    result.status = DocumentStatus.INDEXED
    has_text = any(t.strip() for t in result.page_texts)
    result.text_source = TextSource.TEXT if has_text else TextSource.NONE
    return result
