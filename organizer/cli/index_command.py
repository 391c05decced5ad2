"""``organizer index FOLDER``: bring a case's index up to date, headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from organizer.cli.commands import opened_db
from organizer.cli.options import Subcommand
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.language import translate
from organizer.services import cases, documents, pending_links

if TYPE_CHECKING:
    from organizer.jobs.indexer import Progress


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder", metavar="FOLDER", type=Path, help=QT_TRANSLATE_NOOP("help", "the case folder")
    )
    parser.add_argument(
        "--no-ocr", action="store_true", help=QT_TRANSLATE_NOOP("help", "don't read scanned pages")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "help", "print the summary as JSON, with each document's path, state and kind"
        ),
    )


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.drawn = False

    def __call__(self, progress: Progress) -> None:
        if not self.enabled or not progress.total:
            return
        width = 30
        filled = int(width * progress.done / progress.total)
        if progress.phase == "ocr":
            label = translate("cli", "reading scans")
        else:
            label = translate("cli", "reading")
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {progress.done}/{progress.total} {label}  ")
        sys.stderr.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")


def run(args: argparse.Namespace) -> int:
    # Imported when run: the indexer is slow to import, and other commands start sooner.
    from organizer.core.reading import STATUS_WORDS
    from organizer.jobs.indexer import Indexer, IndexSettings
    from organizer.jobs.ocr import INSTALL_HINT

    bar = ProgressBar()
    with opened_db(args) as db:
        case = cases.open_or_create_case(db, args.folder)
        indexer = Indexer(
            db,
            case,
            IndexSettings(ocr=not args.no_ocr),
            on_progress=bar,
            holder="an 'organizer index' run",
        )
        try:
            summary = indexer.run_once()
            pending_links.link_arrivals(db, case.id)  # files dropped on a log entry, now read
        finally:
            indexer.close()
            bar.finish()
        if indexer.ocr_missing_told:
            print(f"organizer: {INSTALL_HINT}", file=sys.stderr)
        listed = documents.list_documents(db, case.id) if args.json else []
    if args.json:
        payload = {
            "total": summary.total,
            "counts": summary.counts,
            "seconds": round(summary.seconds, 3),
            "documents": [
                {"path": d.path, "state": d.status, "kind": d.kind, "duplicate_of": d.duplicate_of}
                for d in listed
            ],
        }
        print(json.dumps(payload))
        return 0
    said = translate("cli", "{0} documents in {1} ({2} s)")
    print(said.format(summary.total, case.folder, f"{summary.seconds:.1f}"))
    for code, count in summary.counts.items():
        if count:
            print(f"  {count:>5}  {translate('words', STATUS_WORDS.get(code, code))} ({code})")
    return 0


SUBCOMMANDS = [
    Subcommand(
        "index", QT_TRANSLATE_NOOP("help", "read every document in a case folder"), configure, run
    )
]
