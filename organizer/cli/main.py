"""Entry point: parse, dispatch, and turn errors into exit codes.

Exit codes: 0 success; 2 a problem the user or their environment caused, told in one
line on stderr; 1 a bug.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from organizer.cli import commands
from organizer.cli.options import parse
from organizer.cli.terminal import EscapingStream
from organizer.core import clock
from organizer.core.errors import KnownError
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.logs import setup_logging

log = logging.getLogger(__name__)


def window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "help", "a case folder to open, or PDF and image files to add to the current case"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "help", "check that this installation works (and its window, when there is a display)"
        ),
    )
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "help", "start with only the tray icon showing (as when started with the computer)"
        ),
    )
    # The window step of --self-test runs in a child process started with this.
    parser.add_argument("--self-test-window", metavar="DB", help=argparse.SUPPRESS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; what it prints is escaped so the terminal only shows it."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = EscapingStream(out)
    sys.stderr = EscapingStream(err, keep_cr=True)
    try:
        return _main(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    subcommands = commands.all_subcommands()
    subcommand_known = False
    try:
        subcommand, args = parse(args_list, subcommands, window_options)
        subcommand_known = True
        setup_logging()
        from organizer.language import pick_language, set_language

        # The window settles its language once Qt starts (the one saved in its settings
        # counts too); until then, a problem with the files named is told in this one.
        set_language(pick_language(getattr(args, "lang", None)))
        if subcommand is None and args.self_test_window:
            from pathlib import Path

            from organizer.cli.selftest import run_window_check

            return run_window_check(Path(args.self_test_window))
        if getattr(args, "today", None):
            os.environ[clock.ENV] = args.today  # every command and the window use this day
        if subcommand is None and args.self_test:
            from organizer.cli.selftest import run_self_test

            return run_self_test()
        if subcommand is None:
            from organizer.gui.launch import run_window

            return run_window(args)
        if args.demo:
            from organizer.cli.demo_option import run_on_demo

            return run_on_demo(subcommand, args)
        return subcommand.run(args)
    except KnownError as exc:
        from organizer.cli.help_words import help_language
        from organizer.language import in_language, language
        from organizer.words import error_words

        # A problem found while reading the command line is told in the language --lang
        # asks for (the language is chosen once the command is known).
        code = language() if subcommand_known else help_language(args_list)
        with in_language(code):
            print(f"organizer: {error_words(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        from organizer.language import translate

        print(translate("cli", "organizer: stopped."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``organizer missing | head``): nothing more to say, and no
        # bug. Later writes to the closed pipe (at exit) go nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a shell reports a command ended by SIGPIPE
    except Exception:  # noqa: BLE001 - last resort: report a bug, exit 1
        from organizer.language import translate

        traceback.print_exc()
        bug = translate("cli", "organizer: an unexpected error happened (a bug); details above.")
        print(bug, file=sys.stderr)
        return 1
