"""Deadlines in the window: "Coming up", the Timeline tab, reminders, the calendar file.

Installed on the main window with one call, so the window's own modules stay as they
are: it adds its widgets and menu items, and follows the controller's snapshots.
"""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPageLayout, QPainter, QPalette
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QMenu,
    QMenuBar,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organizer.core.deadlines import Deadline
from organizer.core.paths import data_dir
from organizer.core.records import LogEntryInfo
from organizer.gui import autostart
from organizer.gui.coming_up import ComingUpBox
from organizer.gui.dialogs.quiet_hours import QuietHoursDialog
from organizer.gui.notify import Notifier
from organizer.gui.ops import deadline_ops
from organizer.gui.ops.reminder_ops import ToldStore
from organizer.gui.reminders import ReminderScheduler, ReminderSettings
from organizer.gui.timeline_geometry import timeline_geometry
from organizer.gui.timeline_view import TimelineTab, paint_timeline
from organizer.language import translate
from organizer.words import wording

if TYPE_CHECKING:
    from organizer.core.snapshot import CaseSnapshot
    from organizer.gui.controller import CaseController
    from organizer.gui.list_tabs import ListTab
    from organizer.gui.log_model import LogTableModel, LogTableView
    from organizer.gui.missing_panel import MissingPanel
    from organizer.gui.window_commands import WindowCommands


class DeadlineWindow(Protocol):
    """What these features use of the main window, and nothing more: named here so this
    module does not import the window back (no circles, see the import contracts)."""

    @property
    def controller(self) -> CaseController: ...
    @property
    def commands(self) -> WindowCommands: ...
    @property
    def snapshot(self) -> CaseSnapshot | None: ...
    @property
    def missing(self) -> MissingPanel: ...
    @property
    def splitter(self) -> QSplitter: ...
    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def log_model(self) -> LogTableModel: ...
    @property
    def log_view(self) -> LogTableView: ...
    @property
    def calls_tab(self) -> ListTab: ...
    @property
    def calls_list(self) -> QListWidget: ...

    def parent_widget(self) -> QWidget: ...
    def tr(self, text: str, /) -> str: ...
    def show_error(self, message: str, /) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def menuBar(self) -> QMenuBar: ...
    def windowIcon(self) -> QIcon: ...
    def close(self) -> bool: ...
    def hide(self) -> None: ...
    def isMinimized(self) -> bool: ...
    def isVisible(self) -> bool: ...
    def showNormal(self) -> None: ...
    def showMinimized(self) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...


REMINDERS_FILE = "reminders.json"


