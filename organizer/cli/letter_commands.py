"""``organizer letter`` and ``organizer callsheet``: documents to edit, sign, or call with.

Both are written outside the case folder, readable by the user only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from organizer.cli.commands import add_case_option, add_entry_option, opened_db
from organizer.cli.options import Subcommand
from organizer.cli.sheet_command import PAPER_WORDS, gui_application
from organizer.core import clock
from organizer.core.errors import KnownError
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import translate
from organizer.services import cases, private_files

# The same as services.letter_drafts.KINDS; named here so that loading the command list
# never loads the letter writers.
LETTER_KINDS = ("appeal", "provider-request", "case-file")


def configure_letter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind", choices=LETTER_KINDS, help=QT_TRANSLATE_NOOP("help", "which letter")
    )
    add_case_option(parser)
    add_entry_option(parser)
    parser.add_argument(
        "--out",
        metavar="FILE.docx|FILE.pdf",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP(
            "help", "where to write it (outside the case folder): .docx to edit, .pdf to print"
        ),
    )
    parser.add_argument(
        "--paper", choices=tuple(PAPER_WORDS), help=QT_TRANSLATE_NOOP("help", "paper size of a PDF")
    )


def run_letter(args: argparse.Namespace) -> int:
    from organizer.services import letter_drafts
    from organizer.words import wording

    suffix = args.out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise KnownError(
            translate("cli", "Give a file name ending in .docx (to edit) or .pdf (to print).")
        )
    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        private_files.checked_target(args.out, case.folder, "letter")
        letter = letter_drafts.build_letter(
            db, case, args.entry, args.kind, clock.today(), wording()
        )
    if suffix == ".docx":
        content = letter_drafts.letter_docx(letter)
    else:
        _app = gui_application()
        from organizer.sheet.letter_pdf import letter_pdf
        from organizer.sheet.render import default_paper

        content = letter_pdf(letter, args.paper or default_paper())
    target = private_files.write_private_file(args.out, content, case.folder, "letter")
    said = translate("cli", "Wrote the letter to edit and sign ({0}) to {1}")
    print(said.format(letter.title, target))
    return 0


def configure_callsheet(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--out",
        metavar="FILE.pdf",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP(
            "help",
            "where to write the sheet (outside the case folder); written readable by you only",
        ),
    )
    parser.add_argument(
        "--paper", choices=tuple(PAPER_WORDS), help=QT_TRANSLATE_NOOP("help", "paper size")
    )


def run_callsheet(args: argparse.Namespace) -> int:
    from organizer.services import call_sheet

    today = clock.today()
    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        private_files.checked_target(args.out, case.folder, "call sheet")
        pages = call_sheet.call_pages(db, case, today)
    _app = gui_application()
    from organizer.sheet.call_sheet import call_sheet_pdf
    from organizer.sheet.render import default_paper

    content, count = call_sheet_pdf(pages, today, args.paper or default_paper())
    target = private_files.write_private_file(args.out, content, case.folder, "call sheet")
    nobody = translate("cli", "nobody (nothing is missing)")
    names = ", ".join(p.organisation for p in pages) or nobody
    said = translate("cli", "Wrote the sheet for calls ({0} pages: {1}) to {2}")
    print(said.format(count, names, target))
    return 0


SUBCOMMANDS = [
    Subcommand(
        "letter",
        QT_TRANSLATE_NOOP(
            "help",
            "write a letter to edit and sign (appeal, provider-request, case-file) "
            "as .docx or .pdf",
        ),
        configure_letter,
        run_letter,
    ),
    Subcommand(
        "callsheet",
        QT_TRANSLATE_NOOP(
            "help",
            "write a sheet for phone calls: a page per organisation, with the three questions",
        ),
        configure_callsheet,
        run_callsheet,
    ),
]
