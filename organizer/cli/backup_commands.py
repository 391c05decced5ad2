"""Subcommands for backups: ``backup``, ``restore`` and ``copies``."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from organizer.cli.commands import add_case_option, add_restore_target, opened_db
from organizer.cli.options import Subcommand
from organizer.services import cases
from organizer.storage.database import resolve_url


def configure_backup(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        required=True,
        help="where to write the backup (outside the case folder); written readable by you only",
    )


def run_backup(args: argparse.Namespace) -> int:
    from organizer.services import backup

    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        now = datetime.now().astimezone()
        summary = backup.backup_case(db, case.id, args.out, now=now)
    print(
        f"Backed up the case {case.title} to {summary.path}: {summary.log_entries} log "
        f"entries and the fingerprints of {summary.documents} documents. The documents "
        "themselves stay in the case folder."
    )
    return 0


def configure_restore(parser: argparse.ArgumentParser) -> None:
    add_restore_target(parser, "backup")


def run_restore(args: argparse.Namespace) -> int:
    from organizer.services import backup

    with opened_db(args) as db:
        report = backup.restore_backup(db, args.file, args.case)
    print(report.message)
    for title, paths in (
        ("Changed since the backup:", report.changed),
        ("Not in the folder:", report.missing),
        ("Could not be opened:", report.unreadable),
    ):
        if paths:
            print(title)
            for path in paths:
                print(f"  {path}")
    return 0


def configure_copies(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--restore",
        metavar="COPY",
        type=Path,
        help="put this copy back as the database (the current one is kept as another copy)",
    )


def run_copies(args: argparse.Namespace) -> int:
    from organizer.services import backup

    url = resolve_url(getattr(args, "db", None))
    assert url.database is not None
    db_path = Path(url.database).expanduser()
    if args.restore is not None:
        kept = backup.restore_startup_copy(args.restore, db_path)
        print(f"The database {db_path} is back as it was in {args.restore.name}.")
        if kept is not None:
            print(f"The database as it was just before is kept in {kept}.")
        return 0
    copies = backup.list_copies(db_path)
    if not copies:
        print(f"There are no automatic copies of {db_path} yet.")
        return 0
    words = {"startup": "start-up", "before-restore": "before a restore", "damaged": "damaged"}
    print(f"Automatic copies of {db_path}, newest first:")
    for copy in copies:
        when = copy.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"  {when}  {words.get(copy.why, copy.why):<16}  {copy.path}")
    return 0


SUBCOMMANDS = [
    Subcommand(
        "backup",
        "write one backup file of a case (its log and the fingerprints of its documents)",
        configure_backup,
        run_backup,
    ),
    Subcommand(
        "restore",
        "restore a backup file into a new case for a folder",
        configure_restore,
        run_restore,
    ),
    Subcommand(
        "copies",
        "list the automatic copies of the database, or put one back",
        configure_copies,
        run_copies,
    ),
]
