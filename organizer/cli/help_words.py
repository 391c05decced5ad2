"""``organizer --help`` and each command's help in the chosen language.

The help texts are marked ``QT_TRANSLATE_NOOP("help", …)`` where the options are made; the
parser is built in English, then, in another language, its texts and argparse's own few
words ("usage:", "options", "show this help message and exit") are looked up in the
catalogue before anything is parsed. The language comes from ``--lang`` wherever it stands
(before or after the command), else the system's. English is left exactly as argparse and
the commands wrote it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import SOURCE_LANGUAGE, in_language, pick_language, translate

CONTEXT = "help"

# argparse's own words (Python 3.10 and later), and the list of commands under the help.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("help", "usage: "),
    QT_TRANSLATE_NOOP("help", "options"),
    QT_TRANSLATE_NOOP("help", "positional arguments"),
    QT_TRANSLATE_NOOP("help", "show this help message and exit"),
    QT_TRANSLATE_NOOP("help", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("help", "commands:"),
    # What argparse says of a command line it can't take (Python 3.11's words).
    QT_TRANSLATE_NOOP("help", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("help", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("help", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("help", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("help", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("help", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("help", "expected one argument"),
    QT_TRANSLATE_NOOP("help", "expected at least one argument"),
    QT_TRANSLATE_NOOP("help", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("help", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("help", "one of the arguments %s is required"),
)


def asked_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` (``--lang es`` or ``--lang=es``) anywhere in ``argv``."""
    for index, word in enumerate(argv):
        if word == "--":
            return None
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def help_language(argv: Sequence[str]) -> str:
    return pick_language(asked_language(argv))


def commands_list(names_and_helps: Sequence[tuple[str, str]], code: str) -> str:
    """The list of commands shown under ``organizer --help``."""
    with in_language(code):
        title = _say("commands:", code)
        lines = (f"  {name:<10} {_say(text, code)}" for name, text in names_and_helps)
        return title + "\n" + "\n".join(lines)


def say_parser(parser: argparse.ArgumentParser, code: str) -> None:
    """Put the parser's help words in the language ``code`` (nothing changes in English)."""
    if code == SOURCE_LANGUAGE:
        return
    with in_language(code):
        if parser.description:
            parser.description = _say(parser.description, code)
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = _say(action.help, code)
        for group in parser._action_groups:
            if group.title:
                group.title = _say(group.title, code)
        usage = _say("usage: ", code)
    base = parser.formatter_class

    def formatter(prog: str) -> argparse.HelpFormatter:
        made: Any = base(prog=prog)
        add_usage = made.add_usage

        def said_usage(*args: Any, prefix: str | None = None) -> None:
            add_usage(*args, prefix=usage if prefix is None else prefix)

        made.add_usage = said_usage
        return made  # type: ignore[no-any-return]

    parser.formatter_class = formatter


@contextmanager
def argparse_words(code: str) -> Iterator[None]:
    """argparse's own messages (an unknown option, a missing one) in the language ``code``
    while the command line is read; argparse looks each up through its module's ``_``."""
    if code == SOURCE_LANGUAGE:
        yield
        return
    english = argparse._  # type: ignore[attr-defined]

    def said(text: str) -> str:
        with in_language(code):
            return translate(CONTEXT, text)

    argparse._ = said  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


def _say(text: str, code: str) -> str:
    return translate(CONTEXT, text) if code != SOURCE_LANGUAGE else text
