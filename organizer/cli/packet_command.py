"""``organizer packet``: a fax-ready packet for one log entry, without a window.

A cover page, then the entry's confirmed submission documents whole. Kept by default in
the case folder under ``Sent/YYYY-MM-DD/`` (a new file, never an overwrite), like
``Imported/``; ``--out`` writes it elsewhere instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from organizer.cli.commands import add_case_option, add_entry_option, opened_db
from organizer.cli.options import Subcommand
from organizer.cli.sheet_command import PAPER_WORDS, gui_application
from organizer.core import clock
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import SOURCE_LANGUAGE, language, translate
from organizer.services import cases, private_files

# The same as services.packet.RECIPIENTS; named here so that loading the command list
# never loads pypdf and Qt (a test checks `missing` starts light).
RECIPIENTS = ("office", "pharmacy", "plan")


def configure(parser: argparse.ArgumentParser) -> None:
    add_case_option(parser)
    add_entry_option(parser)
    parser.add_argument(
        "--out",
        metavar="FILE.pdf",
        type=Path,
        help=QT_TRANSLATE_NOOP(
            "help",
            "write the packet here instead (outside the case folder). Default: a new file "
            "in the case folder under Sent/YYYY-MM-DD/, the only files the app adds there "
            "besides Imported/; it never changes or replaces anything",
        ),
    )
    parser.add_argument(
        "--to",
        choices=RECIPIENTS,
        help=QT_TRANSLATE_NOOP(
            "help", "who receives it (default: whoever the entry says it is sent to, else the plan)"
        ),
    )
    parser.add_argument(
        "--file",
        metavar="FILE.pdf",
        type=Path,
        action="append",
        help=QT_TRANSLATE_NOOP(
            "help",
            "enclose this file (repeat, in order); default: the entry's confirmed "
            "submission documents, in path order",
        ),
    )
    parser.add_argument(
        "--password",
        metavar="NAME=PASSWORD",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("help", "the password of a locked enclosure, by its file name"),
    )
    parser.add_argument(
        "--from",
        dest="sender",
        default="",
        help=QT_TRANSLATE_NOOP("help", "the sender (default: patient)"),
    )
    parser.add_argument(
        "--phone", default="", help=QT_TRANSLATE_NOOP("help", "a phone number to call back")
    )
    parser.add_argument(
        "--paper",
        choices=tuple(PAPER_WORDS),
        help=QT_TRANSLATE_NOOP("help", "paper size of the cover"),
    )
    parser.add_argument(
        "--mark-sent",
        action="store_true",
        help=QT_TRANSLATE_NOOP("help", "record the entry as sent today, by fax, to the recipient"),
    )


def passwords(pairs: list[str]) -> dict[str, str]:
    found = {}
    for pair in pairs:
        name, sep, password = pair.partition("=")
        if not sep:
            said = translate("cli", "--password takes NAME=PASSWORD, not {0}")
            raise SystemExit(said.format(repr(pair)))
        found[name] = password
    return found


def run(args: argparse.Namespace) -> int:
    from organizer.services import packet
    from organizer.sheet.data import plural

    today = clock.today()
    given = passwords(args.password)
    with opened_db(args) as db:
        case = cases.choose_case(db, args.case)
        entry = packet.case_entry(db, case, args.entry)
        if args.out is not None:
            private_files.checked_target(args.out, case.folder, "packet")
        cover = packet.packet_cover(
            db,
            case,
            entry,
            day=today,
            to=args.to,
            files=args.file,
            sender=args.sender,
            callback_phone=args.phone,
            passwords=given,
        )
        _app = gui_application()  # fonts and painting need one
        from organizer.sheet.packet_cover import cover_pdf
        from organizer.sheet.render import default_paper

        drawn, cover = cover_pdf(cover, args.paper or default_paper())
        content = packet.merge_packet(drawn, cover, given)
        if args.out is not None:
            where = str(private_files.write_private_file(args.out, content, case.folder, "packet"))
        else:
            name = packet.packet_file_name(cover)
            where = packet.save_in_case(db, case, entry.id, content, name, today)
        pages = (
            plural(cover.total_pages, "page")
            if language() == SOURCE_LANGUAGE
            else translate("cli", "%n page(s)", None, cover.total_pages)
        )
        fax = cover.recipient.fax or translate("cli", "not filled in yet")
        said = translate("cli", "Wrote a packet of {0} for {1} (fax {2}) to {3}")
        print(said.format(pages, cover.recipient.name, fax, where))
        if args.mark_sent:
            packet.mark_sent(db, entry.id, cover.recipient, today)
            said = translate("cli", "Marked as sent {0} by fax to {1}.")
            from organizer.words import listed_date

            print(said.format(listed_date(today), cover.recipient.name))
    return 0


SUBCOMMANDS = [
    Subcommand(
        "packet",
        QT_TRANSLATE_NOOP(
            "help", "make a fax-ready packet (cover page and documents) for an entry"
        ),
        configure,
        run,
    ),
]
