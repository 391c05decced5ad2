"""The keyboard tests again on a real X server: Xvfb and Qt's xcb platform.

Offscreen, Qt hands key presses and focus straight to widgets; on X11 the focus also goes
through the window system, which is where a stolen focus or a lost window shows. The
tests of tests/test_keyboard.py run in a child pytest with ``QT_QPA_PLATFORM=xcb``.
Without Xvfb they are skipped with a reason; under ``CI=true`` they fail instead.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        message = "Xvfb is not installed (apt-get install xvfb): the X11 keyboard run needs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    # Xvfb picks a free display itself and writes its number once it accepts clients.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        os.close(read_end)
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
