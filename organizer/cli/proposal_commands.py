"""``organizer proposals``: the suggestions waiting for review, and accepting them all."""

from __future__ import annotations

import argparse

from organizer.cli.commands import add_case_option, opened_db
from organizer.cli.options import Subcommand
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.types import role_words
from organizer.language import translate
from organizer.services import cases
from organizer.words import say_reason


def configure(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--accept-all",
        action="store_true",
        help=QT_TRANSLATE_NOOP("help", "accept every suggestion that is waiting"),
    )


def run(args: argparse.Namespace) -> int:
    from organizer.services import proposals

    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        waiting = proposals.open_proposals(db, case.id)
        if not waiting:
            print(translate("cli", "Nothing is waiting for review."))
            return 0
        for item in waiting:
            sure = f"{round((item.confidence or 0) * 100)}%"
            what = translate("phrases", item.entry_what)
            new = translate("cli", " (new entry)") if item.new_entry else ""
            role = translate("words", role_words(item.role, item.entry_item))
            print(f"{sure:>4}  {item.path}  ->  {what}{new}: {role}")
            print("      " + translate("cli", "why: {0}").format(say_reason(item.reason)))
            if item.flag:
                look = translate("cli", "look first: {0} (Accept all leaves it for you)")
                print("      " + look.format(say_reason(item.flag)))
        if args.accept_all:
            done = proposals.accept_all(db, case.id)
            print(translate("cli", "Accepted %n suggestion(s).", None, len(done)))
    return 0


SUBCOMMANDS = [
    Subcommand(
        "proposals",
        QT_TRANSLATE_NOOP("help", "list the suggestions waiting for review"),
        configure,
        run,
    )
]
