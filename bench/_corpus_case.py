"""Helpers for the accuracy benchmark: a labelled corpus turned into an app case.

The benchmark drives the installed ``organizer`` command, as a user would: the corpus's
case.json becomes an export file (format "organizer-export", version 1) that
``organizer import`` restores, then ``organizer index`` reads the folder and
``organizer export`` writes what the app learned. Nothing here reads PDFs itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CONTACT_KEYS = ("name", "phone", "fax", "contact")
CASE_TEXT_KEYS = (
    "patient",
    "therapy",
    "payer",
    "member_id",
    "group_number",
    "payer_phone",
    "secondary_payer",
    "secondary_member_id",
)


# --- the case folder must stay as it was ----------------------------------------------------


def tree_fingerprint(folder: Path) -> str:
    """One hash over every name, type, mode, size, modification time and file content.

    Taken before and after the run: any change the app made to the folder shows up.
    """
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(root) / name
            info = path.lstat()
            rel = path.relative_to(folder).as_posix()
            digest.update(f"{rel}\0{info.st_mode}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
            if path.is_file() and not path.is_symlink():
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


# --- case.json -> an export file that ``organizer import`` accepts --------------------------


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _contact(raw: Any) -> dict[str, str]:
    raw = raw if isinstance(raw, dict) else {}
    return {key: _text(raw.get(key)) for key in CONTACT_KEYS}


def log_status(raw: dict[str, Any]) -> str:
    """case.json has no status: an entry with a submission date is submitted."""
    return "submitted" if raw.get("submitted_on") else "requested"


def case_export(case: dict[str, Any], folder: Path) -> tuple[dict[str, Any], dict[int, str]]:
    """The case as an export file with no documents, and the map from log ids to "L1"...

    Log entries get ids 1..N in the order of case.json. Keys the corpus schema does not
    have (fax of the pharmacy, group number, secondary payer...) are written as empty text.
    """
    names: dict[int, str] = {}
    log: list[dict[str, Any]] = []
    for number, raw in enumerate(case.get("log", []), start=1):
        names[number] = str(raw["id"])
        log.append(
            {
                "id": number,
                "item": raw["item"],
                "what": _text(raw.get("what")),
                "requested_by": _text(raw.get("requested_by")),
                "requested_on": raw.get("requested_on"),
                "who_submits": "",
                "due": raw.get("due"),
                "submitted_on": raw.get("submitted_on"),
                "status": log_status(raw),
                "documents": [],
            }
        )
    profile = {key: _text(case.get(key)) for key in CASE_TEXT_KEYS}
    export = {
        "format": "organizer-export",
        "version": 1,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "case": {
            "folder": str(folder.resolve()),
            "patient": profile["patient"],
            "therapy": profile["therapy"],
            "therapy_start": None,
            **{key: profile[key] for key in CASE_TEXT_KEYS[2:]},
            "provider_office": _contact(case.get("provider_office")),
            "pharmacy": _contact(case.get("pharmacy")),
        },
        "documents": [],
        "log": log,
        "calls": [],
        "questions": [],
        "missing": [],
    }
    return export, names


# --- running the app ------------------------------------------------------------------------


def organizer_command() -> list[str]:
    """The installed command next to the repository, else the package from the repository."""
    installed = REPO / ".venv" / "bin" / "organizer"
    if installed.exists():
        return [str(installed)]
    found = shutil.which("organizer")
    return [found] if found else [sys.executable, "-m", "organizer"]


@dataclass(frozen=True, slots=True)
class Step:
    """One run of the command: what was run, how it ended, and how long it took."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def problem(self) -> str:
        """The command line and its own words, for the report."""
        said = (self.stderr.strip() or self.stdout.strip() or "(nothing printed)").splitlines()
        return f"`organizer {' '.join(self.args)}` exited {self.returncode}: " + " | ".join(
            said[-12:]
        )


@dataclass(frozen=True, slots=True)
class App:
    """The organizer command with its own database and data folder in a temp folder."""

    work: Path

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.work / 'bench.sqlite3'}"

    def env(self) -> dict[str, str]:
        data = self.work / "data"
        data.mkdir(exist_ok=True)
        env = dict(os.environ, ORGANIZER_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
        env.pop("ORGANIZER_DB", None)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        return env

    def run(self, *args: str) -> Step:
        full = [*args, "--db", self.db_url]
        started = time.perf_counter()
        done = subprocess.run(
            [*organizer_command(), *full],
            capture_output=True,
            text=True,
            env=self.env(),
            cwd=self.work,
            check=False,
        )
        seconds = time.perf_counter() - started
        return Step(full, done.returncode, done.stdout, done.stderr, seconds)


def write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