class DeadlineFeatures(QObject):
    def __init__(self, window: DeadlineWindow, notifier: Notifier | None = None) -> None:
        super().__init__(window.parent_widget())
        self.window = window
        self.opened_once = False
        self.coming_up = ComingUpBox(window.missing)
        layout = window.missing.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.coming_up)
        self.timeline = TimelineTab(window.parent_widget())
        self.timeline_index = window.tabs.addTab(self.timeline, translate("words", "&Timeline"))
        self.timeline.canvas.entry_requested.connect(self.open_entry)
        self.coming_up.entry_requested.connect(self.open_entry)
        self.coming_up.call_requested.connect(self.open_call)

        self.notifier = notifier or Notifier(window.windowIcon(), self)
        self.notifier.opened.connect(self._open_deadline)
        self.notifier.show_window.connect(self.bring_up)
        self.notifier.quit_requested.connect(window.close)
        store = ToldStore(data_dir() / REMINDERS_FILE)
        self.scheduler = ReminderScheduler(
            store,
            self.notifier.show,
            window.controller.runner,
            today=window.controller.today,
            parent=self,
        )
        self.scheduler.shown.connect(
            lambda _title, text: window.statusBar().showMessage(text, 15000)
        )
        window.controller.snapshot_ready.connect(self.show_snapshot)
        self.scheduler.start()

    # --- menus ------------------------------------------------------------------------
    # Made by actions.build from the actions table (owner "deadlines").
    calendar_action: QAction
    print_timeline_action: QAction

    def build_reminders_menu(self) -> None:
        """The Reminders submenu (checkable items), after the table's deadline items."""
        w = self.window
        file_menu = w.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        actions = file_menu.actions()
        after = actions.index(self.print_timeline_action) + 1
        before = actions[after] if after < len(actions) else None
        reminders = QMenu(translate("words", "Re&minders"), w.parent_widget())
        self.reminders_action = reminders.addAction(translate("words", "Show &reminders"))
        self.reminders_action.setCheckable(True)
        self.reminders_action.setChecked(ReminderSettings.load().enabled)
        self.reminders_action.toggled.connect(self.set_reminders)
        self.quiet_action = reminders.addAction(translate("words", "&Quiet hours…"))
        self.quiet_action.triggered.connect(self.edit_quiet_hours)
        self.autostart_action = reminders.addAction(
            translate("words", "&Start with the computer, in the tray")
        )
        self.autostart_action.setCheckable(True)
        self.autostart_action.setChecked(autostart.is_enabled())
        self.autostart_action.toggled.connect(self.set_autostart)
        file_menu.insertMenu(before, reminders)  # type: ignore[arg-type]
        self.reminders_menu = reminders

    # --- following the case -----------------------------------------------------------
    def show_snapshot(self, snapshot: CaseSnapshot) -> None:
        today = snapshot.today
        self.coming_up.set_deadlines(snapshot.deadlines, today)
        self.timeline.set_data(snapshot.log, snapshot.deadlines, today)
        # Reminders are for what the user has confirmed, never for a suggestion.
        self.scheduler.set_deadlines([d for d in snapshot.deadlines if not d.proposed])
        if not self.opened_once:
            self.opened_once = True
            if self.coming_up.needs_attention(today):
                self.focus_coming_up()

    def focus_coming_up(self) -> None:
        """Something is due today or overdue: the window opens on "Coming up"."""
        sizes = self.window.splitter.sizes()
        if sizes and sizes[0] == 0:
            self.window.splitter.setSizes([max(sizes[1] // 3, 360), sizes[1]])
        self.window.missing.scroller.verticalScrollBar().setValue(0)
        if self.coming_up.lines:
            self.coming_up.lines[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def bring_up(self) -> None:
        w = self.window
        if w.isMinimized() or not w.isVisible():
            w.showNormal()
        w.raise_()
        w.activateWindow()

    def start_in_tray(self) -> None:
        """Started with the computer: only the tray icon shows, when there is a tray."""
        if self.notifier.tray is not None:
            self.notifier.show_tray_icon()
            self.window.hide()
        else:
            self.window.showMinimized()

    # --- opening things ---------------------------------------------------------------
    def _open_deadline(self, item: Deadline) -> None:
        if item.log_id is not None:
            self.open_entry(item.log_id)
        elif item.call_id is not None:
            self.open_call(item.call_id)

    def select_entry(self, log_id: int) -> int:
        """Show the entry on the Log tab; returns its row (-1 when it is gone)."""
        w = self.window
        for row in range(w.log_model.rowCount()):
            if w.log_model.entry(row).id == log_id:
                page = w.log_view.parentWidget()
                if page is not None:
                    w.tabs.setCurrentIndex(w.tabs.indexOf(page))
                w.log_view.selectRow(row)
                return row
        return -1

    def open_entry(self, log_id: int) -> None:
        row = self.select_entry(log_id)
        if row >= 0:
            # After the click that asked for it has been handled.
            entry = self.window.log_model.entry(row)
            QTimer.singleShot(0, lambda: self.window.commands.edit_entry(entry))

    def open_call(self, call_id: int) -> None:
        w = self.window
        w.tabs.setCurrentIndex(w.tabs.indexOf(w.calls_tab))
        for index in range(w.calls_list.count()):
            item = w.calls_list.item(index)
            if getattr(item.data(0x0100), "id", None) == call_id:
                w.calls_list.setCurrentItem(item)
                QTimer.singleShot(0, lambda i=item: w.commands.edit_call_item(i))
                return

    # --- settings -----------------------------------------------------------------------
    def set_reminders(self, on: bool) -> None:
        settings = ReminderSettings.load()
        ReminderSettings(on, settings.quiet_from, settings.quiet_until).save()
        if on:
            self.scheduler.check()

    def edit_quiet_hours(self) -> None:
        dialog = QuietHoursDialog(ReminderSettings.load(), self.window.parent_widget())
        if dialog.exec():
            dialog.settings().save()
            self.scheduler.check()

    def set_autostart(self, on: bool) -> None:
        try:
            if on:
                where = autostart.enable()
                self.window.statusBar().showMessage(
                    translate(
                        "DeadlineFeatures", "The organizer will start with the computer ({0})."
                    ).format(where),
                    8000,
                )
            else:
                autostart.disable()
        except (OSError, subprocess.SubprocessError) as exc:
            self.autostart_action.blockSignals(True)
            self.autostart_action.setChecked(not on)
            self.autostart_action.blockSignals(False)
            self.window.show_error(
                translate(
                    "DeadlineFeatures", "Starting with the computer could not be set up: {0}"
                ).format(exc)
            )

    # --- the calendar and printing -------------------------------------------------------
    def export_calendar(self) -> None:
        w = self.window
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            w.parent_widget(),
            translate("DeadlineFeatures", "Export deadlines to calendar"),
            str(Path(folder) / "home-infusion-deadlines.ics"),
            translate("DeadlineFeatures", "Calendar files (*.ics)"),
        )
        if path:
            self.write_calendar(Path(path))

    def write_calendar(self, target: Path) -> None:
        ctrl = self.window.controller
        db, case = ctrl.db, ctrl.case

        def done(result: tuple[Path, int]) -> None:
            where, count = result
            self.window.statusBar().showMessage(
                translate("DeadlineFeatures", "Wrote {0} deadlines to {1}").format(count, where),
                10000,
            )

        ctrl.run(
            deadline_ops.export_calendar,
            db,
            case.id,
            case.folder,
            target,
            wording(),
            done=done,
            reload=False,
        )

    def print_timeline(self) -> None:
        snapshot = self.window.snapshot
        if snapshot is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintPreviewDialog(printer, self.window.parent_widget())
        dialog.setWindowTitle(translate("DeadlineFeatures", "Print timeline"))
        dialog.paintRequested.connect(
            lambda p: render_timeline(p, snapshot.log, snapshot.deadlines, snapshot.today)
        )
        dialog.exec()


def print_palette() -> QPalette:
    """Black on white, whatever the window's palette: paper is white."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.PlaceholderText, "#444444"),
        (QPalette.ColorRole.Mid, "#bbbbbb"),
        (QPalette.ColorRole.AlternateBase, "#f2f2f2"),
        (QPalette.ColorRole.Highlight, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def render_timeline(
    printer: QPrinter, entries: list[LogEntryInfo], deadlines: list[Deadline], today: date
) -> None:
    """The timeline on one landscape page, scaled to fit, with a title line."""
    painter = QPainter(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    width = 1100.0
    geometry = timeline_geometry(entries, deadlines, today, width)
    title_h = 40.0
    scale = min(page.width() / width, page.height() / (geometry.height + title_h))
    painter.scale(scale, scale)
    # Sized in the drawing's own units, so the page scale applies to text as to lines.
    font = QFont(painter.font())
    font.setPixelSize(13)
    painter.setFont(font)
    printed = datetime.now().astimezone()
    painter.drawText(
        0,
        24,
        f"Timeline of the insurance steps, as of {today.isoformat()} "
        f"(printed {printed:%Y-%m-%d %H:%M})",
    )
    painter.translate(0, title_h)
    paint_timeline(painter, geometry, print_palette(), today)
    painter.end()


def install(window: DeadlineWindow) -> DeadlineFeatures:
    """Add the deadline features to ``window`` (its menu items come from the actions
    table: call ``build_reminders_menu`` once the table is built)."""
    return DeadlineFeatures(window)
