"""Opt-in "start with the computer, in the tray", with each system's own mechanism.

- Linux (and other XDG desktops): a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart``.
- Windows: a shortcut in the user's Startup folder, made by Windows' own shortcut
  maker (``WScript.Shell`` through PowerShell), since a ``.lnk`` is a binary format.
- macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.

Each starts the organizer with ``--in-tray``. Turning it off removes only the file this
module wrote. Nothing here is ever written into a case folder.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

APP_NAME = "Infusion Coverage Organizer"
DESKTOP_NAME = "org.infusioncoverage.Organizer.desktop"
AGENT_LABEL = "org.infusioncoverage.Organizer"
SHORTCUT_NAME = f"{APP_NAME}.lnk"
TRAY_FLAG = "--in-tray"


def command() -> list[str]:
    """How to start this installation of the organizer, in the tray."""
    if getattr(sys, "frozen", False):
        return [sys.executable, TRAY_FLAG]
    return [sys.executable, "-m", "organizer", TRAY_FLAG]


def platform_kind(platform: str | None = None) -> str:
    name = platform or sys.platform
    if name.startswith("win"):
        return "windows"
    if name == "darwin":
        return "macos"
    return "xdg"


def autostart_file(kind: str, env: dict[str, str] | None = None) -> Path:
    """Where the autostart file of ``kind`` goes for this user."""
    env = dict(os.environ) if env is None else env
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if kind == "windows":
        appdata = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        return (
            appdata
            / "Microsoft"
            / "Windows"
            / "Start Menu"
            / "Programs"
            / "Startup"
            / (SHORTCUT_NAME)
        )
    if kind == "macos":
        return home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    config = env.get("XDG_CONFIG_HOME") or str(home / ".config")
    return Path(config) / "autostart" / DESKTOP_NAME


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry specification asks."""
    if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'.replace("\\", "\\\\")


def desktop_entry(cmd: list[str]) -> str:
    exec_line = " ".join(_desktop_quote(a) for a in cmd)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for the insurance steps of home infusion, from the tray\n"
        "Icon=org.infusioncoverage.Organizer\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def launch_agent(cmd: list[str]) -> bytes:
    plist = {
        "Label": AGENT_LABEL,
        "ProgramArguments": cmd,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(plist)


def _ps_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def windows_shortcut_script(target: Path, cmd: list[str]) -> str:
    """The PowerShell that makes the Startup shortcut with Windows' own shortcut maker."""
    arguments = subprocess.list2cmdline(cmd[1:])
    return (
        "$shell = New-Object -ComObject WScript.Shell; "
        f"$link = $shell.CreateShortcut({_ps_quote(str(target))}); "
        f"$link.TargetPath = {_ps_quote(cmd[0])}; "
        f"$link.Arguments = {_ps_quote(arguments)}; "
        f"$link.Description = {_ps_quote(APP_NAME + ' in the tray')}; "
        "$link.WindowStyle = 7; "
        "$link.Save()"
    )


def is_enabled(kind: str | None = None, env: dict[str, str] | None = None) -> bool:
    return autostart_file(kind or platform_kind(), env).exists()


def _write_private(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(content)
    temp.replace(path)


def enable(
    kind: str | None = None, env: dict[str, str] | None = None, cmd: list[str] | None = None
) -> Path:
    """Write the autostart file; returns where. Raises OSError when it can't."""
    kind = kind or platform_kind()
    cmd = cmd or command()
    target = autostart_file(kind, env)
    if kind == "windows":
        target.parent.mkdir(parents=True, exist_ok=True)
        script = windows_shortcut_script(target, cmd)
        subprocess.run(
            ["powershell", "-NoProfile", "-NonInteractive", "-Command", script],
            check=True,
            capture_output=True,
            timeout=30,
        )
    elif kind == "macos":
        _write_private(target, launch_agent(cmd))
    else:
        _write_private(target, desktop_entry(cmd).encode("utf-8"))
    return target


def disable(kind: str | None = None, env: dict[str, str] | None = None) -> None:
    autostart_file(kind or platform_kind(), env).unlink(missing_ok=True)
