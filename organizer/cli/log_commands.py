"""Subcommands for the log: ``export``, ``import`` and ``missing``."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path

from organizer.cli.commands import add_case_option, add_restore_target, opened_db
from organizer.cli.options import Subcommand
from organizer.core import clock
from organizer.core.missing import MissingRow
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.services import cases, log


def configure_export(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--out",
        metavar="FILE.json",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP(
            "help",
            "where to write the export (outside the case folder); written readable by you only",
        ),
    )


def run_export(args: argparse.Namespace) -> int:
    from organizer.services import export

    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        now = datetime.now().astimezone()
        content = export.export_text(db, case.id, today=clock.today(), now=now)
    target = export.write_export_file(args.out, content, case.folder)
    print(translate("cli", "Wrote the case {0} to {1}").format(case.title, target))
    return 0


def configure_import(parser: argparse.ArgumentParser) -> None:
    add_restore_target(parser, QT_TRANSLATE_NOOP("help", "a file made by export"))


def run_import(args: argparse.Namespace) -> int:
    from organizer.services import export

    with opened_db(args) as db:
        summary = export.import_case(db, args.file, args.case)
    said = translate(
        "cli",
        "Restored a new case for {0}: {1} documents, {2} log entries, {3} calls, {4} questions.",
    )
    print(
        said.format(
            summary.case.folder,
            summary.documents,
            summary.log_entries,
            summary.calls,
            summary.questions,
        )
    )
    return 0


def calendar_day(text: str) -> date:
    from organizer.services import export
    from organizer.services.export_checks import why
    from organizer.words import say

    try:
        return export.day(text)
    except ValueError as exc:  # "… is not a date (YYYY-MM-DD)", in the language
        raise argparse.ArgumentTypeError(say(why(exc))) from None


def configure_missing(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("help", "print JSON (as in the export)"),
    )
    parser.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=calendar_day,
        help=QT_TRANSLATE_NOOP("help", "work the list out as of this date (default: today)"),
    )


def one_line(text: str) -> str:
    return " ".join(text.split())


def missing_line(row: MissingRow) -> str:
    """One row for a terminal: urgency as a word (never colour alone), what, who, when."""
    if language() != SOURCE_LANGUAGE:
        return _said_line(row)
    mark = "URGENT " if row.urgent else "waiting"
    suggested = " (suggested, not reviewed yet)" if row.proposed else ""
    copy = "copy in folder" if row.has_copy else "no copy in folder"
    return (
        f"{mark}  {one_line(row.what)}{suggested} | who: {one_line(row.who)} | {row.when} | {copy}"
    )


def _said_line(row: MissingRow) -> str:
    """``missing_line`` in the chosen language, through the words layer."""
    from organizer import words

    mark = translate("cli", "URGENT") if row.urgent else translate("cli", "waiting")
    suggested = translate("cli", " (suggested, not reviewed yet)") if row.proposed else ""
    copy = (
        translate("cli", "copy in folder")
        if row.has_copy
        else translate("cli", "no copy in folder")
    )
    return translate("cli", "{0}  {1}{2} | who: {3} | {4} | {5}").format(
        mark,
        one_line(words.row_what(row)),
        suggested,
        one_line(words.row_who(row)),
        words.row_when(row),
        copy,
    )


def run_missing(args: argparse.Namespace) -> int:
    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        rows = log.missing_list(db, case.id, args.as_of or clock.today())
    if args.json:
        from organizer.services import export

        plain = [export.missing_json(row) for row in rows]
        print(json.dumps(plain, indent=2, ensure_ascii=False))
    elif not rows:
        print(translate("cli", "Nothing is missing."))
    else:
        print("\n".join(missing_line(row) for row in rows))  # one write: 100,000 rows print fast
    return 0


SUBCOMMANDS = [
    Subcommand(
        "export",
        QT_TRANSLATE_NOOP("help", "write the whole case as a JSON file (no document text)"),
        configure_export,
        run_export,
    ),
    Subcommand(
        "import",
        QT_TRANSLATE_NOOP("help", "restore a JSON export into a new case for a folder"),
        configure_import,
        run_import,
    ),
    Subcommand(
        "missing",
        QT_TRANSLATE_NOOP("help", "print what is still missing, most urgent first"),
        configure_missing,
        run_missing,
    ),
]
