"""OCR with Tesseract, one thread per call, at low priority, with a per-page time limit.

Page images come from what the app already has: QtPdf renders PDF pages, and QImageReader
reads picture files (every page of a multi-page TIFF).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from organizer.jobs.ocr_language import second_reading

OCR_DPI = 300
MAX_SIDE_PX = 5000
INSTALL_HINT = (
    "Scanned pages can't be read because Tesseract (the free text-recognition program) is "
    "not installed. On Debian or Ubuntu: sudo apt install tesseract-ocr. On macOS: "
    "brew install tesseract. On Windows: install it from the UB Mannheim Tesseract page."
)


# The Tesseract processes this process started and that are still running.
RUNNING: set[subprocess.Popen[bytes]] = set()
SCRATCH_PREFIX = "organizer-ocr-"
_SCRATCH_NAME = re.compile(r"^organizer-ocr-(?:(?P<pid>\d+)-)?[A-Za-z0-9_]+$")
# Folders of earlier versions carry no process id: removed once they are this old.
STALE_SCRATCH_SECONDS = 3600


def scratch_root() -> Path:
    """Where page pictures go: $TMPDIR when it is a folder, else the system's temporary one."""
    chosen = os.environ.get("TMPDIR")
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    return Path(tempfile.gettempdir())


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def remove_scratch(pids: set[int] | None = None) -> int:
    """Remove page-picture folders left behind: those of ``pids``, or all stale ones.

    A folder is stale when the process that made it is gone (or, for folders of earlier
    versions, when it is old). Only our own folders are touched. Returns how many.
    """
    removed = 0
    root = scratch_root()
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        match = _SCRATCH_NAME.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not entry.is_dir(follow_symlinks=False) or (uid is not None and info.st_uid != uid):
                continue
        except OSError:
            continue
        pid = int(match["pid"]) if match["pid"] else None
        if pids is not None:
            wanted = pid in pids
        elif pid is not None:
            wanted = pid != os.getpid() and not _pid_alive(pid)
        else:
            wanted = time.time() - info.st_mtime > STALE_SCRATCH_SECONDS
        if wanted:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed


def _write_private(path: Path, data: bytes) -> None:
    """Page pictures show the patient's name: readable by the user only (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)


def _png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    buffer.close()
    return bytes(data.data())


def tesseract_command() -> str | None:
    """The tesseract program, or None where it is not installed."""
    override = os.environ.get("ORGANIZER_TESSERACT")
    if override is not None:
        return override if override and shutil.which(override) else None
    return shutil.which("tesseract")


@dataclass(slots=True)
class OcrPage:
    number: int
    text: str
    error: str | None = None


def _quiet_qt(*_args: object) -> None:
    """Qt's complaints about a damaged picture: the page's state already says it."""


def _ensure_gui_app() -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        qInstallMessageHandler(_quiet_qt)  # only in reader processes, never in the window
        QGuiApplication(["organizer-ocr"])


def run_tesseract(image_path: Path, timeout: float, dpi: int = OCR_DPI) -> str:
    """The page's text; a page in Spanish is read again with Spanish data (ocr_language)."""
    command = tesseract_command()
    if command is None:
        raise FileNotFoundError("tesseract")
    text = _tesseract(command, image_path, timeout, dpi, "eng")
    languages = second_reading(command, text)
    return text if languages is None else _tesseract(command, image_path, timeout, dpi, languages)


