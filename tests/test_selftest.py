"""``organizer --self-test`` works with no display and names a failing step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_passes_without_a_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "organizer", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("demo copy", "index", "missing list", "status sheet"):
        assert any(line.startswith(f"ok   {step}") for line in lines), step
    assert "--   window: no display here, so the window was not opened" in lines
    assert lines[-1].startswith("Self-test passed")
    assert not [line for line in lines if "fail" in line.lower()]
    assert not (tmp_path / ".local").exists()  # the user's data folder was never created


def test_self_test_names_the_failing_step(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path))
    code = (
        "import sys\n"
        "import organizer.services.log as log\n"
        "def broken(*a, **k): raise RuntimeError('boom')\n"
        "log.missing_list = broken\n"
        "from organizer.cli.selftest import run_self_test\n"
        "sys.exit(run_self_test())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "FAILED at step: missing list" in result.stdout


def test_a_window_platform_that_cannot_start_fails_the_self_test_and_cleans_up(
    tmp_path: Path,
) -> None:
    """With a display that can't be reached, Qt aborts the window's process: told, exit 1."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, HOME=str(tmp_path), TMPDIR=str(scratch), QT_QPA_PLATFORM="xcb")
    env["DISPLAY"] = ":4091"  # no X server there
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "organizer", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("ok   status sheet") for line in lines)
    assert lines[-1].startswith("FAILED at step: window: stopped by signal")
    assert "can't be reached" in lines[-1]
    assert list(scratch.iterdir()) == []  # the temporary demo folder is gone


def test_the_self_test_speaks_spanish_when_asked(tmp_path: Path) -> None:
    from tests.test_spanish import leaks, tokens

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "organizer", "--lang", "es", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("copia de demostración", "lectura", "lista de lo que falta", "hoja de estado"):
        assert any(line.startswith(f"ok   {step}") for line in lines), (step, lines)
    assert "--   ventana: aquí no hay pantalla, así que la ventana no se abrió" in lines
    assert lines[-1].startswith("La autoprueba salió bien en")
    folder = next(line for line in lines if line.startswith("ok   copia")).split(" en ", 1)[1]
    assert not leaks(result.stdout, tokens(folder) | {"tesseract"}), result.stdout
