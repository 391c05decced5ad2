"""The timeline's geometry (points, bars, markers and bands where the dates put them), and
the window's deadline features: "Coming up", the Timeline tab, the calendar menu item."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from organizer.core.deadlines import deadlines
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.gui.timeline_geometry import (
    AXIS_HEIGHT,
    LABEL_WIDTH,
    RIGHT_MARGIN,
    ROW_HEIGHT,
    timeline_geometry,
    x_of,
)
from organizer.gui.timeline_view import TimelineCanvas, paint_timeline
from organizer.services import cases, log
from organizer.storage.database import Database
from tests.test_missing import entry

TODAY = date(2026, 11, 21)
WIDTH = 1000.0


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def sample() -> list:  # type: ignore[type-arg]
    return [
        entry(1, "prescription", what="Prescription", requested_on=days(-10), due=days(2)),
        entry(
            2,
            "prior_authorization",
            what="Prior authorization",
            requested_on=days(-12),
            submitted_on=days(-6),
            status="submitted",
            decision_wait_days=14,
        ),
        entry(
            3,
            "benefits_verification",
            what="Benefits check",
            requested_on=days(-20),
            submitted_on=days(-18),
            decision_on=days(-15),
            status="approved",
            approved_from=days(-15),
            approved_through=days(60),
            renewal_days=30,
        ),
        entry(4, "insurance_card", what="Card", status="not_needed"),
    ]


def test_points_bars_markers_and_bands_sit_where_the_dates_put_them() -> None:
    entries = sample()
    items = deadlines(entries, CaseProfile())
    geo = timeline_geometry(entries, items, TODAY, WIDTH)
    # The range: 4 days before the earliest date (day -20) to 4 after the latest (day 60).
    assert (geo.start, geo.end) == (days(-24), days(64))
    span = (geo.end - geo.start).days
    plot = WIDTH - LABEL_WIDTH - RIGHT_MARGIN

    def x(d: date) -> float:
        return LABEL_WIDTH + (d - geo.start).days / span * plot

    assert geo.today_x == pytest.approx(x(TODAY))
    assert [r.log_id for r in geo.rows] == [1, 2, 3]  # "not needed" is left out
    assert [r.top for r in geo.rows] == [AXIS_HEIGHT + i * ROW_HEIGHT for i in range(3)]

    prescription, pa, bv = geo.rows
    assert [(p.kind, p.x) for p in prescription.points] == [("asked", x(days(-10)))]
    assert prescription.bar is None
    assert [(m.kind, m.x) for m in prescription.markers] == [("due", x(days(2)))]
    assert prescription.status == "not sent yet"

    assert [p.kind for p in pa.points] == ["asked", "sent"]
    assert pa.bar == (x(days(-12)), x(days(-6)))
    # Expected 14 days after sending: dashed from today (later than the sending) to then.
    assert [(m.kind, m.day) for m in pa.markers] == [("expected", days(8))]
    assert pa.dashed == (x(TODAY), x(days(8)))

    assert [p.kind for p in bv.points] == ["asked", "sent", "decision"]
    assert bv.bar == (x(days(-20)), x(days(-15)))
    assert bv.band == (x(days(-15)), x(days(60)))
    assert bv.decision == "approved"
    assert [(m.kind, m.day) for m in bv.markers] == [("renewal", days(30))]
    # Ticks on the first and the 15th of each month (there is room), inside the plot.
    assert [t.day for t in geo.ticks][:4] == [
        date(2026, 11, 1),
        date(2026, 11, 15),
        date(2026, 12, 1),
        date(2026, 12, 15),
    ]
    assert next(t.text for t in geo.ticks if t.day.month == 1) == "Jan 1, 2027"
    assert all(LABEL_WIDTH <= t.x <= WIDTH - RIGHT_MARGIN for t in geo.ticks)


def test_rows_are_found_by_height_and_a_short_case_spans_three_weeks() -> None:
    geo = timeline_geometry([entry(1, requested_on=TODAY)], [], TODAY, WIDTH)
    assert (geo.end - geo.start).days == 21
    assert geo.row_at(AXIS_HEIGHT + 1) == 0
    assert geo.row_at(AXIS_HEIGHT + ROW_HEIGHT + 1) is None
    assert geo.row_at(3) is None
    assert x_of(geo.start, geo.start, geo.end, WIDTH) == LABEL_WIDTH


def test_the_canvas_opens_rows_by_click_and_keyboard(qtbot: QtBot) -> None:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 300)
    entries = sample()
    canvas.set_data(entries, deadlines(entries, CaseProfile()), TODAY)
    canvas.show()
    qtbot.waitExposed(canvas)
    second = canvas.geometry_now.rows[1]
    with qtbot.waitSignal(canvas.entry_requested) as clicked:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(50, int(second.middle)))
    assert clicked.args == [2]
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    with qtbot.waitSignal(canvas.entry_requested) as entered:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert entered.args == [3]
    assert "Benefits check" in canvas.accessibleDescription()


def _render(palette: QPalette) -> QImage:
    entries = sample()
    geo = timeline_geometry(entries, deadlines(entries, CaseProfile()), TODAY, WIDTH)
    image = QImage(int(WIDTH), int(geo.height), QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    paint_timeline(painter, geo, palette, TODAY)
    painter.end()
    return image


def test_it_reads_in_a_dark_palette(qapp: QApplication) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.AlternateBase, QColor("#262626"))
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#aaaaaa"))
    dark.setColor(QPalette.ColorRole.Mid, QColor("#555555"))
    image = _render(dark)
    # The labels are drawn in the light text colour: some pixels are near white.
    light = sum(
        1
        for x in range(10, LABEL_WIDTH - 20, 2)
        for y in range(AXIS_HEIGHT, AXIS_HEIGHT + ROW_HEIGHT)
        if QColor(image.pixel(x, y)).lightness() > 180
    )
    assert light > 20
    # The approved band is drawn in the plot, distinct from the background.
    geo_row_y = AXIS_HEIGHT + 2 * ROW_HEIGHT + ROW_HEIGHT // 2
    band_pixel = QColor(image.pixel(int(WIDTH) - 100, geo_row_y))
    assert band_pixel != QColor("#262626")


PROFILE = CaseProfile(
    patient="Rosalind Ames",
    member_id="XQ1234567",
    payer="Harbor Health",
    provider_office=Contact(name="Riverbend Clinic"),
)


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, case_folder: Path, runner: TaskRunner
) -> Iterator[MainWindow]:
    case: CaseInfo = cases.create_case(db, case_folder, PROFILE)
    prescription, _card, benefits, _pa = log.log_entries(db, case.id)
    log.edit_entry(db, prescription.id, due=days(-1), requested_by="Kestrel Ridge", today=TODAY)
    log.edit_entry(db, benefits.id, due=days(5), today=TODAY)
    # A suggestion not reviewed yet, due in 20 days (outside "Coming up").
    log.create_entry(db, case.id, "lab_results", status="proposed", due=days(20), today=TODAY)
    controller = CaseController(db, case, runner, watch=False, today=lambda: TODAY)
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    controller.start()
    qtbot.waitUntil(lambda: made.snapshot is not None, timeout=20000)
    yield made
    controller.stop()


def test_coming_up_opens_the_window_on_what_is_overdue(qtbot: QtBot, window: MainWindow) -> None:
    box = window.deadlines.coming_up
    assert box.isVisible()
    texts = [label.accessibleName() for label in box.lines]
    assert texts == [
        "Overdue by 1 day: Prescription or therapy order due: send to Kestrel Ridge",
        "In 5 days: Benefits check due",
    ]
    assert box.needs_attention(TODAY)
    # The window opens on it: its first line has the window's focus.
    assert window.focusWidget() is box.lines[0]
    # Activating a line opens the entry (the dialog of the log entry).
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            opened.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(200, close_dialog)
    box.activate(0)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert window.tabs.currentWidget() is window.log_view.parentWidget()
    selected = window.log_view.selectionModel().selectedRows()
    assert window.log_model.entry(selected[0].row()).item == "prescription"


def test_the_timeline_tab_and_the_calendar_menu_item(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tab = window.deadlines.timeline
    assert window.tabs.tabText(window.deadlines.timeline_index) == "&Timeline"
    assert len(tab.canvas.geometry_now.rows) == 5  # the starter entries and the suggestion
    assert window.deadlines.calendar_action.text() == "&Export deadlines to calendar…"
    target = tmp_path / "out.ics"
    window.deadlines.write_calendar(target)
    qtbot.waitUntil(target.exists, timeout=10000)
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [days(-1), days(5)]
    assert "Rosalind" not in target.read_text()


def test_print_timeline_makes_one_landscape_page(qapp: QApplication, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from organizer.gui.deadline_features import render_timeline

    target = tmp_path / "timeline.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    entries = sample() * 8  # a long log still fits the page
    render_timeline(printer, entries, deadlines(entries, CaseProfile()), TODAY)
    pages = PdfReader(str(target)).pages
    assert len(pages) == 1
    assert pages[0].mediabox.width > pages[0].mediabox.height
    text = " ".join(pages[0].extract_text().split())
    assert "Timeline of the insurance steps, as of 2026-11-21" in text
    assert "Prior authorization" in text


def test_started_in_the_tray_without_a_tray_the_window_is_minimised(
    qtbot: QtBot, window: MainWindow
) -> None:
    features = window.deadlines
    assert features.notifier.tray is None  # offscreen: no system tray
    features.start_in_tray()
    qtbot.waitUntil(window.isMinimized)
    features.bring_up()
    qtbot.waitUntil(lambda: not window.isMinimized())


def test_reminders_follow_the_case_and_a_click_opens_the_entry(
    qtbot: QtBot, window: MainWindow
) -> None:
    features = window.deadlines
    # Confirmed deadlines only: a suggestion never makes a reminder.
    assert window.snapshot is not None
    assert [d.proposed for d in window.snapshot.deadlines] == [False, False, True]
    assert [d.kind for d in features.scheduler.deadlines] == ["due", "due"]
    assert all(not d.proposed for d in features.scheduler.deadlines)
    assert features.scheduler.timer.isActive()
    overdue = features.scheduler.deadlines[0]
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            opened.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(200, close_dialog)
    features.notifier.opened.emit(overdue)  # what a click on the notification sends
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    selected = window.log_view.selectionModel().selectedRows()
    assert window.log_model.entry(selected[0].row()).id == overdue.log_id


def test_the_reminders_menu_turns_them_off_and_sets_quiet_hours(
    qtbot: QtBot, window: MainWindow
) -> None:
    from organizer.gui.dialogs.quiet_hours import QuietHoursDialog
    from organizer.gui.reminders import ReminderSettings

    features = window.deadlines
    assert features.reminders_action.isChecked()
    features.reminders_action.setChecked(False)
    assert ReminderSettings.load().enabled is False
    assert features.scheduler.check() == []  # off: nothing is told
    features.reminders_action.setChecked(True)
    assert ReminderSettings.load().enabled is True

    dialog = QuietHoursDialog(ReminderSettings.load(), window)
    qtbot.addWidget(dialog)
    assert (dialog.start.value(), dialog.end.value()) == (21, 8)
    dialog.start.setValue(22)
    dialog.end.setValue(7)
    dialog.settings().save()
    assert ReminderSettings.load() == ReminderSettings(True, 22, 7)
