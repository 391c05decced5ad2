"""Collects the subcommands that each feature module defines (one module per feature)."""

from __future__ import annotations

import importlib

from organizer.cli.options import Subcommand

# Each module defines SUBCOMMANDS: list[Subcommand]. Missing modules are features not built yet.
FEATURE_MODULES = (
    "organizer.cli.index_command",
    "organizer.cli.log_commands",
    "organizer.cli.proposal_commands",
    "organizer.cli.sheet_command",
    "organizer.cli.backup_commands",
)


def subcommands() -> list[Subcommand]:
    found: list[Subcommand] = []
    for name in FEATURE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        found.extend(module.SUBCOMMANDS)
    return found
