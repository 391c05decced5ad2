"""Collects the subcommands that each feature module defines (one module per feature)."""

from __future__ import annotations

import importlib

from organizer.cli.options import Subcommand

# Each module defines SUBCOMMANDS: list[Subcommand]. The names are kept in one list so the
# bundle spec can name them as hidden imports (PyInstaller can't see importlib calls).
FEATURE_MODULES = (
    "organizer.cli.index_command",
    "organizer.cli.log_commands",
    "organizer.cli.proposal_commands",
    "organizer.cli.sheet_command",
    "organizer.cli.backup_commands",
    "organizer.cli.deadline_commands",
    "organizer.cli.packet_command",
    "organizer.cli.letter_commands",
    "organizer.cli.add_command",
)


def subcommands() -> list[Subcommand]:
    found: list[Subcommand] = []
    for name in FEATURE_MODULES:
        found.extend(importlib.import_module(name).SUBCOMMANDS)
    return found
