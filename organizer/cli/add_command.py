"""``organizer add FILE... [--entry ID]``: copy files into the case, as a drop would.

With ``--entry``, the files are linked to that log entry once they are read: the drop is
stored in the database, so the window (or ``organizer index``) links them when it reads
them, even later.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from organizer.cli.commands import add_case_option, opened_db
from organizer.cli.options import Subcommand
from organizer.core import clock
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.services import cases, documents, log, pending_links

if TYPE_CHECKING:
    from organizer.services.imports import ImportReport


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        metavar="FILE",
        type=Path,
        nargs="+",
        help=QT_TRANSLATE_NOOP("help", "files to add"),
    )
    parser.add_argument(
        "--entry",
        metavar="ID",
        type=int,
        help=QT_TRANSLATE_NOOP(
            "help", "link them to this log entry once they are read (ids: organizer log)"
        ),
    )
    add_case_option(parser)


def run(args: argparse.Namespace) -> int:
    from organizer.jobs import importing  # Qt draws pictures as PDFs: load it here
    from organizer.services.imports import ImportStatus

    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        entry = log.get_entry(db, args.entry) if args.entry is not None else None
        known = documents.known_hashes(db, case.id)
        report = importing.import_files(
            Path(case.folder), args.files, today=clock.today(), known_hashes=known
        )
        waiting = list(report.destinations)
        linked = 0
        if entry is not None and waiting:
            pending_links.remember(db, case.id, waiting, entry.id)
            linked = pending_links.link_arrivals(db, case.id)  # files already read: at once
    print(said_summary(report))
    if entry is not None and waiting:
        from organizer import words

        what = entry.what if language() == SOURCE_LANGUAGE else words.entry_label(entry)
        if linked == len(waiting):
            print(translate("cli", "Linked to “{0}”.").format(what))
        else:
            said = translate(
                "cli",
                "They will be linked to “{0}” once read "
                "(the open window reads them, or run: organizer index FOLDER).",
            )
            print(said.format(what))
    return 0 if not report.with_status(ImportStatus.FAILED) else 1


def said_summary(report: ImportReport) -> str:
    """The report in the chosen language: its headline, then a line for each file that
    needs a word of explanation (its reason as the import gave it)."""
    from organizer import words

    return words.import_summary(report.counts(), report.explained())


SUBCOMMANDS = [
    Subcommand(
        "add",
        QT_TRANSLATE_NOOP("help", "add files to a case, as a drop on the window would"),
        configure,
        run,
    )
]
