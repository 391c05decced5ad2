"""The subcommands. Each one is a small function over the services."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from organizer.cli.options import Subcommand
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.services import cases, log
from organizer.storage.database import Database, open_database, resolve_url


def open_db(args: argparse.Namespace) -> Database:
    return open_database(resolve_url(getattr(args, "db", None)))


@contextmanager
def opened_db(args: argparse.Namespace) -> Iterator[Database]:
    """The database the command names (``--db``, else the usual one), closed again
    however the command ends."""
    db = open_db(args)
    try:
        yield db
    finally:
        db.dispose()


def add_case_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--case",
        metavar="FOLDER",
        type=Path,
        help=QT_TRANSLATE_NOOP("help", "the case folder (needed when there are several)"),
    )


def add_entry_option(parser: argparse.ArgumentParser) -> None:
    """--entry ID, for the commands that work on one log entry (a letter, a packet)."""
    parser.add_argument(
        "--entry",
        metavar="ID",
        type=int,
        required=True,
        help=QT_TRANSLATE_NOOP("help", "the log entry"),
    )


def add_restore_target(parser: argparse.ArgumentParser, file_help: str) -> None:
    """FILE (``file_help`` says which) and --case FOLDER, for commands that restore a file
    into a new case."""
    parser.add_argument("file", metavar="FILE", type=Path, help=file_help)
    parser.add_argument(
        "--case",
        metavar="FOLDER",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP(
            "help", "the case folder to restore it for (a new case is made for it)"
        ),
    )


def configure_cases(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("help", "print JSON"))


def run_cases(args: argparse.Namespace) -> int:
    with opened_db(args) as db:
        found = cases.list_cases(db)
    if args.json:
        rows = [{"id": c.id, "folder": c.folder, "patient": c.profile.patient} for c in found]
        print(json.dumps(rows, indent=2))
    elif not found:
        print(translate("cli", "No cases yet."), file=sys.stderr)
    else:
        for case in found:
            print(f"{case.folder}\t{case.profile.patient}")
    return 0


def configure_log(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)


def run_log(args: argparse.Namespace) -> int:
    from organizer import words
    from organizer.sheet.data import STATUS_WORDS

    line = translate("cli", "{0}  {1} {2}  (who: {3}; due {4})")
    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        for entry in log.log_entries(db, case.id):
            # The same words as the window and the sheet ("suggested", never "proposed").
            status = translate("sheet", STATUS_WORDS.get(entry.status, entry.status))
            if language() == SOURCE_LANGUAGE:
                due = entry.due.isoformat() if entry.due else "-"
                what, who = entry.what, entry.who_submits
            else:  # the item's own words, the role and the day in the chosen language
                due = words.long_date(entry.due) if entry.due else "-"
                what, who = words.entry_label(entry), words.typed_who(entry.who_submits)
            print(line.format(f"{entry.id:>4}", f"{status:<12}", what, who, due))
    return 0


SUBCOMMANDS = [
    Subcommand(
        "cases",
        QT_TRANSLATE_NOOP("help", "list the cases in the database"),
        configure_cases,
        run_cases,
    ),
    Subcommand(
        "log",
        QT_TRANSLATE_NOOP("help", "print the requested/submitted log of a case"),
        configure_log,
        run_log,
    ),
]


def all_subcommands() -> list[Subcommand]:
    """Every subcommand; each feature's module contributes its own list."""
    from organizer.cli import feature_commands

    return [*SUBCOMMANDS, *feature_commands.subcommands()]
