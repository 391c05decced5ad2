"""The packaging files: valid for their tools, in step with the one version number, and
never taking over the user's PDF viewer or touching case folders."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from organizer import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.infusioncoverage.Organizer"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256)


def load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage.fromData(data, "PNG")
    assert not image.isNull(), "an icon entry is not a readable PNG"
    return image.width(), image.height()


# --- Linux -------------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-utils not installed")
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_desktop_file_offers_open_with_for_pdf() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert "application/pdf" in entry["MimeType"].split(";")
    assert entry["Exec"] == "organizer %F"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_passes_appstreamcli_validate() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstream not installed")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if re.match(r"^[EW]: ", line)]
    assert problems == [], output


def test_metainfo_matches_the_version_and_the_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    releases = root.findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__
    assert root.find("content_rating") is not None


def test_changelog_has_the_current_version_on_the_metainfo_date() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    match = re.search(
        rf"^## \[{re.escape(__version__)}\] - (\d{{4}}-\d{{2}}-\d{{2}})$",
        changelog,
        flags=re.MULTILINE,
    )
    assert match, f"CHANGELOG.md has no heading for version {__version__}"
    release = ET.parse(METAINFO).getroot().find(f"releases/release[@version='{__version__}']")
    assert release is not None
    assert release.get("date") == match.group(1)
    assert "## [Unreleased]" in changelog


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_png_has_its_pixel_size(size: int) -> None:
    from PySide6.QtGui import QImage

    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is missing or not a PNG"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_scalable_icon_is_the_current_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icon.svg").read_bytes(), (
        "the icons are older than resources/icon.svg: run packaging/make_icons.py"
    )


@pytest.mark.usefixtures("qapp")
def test_pngs_are_rendered_from_the_current_svg() -> None:
    from PySide6.QtGui import QImage

    fresh = QImage.fromData(load_make_icons().render_png(ROOT / "resources" / "icon.svg", 64))
    stored = QImage(str(ICONS / "hicolor" / "64x64" / "apps" / f"{APP_ID}.png"))
    fmt = QImage.Format.Format_RGBA8888
    # Kept in names: the bits of a temporary image would be read after it is freed.
    fresh_rgba, stored_rgba = fresh.convertToFormat(fmt), stored.convertToFormat(fmt)
    a = bytes(fresh_rgba.constBits())
    b = bytes(stored_rgba.constBits())
    assert len(a) == len(b)
    assert max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 8, (
        "the PNG icons do not match resources/icon.svg: run packaging/make_icons.py"
    )


# --- macOS -------------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_icns_holds_png_entries_of_the_declared_sizes() -> None:
    data = (ICONS / "organizer.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(load_make_icons().ICNS_TYPES)
    found: dict[bytes, int] = {}
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        assert length > 8 and offset + length <= len(data)
        width, height = png_size(data[offset + 8 : offset + length])
        assert width == height
        found[kind] = width
        offset += length
    assert offset == len(data)
    assert found == expected
    assert {b"ic07", b"ic08", b"ic09"} <= found.keys()


def test_info_plist_offers_pdfs_without_becoming_the_default() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    types = info["CFBundleDocumentTypes"]
    pdf = [t for t in types if "com.adobe.pdf" in t["LSItemContentTypes"]]
    assert len(pdf) == 1
    assert pdf[0]["CFBundleTypeRole"] == "Viewer"
    assert all(t["LSHandlerRank"] == "Alternate" for t in types)
    assert info["CFBundleShortVersionString"] == "@VERSION@"
    assert info["CFBundleIdentifier"] == "@APP_ID@"


# --- Windows -----------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_ico_holds_png_entries() -> None:
    data = (ICONS / "organizer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        entry = data[6 + 16 * index : 6 + 16 * (index + 1)]
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", entry)
        assert (planes, bits) == (1, 32)
        assert offset + length <= len(data)
        side = width or 256
        assert png_size(data[offset : offset + length]) == (side, height or 256)
        sizes.append(side)
    assert sizes == list(load_make_icons().ICO_SIZES)


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in (PACKAGING / "windows" / "organizer.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def test_iss_version_is_the_app_version() -> None:
    sections = iss_sections()
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', "\n".join(sections[""])))
    assert defines["AppVersion"] == __version__
    assert "AppVersion={#AppVersion}" in sections["Setup"]


def test_iss_registers_open_with_but_never_the_pdf_default() -> None:
    registry = iss_sections()["Registry"]
    assert any(r"Software\Classes\.pdf\OpenWithProgids" in line for line in registry)
    for line in registry:
        if re.search(r'Subkey: "Software\\Classes\\\.pdf";', line):
            pytest.fail(f"the installer writes the .pdf default: {line}")


def test_iss_uninstaller_deletes_only_the_program_folder() -> None:
    sections = iss_sections()
    for line in sections["UninstallDelete"]:
        name = re.search(r'Name: "([^"]*)"', line)
        assert name and name.group(1).startswith("{app}"), line
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])
    assert any("desktopicon" in line and "unchecked" in line for line in sections["Tasks"])


# --- The PyInstaller spec ----------------------------------------------------------------


class Recorder:
    """Stands in for one PyInstaller build step and remembers what it was given."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        Recorder.calls.append((kind, args, kwargs))
        self.pure, self.scripts, self.datas = [], [], kwargs.get("datas", [])
        self.binaries = [
            ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "/x/tls.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/xcb.so", "BINARY"),
        ]


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, list[Any]]:
    """Execute the spec as PyInstaller would on ``platform``, with recording build steps."""
    spec_path = PACKAGING / "organizer.spec"
    code = compile(spec_path.read_text(encoding="utf-8"), str(spec_path), "exec")
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    Recorder.calls = []
    steps = {
        name: (lambda *a, _n=name, **k: Recorder(_n, *a, **k))
        for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }
    exec(code, {"SPECPATH": str(PACKAGING), "__name__": "__main__", **steps})
    found: dict[str, list[Any]] = {}
    for kind, args, kwargs in Recorder.calls:
        found.setdefault(kind, []).append((args, kwargs))
    return found


