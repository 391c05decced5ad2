"""``organizer --self-test``: prove a fresh install works, with or without a display.

It copies the demo case into a temporary folder with a temporary database, indexes it,
computes the missing list, writes a status sheet, and, when a display is present, opens
the real window on it in a child process (Qt aborts the whole process when its window
platform can't start, so only a child can report that). It says what it did, and exits 0,
or 1 naming the step that failed. The user's own data is never touched, and the
temporary folder is removed whatever happens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.words import QT_TRANSLATE_NOOP, status_word

STEPS = (
    QT_TRANSLATE_NOOP("cli", "demo copy"),
    QT_TRANSLATE_NOOP("cli", "index"),
    QT_TRANSLATE_NOOP("cli", "missing list"),
    QT_TRANSLATE_NOOP("cli", "status sheet"),
    QT_TRANSLATE_NOOP("cli", "window"),
)
WINDOW_FLAG = "--self-test-window"
WINDOW_TIMEOUT_S = 120
PACKAGES_HINT = QT_TRANSLATE_NOOP(
    "cli",
    "The window could not start. On Debian or Ubuntu, install the system packages listed "
    'in the README (scripts/apt-packages.txt, group "run"), or run ./scripts/demo as root '
    "or with sudo, which installs them.",
)


class StepFailed(RuntimeError):
    """A step failed for a reason already told in plain words (no traceback needed)."""


def display_present() -> bool:
    """True where a window could be shown: always on Windows and macOS."""
    from organizer.gui.launch import needs_offscreen

    return not needs_offscreen()


def window_command() -> list[str]:
    """How to start this same installation again: the frozen bundle, or Python."""
    asked = ["--lang", language()]  # the child says its line in the same language
    if getattr(sys, "frozen", False):
        return [sys.executable, *asked, WINDOW_FLAG]
    return [sys.executable, "-m", "organizer", *asked, WINDOW_FLAG]


def state_count(code: str, count: int) -> str:
    """``7 indexed`` in English, as before; ``leído: 7`` in another language (its word)."""
    if language() == SOURCE_LANGUAGE:
        return f"{count} {code}"
    return f"{status_word(code).lower()}: {count}"


def run_self_test(out: Callable[[str], Any] = print) -> int:
    # The user's choice of window platform is for the window step only; everything else
    # draws offscreen, so a broken window platform can't abort the whole self-test.
    user_platform = os.environ.get("QT_QPA_PLATFORM")
    with_window = display_present() and user_platform not in ("offscreen", "minimal")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from organizer.services.demo import mark_owner, remove_abandoned_copies

    remove_abandoned_copies()
    scratch = Path(tempfile.mkdtemp(prefix="organizer-selftest-"))
    mark_owner(scratch)
    os.environ["ORGANIZER_DATA_DIR"] = str(scratch / "data")  # never the real data folder
    step = STEPS[0]
    started = time.monotonic()
    try:
        from sqlalchemy.engine import URL

        from organizer.jobs.indexer import Indexer, IndexSettings
        from organizer.jobs.ocr import tesseract_command
        from organizer.services import cases, log
        from organizer.services.demo import make_demo_copy
        from organizer.storage.database import open_database

        demo = make_demo_copy(scratch)
        db = open_database(URL.create("sqlite", database=str(demo.db_path)))
        case = cases.create_case(db, demo.folder, demo.profile)
        files = sum(1 for p in demo.folder.rglob("*") if p.is_file())
        out(translate("cli", "ok   demo copy: {0} files in {1}").format(files, demo.folder))

        step = STEPS[1]
        indexer = Indexer(db, case, IndexSettings(ocr=tesseract_command() is not None))
        try:
            summary = indexer.run_once()
        finally:
            indexer.close()
        counts = ", ".join(state_count(code, n) for code, n in summary.counts.items() if n)
        if summary.counts["pending"] or summary.total != files:
            unfinished = translate("cli", "not every file reached a final state: {0}")
            raise StepFailed(unfinished.format(counts))
        ocr_note = (
            ""
            if tesseract_command()
            else translate("cli", " (Tesseract not installed: scans not read)")
        )
        indexed = translate("cli", "ok   index: {0} documents ({1}) in {2} s{3}")
        out(indexed.format(summary.total, counts, f"{summary.seconds:.1f}", ocr_note))

        step = STEPS[2]
        today = datetime.now().astimezone().date()
        missing = log.missing_list(db, case.id, today)
        out(translate("cli", "ok   missing list: %n item(s) still missing", None, len(missing)))

        step = STEPS[3]
        from PySide6.QtGui import QGuiApplication

        from organizer.sheet.data import sheet_data
        from organizer.sheet.render import write_sheet_pdf

        app = QGuiApplication.instance() or QGuiApplication(["organizer-self-test"])
        sheet = scratch / "status-sheet.pdf"
        now = datetime.now().astimezone()
        write_sheet_pdf(sheet_data(db, case, today=today, now=now), sheet, "letter")
        from pypdf import PdfReader

        pages = len(PdfReader(sheet).pages)
        if pages != 1:
            too_long = translate("cli", "the status sheet has {0} pages instead of 1")
            raise StepFailed(too_long.format(pages))
        out(translate("cli", "ok   status sheet: 1 page, {0} bytes").format(sheet.stat().st_size))
        db.dispose()
        del app

        step = STEPS[4]
        if with_window:
            said = check_window(demo.db_path, scratch, user_platform)
            out(translate("cli", "ok   window: {0}").format(said))
        else:
            out(translate("cli", "--   window: no display here, so the window was not opened"))
    except StepFailed as exc:
        failed = translate("cli", "FAILED at step: {0}: {1}")
        out(failed.format(translate("cli", step), exc))
        return 1
    except Exception:  # noqa: BLE001 - the self-test reports any failure by its step
        traceback.print_exc(file=sys.stderr)
        out(translate("cli", "FAILED at step: {0}").format(translate("cli", step)))
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if user_platform is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = user_platform
    passed = translate("cli", "Self-test passed in {0} s.")
    out(passed.format(f"{time.monotonic() - started:.1f}"))
    return 0


def check_window(db_path: Path, scratch: Path, platform: str | None) -> str:
    """Open the real window on the demo case in a child process; say what it reported."""
    env = dict(os.environ, ORGANIZER_DATA_DIR=str(scratch / "window-data"))
    env.pop("QT_QPA_PLATFORM", None)
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform
    try:
        result = subprocess.run(
            [*window_command(), str(db_path)],
            capture_output=True,
            text=True,
            timeout=WINDOW_TIMEOUT_S,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        late = translate("cli", "the window did not open within {0} s")
        raise StepFailed(late.format(WINDOW_TIMEOUT_S)) from None
    said = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not said:
        details = [line for line in result.stderr.splitlines() if line.strip()][-6:]
        how = translate("cli", "exit code {0}").format(result.returncode)
        if result.returncode < 0:
            how = translate("cli", "stopped by signal {0}").format(-result.returncode)
        print("\n".join(details), file=sys.stderr, flush=True)
        if "could not connect to display" in result.stderr:
            display = os.environ.get("DISPLAY", "")
            unreachable = translate("cli", "{0}. The display {1} can't be reached.")
            raise StepFailed(unreachable.format(how, display))
        missing = missing_libraries()
        named = translate("cli", " Missing: {0}.").format(", ".join(missing)) if missing else ""
        raise StepFailed(f"{how}.{named} {translate('cli', PACKAGES_HINT)}")
    return said[-1]


def missing_libraries() -> list[str]:
    """Libraries Qt's X11 platform plugin needs that this system lacks (Linux; via ldd)."""
    ldd = shutil.which("ldd")
    if not sys.platform.startswith("linux") or ldd is None:
        return []
    try:
        import PySide6
    except ImportError:
        return []
    qt = Path(PySide6.__file__).parent / "Qt"
    plugins = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    missing: set[str] = set()
    for plugin in plugins:
        if not plugin.exists():
            continue
        try:
            listed = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            continue
        missing.update(
            line.split()[0] for line in listed.splitlines() if "not found" in line and line.split()
        )
    return sorted(missing)


