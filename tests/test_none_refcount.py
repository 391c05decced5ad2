"""The PySide6 6.12 / Python 3.11 None reference-count bug can't crash the app."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    # Run in a child process: if the guard failed, the interpreter would abort there.
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import organizer\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QColor\n"
        "app = QGuiApplication([])\n"
        "image = QImage(4, 4, QImage.Format.Format_RGB32)\n"
        "color = QColor(1, 2, 3)\n"
        "for _ in range(20000):\n"
        "    image.fill(color)\n"
        "print(sys.getrefcount(None) > 10**6)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
