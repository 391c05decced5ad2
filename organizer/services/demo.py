"""A fresh, throw-away copy of the bundled demo case, so real data is never touched."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from organizer.core.profile import CaseProfile
from organizer.paths import resource

DEMO_FOLDER_NAME = "Demo case - Home Infusion"


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
    folder = root / DEMO_FOLDER_NAME
    shutil.copytree(resource("demo", "case"), folder)
    return DemoCopy(root=root, folder=folder, db_path=root / "demo.sqlite3", profile=demo_profile())
