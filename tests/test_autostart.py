"""Start with the computer, in the tray: the XDG autostart file for real (in a temporary
XDG_CONFIG_HOME), the macOS LaunchAgent and the Windows shortcut script by content."""

from __future__ import annotations

import plistlib
import shlex
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from organizer.gui import autostart


def test_the_linux_autostart_file_is_written_valid_and_removed(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    assert not autostart.is_enabled("xdg", env)
    cmd = ["/opt/My Apps/python3", "-m", "organizer", "--in-tray"]
    where = autostart.enable("xdg", env, cmd)
    assert where == tmp_path / "config" / "autostart" / "org.infusioncoverage.Organizer.desktop"
    assert autostart.is_enabled("xdg", env)
    assert stat.S_IMODE(where.stat().st_mode) == 0o600
    lines = where.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    fields = dict(line.split("=", 1) for line in lines[1:])
    assert fields["Type"] == "Application"
    assert fields["Name"] == "Infusion Coverage Organizer"
    assert fields["Exec"] == '"/opt/My Apps/python3" -m organizer --in-tray'
    assert shlex.split(fields["Exec"]) == cmd
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        checked = subprocess.run([validator, str(where)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    autostart.disable("xdg", env)
    assert not where.exists()
    autostart.disable("xdg", env)  # already off: nothing to do, no error


def test_without_xdg_config_home_it_goes_under_the_home_folder(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    assert autostart.autostart_file("xdg", env) == (
        tmp_path / ".config" / "autostart" / "org.infusioncoverage.Organizer.desktop"
    )


def test_the_exec_line_escapes_what_the_desktop_spec_reserves() -> None:
    text = autostart.desktop_entry(["/home/a$b/py", "--in-tray"])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    # "$" is escaped with a backslash inside quotes, and that backslash is doubled as the
    # file's string escaping asks.
    assert exec_line == 'Exec="/home/a\\\\$b/py" --in-tray'


def test_the_macos_launch_agent(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    cmd = ["/Applications/Infusion Coverage Organizer.app/Contents/MacOS/organizer", "--in-tray"]
    where = autostart.enable("macos", env, cmd)
    assert where == tmp_path / "Library" / "LaunchAgents" / "org.infusioncoverage.Organizer.plist"
    agent = plistlib.loads(where.read_bytes())
    assert agent == {
        "Label": "org.infusioncoverage.Organizer",
        "ProgramArguments": cmd,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert stat.S_IMODE(where.stat().st_mode) == 0o600
    autostart.disable("macos", env)
    assert not where.exists()


def test_the_windows_startup_shortcut_script() -> None:
    env = {"APPDATA": "C:\\Users\\O'Neil\\AppData\\Roaming"}
    where = autostart.autostart_file("windows", env)
    assert where.name == "Infusion Coverage Organizer.lnk"
    assert where.parent.name == "Startup"
    cmd = ["C:\\Program Files\\Organizer\\organizer.exe", "--in-tray"]
    script = autostart.windows_shortcut_script(where, cmd)
    assert "New-Object -ComObject WScript.Shell" in script
    assert f"CreateShortcut('{str(where).replace(chr(39), chr(39) * 2)}')" in script
    assert "$link.TargetPath = 'C:\\Program Files\\Organizer\\organizer.exe'" in script
    assert "$link.Arguments = '--in-tray'" in script
    assert script.endswith("$link.Save()")


@pytest.mark.parametrize(
    ("platform", "kind"), [("linux", "xdg"), ("win32", "windows"), ("darwin", "macos")]
)
def test_each_system_gets_its_own_mechanism(platform: str, kind: str) -> None:
    assert autostart.platform_kind(platform) == kind


def test_the_command_starts_this_organizer_in_the_tray() -> None:
    cmd = autostart.command()
    assert cmd[-1] == "--in-tray"
    assert cmd[1:3] == ["-m", "organizer"]
