"""Unexpected errors in the window: written to the local log file, told in plain words.

A bug must not close the window in the middle of a phone call with the plan. Python calls
``sys.excepthook`` for an error that escapes a slot or event handler (Qt then goes on), and
``threading.excepthook`` for one that ends a thread; the background tasks report theirs
through ``TaskRunner.on_unhandled_error``. All three arrive here: the details go to the log
file, and the user sees a calm message that names the file. The traceback is only behind
"Show Details…", never in the message itself.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from organizer import APP_NAME
from organizer.core.errors import KnownError
from organizer.gui.tasks import TaskRunner
from organizer.language import translate
from organizer.logs import LOG_FORMAT, log_file
from organizer.words import error_words

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def plain_message(log_path: Path | None) -> str:
    if log_path is None:
        return (
            "Something went wrong. Your documents and notes are safe. The details could not "
            "be written to the log file."
        )
    return (
        "Something went wrong. Your documents and notes are safe. "
        f"Details were written to {log_path}."
    )


def details_of(info: ExcInfo) -> str:
    return "".join(traceback.format_exception(info[0], info[1], info[2]))


def build_error_dialog(parent: QWidget | None, text: str, details: str) -> QMessageBox:
    """The message, with the technical details only behind "Show Details…"."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok)
    ok = box.button(QMessageBox.StandardButton.Ok)
    if ok is not None:
        ok.setText(translate("CalmDialog", "OK"))
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        translate(
            "ErrorReporter",
            "The organizer keeps running. If it happens again, close it and open it again.",
        )
    )
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_error_dialog(parent: QWidget | None, text: str, details: str) -> QMessageBox:
    """Show the message without waiting for it (the window goes on working)."""
    box = build_error_dialog(parent, text, details)
    box.open()
    return box


def show_known_problem(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, APP_NAME, text)


class ErrorReporter(QObject):
    """Catches what nothing else caught, logs it, and tells the user once at a time."""

    # Errors from other threads cross to the GUI thread through this signal.
    _arrived = Signal(object)

    def __init__(self, parent_widget: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.log_path: Path | None = None
        self.reported = 0
        self._handler: logging.Handler | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._showing = False
        self._box: QMessageBox | None = None
        self._installed = False
        self._arrived.connect(self.report, Qt.ConnectionType.QueuedConnection)

    # --- installing -----------------------------------------------------------------
    def install(self, runner: TaskRunner | None = None) -> ErrorReporter:
        self.log_path = self._ensure_log_file()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        if runner is not None:
            self.route(runner)
        self._installed = True
        return self

    def route(self, runner: TaskRunner) -> None:
        """Background tasks started without their own error handler report here too."""
        runner.on_unhandled_error = self.report

    def uninstall(self) -> None:
        if not self._installed:
            return
        self._installed = False
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        if self._handler is not None:
            log.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def _ensure_log_file(self) -> Path | None:
        """The log file, with a handler writing to it unless logging already does."""
        try:
            path = log_file()
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except (OSError, KnownError):
            return None
        if not any(_writes_to(h, path) for h in logging.getLogger().handlers):
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter(LOG_FORMAT))
            handler.setLevel(logging.WARNING)
            log.addHandler(handler)
            self._handler = handler
        return path

    # --- the hooks --------------------------------------------------------------------
    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, exc, tb)
            return
        self.report(exc if exc.__traceback__ is not None else exc.with_traceback(tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error("unexpected error in the thread %s", name)
        self._arrived.emit(args.exc_value)

    # --- telling ------------------------------------------------------------------------
    def report(self, exc: BaseException) -> None:
        """Log ``exc`` and tell the user in plain words. Call on the GUI thread."""
        self.reported += 1
        if isinstance(exc, KnownError):
            log.warning("problem told to the user: %s", type(exc).__name__)
            self._tell(lambda parent: show_known_problem(parent, error_words(exc)))
            return
        info: ExcInfo = (type(exc), exc, exc.__traceback__)
        log.error("unexpected error in the window", exc_info=info)
        details = details_of(info)
        self._tell(lambda parent: self._keep(show_error_dialog(parent, self.message(), details)))

    def message(self) -> str:
        return plain_message(self.log_path)

    def _keep(self, box: object) -> None:
        self._box = box if isinstance(box, QMessageBox) else None

    def _tell(self, show: Callable[[QWidget | None], None]) -> None:
        box_open = self._box is not None and isValid(self._box) and self._box.isVisible()
        if self._showing or box_open:
            return  # one message at a time; the rest are in the log
        self._showing = True
        try:
            show(self.parent_widget())
        except Exception:  # telling must never raise again
            log.exception("could not show the error message")
        finally:
            self._showing = False


def _writes_to(handler: logging.Handler, path: Path) -> bool:
    name = getattr(handler, "baseFilename", None)
    return isinstance(name, str) and Path(name) == path


def install_error_reporter(
    parent_widget: Callable[[], QWidget | None], runner: TaskRunner | None = None
) -> ErrorReporter:
    """Install the hooks for the running window; returns the reporter (to uninstall)."""
    return ErrorReporter(parent_widget).install(runner)
