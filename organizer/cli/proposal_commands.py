"""``organizer proposals``: the suggestions waiting for review, and accepting them all."""

from __future__ import annotations

import argparse

from organizer.cli.commands import add_case_option, opened_db
from organizer.cli.options import Subcommand
from organizer.core.types import ROLE_WORDS
from organizer.services import cases


def configure(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--accept-all", action="store_true", help="accept every suggestion that is waiting"
    )


def run(args: argparse.Namespace) -> int:
    from organizer.services import proposals

    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        waiting = proposals.open_proposals(db, case.id)
        if not waiting:
            print("Nothing is waiting for review.")
            return 0
        for item in waiting:
            sure = f"{round((item.confidence or 0) * 100)}%"
            new = " (new entry)" if item.new_entry else ""
            role = ROLE_WORDS.get(item.role, item.role)
            print(f"{sure:>4}  {item.path}  ->  {item.entry_what}{new}: {role}")
            print(f"      why: {item.reason}")
            if item.flag:
                print(f"      look first: {item.flag} (Accept all leaves it for you)")
        if args.accept_all:
            done = proposals.accept_all(db, case.id)
            print(f"Accepted {len(done)} suggestion(s).")
    return 0


SUBCOMMANDS = [Subcommand("proposals", "list the suggestions waiting for review", configure, run)]
