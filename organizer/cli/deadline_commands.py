"""Subcommands for the case's dates: ``upcoming`` and ``calendar``."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from organizer.cli.commands import add_case_option, opened_db
from organizer.cli.log_commands import one_line
from organizer.cli.options import Subcommand
from organizer.core import clock
from organizer.core.deadlines import UPCOMING_DAYS, Deadline, when_words, within
from organizer.core.phrases import QT_TRANSLATE_NOOP, relative
from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.services import calendar_export, cases
from organizer.services.deadlines import case_deadlines


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        said = translate("cli", "{0} is not a whole number of days")
        raise argparse.ArgumentTypeError(said.format(repr(text))) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate("cli", "the number of days can't be negative"))
    return value


def configure_upcoming(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--days",
        metavar="N",
        type=_non_negative,
        default=UPCOMING_DAYS,
        help=QT_TRANSLATE_NOOP(
            "help",
            "how far ahead to look, in days (default %(default)s); overdue ones always show",
        ),
    )
    parser.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("help", "print JSON"))


def deadline_json(item: Deadline) -> dict[str, object]:
    return {
        "date": item.day.isoformat(),
        "kind": item.kind,
        "what": item.what,
        "who": item.who,
        "log_id": item.log_id,
    }


def run_upcoming(args: argparse.Namespace) -> int:
    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        items, _profile = case_deadlines(db, case.id)
    today = clock.today()
    items = within(items, today, args.days)
    if args.json:
        print(json.dumps([deadline_json(d) for d in items], indent=2, ensure_ascii=False))
    elif not items:
        said = translate("cli", "Nothing is overdue or due in the next {0} days.")
        print(said.format(args.days))
    else:
        print("\n".join(upcoming_line(item, today) for item in items))
    return 0


def upcoming_line(item: Deadline, today: date) -> str:
    """One deadline for a terminal: the day, OVERDUE in words, what, when and who."""
    from organizer import words

    late = translate("cli", "OVERDUE ") if item.day < today else ""
    if language() == SOURCE_LANGUAGE:
        what, when, who = item.what, when_words(item, today), item.who
    else:
        what, who = words.deadline_what(item), words.typed_who(item.who)
        left = item.days_left(today)
        if left < 0:
            when = translate("cli", "{0} ago").format(words.days_words(-left))
        else:
            when = words.say(relative(item.day, today))
    shown = translate("cli", " | who: {0}").format(one_line(who)) if who else ""
    return translate("cli", "{0}  {1}{2} ({3}){4}").format(
        words.listed_date(item.day), late, one_line(what), when, shown
    )


def configure_calendar(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    parser.add_argument(
        "--out",
        metavar="FILE.ics",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP(
            "help",
            "where to write the calendar file (outside the case folder); readable by you only",
        ),
    )
    parser.add_argument(
        "--remind-days",
        metavar="N",
        type=_non_negative,
        default=calendar_export.DEFAULT_REMIND_DAYS,
        help=QT_TRANSLATE_NOOP(
            "help",
            "a reminder this many days before each deadline (default %(default)s; 0 for none)",
        ),
    )


def run_calendar(args: argparse.Namespace) -> int:
    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        from organizer.words import wording

        target, count = calendar_export.export_calendar(
            db, case.id, case.folder, args.out, remind_days=args.remind_days, wording=wording()
        )
    print(translate("cli", "Wrote {0} deadlines to {1}").format(count, target))
    return 0


SUBCOMMANDS = [
    Subcommand(
        "upcoming",
        QT_TRANSLATE_NOOP("help", "list the deadlines that are overdue or come in the next days"),
        configure_upcoming,
        run_upcoming,
    ),
    Subcommand(
        "calendar",
        QT_TRANSLATE_NOOP("help", "write the open deadlines as a calendar file (.ics)"),
        configure_calendar,
        run_calendar,
    ),
]