def _tesseract(command: str, image_path: Path, timeout: float, dpi: int, languages: str) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    process = subprocess.Popen(
        [command, str(image_path), "stdout", "--dpi", str(dpi), "-l", languages, "--psm", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    RUNNING.add(process)
    with contextlib.suppress(OSError, AttributeError):  # lower priority where the OS allows
        os.setpriority(os.PRIO_PROCESS, process.pid, 10)
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        process.communicate()
        raise
    finally:
        RUNNING.discard(process)
    return out.decode("utf-8", errors="replace")


def stop_running() -> None:
    """Stop the Tesseract of this process (the reader is being stopped)."""
    for process in list(RUNNING):
        _kill(process)


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        process.kill()


def embedded_scan(path: str, number: int, password: str | None) -> tuple[bytes, int] | None:
    """The JPEG a scanner put on a page, with its resolution, when the page is just that.

    Reading the scanner's own picture is faster than drawing the page again at a higher
    resolution, and it is the best picture there is. Anything else returns None.
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(password or ""):
            return None
        page = reader.pages[number]
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        if xobjects is None:
            return None
        xobjects = xobjects.get_object()
        if len(xobjects) != 1:
            return None
        image = next(iter(xobjects.values())).get_object()
        filters = image.get("/Filter")
        names = filters if isinstance(filters, list) else [filters]
        if image.get("/Subtype") != "/Image" or [str(n) for n in names] != ["/DCTDecode"]:
            return None
        width_pt = float(page.mediabox.width)
        pixels = int(image.get("/Width", 0))
        if width_pt <= 0 or pixels <= 0:
            return None
        dpi = round(pixels / (width_pt / 72))
        if not 100 <= dpi <= 600:
            return None
        data = image.get_data()  # DCTDecode data is the JPEG file itself
        return (data, dpi) if data[:3] == b"\xff\xd8\xff" else None
    except Exception:  # noqa: BLE001 - anything unusual: draw the page instead
        return None


def ocr_pdf_pages(
    path: str,
    pages: list[int],
    *,
    page_timeout: float,
    password: str | None = None,
    budget: float | None = None,
) -> list[OcrPage]:
    """Render each page of a PDF to a picture and read it with Tesseract.

    Stops early, with the pages read so far, once ``budget`` seconds are spent. Pictures
    are written 0600 in a folder of this process under $TMPDIR, removed afterwards (and,
    if this process is killed, by the next start or by the process that killed it).
    Picture files go through ``page_ocr.ocr_pages`` (corrected first, ``photo_pages``).
    """
    _ensure_gui_app()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    results: list[OcrPage] = []
    deadline = None if budget is None else time.monotonic() + budget
    prefix = f"{SCRATCH_PREFIX}{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=scratch_root()) as scratch:
        picture = Path(scratch) / "page.png"
        document = QPdfDocument()
        if password:
            document.setPassword(password)
        document.load(path)
        for number in pages:
            if deadline is not None and time.monotonic() > deadline:
                break
            limit = page_timeout
            if deadline is not None:
                limit = max(1.0, min(page_timeout, deadline - time.monotonic()))
            dpi = OCR_DPI
            scan = embedded_scan(path, number, password)
            if scan is not None:
                picture_jpeg = Path(scratch) / "page.jpg"
                _write_private(picture_jpeg, scan[0])
                try:
                    text = run_tesseract(picture_jpeg, limit, scan[1])
                except subprocess.TimeoutExpired:
                    results.append(OcrPage(number, "", "reading this page took too long"))
                    continue
                results.append(OcrPage(number, text))
                continue
            points = document.pagePointSize(number)
            scale = OCR_DPI / 72
            width, height = int(points.width() * scale), int(points.height() * scale)
            if max(width, height) > MAX_SIDE_PX:
                shrink = MAX_SIDE_PX / max(width, height)
                width, height = int(width * shrink), int(height * shrink)
                dpi = int(OCR_DPI * shrink)
            image = document.render(number, QSize(max(width, 1), max(height, 1)))
            if image.isNull():
                results.append(OcrPage(number, "", "page could not be drawn"))
                continue
            image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            _write_private(picture, _png_bytes(image))
            try:
                text = run_tesseract(picture, limit, dpi)
            except subprocess.TimeoutExpired:
                results.append(OcrPage(number, "", "reading this page took too long"))
                continue
            results.append(OcrPage(number, text))
        document.close()
    return results