def run_window_check(db_path: Path) -> int:
    """The child of the window step: show the window on the case in ``db_path``, then quit.

    Prints one line (the platform and what was shown) and exits 0 once the window is on
    screen with the case loaded; exits 1 if that does not happen in time.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from sqlalchemy.engine import URL

    from organizer.gui.launch import make_application
    from organizer.gui.shell import AppShell
    from organizer.services import cases
    from organizer.storage.database import open_database

    app = make_application()  # Qt aborts here when the platform plugin can't start
    db = open_database(URL.create("sqlite", database=str(db_path)))
    known = cases.list_cases(db)
    if not known:
        print(translate("cli", "no case in the self-test database"), file=sys.stderr)
        return 1
    shell = AppShell(app, db, remember=False)  # type: ignore[arg-type]
    window = shell.open_case(known[0])
    result = {"code": 1}
    deadline = time.monotonic() + WINDOW_TIMEOUT_S - 20

    def look() -> None:
        handle = window.windowHandle()
        shown = handle is not None and handle.isExposed() and window.snapshot is not None
        if shown:
            documents = len(window.snapshot.documents) if window.snapshot else 0
            opened = translate(
                "cli", "the window opened on the {0} platform with the demo case's {1} documents"
            )
            print(opened.format(QGuiApplication.platformName(), documents), flush=True)
            result["code"] = 0
        if shown or time.monotonic() > deadline:
            timer.stop()
            window.close()
            app.quit()  # type: ignore[attr-defined]

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(100)
    try:
        app.exec()  # type: ignore[attr-defined]
    finally:
        shell.close()
        db.dispose()
    if result["code"]:
        print(translate("cli", "the window was not shown in time"), file=sys.stderr)
    return result["code"]
