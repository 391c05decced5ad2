"""Parsing the command line so that global options work before and after a subcommand.

``organizer --db URL index F`` and ``organizer index F --db URL`` mean the same. The first
bare word that names a subcommand is the subcommand; ``./index`` reaches a folder of
that name.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from organizer import __version__
from organizer.core.clock import parse_day
from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP

# Global options that take a value: their value is never mistaken for a subcommand.
GLOBAL_OPTIONS_WITH_VALUE = ("--db", "--today", "--lang")


@dataclass(frozen=True, slots=True)
class Subcommand:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _day(value: str) -> str:
    try:
        return parse_day(value).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help=QT_TRANSLATE_NOOP(
            "help", "database to use, as an SQLAlchemy URL (sqlite:///path); overrides ORGANIZER_DB"
        ),
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_day,
        help=QT_TRANSLATE_NOOP(
            "help",
            "work everything out as of this day (overrides ORGANIZER_TODAY); "
            "for example to see what will be missing next week",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("en", "es"),
        help=QT_TRANSLATE_NOOP(
            "help", "language of the words: en (English) or es (Español); default: the system's"
        ),
    )
    parser.add_argument("--version", action="version", version=f"organizer {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("help", "open a fresh copy of the demo case with its own database"),
    )


def find_subcommand(argv: Sequence[str], names: Sequence[str]) -> int | None:
    """Index of the subcommand word in ``argv``, or None."""
    skip_next = False
    for index, word in enumerate(argv):
        if skip_next:
            skip_next = False
            continue
        if word == "--":
            return None
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            skip_next = True
            continue
        if word.startswith("-"):
            continue
        return index if word in names else None
    return None


def first_bare_word(argv: Sequence[str]) -> str | None:
    """The first word that is neither an option nor an option's value."""
    skip_next = False
    for word in argv:
        if skip_next:
            skip_next = False
            continue
        if word == "--":
            return None
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            skip_next = True
            continue
        if not word.startswith("-"):
            return word
    return None


def check_mistyped(argv: Sequence[str], names: Sequence[str]) -> None:
    """A word close to a command name, and no file or folder by that name: say which."""
    word = first_bare_word(argv)
    if word is None or "/" in word or "." in word or Path(word).exists():
        return
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.75)
    if close:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is not a command, nor a file or folder here. "
                    "Did you mean {1}? (organizer --help lists the commands)",
                ),
                repr(word),
                repr(close[0]),
            )
        )


def build_parser(
    subcommand: Subcommand | None, window_options: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    prog = "organizer" if subcommand is None else f"organizer {subcommand.name}"
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            QT_TRANSLATE_NOOP(
                "help",
                "Infusion Coverage Organizer keeps the insurance paperwork for home infusion "
                "therapy in one place.",
            )
            if subcommand is None
            else subcommand.help
        ),
    )
    add_global_options(parser)
    if subcommand is None:
        window_options(parser)
    else:
        subcommand.configure(parser)
    return parser


def parse(
    argv: Sequence[str],
    subcommands: Sequence[Subcommand],
    window_options: Callable[[argparse.ArgumentParser], None],
) -> tuple[Subcommand | None, argparse.Namespace]:
    """The command and its options; the help is in the language ``--lang`` asks for."""
    from organizer.cli.help_words import argparse_words, commands_list, help_language, say_parser

    code = help_language(argv)
    by_name = {s.name: s for s in subcommands}
    index = find_subcommand(argv, list(by_name))
    if index is None:
        check_mistyped(argv, list(by_name))
        parser = build_parser(None, window_options)
        parser.epilog = commands_list([(s.name, s.help) for s in subcommands], code)
        parser.formatter_class = argparse.RawDescriptionHelpFormatter
        say_parser(parser, code)
        with argparse_words(code):
            return None, parser.parse_args(list(argv))
    chosen = by_name[argv[index]]
    rest = [*argv[:index], *argv[index + 1 :]]
    parser = build_parser(chosen, window_options)
    say_parser(parser, code)
    with argparse_words(code):
        return chosen, parser.parse_args(rest)
