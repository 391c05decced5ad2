"""Subcommands for backups: ``backup``, ``restore`` and ``copies``."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from organizer import words
from organizer.cli.commands import add_case_option, add_restore_target, opened_db
from organizer.cli.options import Subcommand
from organizer.language import translate
from organizer.services import cases
from organizer.storage.database import resolve_url


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    return text


# Why an automatic copy was made, as ``organizer copies`` says it.
COPY_WORDS = {
    "startup": QT_TRANSLATE_NOOP("cli", "start-up"),
    "before-restore": QT_TRANSLATE_NOOP("cli", "before a restore"),
    "damaged": QT_TRANSLATE_NOOP("cli", "damaged"),
}


def configure_backup(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP(
            "help",
            "where to write the backup (outside the case folder); written readable by you only",
        ),
    )


def run_backup(args: argparse.Namespace) -> int:
    from organizer.services import backup

    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        now = datetime.now().astimezone()
        summary = backup.backup_case(db, case.id, args.out, now=now)
    said = translate(
        "cli",
        "Backed up the case {0} to {1}: {2} log entries and the fingerprints of {3} "
        "documents. The documents themselves stay in the case folder.",
    )
    print(said.format(case.title, summary.path, summary.log_entries, summary.documents))
    return 0


def configure_restore(parser: argparse.ArgumentParser) -> None:
    add_restore_target(parser, QT_TRANSLATE_NOOP("help", "a file made by backup"))


def run_restore(args: argparse.Namespace) -> int:
    from organizer.services import backup

    with opened_db(args) as db:
        report = backup.restore_backup(db, args.file, args.case)
    print(words.restore_message(report.message, str(report.imported.case.folder), report.counts()))
    for title, paths in (
        (translate("cli", "Changed since the backup:"), report.changed),
        (translate("cli", "Not in the folder:"), report.missing),
        (translate("cli", "Could not be opened:"), report.unreadable),
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
        help=QT_TRANSLATE_NOOP(
            "help", "put this copy back as the database (the current one is kept as another copy)"
        ),
    )


def run_copies(args: argparse.Namespace) -> int:
    from organizer.services import database_copies

    url = resolve_url(getattr(args, "db", None))
    assert url.database is not None
    db_path = Path(url.database).expanduser()
    if args.restore is not None:
        kept = database_copies.restore_startup_copy(args.restore, db_path)
        said = translate("cli", "The database {0} is back as it was in {1}.")
        print(said.format(db_path, args.restore.name))
        if kept is not None:
            said = translate("cli", "The database as it was just before is kept in {0}.")
            print(said.format(kept))
        return 0
    copies = database_copies.list_copies(db_path)
    if not copies:
        print(translate("cli", "There are no automatic copies of {0} yet.").format(db_path))
        return 0
    print(translate("cli", "Automatic copies of {0}, newest first:").format(db_path))
    for copy in copies:
        made = copy.made_at.astimezone()
        when = f"{words.listed_date(made.date())} {made:%H:%M:%S}"
        why = translate("cli", COPY_WORDS[copy.why]) if copy.why in COPY_WORDS else copy.why
        print(f"  {when}  {why:<16}  {copy.path}")
    return 0


SUBCOMMANDS = [
    Subcommand(
        "backup",
        QT_TRANSLATE_NOOP(
            "help",
            "write one backup file of a case (its log and the fingerprints of its documents)",
        ),
        configure_backup,
        run_backup,
    ),
    Subcommand(
        "restore",
        QT_TRANSLATE_NOOP("help", "restore a backup file into a new case for a folder"),
        configure_restore,
        run_restore,
    ),
    Subcommand(
        "copies",
        QT_TRANSLATE_NOOP("help", "list the automatic copies of the database, or put one back"),
        configure_copies,
        run_copies,
    ),
]
