"""What a screen reader finds, what low vision can read, and what fits at large text.

- The accessibility tree (``QAccessible``, in-process) of the window and every dialog: no
  unnamed control, no label without its value, no control characters in names.
- Contrast measured on rendered pixels (``widget.grab()``), in a light and a dark palette.
- At a 14 pt font the window fits a 1600×1000 screen and nothing in "Still missing" is cut.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.gui.dialogs.call import CallDialog
from organizer.gui.dialogs.link_document import LinkDocumentDialog
from organizer.gui.dialogs.log_entry import LogEntryDialog
from organizer.gui.dialogs.password import PasswordDialog
from organizer.gui.dialogs.pick_entry import PickEntryDialog
from organizer.gui.dialogs.profile import ProfileDialog
from organizer.gui.dialogs.question import QuestionDialog
from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
from organizer.gui.dialogs.welcome import WelcomeDialog
from organizer.gui.main_window import MainWindow
from organizer.gui.ops.sheet_ops import sheet_for
from organizer.gui.tasks import TaskRunner
from organizer.storage.database import Database
from tests.test_keyboard import busy_case  # noqa: F401 - a case with every part filled
from tests.test_window import (  # noqa: F401 - fixtures shared with the window tests
    TODAY,
    indexed_case,
    make_window,
)

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.List,
    Role.Table,
    Role.PageTabList,
    Role.PageTab,
    Role.Slider,
}
NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)


# --- the accessibility tree -------------------------------------------------------------
def name(face: QAccessibleInterface) -> str:
    return face.text(QAccessible.Text.Name) or ""


def problems_in(widget: QWidget) -> list[str]:
    """Every unnamed control, label without its value, or name with control characters."""
    found: list[str] = []

    def walk(face: QAccessibleInterface, depth: int) -> None:
        if depth > 40 or face.state().invisible:
            return
        role, said = face.role(), name(face)
        thing = face.object()
        where = f"{role.name} in {type(thing).__name__} {thing.objectName() if thing else ''}"
        if role in INTERACTIVE and not said.strip():
            found.append(f"unnamed {where}")
        if any(ord(c) < 32 and c not in "\n\t" for c in said):
            found.append(f"control characters in {said!r}")
        if role == Role.StaticText and said.strip().endswith(":"):
            targets = [t for t, _r in face.relations(QAccessible.RelationFlag.Labelled)]
            if not targets:
                found.append(f"label {said!r} is tied to nothing")
            for target in targets:
                if target.role() == Role.StaticText and len(name(target)) <= len(said):
                    found.append(f"label {said!r} without its value ({name(target)!r})")
        for n in range(face.childCount()):
            child = face.child(n)
            if child is not None:
                walk(child, depth + 1)

    top = QAccessible.queryAccessibleInterface(widget)
    assert top is not None
    walk(top, 0)
    for child in widget.findChildren(QWidget):
        # A stop of the Tab order must say what it is (no unnamed scroll areas).
        holder = child.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is child:
            continue  # the view it belongs to is the stop
        if child.isVisible() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            face = QAccessible.queryAccessibleInterface(child)
            if face is not None and not name(face).strip():
                found.append(f"unnamed Tab stop {type(child).__name__} {child.objectName()}")
    return found


@pytest.fixture
def window(
    qtbot: QtBot,
    db: Database,
    busy_case: CaseInfo,  # noqa: F811
    runner: TaskRunner,
) -> Iterator[MainWindow]:
    made = make_window(qtbot, db, busy_case, runner, watch=False)
    yield made
    made.controller.stop()


def test_the_window_names_every_control_and_every_value(qtbot: QtBot, window: MainWindow) -> None:
    window.documents_view.setCurrentIndex(window.documents_filter.index(0, 0))
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        qtbot.waitUntil(window.tabs.currentWidget().isVisible)
        assert problems_in(window) == [], window.tabs.tabText(page)


def test_the_case_header_says_each_detail_with_its_label(qtbot: QtBot, window: MainWindow) -> None:
    profile = CaseProfile(therapy="Ceftriaxone 2 g IV", payer="Acme Health", member_id="M-42")
    window.controller.save_profile(profile)
    qtbot.waitUntil(lambda: window.header.values["therapy"].text() != "", timeout=10000)
    said = {
        name(face)
        for value in window.header.values.values()
        if value.isVisible() and (face := QAccessible.queryAccessibleInterface(value))
    }
    assert said == {"Therapy: Ceftriaxone 2 g IV", "Plan: Acme Health", "Member ID: M-42"}
    assert problems_in(window.header) == []


def test_preview_fields_say_label_and_value(window: MainWindow) -> None:
    window.documents_view.setCurrentIndex(window.documents_filter.index(0, 0))
    doc = window.preview.current
    assert doc is not None
    state = QAccessible.queryAccessibleInterface(window.preview.fields["status"])
    assert name(state).startswith("State: ") and len(name(state)) > len("State: ")


def dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    snapshot = window.snapshot
    assert snapshot is not None
    entry, doc = snapshot.log[0], snapshot.documents[0]
    return {
        "log entry": lambda: LogEntryDialog(None, window, today=TODAY),
        "call": lambda: CallDialog(snapshot.calls[0], window, now=NOW),
        "question": lambda: QuestionDialog(snapshot.questions[0], window, today=TODAY),
        "profile": lambda: ProfileDialog(CaseProfile(), window, today=TODAY),
        "password": lambda: PasswordDialog("Denial letter.pdf", window),
        "link a document": lambda: LinkDocumentDialog(entry, snapshot.documents, window),
        "link to an entry": lambda: PickEntryDialog(doc, snapshot.log, (), window),
        "welcome": lambda: WelcomeDialog(window, pick_folder=lambda *_: None, today=TODAY),
        "print preview": lambda: SheetPreviewDialog(window, sheet_for(snapshot, NOW)),
    }


def test_every_dialog_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    for title, make in dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        assert problems_in(dialog) == [], (title, problems_in(dialog))
        dialog.reject()


def test_the_tree_walk_finds_an_unnamed_control_and_a_label_without_value(
    qtbot: QtBot,
) -> None:
    """The check itself: it must fail on what the audit found."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    icon_only = QPushButton(page)
    label, value = QLabel("Reply by:", page), QLabel(page)
    value.setAccessibleName("Reply by")  # the name, without the value
    label.setBuddy(value)
    for widget in (icon_only, label, value):
        layout.addWidget(widget)
    page.show()
    found = problems_in(page)
    assert any(p.startswith("unnamed Button") for p in found)
    assert any("'Reply by:' without its value" in p for p in found)


