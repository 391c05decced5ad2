"""Freedesktop notifications for real: a private session bus (``dbus-run-session``), a
small notification service on it, and the organizer's Notifier with no system tray.

The service checks the ``Notify`` call has the signature the specification gives (its slot
only matches ``susssasa{sv}i``), answers with an id, and then "clicks" the notification by
sending ``ActionInvoked`` for that id; the Notifier must open the deadline it showed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SERVICE = """
import subprocess, sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot, ClassInfo
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication(sys.argv)

@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Service(QObject):
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces, icon, summary, body, actions, hints, timeout):
        print("NOTIFY", app_name, "|", summary, "|", body, "|", ",".join(actions), flush=True)
        QTimer.singleShot(200, lambda: subprocess.run([
            "gdbus", "emit", "--session", "--object-path", "/org/freedesktop/Notifications",
            "--signal", "org.freedesktop.Notifications.ActionInvoked", "uint32 41", "'default'",
        ], check=True))
        return 41

bus = QDBusConnection.sessionBus()
service = Service()
assert bus.registerObject(
    "/org/freedesktop/Notifications", service, QDBusConnection.RegisterOption.ExportAllSlots
)
assert bus.registerService("org.freedesktop.Notifications")
print("READY", flush=True)
app.exec()
"""

CLIENT = """
import sys
from datetime import date
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from organizer.core.deadlines import Deadline
from organizer.gui.notify import Notifier

app = QApplication(sys.argv)
notifier = Notifier()
print("BACKEND", notifier.backend, flush=True)
def opened(item):
    print("OPENED", item.log_id, flush=True)
    app.quit()
notifier.opened.connect(opened)
item = Deadline(date(2026, 11, 21), "due", "Lab results due", "Riverbend", 5)
print("SHOWN", notifier.show("Home infusion", "1 thing is due today.", item), flush=True)
QTimer.singleShot(15000, app.quit)
app.exec()
"""


def test_a_freedesktop_notification_is_sent_and_its_click_opens_the_entry(
    tmp_path: Path,
) -> None:
    (tmp_path / "service.py").write_text(SERVICE)
    (tmp_path / "client.py").write_text(CLIENT)
    python = sys.executable
    script = (
        f"{python} service.py > service.log 2>&1 & "
        "for i in $(seq 100); do grep -q READY service.log && break; sleep 0.1; done; "
        f"{python} client.py; kill %1"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = done.stdout
    assert "BACKEND freedesktop" in out, out + done.stderr
    assert "SHOWN True" in out
    assert "OPENED 5" in out, out + done.stderr
    service_log = (tmp_path / "service.log").read_text()
    assert (
        "NOTIFY Infusion Coverage Organizer | Home infusion | 1 thing is due today. | "
        "default,Open" in service_log
    )
