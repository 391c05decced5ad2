"""Where the app keeps its own data, and where its bundled resources are.

The data folder is per user and never inside a watched case folder. ``ORGANIZER_DATA_DIR``
overrides it (tests and portable installs use this).
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from organizer import APP_ID
from organizer.core.errors import DataFolderError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.system_words import system_reason


def data_dir_path() -> Path:
    """Where the per-user data folder is, without making it."""
    override = os.environ.get("ORGANIZER_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    """The per-user data folder, created readable by the user only."""
    folder = data_dir_path()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            folder.chmod(0o700)
    except OSError as exc:
        raise DataFolderError(
            told(
                QT_TRANSLATE_NOOP("errors", "The organizer can't use its data folder {0}: {1}."),
                str(folder),
                system_reason(exc),
            )
        ) from exc
    return folder


def resources_dir() -> Path:
    """The bundled resources: installed package data, a frozen bundle, or a source checkout.

    An installed app (``pip install .``, ``pipx install .``, the wheel) has them as the
    package ``organizer.resources``, found with importlib.resources; a PyInstaller bundle
    keeps them in its own folder; a plain checkout has them in ``resources/`` at the top.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    try:
        installed = importlib.resources.files("organizer.resources")
    except ModuleNotFoundError:
        installed = None
    # Wheels install unzipped, so the package is a real folder (a Path) that can be copied.
    if isinstance(installed, Path) and installed.joinpath("demo").is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """One bundled resource file or folder by its path below ``resources/``."""
    return resources_dir().joinpath(*parts)


# --- the files the reader's understanding uses: named here only ------------------------------
RULES_FILE = ("rules", "understanding.json")
MODEL_FILE = "learned-kinds.json"


def bundled_rules_file() -> Path:
    """The reading rules shipped with the app."""
    return resource(*RULES_FILE)


def user_rules_file(folder: Path) -> Path:
    """The person's own rules, laid over the bundled ones (in the data folder)."""
    return folder.joinpath(*RULES_FILE)


def learned_model_file(folder: Path) -> Path:
    """What the app learned from the person's corrections (in the data folder)."""
    return folder / MODEL_FILE
