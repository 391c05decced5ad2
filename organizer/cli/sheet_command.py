"""``organizer sheet``: the one-page status sheet as a PDF, without a window.

The same drawing code as the window's Print and "Save status sheet as PDF". Where there is
no display (a server, a terminal session), Qt's offscreen platform is used by itself.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from organizer.cli.commands import add_case_option, opened_db
from organizer.cli.options import Subcommand
from organizer.core import clock
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import translate
from organizer.services import cases

PAPER_WORDS = {"letter": QT_TRANSLATE_NOOP("cli", "Letter"), "a4": QT_TRANSLATE_NOOP("cli", "A4")}


def configure(parser: argparse.ArgumentParser) -> None:
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
        "--paper",
        choices=tuple(PAPER_WORDS),
        help=QT_TRANSLATE_NOOP(
            "help", "paper size (default: letter in the US and Canada, a4 elsewhere)"
        ),
    )


def gui_application() -> object:
    """The running Qt application, or a new headless-capable one."""
    from PySide6.QtGui import QGuiApplication

    from organizer.gui.launch import needs_offscreen

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication([sys.argv[0] if sys.argv else "organizer"])


def run(args: argparse.Namespace) -> int:
    from organizer.sheet.data import check_sheet_target, sheet_data

    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        check_sheet_target(args.out, case.folder)
        now = datetime.now().astimezone()
        data = sheet_data(db, case, today=clock.today(), now=now)
    _app = gui_application()  # fonts and painting need one: keep it until the sheet is written
    from organizer.sheet.render import default_paper, write_sheet_pdf

    paper = args.paper or default_paper()
    write_sheet_pdf(data, args.out, paper)
    said = translate("cli", "Wrote the status sheet for {0} to {1} ({2} paper)")
    print(said.format(case.title, args.out, translate("cli", PAPER_WORDS[paper])))
    return 0


SUBCOMMANDS = [
    Subcommand(
        "sheet",
        QT_TRANSLATE_NOOP("help", "write the one-page status sheet for the office as a PDF"),
        configure,
        run,
    )
]
