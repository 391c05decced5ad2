"""Where a reminder shows: the system tray, freedesktop notifications, or nowhere.

- The system tray (``QSystemTrayIcon.showMessage``) where there is one: Windows, macOS,
  and most Linux desktops. Clicking the message opens the entry.
- Else, on Linux, the freedesktop notification service over the session D-Bus. The call
  goes through GLib's ``gdbus`` tool, started with QProcess (never blocking the window):
  PySide6's QtDBus has no way to send the unsigned id the ``Notify`` method takes, so
  its calls are refused by every notification server. The click comes back through
  QtDBus, as the service's ``ActionInvoked`` signal.
- Else nowhere: "Coming up" in the window still shows every deadline.

The words shown are the scheduler's, which are private on a lock screen.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
from typing import Any

from PySide6.QtCore import SLOT, QObject, QProcess, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from organizer import APP_NAME
from organizer.core.deadlines import Deadline

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def notify_arguments(app_name: str, title: str, text: str) -> list[str]:
    """The ``gdbus`` command line for one freedesktop notification with an "Open" action."""
    return [
        "call",
        "--session",
        "--dest",
        SERVICE,
        "--object-path",
        PATH,
        "--method",
        f"{SERVICE}.Notify",
        app_name,
        "0",
        "",
        title,
        text,
        '["default", "Open"]',
        "{}",
        "--",
        "-1",
    ]


def notification_id(output: str) -> int | None:
    """The id in gdbus's answer, ``(uint32 7,)``."""
    found = re.search(r"uint32 (\d+)", output)
    return int(found.group(1)) if found else None


class Notifier(QObject):
    """Shows reminders; ``opened`` carries the deadline whose reminder was clicked."""

    opened = Signal(object)  # Deadline
    show_window = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None
        self.last: Deadline | None = None
        self.ids: set[int] = set()
        self.backend = "none"
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.backend = "tray"
            app_icon = icon or QApplication.windowIcon()
            self.tray = QSystemTrayIcon(app_icon, self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(lambda _reason: self.show_window.emit())
            self._menu = self.tray_menu()
            self.tray.setContextMenu(self._menu)
        elif (
            sys.platform.startswith("linux")
            and shutil.which("gdbus")
            and os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        ):
            # D-Bus is touched only when there is something to show (no thread before).
            self.backend = "freedesktop"
        self._listening = False

    def tray_menu(self) -> QMenu:
        """The tray icon's menu: open the window, or quit."""
        menu = QMenu()
        menu.addAction(self.tr("Open the organizer"), self.show_window.emit)
        menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        return menu

    def _listen(self) -> bool:
        """Hear the clicks on our notifications; False when there is no session bus."""
        if self._listening:
            return True
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        # The slot as Qt's SLOT() names it (a str: PySide6 refuses bytes here). Any
        # sender: the ids this app was given are checked in the slot.
        slot: Any = SLOT("_invoked(uint,QString)")
        self._listening = bus.connect("", PATH, SERVICE, "ActionInvoked", self, slot)
        return True

    def show_tray_icon(self) -> None:
        """For "start in the tray": the icon stays while the window is closed."""
        if self.tray is not None:
            self.tray.show()

    def show(self, title: str, text: str, first: Deadline) -> bool:
        """Show the words; returns whether there was anywhere to show them."""
        self.last = first
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 20000)
            return True
        if self.backend == "freedesktop":
            if not self._listen():
                self.backend = "none"
                return False
            process = QProcess(self)
            process.finished.connect(lambda *_: self._sent(process))
            process.start("gdbus", notify_arguments("Infusion Coverage Organizer", title, text))
            return True
        return False

    def _sent(self, process: QProcess) -> None:
        output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        found = notification_id(output)
        if found is None:
            log.info("reminders: the notification service did not answer")
        else:
            self.ids.add(found)
        process.deleteLater()

    @Slot("uint", str)
    def _invoked(self, notification: int, _action: str) -> None:
        if notification in self.ids:
            self._clicked()

    def _clicked(self) -> None:
        self.show_window.emit()
        if self.last is not None:
            self.opened.emit(self.last)

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