# --- contrast, from rendered pixels ------------------------------------------------------
def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_contrast(image: QImage) -> float:
    """The background is the commonest colour; the text is the pixel furthest from it."""
    pixels = [
        image.pixelColor(x, y).rgb() for y in range(image.height()) for x in range(image.width())
    ]
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    return max(ratio(QColor.fromRgb(p), background) for p in set(pixels))


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Highlight, "#308cc6"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


def measured(window: MainWindow, qtbot: QtBot) -> dict[str, float]:
    """Contrast of the key texts and of the focus frame, on the window as drawn."""
    window.tabs.setCurrentIndex(0)
    window.search_field.clear()
    field = window.search_field
    placeholder = field.grab(QRect(4, 2, field.width() // 2, field.height() - 4)).toImage()
    details = window.preview.details
    details_label = details.grab(window.preview.fields["status"].geometry()).toImage()
    view = window.documents_view
    view.setFocus()
    view.selectRow(0)
    qtbot.waitUntil(lambda: view.selectionModel().hasSelection())
    cell = view.visualRect(view.model().index(0, 0))
    selected = view.viewport().grab(cell.adjusted(1, 1, -1, -1)).toImage()
    button = window.preview.open_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    frame = button.grab().toImage()
    edge = frame.pixelColor(frame.width() // 2, 1)
    behind = window.palette().color(QPalette.ColorRole.Window)
    bar = window.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    tabs = bar.grab().toImage()
    bar_edge = tabs.pixelColor(tabs.width() // 2, 1)
    return {
        "placeholder": text_contrast(placeholder),
        "selected row": text_contrast(selected),
        "details at start": text_contrast(details_label),
        "focus frame": ratio(edge, behind),
        "tab bar focus frame": ratio(bar_edge, behind),
    }


def test_key_texts_and_the_focus_frame_are_readable(
    qtbot: QtBot,
    db: Database,
    busy_case: CaseInfo,  # noqa: F811
    runner: TaskRunner,
    palette_name: str,
) -> None:
    window = make_window(qtbot, db, busy_case, runner, watch=False)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        found = measured(window, qtbot)
        print(palette_name, {k: round(v, 2) for k, v in found.items()})  # noqa: T201
        assert found["placeholder"] >= 4.5
        assert found["selected row"] >= 4.5
        assert found["details at start"] >= 4.5
        assert found["focus frame"] >= 3.0
        assert found["tab bar focus frame"] >= 3.0
    finally:
        window.controller.stop()


# --- large text -----------------------------------------------------------------------------
@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    before = qapp.font()
    big = QFont(before)
    big.setPointSizeF(14)
    qapp.setFont(big)
    yield
    qapp.setFont(before)


def test_at_14_points_the_window_fits_and_still_missing_is_whole(
    qtbot: QtBot,
    db: Database,
    busy_case: CaseInfo,  # noqa: F811
    runner: TaskRunner,
    large_font: None,
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, db, busy_case, runner, watch=False)
    try:
        # The offscreen screen is 800×800; what must fit is a 1600×1000 screen.
        smallest = window.minimumSizeHint()
        assert smallest.width() <= 1600 and smallest.height() <= 1000 - 60, smallest
        window.resize(1600, 1000 - 60)
        qtbot.waitUntil(lambda: window.missing.rows[0].isVisible())
        for row in window.missing.rows:
            for text, button in row.buttons.items():
                words = button.fontMetrics().horizontalAdvance(text)
                assert button.width() >= words, f"{text!r} is cut: {button.width()} < {words}"
                viewport = window.missing.scroller.viewport()
                right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
                assert right <= viewport.width(), f"{text!r} runs past the panel's edge"
        assert window.search_field.font().pointSizeF() == 14  # the person's size is used
    finally:
        window.controller.stop()
