"""``--demo`` with a subcommand: the subcommand runs on a fresh, read copy of the demo case.

The window does the same with ``organizer --demo``: a throw-away copy with its own
database, so the user's own cases are never touched. The copy is read first (as the
window reads it when it opens) and removed when the subcommand ends.
"""

from __future__ import annotations

import argparse
import sys
import time

from sqlalchemy.engine import URL

from organizer.cli.options import Subcommand
from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import translate


def run_on_demo(subcommand: Subcommand, args: argparse.Namespace) -> int:
    from organizer.jobs.indexer import Indexer, IndexSettings
    from organizer.jobs.ocr import tesseract_command
    from organizer.services import cases
    from organizer.services.demo import make_demo_copy, remove_abandoned_copies
    from organizer.storage.database import open_database

    if getattr(args, "db", None):
        raise KnownError(
            told(QT_TRANSLATE_NOOP("errors", "--demo uses a database of its own: leave out --db."))
        )
    remove_abandoned_copies()
    demo = make_demo_copy()
    try:
        url = URL.create("sqlite", database=str(demo.db_path))
        started = time.monotonic()
        db = open_database(url)
        try:
            case = cases.create_case(db, demo.folder, demo.profile)
            indexer = Indexer(db, case, IndexSettings(ocr=tesseract_command() is not None))
            try:
                indexer.run_once()
            finally:
                indexer.close()
        finally:
            db.dispose()
        said = translate(
            "cli", "Using a fresh copy of the demo case (read in {0} s); it is removed afterwards."
        )
        print(said.format(f"{time.monotonic() - started:.1f}"), file=sys.stderr)
        args.db = url.render_as_string(hide_password=False)
        return subcommand.run(args)
    finally:
        demo.remove()
