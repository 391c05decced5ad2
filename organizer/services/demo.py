"""A fresh, throw-away copy of the bundled demo case, so real data is never touched."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from organizer.core.paths import resource
from organizer.core.profile import CaseProfile

DEMO_FOLDER_NAME = "Demo case - Home Infusion"
# Temporary folders of ours, each with the id of the process that made it in OWNER_FILE.
TEMP_PREFIXES = ("organizer-demo-", "organizer-selftest-")
OWNER_FILE = ".organizer-owner-pid"


@dataclass(frozen=True, slots=True)
class DemoCopy:
    root: Path
    folder: Path
    db_path: Path
    profile: CaseProfile

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def demo_profile() -> CaseProfile:
    raw = json.loads(resource("demo", "profile.json").read_text(encoding="utf-8"))
    return CaseProfile.from_dict(raw)


def make_demo_copy(parent: Path | None = None) -> DemoCopy:
    """Copy the demo case folder into a new temporary folder with its own database path."""
    root = Path(tempfile.mkdtemp(prefix="organizer-demo-", dir=parent))
    root.chmod(0o700)
    mark_owner(root)
    folder = root / DEMO_FOLDER_NAME
    shutil.copytree(resource("demo", "case"), folder)
    return DemoCopy(root=root, folder=folder, db_path=root / "demo.sqlite3", profile=demo_profile())


def mark_owner(root: Path) -> None:
    """Note which process made this temporary folder, so a later start can clean it up."""
    (root / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def remove_abandoned_copies(parent: Path | None = None) -> list[Path]:
    """Remove demo and self-test copies whose process ended without cleaning up (a crash).

    Only our own temporary folders are looked at: named with our prefix, owned by this
    user, holding the owner file, and made by a process that no longer runs. POSIX only
    (elsewhere the temporary folder is cleaned by the system).
    """
    if os.name != "posix":
        return []
    folder = Path(parent or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIXES)]
    except OSError:
        return []
    for root in candidates:
        try:
            if root.is_symlink() or not root.is_dir() or root.stat().st_uid != os.getuid():
                continue
            pid = int((root / OWNER_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(root, ignore_errors=True)
            removed.append(root)
    return removed
