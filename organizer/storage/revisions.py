"""The schema revisions this app knows, read cheaply from the migration files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    # Alembic is imported only when a migration is looked at or run: it takes longer to
    # import than a command like ``missing`` takes to run on a database already up to date.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION_LINE = re.compile(
    r"""^(?P<name>down_revision|revision)\s*(?::[^=]*)?=\s*(?:None|"(?P<value>[^"]*)")\s*$""",
    re.MULTILINE,
)


def _plain_chain() -> list[str] | None:
    """The revisions, oldest first, from the migration files' own ``revision`` lines.

    None unless they form one plain chain (then alembic itself is asked).
    """
    follows: dict[str | None, str] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found: dict[str, str | None] = {}
        for match in _REVISION_LINE.finditer(script.read_text(encoding="utf-8")):
            found.setdefault(match["name"], match["value"])
        if set(found) != {"revision", "down_revision"} or found["down_revision"] in follows:
            return None
        revision = found["revision"]
        if revision is None:
            return None
        follows[found["down_revision"]] = revision
    chain: list[str] = []
    at = follows.get(None)
    while at is not None and at not in chain:
        chain.append(at)
        at = follows.get(at)
    return chain if chain and len(chain) == len(follows) else None


def alembic_revisions() -> list[str]:
    """Every revision, oldest first, as alembic reads them."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(scripts.walk_revisions()))]


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first."""
    return _plain_chain() or alembic_revisions()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head
