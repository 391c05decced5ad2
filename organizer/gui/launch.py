"""Starting the window: pick the database and the case, then run the event loop."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from organizer import APP_ID, APP_NAME
from organizer.core.errors import KnownError, told
from organizer.core.paths import resource
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.records import CaseInfo
from organizer.gui.ops import app_ops
from organizer.gui.ops.app_ops import Database, DemoCopy
from organizer.gui.settings_keys import LAST_CASE_KEY
from organizer.gui.translation import choose_language, install_translators

DESKTOP_ID = "org.infusioncoverage.Organizer"


def needs_offscreen() -> bool:
    """True where there is no display to show a window on."""
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def make_application(lang: str | None = None) -> object:
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    choose_language(lang)  # --lang, else the saved choice, else the system's
    install_translators(app)  # before any window: every word is looked up through it
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    icon = resource("icon.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def split_paths(paths: list[Path]) -> tuple[Path | None, list[Path]]:
    """A case folder to open (at most one) and the files to add to the case."""
    folders = [p for p in paths if p.is_dir()]
    files = [p for p in paths if not p.is_dir()]
    missing = [str(p) for p in files if not p.exists()]
    if missing:
        raise KnownError(told(QT_TRANSLATE_NOOP("errors", "Not found: {0}"), ", ".join(missing)))
    if len(folders) > 1:
        raise KnownError(told(QT_TRANSLATE_NOOP("errors", "Open one case folder at a time.")))
    return (folders[0] if folders else None), files


def choose_case(db: Database, folder: Path | None) -> CaseInfo | None:
    """The case to show: the folder given, else the last one opened, else None (first run)."""
    from PySide6.QtCore import QSettings

    last = QSettings().value(LAST_CASE_KEY)
    return app_ops.case_to_show(db, folder, last if isinstance(last, str) else None)


def first_run(db: Database) -> tuple[CaseInfo | None, DemoCopy | None, Database]:
    """The welcome screen: choose or create the case folder, or open the demo."""
    from organizer.gui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    if not dialog.exec():
        return None, None, db
    choice = dialog.result_value()
    if choice.demo:
        db.dispose()
        demo, demo_db, demo_case = app_ops.open_demo()
        return demo_case, demo, demo_db
    assert choice.folder is not None
    choice.folder.mkdir(parents=True, exist_ok=True)
    existing = app_ops.find_case(db, choice.folder)
    case = existing or app_ops.create_case(db, choice.folder, choice.profile)
    return case, None, db


def run_window(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from organizer.gui.errors import install_error_reporter
    from organizer.gui.shell import AppShell
    from organizer.gui.single_instance import (
        InstanceServer,
        demo_server_name,
        hand_over,
        server_name,
    )

    if needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    demo: DemoCopy | None = None
    files: list[Path] = []
    server: InstanceServer | None = None
    if args.demo:
        _, files = split_paths([Path(p) for p in args.paths])  # files join the demo case
        # The window platform starts first: if Qt can't start it (and aborts), no demo copy
        # has been made yet to be left behind. Copies left by a crash are removed here.
        app = make_application(getattr(args, "lang", None))
        app_ops.remove_abandoned_demos()
        # The demo runs on its own, with its own database, beside any real window. Files
        # a later launch hands over are added to it.
        demo, db, demo_case = app_ops.open_demo()
        case: CaseInfo | None = demo_case
        server = InstanceServer(demo_server_name(), lambda paths: shell.receive(paths))
    else:
        folder, files = split_paths([Path(p) for p in args.paths])
        url = app_ops.database_url(args.db)
        assert url.database is not None
        app = make_application(getattr(args, "lang", None))
        name = server_name(Path(url.database))
        if hand_over(name, [p for p in (folder, *files) if p is not None]):
            return 0  # the window that is already open took them
        if files and folder is None and hand_over(demo_server_name(), files):
            return 0  # only the demo window is open: the files go there
        db = app_ops.open_db(url)
        server = InstanceServer(name, lambda paths: shell.receive(paths))
        case = choose_case(db, folder)
        if case is None:
            case, demo, db = first_run(db)
            if case is None:
                server.close()
                db.dispose()
                if files:
                    names = ", ".join(str(f) for f in files)
                    raise KnownError(
                        told(
                            QT_TRANSLATE_NOOP(
                                "errors", "No case was chosen, so these files were not added: {0}"
                            ),
                            names,
                        )
                    )
                return 0
    assert isinstance(app, QApplication) and case is not None
    shell = AppShell(app, db, remember=demo is None)
    # From here on, an unexpected error is logged and told in plain words; the app goes on.
    reporter = install_error_reporter(lambda: shell.window, shell.runner)
    window = shell.open_case(case)
    if getattr(args, "in_tray", False):
        window.deadlines.start_in_tray()
    if demo is None:
        shell.take_startup_copy()  # in the background: the window is already open
    if files:
        window.commands.import_files(files)
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        if server is not None:
            server.close()
        shell.close()
        db.dispose()
        if demo is not None:
            demo.remove()