def test_spec_compiles_and_excludes_unused_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = run_spec(monkeypatch, "linux")
    ((_, analysis),) = steps["Analysis"]
    excludes = set(analysis["excludes"])
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{module}" in excludes
    for needed in ("QtNetwork", "QtSvg", "QtPdf", "QtPrintSupport", "QtWidgets"):
        assert f"PySide6.{needed}" not in excludes
    assert "sqlalchemy.dialects.sqlite" in analysis["hiddenimports"]
    assert analysis["hiddenimports"] and "PySide6.QtNetwork" in analysis["hiddenimports"]


def test_spec_bundles_the_feature_subcommands(monkeypatch: pytest.MonkeyPatch) -> None:
    """They are imported by name at run time, so the spec must name them for PyInstaller."""
    from organizer.cli import feature_commands

    ((_, analysis),) = run_spec(monkeypatch, "linux")["Analysis"]
    existing = [
        name
        for name in feature_commands.FEATURE_MODULES
        if (ROOT / Path(*name.split("."))).with_suffix(".py").exists()
    ]
    assert existing, "no feature subcommand module exists yet"
    assert set(existing) <= set(analysis["hiddenimports"])
    assert "organizer.gui.launch" in analysis["hiddenimports"]


def test_spec_bundles_migration_scripts_and_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    ((_, analysis),) = run_spec(monkeypatch, "linux")["Analysis"]
    datas = {(Path(src), Path(dest)) for src, dest in analysis["datas"]}
    migrations = ROOT / "organizer" / "storage" / "migrations"
    scripts = [p for p in migrations.rglob("*.py") if "__pycache__" not in p.parts]
    assert len(scripts) >= 2
    for script in scripts:
        dest = Path("organizer", "storage", *script.parent.relative_to(migrations.parent).parts)
        assert (script, dest) in datas, f"{script} is not bundled as a file"
    icon = ICONS / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    assert (icon, Path("resources", "icons", "hicolor", "48x48", "apps")) in datas
    for code in ("es", "en"):  # the compiled catalogues: the bundled window speaks Spanish
        catalogue = ROOT / "resources" / "translations" / f"organizer_{code}.qm"
        assert (catalogue, Path("resources", "translations")) in datas


def test_spec_linux_leaves_out_network_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = run_spec(monkeypatch, "linux")
    ((args, kwargs),) = steps["COLLECT"]
    binaries = next(a for a in args if isinstance(a, list) and a and "BINARY" in a[0])
    assert [entry[0] for entry in binaries] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert kwargs["name"] == "organizer"
    assert "BUNDLE" not in steps


def test_spec_macos_fills_the_info_plist(monkeypatch: pytest.MonkeyPatch) -> None:
    ((_, bundle),) = run_spec(monkeypatch, "darwin")["BUNDLE"]
    info = bundle["info_plist"]
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleVersion"] == __version__
    assert info["CFBundleIdentifier"] == bundle["bundle_identifier"] == APP_ID
    assert Path(bundle["icon"]) == ICONS / "organizer.icns"
    assert bundle["version"] == __version__


# --- The Linux install and uninstall scripts ---------------------------------------------


def stage_tarball(folder: Path) -> Path:
    """The unpacked tarball's layout, with a stand-in for the PyInstaller bundle."""
    stage = folder / "infusion-coverage-organizer"
    program = stage / "organizer" / "organizer"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\necho organizer test\n", encoding="utf-8")
    program.chmod(0o755)
    (stage / "share" / "applications").mkdir(parents=True)
    (stage / "share" / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP, stage / "share" / "applications")
    shutil.copy(METAINFO, stage / "share" / "metainfo")
    shutil.copytree(ICONS / "hicolor", stage / "share" / "icons" / "hicolor")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(PACKAGING / "linux" / script, stage / script)
    return stage


def test_install_then_uninstall_leaves_case_and_data_folders_alone(
    tmp_path: Path, isolated_user_folders: Path
) -> None:
    home = isolated_user_folders
    stage = stage_tarball(tmp_path)
    subprocess.run(["bash", str(stage / "install.sh")], check=True, capture_output=True)

    local = home / ".local"
    program = local / "lib" / "infusion-coverage-organizer" / "organizer"
    assert (local / "bin" / "organizer").resolve() == program.resolve()
    installed = (local / "share" / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f'Exec="{program}" %F' in installed.splitlines()
    assert (local / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").exists()
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", str(local / "share" / "applications" / DESKTOP.name)],
            check=True,
        )

    case = home / "Home Infusion"
    case.mkdir()
    (case / "letter.pdf").write_bytes(b"%PDF-1.4 a letter")
    data = local / "share" / "InfusionCoverageOrganizer"
    data.mkdir(parents=True)
    (data / "organizer.sqlite3").write_bytes(b"the database")

    subprocess.run(["bash", str(stage / "uninstall.sh")], check=True, capture_output=True)

    assert not program.parent.exists()
    assert not (local / "bin" / "organizer").is_symlink()
    assert not (local / "share" / "applications" / DESKTOP.name).exists()
    assert (case / "letter.pdf").read_bytes() == b"%PDF-1.4 a letter"
    assert (data / "organizer.sqlite3").read_bytes() == b"the database"
    assert list(home.rglob("mimeapps.list")) == [], "install.sh must not set default apps"
