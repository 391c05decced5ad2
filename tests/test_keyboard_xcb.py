"""The keyboard tests again on a real X server: Xvfb and Qt's xcb platform.

Offscreen, Qt hands key presses and focus straight to widgets; on X11 the focus also goes
through the window system, which is where a stolen focus or a lost window shows. The
tests of tests/test_keyboard.py run in a child pytest with ``QT_QPA_PLATFORM=xcb``.
Without Xvfb they are skipped with a reason; under ``CI=true`` they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
X11_SOCKETS = Path("/tmp/.X11-unix")


def _free_display() -> str:
    for number in range(140, 200):
        if not (X11_SOCKETS / f"X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    raise RuntimeError("no free X display number between :140 and :199")


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        message = "Xvfb is not installed (apt-get install xvfb): the X11 keyboard run needs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    display = _free_display()
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = X11_SOCKETS / f"X{display[1:]}"
        deadline = time.monotonic() + 20
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Xvfb did not start on {display}")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_the_keyboard_tests_pass_on_a_real_x_server(x_display: str, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTEST_ADDOPTS")
    }
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_keyboard.py",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--basetemp={tmp_path / 'pytest'}",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    summary = run.stdout.strip().splitlines()[-1:] or [""]
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in summary[0] and "skipped" not in summary[0], summary[0]
