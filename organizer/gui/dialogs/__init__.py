"""Plain, calm dialogs the window opens: welcome, case details, log entries, calls,
questions and PDF passwords. Each returns plain values for the services to store."""

from organizer.gui.dialogs.call import CallDialog
from organizer.gui.dialogs.log_entry import LogEntryDialog
from organizer.gui.dialogs.password import PasswordDialog
from organizer.gui.dialogs.profile import ProfileDialog
from organizer.gui.dialogs.question import QuestionDialog
from organizer.gui.dialogs.welcome import WelcomeChoice, WelcomeDialog

__all__ = [
    "CallDialog",
    "LogEntryDialog",
    "PasswordDialog",
    "ProfileDialog",
    "QuestionDialog",
    "WelcomeChoice",
    "WelcomeDialog",
]
